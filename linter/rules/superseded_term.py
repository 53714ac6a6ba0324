"""Superseded schema.org term.

## What it does
Reports a type, property or enumeration value that schema.org has superseded by
another term (`supersededBy`), and names the replacement: `'events' is superseded by 'event'`,
`'language' is superseded by 'inLanguage'`. Superseded terms that were also retired are
`retired-term`.

## Why it matters
Superseded terms stay in the vocabulary so old markup still parses, but schema.org
and consumers document and support the replacement; new markup should use it.

## Example
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "language": "en"}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "inLanguage": "en"}
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

NAME: Final = "superseded-term"
SEVERITY = "warning"
AUTHORITY = "schema.org"
SOURCE = "https://schema.org/docs/schemas.html"
HINT = "use the term that supersedes it"
TARGET: Final = Target.DOCUMENT


def check(document: JsonLdDocument, ctx: Context) -> Iterator[Problem]:
    from linter import vocab_check  # the vocabulary is read only when a check needs it

    return vocab_check.problems(document, ctx, NAME)
