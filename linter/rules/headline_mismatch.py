"""Headline matches neither the page's h1 nor its og:title.

## What it does
On an HTML page, compares the Article's `headline` with the page's `<h1>` headings and its
`og:title`. They agree when they are equal apart from case, whitespace, quotes and dashes, or
when one is the other plus a site-name suffix (`Headline | The Daily Example`,
`Headline - The Daily Example`). Nothing is reported when the page has neither.

## Why it matters
Google's Article and general guidelines: the structured data must describe the page's own
content. A headline that differs from the visible one (a stale draft, a template's title, an
SEO variant) is shown in search features while readers see another title.

## Example
```html
<h1>Cuba and China agree to strengthen military cooperation</h1>
<script type="application/ld+json">
{"@type": "NewsArticle", "headline": "Ministers meet in Beijing"}
</script>
```

## Use instead
```json
{"@type": "NewsArticle", "headline": "Cuba and China agree to strengthen military cooperation"}
```

## Options
None. Pages only.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.jsonpath import child
from linter.page import is_page_article
from linter.rules import Problem, Target
from linter.rules._headlines import agree, key

if TYPE_CHECKING:
    from linter.check import Context
    from linter.graph import View

NAME = "headline-mismatch"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article"
HINT = "make headline the title the page shows in its h1"
TARGET: Final = Target.ARTICLE


def check(view: View, ctx: Context) -> Iterator[Problem]:
    page = ctx.page
    if page is None or not is_page_article(view, ctx):
        return
    headline = view.data.get("headline")
    if not isinstance(headline, str) or not headline.strip():
        return
    titles = [h.value for h in page.h1]
    og = page.meta.get("og:title")
    if og is not None and og.value:
        titles.append(og.value)
    if not titles:
        return
    mine = key(headline)
    if any(agree(mine, key(title)) for title in titles):
        return
    shown = page.h1[0].value if page.h1 else titles[0]
    yield Problem(f"headline matches neither the page's h1 nor its og:title ({shown!r})",
                  child(view.path, "headline"))
