"""Image has no contentUrl or url.

## What it does
Reports an `ImageObject` (an article's `image`) with neither `contentUrl` nor `url`.

## Why it matters
Google's image metadata requires `contentUrl`: metadata that does not say which file it
describes is ignored. An image without a URL cannot be shown at all.

## Example
```json
{"@type": "ImageObject", "caption": "...", "creditText": "CCTV Video Capture"}
```

## Use instead
```json
{"@type": "ImageObject", "contentUrl": "https://example.com/photos/lead.jpg", "caption": "...", "creditText": "CCTV Video Capture"}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Hints, Target

NAME = "missing-image-url"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/image-license-metadata"
HINT = 'give the image its file URL (`contentUrl`); in a text article, put the image URL on a line by the caption'
HINTS: Hints = {
    "text": "put the image URL on a line of its own by the caption",
    "markdown": "give the image its `src` in the front matter",
    "html": "give the image in the markup its file URL (`contentUrl`)",
    "jsonld": "give the image its file URL (`contentUrl`)",
}
TARGET: Final = Target.SCHEMA
