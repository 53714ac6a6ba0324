"""News sitemap publication date disagrees with datePublished.

## What it does
For a page listed in a Google News sitemap, compares the entry's `news:publication_date`
with the `datePublished` of the page's article markup. When either is a date without a time,
only the calendar dates are compared; two date-times must name the same minute. A
`news:publication_date` that is not a W3C date is reported too.

## Why it matters
Google's News sitemap documentation: `news:publication_date` is the article's publication
date, in W3C format. Google News weighs freshness; two publication dates for one article (a
sitemap generated from the CMS's "last saved" time, a template in another time zone) make
both doubtful, and an article can be shown with the wrong date or dropped as stale.

## Example
```xml
<news:publication_date>2025-09-16T10:32:00+02:00</news:publication_date>
```
```json
{"@type": "NewsArticle", "datePublished": "2025-09-15T18:05:00+02:00"}
```

## Use instead
```xml
<news:publication_date>2025-09-15T18:05:00+02:00</news:publication_date>
```

## Options
None. Only `newslint crawl --sitemap` reports it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Final

from linter.dates import parse_iso
from linter.rules import NewsCheck, Problem, Target

NAME = "news-sitemap-date-mismatch"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap"
HINT = "give news:publication_date the article's datePublished"
TARGET: Final = Target.NEWS_ENTRY

#: Two date-times this close are one: W3C dates may leave out the seconds.
_SLACK_SECONDS = 60


def check(entry: NewsCheck) -> Iterator[Problem]:
    """The problem with the sitemap entry for the page's article, if any."""
    news, view = entry.news, entry.view
    listed = news.publication_date
    if not listed:
        return
    mine = parse_iso(listed)
    if mine is None:
        yield Problem(f"news sitemap publication_date is not a W3C date ({listed})")
        return
    for value, path in view.values("datePublished"):
        theirs = parse_iso(value) if isinstance(value, str) else None
        if theirs is None:
            return  # unreadable markup dates are invalid-date's
        if not same_time(mine, theirs):
            yield Problem(f"news sitemap publication_date ({listed}) disagrees with datePublished ({value})", path)
        return


def same_time(a: date | datetime, b: date | datetime) -> bool:
    """Whether two ISO dates name the same day (either without a time) or minute."""
    if not isinstance(a, datetime) or not isinstance(b, datetime):
        day_a = a.date() if isinstance(a, datetime) else a
        day_b = b.date() if isinstance(b, datetime) else b
        return day_a == day_b
    if (a.tzinfo is None) != (b.tzinfo is None):  # one without an offset: compare the clocks
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return abs((a - b).total_seconds()) < _SLACK_SECONDS
