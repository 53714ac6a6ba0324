"""author-not-object: an author must be a Person or Organization object, not text."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import article, keys, lint_json

RULE = "author-not-object"
JANE = {"@type": "Person", "name": "Jane Doe", "url": "https://example.com/staff/jane-doe"}
#: Rules that would double-report a string author if the schema were careless.
OTHER_AUTHOR_RULES = ("author-invalid-type", "missing-author-name", "missing-author-url")


@pytest.mark.parametrize(
    "author",
    [JANE, [JANE], {"@type": "Organization", "name": "Reuters", "url": "https://www.reuters.com"}],
    ids=["object", "list", "organization"],
)
def test_author_objects(author: object) -> None:
    assert keys(lint_json(article(author=author)), RULE) == set()


def test_author_given_by_reference() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, author=[{"@id": "https://example.com/#jane"}]),
        {**JANE, "@id": "https://example.com/#jane"},
    ]}
    assert keys(lint_json(doc), RULE) == set()


def test_author_as_text() -> None:
    text = dump(article(author="Jane Doe"))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"author"'), "$.author")}
    for rule in OTHER_AUTHOR_RULES:
        assert keys(findings, rule) == set()


def test_author_as_number() -> None:
    text = dump(article(author=42))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"author"'), "$.author")}


def test_text_in_a_list_of_authors() -> None:
    text = dump(article(author=[JANE, "John Smith"]))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"John Smith"'), "$.author[1]")}
    for rule in OTHER_AUTHOR_RULES:
        assert keys(findings, rule) == set()


def test_list_inside_the_list() -> None:
    text = dump(article(author=[["Jane Doe", "John Smith"]]))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "[", after='"author"'), "$.author[0]")}


def test_text_author_in_a_graph() -> None:
    doc = {"@context": "https://schema.org", "@graph": [article(**{"@context": None}, author="Jane Doe")]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"author"'), "$.@graph[0].author")}


def test_text_author_after_an_empty_entry() -> None:
    # The empty entry is dropped (it counts as missing); the finding must still
    # name the entry the user wrote, not its position among the non-empty ones.
    text = dump(article(author=["", "Jane Doe"]))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"Jane Doe"'), "$.author[1]")}
