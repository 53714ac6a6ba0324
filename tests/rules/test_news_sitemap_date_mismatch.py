"""news-sitemap-date-mismatch: news:publication_date against the article's datePublished."""

from __future__ import annotations

import pytest

from linter.config import Config
from linter.sources.fetched_page import lint_page
from linter.sources.sitemaps import NewsEntry
from tests.rules import line_of
from tests.rules.html_page import page
from tests.util import NOW, article, keys

RULE = "news-sitemap-date-mismatch"


def check(html: str, date: str) -> set[tuple[str, int | None, str | None]]:
    findings = lint_page(html.encode(), "https://example.com/a", config=Config(), now=NOW,
                         news=NewsEntry(publication_date=date))
    return keys(findings, RULE)


@pytest.mark.parametrize("date", [
    "2025-09-16T10:32:00+02:00",  # as in the markup
    "2025-09-16T08:32:00Z",  # the same instant
    "2025-09-16T10:32+02:00",  # W3C: seconds may be left out
    "2025-09-16",  # a date: the day is compared
])
def test_the_same_date_agrees(date: str) -> None:
    assert check(page(), date) == set()


@pytest.mark.parametrize("date", ["2025-09-15T18:05:00+02:00", "2025-09-17", "2025-09-16T10:32:00Z"])
def test_another_date_is_reported_at_date_published(date: str) -> None:
    html = page()
    assert check(html, date) == {(RULE, line_of(html, '"datePublished"'), "$.datePublished")}


def test_an_unreadable_sitemap_date_is_reported() -> None:
    assert check(page(), "16/09/2025") == {(RULE, None, None)}


def test_nothing_to_compare() -> None:
    assert check(page(data=article(datePublished=None)), "2025-01-01") == set()
    assert check(page(data=None), "2025-01-01") == set()
    assert check(page(data=article(datePublished="yesterday")), "2025-01-01") == set()
