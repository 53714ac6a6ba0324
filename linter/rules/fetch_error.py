"""Page could not be fetched.

## What it does
Reported by `newslint crawl` for a page it could not fetch and so could not lint: an HTTP
error status (after retries, for 429, 502, 503 and 504), a timeout, a connection that failed
or broke off, a body over the size cap (10 MB, counted after decompression), a content type
that is not HTML, a redirect loop or too many redirects, a redirect to what is no http(s) URL
(`mailto:`, `javascript:`, `about:blank`), a URL that cannot be fetched (not http(s), longer
than 65,536 characters, holding a control character, a bad host or port), or a page
robots.txt disallows. The message says which. An error inside newslint while fetching one
page is that page's `fetch-error` too, never the end of the crawl.

## Why it matters
Nothing on a page that cannot be fetched can be checked, and what newslint cannot fetch a
search engine's crawler may not fetch either: an article answering 500 or blocked by
robots.txt is not in Google News. The run goes on with the other pages, and the summary
counts these failures apart.

## Example
```
https://example.com/news/ceasefire: [error] server answered 503 (Service Unavailable) (3 attempts) (fetch-error)
```

## Use instead
A page that answers `200 OK` with `Content-Type: text/html` within the timeout, allowed by
robots.txt (or crawled with `--ignore-robots` when checking a staging site).

## Options
`newslint crawl --timeout`, `--retries`, `--max-size`, `--ignore-robots`. Like `parse-error`,
the rule cannot be deselected: a page that was not checked is never silently passed.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "fetch-error"
SEVERITY = "error"
AUTHORITY = "newslint"
SOURCE = "https://www.rfc-editor.org/rfc/rfc9110"
HINT = "make the page answer 200 with an HTML content type (the message says what went wrong)"
TARGET: Final = Target.READER
