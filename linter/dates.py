"""Reading dates as newsrooms write them (English and Spanish) into ISO 8601.

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

from linter.patterns import lazy
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo

_MONTHS = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # Spanish
    "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4,
    "mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "ago": 8,
    "septiembre": 9, "setiembre": 9, "set": 9, "octubre": 10,
    "noviembre": 11, "diciembre": 12, "dic": 12,
}

# Weekday names (Monday = 0). A weekday that contradicts the date makes the
# text unreadable without guessing which of the two is wrong.
_WEEKDAYS = {
    "monday": 0, "mon": 0, "lunes": 0,
    "tuesday": 1, "tues": 1, "tue": 1, "martes": 1,
    "wednesday": 2, "wed": 2, "miércoles": 2, "miercoles": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "jueves": 3,
    "friday": 4, "fri": 4, "viernes": 4,
    "saturday": 5, "sat": 5, "sábado": 5, "sabado": 5,
    "sunday": 6, "sun": 6, "domingo": 6,
}

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
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|º|°)?\.?\s+(?:de\s+)?(?P<month>{_MONTH_RE})\.?,?"
    rf"\s+(?:de\s+|del\s+)?(?P<year>\d{{4}})\b",
    re.I,
)
_MONTH_DAY_YEAR = lazy(
    rf"(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b",
    re.I,
)
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
    r"^[\s,;|·–—-]*(?:(?:at|a\s+las|a\s+la|alle|um|à)\s+)?"
    r"(?:(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"|(?P<bare_hour>\d{1,2})(?=\s*(?:a\.?\s?m\b|p\.?\s?m\b)))"
    r"\s*(?:(?P<ampm>a\.?\s?m\b\.?|p\.?\s?m\b\.?)"
    r"|(?P<period>de\s+la\s+(?:mañana|madrugada|tarde|noche)))?"
    r"(?:\s*(?:h|hrs?|horas)\b\.?)?",
    re.I,
)
# A sign: ASCII plus, ASCII hyphen-minus, or the Unicode minus sign (U+2212).
# Spelled out so no "+-−" character range sneaks into a class.
_SIGN = r"[+\-\u2212]"
_ZONE = lazy(
    r"^[\s,]*[(\[]?\s*(?:"
    rf"(?P<gmt>gmt|utc)(?:\s*(?P<gmtoff>{_SIGN}\s*\d{{1,2}}(?::?\d{{2}})?))?"
    rf"|(?P<offset>{_SIGN}\d{{2}}(?::?\d{{2}})?)"
    r"|(?P<phrase>hora\s+(?:de\s+|del\s+)?[a-záéíóú]+|local\s+time)"
    r"|(?P<abbr>[a-z]{1,5})"
    r")\s*[)\]]?(?=$|[\s.,;|])",
    re.I,
)
_WEEKDAY_PREFIX = lazy(rf"^\s*(?P<weekday>{_WEEKDAY_RE})\.?,?\s+", re.I)
_DATE_START = lazy(rf"^(?:\d|(?:{_MONTH_RE}|{_WEEKDAY_RE})\b)", re.I)
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
    iso = _ISO.match(s)
    if iso:
        day = _day(int(iso["year"]), int(iso["month"]), int(iso["day"]))
        if day is None:
            return None
        if iso["hour"] is None:
            return _date_only(day, s[iso.end():])
        clock = (int(iso["hour"]), int(iso["minute"]), int(iso["second"] or 0))
        return _with_time(day, clock, s[iso.end():], default_timezone)

    weekday = None
    if (w := _WEEKDAY_PREFIX.match(s)):
        weekday = _WEEKDAYS[w["weekday"].lower()]
        s = s[w.end():]
    m = _DAY_MONTH_YEAR.match(s) or _MONTH_DAY_YEAR.match(s)
    if not m:
        return None
    day = _day(int(m["year"]), _MONTHS[m["month"].lower()], int(m["day"]))
    if day is None or weekday is not None and day.weekday() != weekday:
        return None
    rest = s[m.end():]
    t = _TIME.match(rest)
    if not t:
        return _date_only(day, rest)
    clock = _clock(t)
    if clock is None:
        return None
    return _with_time(day, clock, rest[t.end():], default_timezone)


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


def _date_only(day: date, rest: str) -> ParsedDate | None:
    if not _TRAILER.match(rest):
        return None
    return ParsedDate(day.isoformat(), has_time=False, has_offset=False)


def _clock(t: re.Match[str]) -> tuple[int, int, int] | None:
    """(hour, minute, second) on a 24-hour clock, or ``None`` if impossible."""
    hour = int(t["hour"] if t["hour"] is not None else t["bare_hour"])
    minute, second = int(t["minute"] or 0), int(t["second"] or 0)
    if t["ampm"]:
        if not 1 <= hour <= 12:
            return None
        pm = t["ampm"].lower().startswith("p")
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


def _with_time(
    day: date, clock: tuple[int, int, int], rest: str, default_timezone: str | None
) -> ParsedDate | None:
    hour, minute, second = clock
    if hour > 23 or minute > 59 or second > 59:
        return None
    local = datetime(day.year, day.month, day.day, hour, minute, second)
    z = _ZONE.match(rest)
    if z and z["abbr"] and not _is_zone_abbreviation(z["abbr"]):
        z = None  # an ordinary word after the time ("18:05 in Brussels"), not a zone
    if z:
        rest = rest[z.end():]
    if not _TRAILER.match(rest):
        return None
    if z is None:
        return _assume(local, default_timezone)
    tz = _zone(z)
    if tz is None:
        return None  # an impossible offset ("GMT+15")
    if isinstance(tz, str):
        # A zone is written but cannot be resolved: the site timezone must not
        # replace what the article states.
        return ParsedDate(local.isoformat(), has_time=True, has_offset=False, ambiguous_zone=tz)
    aware = _localize(local, tz)
    if aware is None:
        return None  # a local time the zone skips (daylight saving gap)
    if aware is _REPEATED:
        written = z.group().strip(" ,()[]")
        return ParsedDate(local.isoformat(), has_time=True, has_offset=False, ambiguous_zone=written)
    return ParsedDate(aware.isoformat(), has_time=True, has_offset=True)


def _is_zone_abbreviation(word: str) -> bool:
    """A known abbreviation in any case, or an unknown one written as zones are: in capitals."""
    low = word.lower()
    known = low in _FIXED_ZONES or low in _NAMED_ZONES or low in _AMBIGUOUS
    return known or (word.isupper() and len(word) >= 2)


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
    back = first.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None)
    return _REPEATED if back == local else None


def _zone(z: re.Match[str]) -> tzinfo | str | None:
    """The zone written after a time: a tzinfo; the zone as written when it is
    ambiguous or unknown; ``None`` when it is impossible."""
    if z["gmt"]:
        return _offset(z["gmtoff"]) if z["gmtoff"] else timezone.utc
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
        return timezone.utc
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


_ISO_DATETIME = lazy(
    r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$"
)


def parse_iso(value: str) -> datetime | date | None:
    """Parse an ISO 8601 date or date-time as found in JSON-LD, or ``None``.

    A date-time without an offset comes back naive; callers decide what that means.
    An impossible offset (``+25:00``) makes the whole value unreadable rather
    than silently naive.
    """
    if not isinstance(value, str):
        return None
    m = _ISO_DATETIME.match(value.strip())
    if not m:
        return None
    try:
        if m[4] is None:
            return date(int(m[1]), int(m[2]), int(m[3]))
        tz = None
        if m[7]:
            tz = _offset(m[7])
            if tz is None:
                return None
        return datetime(
            int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0), tzinfo=tz
        )
    except ValueError:
        return None
