"""No article markup.

## What it does
Reports a JSON-LD file that holds no Article-family node (NewsArticle, Article, BlogPosting,
...) and no FAQPage.

## Why it matters
newslint checks news articles. A document without one has nothing for the byline, date and
image checks to judge; usually the article node is missing, or misspelt (`NewsArtcle`).

## Example
```json
{"@context": "https://schema.org", "@type": "WebPage", "name": "..."}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "..."}
```

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from linter.graph import Graph
from linter.rules import Problem

NAME = "missing-article-markup"
SEVERITY = "warning"
AUTHORITY = "newsroom"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article"
HINT = "add a NewsArticle (or another Article type) node"
KIND = "python"
APPLIES_TO = "source"


def check(source: Any, ctx: Any) -> Iterator[Problem]:
    if source.article is not None or not source.documents:
        return
    for document in source.documents:
        if any(node.kind for node in Graph(document.data).nodes):
            return
    yield Problem("no NewsArticle, Article or FAQPage in this JSON-LD", "$", line=1)
