"""Malformed date, time, number or boolean.

## What it does
Reports a value that is not well formed for the data types of its property's range:
a `Date` or `DateTime` that is not ISO 8601 (`2025-09-16`, `2025-09-16T10:32:00+02:00`; a
year or a year and month are ISO dates too), a `Time` that is not `hh:mm[:ss][offset]`, a
`Number` or `Integer` that is not a number (`1,234`, `about 500`, `12.5` for an Integer), a
`Boolean` that is not `true`/`false` (`"True"`, `"False"` and `https://schema.org/True` are
accepted). Properties that also take text are not judged. `datePublished` and `dateModified`
are left to `invalid-date`, which makes them an error on articles.

## Why it matters
Consumers parse these values by their data type: a date they cannot read is dropped
(so is the event or the article's freshness it was meant to give), and `"yes"` is no boolean.

## Example
```json
{"@context": "https://schema.org", "@type": "Event", "startDate": "next Friday, 8pm", "isAccessibleForFree": "yes"}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "Event", "startDate": "2025-09-19T20:00:00+02:00", "isAccessibleForFree": true}
```

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.document import JsonLdDocument

NAME: Final = "invalid-value"
SEVERITY = "warning"
AUTHORITY = "schema.org"
SOURCE = "https://schema.org/DataType"
HINT = "write the value in the data type's format (ISO 8601 dates, '.' for decimals, true/false)"
TARGET: Final = Target.DOCUMENT


def check(document: JsonLdDocument, ctx: Context) -> Iterator[Problem]:
    from linter import vocab_check  # the vocabulary is read only when a check needs it

    return vocab_check.problems(document, ctx, NAME)
