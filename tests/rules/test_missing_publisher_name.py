"""missing-publisher-name: a publisher object has a name."""

from __future__ import annotations

import pytest

from linter.config import parse_config
from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "missing-publisher-name"
NAMED = {"@type": "Organization", "name": "The Daily Example", "url": "https://example.com"}
UNNAMED = {"@type": "Organization", "url": "https://example.com"}


@pytest.mark.parametrize(
    "publisher",
    [NAMED, "The Daily Example", [NAMED], [NAMED, {**NAMED, "name": "Agencia EFE"}]],
    ids=["object", "text", "list", "two-publishers"],
)
def test_named_publisher(publisher: object) -> None:
    assert keys(lint_json(article(publisher=publisher)), RULE) == set()


def test_no_publisher_is_not_this_rule() -> None:
    assert keys(lint_json(article(publisher=None)), RULE) == set()


def test_text_article_publisher_from_site_config() -> None:
    config = parse_config({"site": {"publisher": "The Daily Example"}})
    assert keys(lint_article("Cuba and China agree\n", config=config), RULE) == set()


def test_publisher_without_name() -> None:
    text = dump(article(publisher=UNNAMED))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"publisher"'), "$.publisher")}


def test_empty_name_counts_as_missing() -> None:
    text = dump(article(publisher={**NAMED, "name": ""}))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"publisher"'), "$.publisher")}
    assert keys(findings, "empty-value") == {("empty-value", line_of(text, '"name": ""'), "$.publisher.name")}


def test_unnamed_publisher_in_a_list() -> None:
    text = dump(article(publisher=[NAMED, UNNAMED]))
    second = line_of(text, "{", after='"name": "The Daily Example"')
    assert keys(lint_json(text), RULE) == {(RULE, second, "$.publisher[1]")}


def test_referenced_publisher_is_reported_where_it_is_defined() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        {**UNNAMED, "@id": "https://example.com/#org"},
        article(**{"@context": None}, publisher={"@id": "https://example.com/#org"}),
    ]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "    {", whole=True), "$.@graph[0]")}
