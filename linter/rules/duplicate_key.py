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

from typing import Final

from linter.rules import Target

NAME = "duplicate-key"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://www.rfc-editor.org/rfc/rfc8259#section-4"
HINT = "keep one value for the key"
TARGET: Final = Target.READER
