"""Author named in the markup does not appear on the page.

## What it does
On an HTML page, reports an author `name` of the Article markup that the page does not show:
the name is neither among the page's visible bylines nor anywhere in its visible text
(compared without regard to case, whitespace, quotes and dashes). An organisation named as
author also counts as shown when it is the site's name (`<title>`, `og:site_name`). The page's
text is read at most a few dozen times over in all: markup naming thousands of authors the
page does not show gets one finding saying how many were not looked for.

## Why it matters
Google's general structured data guidelines: marked-up content must be visible to readers of
the page. An author only the markup names (a template default, a previous editor, an SEO
"expert") misleads readers and search engines about who wrote the story, and can make the page
ineligible for rich results.

## Example
```html
<p class="byline">By Jane Doe</p>
<script type="application/ld+json">
{"@type": "NewsArticle", "author": {"@type": "Person", "name": "John Smith"}}
</script>
```

## Use instead
```html
<p class="byline">By Jane Doe</p>
<script type="application/ld+json">
{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe"}}
</script>
```

## Options
None. Pages only: JSON-LD files and text articles have no page to compare with.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

from linter.jsonpath import child
from linter.page import is_page_article
from linter.rules import Problem, Target
from linter.rules._on_page import author_shown

if TYPE_CHECKING:
    from linter.check import Context
    from linter.graph import View

NAME = "author-not-visible"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/sd-policies"
HINT = "name in the markup the author the page's byline shows"
TARGET: Final = Target.ARTICLE


def check(view: View, ctx: Context) -> Iterator[Problem]:
    page = ctx.page
    if page is None or not is_page_article(view, ctx):
        return
    unsearched = page.unsearched
    yield from _authors(view, page)
    if page.unsearched > unsearched:
        yield Problem(f"{page.unsearched - unsearched} authors were not looked for on the page "
                      "(too many to search its text for)", child(view.path, "author"))


def _authors(view: Any, page: Any) -> Iterator[Problem]:
    for author, path in view.values("author"):
        name, name_path, organization = _name(author, path)
        if name is not None and not author_shown(page, name, organization=organization):
            yield Problem(f"author {name!r} does not appear on the page", name_path)


def _name(author: Any, path: str) -> tuple[str | None, str, bool]:
    if isinstance(author, str):
        return author, path, False
    if isinstance(author, dict):
        name = author.get("name")
        if isinstance(name, list):
            name = next((n for n in name if isinstance(n, str)), None)
        types = author.get("@type")
        organization = any(isinstance(t, str) and t.endswith("Organization")
                           for t in (types if isinstance(types, list) else [types]))
        if isinstance(name, str):
            return name, child(path, "name"), organization
    return None, path, False
