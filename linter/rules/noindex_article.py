"""Article page is kept out of the index.

## What it does
Reports an article page whose robots meta tag (`<meta name="robots">` or
`<meta name="googlebot">`) says `noindex`, or `none` (which means `noindex, nofollow`). A page
counts as an article when its structured data holds an Article-family node (NewsArticle,
Article, BlogPosting, ...), its `og:type` is `article`, or it has an `<article>` element.
Several robots tags add up, as they do for crawlers; the finding points at the first one.

## Why it matters
Google's robots meta tag documentation: `noindex` keeps the page out of search results, Google
News and Discover altogether, and its structured data with it (Google's structured data
guidelines: the page must not be blocked by `noindex`). On an article page that is almost
always a leftover of a staging or draft template.

## Example
```html
<meta name="robots" content="noindex, follow">
```

## Use instead
```html
<meta name="robots" content="index, follow, max-image-preview:large">
```

## Options
None. For pages meant to stay out of search, ignore the rule for their paths
(`per-file-ignores` in `[tool.newslint]`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from linter.rules import Problem
from linter.rules.missing_article_markup import has_article_node

NAME = "noindex-article"
SEVERITY = "error"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/crawling-indexing/robots-meta-tag"
HINT = "remove noindex (or none) from the robots meta tag of article pages"
KIND = "python"
APPLIES_TO = "page"

_BLOCKING = ("noindex", "none")


def check(source: Any, config: Any) -> Iterator[Problem]:
    page = source.page
    for key in ("robots", "googlebot"):
        tag = page.meta.get(key)
        if tag is None:
            continue
        found = [d for d in _BLOCKING if d in directives(tag.value)]
        if found and is_article_page(source):
            yield Problem(f"article page is excluded from search ({key}: {found[0]})", line=tag.line or 1)


def directives(value: str) -> set[str]:
    """The directives of one robots meta ``content``, lower case, spaces around ``:`` removed."""
    return {":".join(p.strip() for p in d.split(":")) for d in value.lower().split(",") if d.strip()}


def is_article_page(source: Any) -> bool:
    """Whether an HTML page is an article: by its structured data, its og:type or an <article>."""
    page = source.page
    og_type = page.meta.get("og:type")
    return (has_article_node(source)
            or (og_type is not None and og_type.value.strip().lower() == "article")
            or page.has_article_element)
