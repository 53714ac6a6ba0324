"""Publisher has no name.

## What it does
Reports a `publisher` object without `name`.

## Why it matters
A publisher without a name cannot be shown or attributed.

## Example
```json
{"@type": "NewsArticle", "publisher": {"@type": "Organization", "url": "https://example.com"}}
```

## Use instead
```json
{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "The Daily Example", "url": "https://example.com"}}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "missing-publisher-name"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article"
HINT = 'give the publisher a `name`'
TARGET: Final = Target.SCHEMA
