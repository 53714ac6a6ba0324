"""Date-time has no timezone offset.

## What it does
Reports a `datePublished` or `dateModified` with a time but no offset (`2025-03-03T18:05:00`).

## Why it matters
Google's Article documentation: without timezone information Google uses the timezone of
Googlebot (Pacific Time), so the date shown can be off by up to a day. The Rich Results Test
warns that the value is missing a timezone.

## Example
```json
{"@type": "NewsArticle", "datePublished": "2025-03-03T18:05:00"}
```

## Use instead
```json
{"@type": "NewsArticle", "datePublished": "2025-03-03T18:05:00+01:00"}
```

## Options
`[tool.newslint.site] timezone` (an IANA name such as `Europe/Madrid`): sources that give times
without a zone are read in that zone (and an info finding says so).
"""

from __future__ import annotations

from typing import Final

from linter.rules import Hints, Target

NAME = "date-without-timezone"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article"
HINT = 'add the UTC offset (2025-03-03T18:05:00+01:00), or set [tool.newslint.site] timezone for sources that omit it'
HINTS: Hints = {
    "markdown": "add the offset to the front-matter date (`date: 2025-03-03T18:05:00+01:00`), or set [tool.newslint.site] timezone",
    "html": "add the UTC offset to the date in the page's markup (2025-03-03T18:05:00+01:00)",
    "jsonld": "add the UTC offset (2025-03-03T18:05:00+01:00)",
}
TARGET: Final = Target.SCHEMA
