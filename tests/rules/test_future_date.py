"""future-date: no date later than now (tests.util.NOW is 2026-01-15T12:00:00Z)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.rules import dump, line_of
from tests.util import NOW, article, keys, lint_article, lint_json

RULE = "future-date"

TEXT = """Cuba and China agree to strengthen military cooperation

Defence ministers met in Beijing.

By Jane Doe
Published 16 September 2025, 10:32 CEST

The governments agreed on Tuesday to enhance their military cooperation.
"""


def test_now_is_fixed() -> None:
    assert datetime(2026, 1, 15, 12, 0, tzinfo=UTC) == NOW


@pytest.mark.parametrize(
    "value",
    [
        "2025-09-16T10:32:00+02:00",
        "2026-01-15T12:00:00Z",
        "2026-01-15T12:09:00Z",  # within the ten minutes allowed for clocks
        "2026-01-15T13:05:00+01:00",  # 12:05 UTC
        "2026-01-16",  # already 16 January in UTC+14
        "2026-01-16T01:30:00",  # no offset: could be 11:30 UTC (UTC+14)
        "2099-13-01",  # not a date: invalid-date's business
    ],
    ids=["past", "now", "clock-skew", "offset-within-skew", "date-in-earliest-zone",
         "zoneless-in-earliest-zone", "invalid"],
)
def test_not_in_the_future(value: str) -> None:
    assert keys(lint_json(article(datePublished=value, dateModified=None)), RULE) == set()


@pytest.mark.parametrize(
    "value",
    ["2026-01-15T12:11:00Z", "2026-01-15T08:00:00-05:00", "2026-01-17", "2026-01-16T03:00:00",
     "2099-01-01T00:00:00+00:00"],
    ids=["eleven-minutes", "negative-offset", "day-after-tomorrow", "zoneless-everywhere-future", "far"],
)
def test_date_published_in_the_future(value: str) -> None:
    text = dump(article(datePublished=value, dateModified=None))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"datePublished"'), "$.datePublished")}


def test_date_modified_in_the_future() -> None:
    text = dump(article(dateModified="2026-02-01T09:00:00+01:00"))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"dateModified"'), "$.dateModified")}


def test_the_clock_is_the_callers() -> None:
    doc = article(datePublished="2026-06-01T09:00:00+02:00", dateModified=None)
    assert keys(lint_json(doc), RULE) != set()
    later = datetime(2026, 7, 1, tzinfo=UTC)
    assert keys(lint_json(doc, now=later), RULE) == set()


def test_text_article_dated_next_year() -> None:
    assert keys(lint_article(TEXT), RULE) == set()
    text = TEXT.replace("16 September 2025", "16 September 2026")
    assert keys(lint_article(text), RULE) == {(RULE, line_of(text, "Published"), "$.@graph[0].datePublished")}
