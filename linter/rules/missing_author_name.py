"""Author has no name.

## What it does
Reports an author object without a `name` (or with an empty one).

## Why it matters
Google uses `author.name` to show and disambiguate the byline. An author without a name is no
byline at all.

## Example
```json
{"@type": "NewsArticle", "author": {"@type": "Person", "url": "https://example.com/staff/jane-doe"}}
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

NAME = "missing-author-name"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article#author-bp"
HINT = 'give every author a `name`'
TARGET: Final = Target.SCHEMA
