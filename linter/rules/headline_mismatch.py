"""Headline is not the one the page shows.

## What it does
On an HTML page, compares the Article's `headline` with the headline the page shows: the
article's own heading (its `<h1>`, not the masthead's; see the page reader). When the page
shows no heading newslint can tell for the article's, it compares with the page's `<h1>`
headings and its `og:title` instead. They agree when they are equal apart from case,
whitespace, quotes and dashes, when one is the other plus a site-name suffix
(`Headline | The Daily Example`, `Headline - The Daily Example`), or one the other shortened
with an ellipsis. Nothing is reported when the page has none of them.

The visible headline comes first: when an editor rewrites the `<h1>`, the `og:title` and the
JSON-LD, both written from the same stale field, usually go stale together, and agree with
each other but not with what readers see.

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
from linter.rules._headlines import headline_disagreement

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
    why = headline_disagreement(page, headline)
    if why is not None:
        yield Problem(why, child(view.path, "headline"))
