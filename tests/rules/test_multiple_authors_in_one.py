"""multiple-authors-in-one: one Person per author entry, never several names merged."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "multiple-authors-in-one"
URL = "https://example.com/staff/jane-doe"


def _author(name: str, author_type: object = "Person") -> dict:
    return article(author=[{"@type": author_type, "name": name, "url": URL}])


@pytest.mark.parametrize(
    "name",
    ["Jane Doe", "Doe, Jane", "Pérez López, Juan", "Jane Doe, Jr.", "Martin Luther King, Jr.",
     "Jane Doe, PhD", "María de la Cruz", "Jane Doe, Senior Correspondent", "Jane Doe, Staff Writer",
     "Jane Doe, The Daily Example", "Anna Schmidt, Redakteurin", "Ana Lima, Fotógrafa", "Jane Doe, III"],
)
def test_one_name(name: str) -> None:
    # A job title or the publisher after a comma is no second author
    # (author-name-not-a-name reports those).
    assert keys(lint_json(_author(name)), RULE) == set()


@pytest.mark.parametrize("name", ["Procter & Gamble", "Johnson & Johnson", "Simon and Schuster",
                                  "Marks, Spencer and Partners"])
def test_organisation_names_with_conjunctions(name: str) -> None:
    assert keys(lint_json(_author(name, "Organization")), RULE) == set()


def test_separate_author_objects() -> None:
    doc = article(author=[{"@type": "Person", "name": "Jane Doe", "url": URL},
                          {"@type": "Person", "name": "John Smith", "url": URL}])
    assert keys(lint_json(doc), RULE) == set()


def test_text_byline_with_two_names_becomes_two_authors() -> None:
    text = "Cuba and China agree to strengthen military cooperation\n\nBy Jane Doe and John Smith\n"
    assert keys(lint_article(text), RULE) == set()


@pytest.mark.parametrize(
    "name",
    ["Jane Doe and John Smith", "Jane Doe, John Smith", "Jane Doe & John Smith", "Jane Doe; John Smith",
     "Juan Pérez y María López", "Jane Doe, John Smith and Ana García", "Jane and John",
     "Anna Schmidt, und Max Müller", "Jean Dupont et Marie Curie", "Ana de la Torre y Luiz da Silva"],
)
def test_merged_names(name: str) -> None:
    text = dump(_author(name))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"name": "'), "$.author[0].name")}


@pytest.mark.parametrize("author_type", [["Person", "Thing"], "http://schema.org/Person"])
def test_person_type_spelt_otherwise(author_type: object) -> None:
    text = dump(_author("Jane Doe and John Smith", author_type))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"name": "'), "$.author[0].name")}


def test_single_author_object() -> None:
    text = dump(article(author={"@type": "Person", "name": "Jane Doe and John Smith", "url": URL}))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"name": "Jane'), "$.author.name")}


def test_referenced_author_is_reported_where_it_is_defined() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, author=[{"@id": "https://example.com/#byline"}]),
        {"@type": "Person", "@id": "https://example.com/#byline", "name": "Jane Doe and John Smith",
         "url": URL},
    ]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"Jane Doe and John Smith"'), "$.@graph[1].name")
    }
