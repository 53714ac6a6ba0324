"""missing-headline: every Article-family node needs a headline."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
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
