"""url or mainEntityOfPage disagrees with the page's canonical URL.

## What it does
On an HTML page with an absolute `<link rel="canonical">`, reports an Article `url` or
`mainEntityOfPage` (a URL, or an object's `@id` or `url`) that names another address. Only
absolute addresses are compared; a trailing slash, a fragment and the case of the host do not
count.

## Why it matters
Google's Article documentation and general guidelines: the markup describes the page it is on,
and `mainEntityOfPage` says which page that is. An address that differs from the canonical one
(a staging host, an AMP or print copy, another story) splits or misattributes the article's
signals.

## Example
```html
<link rel="canonical" href="https://example.com/world/cuba-china">
<script type="application/ld+json">
{"@type": "NewsArticle", "url": "https://staging.example.com/world/cuba-china"}
</script>
```

## Use instead
```json
{"@type": "NewsArticle", "url": "https://example.com/world/cuba-china",
 "mainEntityOfPage": "https://example.com/world/cuba-china"}
```

## Options
None. Pages only.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final
from urllib.parse import urlsplit

from linter.jsonpath import child
from linter.page import is_page_article
from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.graph import View

NAME = "url-mismatch"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article"
HINT = "give url and mainEntityOfPage the page's canonical URL"
TARGET: Final = Target.ARTICLE


def check(view: View, ctx: Context) -> Iterator[Problem]:
    page = ctx.page
    if page is None or not is_page_article(view, ctx) or page.canonical is None:
        return
    canonical = _key(page.canonical.value)
    if canonical is None:
        return
    for prop in ("url", "mainEntityOfPage"):
        for value, path in view.values(prop):
            url, where = value, path
            if isinstance(value, dict):
                key = "@id" if isinstance(value.get("@id"), str) else "url"
                url, where = value.get(key), child(path, key)
            if not isinstance(url, str):
                continue
            mine = _key(url)
            if mine is not None and mine != canonical:
                yield Problem(f"{prop} ({url.strip()}) disagrees with the canonical URL "
                              f"({page.canonical.value}, line {page.canonical.line})", where)


def _key(url: str) -> str | None:
    """An absolute address for comparison, or ``None`` when it is not absolute."""
    url = url.strip()
    if not url.startswith(("http://", "https://")):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}{query}"
