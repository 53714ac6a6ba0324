"""Source could not be read.

## What it does
Reports a source newslint cannot read at all: an empty or binary file, invalid JSON, a file
too large to lint, a file it has no reader for, or one that cannot be opened. Also pages whose
markup is built to exhaust a parser: more than two million tags, an element with more than
1,000 attributes, or microdata items nested more than 64 deep (the page, or its microdata,
is then not checked).

## Why it matters
Nothing in an unreadable source can be checked, so it cannot pass. This rule is always an
error and cannot be disabled or suppressed.

## Example
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Unclosed"
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Closed"}
```

## Options
None: `parse-error` cannot be ignored, deselected or given another severity.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "parse-error"
SEVERITY = "error"
AUTHORITY = "newslint"
SOURCE = "https://www.rfc-editor.org/rfc/rfc8259"
HINT = "fix the file so it can be read (the message says what is wrong)"
TARGET: Final = Target.READER
