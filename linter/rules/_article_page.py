"""What page rules ask of a page: is it an article, what its robots meta tags say.

Shared by missing-article-markup, noindex-article and missing-max-image-preview.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from linter.graph import source_graph

if TYPE_CHECKING:
    from linter.readers import Source


def has_article_node(source: Source) -> bool:
    """Whether any document of ``source`` holds a node of the Article family."""
    return next(source_graph(source).of_kind("article"), None) is not None


def directives(value: str) -> set[str]:
    """The directives of one robots meta ``content``, lower case, spaces around ``:`` removed."""
    return {":".join(p.strip() for p in d.split(":")) for d in value.lower().split(",") if d.strip()}


def is_article_page(source: Source) -> bool:
    """Whether an HTML page is an article: by its structured data, its og:type or an <article>."""
    page = source.page
    if page is None:
        return False
    og_type = page.meta.get("og:type")
    return (has_article_node(source)
            or (og_type is not None and og_type.value.strip().lower() == "article")
            or page.has_article_element)
