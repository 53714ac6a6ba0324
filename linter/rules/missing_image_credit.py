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

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Hints, Target

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
