"""Retired schema.org term.

## What it does
Reports a type, property or enumeration value that schema.org has retired to its
attic (`https://attic.schema.org`), naming the replacement when there is one:
`'ProductReturnPolicy' was retired from schema.org (use 'MerchantReturnPolicy' instead)`.

## Why it matters
Retired terms are no longer part of the current vocabulary: consumers may ignore
them, and they are documented only for the record.

## Example
```json
{"@context": "https://schema.org", "@type": "Offer", "hasProductReturnPolicy": {"@type": "ProductReturnPolicy"}}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "Offer", "hasMerchantReturnPolicy": {"@type": "MerchantReturnPolicy"}}
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

NAME: Final = "retired-term"
SEVERITY = "warning"
AUTHORITY = "schema.org"
SOURCE = "https://attic.schema.org/"
HINT = "use the current term that replaces it"
TARGET: Final = Target.DOCUMENT


def check(document: JsonLdDocument, ctx: Context) -> Iterator[Problem]:
    from linter import vocab_check  # the vocabulary is read only when a check needs it

    return vocab_check.problems(document, ctx, NAME)
