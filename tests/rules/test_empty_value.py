"""empty-value: an empty string, null or empty list counts as missing, and is reported."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "empty-value"


def test_complete_article() -> None:
    assert keys(lint_json(article())) == set()


def test_generated_json_ld_is_not_checked() -> None:
    # A text article without a standfirst or dates builds no empty values, and the
    # source's own rules (missing-*) report what is missing.
    text = "Cuba and China agree to strengthen military cooperation\n"
    findings = lint_article(text)
    assert keys(findings, RULE) == set()
    assert keys(findings, "missing-description") == {("missing-description", 1, "$.@graph[0]")}


@pytest.mark.parametrize("value", ["", "   ", None, []], ids=["empty", "blank", "null", "empty-list"])
def test_empty_headline_counts_as_missing(value: object) -> None:
    doc = article()
    doc["headline"] = value  # article(headline=None) would leave the key out
    text = dump(doc)
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"headline"'), "$.headline")}
    assert keys(findings, "missing-headline") == {("missing-headline", 1, "$")}


def test_empty_date_published() -> None:
    text = dump(article(datePublished=""))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"datePublished"'), "$.datePublished")}
    assert keys(findings, "missing-date-published") == {("missing-date-published", 1, "$")}
    assert keys(findings, "invalid-date") == set()


def test_nested_empty_value() -> None:
    doc = article(author=[{"@type": "Person", "name": "Jane Doe", "url": ""}])
    text = dump(doc)
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"url": ""'), "$.author[0].url")}
    assert keys(findings, "missing-author-url") == {
        ("missing-author-url", line_of(text, "{", after='"author"'), "$.author[0]")
    }


def test_every_empty_value_in_a_graph() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, description="", keywords=[]),
        {"@type": "Organization", "@id": "https://example.com/#org", "name": "X", "logo": None},
    ]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"description"'), "$.@graph[0].description"),
        (RULE, line_of(text, '"keywords"'), "$.@graph[0].keywords"),
        (RULE, line_of(text, '"logo"'), "$.@graph[1].logo"),
    }


def test_keywords_of_json_ld_are_not_values() -> None:
    # "@id": "" is odd JSON-LD, but not a property left empty.
    assert keys(lint_json(article(**{"@id": ""})), RULE) == set()


def test_zero_and_false_are_values() -> None:
    doc = article(image=[{**article()["image"][0], "width": 0, "representativeOfPage": False}])
    assert keys(lint_json(doc), RULE) == set()


def test_blank_item_in_a_list() -> None:
    doc = article(author=["", {"@type": "Person", "name": "Jane Doe", "url": "https://example.com/jd"}])
    text = dump(doc)
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '""', after='"author"'), "$.author[0]")}
    # the blank is dropped before the schemas look: the real author is not shifted
    assert keys(findings, "author-not-object") == set()
