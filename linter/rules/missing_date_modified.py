"""Article has no dateModified.

## What it does
Reports an Article-family node without `dateModified`.

## Why it matters
Google recommends both dates. `dateModified` tells readers and search engines that a story was
updated, and when.

## Example
```json
{"@type": "NewsArticle", "datePublished": "2025-03-03T18:05:00+01:00"}
```

## Use instead
```json
{"@type": "NewsArticle", "datePublished": "2025-03-03T18:05:00+01:00", "dateModified": "2025-03-04T09:10:00+01:00"}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Hints, Target

NAME = "missing-date-modified"
SOURCE = "https://developers.google.com/search/docs/appearance/publication-dates"
HINT = 'add the date of the last substantial update (`Updated ...`, or `dateModified`); for an article never updated, repeat the publication date'
HINTS: Hints = {
    "text": "add an `Updated ...` line with the date of the last substantial update; for an article never updated, repeat the publication date",
    "markdown": "add `lastmod` (or `updated`) to the front matter: the date of the last substantial update, or the publication date for an article never updated",
    "html": "add `dateModified` to the article's markup: the date of the last substantial update, or the publication date for an article never updated",
    "jsonld": "add `dateModified`: the date of the last substantial update, or the publication date for an article never updated",
}
TARGET: Final = Target.SCHEMA
