"""Article has no author.

## What it does
Reports an Article-family node without an `author`.

## Why it matters
A byline is the first trust signal of a news article. Google recommends `author` with
`author.name` and `author.url` so it can tell who wrote the article; newsroom practice makes it
mandatory.

## Example
```json
{"@type": "NewsArticle", "headline": "..."}
```

## Use instead
```json
{"@type": "NewsArticle", "headline": "...", "author": [{"@type": "Person", "name": "Jane Doe", "url": "https://example.com/staff/jane-doe"}]}
```

## Fix
Unsafe, sometimes: on an HTML page whose visible byline newslint reads with confidence (names
alone, no author meta tag naming someone else), the page's own article gets that byline as
`author`: a Person (an Organization for a desk or an agency) named as the byline names it,
with the byline's profile link as `url` when it gives one; a list of them for several names.
The fix cites the byline and its line. Markup of another article on the page (a teaser) and
JSON-LD files get none: there is no byline to read.

## Options
None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from linter.fixes.model import Fix, Fixable, Safety
from linter.rules import Hints, Target
from linter.rules._on_page import confident_bylines
from linter.rules._page_evidence import author_object, byline_evidence, own_article_on_page, put

if TYPE_CHECKING:
    from linter.fixes.model import Request

NAME = "missing-author"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article#author-bp"
HINT = 'add a byline (`By Jane Doe`) or an `author` object'
HINTS: Hints = {
    "text": "add a byline under the headline (`By Jane Doe`)",
    "markdown": "add `author` to the front matter (a name, or `{name: ..., url: ...}`)",
    "html": "add an `author` to the article's markup (a Person with name and url), naming the byline",
    "jsonld": 'add an `author` object ({"@type": "Person", "name": "...", "url": "..."})',
}
TARGET: Final = Target.SCHEMA
FIX: Final = Fixable.SOMETIMES


def fix(request: Request) -> Fix | None:
    found = own_article_on_page(request)
    if found is None:
        return None
    _, page, path = found
    bylines = confident_bylines(page)
    if bylines is None:
        return None
    authors = [author_object(b) for b in bylines]
    value = authors[0] if len(authors) == 1 else authors
    names = " and ".join(repr(b.name) for b in bylines)
    return Fix(Safety.UNSAFE, f"add the visible byline as author ({names})",
               (put(request, path, "author", value),), evidence=byline_evidence(bylines))
