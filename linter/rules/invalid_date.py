"""Date is not an ISO 8601 date or date-time.

## What it does
Reports a `datePublished` or `dateModified` that is not an ISO 8601 date (`2025-03-03`) or date-
time (`2025-03-03T18:05:00+01:00`): free text, RFC 822 dates, impossible months, numbers.

## Why it matters
schema.org's Date and DateTime are ISO 8601. Consumers do not parse `Tue Jul 30 09:35:14 CEST
2019` or `yesterday`; the date is as good as missing.

## Example
```json
{"@type": "NewsArticle", "datePublished": "Tue Jul 30 09:35:14 CEST 2019"}
```

## Use instead
```json
{"@type": "NewsArticle", "datePublished": "2019-07-30T09:35:14+02:00"}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "invalid-date"
SOURCE = "https://schema.org/DateTime"
HINT = 'write dates as ISO 8601 with time and offset, e.g. 2025-03-03T18:05:00+01:00'
TARGET: Final = Target.SCHEMA
