"""Page has no meta description.

## What it does
Reports an HTML page without a `<meta name="description">` in its `<head>`, or with an empty
`content`.

## Why it matters
Google's snippet documentation: Google may use the meta description for the snippet under the
title link when it describes the page better than its text does. Without one, the snippet is
whatever sentence of the page Google picks; social networks fall back to it too.

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
  <meta name="description" content="Defence ministers met in Beijing to sign a training agreement.">
</head>
```

## Options
None. There is no length limit: Google sets none (snippets are shortened to fit the screen).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.config import Config
    from linter.readers import Source

NAME = "missing-meta-description"
SEVERITY = "warning"
AUTHORITY = "seo"
SOURCE = "https://developers.google.com/search/docs/appearance/snippet"
HINT = "add <meta name=\"description\" content=\"...\"> summing up the article"
TARGET: Final = Target.PAGE


def check(source: Source, config: Config) -> Iterator[Problem]:
    page = source.page
    if page is None:  # PAGE rules are called for HTML pages only
        return
    if page.meta_description is not None:
        return
    tag = page.meta.get("description")
    if tag is not None:
        yield Problem("meta description is empty", line=tag.line or 1)
    else:
        yield Problem("page has no meta description", line=1)
