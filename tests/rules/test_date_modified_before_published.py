"""date-modified-before-published: an article cannot be updated before it was published."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "date-modified-before-published"

TEXT = """Cuba and China agree to strengthen military cooperation

Defence ministers met in Beijing.

By Jane Doe
Published 16 September 2025, 10:32 CEST
Updated 16 September 2025, 12:00 CEST

The governments agreed on Tuesday to enhance their military cooperation.
"""


@pytest.mark.parametrize(
    ("published", "modified"),
    [
        ("2025-09-16T10:32:00+02:00", "2025-09-16T12:00:00+02:00"),
        ("2025-09-16T10:32:00+02:00", "2025-09-16T10:32:00+02:00"),
        ("2025-09-16T12:00:00+02:00", "2025-09-16T10:00:00Z"),  # the same instant
        ("2025-09-16T12:00:00+02:00", "2025-09-16T11:00:00+00:00"),  # later, in another zone
        ("2025-09-16", "2025-09-16T08:00:00+02:00"),  # the same day
        ("2025-09-16T23:00:00", "2025-09-16T01:00:00+02:00"),  # zoneless: compared by day
        ("2025-09-16T10:32:00+02:00", "not a date"),
    ],
    ids=["later", "equal", "same-instant", "later-other-zone", "date-and-time-same-day",
         "zoneless-same-day", "invalid"],
)
def test_modified_not_before_published(published: str, modified: str) -> None:
    assert keys(lint_json(article(datePublished=published, dateModified=modified)), RULE) == set()


def test_only_one_date() -> None:
    assert keys(lint_json(article(dateModified=None)), RULE) == set()
    assert keys(lint_json(article(datePublished=None)), RULE) == set()


def test_text_article_updated_after_published() -> None:
    assert keys(lint_article(TEXT), RULE) == set()


@pytest.mark.parametrize(
    ("published", "modified"),
    [
        ("2025-09-16T12:00:00+02:00", "2025-09-16T10:32:00+02:00"),  # swapped
        ("2025-09-16T10:00:00Z", "2025-09-16T11:00:00+02:00"),  # 09:00 UTC: earlier, despite the clock
        ("2025-09-16", "2025-09-15T23:00:00+02:00"),
        ("2025-09-16T10:32:00+02:00", "2025-09-15"),
    ],
    ids=["swapped", "earlier-by-offset", "date-then-earlier-date-time", "earlier-day"],
)
def test_modified_before_published(published: str, modified: str) -> None:
    text = dump(article(datePublished=published, dateModified=modified))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"dateModified"'), "$.dateModified")}


def test_article_in_a_graph() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "url": "https://example.com"},
        article(**{"@context": None}, datePublished="2025-09-17T10:00:00+02:00"),
    ]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"dateModified"'), "$.@graph[1].dateModified")}


def test_text_article_updated_before_published() -> None:
    text = TEXT.replace("Updated 16 September 2025", "Updated 15 September 2025")
    assert keys(lint_article(text), RULE) == {(RULE, line_of(text, "Updated"), "$.@graph[0].dateModified")}
