"""Page does not declare its language.

## What it does
Reports an HTML page whose `<html>` element has no `lang` attribute (or an empty one).
`xml:lang` alone does not count: it has no effect in an HTML document.

## Why it matters
The declared language tells Bing and other search engines which readers to show the page to
(Google reads the language off the visible text instead), screen readers how to pronounce it,
and browsers whether to offer a translation and how to hyphenate. Undeclared, it is guessed
from the text, and a short article, or one quoting another language, is easily taken for the
wrong one. It is also what the JSON-LD `inLanguage` is checked against.

## Example
```html
<!doctype html>
<html>
```

## Use instead
```html
<!doctype html>
<html lang="es">
```

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.config import Config
    from linter.readers import Source

NAME = "missing-html-lang"
SEVERITY = "warning"
AUTHORITY = "seo"
SOURCE = "https://www.w3.org/International/questions/qa-html-language-declarations"
HINT = "declare the page's language: <html lang=\"en\">"
TARGET: Final = Target.PAGE


def check(source: Source, config: Config) -> Iterator[Problem]:
    page = source.page
    if page is None:  # PAGE rules are called for HTML pages only
        return
    if page.lang is None:
        yield Problem("<html> has no lang attribute", line=1)
