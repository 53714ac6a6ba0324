"""inLanguage disagrees with the page's html lang.

## What it does
On an HTML page, compares the Article's `inLanguage` (a language tag, or a Language object's
`alternateName`) with `<html lang>`. Only the primary language subtag counts: `es` and `es-ES`
agree, `es` and `en` do not.

## Why it matters
Search engines use the declared language to decide which users the article is shown to. Two
declarations that disagree (a template's `lang="en"` on a Spanish story, or markup copied from
another edition) make both untrustworthy.

## Example
```html
<html lang="en">
<script type="application/ld+json">{"@type": "NewsArticle", "inLanguage": "es"}</script>
```

## Use instead
```html
<html lang="es">
<script type="application/ld+json">{"@type": "NewsArticle", "inLanguage": "es"}</script>
```

## Options
None. Pages only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.jsonpath import child
from linter.page import is_page_article
from linter.patterns import lazy
from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.graph import View

NAME = "language-mismatch"
SEVERITY = "warning"
AUTHORITY = "seo"
SOURCE = "https://schema.org/inLanguage"
HINT = "declare the same language in inLanguage and <html lang>"
TARGET: Final = Target.ARTICLE

_TAG = lazy(r"^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*$")


def check(view: View, ctx: Context) -> Iterator[Problem]:
    page = ctx.page
    if page is None or not is_page_article(view, ctx) or page.lang is None:
        return
    page_lang = _primary(page.lang.value)
    if page_lang is None:
        return
    for value, path in view.values("inLanguage"):
        tag = value.get("alternateName") if isinstance(value, dict) else value
        declared = _primary(tag) if isinstance(tag, str) else None
        if declared is not None and declared != page_lang:
            yield Problem(f"inLanguage ({tag}) disagrees with <html lang> ({page.lang.value}, line {page.lang.line})",
                          path if isinstance(value, str) else child(path, "alternateName"))


def _primary(tag: str) -> str | None:
    tag = tag.strip()
    if not _TAG.match(tag):
        return None
    return re.split(r"[-_]", tag, maxsplit=1)[0].lower()
