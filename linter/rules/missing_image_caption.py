"""Image has no caption.

## What it does
Reports an article image without a `caption` (a bare image URL has none either).

## Why it matters
Captions tell readers, screen-reader users and search engines who and what a news photo shows.
Newsroom practice captions every photo.

## Example
```json
{"@type": "ImageObject", "contentUrl": "https://example.com/photos/lead.jpg", "creditText": "Reuters"}
```

## Use instead
```json
{"@type": "ImageObject", "contentUrl": "https://example.com/photos/lead.jpg", "creditText": "Reuters", "caption": "Protesters outside parliament on Tuesday."}
```

## Fix
Unsafe, sometimes: on an HTML page that shows the article's image in a figure with a caption,
the image gets that caption (its words, the credit split off) as `caption`, citing the
figure's line; a bare image URL becomes an ImageObject with its `url` and `caption` (which
`missing-image-license` then asks a license of). The figure is the one showing the same
address (resolved against the page's, scheme, query string and fragment aside); nothing is
offered when no figure shows it, or figures showing it have different captions.

## Options
None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from linter.fixes.model import Fixable
from linter.rules import Target
from linter.rules._page_evidence import image_fix

if TYPE_CHECKING:
    from linter.fixes.model import Fix, Request

NAME = "missing-image-caption"
SOURCE = "https://schema.org/caption"
HINT = 'add a caption saying who and what the photo shows'
TARGET: Final = Target.SCHEMA
FIX: Final = Fixable.SOMETIMES


def fix(request: Request) -> Fix | None:
    return image_fix(request, prop="caption", title="add the figure's caption as caption")
