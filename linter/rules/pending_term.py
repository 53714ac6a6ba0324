"""Pending schema.org term.

## What it does
Notes a type or property from schema.org's pending area (`https://pending.schema.org`):
proposed terms that are valid but may still change, such as `ReportageNewsArticle`,
`correction` or (in release 30.0) `jobTitle`. Pending enumeration values are not noted: the
property that takes them is. Nor are the pending image properties that Google's image metadata
documentation and newslint's own image rules ask for: `creditText`, `copyrightNotice` and
`acquireLicensePage`.

## Why it matters
Pending terms are fine to use and many are widely used, but their definition can still
change, and some consumers do not read them yet. Worth knowing, not worth fixing.

## Example
```json
{"@context": "https://schema.org", "@type": "Person", "name": "Jane Doe", "jobTitle": "Correspondent"}
```

## Use instead
Nothing to change. To stop the notes, ignore the rule:
```toml
[tool.newslint]
ignore = ["pending-term"]
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

NAME: Final = "pending-term"
SEVERITY = "info"
AUTHORITY = "schema.org"
SOURCE = "https://pending.schema.org/"
HINT = "nothing to fix: the term is valid but may still change"
TARGET: Final = Target.DOCUMENT


def check(document: JsonLdDocument, ctx: Context) -> Iterator[Problem]:
    from linter import vocab_check  # the vocabulary is read only when a check needs it

    return vocab_check.problems(document, ctx, NAME)
