"""Image has no license or acquireLicensePage.

## What it does
Reports an `ImageObject` with neither `license` nor `acquireLicensePage`.

## Why it matters
Google Images shows a Licensable badge, with a link to the licence, for images that declare one.
Optional: information only.

## Example
```json
{"@type": "ImageObject", "contentUrl": "https://example.com/photos/lead.jpg", "creditText": "Reuters"}
```

## Use instead
```json
{"@type": "ImageObject", "contentUrl": "https://example.com/photos/lead.jpg", "creditText": "Reuters", "license": "https://example.com/image-licence"}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "missing-image-license"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/image-license-metadata"
HINT = 'add `license` (and `acquireLicensePage`) to make the image eligible for the Licensable badge'
TARGET: Final = Target.SCHEMA
