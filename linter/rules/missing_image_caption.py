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

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "missing-image-caption"
SOURCE = "https://schema.org/caption"
HINT = 'add a caption saying who and what the photo shows'
TARGET: Final = Target.SCHEMA
