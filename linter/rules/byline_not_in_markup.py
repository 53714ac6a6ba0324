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

## Options
None. Pages only.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

from linter.jsonpath import child
from linter.page import is_page_article, normalize
from linter.patterns import lazy
from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.graph import View

NAME = "byline-not-in-markup"
SEVERITY = "warning"
AUTHORITY = "newsroom"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article#author-bp"
HINT = "add every author of the visible byline to the markup's author list"
TARGET: Final = Target.ARTICLE


def check(view: View, ctx: Context) -> Iterator[Problem]:
    page = ctx.page
    if page is None or not is_page_article(view, ctx) or not page.bylines or "author" not in view.data:
        return
    authors = _names(value for value, _ in view.values("author"))
    organizations = _names(value for prop in ("publisher", "sourceOrganization")
                           for value, _ in view.values(prop))
    where = child(view.path, "author")
    for byline in page.bylines:
        if _among(byline.name, authors) or (byline.kind == "Organization" and _among(byline.name, organizations)):
            continue
        yield Problem(f"byline author {byline.name!r} (line {byline.line}) is not among the markup's authors",
                      where)


def _names(values: Any) -> list[str]:
    out: list[str] = []
    for value in values:
        name = value.get("name") if isinstance(value, dict) else value
        if isinstance(name, list):
            out.extend(_words(n) for n in name if isinstance(n, str))
        elif isinstance(name, str):
            out.append(_words(name))
    return [n for n in out if n.strip()]


def _words(name: str) -> str:
    return f" {' '.join(_PUNCTUATION.sub(' ', normalize(name)).split())} "


_PUNCTUATION = lazy(r"[^\w\s]")


def _among(name: str, names: list[str]) -> bool:
    # "Jane Doe" in the byline and "Dr. Jane Doe" or "Jane Doe (Reuters)" in the markup are one person.
    key = _words(name)
    return any(key in other or other in key for other in names)
