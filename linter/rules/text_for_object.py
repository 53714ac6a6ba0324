"""Text where schema.org expects an object.

## What it does
Reports text given where schema.org expects an object and the consumer needs one:
- the people and organisations credited for a work, `publisher`, `creator`, `contributor`,
  `editor`, `copyrightHolder` and `sourceOrganization`, when the text is not a URL
  (`"publisher": "BBC News"` where schema.org expects an Organization or Person);
- properties whose range is enumerations only, when the text is not one of their values
  (`"eventStatus": "Scheduled"` where an EventStatusType value such as
  `https://schema.org/EventScheduled`, or `EventScheduled`, is expected).

A URL is accepted for any object (schema.org's data model lets a URL stand for a Thing).
`author` is left to the newsroom rule `author-not-object`, which makes it an error on articles.
Text for other properties is not reported (see below).

## Why it matters
schema.org's data model allows text where an entity is expected, and many of its own examples
do it (`"about": "Comedy"`), so newslint stays quiet about most such text, and this rule is a
warning, not an error. But a name alone identifies nobody: consumers that credit a work
(Google's article publisher, an image's creator) need an object with a `name` and a `url` or
`sameAs`, or two Jane Does cannot be told apart; and an enumeration's consumer compares the value
with the values it knows, which free text never matches.

## Example
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "publisher": "The Daily Example"}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "The Daily Example", "url": "https://example.com"}}
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

NAME: Final = "text-for-object"
SEVERITY = "warning"
AUTHORITY = "schema.org"
SOURCE = "https://schema.org/docs/datamodel.html"
HINT = "give an object of the expected type (with a name and url) instead of text"
TARGET: Final = Target.DOCUMENT


def check(document: JsonLdDocument, ctx: Context) -> Iterator[Problem]:
    from linter import vocab_check  # the vocabulary is read only when a check needs it

    return vocab_check.problems(document, ctx, NAME)
