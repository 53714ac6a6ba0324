"""news-sitemap-language-mismatch: news:language against inLanguage, else <html lang>."""

from __future__ import annotations

import pytest

from linter.config import Config
from linter.sources.fetched_page import lint_page
from linter.sources.sitemaps import NewsEntry
from tests.rules import line_of
from tests.rules.html_page import page
from tests.util import NOW, article, keys

RULE = "news-sitemap-language-mismatch"


def check(html: str, language: str) -> set[tuple[str, int | None, str | None]]:
    findings = lint_page(html.encode(), "https://example.com/a", config=Config(), now=NOW,
                         news=NewsEntry(language=language))
    return keys(findings, RULE)


@pytest.mark.parametrize(("declared", "listed"), [("en", "en"), ("en-GB", "en"), ("zh-Hans", "zh-cn"),
                                                  ("zh-TW", "zh-tw")])
def test_the_same_language_agrees(declared: str, listed: str) -> None:
    assert check(page(data=article(inLanguage=declared)), listed) == set()


def test_another_language_is_reported_at_in_language() -> None:
    html = page(lang="es", data=article(inLanguage="es"))
    assert check(html, "en") == {(RULE, line_of(html, '"inLanguage"'), "$.inLanguage")}


def test_without_in_language_the_html_lang_counts() -> None:
    assert check(page(lang="es"), "es") == set()
    assert check(page(lang="es"), "en") == {(RULE, 2, None)}  # <html lang> is on line 2


def test_nothing_to_compare() -> None:
    assert check(page(lang=""), "en") == set()
    assert check(page(data=article(inLanguage={"name": "Spanish"}), lang=""), "en") == set()
    assert check(page(), "english please") == set()
