"""Reading dates as newsrooms write them (English and Spanish) into ISO 8601.

Only what the text states is used: a date without a time stays a date, a time
without a zone stays without an offset (unless the caller passes the site's
configured timezone, which the result then reports as assumed). Ambiguous zone
abbreviations (``IST``, ``CST``, ``AST``) and numeric dates such as
``02/01/2025`` are not resolved: they could mean two different instants.
"""

from __future__ import annotations

import re
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

_WEEKDAYS = (
    "monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thu|friday|fri|"
    "saturday|sat|sunday|sun|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo"
)

# Fixed-offset abbreviations (hours east of UTC). Ambiguous ones are absent on
# purpose; see _AMBIGUOUS.
_FIXED_ZONES = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "west": 1, "bst": 1, "cet": 1, "cest": 2,
    "met": 1, "mest": 2, "eet": 2, "eest": 3, "msk": 3, "est": -5, "edt": -4,
    "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7, "akst": -9, "akdt": -8,
    "hst": -10, "jst": 9, "kst": 9, "hkt": 8, "sgt": 8, "awst": 8, "acst": 9.5,
    "acdt": 10.5, "aest": 10, "aedt": 11, "nzst": 12, "nzdt": 13, "art": -3,
    "brt": -3, "clt": -4, "clst": -3, "cot": -5, "pet": -5, "vet": -4, "ect": -5,
    "bot": -4, "pyt": -4, "uyt": -3, "hora de cuba": -5,
}
# Zones whose offset depends on the date (daylight saving): IANA names.
_NAMED_ZONES = {
    "et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver",
    "pt": "America/Los_Angeles", "uk": "Europe/London",
}
_AMBIGUOUS = {"ist", "cst", "ast"}

_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|º|°)?\.?\s+(?:de\s+)?(?P<month>{_MONTH_RE})\.?,?"
    rf"\s+(?:de\s+|del\s+)?(?P<year>\d{{4}})\b",
    re.I,
)
_MONTH_DAY_YEAR = re.compile(
    rf"(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b",
    re.I,
)
_ISO = re.compile(
    r"(?P<year>\d{4})-?(?P<month>\d{2})-?(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):?(?P<minute>\d{2})(?::?(?P<second>\d{2})(?P<fraction>[.,]\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?$",
    re.I,
)
_TIME = re.compile(
    r"^[\s,;|·–—-]*(?:(?:at|a\s+las|a\s+la|alle|um|à)\s+)?"
    r"(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)?(?:\s*(?:h|hrs?|horas)\b\.?)?",
    re.I,
)
_ZONE = re.compile(
    r"^[\s,]*\(?\s*(?:"
    r"(?P<gmt>gmt|utc)\s*(?P<gmtoff>[+-−]\s*\d{1,2}(?::?\d{2})?)?"
    r"|(?P<offset>[+-−]\d{2}:?\d{2})"
    r"|(?P<abbr>hora\s+de\s+cuba|[a-z]{1,5})"
    r")\s*\)?(?=$|[\s.,;|)])",
    re.I,
)
_WEEKDAY_PREFIX = re.compile(rf"^\s*(?:{_WEEKDAYS})\.?,?\s+", re.I)


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date read from text. ``iso`` is ISO 8601 (with offset when known)."""

    iso: str
    has_time: bool
    has_offset: bool
    assumed_timezone: str | None = None
    ambiguous_zone: str | None = None


def parse_date(text: str, *, default_timezone: str | None = None) -> ParsedDate | None:
    """Read one date (and time and zone, when given) from the start of ``text``.

    Returns ``None`` when the text does not start with a date newslint can read
    without guessing.
    """
    s = text.strip().strip(".")
    if not s or len(s) > 200:
        return None
    iso = _ISO.match(s)
    if iso:
        return _from_iso(iso, default_timezone)
    s = _WEEKDAY_PREFIX.sub("", s)
    m = _DAY_MONTH_YEAR.match(s) or _MONTH_DAY_YEAR.match(s)
    if not m:
        return None
    try:
        day = date(int(m["year"]), _MONTHS[m["month"].lower()], int(m["day"]))
    except ValueError:
        return None
    rest = s[m.end():]
    t = _TIME.match(rest)
    if not t:
        return ParsedDate(day.isoformat(), has_time=False, has_offset=False)
    hour, minute = int(t["hour"]), int(t["minute"])
    second = int(t["second"] or 0)
    if t["ampm"]:
        if not 1 <= hour <= 12:
            return None
        pm = t["ampm"].lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    local = datetime(day.year, day.month, day.day, hour, minute, second)
    zone_text = rest[t.end():]
    tz, ambiguous = _zone(zone_text, local)
    return _finish(local, tz, ambiguous, default_timezone)


def _from_iso(m: re.Match[str], default_timezone: str | None) -> ParsedDate | None:
    try:
        day = date(int(m["year"]), int(m["month"]), int(m["day"]))
    except ValueError:
        return None
    if m["hour"] is None:
        return ParsedDate(day.isoformat(), has_time=False, has_offset=False)
    hour, minute, second = int(m["hour"]), int(m["minute"]), int(m["second"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    local = datetime(day.year, day.month, day.day, hour, minute, second)
    tz = None
    if m["tz"]:
        tz = _offset(m["tz"])
        if tz is None:
            return None
    return _finish(local, tz, None, default_timezone)


def _finish(
    local: datetime, tz: tzinfo | None, ambiguous: str | None, default_timezone: str | None
) -> ParsedDate:
    if tz is not None:
        return ParsedDate(local.replace(tzinfo=tz).isoformat(), has_time=True, has_offset=True)
    if default_timezone and not ambiguous:
        site = load_timezone(default_timezone)
        if site is not None:
            return ParsedDate(
                local.replace(tzinfo=site).isoformat(),
                has_time=True,
                has_offset=True,
                assumed_timezone=default_timezone,
            )
    return ParsedDate(local.isoformat(), has_time=True, has_offset=False, ambiguous_zone=ambiguous)


def _zone(text: str, local: datetime) -> tuple[tzinfo | None, str | None]:
    """The zone written after a time, or (None, ambiguous-abbreviation)."""
    z = _ZONE.match(text)
    if not z:
        return None, None
    if z["gmt"]:
        if not z["gmtoff"]:
            return timezone.utc, None
        return _offset(z["gmtoff"]), None
    if z["offset"]:
        return _offset(z["offset"]), None
    abbr = re.sub(r"\s+", " ", z["abbr"].lower())
    if abbr in _AMBIGUOUS:
        return None, abbr.upper()
    if abbr in _FIXED_ZONES:
        return timezone(timedelta(hours=_FIXED_ZONES[abbr])), None
    if abbr in _NAMED_ZONES:
        named = load_timezone(_NAMED_ZONES[abbr])
        if named is not None:
            return named, None
    return None, None


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


_ISO_DATETIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$"
)


def parse_iso(value: str) -> datetime | date | None:
    """Parse an ISO 8601 date or date-time as found in JSON-LD, or ``None``.

    A date-time without an offset comes back naive; callers decide what that means.
    """
    if not isinstance(value, str):
        return None
    m = _ISO_DATETIME.match(value.strip())
    if not m:
        return None
    try:
        if m[4] is None:
            return date(int(m[1]), int(m[2]), int(m[3]))
        tz = _offset(m[7]) if m[7] else None
        return datetime(
            int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0), tzinfo=tz
        )
    except ValueError:
        return None
