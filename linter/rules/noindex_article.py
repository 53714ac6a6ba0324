"""Article page is kept out of the index.

## What it does
Reports an article page whose robots meta tag (`<meta name="robots">` or
`<meta name="googlebot">`) says `noindex`, or `none` (which means `noindex, nofollow`). A page
counts as an article when its structured data holds an Article-family node (NewsArticle,
Article, BlogPosting, ...), its `og:type` is `article`, or it has an `<article>` element.
Several robots tags add up, as they do for crawlers; the finding points at the first one. For a
page read over HTTP (`newslint crawl`, a WARC record), the `X-Robots-Tag` response header counts
too (`noindex`, or `googlebot: noindex`; another crawler's directives do not).

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
from typing import TYPE_CHECKING, Final

from linter.rules import Problem, Target
from linter.rules._article_page import directives, is_article_page

if TYPE_CHECKING:
    from linter.config import Config
    from linter.readers import Source

NAME = "noindex-article"
SEVERITY = "error"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/crawling-indexing/robots-meta-tag"
HINT = "remove noindex (or none) from the robots meta tag of article pages"
TARGET: Final = Target.PAGE

_BLOCKING = ("noindex", "none")


def check(source: Source, config: Config) -> Iterator[Problem]:
    page = source.page
    if page is None:  # PAGE rules are called for HTML pages only
        return
    for key in ("robots", "googlebot"):
        tag = page.meta.get(key)
        if tag is None:
            continue
        found = [d for d in _BLOCKING if d in directives(tag.value)]
        if found and is_article_page(source):
            yield Problem(f"article page is excluded from search ({key}: {found[0]})", line=tag.line or 1)
    # The header's own finding: a page can be held out by its markup and its server, both to fix.
    sent = [d for d in _BLOCKING if d in page.http_robots]
    if sent and is_article_page(source):
        yield Problem(f"article page is excluded from search (X-Robots-Tag: {sent[0]})")

