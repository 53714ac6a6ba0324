"""headline-mismatch: headline matching neither the page's h1 nor its og:title."""

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


def test_og_title_alone_may_agree() -> None:
    body = BODY.replace(H1, "<h1>Cuba-China talks</h1>")
    assert keys(lint_page(page(body=body)), RULE) == set()
    html = page(body=body, head=HEAD.replace(OG, ""))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"headline"'), "$.headline")}


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
