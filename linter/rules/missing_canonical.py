"""Page has no canonical URL.

## What it does
Reports an HTML page without a `<link rel="canonical">`.

## Why it matters
Google's documentation on duplicate URLs: the same article is reachable under many URLs
(tracking parameters, AMP and print versions, syndication, `http` and `https`). A
`rel="canonical"` link tells search engines which one to index and to credit; without it
they choose, and links and signals may be split among the copies.

## Example
```html
<head>
  <title>Cuba and China agree to strengthen military cooperation</title>
</head>
```

## Use instead
```html
<head>
  <title>Cuba and China agree to strengthen military cooperation</title>
  <link rel="canonical" href="https://example.com/world/cuba-china-military-cooperation">
</head>
```

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.config import Config
    from linter.readers import Source

NAME = "missing-canonical"
SEVERITY = "warning"
AUTHORITY = "seo"
SOURCE = "https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls"
HINT = "add <link rel=\"canonical\" href=\"https://...\"> with the article's own absolute URL"
TARGET: Final = Target.PAGE


def check(source: Source, config: Config) -> Iterator[Problem]:
    page = source.page
    if page is None:  # PAGE rules are called for HTML pages only
        return
    if page.canonical is None:
        yield Problem("page has no <link rel=\"canonical\">", line=1)
