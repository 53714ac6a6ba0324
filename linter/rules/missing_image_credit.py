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

from linter.rules import Target

NAME = "missing-image-credit"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/image-license-metadata"
HINT = 'credit the photo: `Photo: Agency/Photographer`, or `creditText`/`creator`/`copyrightNotice`'
TARGET: Final = Target.SCHEMA
