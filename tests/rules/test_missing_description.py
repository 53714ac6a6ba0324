"""missing-description: an article should have a description (the standfirst)."""

from __future__ import annotations

from linter.findings import Finding
from linter.lint import lint_text
from tests.rules import dump, line_of
from tests.rules.html_page import lint_page, page
from tests.util import NOW, article, keys, lint_article, lint_json

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


def _hint(findings: list[Finding]) -> str | None:
    return next(f.hint for f in findings if f.rule == RULE)


def test_the_hint_fits_the_source() -> None:
    # A page shows its standfirst; what is missing is the markup's description.
    html_hint = _hint(lint_page(page(data=article(description=None)))) or ""
    assert "standfirst" not in html_hint.split("(")[0] and "markup" in html_hint
    markdown = "---\ntitle: Harbour reopens\n---\n\nThe harbour reopened.\n"
    assert "front matter" in (_hint(lint_text(markdown, path="article.md", now=NOW)) or "")
    assert "standfirst" in (_hint(lint_article("Harbour reopens\n\nThe harbour reopened today.\n")) or "")
