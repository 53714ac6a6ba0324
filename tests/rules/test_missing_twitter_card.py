"""missing-twitter-card: an HTML page without <meta name="twitter:card">."""

from __future__ import annotations

import pytest

from linter.lint import lint_text
from tests.rules import line_of
from tests.util import NOW, keys

RULE = "missing-twitter-card"


def lint(html: str):
    return lint_text(html, path="page.html", now=NOW)


def page(head: str) -> str:
    return (f'<!doctype html>\n<html lang="en">\n<head>\n<title>T</title>\n{head}\n</head>\n'
            "<body><h1>T</h1></body>\n</html>\n")


@pytest.mark.parametrize("head", [
    '<meta name="twitter:card" content="summary_large_image">',
    '<meta property="twitter:card" content="summary">',
    '<meta name="Twitter:Card" content="summary">',
], ids=["name", "property", "case"])
def test_card_present(head: str) -> None:
    assert keys(lint(page(head)), RULE) == set()


@pytest.mark.parametrize("head", [
    "",
    '<meta name="twitter:title" content="Cuba and China">',
    '<meta property="og:type" content="article">',
], ids=["none", "title-only", "open-graph-only"])
def test_card_missing(head: str) -> None:
    findings = lint(page(head))
    assert keys(findings, RULE) == {(RULE, 1, None)}
    assert {f.severity.value for f in findings if f.rule == RULE} == {"info"}


def test_empty_card_is_reported_at_its_tag() -> None:
    html = page('<meta name="twitter:site" content="@example">\n<meta name="twitter:card" content="">')
    assert keys(lint(html), RULE) == {(RULE, line_of(html, "twitter:card"), None)}
