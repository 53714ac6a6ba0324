"""Property is empty.

## What it does
Reports a JSON-LD property whose value is an empty string, only whitespace, `null` or an
empty list, and blank items inside a list (`"author": ["", {...}]`). The checks then treat the property as missing, so a `"datePublished": ""` is also
reported by `missing-date-published`.

## Why it matters
Google's structured data guidelines: an empty value is the same as no value. Empty fields are
usually a template printing a variable that was never filled; they hide the missing data from
a quick look at the markup.

## Example
```json
{"@type": "NewsArticle", "headline": "...", "author": ""}
```

## Use instead
```json
{"@type": "NewsArticle", "headline": "...", "author": {"@type": "Person", "name": "Jane Doe"}}
```

## Options
None. Not reported for JSON-LD that newslint generated itself (the source's own rules say
what is missing there).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

from linter.graph import is_empty
from linter.jsonpath import child
from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.document import JsonLdDocument

NAME = "empty-value"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/sd-policies"
HINT = "fill the value in, or leave the property out"
TARGET: Final = Target.DOCUMENT


def check(document: JsonLdDocument, ctx: Context) -> Iterator[Problem]:
    if document.origin == "generated":
        return
    # Only containers are pushed; a scalar's path is built when it is reported.
    stack: list[tuple[Any, str]] = [(document.data, "$")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, (dict, list)) and item:
                    stack.append((item, child(path, key)))
                elif is_empty(item) and not key.startswith("@"):
                    yield Problem(f"{key} is empty (counts as missing)", child(path, key))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, (dict, list)) and item:
                    stack.append((item, child(path, i)))
                elif is_empty(item) and item != []:
                    yield Problem(f"item {i} of a list is empty (counts as missing)", child(path, i))
