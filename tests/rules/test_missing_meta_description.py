"""missing-meta-description: an HTML page without <meta name="description">, or an empty one."""

from __future__ import annotations

import pytest

from linter.lint import lint_text
from tests.rules import line_of
from tests.util import NOW, keys, lint_article

RULE = "missing-meta-description"


def lint(html: str):
    return lint_text(html, path="page.html", now=NOW)


def page(head: str) -> str:
    return (f'<!doctype html>\n<html lang="en">\n<head>\n<title>T</title>\n{head}\n</head>\n'
            "<body><h1>T</h1></body>\n</html>\n")


@pytest.mark.parametrize("head", [
    '<meta name="description" content="Defence ministers met in Beijing.">',
    '<META NAME="Description" CONTENT="Defence ministers met in Beijing.">',
    '<meta property="og:description" name="description" content="One tag for both.">',
    '<meta name="description" content="' + "Long. " * 100 + '">',  # no length limit
], ids=["description", "upper-case", "shared-with-og", "long"])
def test_description_present(head: str) -> None:
    assert keys(lint(page(head)), RULE) == set()


@pytest.mark.parametrize("head", [
    "",
    '<meta property="og:description" content="Open Graph only.">',
    '<meta name="description">',
], ids=["none", "og-only", "no-content"])
def test_description_missing(head: str) -> None:
    assert keys(lint(page(head)), RULE) == {(RULE, 1, None)}


def test_empty_description_is_reported_at_its_tag() -> None:
    html = page('<meta name="robots" content="index">\n<meta name="description" content="  ">')
    assert keys(lint(html), RULE) == {(RULE, line_of(html, 'name="description"'), None)}


def test_text_articles_are_not_checked() -> None:
    assert keys(lint_article("Cuba and China agree to strengthen military cooperation\n"), RULE) == set()
