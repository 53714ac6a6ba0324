"""Image has no credit.

## What it does
Reports an article image with none of `creditText`, `creator` or `copyrightNotice`. A bare image
URL has no credit either.

## Why it matters
Google's image metadata asks for at least one of creator, creditText, copyrightNotice or
license, and shows the credit in Google Images. Newsroom practice credits every photo.

## Example
```json
{"@type": "ImageObject", "contentUrl": "https://example.com/photos/lead.jpg"}
```

## Use instead
```json
{"@type": "ImageObject", "contentUrl": "https://example.com/photos/lead.jpg", "creditText": "Jane Smith/Reuters"}
```

## Fix
Unsafe, sometimes: on an HTML page that shows the article's image in a figure whose caption
states its credit (`Photo: Jane Smith/Reuters`, `© AFP`, a credit element), the image gets that
credit as `creditText`, citing the figure's line; a bare image URL becomes an ImageObject with
its `url` and `creditText` (which `missing-image-license` then asks a license of). The figure is
the one showing the same address (resolved against the page's, scheme, query string and
fragment aside); nothing is offered when no figure shows it, or figures showing it state
different credits.

## Options
None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from linter.fixes.model import Fixable
from linter.rules import Hints, Target
from linter.rules._page_evidence import image_fix

if TYPE_CHECKING:
    from linter.fixes.model import Fix, Request

NAME = "missing-image-credit"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/image-license-metadata"
HINT = 'credit the photo: `Photo: Agency/Photographer`, or `creditText`/`creator`/`copyrightNotice`'
HINTS: Hints = {
    "text": "credit the photo in the caption line (`Photo: Agency/Photographer`)",
    "markdown": "credit the photo: `credit` in the front-matter image (or `image_credit`), or end its caption with `Photo: Agency/Photographer`",
    "html": "give the image in the markup a `creditText` (or `creator`, `copyrightNotice`), naming the photographer or agency",
    "jsonld": "give the image a `creditText` (or `creator`, `copyrightNotice`)",
}
TARGET: Final = Target.SCHEMA
FIX: Final = Fixable.SOMETIMES


def fix(request: Request) -> Fix | None:
    return image_fix(request, prop="creditText", title="add the figure's credit as creditText")
