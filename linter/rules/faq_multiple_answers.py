"""Question has more than one acceptedAnswer.

## What it does
Reports a Question whose `acceptedAnswer` is a list of more than one Answer.

## Why it matters
An FAQ gives one answer per question; Google's FAQ documentation requires exactly one. Several
answers belong to a QAPage.

## Example
```json
{"@type": "Question", "name": "...", "acceptedAnswer": [{"@type": "Answer", "text": "A"}, {"@type": "Answer", "text": "B"}]}
```

## Use instead
```json
{"@type": "Question", "name": "...", "acceptedAnswer": {"@type": "Answer", "text": "A"}}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "faq-multiple-answers"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/faqpage"
HINT = 'keep one acceptedAnswer per question (use `suggestedAnswer` for others, on a QAPage)'
TARGET: Final = Target.SCHEMA
