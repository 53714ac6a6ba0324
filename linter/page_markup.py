"""What markup a page holds, in a few facts: the pages table of ``newslint spark``.

Read from the page's graph once its checks have run (:func:`linter.sources.fetched_page.lint_page` hands
the checked source to its ``seen`` callback), so that a page is read once for its findings and
its facts alike. The facts are those of the page's own article (:func:`linter.page.page_articles`:
not a teaser or related story marked up beside it), as written: dates are kept as the page
writes them, since what one page calls a date another does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from linter.graph import ARTICLE_TYPES

if TYPE_CHECKING:
    from linter.readers import Source

__all__ = ["NEWS_ARTICLE_TYPES", "PageMarkup", "page_markup"]

#: schema.org's NewsArticle and its subtypes.
NEWS_ARTICLE_TYPES = frozenset(t for t in ARTICLE_TYPES if t.endswith("NewsArticle"))
#: The most types kept for one page: a page listing thousands of products says enough with these.
MAX_TYPES = 64


@dataclass(frozen=True, slots=True)
class PageMarkup:
    """A page's markup summed up."""

    #: The schema.org types of every node of its JSON-LD and microdata, short (``NewsArticle``), sorted.
    types: tuple[str, ...] = ()
    #: A NewsArticle (or a subtype: ReportageNewsArticle, OpinionNewsArticle...) is among them.
    news_article: bool = False
    #: Its own article's ``datePublished`` and ``dateModified``, as written (the first, if several).
    date_published: str | None = None
    date_modified: str | None = None
    #: How many authors its own article names (0: none, or no article markup).
    authors: int = 0


def page_markup(source: Source) -> PageMarkup:
    """The facts of a source read and checked (its graph linked); empty without a graph."""
    from linter.page import page_articles

    graph = source.graph
    if graph is None:
        return PageMarkup()
    types = sorted({t for node in graph.nodes for t in node.types})[:MAX_TYPES]
    news = any(t in NEWS_ARTICLE_TYPES for node in graph.nodes for t in node.types)
    articles = [n for n in graph.nodes if n.kind == "article"]
    if not articles:
        return PageMarkup(tuple(types), news)
    own = page_articles(graph, source.page) if source.page is not None else frozenset()
    node = next((n for n in articles if (n.doc, n.path) in own), articles[0])
    view = graph.view(node)
    return PageMarkup(tuple(types), news, _first_text(view.data.get("datePublished")),
                      _first_text(view.data.get("dateModified")), len(view.values("author")))


def _first_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    return (value.strip() or None) if isinstance(value, str) else None
