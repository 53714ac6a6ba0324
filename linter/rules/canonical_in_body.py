"""Canonical link outside the head.

## What it does
Reports a page whose `<link rel="canonical">` stands in the `<body>` (and none in the `<head>`).
That includes a link written in the `<head>` after an element that does not belong there
(a `<div>`, an `<img>`, text): HTML parsers, Google's included, end the head at such an element,
so everything after it is in the body.

## Why it matters
Google's documentation on duplicate URLs: the `rel="canonical"` link element is only accepted
in the `<head>` of the page; Google ignores it in the body, so the page has no canonical URL at
all for Google.

## Example
```html
<head><title>...</title></head>
<body>
  <link rel="canonical" href="https://example.com/world/cuba-china-military-cooperation">
</body>
```

## Use instead
```html
<head>
  <title>...</title>
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

NAME = "canonical-in-body"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls"
HINT = "move the <link rel=\"canonical\"> into <head>, before any element that ends the head"
TARGET: Final = Target.PAGE


def check(source: Source, config: Config) -> Iterator[Problem]:
    page = source.page
    if page is None:  # PAGE rules are called for HTML pages only
        return
    if page.canonical_in_body and page.canonical is not None:
        yield Problem("canonical link is in the <body>, where Google ignores it",
                      line=page.canonical.line or 1)
