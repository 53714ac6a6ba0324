"""noindex-article: an article page whose robots meta tag says noindex (or none)."""

from __future__ import annotations

import json

import pytest

from linter.lint import lint_text
from tests.rules import line_of
from tests.util import NOW, article, keys

RULE = "noindex-article"
JSON_LD = f'<script type="application/ld+json">{json.dumps(article())}</script>'
MICRODATA = ('<div itemscope itemtype="https://schema.org/NewsArticle">'
             '<h1 itemprop="headline">T</h1></div>')


def lint(html: str):
    return lint_text(html, path="page.html", now=NOW)


def page(head: str, body: str = "<h1>T</h1>") -> str:
    return (f'<!doctype html>\n<html lang="en">\n<head>\n<title>T</title>\n{head}\n</head>\n'
            f"<body>\n{body}\n</body>\n</html>\n")


@pytest.mark.parametrize("robots", [
    "", '<meta name="robots" content="index, follow">',
    '<meta name="robots" content="max-image-preview:large">',
    '<meta name="googlebot-news" content="noindex">',  # Google News only
    '<meta name="robots" content="nofollow">',
], ids=["no-robots", "index", "max-image-preview", "googlebot-news", "nofollow"])
def test_indexable_article(robots: str) -> None:
    assert keys(lint(page(f"{robots}\n{JSON_LD}")), RULE) == set()


@pytest.mark.parametrize("robots", [
    '<meta name="robots" content="noindex">',
    '<meta name="googlebot" content="noindex">',
], ids=["robots", "googlebot"])
def test_noindex_page_that_is_no_article(robots: str) -> None:
    web_page = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "WebPage"}'
                "</script>")
    assert keys(lint(page(f"{robots}\n{web_page}", "<p>About us</p>")), RULE) == set()
    assert keys(lint(page(robots, "<p>Home</p>")), RULE) == set()


@pytest.mark.parametrize("robots", [
    '<meta name="robots" content="noindex">',
    '<meta name="robots" content="noindex, follow">',
    '<meta name="ROBOTS" content="NOINDEX,NOFOLLOW">',
    '<meta name="robots" content="none">',
    '<meta name="googlebot" content="index, noindex">',
], ids=["noindex", "noindex-follow", "upper-case", "none", "googlebot"])
def test_noindex_json_ld_article(robots: str) -> None:
    html = page(f"{JSON_LD}\n{robots}")
    assert keys(lint(html), RULE) == {(RULE, line_of(html, "<meta"), None)}


@pytest.mark.parametrize(("head", "body"), [
    ("", MICRODATA),
    ('<meta property="og:type" content="article">', "<h1>T</h1>"),
    ("", "<article><h1>T</h1><p>Text.</p></article>"),
], ids=["microdata", "og-type", "article-element"])
def test_noindex_article_recognised_without_json_ld(head: str, body: str) -> None:
    html = page(f'{head}\n<meta name="robots" content="noindex">', body)
    assert keys(lint(html), RULE) == {(RULE, line_of(html, 'name="robots"'), None)}


def test_noindex_in_a_second_robots_tag_counts() -> None:
    html = page(f'{JSON_LD}\n<meta name="robots" content="max-image-preview:large">\n'
                '<meta name="robots" content="noindex">')
    assert keys(lint(html), RULE) == {(RULE, line_of(html, 'name="robots"'), None)}


def test_robots_and_googlebot_each_reported() -> None:
    html = page(f'{JSON_LD}\n<meta name="robots" content="noindex">\n<meta name="googlebot" content="none">')
    assert keys(lint(html), RULE) == {(RULE, line_of(html, 'name="robots"'), None),
                                      (RULE, line_of(html, 'name="googlebot"'), None)}
