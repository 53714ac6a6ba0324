"""URL is not absolute.

## What it does
Reports a URL-valued property (`url`, `contentUrl`, `image`, `logo`, `sameAs`,
`mainEntityOfPage`, `thumbnailUrl`, `license`, ...) whose value is not an absolute `http(s)`
URL: a relative path (`/photos/lead.jpg`), a protocol-relative URL (`//cdn.example.com/...`)
or something that is no URL at all.

## Why it matters
Google's structured data guidelines ask for absolute URLs. JSON-LD is read apart from the page
(by feeds, answer engines, social networks), where a relative URL points nowhere.

## Example
```json
{"@type": "ImageObject", "contentUrl": "/photos/lead.jpg"}
```

## Use instead
```json
{"@type": "ImageObject", "contentUrl": "https://example.com/photos/lead.jpg"}
```

## Options
`[tool.newslint.site] url`: text and Markdown sources resolve relative image URLs against it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

from linter.jsonpath import child
from linter.patterns import lazy
from linter.rules import Problem, Target
from linter.vocab import URL_PROPERTIES

if TYPE_CHECKING:
    from linter.check import Context
    from linter.document import JsonLdDocument

NAME = "relative-url"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/sd-policies"
HINT = "write the full URL, starting with https://"
TARGET: Final = Target.DOCUMENT

_ABSOLUTE = lazy(r"^https?://[^\s/]+\S*$", re.I)


def check(document: JsonLdDocument, ctx: Context) -> Iterator[Problem]:
    # Only containers are pushed; paths of other values are built when reported.
    stack: list[tuple[Any, str]] = [(document.data, "$")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if key in URL_PROPERTIES:
                    yield from _check_urls(key, item, child(path, key))
                if isinstance(item, (dict, list)):
                    stack.append((item, child(path, key)))
        elif isinstance(value, list):
            stack.extend((item, child(path, i)) for i, item in enumerate(value)
                         if isinstance(item, (dict, list)))


def _check_urls(key: str, value: Any, path: str) -> Iterator[Problem]:
    items = value if isinstance(value, list) else [value]
    for i, item in enumerate(items):
        if isinstance(item, str) and item.strip() and not _ABSOLUTE.match(item.strip()):
            where = child(path, i) if isinstance(value, list) else path
            yield Problem(f"{key} is not an absolute URL ({_short(item)})", where)


def _short(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 60 else text[:57] + "..."
