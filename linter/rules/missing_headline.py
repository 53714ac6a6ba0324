"""Article has no headline.

## What it does
Reports an Article-family node (NewsArticle, Article, BlogPosting, ...) without a `headline`, or
with an empty one.

## Why it matters
The headline is what search results, Top stories and social cards show as the article's title.
Google recommends it; newsroom practice requires it. Google no longer limits its length (the old
110-character limit is gone), so newslint does not either.

## Example
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2025-03-03T18:05:00+01:00"}
```

## Use instead
```json
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Cuba and China agree to strengthen military cooperation"}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Hints, Target

NAME = "missing-headline"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/article"
HINT = 'give the article a headline: the first line of a text article, `title` in front matter'
HINTS: Hints = {
    "text": "give the article a headline: its first line",
    "markdown": "add `title` to the front matter (or a `# heading` at the top of the body)",
    "html": "add `headline` to the article's markup: the title the page shows in its h1",
    "jsonld": "add `headline`: the article's title",
}
TARGET: Final = Target.SCHEMA
