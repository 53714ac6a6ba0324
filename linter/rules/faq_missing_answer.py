"""Question has no acceptedAnswer.

## What it does
Reports a Question without `acceptedAnswer`.

## Why it matters
Google's FAQ documentation requires exactly one `acceptedAnswer` per Question; a question
without an answer is not an FAQ entry.

## Example
```json
{"@type": "Question", "name": "What does the agreement cover?"}
```

## Use instead
```json
{"@type": "Question", "name": "What does the agreement cover?", "acceptedAnswer": {"@type": "Answer", "text": "Personnel exchanges and ..."}}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "faq-missing-answer"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/faqpage"
HINT = "give each Question an `acceptedAnswer` with the answer's text"
TARGET: Final = Target.SCHEMA
