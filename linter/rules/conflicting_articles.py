"""Two article nodes disagree.

## What it does
Reports a page (or file) whose Article-family nodes disagree on the `headline` or the
`datePublished`: for example a NewsArticle in one JSON-LD block and another one, left by a
plugin, in a second block or in microdata. Each node after the first that disagrees with the
first is reported.

## Why it matters
Consumers pick one of the nodes, and may pick the stale one. Two descriptions of one article
that say different things are also a sign that one of them is not true to the page.

## Example
```html
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Final title", ...}</script>
<script type="application/ld+json">{"@type": "Article", "headline": "Draft title", ...}</script>
```

## Use instead
One Article node per article, or nodes that agree.

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.dates import parse_iso
from linter.jsonpath import child
from linter.page import normalize
from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.graph import View

NAME = "conflicting-articles"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/sd-policies"
HINT = "keep one article node, or make them agree"
TARGET: Final = Target.ARTICLE


def check(view: View, ctx: Context) -> Iterator[Problem]:
    first = ctx.graph.first("article")
    if first is None or (first.doc, first.path) == (view.doc, view.path):
        return
    mine, theirs = view.data, first.data
    headline, other = mine.get("headline"), theirs.get("headline")
    if isinstance(headline, str) and isinstance(other, str) and normalize(headline) != normalize(other):
        yield Problem(f"headline differs from the first article node's ({_short(other)})",
                      child(view.path, "headline"))
    date, other_date = mine.get("datePublished"), theirs.get("datePublished")
    if isinstance(date, str) and isinstance(other_date, str) and _instant(date) != _instant(other_date):
        yield Problem(f"datePublished differs from the first article node's ({other_date})",
                      child(view.path, "datePublished"))


def _instant(value: str) -> object:
    parsed = parse_iso(value)
    return parsed if parsed is not None else value.strip()


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."
