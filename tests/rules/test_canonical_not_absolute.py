"""canonical-not-absolute: the rel=canonical href is not an absolute http(s) URL."""

from __future__ import annotations

import pytest

from linter.lint import lint_text
from tests.rules import line_of
from tests.util import NOW, keys

RULE = "canonical-not-absolute"


def lint(html: str):
    return lint_text(html, path="page.html", now=NOW)


def page(link: str, *, in_body: bool = False) -> str:
    head, body = ("", link) if in_body else (link, "")
    return (f'<!doctype html>\n<html lang="en">\n<head>\n<title>T</title>\n{head}\n</head>\n'
            f"<body>\n<h1>T</h1>\n{body}\n</body>\n</html>\n")


@pytest.mark.parametrize("href", [
    "https://example.com/world/story",
    "http://example.com/world/story",
    "HTTPS://EXAMPLE.COM/world/story",
    "  https://example.com/world/story  ",
], ids=["https", "http", "upper-case", "padded"])
def test_absolute_canonical(href: str) -> None:
    assert keys(lint(page(f'<link rel="canonical" href="{href}">')), RULE) == set()


def test_no_canonical_is_another_rule() -> None:
    assert keys(lint(page("")), RULE) == set()


@pytest.mark.parametrize("link", [
    '<link rel="canonical" href="/world/story">',
    '<link rel="canonical" href="world/story">',
    '<link rel="canonical" href="//example.com/world/story">',
    '<link rel="canonical" href="ftp://example.com/world/story">',
    '<link rel="canonical" href="https:///world/story">',
    '<link rel="canonical" href="">',
    '<link rel="canonical">',
], ids=["root-relative", "relative", "protocol-relative", "ftp", "no-host", "empty", "no-href"])
def test_canonical_not_absolute(link: str) -> None:
    html = page(link)
    assert keys(lint(html), RULE) == {(RULE, line_of(html, "<link"), None)}


def test_relative_canonical_in_body_is_reported_at_its_line_too() -> None:
    html = page('<link rel="canonical" href="/world/story">', in_body=True)
    findings = lint(html)
    assert keys(findings, RULE) == {(RULE, line_of(html, "<link"), None)}
    assert keys(findings, "canonical-in-body") == {("canonical-in-body", line_of(html, "<link"), None)}
