"""missing-author-name: every author object has a non-empty name."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "missing-author-name"
URL = "https://example.com/staff/jane-doe"


def test_named_authors() -> None:
    doc = article(author=[{"@type": "Person", "name": "Jane Doe", "url": URL},
                          {"@type": "Organization", "name": "Reuters", "url": "https://www.reuters.com"}])
    assert keys(lint_json(doc), RULE) == set()


def test_text_byline() -> None:
    text = "Cuba and China agree to strengthen military cooperation\n\nBy Jane Doe and John Smith\n"
    assert keys(lint_article(text), RULE) == set()


def test_text_author_is_not_this_rule() -> None:
    assert keys(lint_json(article(author="Jane Doe")), RULE) == set()


def test_author_without_name() -> None:
    text = dump(article(author=[{"@type": "Person", "url": URL}]))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "{", after='"author"'), "$.author[0]")}


def test_single_author_object_without_name() -> None:
    text = dump(article(author={"@type": "Person", "url": URL}))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"author"'), "$.author")}


@pytest.mark.parametrize("name", ["", "   ", None], ids=["empty", "blank", "null"])
def test_empty_name_counts_as_missing(name: object) -> None:
    text = dump(article(author=[{"@type": "Person", "name": name, "url": URL}]))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, "{", after='"author"'), "$.author[0]")}
    assert keys(findings, "empty-value") == {("empty-value", line_of(text, '"name"'), "$.author[0].name")}


def test_second_author_without_name() -> None:
    doc = article(author=[{"@type": "Person", "name": "Jane Doe", "url": URL},
                          {"@type": "Person", "url": "https://example.com/staff/john-smith"}])
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "{", after=f'"url": "{URL}"'), "$.author[1]")}


def test_referenced_author_without_name() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, author=[{"@id": "https://example.com/#jane"},
                                              {"@id": "https://example.com/#john"}]),
        {"@type": "Person", "@id": "https://example.com/#jane", "name": "Jane Doe", "url": URL},
        {"@type": "Person", "@id": "https://example.com/#john", "url": URL},
    ]}
    text = dump(doc)
    node = line_of(text, "{", after='"name": "Jane Doe"')
    assert keys(lint_json(text), RULE) == {(RULE, node, "$.@graph[2]")}
