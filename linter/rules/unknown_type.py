"""Type that schema.org does not have.

## What it does
Reports an `@type` that is not a schema.org type: a misspelling (`NewsArtcle`, `Persn`),
an invented type (`NewsStory`), or a property or enumeration value written as a type. When a
schema.org type is close, the message suggests it (`unknown type 'Persn' (did you mean
'Person'?)`). A type that differs from a schema.org type only in letter case is
`wrong-case-type` instead, and retired types are `retired-term`. Types outside schema.org
(`gs1:Beverage`, a type under another `@vocab` or defined in an object `@context`) are not
judged.

## Why it matters
Consumers that read schema.org markup skip a node whose type they do not know, and
everything nested in it: a misspelt `NewsArticle` is no article at all for Google. The node's
properties cannot be checked against a type that does not exist either.

## Example
```json
{"@context": "https://schema.org", "@type": "NewsArtcle", "headline": "..."}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "..."}
```

## Options
None. The vocabulary is schema.org release 30.0, shipped with newslint.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.document import JsonLdDocument

NAME: Final = "unknown-type"
SEVERITY = "error"
AUTHORITY = "schema.org"
SOURCE = "https://schema.org/docs/schemas.html"
HINT = "use a schema.org type, spelt exactly as on schema.org"
TARGET: Final = Target.DOCUMENT


def check(document: JsonLdDocument, ctx: Context) -> Iterator[Problem]:
    from linter import vocab_check  # the vocabulary is read only when a check needs it

    return vocab_check.problems(document, ctx, NAME)
