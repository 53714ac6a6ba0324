"""Non-URL value for a property that takes only URLs.

## What it does
Reports a value that is no URL at all (text with spaces, a bare word, a number) for a
property whose range is `URL` only, such as `downloadUrl`, `relatedLink` or
`codeRepository`. Relative references (`/about`) are URLs here. `url`, `image`, `logo`,
`sameAs` and the other properties of `relative-url` are left to that rule, which also asks
for absolute URLs.

## Why it matters
A URL-only property is followed as a link; text in it leads nowhere, and
consumers drop it.

## Example
```json
{"@context": "https://schema.org", "@type": "SoftwareSourceCode", "codeRepository": "on GitHub"}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "SoftwareSourceCode", "codeRepository": "https://github.com/example/newslint"}
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

NAME: Final = "invalid-url-value"
SEVERITY = "warning"
AUTHORITY = "schema.org"
SOURCE = "https://schema.org/URL"
HINT = "give the full URL, starting with https://"
TARGET: Final = Target.DOCUMENT


def check(document: JsonLdDocument, ctx: Context) -> Iterator[Problem]:
    from linter import vocab_check  # the vocabulary is read only when a check needs it

    return vocab_check.problems(document, ctx, NAME)
