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
from typing import Any

from linter.patterns import lazy
from linter.jsonpath import child
from linter.page import is_page_article, normalize
from linter.rules import Problem

NAME = "headline-mismatch"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article"
HINT = "make headline the title the page shows in its h1"
KIND = "python"
APPLIES_TO = "article"

_QUOTES = lazy(r"[\"'`´]")
_TAG = lazy(r"<[^<>]*>")  # "ВРАЦА <b>СПЕЧЕЛИ</b>": the markup's tags are not shown
#: The site's name after or before a title: "Headline | Site", "Headline - Site", "Site | Headline".
_SUFFIX = lazy(r"\s+(?:\||-|::|·|•|/)\s+[^|]{1,80}$")
_PREFIX = lazy(r"^[^|]{1,80}?\s+(?:\||::|·|•)\s+")
_ELLIPSIS = lazy(r"\s*(?:\.\.\.|…)$")
_MIN_TRUNCATED = 20  # characters a shortened title keeps before its "..."


def check(view: Any, ctx: Any) -> Iterator[Problem]:
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
    mine = _key(headline)
    if any(_agree(mine, _key(title)) for title in titles):
        return
    shown = page.h1[0].value if page.h1 else titles[0]
    yield Problem(f"headline matches neither the page's h1 nor its og:title ({shown!r})",
                  child(view.path, "headline"))


def _key(text: str) -> str:
    return " ".join(_QUOTES.sub("", normalize(_TAG.sub("", text))).split())


def _agree(a: str, b: str) -> bool:
    if a == b:
        return True
    # One of them carries the site's name: "Headline | Site", "Site | Headline".
    for longer, shorter in ((a, b), (b, a)):
        if shorter in longer and shorter and shorter in (_SUFFIX.sub("", longer), _PREFIX.sub("", longer)):
            return True
        # One of them is shortened: "Israel and Hamas agree to a ceasefire in…"
        if _ELLIPSIS.search(shorter):
            cut = _ELLIPSIS.sub("", shorter)
            if len(cut) >= _MIN_TRUNCATED and _SUFFIX.sub("", longer).startswith(cut):
                return True
    return False
