"""Date lies in the future.

## What it does
Reports a `datePublished` or `dateModified` later than now (with a margin for clocks and, for
dates without an offset, for every timezone on Earth).

## Why it matters
Google's byline-date guidelines: do not give a future date. A story dated tomorrow is either
a template bug (a wrong timezone, a scheduled date leaking out) or misleading; Google may
ignore the date or distrust the page.

## Example
```json
{"@type": "NewsArticle", "datePublished": "2099-01-01T00:00:00+00:00"}
```

## Use instead
```json
{"@type": "NewsArticle", "datePublished": "2025-03-03T18:05:00+01:00"}
```

## Options
None. The current time comes from the machine's clock.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Final

from linter.dates import parse_iso
from linter.jsonpath import child
from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.graph import View

NAME = "future-date"
SEVERITY = "error"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/publication-dates"
HINT = "check the date and its timezone; publish the date the article actually went out"
TARGET: Final = Target.ARTICLE

_CLOCK_SKEW = timedelta(minutes=10)
_WIDEST_OFFSET = timedelta(hours=14)


def check(view: View, ctx: Context) -> Iterator[Problem]:
    now: datetime = ctx.now
    for prop in ("datePublished", "dateModified"):
        value = view.data.get(prop)
        parsed = parse_iso(value) if isinstance(value, str) else None
        if parsed is None:
            continue
        if isinstance(parsed, datetime):
            if parsed.tzinfo is None:
                future = parsed.replace(tzinfo=UTC) - _WIDEST_OFFSET > now
            else:
                future = parsed > now + _CLOCK_SKEW
        else:
            future = _is_future_day(parsed, now)
        if future:
            yield Problem(f"{prop} is in the future ({value})", child(view.path, prop))


def _is_future_day(day: date, now: datetime) -> bool:
    # The earliest zone (UTC+14) is already on the next day at 10:00 UTC.
    return day > (now + _WIDEST_OFFSET).date()
