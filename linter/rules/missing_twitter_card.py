"""Page has no X (Twitter) card type.

## What it does
Reports an HTML page without `<meta name="twitter:card">` (or with an empty one).

## Why it matters
X's card markup documentation: `twitter:card` is the one tag a card cannot do without; it picks
the card type (`summary`, `summary_large_image`, ...). Title, description and image fall back to
the Open Graph tags, the card type does not, so without it a shared article shows as a bare
link instead of a card with its picture.

## Example
```html
<meta property="og:title" content="Cuba and China agree to strengthen military cooperation">
<meta property="og:image" content="https://example.com/photos/lead.jpg">
```

## Use instead
```html
<meta name="twitter:card" content="summary_large_image">
<meta property="og:title" content="Cuba and China agree to strengthen military cooperation">
<meta property="og:image" content="https://example.com/photos/lead.jpg">
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

NAME = "missing-twitter-card"
SEVERITY = "info"
AUTHORITY = "seo"
SOURCE = "https://developer.x.com/en/docs/x-for-websites/cards/overview/markup"
HINT = "add <meta name=\"twitter:card\" content=\"summary_large_image\">"
TARGET: Final = Target.PAGE


def check(source: Source, config: Config) -> Iterator[Problem]:
    page = source.page
    if page is None:  # PAGE rules are called for HTML pages only
        return
    card = page.meta.get("twitter:card")
    if card is None:
        yield Problem("page has no twitter:card", line=1)
    elif not card.value:
        yield Problem("twitter:card is empty", line=card.line or 1)
