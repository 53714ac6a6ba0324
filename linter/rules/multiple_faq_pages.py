"""More than one FAQPage.

## What it does
Reports a source (an article, a page) that carries more than one FAQPage node.

## Why it matters
Google's FAQ documentation allows one FAQPage per page: all the questions of a page go in one
list. Two FAQPages split the questions and make consumers pick one.

## Example
```json
[{"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [...]},
 {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [...]}]
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [...all questions...]}
```

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.graph import source_graph
from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.config import Config
    from linter.readers import Source

NAME = "multiple-faq-pages"
SEVERITY = "error"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/faqpage"
HINT = "merge the questions into one FAQPage"
TARGET: Final = Target.SOURCE


def check(source: Source, config: Config) -> Iterator[Problem]:
    pages = [(source.documents[node.doc], node) for node in source_graph(source).of_kind("faqpage")]
    for document, node in pages[1:]:
        line, _ = document.locate(node.path)
        yield Problem(f"another FAQPage ({len(pages)} in this source)", node.path, line=line)
