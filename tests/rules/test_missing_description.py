"""missing-description: an article should have a description (the standfirst)."""

from __future__ import annotations

from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "missing-description"

WITH_STANDFIRST = """Cuba and China agree to strengthen military cooperation

Defence ministers met in Beijing on Tuesday.

By Jane Doe
Published 16 September 2025, 10:32 CEST

The governments agreed to enhance their military cooperation.
"""


def test_article_with_description() -> None:
    assert keys(lint_json(article()), RULE) == set()


def test_text_article_with_standfirst() -> None:
    assert keys(lint_article(WITH_STANDFIRST), RULE) == set()


def test_article_without_description() -> None:
    assert keys(lint_json(article(description=None)), RULE) == {(RULE, 1, "$")}


def test_empty_description_counts_as_missing() -> None:
    text = dump(article(description="  "))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, 1, "$")}
    assert keys(findings, "empty-value") == {("empty-value", line_of(text, '"description"'), "$.description")}


def test_text_article_without_standfirst() -> None:
    text = WITH_STANDFIRST.replace("Defence ministers met in Beijing on Tuesday.\n\n", "")
    # Reported on the headline, where the standfirst should follow.
    assert keys(lint_article(text), RULE) == {(RULE, 1, "$.@graph[0]")}
