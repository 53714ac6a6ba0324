"""Reference to a node the page does not hold.

## What it does
Reports a `{"@id": "..."}` reference, in an article's `author`, `publisher`, `image`,
`creator`, `logo`, or an FAQPage's `mainEntity` or `acceptedAnswer`, whose `@id` matches no
node in any JSON-LD block of the page (or the file). Relative `@id`s are resolved against the
page's URL (its canonical URL when the file does not say where it was published).

## Why it matters
Consumers read one page at a time and do not fetch other pages to resolve references: an
article whose author is only `{"@id": "https://example.com/#/schema/person/1"}`, with no such
node on the page, has no author for them. It usually means a template dropped the node the
reference points to, or the `@id`s are spelt differently (trailing slash, `http` and `https`).

## Example
```json
{"@context": "https://schema.org", "@graph": [
  {"@type": "NewsArticle", "headline": "...", "author": {"@id": "https://example.com/#jane"}}
]}
```

## Use instead
```json
{"@context": "https://schema.org", "@graph": [
  {"@type": "NewsArticle", "headline": "...", "author": {"@id": "https://example.com/#jane"}},
  {"@type": "Person", "@id": "https://example.com/#jane", "name": "Jane Doe"}
]}
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
    from linter.graph import View

NAME = "dangling-reference"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/sd-policies"
HINT = "add the node the @id refers to, or write the object out in full"
TARGET: Final = Target.NODE

WATCHED = frozenset({"author", "publisher", "image", "creator", "logo", "mainEntity", "acceptedAnswer"})


def check(view: View, ctx: Context) -> Iterator[Problem]:
    for ref in view.dangling:
        if ref.prop in WATCHED:
            yield Problem(f"{ref.prop} refers to @id {ref.ident!r}, which no node here has", ref.view_path)
