"""JSON-LD object repeats a key.

## What it does
Reports a JSON-LD block in which one object holds the same key twice
(`"datePublished": ..., "datePublished": ...`). Each repeated key name is reported once per
block, with how often it repeats; past 20 names, one more finding counts the rest.

## Why it matters
JSON says names within an object should be unique; parsers keep one of the values (most keep
the last, some the first), so consumers may read different data from the same block. Usually a
template emits a property twice from two sources that disagree.

## Example
```json
{"@type": "NewsArticle", "headline": "Draft title", "headline": "Final title"}
```

## Use instead
```json
{"@type": "NewsArticle", "headline": "Final title"}
```

## Options
None.
"""

from __future__ import annotations

from itertools import islice
from typing import Final

from linter.findings import Finding
from linter.rules import Target

NAME = "duplicate-key"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://www.rfc-editor.org/rfc/rfc8259#section-4"
HINT = "keep one value for the key"
TARGET: Final = Target.READER

#: Key names listed one by one; one more finding counts the rest.
MAX_KEYS = 20


def findings(keys: list[str], where: str, path: str, line: int | None, column: int | None) -> list[Finding]:
    """One finding per repeated key name of a JSON text (``where``: "JSON-LD block 2", ...).

    A generated document can repeat thousands of keys: past :data:`MAX_KEYS` names a single
    finding counts the rest, so the report stays readable (the fix is in one template).
    """
    from linter.rules import finding, registry

    rule = registry()[NAME]

    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    out = []
    for key, count in islice(counts.items(), MAX_KEYS):
        how = "in one object (" if count == 1 else f"({count} times within objects; "
        out.append(finding(rule, f"{where} repeats the key '{key}' {how}only the last value counts)",
                           path, line=line, column=column))
    if len(counts) > MAX_KEYS:
        out.append(finding(rule, f"{where} repeats the keys of more names too ({len(counts) - MAX_KEYS} "
                                 "not listed)", path, line=line, column=column))
    return out
