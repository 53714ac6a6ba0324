"""Answer has no text.

## What it does
Reports an Answer without `text`, or with an empty one (in a text article: a question with no
paragraph after it).

## Why it matters
Google's FAQ documentation requires `text`: the full answer. An empty answer tells the reader
nothing.

## Example
```json
{"@type": "Question", "name": "...", "acceptedAnswer": {"@type": "Answer"}}
```

## Use instead
```json
{"@type": "Question", "name": "...", "acceptedAnswer": {"@type": "Answer", "text": "Personnel exchanges and ..."}}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "faq-missing-answer-text"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/faqpage"
HINT = "put the full answer in the Answer's `text`"
TARGET: Final = Target.SCHEMA
