"""Page took too long to lint.

## What it does
Reported by `newslint crawl` for a page it fetched but could not finish checking within the
page's time budget: linting one page may take five times `--timeout`, and at least 10 seconds
(50 seconds by default). The page's other checks are not reported; the crawl goes on with the
next page. A worker process past the budget is killed and replaced; with `--jobs 1` the page
is interrupted in its thread (see `newslint crawl --help`).

## Why it matters
A page that takes newslint this long is out of the ordinary (megabytes of markup, hundreds of
thousands of attributes or JSON-LD blocks), and search engines read such pages only in part
(Googlebot reads the first 15 MB of an HTML file). Published by mistake or crafted, it must not
hold a crawl of thousands of pages. Nothing on it was checked, so it is reported, never
silently passed.

## Example
```
https://example.com/news/ceasefire: [error] not linted: linting took longer than the page's budget (10 s) (lint-timeout)
```

## Use instead
A page of ordinary size and shape; check what the page really serves
(`curl -s URL | wc -c`). To give every page longer, raise `--timeout`.

## Options
`newslint crawl --timeout` (the budget is five times it, at least 10 s). Like `fetch-error`,
the rule cannot be deselected: a page that was not checked is never silently passed.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "lint-timeout"
SEVERITY = "error"
AUTHORITY = "newslint"
SOURCE = "https://developers.google.com/search/docs/crawling-indexing/googlebot#how-googlebot-accesses-your-site"
HINT = "serve a page of ordinary size and shape, or give linting longer with a larger --timeout"
TARGET: Final = Target.READER
