"""missing-author: every article needs an author (a byline)."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "missing-author"

TEXT = """Cuba and China agree to strengthen military cooperation

Defence ministers met in Beijing.

By Jane Doe
Published 16 September 2025, 10:32 CEST

The governments agreed on Tuesday to enhance their military cooperation.
"""


def test_article_with_author() -> None:
    assert keys(lint_json(article()), RULE) == set()


def test_author_given_by_reference() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, author={"@id": "https://example.com/#jane"}),
        {"@type": "Person", "@id": "https://example.com/#jane", "name": "Jane Doe",
         "url": "https://example.com/staff/jane-doe"},
    ]}
    assert keys(lint_json(doc), RULE) == set()


def test_text_article_with_byline() -> None:
    assert keys(lint_article(TEXT), RULE) == set()


def test_text_article_with_author_block_at_the_end() -> None:
    text = TEXT.replace("By Jane Doe\n", "") + (
        "\nCiberCuba Editorial Team\n\n"
        "A team of journalists committed to reporting on Cuban current affairs.\n"
    )
    assert keys(lint_article(text), RULE) == set()


def test_article_without_author() -> None:
    assert keys(lint_json(article(author=None)), RULE) == {(RULE, 1, "$")}


@pytest.mark.parametrize("value", ["", [], None, [""]], ids=["empty", "empty-list", "null", "list-of-empty"])
def test_empty_author_counts_as_missing(value: object) -> None:
    doc = article()
    doc["author"] = value
    text = dump(doc)
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, 1, "$")}
    if value != [""]:
        assert keys(findings, "empty-value") == {("empty-value", line_of(text, '"author"'), "$.author")}


def test_text_article_without_byline() -> None:
    text = TEXT.replace("By Jane Doe\n", "")
    assert keys(lint_article(text), RULE) == {(RULE, 1, "$.@graph[0]")}
