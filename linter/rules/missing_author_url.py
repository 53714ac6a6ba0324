"""Author has no url or sameAs.

## What it does
Reports an author object with neither `url` nor `sameAs`.

## Why it matters
Google recommends `author.url` (a page about the author) so it can tell apart authors who share
a name. `sameAs` links to the same person elsewhere serve the same purpose.

## Example
```json
{"@type": "Person", "name": "Jane Doe"}
```

## Use instead
```json
{"@type": "Person", "name": "Jane Doe", "url": "https://example.com/staff/jane-doe"}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Hints, Target

NAME = "missing-author-url"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article#author-bp"
HINT = 'link each author to a profile page (`url`) or their other profiles (`sameAs`)'
HINTS: Hints = {
    "markdown": "give the front-matter author a `url` (`author: {name: ..., url: ...}`)",
}
TARGET: Final = Target.SCHEMA
