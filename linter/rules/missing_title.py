"""Page has no title.

## What it does
Reports an HTML page without a `<title>` element in its `<head>`, or with an empty one.

## Why it matters
Google's title links documentation: the `<title>` element is the main source of the title link
shown in search results, and every page should have one. Without it Google makes one up from
headings or anchor text, and browsers, tabs, bookmarks and shares show the bare URL.

## Example
```html
<head>
  <meta charset="utf-8">
</head>
```

## Use instead
```html
<head>
  <meta charset="utf-8">
  <title>Cuba and China agree to strengthen military cooperation | The Daily Example</title>
</head>
```

## Options
None. There is no length limit: Google sets none (long titles are only shortened on display).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.config import Config
    from linter.readers import Source

NAME = "missing-title"
SEVERITY = "error"
AUTHORITY = "seo"
SOURCE = "https://developers.google.com/search/docs/appearance/title-link"
HINT = "add a descriptive <title> to the page's <head>"
TARGET: Final = Target.PAGE


def check(source: Source, config: Config) -> Iterator[Problem]:
    page = source.page
    if page is None:  # PAGE rules are called for HTML pages only
        return
    if page.title is None:
        yield Problem("page has no <title> (or an empty one)", line=1)
