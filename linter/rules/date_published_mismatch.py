"""datePublished disagrees with the date the page shows.

## What it does
On an HTML page, compares the Article's `datePublished` with the publication date the page
shows (a `time` element or `itemprop=datePublished` marked as the publication date, or a
labelled date such as `Published 3 March 2025`) and with the page's
`<meta property="article:published_time">`. When both sides give a time with an offset they
must be the same instant; otherwise they must fall on the same calendar day. Each source that
disagrees is one finding, and the message says which. A page showing several publication dates
agrees when any of them does.

## Why it matters
Google's publication-dates guidelines: show a clear date on the page and give the same date in
the structured data. When they disagree Google has to pick one, and may show readers a date
that is not the one on the page.

## Example
```html
<p>Published <time datetime="2025-03-04T09:00:00+01:00">4 March 2025</time></p>
<script type="application/ld+json">
{"@type": "NewsArticle", "datePublished": "2025-03-03T18:05:00+01:00"}
</script>
```

## Use instead
```json
{"@type": "NewsArticle", "datePublished": "2025-03-04T09:00:00+01:00"}
```

## Options
None. Pages only.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.dates import parse_iso
from linter.jsonpath import child
from linter.page import is_page_article
from linter.rules import Problem, Target
from linter.rules._on_page import published_disagreements

if TYPE_CHECKING:
    from linter.check import Context
    from linter.graph import View

NAME = "date-published-mismatch"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/publication-dates"
HINT = "give datePublished the publication date and time the page shows"
TARGET: Final = Target.ARTICLE


def check(view: View, ctx: Context) -> Iterator[Problem]:
    page = ctx.page
    if page is None or not is_page_article(view, ctx):
        return
    value = view.data.get("datePublished")
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    published = parse_iso(value) if isinstance(value, str) else None
    if published is None or not isinstance(value, str):
        return
    for why in published_disagreements(page, value, published):
        yield Problem(why, child(view.path, "datePublished"))
