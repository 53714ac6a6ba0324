"""invalid-date: datePublished and dateModified are ISO 8601 dates or date-times."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "invalid-date"


@pytest.mark.parametrize(
    "value",
    ["2025-09-16T10:32:00+02:00", "2025-09-16T08:32:00Z", "2025-09-16T10:32:00.250+02:00",
     "2025-09-16T10:32+02:00", "2025-09-16T10:32:00+0200", "2025-09-16T10:32:00-05:00",
     "2024-02-29T10:00:00+01:00", "2000-02-29T10:00:00Z", "2025-12-31T23:59:59Z",
     "2025-09-16", "2025-09-16T10:32:00"],
    ids=["offset", "utc", "fraction", "no-seconds", "basic-offset", "negative-offset", "leap-day",
         "leap-century", "last-second", "date-only", "no-offset"],
)
def test_iso_8601(value: str) -> None:
    # Date-only and zoneless values are valid ISO 8601 (other rules judge them).
    assert keys(lint_json(article(datePublished=value, dateModified=None)), RULE) == set()


@pytest.mark.parametrize(
    "value",
    ["Tue, 16 Sep 2025 10:32:00 +0200", "Tue Jul 30 09:35:14 CEST 2019", "16 September 2025", "yesterday",
     "2025-13-01T10:00:00+02:00", "2025-00-10T10:00:00+02:00", "2025-02-30T10:00:00+02:00",
     "2025-04-31", "2025-02-29", "2100-02-29T10:00:00Z", "2025-09-16T24:00:00Z",
     "2025-09-16T10:60:00Z", "2025-09-16 10:32:00+02:00", "16/09/2025", "2025-9-16"],
    ids=["rfc-822", "unix-date", "english", "word", "month-13", "month-0", "february-30", "april-31",
         "not-a-leap-year", "not-a-leap-century", "hour-24", "minute-60", "space-for-t", "slashes",
         "unpadded"],
)
def test_not_iso_8601(value: str) -> None:
    text = dump(article(datePublished=value))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"datePublished"'), "$.datePublished")}


@pytest.mark.parametrize("value", [20250916, ["2025-09-16T10:32:00+02:00"], {"@value": "2025-09-16"}],
                         ids=["number", "list", "object"])
def test_not_a_string(value: object) -> None:
    text = dump(article(dateModified=value))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"dateModified"'), "$.dateModified")}


def test_both_dates() -> None:
    text = dump(article(datePublished="16.09.2025", dateModified="16.09.2025 12:00"))
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"datePublished"'), "$.datePublished"),
        (RULE, line_of(text, '"dateModified"'), "$.dateModified"),
    }


def test_text_article_date_that_does_not_exist() -> None:
    # The text date is passed through as written, so the check reports it.
    text = ("Cuba and China agree to strengthen military cooperation\n\nBy Jane Doe\n"
            "Published 31 February 2025, 10:32 CEST\n\nThe governments agreed.\n")
    assert keys(lint_article(text), RULE) == {(RULE, line_of(text, "Published"), "$.@graph[0].datePublished")}


def test_text_article_readable_date() -> None:
    text = ("Cuba and China agree to strengthen military cooperation\n\nBy Jane Doe\n"
            "Published 16 September 2025, 10:32 CEST\n\nThe governments agreed.\n")
    assert keys(lint_article(text), RULE) == set()
