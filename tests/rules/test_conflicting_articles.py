"""conflicting-articles: two Article nodes of one source disagree on headline or date."""

from __future__ import annotations

from tests.rules import dump, line_of
from tests.util import article, keys, lint_json

RULE = "conflicting-articles"


def test_one_article_or_agreeing_articles_are_fine() -> None:
    assert keys(lint_json(article()), RULE) == set()
    second = article(**{"@context": None, "@type": "Article"},
                     headline="Cuba and China agree to strengthen military cooperation ",
                     datePublished="2025-09-16T08:32:00Z")  # the same instant, another zone
    doc = {"@context": "https://schema.org", "@graph": [article(**{"@context": None}), second]}
    assert keys(lint_json(doc), RULE) == set()


def test_second_article_with_other_headline_and_date() -> None:
    second = article(**{"@context": None, "@type": "Article"}, headline="Draft title",
                     datePublished="2024-01-01T00:00:00Z")
    doc = {"@context": "https://schema.org", "@graph": [article(**{"@context": None}), second]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"headline": "Draft title"'), "$.@graph[1].headline"),
        (RULE, line_of(text, '"2024-01-01T00:00:00Z"'), "$.@graph[1].datePublished"),
    }
