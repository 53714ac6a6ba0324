"""news-sitemap-title-mismatch: news:title against the article's headline."""

from __future__ import annotations

import pytest

from linter.config import Config
from linter.sources.fetched_page import lint_page
from linter.sources.sitemaps import NewsEntry
from tests.rules import line_of
from tests.rules.html_page import HEADLINE, page
from tests.util import NOW, article, keys

RULE = "news-sitemap-title-mismatch"


def check(html: str, title: str) -> set[tuple[str, int | None, str | None]]:
    findings = lint_page(html.encode(), "https://example.com/a", config=Config(), now=NOW,
                         news=NewsEntry(title=title))
    return keys(findings, RULE)


@pytest.mark.parametrize("title", [
    HEADLINE, HEADLINE.upper(), f"  {HEADLINE}  ", f"{HEADLINE} | The Daily Example",
    "Cuba and China agree to strengthen military…",
])
def test_the_same_title_agrees(title: str) -> None:
    assert check(page(), title) == set()


def test_another_title_is_reported_at_headline() -> None:
    html = page()
    assert check(html, "Companies A, B in merger talks") == {(RULE, line_of(html, '"headline"'), "$.headline")}


def test_nothing_to_compare() -> None:
    assert check(page(data=article(headline=None)), "Anything") == set()
    assert check(page(), "") == set()
