"""Reader for HTML pages: the structured data they embed, and what a reader of the page sees.

The page is parsed once (:mod:`linter.extract`). Every JSON-LD block becomes a
document to check (a block that is not strict JSON is reported, then read
tolerantly); microdata items of the Article family and FAQPage are checked the
same way. What the page shows (head tags, ``h1``, bylines, dates, figures, FAQ
sections, language) becomes :class:`~linter.page.PageFacts`, which the
markup-vs-page rules compare the markup with, and an :class:`~linter.article.Article`,
so ``newslint convert page.html`` works on pages without JSON-LD.

A page can turn rules off for itself with comments: ``<!-- newslint: ignore RULE[, RULE...] -->``
covers the next element (a comment just before a ``<script type="application/ld+json">``
covers that block), ``<!-- newslint: ignore-file RULE... -->`` the whole page.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from linter.article import Article, Author, AuthorKind, DateValue, FaqItem, Image, Text
from linter.config import Config
from linter.document import JsonLdDocument, MapLocator, TextLocator
from linter.credits import clean_credit as _clean_credit, split_credit as _split_credit
from linter.extract import Block, Page, microdata_items, parse_page
from linter.graph import kind_of, types_of
from linter.dates import parse_date, parse_iso, starts_like_date
from linter.page import DateRole, Figure, PageFacts, VisibleDate, normalize
from linter.readers import Source, Suppression, apply_site
from linter.rules import finding


def read_bytes(data: bytes, path: str, config: Config, *, url: str | None = None,
               declared_encoding: str | None = None) -> Source:
    """Read an HTML page given as bytes (its encoding is sniffed the way browsers do)."""
    source = Source(path)
    try:
        page = parse_page(data, url=url, declared_encoding=declared_encoding)
    except ValueError as exc:
        source.findings.append(finding("parse-error", str(exc), path))
        return source
    if page.encoding_guessed:
        source.findings.append(finding(
            "non-utf8-encoding", "page declares no charset and is not valid UTF-8; read as windows-1252",
            path, line=1))
    for block in page.blocks:
        _block(block, path, source)
    for item in microdata_items(page):
        if any(kind_of(types_of(node)) for node in _typed_nodes(item.data)):
            source.documents.append(JsonLdDocument(
                item.data, MapLocator({}, default=(item.line, None)), origin="microdata",
                label="microdata"))
    source.page = read_facts(page)
    if "newslint:" in page.text:  # most pages have no suppression: no walk over their comments
        _suppressions(page, path, source)
    return source


def _block(block: Block, path: str, source: Source) -> None:
    parsed = block.parsed
    where = f"JSON-LD block {block.index + 1}"
    if not block.text.strip():
        source.findings.append(finding("empty-json-ld-block", f"{where} is empty", path,
                                       line=block.line, column=block.column))
        return
    if parsed.error is not None:
        message, line, column = parsed.error
        file_line = block.line + line - 1
        file_column = column + (block.column - 1 if line == 1 else 0)
        if parsed.ok:
            text = f"{where} is not valid JSON ({message}); read after repairing: {', '.join(parsed.repairs)}"
        else:
            text = f"{where} is not valid JSON ({message}); its content cannot be checked"
        source.findings.append(finding("invalid-json-ld", text, path, line=file_line, column=file_column))
    if not parsed.ok:
        return
    locator = TextLocator(parsed.text, block.line - 1, block.column - 1, tuple(parsed.starts))
    if parsed.duplicates:
        from linter.rules import duplicate_key

        source.findings.extend(duplicate_key.findings(parsed.duplicates, where, path, block.line, block.column))
    source.documents.append(JsonLdDocument(parsed.data, locator, origin="html", label=where))


def _typed_nodes(data: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            if "@type" in value:
                out.append(value)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return out


# --- suppressions ------------------------------------------------------------------------------

#: ``newslint: ignore missing-author, missing-image-url`` (names split on commas and/or spaces).
_DIRECTIVE = re.compile(r"\s*newslint:\s*(?P<directive>[^\s,]*)(?P<names>.*)", re.S)
_NAMES = re.compile(r"[^\s,]+")
_DIRECTIVES = ("ignore", "ignore-file")


def _suppressions(page: Page, path: str, source: Source) -> None:
    """Read the page's ``<!-- newslint: ... -->`` comments into ``source.suppressions``.

    ``ignore`` covers the lines of the next element: from its start tag to the line its
    last descendant's text and the closing tags after it end on (see :func:`_last_line`).
    A comment that is the last thing inside its parent covers the element after that parent.
    ``ignore-file`` covers the whole page. A directive newslint does not know, or one that
    names no rule, is an ``unknown-suppression`` finding (as is an unknown rule name, reported
    when the suppressions are applied).
    """
    root = page.root
    # Comments before <html> or after </html> are the root's siblings, not its descendants.
    outside = (node for node in itertools.chain(root.itersiblings(preceding=True), root.itersiblings())
               if node.tag is etree.Comment)
    for comment in itertools.chain(outside, root.iter(etree.Comment)):
        text = comment.text or ""
        m = _DIRECTIVE.match(text)
        if m is None:
            continue
        # libxml2 gives a comment the line it ends on; the suppression is written where it starts.
        end = comment.sourceline or 1
        line = max(1, end - text.count("\n"))
        directive = m["directive"]
        names = tuple(dict.fromkeys(_NAMES.findall(m["names"])))
        if directive not in _DIRECTIVES:
            source.findings.append(finding(
                "unknown-suppression", f"unknown newslint directive '{directive}' (a comment reads "
                "'newslint: ignore RULE' or 'newslint: ignore-file RULE')", path, line=line))
        elif not names:
            source.findings.append(finding(
                "unknown-suppression", f"suppression names no rule ('newslint: {directive} RULE')", path,
                line=line))
        elif directive == "ignore-file":
            source.suppressions.append(Suppression(names, line))
        else:
            target = _next_element(comment)
            if target is None:  # nothing follows: it covers its own line, where nothing is reported
                source.suppressions.append(Suppression(names, line, line, end))
            else:
                first = target.sourceline or end
                source.suppressions.append(Suppression(names, line, first, max(first, _last_line(target))))


def _next_element(node: Any) -> Any:
    """The first element after ``node`` in document order that does not contain it."""
    while node is not None:
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str):
                return sibling
        node = node.getparent()
    return None


def _last_line(el: Any) -> int:
    """The line ``el``'s end tag stands on, as far as the tree tells.

    lxml knows the line of each start tag only. After the start of ``el``'s last descendant
    in document order come only that descendant's text and the tails of it and its ancestors
    up to ``el``: their line breaks lead to the end tag. (A character reference for a line
    break counts as one; an end tag broken over lines is not seen.)
    """
    last = el
    while len(last):
        last = last[-1]
    # A comment's sourceline is already the line it ends on.
    newlines = (last.text or "").count("\n") if isinstance(last.tag, str) else 0
    node = last
    while node is not el:
        newlines += (node.tail or "").count("\n")
        node = node.getparent()
    return (last.sourceline or el.sourceline or 1) + newlines


# --- what the page shows -----------------------------------------------------------------------

def read_facts(page: Page) -> PageFacts:
    """Head tags and visible facts of a parsed page."""
    root = page.root
    facts = PageFacts(url=page.url)
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang and lang.strip():
        facts.lang = Text(lang.strip(), root.sourceline)
    head = root.find("head")
    if head is not None:
        _head(head, facts)
    body = root.find("body")
    if body is not None:
        _body(body, facts)
    return facts


def _head(head: Any, facts: PageFacts) -> None:
    for el in head.iter("title", "meta", "link"):
        tag = el.tag
        if tag == "title":
            # Not an SVG's <title> (an icon's tooltip): the page's title stands in <head> itself.
            if facts.title is None and el.getparent() is head and el.text and el.text.strip():
                facts.title = Text(" ".join(el.text.split()), el.sourceline)
        elif tag == "meta":
            content = el.get("content")
            if content is None:
                continue
            # <meta property="og:description" name="description" content="..."> sets both.
            value = content.strip()
            keys = {(el.get(attr) or "").strip().lower() for attr in ("property", "name")} - {""}
            for key in sorted(keys):
                first = facts.meta.get(key)
                if first is None or (key in _ADDITIVE and not first.value):
                    facts.meta[key] = Text(value, el.sourceline)
                elif key in _ADDITIVE and value:
                    # Crawlers add up the directives of all robots tags (a second tag's
                    # noindex counts); the first tag's line is kept.
                    facts.meta[key] = Text(f"{first.value}, {value}", first.line)
                if key == "og:image" and value:
                    facts.og_images.append(value)
        elif tag == "link" and facts.canonical is None:
            if "canonical" in (el.get("rel") or "").lower().split():
                facts.canonical = Text((el.get("href") or "").strip(), el.sourceline)
    description = facts.meta.get("description")
    if description is not None and description.value:
        facts.meta_description = description


#: Meta tags whose every occurrence counts, not only the first (robots meta tag documentation).
_ADDITIVE = frozenset({"robots", "googlebot"})


def _body(body: Any, facts: PageFacts) -> None:
    h1s: list[Any] = []
    articles: list[Any] = []
    times: list[Any] = []
    figures: list[Any] = []
    faq_parts: list[Any] = []
    # One walk over the body; lxml filters the tags in C, so only these become Python objects.
    for el in body.iter("link", "h1", "article", "time", "figure", "h2", "h3", "h4", "details", "dl"):
        tag = el.tag
        if tag == "link":
            if facts.canonical is None and "canonical" in (el.get("rel") or "").lower().split():
                facts.canonical = Text((el.get("href") or "").strip(), el.sourceline)
                facts.canonical_in_body = True
        elif tag == "h1":
            text = " ".join(el.text_content().split())
            if text:
                facts.h1.append(Text(text, el.sourceline))
                h1s.append(el)
        elif tag == "article":
            facts.has_article_element = True
            articles.append(el)
        elif tag == "time":
            times.append(el)
        elif tag == "figure":
            figures.append(el)
        else:
            faq_parts.append(el)
    reader = _BodyReader(body, h1s, articles, _base_url(facts))
    facts.figures = reader.figures(figures)
    facts._read_header = lambda: (reader.bylines(), reader.dates(times), reader.faq(h1s + faq_parts))
    facts._visible_text = lambda: _visible_text(body)
    facts._shown_text = lambda: _shown_text(body)
    facts._image_urls = lambda: _image_urls(body)


def _visible_text(body: Any) -> str:
    return " ".join(_VISIBLE(body))


def _shown_text(body: Any) -> str:
    """The body's text in one piece, scripts, styles, templates and ``noscript`` left out.

    Serialised by libxml2 (several times faster than collecting text nodes): the text of
    neighbouring elements may run together, which substring tests without whitespace
    (:meth:`PageFacts.shows`) do not mind.
    """
    text = etree.tostring(body, method="text", encoding="unicode", with_tail=False)
    pieces: list[str] = []
    start = 0
    for el in body.iter("script", "style", "template", "noscript"):
        hidden = el.text if el.tag != "noscript" and len(el) == 0 else etree.tostring(
            el, method="text", encoding="unicode", with_tail=False)
        if not hidden:
            continue
        found = text.find(hidden, start)
        if found == -1:  # inside an element already left out
            continue
        pieces.append(text[start:found])
        start = found + len(hidden)
    pieces.append(text[start:])
    return " ".join(pieces)


# Scripts, styles and templates hold text only as direct children: a parent test is enough (and
# cheaper than climbing every ancestor); a <noscript> may wrap markup.
_VISIBLE = etree.XPath("descendant-or-self::text()[not(parent::script or parent::style or parent::template "
                       "or ancestor::noscript)]", smart_strings=False)


def _base_url(facts: PageFacts) -> str | None:
    """The page's own absolute URL (given, or its canonical link), to resolve relative links."""
    for value in (facts.url, facts.canonical.value if facts.canonical else None):
        if value and value.startswith(("http://", "https://")):
            return value
    return None


# --- reading the body --------------------------------------------------------------------------
#
# Speed: on an lxml tree every element Python touches costs about a microsecond, and every
# XPath test on an attribute's value about half of one. So the body is walked once for the
# tags that matter (``_body``); attribute searches (bylines) run only on the part of the page
# around the headline; and whether an element stands in page chrome is decided once per
# ancestor and remembered.

_XPath = etree.XPath

#: Containers whose content is not the article: reader comments, related and recommended
#: stories, sidebars, author bio boxes, menus, ads (parts of ``class`` and ``id``, lower case).
#: Substring and word tests: a regular expression with many alternatives costs ~50 times more.
_CHROME_PARTS = (
    "comment", "related", "recommend", "sidebar", "outbrain", "taboola", "newsletter", "breadcrumb",
    "trending", "popular", "advert", "sponsor", "cookie", "paywall", "authorbox", "author-box", "author-bio",
    "authorbio", "about-author", "about-the-author", "biography", "mostread", "most-read", "more-stories",
    "read-more", "readmore", "also-read", "you-may", "next-article", "navbar", "pagination", "print-only",
    "print-header", "print-footer", "site-header", "site-footer", "page-footer", "global-footer",
    "similar", "widget", "follow-us", "followus", "product-box", "aawp",
)
_CHROME_WORDS = frozenset({
    "bio", "menu", "nav", "ad", "ads", "modal", "consent", "teaser", "teasers", "promo", "subscribe",
    "subscription",
})


def _chrome_names(names: str) -> bool:
    low = names.lower()
    for part in _CHROME_PARTS:
        if part in low:
            return True
    return not _CHROME_WORDS.isdisjoint(low.replace("_", " ").replace("-", " ").split())


_CHROME_TAGS = frozenset({"nav", "noscript", "template", "dialog", "script", "style", "select", "button"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: Text a page hides from sight and keeps for screen readers ("Image caption", "Credit").
_SCREEN_READER = re.compile(r"sr-only|visually-?hidden|screen-?reader|off-?screen|hidefromview|(?:^|\s)u-h(?:$|\s)",
                            re.I)


def _any_ancestor(el: Any, stop: Any, memo: dict[Any, bool], test: Callable[[Any], bool]) -> bool:
    """Whether ``test`` holds for ``el`` or an ancestor below ``stop``.

    The answer is remembered in ``memo`` for every element climbed, so the many elements of one
    container cost one climb between them.
    """
    chain: list[Any] = []
    node = el
    result = False
    while node is not None and node is not stop:
        cached = memo.get(node)
        if cached is not None:
            result = cached
            break
        chain.append(node)
        if test(node):
            result = True
            break
        node = node.getparent()
    for seen in chain:
        memo[seen] = result
    return result


def _not_content_element(node: Any) -> bool:
    cls = node.get("class")
    return bool(cls) and _not_content_names(cls)


class _BodyReader:
    """Reads what the body shows, leaving out page chrome and other articles' teasers."""

    def __init__(self, body: Any, h1s: list[Any], articles: list[Any], base: str | None) -> None:
        self.body = body
        self.base = base
        self._chrome: dict[Any, bool] = {}
        self._not_picture: dict[Any, bool] = {}
        self._main_up: set[Any] = set()
        self.main = _main_article(h1s, articles)
        if self.main is not None:
            self._main_up = set(self.main.iterancestors("article"))
        self.h1 = next((h for h in h1s if not self.excluded(h)), None)
        self._header: _Header | None = None

    # --- chrome -------------------------------------------------------------------------------

    def excluded(self, el: Any) -> bool:
        """Whether ``el`` stands in page chrome, is hidden, or belongs to another article."""
        return _any_ancestor(el, self.body, self._chrome, self._is_chrome)

    def _is_chrome(self, node: Any) -> bool:
        tag = node.tag
        if not isinstance(tag, str) or tag in _CHROME_TAGS:
            return True
        if tag in ("footer", "aside") and (
                self.main is None or not any(a is self.main for a in node.iterancestors("article"))):
            return True  # the page's footer or aside; the article's own (byline, credits) belongs to it
        if tag == "article" and self.main is not None and node is not self.main and node not in self._main_up:
            return True  # a teaser of another story
        get = node.get
        if get("hidden") is not None or get("aria-hidden") == "true":
            return True
        style = get("style")
        if style and _HIDDEN_STYLE.search(style):
            return True
        cls = get("class")
        ident = get("id")
        return bool(cls and _chrome_names(cls)) or bool(ident and _chrome_names(ident))

    # --- where the byline and dates stand --------------------------------------------------------

    def header(self) -> _Header:
        """What stands around the headline: byline elements, "By ..." lines, dates, date labels."""
        if self._header is None:
            header = self._header = _Header()
            if self.h1 is None:
                start = self.main if self.main is not None else self.body
                _scan_header(islice(start.iter(), _HEADER_WINDOW), header)
            else:
                _scan_header(_before(self.h1, self.body, _HEADER_BEFORE), header)
                _scan_header(_after(self.h1, self.body, _HEADER_WINDOW, _HEADER_TAGS), header)
        return self._header

    # --- bylines ----------------------------------------------------------------------------------

    def bylines(self) -> list[Author]:
        found: list[tuple[int, str, str | None]] = []
        header = self.header()
        for el in self._byline_elements(header.bylines):
            found.extend((el.sourceline or 0, name, url) for name, url in self._names_in(el))
        for el in header.by_lines:
            text = _text(el, sep=" ")
            if len(text) <= _MAX_BYLINE_CHARS and not self.excluded(el):
                found.extend((el.sourceline or 0, name, url)
                             for name, url in self._with_urls(el, _byline_names(text, need_prefix=True)))
        out: list[Author] = []
        seen: set[str] = set()
        for line, name, url in sorted(found, key=lambda f: f[0]):
            key = normalize(name)
            if key not in seen:
                seen.add(key)
                out.append(Author(name, _author_kind(name), line or None, url=url))
        return out

    def _byline_elements(self, found: list[Any]) -> list[Any]:
        """Byline elements, the innermost of nested ones (``<div class=byline><a rel=author>``)."""
        if not found:
            return []
        members = set(found)
        outer: set[Any] = set()
        for el in found:
            for depth, up in enumerate(el.iterancestors()):
                if depth >= _NESTING or up is self.body:
                    break
                if up in members:
                    outer.add(up)
        return [el for el in found if el not in outer and not self.excluded(el)]

    def _names_in(self, el: Any) -> list[tuple[str, str | None]]:
        prop = f" {el.get('itemprop') or ''} "
        if " author " in prop or " creator " in prop:
            for sub in _ITEMPROP_NAME(el):
                return self._with_urls(el, _byline_names(_text(sub, sep=" ")))
        text = _text(el, sep=" ")
        if len(text) > _MAX_BYLINE_CHARS * 2:
            return []
        names = _byline_names(text)
        if len(text) <= _MAX_BYLINE_CHARS and (not names or len(el)):
            # The author's own link names the author better than text with buttons around it
            # ("Jane Doe Follow", "Jane Doe @janedoe").
            linked = [n for a in el.iter("a") if _AUTHOR_HREF.search(a.get("href") or "") or _is_rel_author(a)
                      for n in _byline_names(_text(a, sep=" "))]
            if not names:
                names = linked
            elif linked:
                names = [next((n for n in linked if normalize(n) in normalize(name)), name) for name in names]
        return self._with_urls(el, names)

    def _with_urls(self, el: Any, names: list[str]) -> list[tuple[str, str | None]]:
        """Each name with the profile link the byline gives it, if any."""
        if not names:
            return []
        links: dict[str, str] = {}
        for a in el.iter("a"):
            href = (a.get("href") or "").strip()
            if href and not href.startswith(("#", "mailto:", "javascript:")):
                links.setdefault(normalize(_text(a, sep=" ")), href)
        out = []
        for name in names:
            href = links.get(normalize(name))
            out.append((name, self.absolute(href) if href else None))
        return out

    def absolute(self, url: str) -> str | None:
        """``url`` made absolute against the page's URL; ``None`` when that cannot be done."""
        url = url.strip()
        if url.startswith(("http://", "https://")):
            return url
        return urljoin(self.base, url) if self.base else None

    # --- dates ------------------------------------------------------------------------------------

    def dates(self, times: list[Any]) -> list[VisibleDate]:
        out: list[VisibleDate] = []
        seen: set[tuple[str, str]] = set()

        def add(date: VisibleDate | None) -> None:
            if date is not None:
                key = (date.iso or date.text, date.role)
                if key not in seen:
                    seen.add(key)
                    out.append(date)

        header = self.header()
        for el in times + header.dated:
            if not self.excluded(el):
                add(_date_element(el))
        for el, is_tail in header.labels:
            for date in self._labelled_dates(el, is_tail):
                add(date)
        out.sort(key=lambda d: d.line or 0)
        return out

    def _labelled_dates(self, owner: Any, is_tail: bool) -> list[VisibleDate]:
        """The dates after labels in the text of ``owner`` (or in its tail)."""
        if owner.tag == "time" or next(owner.iterancestors("time"), None) is not None:
            return []  # a time element is read on its own
        holder = owner.getparent() if is_tail else owner
        if holder is None or self.excluded(holder):
            return []
        text = " ".join(((owner.tail if is_tail else owner.text) or "").split())
        labels = list(_DATE_LABEL.finditer(text))
        if len(labels) > 1:  # "Published 3 March 2025 | Updated 4 March 2025"
            return [date for m in labels if (date := _read_labelled(
                text[m.end():], "modified" if _MODIFIED.search(m["label"]) else "published",
                owner.sourceline)) is not None]
        date = self._labelled_date(owner, holder, text, labels[0] if labels else None)
        return [date] if date is not None else []

    def _labelled_date(self, owner: Any, holder: Any, text: str, m: re.Match[str] | None) -> VisibleDate | None:
        if m is None:
            return None
        # "<span>Updated:</span> <span>3 March 2025</span>": the date stands next to the label.
        for _ in range(2):
            if text[m.end():].strip(" :"):
                break
            if holder.find(".//time") is not None:
                return None  # "Published <time ...>": the time element is read on its own
            text = _text(holder, sep=" ")
            m = _DATE_LABEL.search(text) if len(text) <= 200 else None
            if m is None:
                return None
            if not text[m.end():].strip(" :"):
                holder = holder.getparent()
                if holder is None or holder is self.body:
                    return None
        role: DateRole = "modified" if _MODIFIED.search(m["label"]) else "published"
        return _read_labelled(text[m.end():], role, owner.sourceline)

    # --- figures and images -------------------------------------------------------------------------

    def figures(self, figures: list[Any]) -> list[Figure]:
        out: list[Figure] = []
        for fig in figures:
            if self.excluded(fig) or next(fig.iterdescendants("figure"), None) is not None:
                continue  # a gallery's figures are read one by one
            figure = _figure(fig)
            if figure is not None:
                out.append(figure)
        scope = self._article_body()
        if scope is not None:
            for img in scope.iter("img"):
                if _decorative(img) or _thumbnail(img) or _links_elsewhere(img) \
                        or _not_content_names(f"{img.get('src') or ''} {img.get('data-src') or ''}"):
                    continue
                if next(img.iterancestors("figure"), None) is not None:
                    continue
                if self._not_content(img, scope) or self.excluded(img):
                    continue
                out.append(_loose_image(img))
        out.sort(key=lambda f: f.line or 0)
        return out

    def _article_body(self) -> Any:
        """Where the story's own images stand: the main article, else the ``articleBody``."""
        return self.main if self.main is not None else self.header().article_body

    def _not_content(self, img: Any, scope: Any) -> bool:
        """An author's photo, a logo, an icon or a sharing button, not an image of the story."""
        return _any_ancestor(img, scope, self._not_picture, _not_content_element)

    # --- FAQ --------------------------------------------------------------------------------------

    def faq(self, parts: list[Any]) -> list[FaqItem]:
        items: list[FaqItem] = []
        for el in parts:
            tag = el.tag
            if tag == "details":
                item = _details_item(el)
                if item is not None and not self.excluded(el):
                    items.append(item)
            elif tag == "dl":
                if not self.excluded(el):
                    items.extend(_dl_items(el))
            elif _FAQ_HEADING.match(" ".join(el.text_content().split())) and not self.excluded(el):
                items.extend(self._faq_section(el))
        out: list[FaqItem] = []
        seen: set[str] = set()
        for item in sorted(items, key=lambda i: i.question_line or 0):
            key = normalize(item.question)
            if key not in seen:
                seen.add(key)
                out.append(item)
        return out

    def _faq_section(self, heading: Any) -> list[FaqItem]:
        """Question headings (ending in "?") and the paragraphs under each, after an FAQ heading."""
        level = int(heading.tag[1])
        items: list[FaqItem] = []
        question: tuple[str, int | None] | None = None
        answer: list[str] = []
        answer_line: int | None = None

        def close() -> None:
            if question is not None and answer:
                items.append(FaqItem(question[0], " ".join(answer), question[1], answer_line))

        # Within the heading's own container: an FAQ section does not run into the page around it
        # (a container holding the heading alone is the heading's wrapper, not the section).
        container = heading.getparent()
        while container is not None and container is not self.body and len(container) == 1:
            container = container.getparent()
        for el in _after(heading, container if container is not None else self.body, _FAQ_WINDOW):
            tag = el.tag
            if tag in _HEADINGS:
                text = " ".join(el.text_content().split())
                if int(tag[1]) <= level:
                    break
                if _is_question(text):
                    close()
                    question, answer, answer_line = (text, el.sourceline), [], None
                elif question is not None:
                    break  # a subheading that is no question ends the FAQ
            elif tag in ("details", "dl", "summary") or self.excluded(el):
                break  # read on their own (or not the article's)
            elif tag in ("p", "li"):
                parent = el.getparent()
                text = _text(el) if parent is None or parent.tag != "li" else ""  # a list item's text is read once
                if not text:
                    continue
                if _is_question(text) and _all_bold(el):
                    close()
                    question, answer, answer_line = (text, el.sourceline), [], None
                elif question is not None:
                    answer.append(text)
                    answer_line = answer_line or el.sourceline
        close()
        return items


_HEADER_WINDOW = 140  # elements after the h1 where its byline and dates are looked for
_HEADER_BEFORE = 20  # and before it (a byline above the headline)
_NESTING = 12  # levels one byline element is looked for inside another
_FAQ_WINDOW = 600
_MAX_BYLINE_CHARS = 150
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _main_article(h1s: list[Any], articles: list[Any]) -> Any:
    """The page's own article element: the one holding the headline, or the only one."""
    for h1 in h1s:
        for article in h1.iterancestors("article"):
            return article
    return articles[0] if len(articles) == 1 else None


def _after(start: Any, stop: Any, limit: int, tags: tuple[str, ...] = ()) -> Iterator[Any]:
    """Up to ``limit`` elements following ``start`` in document order (not inside it), within ``stop``.

    With ``tags``, only elements of those tags (lxml skips the others without making Python
    objects of them: icons' SVG paths, scripts, images).
    """
    n = 0
    node = start
    while True:
        nxt = node.getnext()
        while nxt is None:
            node = node.getparent()
            if node is None or node is stop:
                return
            nxt = node.getnext()
        node = nxt
        for el in node.iter(*tags):
            if isinstance(el.tag, str):
                yield el
                n += 1
                if n >= limit:
                    return


def _before(start: Any, stop: Any, limit: int) -> Iterator[Any]:
    """Up to ``limit`` elements before ``start``: its preceding siblings and its parent's, nearest first."""
    n = 0
    node = start
    for _ in range(2):
        for sibling in node.itersiblings(preceding=True):
            for el in sibling.iter():
                if isinstance(el.tag, str):
                    yield el
                    n += 1
                    if n >= limit:
                        return
        node = node.getparent()
        if node is None or node is stop:
            return


@dataclass(slots=True)
class _Header:
    """What the elements around the headline hold."""

    bylines: list[Any] = field(default_factory=list)  # byline elements (class, id, rel, itemprop)
    by_lines: list[Any] = field(default_factory=list)  # elements whose text starts with "By"
    dated: list[Any] = field(default_factory=list)  # itemprop=datePublished etc. on other than <time>
    labels: list[tuple[Any, bool]] = field(default_factory=list)  # (element, in its tail) holding a date label
    article_body: Any = None  # the element with itemprop=articleBody, if the header reaches it


def _scan_header(elements: Iterator[Any], header: _Header) -> None:
    # The hot loop of the reader (about two microseconds an element): substring tests, no regex
    # until something looks like a byline or a date label.
    body_paragraphs = 0
    for el in elements:
        tag = el.tag
        if tag.__class__ is not str:
            continue
        get = el.get
        cls = get("class")
        ident = get("id")
        prop = get("itemprop")
        if ((cls and _byline_hint(cls)) or (ident and _byline_hint(ident))
                or (prop and ("author" in prop or "creator" in prop)) or (tag == "a" and get("rel"))):
            if _is_byline_element(el):
                header.bylines.append(el)
        if prop:
            if "date" in prop and tag != "time" and tag != "meta" and _DATE_PROPS.search(prop):
                header.dated.append(el)
            elif "articleBody" in prop and header.article_body is None:
                header.article_body = el
        text = el.text
        if not text:
            pass
        elif len(text) > _MAX_LABEL_TEXT:
            previous = el.getprevious() if tag == "p" else None
            if previous is not None and previous.tag == "p":
                body_paragraphs += 1  # paragraphs one after another: the story's text
                if body_paragraphs >= _BODY_STARTED:
                    return  # the story itself has begun: its byline and dates stand above
        elif not text.isspace():
            if text.lstrip()[:1] in _BY_INITIALS and _BY.match(text.lstrip()) and tag != "script":
                header.by_lines.append(el)
            if _label_hint(text):
                header.labels.append((el, False))
        tail = el.tail
        if tail and len(tail) <= _MAX_LABEL_TEXT and not tail.isspace() and _label_hint(tail):
            header.labels.append((el, True))


def _byline_hint(names: str) -> bool:
    low = names.lower()
    return "yline" in low or "uthor" in low or "autor" in low or "firma" in low


def _label_hint(text: str) -> bool:
    low = text.lower()
    return "publi" in low or "updat" in low or "actualiz" in low or "modif" in low or "posted" in low


_BY_INITIALS = frozenset("BbPpWwEeVvAaTtFf")
_MAX_LABEL_TEXT = 160  # a byline or a date label is a short text; a paragraph is not
_BODY_STARTED = 2  # long paragraphs in a row after which the header is over
#: Elements a byline, a date or a date label stands in.
_HEADER_TAGS = ("div", "span", "p", "a", "address", "cite", "li", "ul", "h2", "h3", "h4", "h5", "h6", "section",
                "header", "footer", "aside", "small", "strong", "b", "em", "i", "time", "font", "dl", "dd", "dt")
_DATE_PROPS = re.compile(r"\b(?:datePublished|dateModified|dateCreated|uploadDate)\b")


_TEXT_NODES = _XPath("descendant-or-self::text()[not(parent::script or parent::style or parent::noscript "
                     "or parent::template)]")


def _text(el: Any, *, sep: str = "", skip: Any = None) -> str:
    """The text ``el`` shows, whitespace collapsed (screen-reader-only labels left out)."""
    if skip is None and len(el) == 0:
        return " ".join((el.text or "").split())
    parts = []
    for node in _TEXT_NODES(el):
        owner = node.getparent()
        if node.is_tail:
            owner = owner.getparent()
        if owner is not None and owner is not el and _hidden_label(owner, el, skip):
            continue
        parts.append(node)
    return " ".join(sep.join(parts).split())


def _hidden_label(owner: Any, top: Any, skip: Any) -> bool:
    node = owner
    while node is not None and node is not top:
        if node is skip:
            return True
        cls = node.get("class")
        if cls and _SCREEN_READER.search(cls):
            return True
        node = node.getparent()
    return False


# --- bylines ---------------------------------------------------------------------------------------

_ITEMPROP_NAME = _XPath("descendant::*[contains(concat(' ', normalize-space(@itemprop), ' '), ' name ')]"
                        "[not(self::meta or self::link)]")
#: Parts of a class or id naming a byline, and parts that name something else next to it.
_BYLINE_PART = frozenset({"byline", "author", "authors", "autor", "autores", "autora", "firma", "authorname",
                          "bylinebody", "authorbyline"})
_NOT_BYLINE_PART = frozenset({
    "comment", "comments", "bio", "box", "avatar", "img", "image", "images", "photo", "pic", "picture", "thumb",
    "social", "description", "desc", "tooltip", "form", "warning", "intro", "button", "role", "function",
    "title", "created", "hidden", "twitter", "handle", "follow", "more", "related", "timestamp", "date",
    "time", "datetime", "wrapper", "wrap", "container", "icon", "label", "job", "position", "email", "mail",
    "bypostauthor", "top", "speakable", "statement", "count", "type", "meta", "gear", "social", "text",
    "details", "info", "block", "profile", "content", "list", "card",
    "url", "link", "links", "logo", "tagline", "headshot", "from", "source", "by", "line",
})
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_PART_SPLIT = re.compile(r"[-_\s]+")


def _is_rel_author(el: Any) -> bool:
    return "author" in (el.get("rel") or "").lower().split()


def _is_byline_element(el: Any) -> bool:
    if el.tag == "a" and _is_rel_author(el):
        return True
    if "author" in (el.get("itemprop") or "").split() or "creator" in (el.get("itemprop") or "").split():
        return True
    for token in f"{el.get('class') or ''} {el.get('id') or ''}".split():
        parts = _PART_SPLIT.split(_CAMEL.sub("-", token).lower())
        if any(p in _NOT_BYLINE_PART for p in parts):
            continue
        if any(p in _BYLINE_PART for p in parts):
            return True
    return False


_BY = re.compile(
    r"^(?:(?:written|posted|published|reported|words|text|story|reporting|compiled)\s+by|by|por|"
    r"escrito\s+por|publicado\s+por|texto\s+de|textos?\s*:|von|authors?\s*:|autor(?:es|a)?\s*:|firma\s*:)"
    r"(?=[\s:])[\s:]*",
    re.I,
)
_MONTH_WORDS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre"
)
_WEEKDAY_WORDS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[ée]rcoles|jueves|viernes|"
    r"s[áa]bado|domingo"
)
#: Where a byline's names end: a separator, a bracket, a date, a date label, a time.
_BYLINE_END = re.compile(
    r"\s*(?:[|•·/(\[]|\s[-–—]\s|\s[-–—]$|\d|\b(?:published|updated|posted|publicado|actualizado|"
    r"ver[öo]ffentlicht|aktualisiert|publi[ée]|mis\s+[àa]\s+jour|last\s+updated|(?:on\s+)?(?:"
    + _WEEKDAY_WORDS + r"))\b|\b(?:" + _MONTH_WORDS + r")\.?\s+\d)",
    re.I,
)
#: A one-word label before the names: "Autori: Anna Ūdre", "Texto: ..." (no name holds a colon).
_NAME_LABEL = re.compile(r"^[^\s:]+\s*:\s*")
#: Words of buttons and links standing next to a byline ("Follow", "Share", "Email").
_BUTTON = re.compile(r"^(?:follow|share|e-?mail|subscribe|view|more|read|see|click|contact|seguir|compartir|"
                     r"ver|leer|suscr[íi]bete)\b", re.I)
_BYLINE_PLACE = re.compile(r"\s+(?:in|en|from|desde)\s+[A-ZÁÉÍÓÚÑ][\w.'’ -]*$")
_NAME_SPLIT = re.compile(r"\s*(?:,\s*(?:and|y|&)\s+|,\s*|\s+and\s+|\s+y\s+|\s*&\s*)\s*")
_NAME_PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "van", "von", "der", "den", "da", "do", "dos", "di", "le", "bin", "al",
     "el", "ibn", "ter", "du", "des", "y", "e"}
)
_NOT_A_NAME = frozenset({
    "share", "follow", "email", "e-mail", "twitter", "facebook", "linkedin", "instagram", "more", "menu",
    "home", "news", "comments", "comment", "author", "authors", "autor", "bio", "about", "contact", "view",
    "profile", "posts", "all posts", "subscribe", "advertisement", "sponsored", "opinion", "analysis",
    "by", "por", "von", "and", "see all", "view all", "more from", "read more", "staff", "editor",
})
_ROLE = re.compile(
    r"\b(correspondent|reporter|editor|writer|journalist|columnist|contributor|analyst|producer|"
    r"photographer|corresponsal|redactor[a]?|periodista|columnista|colaborador[a]?|enviad[oa] especial|"
    r"special envoy|staff writer|senior|chief|head of|director[a]?)s?\b",
    re.I,
)
_ORGANIZATION = re.compile(
    r"\b(team|staff|desk|newsroom|editorial|editors|redacci[óo]n|redaktion|equipo|agency|agencia|"
    r"news service|wire|bureau|reuters|associated press|afp|efe|europa press|bloomberg|ap|dpa|ansa|"
    r"xinhua|newsdesk|contributors|colaboradores|news|press|media|magazine)\b",
    re.I,
)
_AUTHOR_HREF = re.compile(
    r"/(?:author|authors|autor|autores|autora|staff|people|profiles?|journalists?|contributors?|reporters?|"
    r"columnists?|writers?|redaccion|periodistas?)(?:/|$|\?)", re.I)


def _byline_names(text: str, *, need_prefix: bool = False) -> list[str]:
    """The names a byline text gives: ``By A``, ``A and B``, ``A, B and C``, ``Por A y B``.

    Nothing but names: the prefix, a job title, a place, a date after the names are dropped;
    a text holding anything else than names gives none.
    """
    text = " ".join(text.split())
    m = _BY.match(text)
    if m:
        text = text[m.end():]
    elif need_prefix:
        return []
    text = _NAME_LABEL.sub("", text)
    text = _BYLINE_END.split(text, maxsplit=1)[0]
    text = _BYLINE_PLACE.sub("", text).strip(" .,;:-–—")
    if not text:
        return []
    names = []
    for i, part in enumerate(_NAME_SPLIT.split(text)):
        role = _ROLE.search(part)
        if role is not None:
            # "Jane Doe Senior Contributor": the name stands before the title; in "Jane Doe,
            # AP Auto Writer" the part after the comma is all title.
            part = part[:role.start()] if i == 0 else ""
        part = part.strip(" .,;:-–—")
        if not part or part.casefold() in _NOT_A_NAME or _BUTTON.match(part):
            continue
        if not _looks_like_name(part):
            return []
        names.append(part)
    return names if len(names) <= 8 else []


def _looks_like_name(name: str) -> bool:
    if len(name) > 60 or "@" in name or "http" in name or any(c.isdigit() for c in name):
        return False
    words = name.split()
    if not 1 <= len(words) <= 6:
        return False
    for word in words:
        word = word.strip("\"'“”‘’«»()")
        if not word:
            continue
        first = word[0]
        caseless = first.isalpha() and first.lower() == first.upper()
        if not (first.isupper() or caseless) and word.lower() not in _NAME_PARTICLES:
            return False
    return True


def _author_kind(name: str) -> AuthorKind:
    return "Organization" if _ORGANIZATION.search(name) else "Person"


# --- dates -----------------------------------------------------------------------------------------

_DATE_LABEL = re.compile(
    r"(?:^|(?<=[\s|•·,;(]))(?P<label>first\s+published|published|publication\s+date|date\s+published|"
    r"posted\s+on|posted|last\s+updated|updated|last\s+modified|modified|publicado|fecha\s+de\s+publicaci[óo]n|"
    r"actualizado|[úu]ltima\s+actualizaci[óo]n|modificado)(?:\s+(?:on|at|el|a\s+las|:))?\s*:?",
    re.I,
)
_MODIFIED = re.compile(r"updat|modif|actualiz", re.I)
_PUBLISHED_CLASS = re.compile(r"publish|pubdate|posted|creat|publicad|first-?published", re.I)
_MODIFIED_CLASS = re.compile(r"modif|actualiz|last-?updated|lastupdated|updated?[-_]?(?:date|time|at|on)|"
                             r"date[-_]?updated", re.I)
#: Where a labelled date ends: another fact on the same line.
_DATE_END = re.compile(r"\s+[|•·]\s+|\s+[–—]\s+(?!\d)|\s+(?=(?:last\s+updated|updated|modified|actualizado|"
                       r"[úu]ltima\s+actualizaci[óo]n|modificado|published|publicado)\b)", re.I)
_MAX_RAW_DATE = 40


def _date_element(el: Any) -> VisibleDate | None:
    """A ``time`` element or an element with ``itemprop=datePublished`` (and kin)."""
    shown = _text(el, sep=" ")
    if len(shown) > 200:
        shown = ""
    attr = el.get("datetime") or (el.get("content") if el.tag != "time" else None)
    iso = _iso(attr) if attr else None
    if iso is None and shown:
        iso = _iso(_strip_label(shown))
    if iso is None:
        return None
    origin = "itemprop" if el.get("itemprop") and el.tag != "time" else "time"
    return VisibleDate(shown or attr or iso, iso, _date_role(el, shown), el.sourceline, origin)


def _strip_label(text: str) -> str:
    m = _DATE_LABEL.match(text)
    return _DATE_END.split(text[m.end():] if m else text, maxsplit=1)[0].strip(" :,")


def _iso(value: str) -> str | None:
    """ISO 8601 of a machine-readable or written date, or ``None``."""
    value = value.strip()
    if not value:
        return None
    parsed = parse_iso(value)
    if parsed is not None:
        return parsed.isoformat()
    read = parse_date(value)
    return read.iso if read is not None else None


def _date_role(el: Any, shown: str) -> DateRole:
    prop = el.get("itemprop") or ""
    if "dateModified" in prop:
        return "modified"
    if "datePublished" in prop or "dateCreated" in prop or "uploadDate" in prop or el.get("pubdate") is not None:
        return "published"
    before = _text_before(el)
    label = _DATE_LABEL.search(before[-40:]) if before else None
    if label is not None and not before[label.end():].strip(" :"):
        return "modified" if _MODIFIED.search(label["label"]) else "published"
    label = _DATE_LABEL.match(shown)
    if label is not None:
        return "modified" if _MODIFIED.search(label["label"]) else "published"
    parent = el.getparent()
    for node in (el, parent):
        if node is None:
            continue
        names = f"{node.get('class') or ''} {node.get('id') or ''} {node.get('itemprop') or ''}"
        if _PUBLISHED_CLASS.search(names):
            return "published"
        if _MODIFIED_CLASS.search(names) or "dateModified" in names:
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


def _read_labelled(text: str, role: DateRole, line: int | None) -> VisibleDate | None:
    value = _DATE_END.split(text, maxsplit=1)[0].strip(" :,.")
    if not value:
        return None
    read = parse_date(value)
    if read is not None:
        return VisibleDate(value, read.iso, role, line, "label")
    if len(value) <= _MAX_RAW_DATE and starts_like_date(value) and any(c.isdigit() for c in value):
        return VisibleDate(value, None, role, line, "label")  # shown, but not readable without guessing
    return None


# --- figures and images ----------------------------------------------------------------------------

#: Parts of a class, id or address marking an image that is no picture of the story.
_NOT_CONTENT_PARTS = ("avatar", "author", "autor", "byline", "logo", "icon", "emoji", "share", "social",
                      "sponsor", "advert", "headshot", "profile", "badge", "button", "pixel", "tracking",
                      "spacer", "blank.gif", "/px.gif", "banner")


def _not_content_names(names: str) -> bool:
    low = names.lower()
    for part in _NOT_CONTENT_PARTS:
        if part in low:
            return True
    return not _CHROME_WORDS.isdisjoint(low.replace("_", " ").replace("-", " ").split())


_CREDIT_CLASS = re.compile(r"credit|copyright|photographer|fotograf|source|attribution|byline|autor|author",
                           re.I)
_CAPTION_CLASS = re.compile(r"caption|legend|leyenda|pie[-_]?de[-_]?foto|(?:image|img|photo|foto)[-_]*desc", re.I)
#: "a.jpg 1x,b.jpg 2x" and "a.jpg 300w, b.jpg 600w"; a bare comma may stand inside a URL.
_SRCSET_SPLIT = re.compile(r"(?<=\d[wx]),|,\s+")


def _figure(fig: Any) -> Figure | None:
    img = None
    for img in fig.iter("img", "amp-img"):
        break
    src = _image_src(img) if img is not None else None
    if src is None:
        for source in fig.iter("source"):
            urls = _srcset_urls(source.get("srcset") or source.get("data-srcset") or "")
            if urls:
                src = urls[0]
                break
    if img is None and src is None:
        return None  # a quotation, a video or an embed: no image
    alt = img.get("alt") if img is not None else None
    caption_el = None
    for caption_el in fig.iter("figcaption"):
        break
    else:
        caption_el = next((el for el in fig.iter() if el is not fig and isinstance(el.tag, str)
                           and _CAPTION_CLASS.search(el.get("class") or "")), None)
    credit_el = next((el for el in fig.iter() if el is not fig and isinstance(el.tag, str)
                      and (el.tag == "cite" or _CREDIT_CLASS.search(f"{el.get('class') or ''} "
                                                                    f"{el.get('itemprop') or ''}"))), None)
    caption, credit, copyright_ = _caption_and_credit(caption_el, credit_el)
    return Figure(src, None if alt is None else alt.strip(), caption, credit, fig.sourceline, True,
                  credit_is_copyright=copyright_)


def _caption_and_credit(caption_el: Any, credit_el: Any) -> tuple[str | None, str | None, bool]:
    caption = credit = None
    copyright_ = False
    if credit_el is not None:
        credit, copyright_ = _clean_credit(_text(credit_el))
    if caption_el is not None:
        if credit_el is caption_el:
            # A caption classed as the credit: its text may still hold both.
            split = _split_credit(_text(caption_el))
            return split if split[1] is not None else (None, credit, copyright_)
        inside = credit_el is not None and any(up is caption_el for up in credit_el.iterancestors())
        caption = _text(caption_el, skip=credit_el if inside else None)
        if credit is None and caption:
            caption, credit, copyright_ = _split_credit(caption)
    return caption or None, credit or None, copyright_


def _image_src(img: Any) -> str | None:
    """The image an ``img`` shows: lazy-loading attributes first (``src`` is then a placeholder)."""
    for attr in ("data-src", "data-lazy-src", "data-original", "data-url"):
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value
    src = (img.get("src") or "").strip()
    if src and not src.startswith("data:"):
        return src
    for attr in ("srcset", "data-srcset", "data-lazy-srcset"):
        urls = _srcset_urls(img.get(attr) or "")
        if urls:
            return urls[0]
    return None


def _srcset_urls(srcset: str) -> list[str]:
    urls = []
    for candidate in _SRCSET_SPLIT.split(srcset.strip()):
        url = candidate.strip().split(" ", 1)[0]
        if url and not url.startswith("data:"):
            urls.append(url)
    return urls


def _decorative(img: Any) -> bool:
    """A tracking pixel, a spacer or an icon: tiny, or marked as presentational."""
    if img.get("role") == "presentation" or img.get("aria-hidden") == "true":
        return True
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) <= 50:
            return True
    return False


def _loose_image(img: Any) -> Figure:
    """An image of the article body outside any ``figure``.

    A box holding this one image and a caption or credit element (a WordPress
    ``wp-caption``, ``<div class="image-desc">`` next to a ``<picture>``...) counts
    as its figure.
    """
    src = _image_src(img)
    alt = img.get("alt")
    alt = None if alt is None else alt.strip()
    inner = img
    # Up a few levels: libxml2 nests <img> inside <source> elements it does not know are void.
    for _ in range(5):
        caption_el = credit_el = None
        # The elements right after the image (or the element wrapping it), a level or two
        # deep: a caption follows its picture, and what comes before (a byline) is not its
        # credit; another image ends the search.
        siblings = [el for el in itertools.islice(inner.itersiblings(), 6) if isinstance(el.tag, str)]
        for sibling in siblings[:_CAPTION_SIBLINGS]:
            if sibling.tag in ("img", "picture", "figure") or next(sibling.iter("img"), None) is not None:
                break
            for el in itertools.islice(sibling.iter(), 12):
                if not isinstance(el.tag, str):
                    continue
                names = f"{el.get('class') or ''} {el.get('itemprop') or ''}"
                if caption_el is None and _CAPTION_CLASS.search(names):
                    caption_el = el
                elif credit_el is None and _CREDIT_CLASS.search(names):
                    credit_el = el
        if caption_el is not None or credit_el is not None:
            caption, credit, copyright_ = _caption_and_credit(caption_el, credit_el)
            return Figure(src, alt, caption, credit, inner.sourceline, True, credit_is_copyright=copyright_)
        inner = inner.getparent()
        if inner is None or inner.tag in ("article", "body", "main", "section"):
            break
    return Figure(src, alt, None, None, img.sourceline, False)


def _links_elsewhere(img: Any) -> bool:
    """An image that is a link to another page: a related story's or a product's thumbnail.

    (A link to the image file itself, to enlarge it, is still the story's picture.)
    """
    node = img
    for _ in range(4):
        node = node.getparent()
        if node is None:
            return False
        if node.tag == "a":
            href = (node.get("href") or "").split("?", 1)[0].lower()
            return bool(href) and not href.endswith(_IMAGE_EXTENSIONS)
    return False


#: How many elements after an image may hold its caption and credit.
_CAPTION_SIBLINGS = 2
_IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg")
#: Declared sizes at or under which an image outside a figure is a thumbnail or a button.
_THUMBNAIL_WIDTH, _THUMBNAIL_HEIGHT = 160, 90


def _thumbnail(img: Any) -> bool:
    width = (img.get("width") or "").strip().removesuffix("px")
    height = (img.get("height") or "").strip().removesuffix("px")
    return ((width.isdigit() and int(width) <= _THUMBNAIL_WIDTH)
            or (height.isdigit() and int(height) <= _THUMBNAIL_HEIGHT))


def _image_urls(body: Any) -> frozenset[str]:
    """Every image address the body shows (``src``, lazy-loading attributes, ``srcset``)."""
    urls: set[str] = set()
    for el in body.iter("img", "source", "amp-img"):
        for attr in ("src", "data-src", "data-lazy-src", "data-original", "data-url"):
            value = el.get(attr)
            if value and not value.startswith("data:"):
                urls.add(value.strip())
        for attr in ("srcset", "data-srcset", "data-lazy-srcset"):
            value = el.get(attr)
            if value:
                urls.update(_srcset_urls(value))
    return frozenset(urls)


# --- FAQ -------------------------------------------------------------------------------------------

_FAQ_HEADING = re.compile(
    r"^(?:frequently\s+asked\s+questions|faqs?\b|f\.a\.q|preguntas\s+frecuentes|preguntas\s+y\s+respuestas|"
    r"questions\s+and\s+answers|q\s*&\s*a\b|common\s+questions)", re.I)


def _is_question(text: str) -> bool:
    text = text.rstrip()
    return len(text) > 3 and (text.endswith(("?", "？")) or (text.startswith("¿") and "?" in text))


def _all_bold(el: Any) -> bool:
    """A paragraph that is all bold text: a question set as ``<p><strong>...?</strong></p>``."""
    children = [c for c in el if isinstance(c.tag, str)]
    return (len(children) == 1 and children[0].tag in ("strong", "b")
            and not (el.text or "").strip() and not (children[0].tail or "").strip())


def _details_item(details: Any) -> FaqItem | None:
    summary = details.find("summary")
    if summary is None:
        return None
    question = _text(summary)
    if not _is_question(question):
        return None
    answer = _text(details, skip=summary)
    if not answer:
        return None
    answer_el = summary.getnext()
    line = answer_el.sourceline if answer_el is not None else summary.sourceline
    return FaqItem(question, answer, summary.sourceline, line)


def _dl_items(dl: Any) -> list[FaqItem]:
    items: list[FaqItem] = []
    question: Any = None
    answers: list[Any] = []

    def close() -> None:
        if question is not None and answers:
            text = " ".join(t for t in (_text(a) for a in answers) if t)
            if text:
                items.append(FaqItem(_text(question), text, question.sourceline, answers[0].sourceline))

    for el in dl.iter("dt", "dd"):
        if el.tag == "dt":
            close()
            question, answers = (el, []) if _is_question(_text(el)) else (None, [])
        elif question is not None:
            answers.append(el)
    close()
    return items


def article_from(facts: PageFacts, path: str, config: Config) -> Article:
    """The article a page shows, for ``convert`` on pages without JSON-LD."""
    article = Article(path=path)
    if facts.h1:
        article.headline = facts.h1[0]
    elif (og := facts.meta.get("og:title")) and og.value:
        article.headline = og
    if facts.meta_description:
        article.description = facts.meta_description
    if facts.lang:
        article.language = facts.lang
    if facts.canonical and facts.canonical.value.startswith(("http://", "https://")):
        article.url = facts.canonical
    article.authors = list(facts.bylines)
    for date in facts.dates:
        if date.iso is None:
            continue
        if date.role == "published" and article.date_published is None:
            article.date_published = _date_value(date)
        elif date.role == "modified" and article.date_modified is None:
            article.date_modified = _date_value(date)
    base = _base_url(facts)
    for figure in facts.figures:
        if figure.src:
            url = urljoin(base, figure.src) if base else figure.src
            article.images.append(Image(url=url, caption=figure.caption, credit=figure.credit,
                                        alt=figure.alt or None, line=figure.line,
                                        credit_is_copyright=figure.credit_is_copyright))
    article.faq = list(facts.faq)
    apply_site(article, config.site)
    return article


def _date_value(date: VisibleDate) -> DateValue:
    iso = date.iso or ""
    parsed = parse_iso(iso)
    has_offset = isinstance(parsed, datetime) and parsed.tzinfo is not None
    return DateValue(date.text, date.iso, date.line, has_time="T" in iso, has_offset=has_offset)
