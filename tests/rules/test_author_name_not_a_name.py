"""author-name-not-a-name: author.name holds the name only (no byline prefix, title, publisher)."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "author-name-not-a-name"
URL = "https://example.com/staff/jane-doe"


def _author(name: str, author_type: object = "Person") -> dict:
    return article(author=[{"@type": author_type, "name": name, "url": URL}])


@pytest.mark.parametrize(
    "name",
    ["Jane Doe", "Doe, Jane", "Byron Smith", "Drew Barrymore", "Mrinal Sen", "María López",
     "Ludwig van Beethoven", "Jane Doe-Smith",
     # Byline openers that are name particles open names too; a role qualifier alone is a name.
     "Di Maria", "Von der Leyen", "John Senior"],
)
def test_plain_names(name: str) -> None:
    assert keys(lint_json(_author(name)), RULE) == set()


@pytest.mark.parametrize(
    ("name", "author_type"),
    [("Procter & Gamble", "Organization"), ("Reuters Editorial Desk", "Organization"),
     ("The Daily Example", "Organization"), ("The Daily Example", "NewsMediaOrganization")],
)
def test_organisation_names(name: str, author_type: str) -> None:
    # Job-title words are part of an organisation's name; the publisher may be the author.
    assert keys(lint_json(_author(name, author_type)), RULE) == set()


def test_text_byline_prefix_is_not_part_of_the_name() -> None:
    text = ("Cuba and China agree to strengthen military cooperation\n\n"
            "By Jane Doe, Senior Correspondent\n")
    assert keys(lint_article(text), RULE) == set()


@pytest.mark.parametrize(
    "name",
    [
        "By Jane Doe", "by: Jane Doe", "Posted by Jane Doe", "Written by Jane Doe", "Por María López",
        # the lexicon's openers and roles, in every language it reads
        "Author: Jane Doe", "Par Jean Dupont", "Door Jan Jansen", "Anna Schmidt, Redakteurin",
        "Dr. Jane Doe", "Dr Jane Doe", "Prof. Ana García", "Ms. Jane Doe",
        "Jane Doe, Senior Correspondent", "Jane Doe, Staff Writer", "Jane Doe, Reporter",
        "Jane Doe | The Daily Example", "Jane Doe - The Daily Example", "Jane Doe — the daily example",
        "Jane Doe, The Daily Example",
        "jane.doe@example.com", "Jane Doe (https://example.com/jane)",
    ],
)
def test_name_with_something_else(name: str) -> None:
    text = dump(_author(name))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"name": "'), "$.author[0].name")}


def test_other_publisher_is_not_flagged_as_the_publisher() -> None:
    # "Reuters" is not this article's publisher: no publisher name to find.
    assert keys(lint_json(_author("Jane Doe | Reuters")), RULE) == set()


@pytest.mark.parametrize("author_type", [["Person"], "http://schema.org/Person", "schema:Person"])
def test_job_title_with_person_type_spelt_otherwise(author_type: object) -> None:
    text = dump(_author("Jane Doe, Senior Correspondent", author_type))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"name": "'), "$.author[0].name")}


def test_each_author_of_a_list() -> None:
    doc = article(author=[{"@type": "Person", "name": "By Jane Doe", "url": URL},
                          {"@type": "Person", "name": "John Smith", "url": URL},
                          {"@type": "Person", "name": "Dr. Ana García", "url": URL}])
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"By Jane Doe"'), "$.author[0].name"),
        (RULE, line_of(text, '"Dr. Ana Garc'), "$.author[2].name"),
    }


def test_referenced_author_is_reported_where_it_is_defined() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, author={"@id": "https://example.com/#jane"}),
        {"@type": "Person", "@id": "https://example.com/#jane", "name": "By Jane Doe", "url": URL},
    ]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"By Jane Doe"'), "$.@graph[1].name")}


def test_publisher_found_through_a_reference() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": "https://example.com/#org", "name": "The Daily Example"},
        article(**{"@context": None}, publisher={"@id": "https://example.com/#org"},
                author=[{"@type": "Person", "name": "Jane Doe | The Daily Example", "url": URL}]),
    ]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"Jane Doe | The Daily Example"'), "$.@graph[1].author[0].name")
    }


@pytest.mark.parametrize(
    "publisher",
    ["The Daily Example", [{"@type": "NewsMediaOrganization", "name": "The Daily Example"}]],
    ids=["text", "list"],
)
def test_publisher_written_otherwise(publisher: object) -> None:
    doc = article(publisher=publisher,
                  author=[{"@type": "Person", "name": "Jane Doe | The Daily Example", "url": URL}])
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"name": "Jane'), "$.author[0].name")}
