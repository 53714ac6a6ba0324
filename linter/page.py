"""What an HTML page shows its readers, apart from its JSON-LD: the facts markup is checked against.

Google's general guidelines: marked-up content must be visible on the page and
true to it. :class:`PageFacts` holds what the page's own HTML says (head tags,
the ``h1``, bylines, visible dates, figures, FAQ sections, the language), each
with its source line, for the markup-vs-page and page-head rules.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal
from weakref import WeakKeyDictionary

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
    credit_is_copyright: bool = False  # the credit was shown as "© ..."

    @property
    def label(self) -> str:
        """How findings name the image: its file name (``photo.jpg``), at most 60 characters."""
        if not self.src:
            return "no image address"
        return self.src.rsplit("/", 1)[-1].split("?", 1)[0][:60] or self.src[:60]


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
    figures: list[Figure] = field(default_factory=list)
    has_article_element: bool = False
    _visible_text: Callable[[], str] | None = field(default=None, repr=False)
    _visible_cache: str | None = field(default=None, repr=False)
    _image_urls: Callable[[], frozenset[str]] | None = field(default=None, repr=False)
    _image_urls_cache: frozenset[str] | None = field(default=None, repr=False)
    _shown_text: Callable[[], str] | None = field(default=None, repr=False)
    _shown_cache: str | None = field(default=None, repr=False)
    _shown_raw: str | None = field(default=None, repr=False)

    # Bylines, dates and FAQ sections are read from the body when a rule first asks: a page
    # without article markup never needs them.
    _read_header: Callable[[], tuple[list[Author], list[VisibleDate], list[FaqItem]]] | None = field(
        default=None, repr=False)
    _header: tuple[list[Author], list[VisibleDate], list[FaqItem]] | None = field(default=None, repr=False)

    def _header_facts(self) -> tuple[list[Author], list[VisibleDate], list[FaqItem]]:
        if self._header is None:
            self._header = self._read_header() if self._read_header else ([], [], [])
        return self._header

    @property
    def bylines(self) -> list[Author]:
        """Visible byline names."""
        return self._header_facts()[0]

    @property
    def dates(self) -> list[VisibleDate]:
        """Visible dates (``time`` elements, ``itemprop`` dates, labelled text)."""
        return self._header_facts()[1]

    @property
    def faq(self) -> list[FaqItem]:
        """Question and answer pairs of the page's FAQ sections."""
        return self._header_facts()[2]

    @property
    def visible_text(self) -> str:
        """All text a reader sees, normalised with :func:`normalize` (computed once, on demand)."""
        if self._visible_cache is None:
            self._visible_cache = normalize(self._visible_text()) if self._visible_text else ""
        return self._visible_cache

    @property
    def image_urls(self) -> frozenset[str]:
        """Every image address the body shows (``src``, lazy-loading attributes, ``srcset``), as written."""
        if self._image_urls_cache is None:
            self._image_urls_cache = self._image_urls() if self._image_urls else frozenset()
        return self._image_urls_cache

    def shows(self, text: str) -> bool:
        """Whether ``text`` appears in the page's visible text, normalised, with quotation marks
        and whitespace left out on both sides: markup writes ``'`` where the page prints ``"``,
        and ``<li>a</li><li>b</li>`` shows "a b" as much as "ab"."""
        if self._shown_raw is None:
            self._shown_raw = self._shown_text() if self._shown_text else ""
        exact = text.strip()
        if exact and exact in self._shown_raw:
            return True  # shown as written: no need to normalise the whole page
        needle = _compact(normalize(text))
        if not needle:
            return False
        if self._shown_cache is None:
            # The reader's plain text of the body is cheaper than visible_text, and enough here.
            shown = self._shown_raw if self._shown_text else self.visible_text
            self._shown_cache = _compact(normalize(shown))
        return needle in self._shown_cache

    def robots(self) -> set[str]:
        """Directives of ``<meta name=robots>`` and ``<meta name=googlebot>``, lower case."""
        out: set[str] = set()
        for key in ("robots", "googlebot"):
            value = self.meta.get(key)
            if value:
                out.update(d.strip().lower() for d in value.value.split(",") if d.strip())
        return out


def _compact(text: str) -> str:
    """Normalised text without quotation marks and whitespace, for substring tests."""
    for quote in _NO_QUOTES:
        if quote in text:
            text = text.replace(quote, "")
    return "".join(text.split())


_NO_QUOTES = ('"', "'", "`", "´")
#: (character, replacement): chained str.replace is ~50 times faster than str.translate with a
#: dict on a whole page's text.
_UNIFY = (("“", '"'), ("”", '"'), ("„", '"'), ("«", '"'), ("»", '"'), ("‘", "'"), ("’", "'"), ("‚", "'"),
          ("′", "'"), ("\u00a0", " "), ("–", "-"), ("—", "-"))


def normalize(text: str) -> str:
    """Text for comparison: entities decoded, NFKC, quotes and dashes unified, whitespace
    collapsed, case folded (markup often carries ``&#8217;`` where the page shows ``’``)."""
    if "&" in text:
        text = html.unescape(text)
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        for char, replacement in _UNIFY:
            if char in text:
                text = text.replace(char, replacement)
    return " ".join(text.split()).casefold()


def page_articles(graph: Any, facts: PageFacts) -> frozenset[tuple[int, str]]:
    """``(document, path)`` of the article nodes that describe the page itself.

    A page may mark up other articles beside its own (microdata teasers, a list of related
    stories): comparing those with what the page shows would only report noise. With one
    article node, that node; with several, those whose address is the page's canonical URL or
    whose headline is the page's title, else the first.
    """
    cached = _OWN.get(graph)
    if cached is not None:
        return cached
    articles = [n for n in graph.nodes if n.kind == "article"]
    own = [n for n in articles if _names_page(n.data, facts)] if len(articles) > 1 else articles
    result = frozenset((n.doc, n.path) for n in (own or articles[:1]))
    _OWN[graph] = result
    return result


def is_page_article(view: Any, ctx: Any) -> bool:
    """Whether the article ``view`` of a rule's context is the page's own (see :func:`page_articles`)."""
    graph = getattr(ctx, "graph", None)
    if graph is None or ctx.page is None:
        return True
    return (view.doc, view.path) in page_articles(graph, ctx.page)


_OWN: WeakKeyDictionary[Any, frozenset[tuple[int, str]]] = WeakKeyDictionary()


def _names_page(node: dict[str, Any], facts: PageFacts) -> bool:
    canonical = facts.canonical.value.rstrip("/") if facts.canonical else None
    if canonical:
        for prop in ("url", "mainEntityOfPage", "@id"):
            value = node.get(prop)
            if isinstance(value, dict):
                value = value.get("@id") or value.get("url")
            if isinstance(value, str) and value.split("#", 1)[0].rstrip("/") == canonical:
                return True
    headline = node.get("headline")
    if not isinstance(headline, str):
        return False
    key = normalize(headline)
    titles = [t.value for t in facts.h1]
    og = facts.meta.get("og:title")
    if og is not None:
        titles.append(og.value)
    return any(key and (key == normalize(t) or key in normalize(t)) for t in titles)
