"""dateModified is earlier than datePublished.

## What it does
Reports an article whose `dateModified` comes before its `datePublished`.

## Why it matters
An article cannot be updated before it was published. The pair usually means the two fields
were swapped, or one of them is in the wrong timezone; either way Google may show the wrong
byline date.

## Example
```json
{"@type": "NewsArticle", "datePublished": "2025-03-04T10:00:00+01:00",
 "dateModified": "2025-03-03T18:05:00+01:00"}
```

## Use instead
```json
{"@type": "NewsArticle", "datePublished": "2025-03-03T18:05:00+01:00",
 "dateModified": "2025-03-04T10:00:00+01:00"}
```

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final

from linter.dates import earlier, parse_iso
from linter.jsonpath import child
from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.graph import View

NAME = "date-modified-before-published"
SEVERITY = "error"
AUTHORITY = "newsroom"
SOURCE = "https://developers.google.com/search/docs/appearance/publication-dates"
HINT = "check that the two dates are not swapped and use the same timezone"
TARGET: Final = Target.ARTICLE


def check(view: View, ctx: Context) -> Iterator[Problem]:
    published = _single(view.data.get("datePublished"))
    modified = _single(view.data.get("dateModified"))
    if published is None or modified is None:
        return
    if earlier(modified, published):
        yield Problem(
            f"dateModified ({modified.isoformat()}) is before datePublished ({published.isoformat()})",
            child(view.path, "dateModified"),
        )


def _single(value: Any) -> datetime | date | None:
    return parse_iso(value) if isinstance(value, str) else None
