"""Reading dates as newsrooms write them: only what the text states, never a guess."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from linter.dates import ParsedDate, date_at_start, dates_in, parse_date, parse_iso, starts_like_date


def iso(text: str, **kw) -> str | None:
    parsed = parse_date(text, **kw)
    return parsed.iso if parsed else None


@pytest.mark.parametrize(("text", "expected"), [
    # English
    ("3 March 2025", "2025-03-03"),
    ("3rd March 2025", "2025-03-03"),
    ("March 3, 2025", "2025-03-03"),
    ("Mar. 3, 2025", "2025-03-03"),
    ("Sept. 16, 2025", "2025-09-16"),
    ("Monday, 3 March 2025", "2025-03-03"),
    ("Mon 3 March 2025.", "2025-03-03"),
    # Spanish
    ("2 de enero de 2025", "2025-01-02"),
    ("2 de enero del 2025", "2025-01-02"),
    ("1º de mayo de 2025", "2025-05-01"),
    ("16 sept. 2025", "2025-09-16"),
    ("jueves, 2 de enero de 2025", "2025-01-02"),
    ("Miércoles 1 de enero de 2025", "2025-01-01"),
    ("enero 2, 2025", "2025-01-02"),
])
def test_human_dates_without_time(text, expected):
    assert parse_date(text) == ParsedDate(expected, has_time=False, has_offset=False)


@pytest.mark.parametrize(("text", "expected"), [
    ("3 March 2025, 18:05", "2025-03-03T18:05:00"),
    ("3 March 2025 18.05", "2025-03-03T18:05:00"),
    ("3 March 2025 at 18:05:30", "2025-03-03T18:05:30"),
    ("2 de enero de 2025, 14:10", "2025-01-02T14:10:00"),
    ("2 de enero de 2025 a las 14:10 horas", "2025-01-02T14:10:00"),
    ("2 de enero de 2025 - 14h10", "2025-01-02T14:10:00"),
])
def test_time_without_zone_has_no_offset(text, expected):
    assert parse_date(text) == ParsedDate(expected, has_time=True, has_offset=False)


@pytest.mark.parametrize(("text", "expected"), [
    ("March 3, 2025, 6:05 pm", "2025-03-03T18:05:00"),
    ("March 3, 2025, 6:05 p.m.", "2025-03-03T18:05:00"),
    ("3 March 2025, 6.05pm", "2025-03-03T18:05:00"),
    ("3 March 2025, 9:15 am", "2025-03-03T09:15:00"),
    ("3 March 2025, 12:30 a.m.", "2025-03-03T00:30:00"),
    ("3 March 2025, 12:30 p.m.", "2025-03-03T12:30:00"),
    ("June 20, 2025, 4 p.m.", "2025-06-20T16:00:00"),
    ("2 de enero de 2025, 2:10 de la tarde", "2025-01-02T14:10:00"),
    ("2 de enero de 2025, 9:30 de la mañana", "2025-01-02T09:30:00"),
    ("2 de enero de 2025, 10:00 de la noche", "2025-01-02T22:00:00"),
    ("2 de enero de 2025, 12:15 de la tarde", "2025-01-02T12:15:00"),
])
def test_twelve_hour_clocks(text, expected):
    assert iso(text) == expected


@pytest.mark.parametrize("text", [
    "3 March 2025, 13:05 pm",  # contradictory
    "3 March 2025, 0:30 am",
    "3 March 2025, 25:00",
    "3 March 2025, 18:75",
    "2 de enero de 2025, 12:00 de la noche",  # midnight or noon: not read
])
def test_impossible_times(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("3 March 2025, 18:05 CET", "2025-03-03T18:05:00+01:00"),
    ("3 July 2025, 18:05 CEST", "2025-07-03T18:05:00+02:00"),
    ("3 March 2025, 18:05 EST", "2025-03-03T18:05:00-05:00"),
    ("3 March 2025, 6:05 pm ET", "2025-03-03T18:05:00-05:00"),   # Eastern, winter
    ("3 July 2025, 6:05 pm ET", "2025-07-03T18:05:00-04:00"),    # Eastern, daylight saving
    ("June 20, 2025 at 4:30 p.m. ET", "2025-06-20T16:30:00-04:00"),
    ("2 de enero de 2025, 14:10 (GMT-5)", "2025-01-02T14:10:00-05:00"),
    ("3 March 2025, 18:05 UTC+2", "2025-03-03T18:05:00+02:00"),
    ("3 March 2025, 18:05 UTC−5", "2025-03-03T18:05:00-05:00"),  # Unicode minus sign
    ("3 March 2025, 18:05 GMT+05:30", "2025-03-03T18:05:00+05:30"),
    ("3 March 2025, 18:05 +0100", "2025-03-03T18:05:00+01:00"),
    ("3 March 2025, 18:05 -03:00", "2025-03-03T18:05:00-03:00"),
    ("3 March 2025, 18:05 GMT", "2025-03-03T18:05:00+00:00"),
    ("3 March 2025, 18:05 (UTC)", "2025-03-03T18:05:00+00:00"),
    ("3 March 2025, 18:05 cet", "2025-03-03T18:05:00+01:00"),
    ("15 de enero de 2025, 10:20 (hora de Cuba)", "2025-01-15T10:20:00-05:00"),
    ("15 de abril de 2025, 10:20 (hora de Cuba)", "2025-04-15T10:20:00-04:00"),  # Cuba's summer time
    ("15 de julio de 2025, 10:20 hora peninsular", "2025-07-15T10:20:00+02:00"),
])
def test_named_zones_and_offsets(text, expected):
    parsed = parse_date(text)
    assert parsed == ParsedDate(expected, has_time=True, has_offset=True)


@pytest.mark.parametrize(("text", "zone"), [
    ("3 March 2025, 18:05 IST", "IST"),   # India, Israel or Ireland
    ("3 March 2025, 18:05 CST", "CST"),   # US Central, China or Cuba
    ("3 March 2025, 18:05 AST", "AST"),   # Atlantic or Arabia
    ("3 July 2025, 18:05 CDT", "CDT"),    # US Central or Cuba daylight time
    ("3 March 2025, 18:05 HAEC", "HAEC"),  # not a zone newslint knows
    ("2 de enero de 2025, 10:20 (hora local)", "hora local"),
])
def test_ambiguous_or_unknown_zones_get_no_offset(text, zone):
    for default in (None, "Europe/Madrid"):
        parsed = parse_date(text, default_timezone=default)
        assert parsed is not None
        assert parsed.has_offset is False and parsed.assumed_timezone is None
        assert parsed.ambiguous_zone == zone
        assert "+" not in parsed.iso[10:] and "-" not in parsed.iso[10:]


def test_default_timezone_is_assumed_and_said_so():
    parsed = parse_date("3 July 2025, 18:05", default_timezone="Europe/Madrid")
    assert parsed == ParsedDate("2025-07-03T18:05:00+02:00", has_time=True, has_offset=True,
                                assumed_timezone="Europe/Madrid")
    winter = parse_date("3 January 2025, 18:05", default_timezone="Europe/Madrid")
    assert winter.iso == "2025-01-03T18:05:00+01:00" and winter.assumed_timezone == "Europe/Madrid"


def test_default_timezone_never_replaces_a_stated_zone():
    parsed = parse_date("3 July 2025, 18:05 ET", default_timezone="Europe/Madrid")
    assert parsed == ParsedDate("2025-07-03T18:05:00-04:00", has_time=True, has_offset=True)


def test_default_timezone_is_not_applied_to_a_date_without_time():
    assert parse_date("3 July 2025", default_timezone="Europe/Madrid") == \
        ParsedDate("2025-07-03", has_time=False, has_offset=False)


def test_unknown_default_timezone_is_ignored():
    assert parse_date("3 July 2025, 18:05", default_timezone="Mars/Olympus") == \
        ParsedDate("2025-07-03T18:05:00", has_time=True, has_offset=False)


def test_daylight_saving_fold_is_ambiguous():
    # 1:30 am on 2 November 2025 happened twice in New York.
    parsed = parse_date("2 November 2025, 1:30 am ET")
    assert parsed == ParsedDate("2025-11-02T01:30:00", has_time=True, has_offset=False, ambiguous_zone="ET")
    # The same with the site timezone: not assumed either.
    parsed = parse_date("26 October 2025, 2:30", default_timezone="Europe/Madrid")
    assert parsed == ParsedDate("2025-10-26T02:30:00", has_time=True, has_offset=False)


def test_daylight_saving_gap_does_not_exist():
    # Clocks went from 2:00 to 3:00 on 9 March 2025 in New York.
    assert parse_date("9 March 2025, 2:30 am ET") is None


@pytest.mark.parametrize("text", [
    "31 February 2025",
    "30 de febrero de 2025",
    "29 February 2025",          # not a leap year
    "32 March 2025",
    "Tuesday, 3 March 2025",     # 3 March 2025 was a Monday
    "3 March 2025, 18:05 GMT+15",  # no such offset
])
def test_impossible_dates(text):
    assert parse_date(text) is None


def test_leap_day():
    assert iso("29 February 2024") == "2024-02-29"


@pytest.mark.parametrize("text", [
    "",
    "yesterday",
    "The storm hit on Monday",
    "It happened on 3 March 2025",
    "3 March 2025 was a Monday",
    "3 March 2025, 18:05 in Brussels",
    "3 hours ago",
    "March 2025",               # no day: not guessed
    "3 March",                  # no year: not guessed
    "02/01/2025",               # 2 January or 1 February
    "20250102",                 # a number, not a date
    "3 March 2025, 18:05 UTC 5",
    "x" * 300,
])
def test_prose_and_partial_dates_are_not_dates(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-06-02", ParsedDate("2025-06-02", has_time=False, has_offset=False)),
    ("2025-06-02T14:30:00+03:00", ParsedDate("2025-06-02T14:30:00+03:00", has_time=True, has_offset=True)),
    ("2025-06-02T14:30:00.250+03:00", ParsedDate("2025-06-02T14:30:00+03:00", has_time=True, has_offset=True)),
    ("2025-06-02T18:45Z", ParsedDate("2025-06-02T18:45:00+00:00", has_time=True, has_offset=True)),
    ("2025-06-02 18:45 +0100", ParsedDate("2025-06-02T18:45:00+01:00", has_time=True, has_offset=True)),
    ("2025-06-02 18:45 CEST", ParsedDate("2025-06-02T18:45:00+02:00", has_time=True, has_offset=True)),
    ("2025-06-02T18:45", ParsedDate("2025-06-02T18:45:00", has_time=True, has_offset=False)),
])
def test_iso_dates_in_text(text, expected):
    assert parse_date(text) == expected


def test_iso_date_in_site_timezone():
    assert parse_date("2025-06-02T18:45", default_timezone="Europe/Madrid") == ParsedDate(
        "2025-06-02T18:45:00+02:00", has_time=True, has_offset=True, assumed_timezone="Europe/Madrid")


@pytest.mark.parametrize("text", ["2025-02-30", "2025-13-01", "2025-06-02T24:00", "2025-06-02T18:45+25:00"])
def test_impossible_iso_dates_in_text(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-03-03", date(2025, 3, 3)),
    ("2025-03-03T18:05:00+01:00", datetime(2025, 3, 3, 18, 5, tzinfo=timezone(timedelta(hours=1)))),
    ("2025-03-03T18:05:00-0500", datetime(2025, 3, 3, 18, 5, tzinfo=timezone(timedelta(hours=-5)))),
    ("2025-03-03T18:05:00Z", datetime(2025, 3, 3, 18, 5, tzinfo=UTC)),
    ("2025-03-03T18:05:00.123Z", datetime(2025, 3, 3, 18, 5, 0, 123000, tzinfo=UTC)),
    ("2025-03-03T18:05", datetime(2025, 3, 3, 18, 5)),  # naive: the caller decides
])
def test_parse_iso(value, expected):
    parsed = parse_iso(value)
    assert parsed == expected and type(parsed) is type(expected)
    if isinstance(expected, datetime):
        assert parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("value", [
    "2025-02-31", "2025-03-03T25:00:00Z", "2025-03-03T18:05:00+25:00", "3 March 2025",
    "2025-03-03T18:05:00 CET", "", "2025-3-3", 20250303, None,
    " 2025-03-03 ",  # as the schema's pattern: the value is the date, nothing around it

])
def test_parse_iso_rejects(value):
    assert parse_iso(value) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("02/01/2025", True), ("March 3", True), ("lunes 3", True),
    ("coverage of the storm", False), ("figures released", False),
])
def test_starts_like_date(text, expected):
    assert starts_like_date(text) is expected


# --- the languages of the lexicon, and numeric forms naming one day ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("19 FEB 2020 - 18:37 CET", "2020-02-19T18:37:00+01:00"),
    ("Di, 21. April 2020 - 16:40", "2020-04-21T16:40:00"),
    ("Mittwoch, 20. Februar 2019, 14:45 Uhr", "2019-02-20T14:45:00"),
    ("3. Dezember 2011", "2011-12-03"),
    ("21. Jan. 2015, 19:04", "2015-01-21T19:04:00"),
    ("25.01.2022", "2022-01-25"),
    ("29.04.2020, 12:01 Uhr", "2020-04-29T12:01:00"),
    ("jeudi 27 juin 2019", "2019-06-27"),
    ("1er mai 2019", "2019-05-01"),
    ("2 de janeiro de 2025 às 14h10", "2025-01-02T14:10:00"),
    ("13 settembre 2021", "2021-09-13"),
    ("4 maart 2025", "2025-03-04"),
    ("Juli 12, 2017", "2017-07-12"),
    ("2023.11.02. 오후 8:06", "2023-11-02T20:06:00"),
    ("2023.11.02. 오전 8:06", "2023-11-02T08:06:00"),
    ("2020年2月19日 20:29", "2020-02-19T20:29:00"),
    ("2023년 11월 2일", "2023-11-02"),
    ("2020/02/19", "2020-02-19"),
    ("08/08/2017", "2017-08-08"),  # the same day either way round
    ("25/01/2022", "2022-01-25"),  # only one way round is a date
    ("01/25/2022", "2022-01-25"),
])
def test_dates_in_the_lexicons_languages(text, expected):
    assert iso(text) == expected


@pytest.mark.parametrize("text", [
    "02/01/2025",  # 2 January or 1 February
    "1.2.3",
    "31.02.2022",
    "do 3 March 2025",  # "do" is a word, not Donnerstag, in lower case without a stop
    "Di, 22. April 2020",  # 22 April 2020 was a Wednesday
])
def test_numeric_and_short_forms_that_name_no_day(text):
    assert parse_date(text) is None


def test_dates_found_inside_text():
    found = [(d.iso, text[a:b]) for text in ["Von Christian am 03.05.2013, 11:51 | 0 Meinungen"]
             for d, a, b in dates_in(text)]
    assert found == [("2013-05-03T11:51:00", "03.05.2013, 11:51")]
    assert [d.iso for d, _, _ in dates_in("dpa am 25.01.2022 und 26.01.2022")] == ["2022-01-25", "2022-01-26"]
    assert dates_in("version 2.5.1 of 12 modules") == []


def test_a_date_opening_a_text():
    parsed, end = date_at_start("  19.02.2020 | 3 Kommentare")
    assert (parsed.iso, end) == ("2020-02-19", 12)
    assert date_at_start("Kommentare 19.02.2020") is None
