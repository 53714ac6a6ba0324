"""Property that schema.org does not have.

## What it does
Reports a key of a schema.org node that is no schema.org property: a misspelling
(`datePublised`), a name in the wrong letter case (`datemodified`), a JSON-LD keyword without its
`@` (`"type": "PostalAddress"`), or an invented name. The message suggests the closest property
or keyword (`unknown property 'datePublised' (did you mean 'datePublished'?)`). Keys that are
not schema.org terms are left alone: JSON-LD keywords (`@id`, `@type`...), prefixed terms
(`gs1:netWeight`), terms defined in an object `@context` or under another `@vocab`. Action
annotations such as `query-input` are accepted when the property before the dash exists.

## Why it matters
A property schema.org does not define is dropped by every consumer: the date, the
author or the image it was meant to give is simply missing, while the markup looks complete.

## Example
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "datePublised": "2025-09-16T10:32:00+02:00"}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2025-09-16T10:32:00+02:00"}
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

NAME: Final = "unknown-property"
SEVERITY = "error"
AUTHORITY = "schema.org"
SOURCE = "https://schema.org/docs/schemas.html"
HINT = "use a schema.org property, spelt exactly as on schema.org"
TARGET: Final = Target.DOCUMENT


def check(document: JsonLdDocument, ctx: Context) -> Iterator[Problem]:
    from linter import vocab_check  # the vocabulary is read only when a check needs it

    return vocab_check.problems(document, ctx, NAME)
