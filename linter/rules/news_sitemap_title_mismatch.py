"""News sitemap title disagrees with the headline.

## What it does
For a page listed in a Google News sitemap, compares the entry's `news:title` with the
`headline` of the page's article markup, judged as `headline-mismatch` judges a headline
against the page's `h1`: case, spacing, quotes and tags do not count, nor a site name added
before or after (`Headline | Site`), nor a title shortened with an ellipsis.

## Why it matters
Google's News sitemap documentation: `news:title` is the title of the article, as it appears
on the site. A sitemap title that names another story (a stale feed, a CMS field for a
different headline) tells Google News two things about one article.

## Example
```xml
<news:title>Companies A, B in merger talks</news:title>
```
```json
{"@type": "NewsArticle", "headline": "Companies A, B call off merger"}
```

## Use instead
```xml
<news:title>Companies A, B call off merger</news:title>
```

## Options
None. Only `newslint crawl --sitemap` reports it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from linter.jsonpath import child
from linter.rules import NewsCheck, Problem, Target
from linter.rules._headlines import agree, key

NAME = "news-sitemap-title-mismatch"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap"
HINT = "give news:title the article's headline"
TARGET: Final = Target.NEWS_ENTRY


def check(entry: NewsCheck) -> Iterator[Problem]:
    """The problem with the sitemap entry for the page's article, if any."""
    news, view = entry.news, entry.view
    title = news.title
    headline = view.data.get("headline")
    if not title or not isinstance(headline, str) or not headline.strip():
        return
    # The same judgement as headline-mismatch: case, quotes, tags, a site name or an ellipsis aside.
    if not agree(key(title), key(headline)):
        yield Problem(f"news sitemap title ({title!r}) disagrees with headline ({headline.strip()!r})",
                      child(view.path, "headline"))
