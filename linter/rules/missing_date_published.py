"""Article has no datePublished.

## What it does
Reports an Article-family node without `datePublished`.

## Why it matters
Without a structured publication date, Google has to guess the date it shows next to the
article, and may pick the wrong one. Readers of news need the date to judge whether a story is
current. newslint never guesses a missing date: it reports it.

## Example
```json
{"@type": "NewsArticle", "headline": "..."}
```

## Use instead
```json
{"@type": "NewsArticle", "headline": "...", "datePublished": "2025-03-03T18:05:00+01:00"}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Hints, Target

NAME = "missing-date-published"
SOURCE = "https://developers.google.com/search/docs/appearance/publication-dates"
HINT = 'add the publication date with time and timezone (`Published 3 March 2025, 18:05 CET`, or `datePublished`)'
HINTS: Hints = {
    "text": "add a date line with time and timezone (`Published 3 March 2025, 18:05 CET`)",
    "markdown": "add `date` to the front matter, with time and offset (`date: 2025-03-03T18:05:00+01:00`)",
    "html": "add `datePublished` to the article's markup, with time and offset (2025-03-03T18:05:00+01:00)",
    "jsonld": "add `datePublished`, with time and offset (2025-03-03T18:05:00+01:00)",
}
TARGET: Final = Target.SCHEMA
