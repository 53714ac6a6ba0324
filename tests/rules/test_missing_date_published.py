"""missing-date-published: an article states when it was published."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import SEED, article, keys, lint_article, lint_json

RULE = "missing-date-published"

TEXT = """Cuba and China agree to strengthen military cooperation

Defence ministers met in Beijing.

By Jane Doe
Published 16 September 2025, 10:32 CEST

The governments agreed on Tuesday to enhance their military cooperation.
"""


def test_article_with_date_published() -> None:
    assert keys(lint_json(article()), RULE) == set()


@pytest.mark.parametrize("line", ["Published 16 September 2025, 10:32 CEST", "Publicado: 2 de enero de 2025",
                                  "16 September 2025", "2025-09-16T10:32:00+02:00"])
def test_text_article_with_a_date(line: str) -> None:
    assert keys(lint_article(TEXT.replace("Published 16 September 2025, 10:32 CEST", line)), RULE) == set()


def test_article_without_date_published() -> None:
    assert keys(lint_json(article(datePublished=None)), RULE) == {(RULE, 1, "$")}


def test_only_date_modified_is_not_enough() -> None:
    assert keys(lint_json(article(datePublished=None)), "missing-date-modified") == set()
    assert keys(lint_json(article(datePublished=None)), RULE) == {(RULE, 1, "$")}


def test_empty_date_counts_as_missing() -> None:
    text = dump(article(datePublished=""))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, 1, "$")}
    assert keys(findings, "empty-value") == {("empty-value", line_of(text, '"datePublished"'), "$.datePublished")}


def test_text_article_with_updated_date_only() -> None:
    text = TEXT.replace("Published", "Updated")
    assert keys(lint_article(text), RULE) == {(RULE, 1, "$.@graph[0]")}


def test_seed_has_no_dates() -> None:
    # The sample article this project started from carries no date at all.
    assert keys(lint_article(SEED.read_text(encoding="utf-8"), path=SEED.name), RULE) == {(RULE, 1, "$.@graph[0]")}
