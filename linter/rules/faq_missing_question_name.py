"""Question has no name.

## What it does
Reports a Question without `name` (the question text).

## Why it matters
Google's FAQ documentation requires `name`: the full text of the question.

## Example
```json
{"@type": "Question", "acceptedAnswer": {"@type": "Answer", "text": "..."}}
```

## Use instead
```json
{"@type": "Question", "name": "What does the agreement cover?", "acceptedAnswer": {"@type": "Answer", "text": "..."}}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "faq-missing-question-name"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/faqpage"
HINT = "put the full question text in the Question's `name`"
TARGET: Final = Target.SCHEMA
