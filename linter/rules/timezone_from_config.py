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

## Fix
Unsafe, sometimes: in a Markdown article, the front-matter key the date was read from (`date`,
`lastmod`, ...) is set to the date-time with the configured timezone's offset for that day
written out (`date: 2025-03-03T18:05:00+01:00`), citing the setting. Unsafe because the offset
comes from configuration, not from the article: right for a newsroom's own copy, wrong for a
correspondent's filed from another zone. A date under a table (`params.date`) and plain-text
articles (whose date line is prose) get none.

## Options
`[tool.newslint.site] timezone`: the IANA timezone (for example `Europe/Madrid`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from linter.fixes.model import Fix, Fixable, Safety, SetKey
from linter.rules import Target

if TYPE_CHECKING:
    from linter.fixes.model import Request

NAME = "timezone-from-config"
SEVERITY = "info"
AUTHORITY = "newslint"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article"
HINT = "write the timezone next to the time in the article to make it explicit"
TARGET: Final = Target.READER
FIX: Final = Fixable.SOMETIMES


def fix(request: Request) -> Fix | None:
    article, line = request.source.article, request.finding.line
    if request.source.kind != "markdown" or article is None or line is None:
        return None
    dates = [d for d in (article.date_published, article.date_modified)
             if d is not None and d.line == line and d.assumed_timezone and d.key and d.iso and d.has_offset]
    if len({(d.key, d.iso) for d in dates}) != 1:
        return None
    date = dates[0]
    assert date.key is not None and date.iso is not None
    return Fix(Safety.UNSAFE, f"write the offset into '{date.key}' ({date.iso})", (SetKey(date.key, date.iso),),
               evidence=f"site timezone {date.assumed_timezone} from [tool.newslint.site] timezone")
