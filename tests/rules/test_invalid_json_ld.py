"""invalid-json-ld: a JSON-LD block of a page that is not strict JSON, at its place in the file."""

from __future__ import annotations

from linter.lint import lint_text
from tests.util import NOW, keys

RULE = "invalid-json-ld"

PAGE = """<!doctype html>
<html lang="en"><head><title>T</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "T", // a comment
 "datePublished": "2025-03-03"}
</script>
</head><body><h1>T</h1></body></html>
"""


def lint(html: str):
    return lint_text(html, path="page.html", now=NOW)


def test_valid_block_is_not_reported() -> None:
    assert keys(lint(PAGE.replace(" // a comment", "")), RULE) == set()


def test_comment_is_reported_where_it_stands_and_content_still_checked() -> None:
    findings = lint(PAGE)
    [f] = [f for f in findings if f.rule == RULE]
    assert (f.line, f.column) == (5, 19)  # the "/" of "// a comment"
    assert "JavaScript comments" in f.message
    # the repaired content was checked: its date-only value is reported on line 6
    assert ("date-without-time", 6, "$.datePublished") in keys(findings)


def test_column_on_the_script_line_counts_from_the_tag() -> None:
    html = '<html><head><script type="application/ld+json">{"@type": "NewsArticle",}</script></head></html>'
    [f] = [f for f in lint(html) if f.rule == RULE]
    assert (f.line, f.column) == (1, 48 + 24)


def test_unrecoverable_block_is_reported_and_skipped() -> None:
    html = PAGE.replace('"headline": "T"', "'headline': 'T'")
    findings = lint(html)
    assert [f.line for f in findings if f.rule == RULE] == [5]
    assert "cannot be checked" in next(f.message for f in findings if f.rule == RULE)
    assert keys(findings, "missing-headline") == set()
