"""invalid-value: malformed dates, times, numbers and booleans."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import article, keys, lint_json

RULE = "invalid-value"
EVENT = {"@context": "https://schema.org", "@type": "Event", "name": "Rinse"}


def test_well_formed_values() -> None:
    doc = {**EVENT, "startDate": "2026-01-22T20:00:00-05:00", "endDate": "2026-01-22",
           "doorTime": "19:30", "isAccessibleForFree": True, "maximumAttendeeCapacity": 120,
           "offers": {"@type": "Offer", "price": "35", "priceCurrency": "CAD", "validFrom": "20250612T1000Z"},
           "organizer": {"@type": "Organization", "name": "NAC", "foundingDate": 1969,
                         "numberOfEmployees": {"@type": "QuantitativeValue", "value": 1200}}}
    assert keys(lint_json(doc), RULE) == set()


@pytest.mark.parametrize("value", [True, "True", "False", "false", "https://schema.org/False", "schema:True"])
def test_booleans(value: object) -> None:
    assert keys(lint_json(article(isAccessibleForFree=value)), RULE) == set()


@pytest.mark.parametrize("value", ["2026", "2026-01", "2026-01-22", "2026-01-22T20:00", "20260122T2000+0100"])
def test_iso_8601_dates(value: str) -> None:
    assert keys(lint_json({**EVENT, "startDate": value}), RULE) == set()


@pytest.mark.parametrize(("prop", "value"), [
    ("startDate", "next Friday, 8pm"),
    ("startDate", "2026-01-22 20:00:00"),
    ("startDate", "Thu, 22 Jan 2026 20:00:00 -0500"),
    ("startDate", "2026-02-30"),
    ("startDate", 20260122.5),
    ("doorTime", "7.30pm"),
    ("isAccessibleForFree", "yes"),
    ("isAccessibleForFree", 1),
    ("maximumAttendeeCapacity", "about 120"),
    ("maximumAttendeeCapacity", 12.5),
    ("maximumAttendeeCapacity", "1,200"),
])
def test_malformed_values(prop: str, value: object) -> None:
    text = dump({**EVENT, prop: value})
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, f'"{prop}"'), f"$.{prop}")}


def test_value_objects_and_lists() -> None:
    doc = article(wordCount={"@value": "many"}, author=[{
        "@type": "Person", "name": "Jane Doe", "url": "https://example.com/staff/jane",
        "birthDate": ["1970-01-01", "the seventies"]}])
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"many"'), "$.wordCount.@value"),
        (RULE, line_of(text, '"the seventies"'), "$.author[0].birthDate[1]"),
    }


def test_article_dates_are_left_to_invalid_date() -> None:
    text = dump(article(datePublished="yesterday", dateModified="today", dateCreated="last week"))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"dateCreated"'), "$.dateCreated")}
    assert {("invalid-date", line_of(text, '"datePublished"'), "$.datePublished"),
            ("invalid-date", line_of(text, '"dateModified"'), "$.dateModified")} <= keys(findings)


def test_properties_that_take_text_too() -> None:
    doc = {"@context": "https://schema.org", "@type": "Offer", "price": "about 35", "name": "Ticket",
           "priceSpecification": {"@type": "PriceSpecification", "price": "free"}}
    assert keys(lint_json(doc), RULE) == set()
