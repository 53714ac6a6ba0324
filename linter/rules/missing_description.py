"""Article has no description.

## What it does
Reports an Article-family node without a `description`.

## Why it matters
The description (the standfirst, or summary) is reused by social networks and answer engines
when they present the article; without it they cut a snippet out of the body themselves.

## Example
```json
{"@type": "NewsArticle", "headline": "Cuba and China agree to strengthen military cooperation"}
```

## Use instead
```json
{"@type": "NewsArticle", "headline": "Cuba and China agree ...", "description": "The meeting takes place days after ..."}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Hints, Target

NAME = "missing-description"
SOURCE = "https://schema.org/description"
HINT = 'add a standfirst (the paragraph under the headline) or a `description`'
HINTS: Hints = {
    "text": "add a standfirst: the paragraph under the headline, before the byline",
    "markdown": "add `description` (or `summary`) to the front matter",
    "html": "add a `description` to the article's markup (its standfirst, or what the meta description says)",
    "jsonld": "add a `description`: the article's standfirst",
}
TARGET: Final = Target.SCHEMA
