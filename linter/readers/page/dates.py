"""Dates a page shows: ``<time>`` elements, ``itemprop`` dates, labelled date lines, dated bylines.

Which date is which is told by what the page says, not by order: a label before the date
("Published", "Actualizado", "Veröffentlicht am", "Mis à jour le", "입력", "수정", "更新",
:data:`linter.lexicon.DATE_LABEL`), ``itemprop`` or ``pubdate``, or the ``class`` of the element
("published", "updated"). A date with none of these is ``unknown``: the page reader's merger
(:mod:`linter.readers.page.merge`) decides how much it says.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from linter.dates import date_at_start, dates_in, parse_date, parse_iso, starts_like_date
from linter.html_text import text
from linter.lexicon import DATE_LABEL
from linter.page import DateRole, VisibleDate
from linter.readers.page.header import MAX_LABEL_TEXT
from linter.readers.page.scope import Scope

_PUBLISHED_CLASS = re.compile(r"publish|pubdate|posted|creat|publicad|first-?published|erschien|veroeff|"
                              r"ver\u00f6ff|publie|pubblicat|gepubliceerd", re.I)
_MODIFIED_CLASS = re.compile(r"modif|actualiz|last-?updated|lastupdated|updated?[-_]?(?:date|time|at|on)|"
                             r"date[-_]?updated|aktualis|geaendert|ge\u00e4ndert|mis-?a-?jour|atualiz|aggiorn|"
                             r"bijgewerkt", re.I)
_UPDATED_WORD = re.compile(r"(?:^|\s)updated(?:$|\s)")
#: Where a labelled date ends: another fact on the same line.
_DATE_END = re.compile(r"\s+[|•·]\s+|\s+[–—]\s+(?!\d)")
_MAX_RAW_DATE = 40
_SEPARATORS = " |·•,;-–—()[]:"


def read(scope: Scope, times: list[Any]) -> list[VisibleDate]:
    """The dates the page shows, in page order, each (value, role) once.

    ``times``: every ``<time>`` element of the body; those around the headline, and those an
    ``itemprop`` or ``pubdate`` names, count.
    """
    out: list[VisibleDate] = []
    seen: set[tuple[str, str]] = set()

    def add(date: VisibleDate | None) -> None:
        if date is not None:
            if date.role == "unknown" and date.iso and any(
                    d.line == date.line and d.iso and d.iso[:10] == date.iso[:10] for d in out):
                return  # the same day on the same line, read already with its role ("Updated 4 March")
            key = (date.iso or date.text, date.role)
            if key not in seen:
                seen.add(key)
                out.append(date)

    header = scope.header()
    near = set(header.times)
    known = set(times)
    for el in times + [t for t in header.times if t not in known] + header.dated:
        if not scope.excluded(el):
            add(_date_element(el, near=el in near or el in header.dated))
    for el, is_tail in header.labels:
        for date in _labelled_dates(el, is_tail, scope):
            add(date)
    for el in header.by_lines + header.bylines:
        if not scope.excluded(el):
            add(_in_byline(el))
    for el in header.date_boxes:
        if not scope.excluded(el):
            add(_date_box(el))
    for el in header.short_texts:
        if not scope.excluded(el):
            add(_date_line(el.text, el, header.position.get(el)))
    for el in header.short_tails:
        parent = el.getparent()
        if parent is not None and not scope.excluded(parent):
            add(_date_line(el.tail, el, header.position.get(el)))
    for el in header.datelines:
        if not scope.excluded(el):
            add(_dateline(el))
    if scope.heading is not None and not any(d.role != "modified" and d.iso for d in out):
        # Nothing around the headline: a blog's "Posted by ... on ..." below the story.
        footer = scope.footer()
        for el, is_tail in footer.labels:
            for date in _labelled_dates(el, is_tail, scope):
                add(replace(date, near=False))
        for el in footer.by_lines + footer.bylines + footer.date_boxes:
            if not scope.excluded(el):
                boxed = _in_byline(el) if el not in footer.date_boxes else _date_box(el)
                add(replace(boxed, near=False) if boxed is not None else None)
    out.sort(key=lambda d: d.line or 0)
    return out


def _date_element(el: Any, *, near: bool) -> VisibleDate | None:
    """A ``time`` element or an element with ``itemprop=datePublished`` (and kin)."""
    shown = text(el, sep=" ")
    if len(shown) > 200:
        shown = ""
    attr = el.get("datetime") or (el.get("content") if el.tag != "time" else None) or (
        el.get("title") if el.tag == "abbr" else None)
    iso = to_iso(attr) if attr else None
    if iso is None and shown:
        iso = to_iso(_strip_label(shown))
    if iso is None:
        return None
    origin = "itemprop" if el.get("itemprop") and el.tag not in ("time", "abbr") else "time"
    return VisibleDate(shown or attr or iso, iso, _date_role(el, shown), el.sourceline, origin, near=near)


def _strip_label(shown: str) -> str:
    m = DATE_LABEL.match(shown)
    return _DATE_END.split(shown[m.end():] if m else shown, maxsplit=1)[0].strip(" :,")


#: ISO 8601's basic format (``20200316T134400Z``), which JSON-LD should not use but pages do.
_ISO_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?$")
#: Java's ``Date.toString()``: ``Tue Jan 28 15:28:56 CET 2020``.
_JAVA_DATE = re.compile(r"^(\w{3}) (\w{3}) (\d{1,2}) (\d{2}:\d{2}:\d{2}) ([A-Z]{2,5}) (\d{4})$")


def to_iso(value: str) -> str | None:
    """ISO 8601 of a machine-readable or written date, or ``None``.

    Reads what machines write besides ISO 8601's extended form: its basic form
    (``20200316T134400Z``) and Java's ``Tue Jan 28 15:28:56 CET 2020``; and dates as
    people write them (:func:`linter.dates.parse_date`).
    """
    value = value.strip()
    if not value or len(value) > 200:
        return None
    parsed = parse_iso(value)
    if parsed is not None:
        # To the second, as pages are compared and converted (a fraction is no news).
        return (parsed.replace(microsecond=0) if isinstance(parsed, datetime) else parsed).isoformat()
    basic = _ISO_BASIC.match(value)
    if basic is not None:
        y, mo, d, h, mi, sec, zone = basic.groups()
        parsed = parse_iso(f"{y}-{mo}-{d}T{h}:{mi}:{sec or '00'}{zone or ''}")
        return parsed.isoformat() if parsed is not None else None
    java = _JAVA_DATE.match(value)
    if java is not None:
        weekday, month, day, clock, zone, year = java.groups()
        value = f"{weekday}, {day} {month} {year} {clock} {zone}"
    read_ = parse_date(value)
    if read_ is not None:
        return read_.iso
    found = date_at_start(value)
    if found is not None and not value[found[1]:].strip(_SEPARATORS + "."):
        return found[0].iso
    return None


def _role_of_label(m: re.Match[str]) -> DateRole:
    return "modified" if m["modified"] else "published"


def _date_role(el: Any, shown: str) -> DateRole:
    prop = el.get("itemprop") or ""
    if "dateModified" in prop:
        return "modified"
    if "datePublished" in prop or "dateCreated" in prop or "uploadDate" in prop or el.get("pubdate") is not None:
        return "published"
    before = _text_before(el)
    label = _last_label(before[-40:]) if before else None
    if label is not None and not before[-40:][label.end():].strip(" :"):
        return _role_of_label(label)
    label = DATE_LABEL.match(shown)
    if label is not None:
        return _role_of_label(label)
    return _class_role(el)


def _last_label(shown: str) -> re.Match[str] | None:
    last = None
    for m in DATE_LABEL.finditer(shown):
        last = m
    return last


def _class_role(el: Any) -> DateRole:
    parent = el.getparent()
    for node in (el, parent):
        if node is None:
            continue
        names = f"{node.get('class') or ''} {node.get('id') or ''} {node.get('itemprop') or ''}"
        # WordPress marks its one date "entry-date published updated": published, then.
        if _PUBLISHED_CLASS.search(names):
            return "published"
        if _MODIFIED_CLASS.search(names) or "dateModified" in names or _UPDATED_WORD.search(names):
            return "modified"
    return "unknown"


def _text_before(el: Any) -> str:
    """The text right before ``el`` in its parent ("Updated: " in ``Updated: <time>``)."""
    previous = el.getprevious()
    if previous is not None:
        tail = previous.tail or ""
        if tail.strip() or len(previous):
            return " ".join(tail.split())
        return " ".join(f"{previous.text or ''} {tail}".split())  # <span>Updated:</span> <time>
    parent = el.getparent()
    return " ".join((parent.text or "").split()) if parent is not None else ""


def _labelled_dates(owner: Any, is_tail: bool, scope: Scope) -> list[VisibleDate]:
    """The dates after labels in the text of ``owner`` (or in its tail)."""
    if owner.tag == "time" or next(owner.iterancestors("time"), None) is not None:
        return []  # a time element is read on its own
    holder = owner.getparent() if is_tail else owner
    if holder is None or scope.excluded(holder):
        return []
    shown = " ".join(((owner.tail if is_tail else owner.text) or "").split())
    labels = list(DATE_LABEL.finditer(shown))
    if len(labels) > 1:  # "Published 3 March 2025 | Updated 4 March 2025"
        return [date for m in labels if (date := _read_labelled(
            shown[m.end():], _role_of_label(m), owner.sourceline)) is not None]
    date = _labelled_date(owner, holder, shown, labels[0] if labels else None, scope)
    if date is None and labels:
        date = _date_before_label(shown, labels[0], owner.sourceline)
    return [date] if date is not None else []


#: What may stand between a date and the label after it: a time, even an unfilled template's
#: ("um %H:%M Uhr").
_BETWEEN_DATE_AND_LABEL = re.compile(r"^[\s,]*(?:(?:um|at|à|alle|a\s+las|om)\s+[\d%:.HMh]+\s*(?:uhr|h)?)?[\s,.:|]*$",
                                     re.I)


def _date_before_label(shown: str, label: re.Match[str], line: int | None) -> VisibleDate | None:
    """A date the label follows, as German puts the verb last ("am 3. Dezember 2011 veröffentlicht")."""
    before = shown[max(0, label.start() - 80):label.start()]
    found = dates_in(before, limit=2)
    if len(found) != 1 or not _BETWEEN_DATE_AND_LABEL.match(before[found[0][2]:]):
        return None  # none, several, or words between the date and the label
    parsed, start, end = found[0]
    return VisibleDate(before[start:end], parsed.iso, _role_of_label(label), line, "label")


def _labelled_date(owner: Any, holder: Any, shown: str, m: re.Match[str] | None, scope: Scope) -> VisibleDate | None:
    if m is None:
        return None
    # "<span>Updated:</span> <span>3 March 2025</span>": the date stands next to the label.
    for _ in range(2):
        if shown[m.end():].strip(" :"):
            break
        if holder.find(".//time") is not None:
            return None  # "Published <time ...>": the time element is read on its own
        shown = text(holder, sep=" ")
        m = DATE_LABEL.search(shown) if len(shown) <= 200 else None
        if m is None:
            return None
        if not shown[m.end():].strip(" :"):
            holder = holder.getparent()
            if holder is None or holder is scope.body:
                return None
    return _read_labelled(shown[m.end():], _role_of_label(m), owner.sourceline)


def _read_labelled(rest: str, role: DateRole, line: int | None) -> VisibleDate | None:
    rest = rest.lstrip(" :")
    found = date_at_start(rest)
    if found is not None:
        parsed, end = found
        return VisibleDate(rest[:end].strip(), parsed.iso, role, line, "label")
    value = _DATE_END.split(rest, maxsplit=1)[0].strip(" :,.")
    if value and len(value) <= _MAX_RAW_DATE and starts_like_date(value) and any(c.isdigit() for c in value):
        return VisibleDate(value, None, role, line, "label")  # shown, but not readable without guessing
    return None


def _in_byline(el: Any) -> VisibleDate | None:
    """The date a byline gives ("Von Christian am 03.05.2013, 11:51"): by custom, when the story ran."""
    shown = text(el, sep=" ")
    if not shown or len(shown) > MAX_LABEL_TEXT or not any(c.isdigit() for c in shown):
        return None
    found = dates_in(shown, limit=2)
    if len(found) != 1:
        return None  # none, or a range or a published/updated pair without labels: not told apart
    parsed, start, end = found[0]
    label = _last_label(shown[:start])
    role = _role_of_label(label) if label is not None else "unknown"
    return VisibleDate(shown[start:end], parsed.iso, role, el.sourceline, "byline")


def _date_box(el: Any) -> VisibleDate | None:
    """A short text holding one date, in an element whose class or id names a date."""
    shown = text(el, sep=" ")
    if len(shown) > MAX_LABEL_TEXT:
        return None
    found = dates_in(shown, limit=2)
    if len(found) != 1:
        return None
    parsed, start, end = found[0]
    label = _last_label(shown[:start])
    role = _role_of_label(label) if label is not None else _class_role(el)
    return VisibleDate(shown[start:end], parsed.iso, role, el.sourceline, "date box")


_AFTER_DATE_LINE = re.compile(r"^\s*(?:$|[|•·–—/]|,\s|\s-\s)")
_PARTS = re.compile(r"\s+[|•·/]\s+|\s+[–—-]\s+")
#: A date line this close to the headline (elements walked) stands in its block.
CLOSE = 15


def _date_line(shown: str | None, el: Any, position: int | None = None) -> VisibleDate | None:
    """A short text near the headline that is a date, or holds one set off by separators
    ("27 juin 2019", "01. November 2021 | Naturschutz", "1. Februar 2022, Daniel Dillenburg",
    "Handball Schweiz • 02.02.2022")."""
    shown = " ".join((shown or "").split()).strip(_SEPARATORS)
    if not shown or len(shown) > 80:
        return None
    origin = "date line" if position is None or position > CLOSE else "close date line"
    found = date_at_start(shown)
    if found is not None and _AFTER_DATE_LINE.match(shown[found[1]:]):
        parsed, end = found
        return VisibleDate(shown[:end], parsed.iso, "unknown", el.sourceline, origin)
    parts = [(part, parse_date(part)) for part in _PARTS.split(shown)]
    dated = [(part, parsed) for part, parsed in parts if parsed is not None]
    if len(dated) == 1:
        return VisibleDate(dated[0][0], dated[0][1].iso, "unknown", el.sourceline, origin)
    return None


def _dateline(el: Any) -> VisibleDate | None:
    """A date opening the story's first paragraph, set off by a dash ("27.1.2022 - Bei der ...")."""
    shown = " ".join((el.text or "").split())
    found = date_at_start(shown[:60])
    if found is None or not re.match(r"^\s+[-–—]\s", shown[found[1]:]):
        return None
    parsed, end = found
    return VisibleDate(shown[:end], parsed.iso, "unknown", el.sourceline, "dateline")
