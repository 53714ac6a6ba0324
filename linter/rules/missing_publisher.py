"""Article has no publisher.

## What it does
Reports an Article-family node without `publisher`.

## Why it matters
The publisher names the news organisation behind the article; consumers use it to attribute the
story. Text and Markdown sources rarely carry it, so newslint takes it from
`[tool.newslint.site]`.

## Example
```json
{"@type": "NewsArticle", "headline": "..."}
```

## Use instead
```json
{"@type": "NewsArticle", "headline": "...", "publisher": {"@type": "Organization", "name": "The Daily Example", "url": "https://example.com"}}
```

## Options
`[tool.newslint.site] publisher`, `url`, `logo`: the publisher added to generated JSON-LD.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Hints, Target

NAME = "missing-publisher"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article"
HINT = 'set [tool.newslint.site] publisher (and url, logo) or add a `publisher` object'
HINTS: Hints = {
    "html": "add a `publisher` to the article's markup (an Organization with name and logo)",
    "jsonld": "add a `publisher` object (an Organization with name and logo)",
}
TARGET: Final = Target.SCHEMA
