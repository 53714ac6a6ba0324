"""missing-title: an HTML page without a <title>, or with an empty one."""

from __future__ import annotations

import pytest

from linter.lint import lint_text
from tests.util import NOW, keys, lint_json

RULE = "missing-title"


def lint(html: str):
    return lint_text(html, path="page.html", now=NOW)


def page(head: str) -> str:
    return (f'<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n{head}\n</head>\n'
            "<body><h1>T</h1></body>\n</html>\n")


@pytest.mark.parametrize("head", [
    "<title>Cuba and China agree to strengthen military cooperation</title>",
    "<TITLE>\n  Cuba and China\n</TITLE>",
    "<title></title><title>The second title counts when the first is empty</title>",
    "<title>" + "A very long title " * 20 + "</title>",  # no length limit
], ids=["title", "upper-case-multiline", "second-title", "long"])
def test_title_present(head: str) -> None:
    assert keys(lint(page(head)), RULE) == set()


@pytest.mark.parametrize("head", [
    "",
    "<title></title>",
    "<title>  \n  </title>",
    '<meta name="title" content="Not a title element">',
    "<svg><title>An icon's tooltip</title></svg>",
], ids=["no-title", "empty", "blank", "meta-title", "svg-title"])
def test_title_missing(head: str) -> None:
    assert keys(lint(page(head)), RULE) == {(RULE, 1, None)}


def test_page_without_head_at_all() -> None:
    assert keys(lint("<p>Just a paragraph.</p>\n"), RULE) == {(RULE, 1, None)}


def test_only_html_pages_are_checked() -> None:
    assert keys(lint_json({"@context": "https://schema.org", "@type": "NewsArticle"}), RULE) == set()
