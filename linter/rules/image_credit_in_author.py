"""Image credited in `author`, which Google does not read.

## What it does
Reports an article image whose credit is given only as its `author` (a Person or an
Organization, or a name), with none of `creator`, `creditText` or `copyrightNotice`. The image is
credited, so `missing-image-credit` does not fire; but not in a property Google reads.

## Why it matters
Google's image metadata reads the photographer from `creator` and the credit line from
`creditText` (or `copyrightNotice`), and shows them in Google Images; schema.org's `author` on an
ImageObject says the same thing, but Google's documentation does not read it there.

## Example
```json
{"@type": "ImageObject", "contentUrl": "https://example.com/photos/lead.jpg",
 "author": {"@type": "Person", "name": "Jane Smith"}}
```

## Use instead
```json
{"@type": "ImageObject", "contentUrl": "https://example.com/photos/lead.jpg",
 "creator": {"@type": "Person", "name": "Jane Smith"}, "creditText": "Jane Smith/Reuters"}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "image-credit-in-author"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/image-license-metadata"
HINT = "give the photographer as `creator` (and the credit line as `creditText`)"
TARGET: Final = Target.SCHEMA
