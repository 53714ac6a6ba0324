"""FAQ entry is not a Question.

## What it does
Reports an entry of an FAQPage's `mainEntity` that is not an object typed `Question`: a string,
a nested list (`[[...]]`), or an object with another or no `@type`.

## Why it matters
Consumers read FAQ markup as a list of Question objects; anything else is skipped.

## Example
```json
{"@type": "FAQPage", "mainEntity": [[{"@type": "Question", "name": "..."}]]}
```

## Use instead
```json
{"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "...", "acceptedAnswer": {"@type": "Answer", "text": "..."}}]}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "faq-question-invalid-type"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/faqpage"
HINT = 'make each entry of `mainEntity` an object typed Question'
TARGET: Final = Target.SCHEMA
