"""Value of a type outside the property's range.

## What it does
Reports an object whose types are all outside the range of its property, counting
subtypes (`publisher` takes Organization or Person, so a `NewsMediaOrganization` is fine and a
`WebSite` is not); an enumeration value of another enumeration (`"availability":
"https://schema.org/EventScheduled"`); and a number or boolean where only objects are expected.
Role objects may stand in for any value. `author` is left to the newsroom rule
`author-invalid-type`, which makes it an error on articles.

## Why it matters
Consumers read a property's value as one of the types schema.org expects; a node of
another type is skipped, taking its data with it.

## Example
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "publisher": {"@type": "WebSite", "name": "The Daily Example"}}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "publisher": {"@type": "NewsMediaOrganization", "name": "The Daily Example"}}
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

NAME: Final = "wrong-value-type"
SEVERITY = "warning"
AUTHORITY = "schema.org"
SOURCE = "https://schema.org/docs/datamodel.html"
HINT = "give a value of a type the property expects (or of one of its subtypes)"
TARGET: Final = Target.DOCUMENT


def check(document: JsonLdDocument, ctx: Context) -> Iterator[Problem]:
    from linter import vocab_check  # the vocabulary is read only when a check needs it

    return vocab_check.problems(document, ctx, NAME)
