"""Article has no author.

## What it does
Reports an Article-family node without an `author`.

## Why it matters
A byline is the first trust signal of a news article. Google recommends `author` with
`author.name` and `author.url` so it can tell who wrote the article; newsroom practice makes it
mandatory.

## Example
```json
{"@type": "NewsArticle", "headline": "..."}
```

## Use instead
```json
{"@type": "NewsArticle", "headline": "...", "author": [{"@type": "Person", "name": "Jane Doe", "url": "https://example.com/staff/jane-doe"}]}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Hints, Target

NAME = "missing-author"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article#author-bp"
HINT = 'add a byline (`By Jane Doe`) or an `author` object'
HINTS: Hints = {
    "text": "add a byline under the headline (`By Jane Doe`)",
    "markdown": "add `author` to the front matter (a name, or `{name: ..., url: ...}`)",
    "html": "add an `author` to the article's markup (a Person with name and url), naming the byline",
    "jsonld": 'add an `author` object ({"@type": "Person", "name": "...", "url": "..."})',
}
TARGET: Final = Target.SCHEMA
