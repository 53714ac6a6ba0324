"""Author is typed neither Person nor Organization.

## What it does
Reports an author object without `@type`, or typed as something that is not a Person or an
Organization (`Thing`, `WebPage`, ...). schema.org subtypes such as `NewsMediaOrganization` are
accepted.

## Why it matters
Consumers decide how to show a byline from its type; `Thing` or no type at all says nothing
about who wrote the article.

## Example
```json
{"@type": "NewsArticle", "author": {"@type": "Thing", "name": "Jane Doe"}}
```

## Use instead
```json
{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe"}}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "author-invalid-type"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article#author-bp"
HINT = 'type each author as Person or Organization (or one of their subtypes)'
TARGET: Final = Target.SCHEMA
