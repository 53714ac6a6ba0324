"""wrong-case-type: @type spelt in the wrong case, then checked as the type it means."""

from __future__ import annotations

from tests.rules import dump, line_of
from tests.util import article, keys, lint_json

RULE = "wrong-case-type"


def test_right_case_is_fine() -> None:
    assert keys(lint_json(article()), RULE) == set()


def test_lower_case_type_is_reported_and_still_checked() -> None:
    text = dump(article(**{"@type": "newsarticle"}, datePublished=None))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"@type": "newsarticle"'), "$.@type")}
    assert ("missing-date-published", 1, "$") in keys(findings)


def test_type_arrays_and_prefixes() -> None:
    doc = article(**{"@type": ["http://schema.org/article", "WebPage"]},
                  author=[{"@type": "person", "name": "Jane Doe", "url": "https://example.com/j"}])
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"http://schema.org/article"'), "$.@type[0]"),
        (RULE, line_of(text, '"person"'), "$.author[0].@type"),
    }
