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

## Fix
Safe, sometimes: the block is written as strict JSON, when the repairs it was read with have
one reading only: a CDATA or HTML comment wrapper, JavaScript comments, trailing commas and a
trailing `;` are deleted, line breaks and tabs written raw in strings are escaped (`\n`). What
newslint checked is then exactly what every parser reads. Not when reading it took more
(decoding HTML entities, where `&amp;` may have been meant as written; two values back to
back, which one value cannot say), nor when a CDATA wrapper guards an `&` (a page served as
XHTML needs it), nor for a block that cannot be read at all.

## Options
None.
"""

from __future__ import annotations

from typing import Any, Final

from linter.fixes.model import Fix, Fixable, Request, Safety, Strict
from linter.rules import Target

NAME = "invalid-json-ld"
SEVERITY = "error"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/sd-policies"
HINT = "produce the block with a JSON serializer (json.dumps, JSON.stringify), not by string templates"
TARGET: Final = Target.READER
FIX: Final = Fixable.SOMETIMES

#: Repairs (``linter.jsonblock``) whose text has one strict writing: deleting what they blanked out,
#: escaping a control character. Not "HTML entities" (``&amp;`` may be meant as written), nor
#: "several JSON values back to back" (one value cannot say what two did).
STRICT_SAFE = frozenset({"CDATA or HTML comment wrapper", "JavaScript comments", "trailing commas",
                         "trailing semicolon", "control characters in strings"})
_WRAPPER = "CDATA or HTML comment wrapper"


def fix(request: Request) -> Fix | None:
    document = request.document
    if document is None or document.origin != "html" or not document.repairs:
        return None
    if not STRICT_SAFE.issuperset(document.repairs):
        return None
    if _WRAPPER in document.repairs and _has_ampersand(document.data):
        return None
    return Fix(Safety.SAFE, f"write the block as strict JSON (without {', '.join(document.repairs)})", (Strict(),))


def _has_ampersand(data: Any) -> bool:
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if "&" in value:
                return True
        elif isinstance(value, dict):
            stack.extend(value)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False
