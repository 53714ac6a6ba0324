"""missing-html-lang: an HTML page whose <html> has no lang attribute."""

from __future__ import annotations

import pytest

from linter.lint import lint_text
from tests.util import NOW, keys

RULE = "missing-html-lang"


def lint(html: str):
    return lint_text(html, path="page.html", now=NOW)


def page(html_tag: str) -> str:
    return f"<!doctype html>\n{html_tag}\n<head>\n<title>T</title>\n</head>\n<body><h1>T</h1></body>\n</html>\n"


@pytest.mark.parametrize("tag", [
    '<html lang="en">',
    '<html lang="es-CU">',
    "<HTML LANG=es>",
    '<html lang="en" xml:lang="en">',
], ids=["en", "region", "upper-case", "with-xml-lang"])
def test_lang_present(tag: str) -> None:
    assert keys(lint(page(tag)), RULE) == set()


@pytest.mark.parametrize("tag", [
    "<html>",
    '<html lang="">',
    '<html lang="  ">',
    '<html dir="ltr">',
    '<html xml:lang="en">',  # has no effect in an HTML document
], ids=["none", "empty", "blank", "other-attribute", "xml-lang-alone"])
def test_lang_missing(tag: str) -> None:
    assert keys(lint(page(tag)), RULE) == {(RULE, 1, None)}


def test_page_without_html_element() -> None:
    assert keys(lint("<title>T</title>\n<h1>T</h1>\n"), RULE) == {(RULE, 1, None)}
