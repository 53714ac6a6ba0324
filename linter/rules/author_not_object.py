"""Author is a plain string, not a Person or Organization object.

## What it does
Reports an `author` value that is text (or a number, or a list inside the list) instead of an
object.

## Why it matters
schema.org accepts text here, but a string cannot carry `url` or `sameAs`, so consumers cannot
tell which Jane Doe wrote the article. Google's author best practices ask for `Person` or
`Organization` objects; newsroom rules make it an error.

## Example
```json
{"@type": "NewsArticle", "author": "Jane Doe"}
```

## Use instead
```json
{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe", "url": "https://example.com/staff/jane-doe"}}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "author-not-object"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article#author-bp"
HINT = 'write the author as {"@type": "Person", "name": "..."} instead of a plain string'
TARGET: Final = Target.SCHEMA
