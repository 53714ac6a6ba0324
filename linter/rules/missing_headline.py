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

## Fix
Unsafe, sometimes: on an HTML page that shows the article's headline (its `<h1>`, or the
heading newslint tells for the article's: inside its `<article>`, or agreeing with the page's
`og:title` or `<title>`), the page's own article gets that text as `headline`, citing the
heading's line: the headline `headline-mismatch` holds the markup against. Nothing is offered
when the page shows no heading newslint can tell for the article's (a masthead's `<h1>`, a
search panel's), or when another article node of the page gives another headline.

## Options
None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from linter.fixes.model import Fix, Fixable, Safety
from linter.graph import source_graph
from linter.rules import Hints, Target
from linter.rules._headlines import headline_disagreement, shown_heading
from linter.rules._page_evidence import conflicts, own_article_on_page, put

if TYPE_CHECKING:
    from linter.fixes.model import Request

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
FIX: Final = Fixable.SOMETIMES


def fix(request: Request) -> Fix | None:
    found = own_article_on_page(request)
    if found is None:
        return None
    view, page, path = found
    if page.heading is None:
        return None
    shown = shown_heading(page)
    if shown is None or headline_disagreement(page, shown) is not None \
            or conflicts(source_graph(request.source), view, "headline", shown):
        return None
    line = page.heading.line
    element = "h1" if any(h.line == line and h.value == shown for h in page.h1) else "visible headline"
    short = shown if len(shown) <= 60 else shown[:57] + "..."
    return Fix(Safety.UNSAFE, f"add the page's {element} as headline ({short!r})",
               (put(request, path, "headline", shown),),
               evidence=f"{element} {short!r}, line {line}" if line else f"{element} {short!r}")
