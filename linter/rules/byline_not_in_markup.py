"""Visible byline author is missing from the markup.

## What it does
On an HTML page whose Article markup names authors, reports each author of the page's visible
byline (`By Jane Doe and Omar Haddad`, a `rel=author` link, an `itemprop=author` or byline
element) that is not among the markup's `author` names. A byline organisation also counts
when the markup names it as `publisher` or `sourceOrganization`. Markup without any `author`
is left to `missing-author`.

## Why it matters
Newsroom practice: the structured byline is the printed byline. A co-author dropped from the
markup loses the credit in search results, in Google News author pages and in every
aggregator that reads the markup.

## Example
```html
<p class="byline">By Jane Doe and Omar Haddad</p>
<script type="application/ld+json">
{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe"}}
</script>
```

## Use instead
```json
{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Jane Doe"},
                                     {"@type": "Person", "name": "Omar Haddad"}]}
```

## Fix
Unsafe, sometimes: the byline's missing names are added to the markup's `author` list (each a
Person, with the byline's profile link as `url` when it gives one), citing the byline's line.
Only when adding is unambiguous: the bylines are read with confidence (names alone, no author
meta tag naming someone else), every missing name is a person's full name (two words or more:
not initials such as `LP`, nor a desk such as `Online-Redaktion`), and shares no word with an
author the markup names (`T. Gillespie` may be `Tom Gillespie`: not added twice), and the
article's `author` is written in the article itself (an `{"@id": ...}` reference to a Person
elsewhere has no list to add to). All the byline's missing names are added at once, so each
of their findings offers the same fix.

## Options
None. Pages only.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.fixes.model import Fix, Fixable, Safety, SetValue
from linter.jsonpath import child, parent
from linter.page import is_page_article
from linter.rules import Problem, Target
from linter.rules._on_page import confident_bylines, name_key, name_keys, unnamed_bylines
from linter.rules._page_evidence import article_holding, author_object, byline_evidence

if TYPE_CHECKING:
    from linter.article import Author
    from linter.check import Context
    from linter.fixes.model import Request
    from linter.graph import View

NAME = "byline-not-in-markup"
SEVERITY = "warning"
AUTHORITY = "newsroom"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article#author-bp"
HINT = "add every author of the visible byline to the markup's author list"
TARGET: Final = Target.ARTICLE
FIX: Final = Fixable.SOMETIMES


def check(view: View, ctx: Context) -> Iterator[Problem]:
    page = ctx.page
    if page is None or not is_page_article(view, ctx) or not page.bylines or "author" not in view.data:
        return
    where = child(view.path, "author")
    for byline in _missing(view, page.bylines):
        yield Problem(f"byline author {byline.name!r} (line {byline.line}) is not among the markup's authors",
                      where)


def _missing(view: View, bylines: list[Author]) -> list[Author]:
    """The bylines the article's markup does not name (as author, or an organisation as publisher)."""
    return unnamed_bylines(bylines, [value for value, _ in view.values("author")],
                           [value for prop in ("publisher", "sourceOrganization") for value, _ in view.values(prop)])


def fix(request: Request) -> Fix | None:
    found = article_holding(request, "author")
    page = request.source.page
    path = request.finding.json_path
    if found is None or page is None or path is None or confident_bylines(page) is None:
        return None
    view, _ = found
    if view.location(view.path) != (request.finding.origin, parent(path)) or not path.endswith(".author"):
        return None  # a Person node the author refers to (an @id): the list to add to is not written here
    missing = _missing(view, page.bylines)
    written = request.value(path)
    if not missing or not (isinstance(written, dict) or (
            isinstance(written, list) and all(isinstance(a, dict) for a in written))):
        return None  # (authors given as text are author-not-object's to fix first)
    named = set(" ".join(name_keys(value for value, _ in view.values("author"))).split())
    for byline in missing:
        words = name_key(byline.name).split()
        if byline.kind != "Person" or len(words) < 2 or named.intersection(words):
            return None
    authors = [*(written if isinstance(written, list) else [written]), *(author_object(b) for b in missing)]
    names = " and ".join(repr(b.name) for b in missing)
    return Fix(Safety.UNSAFE, f"add {names} of the visible byline to author", (SetValue(path, authors),),
               evidence=byline_evidence(missing))
