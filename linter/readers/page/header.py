"""One walk over the elements around the headline, noting what may be a byline or a date.

The hot loop of the page reader (about two microseconds an element): substring tests and one
search for date labels, no other regular expression until something looks like a byline, a
date label or a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from linter.lexicon import BYLINE_OPENER
from linter.lexicon import DATE_LABEL_HINTS as _LABEL_PIECES

MAX_LABEL_TEXT = 160  # a byline or a date label is a short text; a paragraph is not
_BODY_STARTED = 2  # long paragraphs in a row after which the header is over
_BY_INITIALS = frozenset("BbPpWwEeVvAaTtFfGgDdSsRrCc")
#: Parts of a class or id naming an element that shows a date.
_DATE_CLASS_PIECES = ("date", "datum", "time", "fecha", "data", "publish", "posted", "dateline", "zeit",
                      "stamp", "meta", "byline", "info", "fecha", "jour", "quando", "when")
_HATOM = frozenset({"published", "updated", "dtstart", "dt-published", "dt-updated"})
_DATE_PROPS = ("datePublished", "dateModified", "dateCreated", "uploadDate")


@dataclass(slots=True)
class Header:
    """What the elements around the headline hold."""

    bylines: list[Any] = field(default_factory=list)  # byline elements (class, id, rel, itemprop)
    by_lines: list[Any] = field(default_factory=list)  # elements whose text opens with "By", "Von", "Por"...
    dated: list[Any] = field(default_factory=list)  # itemprop=datePublished etc. on other than <time>
    times: list[Any] = field(default_factory=list)  # <time> elements
    labels: list[tuple[Any, bool]] = field(default_factory=list)  # (element, in its tail) holding a date label
    date_boxes: list[Any] = field(default_factory=list)  # short texts with a digit in date-named elements
    short_texts: list[Any] = field(default_factory=list)  # other short texts with a digit (a date line?)
    short_tails: list[Any] = field(default_factory=list)  # elements followed by such a text (their tail)
    datelines: list[Any] = field(default_factory=list)  # the story's first paragraphs ("27.1.2022 - Bei ...")
    position: dict[Any, int] = field(default_factory=dict)  # how far from the headline an element stands
    article_body: Any = None  # the element with itemprop=articleBody, if the header reaches it


def byline_hint(names: str) -> bool:
    # Remembered: class names repeat on many elements of a page, and across a site's pages.
    known = _BYLINE_NAMES.get(names)
    if known is None:
        if len(_BYLINE_NAMES) >= _MAX_REMEMBERED:
            _BYLINE_NAMES.clear()
        low = names.lower()
        known = _BYLINE_NAMES[names] = "yline" in low or "uthor" in low or "autor" in low or "firma" in low \
            or "auteur" in low or "verfasser" in low or "writer" in low
    return known


#: Most class names :func:`byline_hint` remembers (then it starts over).
_MAX_REMEMBERED = 20_000
_BYLINE_NAMES: dict[str, bool] = {}


def _label_pattern(pieces: tuple[str, ...]) -> re.Pattern[str]:
    """One search for any of ``pieces``, branching on their first character (twice as fast as
    testing each piece, and as a plain alternation of them)."""
    by_first: dict[str, list[str]] = {}
    for piece in pieces:
        by_first.setdefault(piece[0], []).append(re.escape(piece[1:]))
    return re.compile("|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items()))


_LABEL: re.Pattern[str] | None = None  # compiled on first use (start-up time)


def label_hint(text: str) -> bool:
    global _LABEL
    if _LABEL is None:
        _LABEL = _label_pattern(_LABEL_PIECES)
    return _LABEL.search(text.lower()) is not None


def _date_class(names: str) -> bool:
    low = names.lower()
    return any(piece in low for piece in _DATE_CLASS_PIECES)


def scan(elements: Iterator[Any], header: Header, *, limit: int, above: bool = False) -> None:
    """Note in ``header`` what the first ``limit`` of ``elements`` hold.

    Below the headline the walk ends where the story's text begins (two long paragraphs in a
    row): its byline and dates stand above that. ``above``: the elements before the
    headline, nearest first.
    """
    body_paragraphs = 0
    seen = 0
    for el in elements:
        tag = el.tag
        if tag.__class__ is not str:
            continue
        seen += 1
        if seen > limit:
            return
        get = el.get
        cls = get("class")
        ident = get("id")
        prop = get("itemprop")
        if ((cls and byline_hint(cls)) or (ident and byline_hint(ident))
                or (prop and ("author" in prop or "creator" in prop)) or (tag == "a" and get("rel"))):
            header.bylines.append(el)
        if tag == "time" or (tag == "abbr" and get("title") and cls and _HATOM.intersection(cls.split())):
            header.times.append(el)  # <abbr class="published" title="2020-04-28T21:11:00+02:00"> (hAtom)
        elif prop:
            if "date" in prop and tag != "meta" and any(p in prop for p in _DATE_PROPS):
                header.dated.append(el)
            elif "articleBody" in prop and header.article_body is None:
                header.article_body = el
        text = el.text
        if not text:
            pass
        elif len(text) > MAX_LABEL_TEXT:
            if tag == "p" and not above and body_paragraphs == 0 and "0" <= text.lstrip()[:1] <= "9":
                header.datelines.append(el)
            previous = el.getprevious() if tag == "p" else None
            if not above and previous is not None and previous.tag == "p":
                body_paragraphs += 1  # paragraphs one after another: the story's text
                if body_paragraphs >= _BODY_STARTED:
                    return  # the story itself has begun: its byline and dates stand above
        elif not text.isspace():
            stripped = text.lstrip()
            if stripped[:1] in _BY_INITIALS and BYLINE_OPENER.match(stripped):
                header.by_lines.append(el)
            if label_hint(text):
                header.labels.append((el, False))
            elif tag != "time" and _has_digit(text):
                header.position[el] = seen
                if (cls and _date_class(cls)) or (ident and _date_class(ident)) or _date_parent(el):
                    header.date_boxes.append(el)
                elif len(text) <= 80:
                    header.short_texts.append(el)
        tail = el.tail
        if tail and len(tail) <= MAX_LABEL_TEXT and not tail.isspace():
            if label_hint(tail):
                header.labels.append((el, True))
            elif len(tail) <= 80 and _has_digit(tail):
                header.position[el] = seen
                header.short_tails.append(el)  # "<i class=icon-calendar></i> 19.11.2021"


def _date_parent(el: Any) -> bool:
    """A link or span inside a date-named element (``<span class="entry-date"><a>2020-04-26</a></span>``)."""
    parent = el.getparent()
    if parent is None:
        return False
    names = f"{parent.get('class') or ''} {parent.get('id') or ''}"
    return bool(names.strip()) and _date_class(names)


def _has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


_DIGIT = re.compile("[0-9]")
