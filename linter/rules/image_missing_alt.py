"""Article image without alt text.

## What it does
On an HTML page, reports each image of the article without an `alt` attribute, and each image
in a `<figure>` whose `alt` is empty. An empty `alt=""` on an image of the body outside any
figure is accepted: it marks the image as decoration. Pixels, icons, author photos and logos
are not article images. The finding stands at the figure's (or image's) line.

## Why it matters
Accessibility and search: screen readers read the alt text in place of the image, and Google
Images uses it to understand what the image shows. A news photo in a figure is content, never
decoration.

## Example
```html
<figure><img src="/photos/lead.jpg"><figcaption>The ministers in Beijing.</figcaption></figure>
```

## Use instead
```html
<figure>
  <img src="/photos/lead.jpg" alt="Two ministers shaking hands in front of flags">
  <figcaption>The ministers in Beijing.</figcaption>
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

NAME = "image-missing-alt"
SEVERITY = "warning"
AUTHORITY = "newsroom"
SOURCE = "https://developers.google.com/search/docs/appearance/google-images"
HINT = 'describe the image in its alt attribute (alt="" only for decoration outside figures)'
TARGET: Final = Target.PAGE


def check(source: Source, config: Config) -> Iterator[Problem]:
    page = source.page
    if page is None:  # PAGE rules are called for HTML pages only
        return
    for figure in page.figures:
        if figure.alt is None:
            yield Problem(f"image has no alt attribute ({figure.label})", line=figure.line)
        elif not figure.alt.strip() and figure.in_figure:
            yield Problem(f"image in a figure has an empty alt text ({figure.label})", line=figure.line)
