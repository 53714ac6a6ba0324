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
from typing import Any, Literal, TypeVar
from weakref import WeakKeyDictionary

from linter.article import Author, FaqItem, Text

DateRole = Literal["published", "modified", "unknown"]
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class VisibleDate:
    """A date shown on the page (a ``time`` element or a labelled text)."""

    text: str  # as shown, or the datetime attribute
    iso: str | None  # ISO 8601 when it could be read
    role: DateRole
    line: int | None
    origin: str  # "time", "itemprop", "label", "byline", "date box", "date line"
    near: bool = True  # shown around the headline, not elsewhere on the page


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


@dataclass(frozen=True, slots=True)
class Evidence:
    """One statement a page makes of a fact, where it makes it, and how much it weighs.

    ``kind`` names the evidence as a reader would look for it ("json-ld", "meta
    article:published_time", "time element", "date line", "byline", "h1", "og:title").
    ``rank`` orders kinds: what the publisher wrote for machines about this article (its
    markup, its article meta tags) over what the page shows with a label, over what it shows
    without one, over guesses that are never reported as stated (a date in the URL: rank 0).
    """

    value: Any
    kind: str
    line: int | None
    rank: int
    shown: str | None = None  # the words the page shows ("16 de septiembre de 2025"), where it shows them

    def describe(self) -> str:
        """``meta article:published_time, line 14``."""
        return f"{self.kind}, line {self.line}" if self.line else self.kind


@dataclass(frozen=True, slots=True)
class MovedHead:
    """Head elements that stand in the body because the head ended early (see ``head-elements-in-body``)."""

    elements: tuple[Any, ...]  # the title, meta, link and base elements, in page order
    ended_at: Text  # what ended the head: text before <head> ("Warning: ..."), or an element ("<img>")
    line: int | None  # the first moved element's line

    def names(self) -> list[str]:
        """``["title", "meta description", "link canonical"]``: what moved, as a reader names it."""
        out = []
        for el in self.elements:
            key = el.get("name") or el.get("property") or el.get("rel") or el.get("http-equiv") or ""
            out.append(f"{el.tag} {key}".strip() if el.tag != "title" else "title")
        return out


@dataclass(slots=True)
class PageFacts:
    url: str | None = None
    lang: Text | None = None  # <html lang>
    title: Text | None = None  # <title>
    meta_description: Text | None = None
    canonical: Text | None = None  # <link rel=canonical href>, as written
    base_href: str | None = None  # the first <base href>, as written: relative URLs resolve against it
    canonical_in_body: bool = False
    meta: dict[str, Text] = field(default_factory=dict)  # og:*, article:*, twitter:*, author, robots...
    meta_lists: dict[str, list[Text]] = field(default_factory=dict)  # every value of a repeated meta tag
    item_meta: dict[str, Text] = field(default_factory=dict)  # <meta itemprop=...> outside any item
    og_images: list[str] = field(default_factory=list)
    #: ``X-Robots-Tag`` directives for Google, from the page's HTTP response (crawl, WARC): robots
    #: meta tags sent as headers (see :class:`linter.sources.PageHeaders`).
    http_robots: tuple[str, ...] = ()
    h1: list[Text] = field(default_factory=list)
    heading: Text | None = None  # the article's headline as shown (see linter.readers.page.headline)
    heading_in_article: bool = False  # ``heading`` stands inside an <article> element
    _read_markup: Callable[[], Any] | None = field(default=None, repr=False)
    _markup: Any = field(default=None, repr=False)
    _read_page_node: Callable[[], Any] | None = field(default=None, repr=False)
    _page_node: Any = field(default=None, repr=False)
    figures: list[Figure] = field(default_factory=list)
    has_article_element: bool = False
    moved_head: MovedHead | None = None  # head elements standing in the body
    _visible_text: Callable[[], str] | None = field(default=None, repr=False)
    _visible_cache: str | None = field(default=None, repr=False)
    _image_urls: Callable[[], frozenset[str]] | None = field(default=None, repr=False)
    _image_urls_cache: frozenset[str] | None = field(default=None, repr=False)
    _shown_text: Callable[[], str] | None = field(default=None, repr=False)
    _shown_cache: str | None = field(default=None, repr=False)
    _shown_raw: str | None = field(default=None, repr=False)
    _raw_search: _Search | None = field(default=None, repr=False)
    _compact_search: _Search | None = field(default=None, repr=False)
    _search_left: int = field(default=0, repr=False)
    #: Texts :meth:`shows` took as shown without searching the page for them (see _SEARCH_PASSES).
    unsearched: int = 0

    # Bylines, dates and FAQ sections are read from the body when a rule first asks, each on
    # its own: a page without article markup never needs them, most rules need one of them.
    _read_bylines: Callable[[], list[Author]] | None = field(default=None, repr=False)
    _read_dates: Callable[[], list[VisibleDate]] | None = field(default=None, repr=False)
    _read_faq: Callable[[], list[FaqItem]] | None = field(default=None, repr=False)
    _visible: dict[str, Any] = field(default_factory=dict, repr=False)
    _read_head_written: Callable[[], bool] | None = field(default=None, repr=False)

    def release(self) -> None:
        """Drop the readers of what was not asked for: the facts are read no further.

        Some readers hold the source that holds these facts, a reference cycle that would keep
        the page's tree until the next collection of cycles.
        """
        self._read_markup = self._read_page_node = None
        self._read_bylines = self._read_dates = self._read_faq = None
        self._read_head_written = None
        self._visible_text = self._shown_text = self._image_urls = None

    def _read_once(self, name: str, read: Callable[[], list[_T]] | None) -> list[_T]:
        found: list[_T] | None = self._visible.get(name)
        if found is None:
            found = self._visible[name] = read() if read is not None else []
        return found

    @property
    def markup(self) -> Any:
        """The page's own Article markup (a :class:`linter.readers.page.markup.Markup`), read when first asked."""
        if self._markup is None and self._read_markup is not None:
            self._markup = self._read_markup()
        return self._markup

    @property
    def page_node(self) -> Any:
        """The page's WebPage markup when it has no Article markup (its dates count as the page's)."""
        if self._page_node is None and self._read_page_node is not None:
            self._page_node = self._read_page_node()
        return self._page_node

    @property
    def bylines(self) -> list[Author]:
        """Visible byline names."""
        return self._read_once("bylines", self._read_bylines)

    @property
    def dates(self) -> list[VisibleDate]:
        """Visible dates (``time`` elements, ``itemprop`` dates, labelled text)."""
        return self._read_once("dates", self._read_dates)

    @property
    def head_written(self) -> bool:
        """Whether the page writes its ``<head>`` (a start or end tag): a page, not a fragment,
        which ``newslint fix`` can write a JSON-LD block into (:mod:`linter.html_head`)."""
        found: bool | None = self._visible.get("head_written")
        if found is None:
            found = self._visible["head_written"] = (self._read_head_written is not None
                                                     and self._read_head_written())
        return found

    @property
    def faq(self) -> list[FaqItem]:
        """Question and answer pairs of the page's FAQ sections."""
        return self._read_once("faq", self._read_faq)

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
            self._raw_search = _Search(self._shown_raw)
            self._search_left = _SEARCH_PASSES * len(self._shown_raw) + _SEARCH_BASE
        exact = text.strip()
        if exact:
            assert self._raw_search is not None  # made with _shown_raw
            found = self._find(self._raw_search, exact)
            if found is None:
                return self._unsearched()
            if found:
                return True  # shown as written: no need to normalise the whole page
        needle = _compact(normalize(text))
        if not needle:
            return False
        if self._shown_cache is None:
            # The reader's plain text of the body is cheaper than visible_text, and enough here.
            shown = self._shown_raw if self._shown_text else self.visible_text
            self._shown_cache = _compact(normalize(shown))
            self._compact_search = _Search(self._shown_cache)
        assert self._compact_search is not None  # made with _shown_cache
        found = self._find(self._compact_search, needle)
        return self._unsearched() if found is None else found

    def _find(self, search: _Search, needle: str) -> bool | None:
        found, cost = search.find(needle, self._search_left)
        self._search_left -= cost
        return found

    def _unsearched(self) -> bool:
        """The page's text was searched for so many texts that it is no longer: not reported."""
        self.unsearched += 1
        return True

    def robots(self) -> set[str]:
        """Directives of ``<meta name=robots>`` and ``<meta name=googlebot>``, lower case."""
        out: set[str] = set()
        for key in ("robots", "googlebot"):
            value = self.meta.get(key)
            if value:
                out.update(d.strip().lower() for d in value.value.split(",") if d.strip())
        return out


#: How many times over :meth:`PageFacts.shows` may read a page's text, plus a fixed allowance.
#: Texts shown in page order cost one pass between them; each one not shown costs a pass of
#: its own, so a page marking up many thousands of texts it does not show would otherwise
#: take quadratic time. Beyond it a text counts as shown, and rules say how many were not
#: looked for.
_SEARCH_PASSES = 32
_SEARCH_BASE = 1 << 30


class _Search:
    """``needle in text`` for many needles: from where the last one was found, then from the start."""

    __slots__ = ("cursor", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.cursor = 0

    def find(self, needle: str, budget: int) -> tuple[bool | None, int]:
        """Whether ``text`` holds ``needle`` (``None``: not known within ``budget`` characters read),
        and how many characters were read."""
        text, cursor = self.text, self.cursor
        forward = min(len(text), cursor + max(budget, 0) + len(needle))
        at = text.find(needle, cursor, forward)
        if at != -1:
            self.cursor = at
            return True, at + len(needle) - cursor
        cost = forward - cursor
        if forward < len(text) or budget < cost + cursor:
            return None, cost
        # Not after the cursor: before it (a text shown out of order, or not at all).
        at = text.find(needle, 0, cursor + len(needle) - 1)
        if at != -1:
            self.cursor = at
        return at != -1, cost + cursor


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
    if "\u00ad" in text:  # soft hyphens: invisible unless a line breaks there ("Mes&shy;sen&shy;ger")
        text = text.replace("\u00ad", "")
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
