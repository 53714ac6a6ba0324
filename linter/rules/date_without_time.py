"""Date has no time of day.

## What it does
Reports a `datePublished` or `dateModified` that is a date only (`2025-03-03`).

## Why it matters
News is read by the hour. Google's Article documentation asks for a date-time with timezone; a
date alone makes Google assume midnight in an unknown zone.

## Example
```json
{"@type": "NewsArticle", "datePublished": "2025-03-03"}
```

## Use instead
```json
{"@type": "NewsArticle", "datePublished": "2025-03-03T18:05:00+01:00"}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Hints, Target

NAME = "date-without-time"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article"
HINT = 'add the time of day and the offset: 2025-03-03T18:05:00+01:00'
HINTS: Hints = {
    "text": "add the time of day and its zone to the date line (`Published 3 March 2025, 18:05 CET`)",
    "markdown": "add the time of day and the offset to the front-matter date (`date: 2025-03-03T18:05:00+01:00`)",
}
TARGET: Final = Target.SCHEMA
