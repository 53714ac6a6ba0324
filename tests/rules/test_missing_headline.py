"""missing-headline: every Article-family node needs a headline."""

from __future__ import annotations

import pytest

from linter.fixes import Safety
from tests.rules import dump, line_of
from tests.rules.html_page import BODY, HEADLINE, page
from tests.rules.page_fixes import fixed, found, new_findings
from tests.util import article, keys, lint_article, lint_json

RULE = "missing-headline"


def test_article_with_headline() -> None:
    assert keys(lint_json(article()), RULE) == set()


def test_text_article_headline_is_its_first_line() -> None:
    text = "Cuba and China agree to strengthen military cooperation\n\nDefence ministers met.\n"
    assert keys(lint_article(text), RULE) == set()


def test_long_headline_is_fine() -> None:
    # Google removed the 110-character limit; newslint does not enforce it.
    assert keys(lint_json(article(headline="Cuba " * 40)), RULE) == set()


@pytest.mark.parametrize("article_type", ["NewsArticle", "BlogPosting", "http://schema.org/NewsArticle",
                                          ["NewsArticle", "WebPage"]])
def test_article_without_headline(article_type: object) -> None:
    doc = article(headline=None, **{"@type": article_type})
    assert keys(lint_json(doc), RULE) == {(RULE, 1, "$")}


def test_empty_headline_counts_as_missing() -> None:
    text = dump(article(headline=""))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, 1, "$")}
    assert keys(findings, "empty-value") == {("empty-value", line_of(text, '"headline"'), "$.headline")}


def test_article_in_a_graph() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://example.com/#org", "name": "The Daily Example"},
        article(**{"@context": None}, headline=None),
    ]}
    text = dump(doc)
    node = line_of(text, "{", after='"name": "The Daily Example"')
    assert keys(lint_json(text), RULE) == {(RULE, node, "$.@graph[1]")}


def test_second_article_of_a_top_level_array() -> None:
    text = dump([article(), article(headline=None)])
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "  {", whole=True, nth=2), "$[1]")}


def test_articles_cited_inside_an_article_are_not_judged() -> None:
    # A related article nested in the page's article is not the page's article.
    doc = article(citation={"@type": "NewsArticle", "url": "https://example.com/earlier-story"})
    assert keys(lint_json(doc), RULE) == set()


# --- fix: the page's visible headline as headline (unsafe) -----------------------------------

def test_fix_copies_the_h1() -> None:
    before = page(data=article(headline=None))
    [finding] = [f for f in found(before) if f.rule == RULE]
    assert finding.fix is not None and finding.fix.safety is Safety.UNSAFE
    assert finding.fix.evidence == f"h1 {HEADLINE!r}, line {line_of(before, '<h1>')}"
    outcome = fixed(before)
    assert outcome.after.decode() == page(data={**article(headline=None), "headline": HEADLINE})
    assert dict(outcome.applied) == {RULE: 1}
    assert new_findings(before, outcome) == set()


def test_fix_fills_an_empty_headline_with_the_heading_text() -> None:
    body = BODY.replace(f"<h1>{HEADLINE}</h1>", "<h1>\n  Cuba and China agree to <em>strengthen</em>\n"
                                                  "  military cooperation\n</h1>")
    before = page(body=body, data=article(headline=""))
    outcome = fixed(before)
    assert outcome.after.decode() == page(body=body, data=article(headline=HEADLINE))
    assert new_findings(before, outcome) == set()
    assert "empty-value" not in {f.rule for f in outcome.findings}


def test_no_fix_when_the_page_does_not_say_which_heading_is_the_article_s() -> None:
    # One <h1>, outside any <article>, that says nothing of what the page calls itself.
    body = "<h1>Latest news</h1>\n<p>Defence ministers met in Beijing.</p>"
    assert [f.fix for f in found(page(body=body, data=article(headline=None))) if f.rule == RULE] == [None]


def test_no_fix_when_another_article_node_gives_another_headline() -> None:
    teaser = article(**{"@context": None}, headline="Ministers to meet again in March",
                     url="https://example.com/world/next-meeting")
    doc = {"@context": "https://schema.org", "@graph": [article(**{"@context": None}, headline=None), teaser]}
    html = page(data=doc)
    assert [(f.json_path, f.fix) for f in found(html) if f.rule == RULE] == [("$.@graph[0]", None)]


def test_no_fix_in_a_json_ld_file() -> None:
    assert [f.fix for f in lint_json(article(headline=None)) if f.rule == RULE] == [None]
