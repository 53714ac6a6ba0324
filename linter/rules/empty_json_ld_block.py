"""JSON-LD block is empty.

## What it does
Reports a `<script type="application/ld+json">` block with no content, or only whitespace.

## Why it matters
An empty block is a template that printed nothing: the structured data it was meant to carry
(often the article itself) is missing from the page.

## Example
```html
<script type="application/ld+json"></script>
```

## Use instead
```html
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "..."}
</script>
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "empty-json-ld-block"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/sd-policies"
HINT = "fill the block, or remove the empty script element"
TARGET: Final = Target.READER
