"""JSON-LD block is not valid JSON.

## What it does
Reports a `<script type="application/ld+json">` block of an HTML page whose text is not strict
JSON, at the line and column where parsing failed. newslint then tries a tolerant reading
(removing a CDATA or HTML comment wrapper, JavaScript comments, trailing commas, a trailing
`;`, decoding HTML entities, accepting raw line breaks in strings, reading two objects back to
back) and, when that works, checks the content anyway; the message says which repairs were
needed. Blocks that cannot be read even so are reported and skipped.

## Why it matters
Google's structured data guidelines: JSON-LD must be valid. Search engines use strict parsers
and may drop a broken block entirely, taking the article's byline, dates and image with it;
what one tolerant consumer accepts, another rejects.

## Example
```html
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle", // template comment
 "headline": "...",}
</script>
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

NAME = "invalid-json-ld"
SEVERITY = "error"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/sd-policies"
HINT = "produce the block with a JSON serializer (json.dumps, JSON.stringify), not by string templates"
TARGET: Final = Target.READER
