"""FAQ rich results are retired.

## What it does
Tells you, once per FAQPage, that Google no longer shows FAQ rich results: the FAQPage is
checked for completeness only, and its rich-result eligibility is "none".

## Why it matters
Google stopped showing FAQ rich results in Search on 2026-05-07 (before that, only for
well-known government and health sites). FAQPage markup still describes the page to other
consumers, such as answer engines, so newslint keeps checking it, but a complete FAQPage no
longer earns a Google rich result.

## Example
```json
{"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [...]}
```

## Use instead
Keep the markup if other consumers use it; ignore this rule (`ignore = ["faq-rich-result-retired"]`)
once you know.

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.graph import View

NAME = "faq-rich-result-retired"
SEVERITY = "info"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/faqpage"
HINT = "nothing to fix: FAQPage is checked for completeness, not for a Google rich result"
TARGET: Final = Target.FAQPAGE


def check(view: View, ctx: Context) -> Iterator[Problem]:
    yield Problem("Google no longer shows FAQ rich results (since 2026-05-07); eligibility: none", view.path)
