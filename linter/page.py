"""What an HTML page shows its readers, apart from its JSON-LD: the facts markup is checked against.

Google's general guidelines: marked-up content must be visible on the page and
true to it. :class:`PageFacts` holds what the page's own HTML says (head tags,
the ``h1``, bylines, visible dates, figures, FAQ sections, the language), each
with its source line, for the markup-vs-page and page-head rules.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from linter.article import Author, FaqItem, Text

DateRole = Literal["published", "modified", "unknown"]


@dataclass(frozen=True, slots=True)
class VisibleDate:
    """A date shown on the page (a ``time`` element or a labelled text)."""

    text: str  # as shown, or the datetime attribute
    iso: str | None  # ISO 8601 when it could be read
    role: DateRole
    line: int | None
    origin: str  # "time", "itemprop", "label"


@dataclass(frozen=True, slots=True)
class Figure:
    """An image in the article: in a ``<figure>``, or an image of the article body."""

    src: str | None
    alt: str | None  # None: no alt attribute at all ("" is a decorative image)
    caption: str | None
    credit: str | None
    line: int | None
    in_figure: bool


@dataclass(slots=True)
class PageFacts:
    url: str | None = None
    lang: Text | None = None  # <html lang>
    title: Text | None = None  # <title>
    meta_description: Text | None = None
    canonical: Text | None = None  # <link rel=canonical href>, as written
    canonical_in_body: bool = False
    meta: dict[str, Text] = field(default_factory=dict)  # og:*, article:*, twitter:*, author, robots...
    og_images: list[str] = field(default_factory=list)
    h1: list[Text] = field(default_factory=list)
    bylines: list[Author] = field(default_factory=list)  # visible byline names
    dates: list[VisibleDate] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    faq: list[FaqItem] = field(default_factory=list)
    has_article_element: bool = False
    _visible_text: Callable[[], str] | None = field(default=None, repr=False)
    _visible_cache: str | None = field(default=None, repr=False)

    @property
    def visible_text(self) -> str:
        """All text a reader sees, normalised with :func:`normalize` (computed once, on demand)."""
        if self._visible_cache is None:
            self._visible_cache = normalize(self._visible_text()) if self._visible_text else ""
        return self._visible_cache

    def shows(self, text: str) -> bool:
        """Whether ``text`` (normalised) appears in the page's visible text."""
        needle = normalize(text)
        return bool(needle) and needle in self.visible_text

    def robots(self) -> set[str]:
        """Directives of ``<meta name=robots>`` and ``<meta name=googlebot>``, lower case."""
        out: set[str] = set()
        for key in ("robots", "googlebot"):
            value = self.meta.get(key)
            if value:
                out.update(d.strip().lower() for d in value.value.split(",") if d.strip())
        return out


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                         "‚": "'", "′": "'", "\u00a0": " ", "–": "-", "—": "-"})
_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Text for comparison: entities decoded, NFKC, quotes and dashes unified, whitespace
    collapsed, case folded (markup often carries ``&#8217;`` where the page shows ``’``)."""
    if "&" in text:
        text = html.unescape(text)
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip().casefold()
