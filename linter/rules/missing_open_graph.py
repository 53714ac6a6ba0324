"""Open Graph property missing.

## What it does
Reports the basic Open Graph properties a page lacks in its `<head>`: `og:title`, `og:type`,
`og:image` and `og:url`. The message names every missing property; properties missing
altogether share one finding (at line 1), a tag with an empty `content` gets its own, at its
line. `og:image:url`, which the protocol defines as the same as `og:image`, stands in for it.

## Why it matters
The Open Graph protocol (ogp.me) requires these four properties on every page. Facebook,
LinkedIn, WhatsApp, Slack and most other apps build the preview of a shared link from them;
without them the preview guesses a title, often shows no image, and may credit another URL
than the article's.

## Example
```html
<head>
  <title>Cuba and China agree to strengthen military cooperation</title>
  <meta property="og:title" content="Cuba and China agree to strengthen military cooperation">
</head>
```

## Use instead
```html
<head>
  <title>Cuba and China agree to strengthen military cooperation</title>
  <meta property="og:title" content="Cuba and China agree to strengthen military cooperation">
  <meta property="og:type" content="article">
  <meta property="og:image" content="https://example.com/photos/lead.jpg">
  <meta property="og:url" content="https://example.com/world/cuba-china-military-cooperation">
</head>
```

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.config import Config
    from linter.readers import Source

NAME = "missing-open-graph"
SEVERITY = "warning"
AUTHORITY = "seo"
SOURCE = "https://ogp.me/"
HINT = "add <meta property=\"og:...\" content=\"...\"> tags for og:title, og:type, og:image and og:url"
TARGET: Final = Target.PAGE

#: The protocol's required properties, each with the keys that provide it.
REQUIRED = (
    ("og:title", ("og:title",)),
    ("og:type", ("og:type",)),
    ("og:image", ("og:image", "og:image:url")),
    ("og:url", ("og:url",)),
)


def check(source: Source, config: Config) -> Iterator[Problem]:
    page = source.page
    if page is None:  # PAGE rules are called for HTML pages only
        return
    meta = page.meta
    absent: list[str] = []
    for prop, keys in REQUIRED:
        tags = [meta[key] for key in keys if key in meta]
        if any(tag.value for tag in tags):
            continue
        if tags:
            yield Problem(f"Open Graph property {prop} is empty", line=tags[0].line or 1)
        else:
            absent.append(prop)
    # Findings are told apart by rule and place: properties missing altogether have no tag
    # to point at, so they share one finding, which names each of them.
    if absent:
        yield Problem(f"page has no Open Graph {_names(absent)}", line=1)


def _names(props: list[str]) -> str:
    return props[0] if len(props) == 1 else f"{', '.join(props[:-1])} or {props[-1]}"
