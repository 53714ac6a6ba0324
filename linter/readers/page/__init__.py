"""The page reader: an HTML page's structured data, and what the page tells its readers.

The page is parsed once (:mod:`linter.extract`). Where newslint reads what:

===========================  =========================================================
``blocks``                   JSON-LD blocks and Article/FAQPage microdata, as documents to check
``suppressions``             ``<!-- newslint: ignore RULE -->`` comments
``document``                 the document as a browser builds it: title, ``lang``, meta tags,
                             canonical link, head elements pushed into the body
``scope``                    which part of the body is the article (page chrome, hidden text,
                             other stories left out)
``headline``                 the article's headline (not the masthead's ``<h1>``)
``bylines``                  visible bylines
``dates``                    visible dates: ``<time>``, labelled date lines, dated bylines
``figures``                  the article's pictures with caption and credit
``faq``                      FAQ sections
``meta``                     what the meta tags say of the article (dates, authors, titles)
``markup``                   what the page's own Article markup says
``merge``                    one answer per fact from all of these, with its provenance
``article``                  the article a page shows, and its best JSON-LD (``convert``)
===========================  =========================================================

Bylines, dates and FAQ sections are read only when a rule (or ``convert``) first asks: a page
without article markup never needs them.
"""

from __future__ import annotations

from typing import Any, cast

from lxml import etree

from linter.article import Text
from linter.config import Config
from linter.extract import Page, parse_page
from linter.html_head import read_head
from linter.page import PageFacts
from linter.readers import Source
from linter.readers.page import blocks, bylines, dates, document, faq, figures, headline, markup, suppressions
from linter.readers.page.scope import Scope
from linter.rules import finding, non_utf8_encoding, parse_error

__all__ = ["read_bytes", "read_facts"]


def read_bytes(data: bytes, path: str, config: Config, *, url: str | None = None,
               declared_encoding: str | None = None) -> Source:
    """Read an HTML page given as bytes (its encoding is sniffed the way browsers do)."""
    source = Source(path, kind="html")
    try:
        page = parse_page(data, url=url, declared_encoding=declared_encoding)
    except ValueError as exc:
        source.findings.append(finding(parse_error, str(exc), path))
        return source
    if page.encoding_guessed:
        source.findings.append(finding(
            non_utf8_encoding, "page declares no charset and is not valid UTF-8; read as windows-1252",
            path, line=1))
    blocks.read(page, path, source)
    facts = source.page = read_facts(page)
    facts._read_markup = lambda: markup.read(source, facts)
    facts._read_page_node = lambda: markup.page_node(source)
    facts._read_head_written = lambda: read_head(page.text).written
    if "newslint:" in page.text:  # most pages have no suppression: no walk over their comments
        suppressions.read(page, path, source)
    return source


def read_facts(page: Page) -> PageFacts:
    """Head tags and visible facts of a parsed page."""
    facts = PageFacts(url=page.url)
    document.read(page.root, page.text, facts)
    body = page.root.find("body")
    if body is not None:
        _body(body, facts)
    return facts


def _body(body: Any, facts: PageFacts) -> None:
    h1s: list[Any] = []
    articles: list[Any] = []
    times: list[Any] = []
    figure_elements: list[Any] = []
    faq_parts: list[Any] = []
    moved = set(facts.moved_head.elements) if facts.moved_head else set()
    # One walk over the body; lxml filters the tags in C, so only these become Python objects.
    for el in body.iter("link", "h1", "article", "time", "figure", "h2", "h3", "h4", "details", "dl", "base"):
        tag = el.tag
        if tag == "base":  # a <base> anywhere sets the base URL, as one in the head does
            if facts.base_href is None:
                facts.base_href = document.base_href(el)
        elif tag == "link":
            if facts.canonical is None and el not in moved and "canonical" in (el.get("rel") or "").lower().split():
                facts.canonical = Text((el.get("href") or "").strip(), el.sourceline)
                facts.canonical_in_body = True
        elif tag == "h1":
            shown = " ".join(el.text_content().split())
            if shown:
                facts.h1.append(Text(shown, el.sourceline))
                h1s.append(el)
        elif tag == "article":
            facts.has_article_element = True
            articles.append(el)
        elif tag == "time":
            times.append(el)
        elif tag == "figure":
            figure_elements.append(el)
        else:
            faq_parts.append(el)
    scope = Scope(body, articles, _base_url(facts))
    heading = headline.choose(h1s, scope, facts)
    scope.anchor(heading, h1s)
    if heading is not None:
        facts.heading = Text(" ".join(heading.text_content().split()), heading.sourceline)
        facts.heading_in_article = next(heading.iterancestors("article"), None) is not None
    facts.figures = figures.read(scope, figure_elements)
    facts._read_bylines = lambda: bylines.read(scope)
    facts._read_dates = lambda: dates.read(scope, times)
    facts._read_faq = lambda: faq.read(scope, h1s + faq_parts)
    facts._visible_text = lambda: " ".join(cast("list[str]", _VISIBLE(body)))
    facts._shown_text = lambda: _shown_text(body)
    facts._image_urls = lambda: figures.image_urls(body)


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
