"""Article has no image.

## What it does
Reports an Article-family node without `image`.

## Why it matters
Google recommends `image` for articles; Top stories, Discover and social cards show it. A news
article without a lead image is shown as text only.

## Example
```json
{"@type": "NewsArticle", "headline": "..."}
```

## Use instead
```json
{"@type": "NewsArticle", "headline": "...", "image": [{"@type": "ImageObject", "contentUrl": "https://example.com/photos/16x9/lead.jpg", "caption": "...", "creditText": "Jane Smith/Reuters"}]}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Hints, Target

NAME = "missing-image"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article"
HINT = 'add the lead image (a photo with caption and credit, or `image`)'
HINTS: Hints = {
    "markdown": "add the lead image: `image` in the front matter, or `![alt](src \"caption\")` in the body",
    "html": "add `image` to the article's markup: the lead image, an ImageObject with contentUrl, caption and creditText",
    "jsonld": "add `image`: the lead image, an ImageObject with contentUrl, caption and creditText",
}
TARGET: Final = Target.SCHEMA
