"""missing-max-image-preview: an article page without max-image-preview:large (info only)."""

from __future__ import annotations

import json

import pytest

from linter.lint import lint_text
from tests.rules import line_of
from tests.util import NOW, article, keys

RULE = "missing-max-image-preview"
JSON_LD = f'<script type="application/ld+json">{json.dumps(article())}</script>'


def lint(html: str):
    return lint_text(html, path="page.html", now=NOW)


def page(head: str, body: str = "<h1>T</h1>") -> str:
    return (f'<!doctype html>\n<html lang="en">\n<head>\n<title>T</title>\n{head}\n</head>\n'
            f"<body>\n{body}\n</body>\n</html>\n")


@pytest.mark.parametrize("robots", [
    '<meta name="robots" content="max-image-preview:large">',
    '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1">',
    '<meta name="robots" content="Max-Image-Preview: Large">',
    '<meta name="googlebot" content="max-image-preview:large">',
    '<meta name="robots" content="index">\n<meta name="robots" content="max-image-preview:large">',
], ids=["alone", "among-others", "case-and-space", "googlebot", "second-tag"])
def test_large_previews_allowed(robots: str) -> None:
    assert keys(lint(page(f"{JSON_LD}\n{robots}")), RULE) == set()


def test_page_that_is_no_article() -> None:
    assert keys(lint(page("", "<p>About us</p>")), RULE) == set()


def test_noindex_article_is_left_to_noindex_article() -> None:
    findings = lint(page(f'{JSON_LD}\n<meta name="robots" content="noindex">'))
    assert keys(findings, RULE) == set()
    assert keys(findings, "noindex-article") != set()


def test_article_without_robots_tag() -> None:
    findings = lint(page(JSON_LD))
    assert keys(findings, RULE) == {(RULE, 1, None)}
    assert {f.severity.value for f in findings if f.rule == RULE} == {"info"}


@pytest.mark.parametrize(("head", "body"), [
    ('<meta property="og:type" content="article">', "<h1>T</h1>"),
    ("", "<article><h1>T</h1></article>"),
], ids=["og-type", "article-element"])
def test_article_recognised_without_markup(head: str, body: str) -> None:
    assert keys(lint(page(head, body)), RULE) == {(RULE, 1, None)}


def test_robots_tag_without_it_is_pointed_at() -> None:
    html = page(f'{JSON_LD}\n<meta name="robots" content="index, follow">')
    assert keys(lint(html), RULE) == {(RULE, line_of(html, 'name="robots"'), None)}


@pytest.mark.parametrize("value", ["max-image-preview:standard", "max-image-preview:none"])
def test_smaller_previews(value: str) -> None:
    html = page(f'{JSON_LD}\n<meta name="robots" content="{value}">')
    [f] = [f for f in lint(html) if f.rule == RULE]
    assert (f.line, f.json_path) == (line_of(html, 'name="robots"'), None)
    assert value in f.message


def test_more_restrictive_tag_wins() -> None:
    html = page(f'{JSON_LD}\n<meta name="robots" content="max-image-preview:large">\n'
                '<meta name="googlebot" content="max-image-preview:standard">')
    assert keys(lint(html), RULE) == {(RULE, line_of(html, 'name="googlebot"'), None)}
