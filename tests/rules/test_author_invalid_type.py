"""author-invalid-type: an author is typed Person or Organization (or one of their subtypes)."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import article, keys, lint_json

RULE = "author-invalid-type"
URL = "https://example.com/staff/jane-doe"


@pytest.mark.parametrize(
    "author_type",
    ["Person", "Organization", "NewsMediaOrganization", "Corporation", ["Person", "Thing"],
     "http://schema.org/Person", "https://schema.org/Organization", "schema:Person", "person"],
    ids=["person", "organization", "news-media-organization", "corporation", "type-array",
         "http-prefix", "https-prefix", "curie", "lowercase"],
)
def test_person_or_organization(author_type: object) -> None:
    doc = article(author=[{"@type": author_type, "name": "Jane Doe", "url": URL}])
    assert keys(lint_json(doc), RULE) == set()


@pytest.mark.parametrize(
    "author_type",
    ["Thing", "WebPage", "http://schema.org/Thing", ["Thing", "CreativeWork"], "Persona"],
    ids=["thing", "web-page", "prefixed-thing", "type-array", "misspelt"],
)
def test_wrong_type(author_type: object) -> None:
    text = dump(article(author=[{"@type": author_type, "name": "Jane Doe", "url": URL}]))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"@type"', after='"author"'), "$.author[0].@type")}


def test_no_type() -> None:
    text = dump(article(author=[{"name": "Jane Doe", "url": URL}]))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "{", after='"author"'), "$.author[0]")}


def test_single_author_object_without_type() -> None:
    text = dump(article(author={"name": "Jane Doe", "url": URL}))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"author"'), "$.author")}


def test_second_author_of_two() -> None:
    doc = article(author=[{"@type": "Person", "name": "Jane Doe", "url": URL},
                          {"@type": "Thing", "name": "John Smith", "url": URL}])
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"@type": "Thing"'), "$.author[1].@type")}


def test_referenced_author_is_reported_where_it_is_defined() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, author=[{"@id": "https://example.com/#jane"},
                                              {"@id": "https://example.com/#john"}]),
        {"@type": "Thing", "@id": "https://example.com/#jane", "name": "Jane Doe", "url": URL},
        {"@id": "https://example.com/#john", "name": "John Smith", "url": URL},
    ]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"@type": "Thing"'), "$.@graph[1].@type"),
        (RULE, line_of(text, "{", after='"@id": "https://example.com/#jane",'), "$.@graph[2]"),
    }


def test_text_author_is_not_this_rule() -> None:
    assert keys(lint_json(article(author="Jane Doe")), RULE) == set()
