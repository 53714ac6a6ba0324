"""Reading dates as newsrooms write them into ISO 8601.

Month and weekday names come from :mod:`linter.lexicon` (English, Spanish, German, French,
Portuguese, Italian, Dutch); numeric forms are read where they name one day only:
``25.01.2022`` (day, month, year: the dotted form is never month-first), ``2023.11.02.``,
``2023/11/02``, ``2023年11月2日``, ``2023년 11월 2일``, ``03.05.13`` (the dotted form with a
two-digit year, in the century that does not put it in the future), and ``08/08/2017`` or ``25/01/2022``
(the same day read either way round). ``02/01/2025`` is not read: 2 January or 1 February.

Only what the text states is used: a date without a time stays a date, a time
without a zone stays without an offset (unless the caller passes the site's
configured timezone, which the result then reports as assumed). Ambiguous zone
abbreviations (``IST``, ``CST``, ``AST``), zones newslint does not know, and
numeric dates such as ``02/01/2025`` are not resolved: they could mean two
different instants. The whole text must be the date: prose that merely starts
with one (``3 March 2025 was a Monday``) is not a date line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

from linter.lexicon import MONTHS, SHORT_WEEKDAYS, WEEKDAYS
from linter.patterns import lazy

_MONTHS = MONTHS
# A weekday that contradicts the date makes the text unreadable without guessing which of
# the two is wrong.
_WEEKDAYS = WEEKDAYS

# Fixed-offset abbreviations (hours east of UTC). Ambiguous ones are absent on
# purpose; see _AMBIGUOUS.
_FIXED_ZONES = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "west": 1, "bst": 1, "cet": 1, "cest": 2,
    "met": 1, "mest": 2, "eet": 2, "eest": 3, "msk": 3, "est": -5, "edt": -4,
    "mst": -7, "mdt": -6, "pst": -8, "pdt": -7, "akst": -9, "akdt": -8,
    "hst": -10, "jst": 9, "kst": 9, "hkt": 8, "sgt": 8, "awst": 8, "acst": 9.5,
    "acdt": 10.5, "aest": 10, "aedt": 11, "nzst": 12, "nzdt": 13, "art": -3,
    "brt": -3, "clt": -4, "clst": -3, "cot": -5, "pet": -5, "vet": -4,
    "bot": -4, "pyt": -4, "uyt": -3,
}
# Zones whose offset depends on the date (daylight saving): IANA names.
# "Hora de Cuba" is not a fixed UTC-5: Cuba keeps daylight saving time.
_NAMED_ZONES = {
    "et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver",
    "pt": "America/Los_Angeles", "uk": "Europe/London",
    "hora de cuba": "America/Havana", "hora peninsular": "Europe/Madrid",
    "hora canaria": "Atlantic/Canary",
}
# IST: India / Israel / Irish; CST: US Central / China / Cuba; AST: Atlantic /
# Arabia; CDT: US Central daylight / Cuba daylight; ECT: Ecuador / Eastern Caribbean.
_AMBIGUOUS = {"ist", "cst", "ast", "cdt", "ect"}

_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))

_DAY_MONTH_YEAR = lazy(
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|º|°|er|\.)?\s*(?:de\s+|di\s+)?(?P<month>{_MONTH_RE})\.?,?"
    rf"\s*(?:de\s+|del\s+)?(?P<year>\d{{4}})(?!\d)",
    re.I,
)
_MONTH_DAY_YEAR = lazy(
    rf"(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})(?!\d)",
    re.I,
)
# Numeric forms naming one day only (see the module's docstring).
_DOTTED = lazy(r"(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4}|\d{2})(?![\d.]\d)")
_YEAR_FIRST = lazy(r"(?P<year>\d{4})(?P<sep>[./])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)\.?")
_CJK = lazy(r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]?")
_SLASHED = lazy(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})(?!\d)")
# The extended ISO form only (hyphens required): a bare "20250102" is as likely
# a reference number as a date.
_ISO = lazy(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?)?"
    r"(?![\d:])",
    re.I,
)
# "18:05", "6.05pm", "14h10", "a las 14:10 horas", and an hour alone only when
# a 12-hour marker makes it a time ("4 p.m."), never a bare number.
_TIME = lazy(
    r"[\s,;|·–—-]*(?:(?:at|a\s+las|a\s+la|alle|um|à|às|om|kl\.?)\s+)?"
    r"(?:(?P<meridiem>오전|오후|午前|午後|上午|下午)\s*)?"
    r"(?:(?P<hour>\d{1,2})(?:[:.h]|時|시\s*)(?P<minute>\d{2})(?:分|분)?(?::(?P<second>\d{2}))?"
    r"|(?P<bare_hour>\d{1,2})(?=\s*(?:a\.?\s?m\b|p\.?\s?m\b)))"
    r"\s*(?:(?P<ampm>a\.?\s?m\b\.?|p\.?\s?m\b\.?)"
    r"|(?P<period>de\s+la\s+(?:mañana|madrugada|tarde|noche)))?"
    r"(?:\s*(?:h|hrs?|horas|uhr)\b\.?)?",
    re.I,
)
# A sign: ASCII plus, ASCII hyphen-minus, or the Unicode minus sign (U+2212).
# Spelled out so no "+-−" character range sneaks into a class.
_SIGN = r"[+\-\u2212]"
_ZONE = lazy(
    r"[\s,]*[(\[]?\s*(?:"
    rf"(?P<gmt>gmt|utc)(?:\s*(?P<gmtoff>{_SIGN}\s*\d{{1,2}}(?::?\d{{2}})?))?"
    rf"|(?P<offset>{_SIGN}\d{{2}}(?::?\d{{2}})?)"
    r"|(?P<phrase>hora\s+(?:de\s+|del\s+)?[a-záéíóú]+|local\s+time)"
    r"|(?P<abbr>[a-z]{1,5})"
    r")\s*[)\]]?(?=$|[\s.,;|])",
    re.I,
)
_WEEKDAY_PREFIX = lazy(rf"^\s*(?P<weekday>{_WEEKDAY_RE})(?P<stop>\.?,?)\s+", re.I)
_DATE_START = lazy(rf"^(?:\d|(?:{_MONTH_RE}|{_WEEKDAY_RE})\b)", re.I)
#: Where a date may start inside a longer text: a digit or a month or weekday name, after a
#: boundary.
_CANDIDATE = lazy(rf"(?<![\w.])(?:\d|(?:{_MONTH_RE}|{_WEEKDAY_RE})\b)", re.I)
# What may follow a complete date: closing punctuation, nothing else.
_TRAILER = lazy(r"^[\s.,;)\]]*$")


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date read from text. ``iso`` is ISO 8601 (with offset when known).

    ``assumed_timezone``: the configured site timezone that gave the offset.
    ``ambiguous_zone``: the zone as written when it names no single offset
    (``IST``, an abbreviation newslint does not know, a wall time that the
    zone's clocks went through twice); ``iso`` then has no offset.
    """

    iso: str
    has_time: bool
    has_offset: bool
    assumed_timezone: str | None = None
    ambiguous_zone: str | None = None


def parse_date(text: str, *, default_timezone: str | None = None) -> ParsedDate | None:
    """Read ``text`` as one date (and time and zone, when given).

    Returns ``None`` when the text is not wholly a date newslint can read
    without guessing: prose, an impossible day, a weekday that contradicts
    the date, a local time that does not exist in the stated zone.
    """
    s = text.strip()
    if not s or len(s) > 200:
        return None
    found = _read(s, default_timezone, whole=True)
    if found is None:
        return None
    parsed, end = found
    return parsed if _TRAILER.match(s[end:]) else None


def date_at_start(text: str, *, default_timezone: str | None = None) -> tuple[ParsedDate, int] | None:
    """The date ``text`` opens with (after spaces), and where it ends; ``None`` if it opens otherwise.

    What follows the date does not matter ("25.01.2022 | 3 Kommentare"): for a date read after
    its label.
    """
    stripped = text.lstrip()
    found = _read(stripped[:200], default_timezone, whole=False)
    if found is None:
        return None
    return found[0], found[1] + len(text) - len(stripped)


def dates_in(text: str, *, limit: int = 8) -> list[tuple[ParsedDate, int, int]]:
    """The dates found in ``text`` (at most ``limit``), each with its start and end, left to right."""
    out: list[tuple[ParsedDate, int, int]] = []
    pos = 0
    while len(out) < limit:
        m = _CANDIDATE.search(text, pos)
        if m is None:
            break
        found = _read(text[m.start():m.start() + 120], None, whole=False)
        if found is None:
            pos = m.end()
            continue
        out.append((found[0], m.start(), m.start() + found[1]))
        pos = m.start() + found[1]
    return out


def _read(s: str, default_timezone: str | None, *, whole: bool) -> tuple[ParsedDate, int] | None:
    """A date (time, zone) at the start of ``s``, and where it ends (spaces after it not included)."""
    found = _read_spaced(s, default_timezone, whole=whole)
    if found is None:
        return None
    parsed, end = found
    while end and s[end - 1].isspace():
        end -= 1
    return parsed, end


def _read_spaced(s: str, default_timezone: str | None, *, whole: bool) -> tuple[ParsedDate, int] | None:
    iso = _ISO.match(s)
    if iso:
        day = _day(int(iso["year"]), int(iso["month"]), int(iso["day"]))
        if day is None:
            return None
        if iso["hour"] is None:
            return _rest(day, s, iso.end(), default_timezone, whole)
        clock = (int(iso["hour"]), int(iso["minute"]), int(iso["second"] or 0))
        return _with_time(day, clock, s, iso.end(), default_timezone, whole)

    weekday = None
    offset = 0
    if (w := _WEEKDAY_PREFIX.match(s)):
        name = w["weekday"]
        # "Di, 21. April": a two-letter German or Dutch abbreviation is a weekday only written
        # as one (capital, then a comma or a stop); "do" and "so" are words elsewhere.
        if name.lower() not in SHORT_WEEKDAYS or (name[0].isupper() and w["stop"]):
            weekday = _WEEKDAYS[name.lower()]
            offset = w.end()
    m = None
    day = None
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _YEAR_FIRST, _CJK, _DOTTED, _SLASHED):
        m = pattern.match(s, offset)
        if m is not None:
            day = _numeric_day(m)
            break
    if m is None or day is None or (weekday is not None and day.weekday() != weekday):
        return None
    return _rest(day, s, m.end(), default_timezone, whole)


def _numeric_day(m: re.Match[str]) -> date | None:
    groups = m.groupdict()
    year = int(m["year"])
    if "a" in groups:  # day and month either way round: read only when that is the same day
        a, b = int(m["a"]), int(m["b"])
        if a != b and a <= 12 and b <= 12:
            return None
        day, month = (a, b) if a > 12 or a == b else (b, a)
        return _day(year, month, day)
    if len(m["year"]) == 2:
        # "03.05.13": the dotted form with a two-digit year, read in the century that does not
        # put it in the future (dates on pages are of the past).
        year += 2000 if year <= date.today().year % 100 else 1900
    month_text = m["month"]
    number = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower()]
    return _day(year, number, int(m["day"]))


def _rest(day: date, s: str, end: int, default_timezone: str | None, whole: bool) -> tuple[ParsedDate, int] | None:
    """The date at ``s[:end]``, with the time that follows it if any."""
    t = _TIME.match(s, end)
    if not t:
        return ParsedDate(day.isoformat(), has_time=False, has_offset=False), end
    clock = _clock(t)
    if clock is None:
        # "3 March 2025, 13:05 pm": a time that cannot be is no date to read, in a date line;
        # in running text the date stands on its own.
        return None if whole else (ParsedDate(day.isoformat(), has_time=False, has_offset=False), end)
    return _with_time(day, clock, s, t.end(), default_timezone, whole)


def starts_like_date(text: str) -> bool:
    """Whether ``text`` opens the way a written date does: a digit, a month or a weekday.

    Lets a reader keep a labelled date it cannot read (``Updated: 02/01/2025``)
    as written, while ``Updated coverage of the storm`` stays prose.
    """
    return bool(_DATE_START.match(text.strip()))


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 31 February and friends
        return None


def _clock(t: re.Match[str]) -> tuple[int, int, int] | None:
    """(hour, minute, second) on a 24-hour clock, or ``None`` if impossible."""
    hour = int(t["hour"] if t["hour"] is not None else t["bare_hour"])
    minute, second = int(t["minute"] or 0), int(t["second"] or 0)
    if t["ampm"] or t["meridiem"]:
        if not 1 <= hour <= 12 or (t["ampm"] and t["meridiem"]):
            return None
        pm = (t["ampm"] or "").lower().startswith("p") or t["meridiem"] in ("오후", "午後", "下午")
        hour = hour % 12 + (12 if pm else 0)
    elif t["period"]:
        period_hour = _spanish_period(hour, t["period"].lower().split()[-1])
        if period_hour is None:
            return None
        hour = period_hour
    return hour, minute, second


def _spanish_period(hour: int, period: str) -> int | None:
    """``2`` + ``tarde`` -> 14. "de la mañana/madrugada" is before noon,
    "de la tarde/noche" after it; "12 de la tarde" is noon. "12 de la noche"
    and "12 de la mañana" are used for both midnight and noon: not read."""
    if not 1 <= hour <= 12:
        return None
    if hour == 12:
        return 12 if period == "tarde" else None
    return hour + 12 if period in ("tarde", "noche") else hour


def _with_time(day: date, clock: tuple[int, int, int], s: str, end: int, default_timezone: str | None,
               whole: bool) -> tuple[ParsedDate, int] | None:
    hour, minute, second = clock
    if hour > 23 or minute > 59 or second > 59:
        return None
    local = datetime(day.year, day.month, day.day, hour, minute, second)
    z = _ZONE.match(s, end)
    if z and z["abbr"] and not _is_zone_abbreviation(z["abbr"], known_only=not whole):
        z = None  # an ordinary word after the time ("18:05 in Brussels"), not a zone
    if z is None:
        return _assume(local, default_timezone), end
    end = z.end()
    tz = _zone(z)
    if tz is None:
        return None  # an impossible offset ("GMT+15")
    if isinstance(tz, str):
        # A zone is written but cannot be resolved: the site timezone must not
        # replace what the article states.
        return ParsedDate(local.isoformat(), has_time=True, has_offset=False, ambiguous_zone=tz), end
    aware = _localize(local, tz)
    if aware is None:
        return None  # a local time the zone skips (daylight saving gap)
    if aware is _REPEATED:
        written = z.group().strip(" ,()[]")
        return ParsedDate(local.isoformat(), has_time=True, has_offset=False, ambiguous_zone=written), end
    assert isinstance(aware, datetime)
    return ParsedDate(aware.isoformat(), has_time=True, has_offset=True), end


def _is_zone_abbreviation(word: str, *, known_only: bool = False) -> bool:
    """A known abbreviation in any case, or an unknown one written as zones are: in capitals.

    ``known_only``: in running text a word in capitals after a time is as likely a name as a zone.
    """
    low = word.lower()
    known = low in _FIXED_ZONES or low in _NAMED_ZONES or low in _AMBIGUOUS
    return known or (not known_only and word.isupper() and len(word) >= 2)


def _assume(local: datetime, default_timezone: str | None) -> ParsedDate:
    """A time the text gives without zone: the site timezone, if configured and unambiguous."""
    site = load_timezone(default_timezone) if default_timezone else None
    if site is not None:
        aware = _localize(local, site)
        if isinstance(aware, datetime):
            return ParsedDate(aware.isoformat(), has_time=True, has_offset=True,
                              assumed_timezone=default_timezone)
    return ParsedDate(local.isoformat(), has_time=True, has_offset=False)


#: What :func:`_localize` returns for a wall time that happens twice.
_REPEATED = object()


def _localize(local: datetime, tz: tzinfo) -> datetime | object | None:
    """``local`` in ``tz``; ``_REPEATED`` in a repeated hour, ``None`` in a skipped one."""
    first, second = local.replace(tzinfo=tz, fold=0), local.replace(tzinfo=tz, fold=1)
    if first.utcoffset() == second.utcoffset():
        return first
    # The offsets differ: the wall time happens either twice (clocks went back)
    # or never (clocks went forward). A real wall time survives a UTC round trip.
    back = first.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    return _REPEATED if back == local else None


def _zone(z: re.Match[str]) -> tzinfo | str | None:
    """The zone written after a time: a tzinfo; the zone as written when it is
    ambiguous or unknown; ``None`` when it is impossible."""
    if z["gmt"]:
        return _offset(z["gmtoff"]) if z["gmtoff"] else UTC
    if z["offset"]:
        return _offset(z["offset"])
    if z["phrase"]:
        phrase = re.sub(r"\s+", " ", z["phrase"].lower())
        named = load_timezone(_NAMED_ZONES[phrase]) if phrase in _NAMED_ZONES else None
        return named if named is not None else z["phrase"]
    abbr = z["abbr"].lower()
    if abbr in _FIXED_ZONES:
        return timezone(timedelta(hours=_FIXED_ZONES[abbr]))
    if abbr in _NAMED_ZONES:
        named = load_timezone(_NAMED_ZONES[abbr])
        if named is not None:
            return named
    return z["abbr"].upper()


def _offset(text: str) -> tzinfo | None:
    t = text.replace("−", "-").replace(" ", "")
    if t.upper() == "Z":
        return UTC
    m = re.fullmatch(r"([+-])(\d{1,2})(?::?(\d{2}))?", t)
    if not m:
        return None
    hours, minutes = int(m[2]), int(m[3] or 0)
    if hours > 14 or minutes > 59:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if m[1] == "-" else delta)


def load_timezone(name: str) -> tzinfo | None:
    """An IANA timezone by name, or ``None`` when this machine does not know it."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


#: What a JSON-LD date or date-time (``datePublished``, ``dateModified``) may be: the one
#: definition, which ``schemas/news-article.schema.json`` repeats as the ``pattern`` of its
#: ``date`` (``tests/test_iso_dates.py`` holds the two equal) and :func:`parse_iso` reads by.
#:
#: ISO 8601's extended calendar date, optionally with ``T``, hours and minutes, optionally
#: seconds and a fraction (``.`` or ``,``: ISO 8601 prefers the comma), and optionally ``Z`` or
#: an offset. Decisions where ISO 8601, RFC 3339 and schema.org leave room (see the test's table):
#: a real day (no 30 February; 29 February in leap years), no year 0000 (no calendar day);
#: hours 00-23 (no ``24:00``, no leap second ``:60``: Python's datetime cannot hold them and
#: Google's docs show neither); an offset with or without its colon (``+0200`` is what PHP's
#: ``DATE_ISO8601`` writes and Google reads), hours up to 23 as RFC 3339 allows; upper-case ``T``
#: and ``Z`` only, no space for ``T``, no bare ``+02`` offset. ASCII digits only (Python's
#: ``\d`` also matches ``٢``), and nothing after the value, not even a newline (Python's ``$``
#: alone allows one): written so ECMAScript and Python regular expressions read it alike.
ISO_DATE_TIME_PATTERN = (
    r"^(?!0000)([0-9]{4}-(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|[0-9]{4}-(0[469]|11)-(0[1-9]|[12][0-9]|30)"
    r"|[0-9]{4}-02-(0[1-9]|1[0-9]|2[0-8])|([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29)"
    r"(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.,][0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])?)?$(?!\n)"
)
_ISO_DATE_TIME = lazy(ISO_DATE_TIME_PATTERN)
# The parts of a value :data:`ISO_DATE_TIME_PATTERN` has accepted (this only splits them).
_ISO_PARTS = lazy(
    r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))?)?"
)


def parse_iso(value: str) -> datetime | date | None:
    """A JSON-LD date or date-time (:data:`ISO_DATE_TIME_PATTERN`) as a ``date`` or ``datetime``, or ``None``.

    Exactly the values the schema's ``invalid-date`` accepts are read; nothing around the
    value (spaces, a newline) is. A date-time without an offset comes back naive (callers decide
    what that means). A fraction of a second is kept to the microsecond, so ``10:00:00,5`` comes
    before ``10:00:00,9``.
    """
    if not isinstance(value, str):
        return None
    if len(value) > 64:  # no date-time is that long: not worth remembering
        return _parse_iso(value)
    # Remembered: several rules read the same few dates of a page (dates are immutable).
    try:
        return _PARSED_ISO[value]
    except KeyError:
        pass
    if len(_PARSED_ISO) >= _MAX_REMEMBERED:
        _PARSED_ISO.clear()
    parsed = _PARSED_ISO[value] = _parse_iso(value)
    return parsed


#: Most values :func:`parse_iso` remembers (then it starts over).
_MAX_REMEMBERED = 4096
_PARSED_ISO: dict[str, datetime | date | None] = {}


def _parse_iso(value: str) -> datetime | date | None:
    if _ISO_DATE_TIME.search(value) is None:
        return None
    m = _ISO_PARTS.match(value)
    assert m is not None
    year, month, day, hour, minute, second, fraction, zulu, sign, off_h, off_m = m.groups()
    if hour is None:
        return date(int(year), int(month), int(day))
    tz = None
    if zulu:
        tz = UTC
    elif sign:
        delta = timedelta(hours=int(off_h), minutes=int(off_m))
        tz = timezone(-delta if sign == "-" else delta)
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0), micro, tzinfo=tz)


def same_date(a: date | datetime, b: date | datetime) -> bool:
    """The same instant (to the minute) when both carry an offset, else the same calendar day as
    written. Pages show minutes; the markup's seconds do not make another time.

    How ``date-published-mismatch`` holds the markup's date against the page's, and how the fix
    that copies the page's date into the markup checks it would agree.
    """
    if isinstance(a, datetime) and isinstance(b, datetime) and a.tzinfo is not None and b.tzinfo is not None:
        return a.replace(second=0, microsecond=0) == b.replace(second=0, microsecond=0)
    day_a = a.date() if isinstance(a, datetime) else a
    day_b = b.date() if isinstance(b, datetime) else b
    return day_a == day_b


def earlier(a: date | datetime, b: date | datetime) -> bool:
    """``a < b`` where that can be told: mixed date/date-time, or naive and aware date-times,
    compare by day. How ``date-modified-before-published`` orders an article's dates."""
    if isinstance(a, datetime) and isinstance(b, datetime):
        if (a.tzinfo is None) != (b.tzinfo is None):
            return a.date() < b.date()
        return a < b
    a_day = a.date() if isinstance(a, datetime) else a
    b_day = b.date() if isinstance(b, datetime) else b
    return a_day < b_day
