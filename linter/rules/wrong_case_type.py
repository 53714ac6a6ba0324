"""Type name in the wrong case.

## What it does
Reports an `@type` written in the wrong letter case, such as `newsarticle`, `article` or
`person` for `NewsArticle`, `Article` and `Person`. newslint then checks the node as the
schema.org type it was meant to be.

## Why it matters
schema.org names are case-sensitive: `article` is not a schema.org type, and strict
consumers skip the node, taking the article's markup with it. (Some pairs even differ only in
case: `Question` is a type, `question` a property.)

## Example
```json
{"@context": "https://schema.org", "@type": "newsarticle", "headline": "..."}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "..."}
```

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from linter.graph import short_type
from linter.jsonpath import child
from linter.rules import Problem

NAME = "wrong-case-type"
SEVERITY = "warning"
AUTHORITY = "schema.org"
SOURCE = "https://schema.org/docs/datamodel.html"
HINT = "write the type exactly as schema.org spells it"
KIND = "python"
APPLIES_TO = "document"


def check(document: Any, ctx: Any) -> Iterator[Problem]:
    stack: list[tuple[Any, str]] = [(document.data, "$")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            raw = value.get("@type")
            names = raw if isinstance(raw, list) else [raw]
            for i, name in enumerate(names):
                if isinstance(name, str):
                    fixed = short_type(name)
                    written = name.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
                    if fixed != written and fixed.lower() == written.lower():
                        where = child(child(path, "@type"), i) if isinstance(raw, list) else child(path, "@type")
                        yield Problem(f"type {written!r} should be written {fixed!r}", where)
            stack.extend((v, child(path, k)) for k, v in value.items()
                         if k != "@type" and isinstance(v, (dict, list)))
        elif isinstance(value, list):
            stack.extend((v, child(path, i)) for i, v in enumerate(value) if isinstance(v, (dict, list)))
