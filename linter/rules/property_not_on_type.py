"""Property used on a type that does not take it.

## What it does
Reports a schema.org property on a node none of whose types takes it, and names the
types that do (`'recipeYield' is not a property of ImageObject (it belongs to Recipe)`). A type
takes the properties declared on it (`domainIncludes`) and on all its ancestors, through every
parent (the hierarchy has multiple inheritance): a `NewsArticle` takes `Article` and
`CreativeWork` properties. With an `@type` array, one type taking the property is enough. A
Role node may repeat the property it stands in for (`"creator": {"@type": "Role", "creator":
{...}}`). Untyped nodes, nodes with an unknown type and nodes typed outside schema.org only
are not judged.

## Why it matters
schema.org lists the properties each type expects. A property on the wrong node is
usually on the wrong level (an article's `datePublished` written on its `image`) or the node has
the wrong type; consumers look for the property where schema.org puts it and miss it.

## Example
```json
{"@context": "https://schema.org", "@type": "ImageObject", "contentUrl": "https://example.com/cake.jpg", "recipeYield": "8 slices"}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "Recipe", "image": "https://example.com/cake.jpg", "recipeYield": "8 slices"}
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

NAME: Final = "property-not-on-type"
SEVERITY = "warning"
AUTHORITY = "schema.org"
SOURCE = "https://schema.org/docs/datamodel.html"
HINT = "move the property to a node of a type that takes it, or fix the node's @type"
TARGET: Final = Target.DOCUMENT


def check(document: JsonLdDocument, ctx: Context) -> Iterator[Problem]:
    from linter import vocab_check  # the vocabulary is read only when a check needs it

    return vocab_check.problems(document, ctx, NAME)
