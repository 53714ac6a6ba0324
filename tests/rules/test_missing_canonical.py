"""missing-canonical: an HTML page without <link rel="canonical">."""

from __future__ import annotations

import pytest

from linter.lint import lint_text
from tests.util import NOW, keys

RULE = "missing-canonical"


def lint(html: str):
    return lint_text(html, path="page.html", now=NOW)


def page(head: str, body: str = "") -> str:
    return (f'<!doctype html>\n<html lang="en">\n<head>\n<title>T</title>\n{head}\n</head>\n'
            f"<body><h1>T</h1>{body}</body>\n</html>\n")


@pytest.mark.parametrize("head", [
    '<link rel="canonical" href="https://example.com/story">',
    '<link rel="Canonical" href="https://example.com/story">',
    '<link href="https://example.com/story" rel="alternate canonical">',
    '<link rel="canonical" href="/story">',  # relative: canonical-not-absolute, not this rule
], ids=["canonical", "case", "several-rel-values", "relative"])
def test_canonical_present(head: str) -> None:
    assert keys(lint(page(head)), RULE) == set()


def test_canonical_in_body_is_another_rule() -> None:
    html = page("", '\n<link rel="canonical" href="https://example.com/story">')
    findings = lint(html)
    assert keys(findings, RULE) == set()
    assert keys(findings, "canonical-in-body") != set()


@pytest.mark.parametrize("head", [
    "",
    '<link rel="alternate" href="https://example.com/story/amp">',
    '<meta property="og:url" content="https://example.com/story">',
], ids=["none", "other-link", "og-url-only"])
def test_canonical_missing(head: str) -> None:
    assert keys(lint(page(head)), RULE) == {(RULE, 1, None)}
