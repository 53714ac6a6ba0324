"""One ISO 8601 definition: the schema's ``invalid-date`` pattern and :func:`linter.dates.parse_iso` agree.

The decisions, value by value (ISO 8601-1:2019, RFC 3339 section 5.6, schema.org Date/DateTime,
Google's publication-date docs):

=================================  =======  ====================================================
value                              valid?   why
=================================  =======  ====================================================
2024-03-01                         yes      a calendar date (schema.org Date)
2024-03-01T10:00Z                  yes      ISO 8601 allows leaving out seconds (RFC 3339 not)
2024-03-01T10:00:00+02:00          yes      RFC 3339 / Google's own examples
2024-03-01T10:00:00,5+02:00        yes      ISO 8601's preferred decimal sign is the comma
2024-03-01T10:00:00.123456789Z     yes      any number of fraction digits (kept to the µs)
2024-03-01T10:00:00+0200           yes      mixes basic and extended forms, which strict ISO
                                            8601 does not; PHP's DATE_ISO8601 writes it and
                                            Google reads it, so refusing it would only be noise
2024-03-01T10:00:00-00:00          yes      RFC 3339's "offset unknown", read as UTC
2024-03-01T10:00:00+23:59          yes      RFC 3339's offset grammar (hours 00-23)
2024-02-29                         yes      a leap year
2000-02-29                         yes      divisible by 400
2024-03-01T24:00:00Z               no       RFC 3339 has no hour 24; ISO 8601-1:2019 keeps it
                                            only for the end of a day; Python cannot hold it
2024-03-01T23:59:60Z               no       a leap second: no datetime holds it
2024-3-1                           no       extended form needs two-digit month and day
2024-02-30, 2023-02-29, 1900-02-29 no       no such day
0000-01-01                         no       year 0 is no day any consumer reads
01/03/2024                         no       not ISO 8601 (and ambiguous)
2024-03-01T25:00Z                  no       no hour 25
2024-03-01 10:00                   no       RFC 3339 lets applications use a space for T;
                                            ISO 8601 and schema.org do not (and it has no zone)
2024-03-01t10:00:00z               no       lower-case t/z: RFC 3339 allows, ISO 8601 not
2024-03-01T10:00:00+02             no       an hour-only offset: ISO 8601 allows, RFC 3339 not
2024-03-01T10:00:00+24:00          no       no such offset
 2024-03-01, 2024-03-01\\n          no       the value is the date, nothing around it
٢٠٢٤-03-01                         no       ASCII digits only
20240301T100000Z                   no       the basic form (pages are read in it, JSON-LD not)
=================================  =======  ====================================================
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from linter import lint_text
from linter.dates import ISO_DATE_TIME_PATTERN, parse_iso

SCHEMA = Path(__file__).resolve().parent.parent / "schemas" / "news-article.schema.json"

VALID = [
    "2024-03-01", "2024-03-01T10:00Z", "2024-03-01T10:00:00+02:00", "2024-03-01T10:00:00,5+02:00",
    "2024-03-01T10:00:00.123456789Z", "2024-03-01T10:00:00+0200", "2024-03-01T10:00:00-00:00",
    "2024-03-01T10:00:00+23:59", "2024-02-29", "2000-02-29", "2024-03-01T10:00", "2024-12-31T23:59:59.9-11:30",
]
INVALID = [
    "2024-03-01T24:00:00Z", "2024-03-01T23:59:60Z", "2024-3-1", "2024-02-30", "2023-02-29", "1900-02-29",
    "0000-01-01", "0000-02-29", "01/03/2024", "2024-03-01T25:00Z", "2024-03-01 10:00", "2024-03-01t10:00:00z",
    "2024-03-01T10:00:00+02", "2024-03-01T10:00:00+24:00", " 2024-03-01", "2024-03-01 ", "2024-03-01\n",
    "\u0662\u0660\u0662\u0664-03-01", "20240301T100000Z", "2024-03-01T10:00:00.Z", "2024-03-01T10Z", "",
]


def _schema_pattern() -> str:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))["$defs"]["date"]["allOf"][0]["pattern"]


def test_the_schema_states_the_one_definition():
    assert _schema_pattern() == ISO_DATE_TIME_PATTERN


@pytest.mark.parametrize(("value", "valid"), [(v, True) for v in VALID] + [(v, False) for v in INVALID])
def test_schema_pattern_and_parser_agree(value, valid):
    pattern = _schema_pattern()
    # re.search is how the validator applies a JSON Schema "pattern"; fullmatch is the intent.
    assert (re.search(pattern, value) is not None) is valid
    assert (re.fullmatch(pattern, value) is not None) is valid
    assert (parse_iso(value) is not None) is valid


def test_a_fraction_of_a_second_is_kept():
    assert parse_iso("2024-03-01T10:00:00,5+02:00") < parse_iso("2024-03-01T10:00:00.9+02:00")
    assert parse_iso("2024-03-01T10:00:00.123456789Z").microsecond == 123456


def test_date_modified_with_a_comma_fraction_before_published():
    doc = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Storm hits the coast",
           "datePublished": "2024-03-01T10:00:00,9+02:00", "dateModified": "2024-03-01T10:00:00,5+02:00"}
    findings = lint_text(json.dumps(doc), path="a.jsonld")
    rules = {f.rule for f in findings}
    assert "date-modified-before-published" in rules
    assert "invalid-date" not in rules


def test_a_later_comma_fraction_is_no_finding():
    doc = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Storm hits the coast",
           "datePublished": "2024-03-01T10:00:00,5+02:00", "dateModified": "2024-03-01T10:00:00,9+02:00"}
    assert "date-modified-before-published" not in {f.rule for f in lint_text(json.dumps(doc), path="a.jsonld")}


def test_dates_read_on_pages_stay_to_the_second():
    from linter.readers.page.dates import to_iso

    assert to_iso("2024-03-01T10:00:00.123Z") == "2024-03-01T10:00:00+00:00"
    assert isinstance(parse_iso("2024-03-01T10:00:00.123Z"), datetime)
