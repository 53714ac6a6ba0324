"""Article image shown without a caption.

## What it does
On an HTML page, reports each image of the article that has no caption: a `<figure>` with an
image but no (or an empty) `<figcaption>`, and an image of the article body (an `img` inside
`<article>` or `itemprop=articleBody`, outside any figure) with no caption next to it. Tracking
pixels and icons (`width` or `height` of 50 or less, `role=presentation`, `aria-hidden`),
author photos and logos are not article images. The finding stands at the figure's line.

## Why it matters
Newsroom practice: every news photo says what it shows, where and when. A caption is also
what `ImageObject.caption` is built from, and what readers of the image alone (image search,
screen readers after the alt text) rely on.

## Example
```html
<figure><img src="/photos/lead.jpg" alt="Two ministers shaking hands"></figure>
```

## Use instead
```html
<figure>
  <img src="/photos/lead.jpg" alt="Two ministers shaking hands">
  <figcaption>The ministers in Beijing on 3 March. Photo: Jane Smith/Reuters</figcaption>
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

NAME = "figure-missing-caption"
SEVERITY = "warning"
AUTHORITY = "newsroom"
SOURCE = "https://developers.google.com/search/docs/appearance/google-images"
HINT = "add a <figcaption> saying what the image shows"
TARGET: Final = Target.PAGE


def check(source: Source, config: Config) -> Iterator[Problem]:
    page = source.page
    if page is None:  # PAGE rules are called for HTML pages only
        return
    for figure in page.figures:
        if not figure.caption:
            what = "figure" if figure.in_figure else "article image"
            yield Problem(f"{what} has no caption ({figure.label})", line=figure.line)
