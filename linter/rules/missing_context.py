"""JSON-LD has no @context.

## What it does
Reports a JSON-LD document (a file, or a script block in a page) whose top-level object has no
`@context`.

## Why it matters
Without `"@context": "https://schema.org"` the terms (`NewsArticle`, `headline`, ...) are not
schema.org terms, and consumers such as Google skip the block.

## Example
```json
{"@type": "NewsArticle", "headline": "..."}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "..."}
```

## Options
None. Documents with a context other than schema.org are not reported (their terms are not
checked either).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.jsonpath import child
from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.document import JsonLdDocument

NAME = "missing-context"
SEVERITY = "error"
AUTHORITY = "schema.org"
SOURCE = "https://www.w3.org/TR/json-ld11/#the-context"
HINT = 'add "@context": "https://schema.org" to the top-level object'
TARGET: Final = Target.DOCUMENT


def check(document: JsonLdDocument, ctx: Context) -> Iterator[Problem]:
    if document.origin not in ("file", "html"):
        return
    data = document.data
    tops = [(item, child("$", i)) for i, item in enumerate(data)] if isinstance(data, list) else [(data, "$")]
    for node, path in tops:
        if isinstance(node, dict) and "@context" not in node and ("@type" in node or "@graph" in node):
            yield Problem("JSON-LD has no @context", path)
