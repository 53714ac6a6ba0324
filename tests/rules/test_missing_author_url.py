"""missing-author-url: an author should link to a profile (url) or other profiles (sameAs)."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "missing-author-url"


@pytest.mark.parametrize(
    "author",
    [
        {"@type": "Person", "name": "Jane Doe", "url": "https://example.com/staff/jane-doe"},
        {"@type": "Person", "name": "Jane Doe", "sameAs": "https://x.com/janedoe"},
        {"@type": "Person", "name": "Jane Doe", "sameAs": ["https://x.com/janedoe"]},
        {"@type": "Organization", "name": "Reuters", "url": "https://www.reuters.com"},
    ],
    ids=["url", "same-as", "same-as-list", "organization"],
)
def test_author_with_a_link(author: dict) -> None:
    assert keys(lint_json(article(author=[author])), RULE) == set()


def test_referenced_author_with_url() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, author={"@id": "https://example.com/#jane"}),
        {"@type": "Person", "@id": "https://example.com/#jane", "name": "Jane Doe",
         "url": "https://example.com/staff/jane-doe"},
    ]}
    assert keys(lint_json(doc), RULE) == set()


def test_author_without_url_or_same_as() -> None:
    text = dump(article(author=[{"@type": "Person", "name": "Jane Doe"}]))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "{", after='"author"'), "$.author[0]")}


def test_empty_url_counts_as_missing() -> None:
    text = dump(article(author=[{"@type": "Person", "name": "Jane Doe", "url": "", "sameAs": []}]))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, "{", after='"author"'), "$.author[0]")}
    assert keys(findings, "empty-value") == {
        ("empty-value", line_of(text, '"url": ""'), "$.author[0].url"),
        ("empty-value", line_of(text, '"sameAs"'), "$.author[0].sameAs"),
    }


def test_referenced_author_is_reported_where_it_is_defined() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, author={"@id": "https://example.com/#jane"}),
        {"@type": "Person", "@id": "https://example.com/#jane", "name": "Jane Doe"},
    ]}
    text = dump(doc)
    node = line_of(text, "    {", whole=True, nth=2)  # the second item of @graph
    assert keys(lint_json(text), RULE) == {(RULE, node, "$.@graph[1]")}


def test_text_byline_gives_no_url() -> None:
    text = "Cuba and China agree to strengthen military cooperation\n\nBy Jane Doe and John Smith\n"
    line = line_of(text, "By Jane Doe")
    assert keys(lint_article(text), RULE) == {
        (RULE, line, "$.@graph[0].author[0]"),
        (RULE, line, "$.@graph[0].author[1]"),
    }


def test_is_a_warning() -> None:
    findings = lint_json(article(author=[{"@type": "Person", "name": "Jane Doe"}]))
    assert {f.severity.value for f in findings if f.rule == RULE} == {"warning"}
