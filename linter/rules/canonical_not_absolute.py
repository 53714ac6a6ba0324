"""Canonical URL is not absolute.

## What it does
Reports a `<link rel="canonical">` whose `href` is not an absolute `http` or `https` URL: a
relative path (`/world/story`), a protocol-relative URL (`//example.com/story`), or nothing.

## Why it matters
Google's documentation on duplicate URLs asks for absolute URLs in the `rel="canonical"` link
element: relative ones are accepted but cause problems in the long run. A relative canonical is
resolved against whatever URL the page was fetched from (a staging host, a mirror, a copy on a
syndication partner), so the copy names itself, not the original, as the page to index.

## Example
```html
<link rel="canonical" href="/world/cuba-china-military-cooperation">
```

## Use instead
```html
<link rel="canonical" href="https://example.com/world/cuba-china-military-cooperation">
```

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final
from urllib.parse import urlsplit

from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.config import Config
    from linter.readers import Source

NAME = "canonical-not-absolute"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls"
HINT = "write the canonical URL in full, with https:// and the host name"
TARGET: Final = Target.PAGE


def check(source: Source, config: Config) -> Iterator[Problem]:
    page = source.page
    if page is None:  # PAGE rules are called for HTML pages only
        return
    canonical = page.canonical
    if canonical is None:
        return
    href = canonical.value
    line = canonical.line or 1
    if not href:
        yield Problem("canonical link has no URL (empty href)", line=line)
    elif not _absolute(href):
        yield Problem(f"canonical URL is not absolute ({href})", line=line)


def _absolute(href: str) -> bool:
    try:
        parts = urlsplit(href)
    except ValueError:  # e.g. an unbalanced [ in the host
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)
