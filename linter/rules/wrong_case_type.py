"""Type name in the wrong case.

## What it does
Reports an `@type` that differs from a schema.org type only in letter case, such as
`newsarticle`, `article`, `person` or `Imageobject` for `NewsArticle`, `Article`, `Person` and
`ImageObject`. Every schema.org type counts (the vocabulary newslint ships). The node's
properties are then checked against the type it was meant to be, and `unknown-type` does not
report it a second time. (newslint's article checks also read the lower-case names of the
article, FAQ, person, organization and image types as those types.)

## Why it matters
schema.org names are case-sensitive: `article` is not a schema.org type, and strict
consumers skip the node, taking the article's markup with it. (Some pairs even differ only in
case: `Question` is a type, `question` a property.)

## Example
```json
{"@context": "https://schema.org", "@type": "newsarticle", "headline": "..."}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "..."}
```

## Fix
Safe, always: the type is written as schema.org spells it, keeping any prefix (`schema:`,
`https://schema.org/`), in a list of types the one entry. In JSON-LD only: a microdata
`itemtype` is HTML, which `--fix` does not edit.

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.fixes.model import Fix, Fixable, Request, Safety, SetValue
from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.document import JsonLdDocument

NAME: Final = "wrong-case-type"
SEVERITY = "warning"
AUTHORITY = "schema.org"
SOURCE = "https://schema.org/docs/datamodel.html"
HINT = "write the type exactly as schema.org spells it"
TARGET: Final = Target.DOCUMENT
FIX: Final = Fixable.ALWAYS


def check(document: JsonLdDocument, ctx: Context) -> Iterator[Problem]:
    from linter import vocab_check  # the vocabulary is read only when a check needs it

    return vocab_check.problems(document, ctx, NAME)


def fix(request: Request) -> Fix | None:
    from linter.vocab import vocabulary

    written = request.value()
    path = request.finding.json_path
    if not isinstance(written, str) or path is None:
        return None
    cut = max(written.rfind(":"), written.rfind("/")) + 1  # a prefix or an IRI before the name
    right = vocabulary().canonical(written[cut:], "type")
    if right is None or right == written[cut:]:
        return None
    return Fix(Safety.SAFE, f"write {written[cut:]!r} as {right!r}", (SetValue(path, written[:cut] + right),))
