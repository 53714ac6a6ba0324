"""Head elements standing in the body.

## What it does
Reports a page whose `<title>`, `<meta>`, `<link>` or `<base>` elements, written in the
`<head>`, stand in the `<body>` because the head ended early: text before `<head>` (a PHP
warning, a stray byte-order mark), or an element that cannot stand in a head (an `<img>`, an
`<iframe>`, a `<div>`) before them. HTML parsers, browsers and Google's alike, end the head
there and put everything after it in the body. The finding names what moved and what ended
the head, at the line of the first element that moved.

newslint still reads those elements as browsers do (`document.title` is the first `<title>`
anywhere; a late `<html lang>` still gives the page its language), so the page-head rules do
not report them missing: this rule reports the actual problem once.

## Why it matters
Google's "Use valid HTML to specify page metadata": once Google meets an element that does not
belong in the `<head>`, it assumes the head has ended and stops reading further elements in
it. A description, a canonical link, Open Graph or robots tags after that point may be ignored.

## Example
```html
Warning: Undefined variable $x in /var/www/header.php on line 3
<!DOCTYPE html>
<html lang="de"><head>
  <title>Mietenstopp jetzt</title>
  <meta name="description" content="...">
```

## Use instead
```html
<!DOCTYPE html>
<html lang="de"><head>
  <title>Mietenstopp jetzt</title>
  <meta name="description" content="...">
```

## Options
None. Pages only.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.config import Config
    from linter.readers import Source

NAME = "head-elements-in-body"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/crawling-indexing/valid-page-metadata"
HINT = "remove what stands before <head> (output before the doctype, an <img> or <iframe> in the head)"
TARGET: Final = Target.PAGE

_LISTED = 4


def check(source: Source, config: Config) -> Iterator[Problem]:
    page = source.page
    if page is None:  # PAGE rules are called for HTML pages only
        return
    moved = page.moved_head
    if moved is None:
        return
    names = moved.names()
    listed = ", ".join(names[:_LISTED]) + (f" and {len(names) - _LISTED} more" if len(names) > _LISTED else "")
    cause = moved.ended_at
    where = f"'{cause.value}'" if cause.value and not cause.value.startswith("<") else (cause.value or "text")
    verb = "stands" if len(names) == 1 else "stand"
    yield Problem(f"the head ends early at line {cause.line} ({where}): {listed} {verb} in the body, "
                  "where search engines may ignore them", line=moved.line or 1)
