"""FAQPage has no questions.

## What it does
Reports an FAQPage without `mainEntity`, or with an empty one (a text article with an FAQ
heading but no questions under it).

## Why it matters
An FAQPage is a list of questions; without any it says nothing. Google's FAQ documentation
requires `mainEntity` with at least one Question.

## Example
```json
{"@context": "https://schema.org", "@type": "FAQPage"}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "What does the agreement cover?", "acceptedAnswer": {"@type": "Answer", "text": "Personnel exchanges and ..."}}]}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "faq-missing-questions"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/faqpage"
HINT = 'list the questions in `mainEntity`, or remove the FAQPage markup'
TARGET: Final = Target.SCHEMA
