"""date-without-timezone: a date-time needs its UTC offset."""

from __future__ import annotations

import pytest

from linter.config import parse_config
from linter.findings import Finding
from linter.lint import lint_text
from tests.rules import dump, line_of
from tests.rules.html_page import lint_page, page
from tests.util import NOW, article, keys, lint_article, lint_json

RULE = "date-without-timezone"

TEXT = """Cuba and China agree to strengthen military cooperation

Defence ministers met in Beijing.

By Jane Doe
Published 16 September 2025, 10:32 CEST

The governments agreed on Tuesday to enhance their military cooperation.
"""


@pytest.mark.parametrize("value", ["2025-09-16T10:32:00+02:00", "2025-09-16T08:32:00Z", "2025-09-16T10:32:00+0200",
                                   "2025-09-16T10:32:00.5-05:00", "2025-09-16"],
                         ids=["offset", "utc", "basic-offset", "fraction", "date-only"])
def test_with_offset_or_without_time(value: str) -> None:
    assert keys(lint_json(article(datePublished=value, dateModified=None)), RULE) == set()


@pytest.mark.parametrize("line", ["Published 16 September 2025, 10:32 CEST", "Published Sept. 16, 2025 10:32 a.m. ET",
                                  "Publicado: 16 de septiembre de 2025, 10:32 (GMT-5)",
                                  "Published 16 September 2025, 08:32 GMT"])
def test_text_article_with_zone(line: str) -> None:
    text = TEXT.replace("Published 16 September 2025, 10:32 CEST", line)
    assert keys(lint_article(text), RULE) == set()


@pytest.mark.parametrize("value", ["2025-09-16T10:32:00", "2025-09-16T10:32", "2025-09-16T10:32:00.123"])
def test_no_offset(value: str) -> None:
    text = dump(article(datePublished=value))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"datePublished"'), "$.datePublished")}


def test_both_dates_without_offset() -> None:
    text = dump(article(datePublished="2025-09-16T10:32:00", dateModified="2025-09-16T12:00:00"))
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"datePublished"'), "$.datePublished"),
        (RULE, line_of(text, '"dateModified"'), "$.dateModified"),
    }


def test_text_article_without_zone() -> None:
    text = TEXT.replace("10:32 CEST", "10:32")
    assert keys(lint_article(text), RULE) == {(RULE, line_of(text, "Published"), "$.@graph[0].datePublished")}


def test_site_timezone_fills_the_offset_in_text_articles() -> None:
    text = TEXT.replace("10:32 CEST", "10:32")
    config = parse_config({"site": {"timezone": "Europe/Madrid"}})
    assert keys(lint_article(text, config=config), RULE) == set()


def test_article_in_a_graph() -> None:
    doc = {"@context": "https://schema.org", "@graph": [article(**{"@context": None},
                                                                dateModified="2025-09-16T12:00:00")]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"dateModified"'), "$.@graph[0].dateModified")}


def _hint(findings: list[Finding]) -> str | None:
    return next(f.hint for f in findings if f.rule == RULE)


def test_the_hint_fits_the_source() -> None:
    # The site's timezone is read for text and Markdown sources only: a page must state the offset.
    html = page(data=article(datePublished="2025-09-16T10:32:00", dateModified=None))
    assert "tool.newslint" not in (_hint(lint_page(html)) or "")
    assert "tool.newslint" not in (_hint(lint_json(article(datePublished="2025-09-16T10:32:00"))) or "")
    markdown = "---\ntitle: Harbour reopens\ndate: 2025-09-16 10:32:00\n---\n\nThe harbour reopened.\n"
    hint = _hint(lint_text(markdown, path="article.md", now=NOW)) or ""
    assert "front-matter" in hint and "timezone" in hint
