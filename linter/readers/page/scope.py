"""Which part of a page is the article: page chrome, hidden text and other stories left out.

A news page is mostly not its article: navigation, menus, sidebars, related and recommended
stories, comments, author bio boxes, cookie banners, ads. Bylines, dates, figures and FAQ
sections are read only from what is left, and from around the article's headline.
"""

from __future__ import annotations

import re
from collections import deque
from itertools import islice
from typing import Any

from linter.html_text import after, any_ancestor, before
from linter.readers.page.header import Header, scan

#: Containers whose content is not the article: reader comments, related and recommended
#: stories, sidebars, author bio boxes, menus, ads (parts of ``class`` and ``id``, lower case).
#: Substring and word tests: a regular expression with many alternatives costs ~50 times more.
_CHROME_PARTS = (
    # Reader comments; not a bare "comment": an op-ed's header is "ArticleHeaderComment".
    "comments", "commentlist", "comment-list", "comment_list", "comment-body", "comment-content", "comment-respond",
    "comment-form", "comment-meta", "comment-author", "comment-wrap", "comment-section", "commentsection",
    "disqus", "respond", "related", "recommend", "sidebar", "outbrain", "taboola", "newsletter", "breadcrumb",
    "trending", "popular", "advert", "sponsor", "cookie", "paywall", "authorbox", "author-box", "author-bio",
    "authorbio", "about-author", "about-the-author", "biography", "mostread", "most-read", "more-stories",
    "read-more", "readmore", "also-read", "you-may", "next-article", "navbar", "pagination", "print-only",
    "print-header", "print-footer", "site-header", "site-footer", "page-footer", "global-footer",
    "similar", "widget", "follow-us", "followus", "product-box", "aawp",
)
CHROME_WORDS = frozenset({
    "bio", "menu", "nav", "ad", "ads", "modal", "consent", "teaser", "teasers", "promo", "subscribe",
    "subscription",
})
_CHROME_TAGS = frozenset({"nav", "noscript", "template", "dialog", "script", "style", "select", "button"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

HEADER_WINDOW = 140  # elements after the headline where its byline and dates are looked for
HEADER_BEFORE = 20  # and before it (a byline above the headline)
FOOTER_WINDOW = 120  # elements at the end of the article where a byline or date below the story is looked for
FOOTER_SCAN = 5000  # elements of the article walked to find its end
#: Elements a byline, a date or a date label stands in.
HEADER_TAGS = ("div", "span", "p", "a", "address", "cite", "li", "ul", "h2", "h3", "h4", "h5", "h6", "section",
               "header", "footer", "aside", "small", "strong", "b", "em", "i", "time", "font", "dl", "dd", "dt",
               "abbr", "td", "br", "svg", "img")


def chrome_names(names: str, *, words: bool = True) -> bool:
    """Whether a ``class`` or ``id`` names page chrome (:data:`_CHROME_PARTS`; with ``words``,
    :data:`CHROME_WORDS` too)."""
    # Remembered: a page repeats its class names on many elements, and sites share them.
    key = (names, words)
    known = _CHROME_NAMES.get(key)
    if known is None:
        if len(_CHROME_NAMES) >= _MAX_REMEMBERED:
            _CHROME_NAMES.clear()
        known = _CHROME_NAMES[key] = _chrome_names(names, words)
    return known


#: Most class names :func:`chrome_names` remembers (then it starts over).
_MAX_REMEMBERED = 20_000
_CHROME_NAMES: dict[tuple[str, bool], bool] = {}


def _chrome_names(names: str, words: bool) -> bool:
    low = names.lower()
    for part in _CHROME_PARTS:
        if part in low:
            return True
    split = low.replace("_", " ").replace("-", " ").split()
    if "comment" in split:
        return True  # a reader's comment ("comment", "comment-123"; not "ArticleHeaderComment")
    return words and not CHROME_WORDS.isdisjoint(split)


def hidden(node: Any) -> bool:
    """An element the page hides from sight (``hidden``, ``aria-hidden``, ``display: none``)."""
    get = node.get
    if get("hidden") is not None or get("aria-hidden") == "true":
        return True
    style = get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def main_article(headings: list[Any], articles: list[Any]) -> Any:
    """The page's own ``article`` element: the one holding the headline, or the only one."""
    for heading in headings:
        for article in heading.iterancestors("article"):
            return article
    return articles[0] if len(articles) == 1 else None


class Scope:
    """The body of a page, its own article and headline, and what is chrome around them."""

    def __init__(self, body: Any, articles: list[Any], base: str | None) -> None:
        self.body = body
        self.base = base
        self.articles = articles
        self.main: Any = None
        self.heading: Any = None  # the article's headline element
        self._chrome: dict[Any, bool] = {}
        self._main_up: set[Any] = set()
        self._heading_up: set[Any] = set()
        self._heading_block: set[Any] = set()
        self._header: Header | None = None
        self._footer: Header | None = None

    def anchor(self, heading: Any, candidates: list[Any]) -> None:
        """Set the article's headline element (``None``: the page has none that can be told)."""
        self.main = main_article([heading] if heading is not None else candidates, self.articles)
        self._main_up = set(self.main.iterancestors("article")) if self.main is not None else set()
        self._heading_up = set(heading.iterancestors()) if heading is not None else set()
        # The headline's own block: what stands beside it under its parent and grandparent
        # (byline, dates, standfirst), whose class names may say "teaser" or "meta" on
        # sites that style the article's header like a teaser.
        self._heading_block = set(islice(heading.iterancestors(), 2)) if heading is not None else set()
        self._chrome.clear()
        self.heading = heading
        self._header = self._footer = None

    def excluded(self, el: Any) -> bool:
        """Whether ``el`` stands in page chrome, is hidden, or belongs to another article."""
        return any_ancestor(el, self.body, self._chrome, self._is_chrome)

    def _is_chrome(self, node: Any) -> bool:
        if node in self._heading_up:
            return False  # what holds the article's headline is the article, whatever its class says
        tag = node.tag
        if not isinstance(tag, str) or tag in _CHROME_TAGS:
            return True
        if tag in ("footer", "aside") and (
                self.main is None or not any(a is self.main for a in node.iterancestors("article"))):
            return True  # the page's footer or aside; the article's own (byline, credits) belongs to it
        if tag == "article" and self.main is not None and node is not self.main and node not in self._main_up:
            return True  # a teaser of another story
        if hidden(node):
            return True
        cls = node.get("class")
        ident = node.get("id")
        # Beside the headline, a word ("teaser", "promo") may be how the site styles the
        # article's own header; named parts (author-bio, related, comments) still are chrome.
        words = node.getparent() not in self._heading_block
        return bool(cls and chrome_names(cls, words=words)) or bool(ident and chrome_names(ident, words=words))

    def header(self) -> Header:
        """What stands around the headline: byline elements, "By ..." lines, dates, date labels."""
        if self._header is None:
            header = self._header = Header()
            if self.heading is None:
                start = self.main if self.main is not None else self.body
                scan(start.iter(*HEADER_TAGS), header, limit=HEADER_WINDOW)
            else:
                scan(before(self.heading, self.body, HEADER_BEFORE), header, limit=HEADER_BEFORE, above=True)
                scan(after(self.heading, self.body, HEADER_WINDOW, HEADER_TAGS), header, limit=HEADER_WINDOW)
        return self._header

    def footer(self) -> Header:
        """What stands at the end of the article ("Posted by Jane Doe on 3 May 2013" below a blog post).

        The container is the page's ``article``, else the closest element around the headline
        that holds the story's paragraphs; its last :data:`FOOTER_WINDOW` elements are read.
        """
        if self._footer is None:
            self._footer = Header()
            container = self.main if self.main is not None else self._story_container()
            if container is not None:
                tail: deque[Any] = deque(maxlen=FOOTER_WINDOW)
                for el in islice(container.iter(*HEADER_TAGS), FOOTER_SCAN):
                    tail.append(el)
                scan(iter(tail), self._footer, limit=FOOTER_WINDOW, above=True)
        return self._footer

    def _story_container(self) -> Any:
        node = self.heading
        for _ in range(6):
            if node is None or node is self.body:
                return None
            node = node.getparent()
            if node is not None and next(islice(node.iter("p"), 2, 3), None) is not None:
                return node
        return None

    def article_body(self) -> Any:
        """Where the story's own images stand: the main article, else the ``articleBody``."""
        return self.main if self.main is not None else self.header().article_body
