"""missing-date-modified: an article states when it was last updated."""

from __future__ import annotations

from tests.rules import dump, line_of
from tests.util import SEED, article, keys, lint_article, lint_json

RULE = "missing-date-modified"

TEXT = """Cuba and China agree to strengthen military cooperation

Defence ministers met in Beijing.

By Jane Doe
Published 16 September 2025, 10:32 CEST
Updated 16 September 2025, 12:00 CEST

The governments agreed on Tuesday to enhance their military cooperation.
"""


def test_article_with_date_modified() -> None:
    assert keys(lint_json(article()), RULE) == set()


def test_text_article_with_updated_line() -> None:
    assert keys(lint_article(TEXT), RULE) == set()


def test_spanish_updated_line() -> None:
    text = TEXT.replace("Updated 16 September 2025, 12:00 CEST", "Actualizado: 16 de septiembre de 2025, 12:00 CEST")
    assert keys(lint_article(text), RULE) == set()


def test_article_without_date_modified() -> None:
    findings = lint_json(article(dateModified=None))
    assert keys(findings, RULE) == {(RULE, 1, "$")}
    assert {f.severity.value for f in findings if f.rule == RULE} == {"warning"}


def test_empty_date_counts_as_missing() -> None:
    text = dump(article(dateModified=" "))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, 1, "$")}
    assert keys(findings, "empty-value") == {("empty-value", line_of(text, '"dateModified"'), "$.dateModified")}


def test_text_article_without_updated_line() -> None:
    text = TEXT.replace("Updated 16 September 2025, 12:00 CEST\n", "")
    assert keys(lint_article(text), RULE) == {(RULE, 1, "$.@graph[0]")}


def test_seed_has_no_dates() -> None:
    assert keys(lint_article(SEED.read_text(encoding="utf-8")), RULE) == {(RULE, 1, "$.@graph[0]")}
