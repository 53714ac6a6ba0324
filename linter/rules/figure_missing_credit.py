"""Article image shown without a credit.

## What it does
On an HTML page, reports each image of the article whose credit the page does not show. A
credit is read from the caption (`Photo: Jane Smith/Reuters`, `Foto: EFE`, `© AFP`,
`Credit: ...`, `(AP Photo/Jane Doe)`, `(Jane Doe for The Daily Example)`) or from an element of
the figure marked as the credit (`class="credit"`, `copyright`, `photographer`, `source`, a
`<cite>`). Images of the article body outside any figure are checked too; pixels, icons,
author photos and logos are not. The finding stands at the figure's line.

## Why it matters
Newsroom practice and copyright: a published photo names its photographer or agency. Google's
image metadata needs a credit (`creditText`, `creator` or `copyrightNotice`) for the
Licensable badge, and the page is where that credit is first shown.

## Example
```html
<figure>
  <img src="/photos/lead.jpg" alt="...">
  <figcaption>The ministers in Beijing.</figcaption>
</figure>
```

## Use instead
```html
<figure>
  <img src="/photos/lead.jpg" alt="...">
  <figcaption>The ministers in Beijing. <span class="credit">Jane Smith/Reuters</span></figcaption>
</figure>
```

## Options
None. Pages only.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.config import Config
    from linter.readers import Source

NAME = "figure-missing-credit"
SEVERITY = "warning"
AUTHORITY = "newsroom"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/image-license-metadata"
HINT = "credit the photographer or agency in the caption (Photo: Jane Smith/Reuters)"
TARGET: Final = Target.PAGE


def check(source: Source, config: Config) -> Iterator[Problem]:
    page = source.page
    if page is None:  # PAGE rules are called for HTML pages only
        return
    for figure in page.figures:
        if not figure.credit:
            what = "figure" if figure.in_figure else "article image"
            yield Problem(f"{what} has no credit ({figure.label})", line=figure.line)
