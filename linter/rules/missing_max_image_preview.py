"""Article page does not allow large image previews.

## What it does
Reports an article page (see `noindex-article` for what counts as one) whose robots meta tags
(`<meta name="robots">`, `<meta name="googlebot">`) do not say `max-image-preview:large`.
Information only: the page is not wrong without it. Pages kept out of the index (`noindex`)
are left to `noindex-article`. For a page read over HTTP (`newslint crawl`, a WARC record), the
`X-Robots-Tag` response header counts as one more robots tag.

## Why it matters
Google Discover documentation: large images are more likely to bring visits from Discover, and
Discover shows them only for pages that allow them with `max-image-preview:large` (or AMP
pages); other pages get a small thumbnail. When robots tags disagree, Google follows the more
restrictive one, so `max-image-preview:standard` anywhere wins over `large`.

## Example
```html
<meta name="robots" content="index, follow">
```

## Use instead
```html
<meta name="robots" content="index, follow, max-image-preview:large">
```

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.rules import Problem, Target
from linter.rules._article_page import directives, is_article_page

if TYPE_CHECKING:
    from linter.config import Config
    from linter.readers import Source

NAME = "missing-max-image-preview"
SEVERITY = "info"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/google-discover"
HINT = "add max-image-preview:large to <meta name=\"robots\">"
TARGET: Final = Target.PAGE

LARGE = "max-image-preview:large"


def check(source: Source, config: Config) -> Iterator[Problem]:
    page = source.page
    if page is None:  # PAGE rules are called for HTML pages only
        return
    tags = [tag for key in ("robots", "googlebot") if (tag := page.meta.get(key)) is not None]
    found: set[str] = set(page.http_robots)
    for tag in tags:
        found |= directives(tag.value)
    if found & {"noindex", "none"} or not is_article_page(source):
        return
    previews = {d for d in found if d.startswith("max-image-preview:")}
    restrictive = sorted(previews - {LARGE})
    if restrictive:
        line = next((tag.line for tag in tags if restrictive[0] in directives(tag.value)), None)
        if line is None and restrictive[0] in page.http_robots:
            yield Problem(f"X-Robots-Tag limits image previews ({restrictive[0]})")
            return
        yield Problem(f"robots meta limits image previews ({restrictive[0]})", line=line or 1)
    elif LARGE not in previews and tags:
        line = min((tag.line for tag in tags if tag.line), default=1)
        yield Problem(f"robots meta does not allow large image previews ({LARGE})", line=line)
    elif LARGE not in previews:
        yield Problem(f"page does not allow large image previews (no robots meta with {LARGE})", line=1)
