"""Date read in the configured site timezone.

## What it does
Tells you when a date in an article source gives a time but no timezone, and newslint used
`[tool.newslint.site] timezone` to build the offset of `datePublished`/`dateModified`.

## Why it matters
The offset in the JSON-LD then comes from configuration, not from the article. That is
right for a newsroom that publishes from one place, and wrong for a correspondent's copy
filed from another zone: this information finding lets you check.

## Example
```text
Published 3 March 2025, 18:05
```

## Use instead
```text
Published 3 March 2025, 18:05 CET
```

## Options
`[tool.newslint.site] timezone`: the IANA timezone (for example `Europe/Madrid`).
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "timezone-from-config"
SEVERITY = "info"
AUTHORITY = "newslint"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article"
HINT = "write the timezone next to the time in the article to make it explicit"
TARGET: Final = Target.READER
