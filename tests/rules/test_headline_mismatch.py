"""headline-mismatch: headline not the one the page shows (its h1; else its h1s and og:title)."""

from __future__ import annotations

from tests.rules import line_of
from tests.rules.html_page import BODY, HEAD, HEADLINE, lint_page, page
from tests.util import article, keys, lint_json

RULE = "headline-mismatch"
H1 = f"<h1>{HEADLINE}</h1>"
OG = f'<meta property="og:title" content="{HEADLINE}">'


def test_headline_of_the_page_is_not_reported() -> None:
    assert keys(lint_page(page()), RULE) == set()


def test_other_headline_is_reported() -> None:
    html = page(data=article(headline="Ministers meet in Beijing"))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"headline"'), "$.headline")}


def test_the_visible_headline_comes_first() -> None:
    # The h1 was rewritten; og:title and the markup, from one stale field, agree with each other.
    body = BODY.replace(H1, "<h1>Cuba-China talks</h1>")
    html = page(body=body)
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"headline"'), "$.headline")}
    html = page(body=body, head=HEAD.replace(OG, ""))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"headline"'), "$.headline")}


def test_og_title_may_agree_where_the_page_shows_no_headline_of_its_own() -> None:
    masthead = '<h1><a href="/">The Daily Example</a></h1>'
    assert keys(lint_page(page(body=BODY.replace(H1, masthead))), RULE) == set()
    wrong = page(body=BODY.replace(H1, masthead), data=article(headline="Ministers meet in Beijing"))
    assert keys(lint_page(wrong), RULE) == {(RULE, line_of(wrong, '"headline"'), "$.headline")}


def test_an_h1_naming_the_site_is_not_the_headline() -> None:
    # "Headline | The Daily Example" agrees with an h1 saying "The Daily Example" too.
    body = "<header><h1>The Daily Example</h1></header>\n" + BODY.replace(H1, "<h1>Cuba-China talks</h1>")
    head = HEAD.replace(OG, '<meta property="og:site_name" content="The Daily Example">')
    html = page(body=body, head=head, data=article(headline="Cuba-China talks"))
    assert keys(lint_page(html), RULE) == set()


def test_site_name_around_a_title_is_accepted() -> None:
    for og in (f"{HEADLINE} | The Daily Example", f"{HEADLINE} - The Daily Example",
               f"The Daily Example | {HEADLINE}"):
        html = page(body=BODY.replace(H1, ""), head=HEAD.replace(OG, f'<meta property="og:title" content="{og}">'))
        assert keys(lint_page(html), RULE) == set(), og
    suffixed = page(data=article(headline=f"{HEADLINE} – The Daily Example"))
    assert keys(lint_page(suffixed), RULE) == set()


def test_part_of_a_title_is_not_enough() -> None:
    html = page(data=article(headline="Cuba and China agree"))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"headline"'), "$.headline")}


def test_case_quotes_dashes_spaces_and_tags_do_not_count() -> None:
    body = BODY.replace(H1, "<h1>‘Feather duvet lung’ — a  man’s bedding made him ill</h1>")
    head = HEAD.replace(OG, "")
    data = article(headline="\"Feather Duvet Lung\" - A Man's Bedding <b>Made</b> Him Ill")
    assert keys(lint_page(page(body=body, head=head, data=data)), RULE) == set()


def test_shortened_headline_agrees() -> None:
    assert keys(lint_page(page(data=article(headline="Cuba and China agree to strengthen mil…"))), RULE) == set()
    assert keys(lint_page(page(data=article(headline="Cuba and…"))), RULE) != set()


def test_any_h1_may_agree() -> None:
    body = "<header><h1>The Daily Example</h1></header>\n" + BODY
    assert keys(lint_page(page(body=body, head=HEAD.replace(OG, ""))), RULE) == set()


def test_page_without_h1_or_og_title_is_not_compared() -> None:
    html = page(body=BODY.replace(H1, ""), head=HEAD.replace(OG, ""), data=article(headline="Anything"))
    assert keys(lint_page(html), RULE) == set()


def test_other_articles_marked_up_on_the_page_are_not_compared() -> None:
    related = article(headline="Another story entirely", url="https://example.com/world/other")
    html = page(data={"@context": "https://schema.org", "@graph": [article(), related]})
    assert keys(lint_page(html), RULE) == set()
    wrong = page(data={"@context": "https://schema.org", "@graph": [article(headline="Wrong"), related]})
    assert keys(lint_page(wrong), RULE) == {(RULE, line_of(wrong, '"headline": "Wrong"'), "$.@graph[0].headline")}


def test_odd_values_and_sources_without_a_page() -> None:
    for odd in (5, ["a", "b"], {"@value": "x"}, ""):
        assert keys(lint_page(page(data=article(headline=odd))), RULE) == set(), odd
    assert keys(lint_json(article(headline="Anything")), RULE) == set()


def test_a_kicker_the_page_shows_before_the_headline_is_not_a_mismatch() -> None:
    body = BODY.replace(H1, f"<h1><span>Open Progress</span> {HEADLINE}</h1>")
    assert keys(lint_page(page(body=body)), RULE) == set()
    # Words the markup adds to the headline readers see are still reported.
    html = page(data=article(headline=f"World news: {HEADLINE}"), head=HEAD.replace(OG, ""))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"headline"'), "$.headline")}


def test_only_an_h1_of_the_article_or_agreeing_with_the_titles_comes_first() -> None:
    # The only <h1> is a search panel's, outside any article: the titles stand in for it.
    body = BODY.replace(H1, "") + '\n<div class="search"><h1>No matches for your search</h1></div>'
    body = body.replace("<article>", "<div>").replace("</article>", "</div>")
    assert keys(lint_page(page(body=body)), RULE) == set()
