"""Crawled URL redirects to another host.

## What it does
Reported by `newslint crawl` when a URL it was given (on the command line, in a URL file or in
a sitemap) redirects to a different host: `www.example.com` to `example.com`, a sitemap that
lists a staging host, an article moved to another domain, or another port of the same host
(`example.com` to `example.com:8443`: another server). The page the redirects end on is
fetched and linted; its findings keep the URL as given. Credentials given in the URL are not
sent on to another host or port.

## Why it matters
Sitemaps should list the canonical, final URLs of articles (Google's "Build and submit a
sitemap"): a URL that redirects elsewhere costs a crawl on every visit and may be dropped as
a non-canonical address. A redirect to another host is also the sign of a URL list that is
out of date, or of a sitemap generated with the wrong base URL.

## Example
```
https://www.example.com/news/ceasefire  ->  301  ->  https://example.com/news/ceasefire
```

## Use instead
List `https://example.com/news/ceasefire`, the address the article is served from.

## Options
None. Redirects within one host (http to https on their standard ports, a trailing slash) are
not reported.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "redirect-changes-host"
SEVERITY = "warning"
AUTHORITY = "seo"
SOURCE = "https://developers.google.com/search/docs/crawling-indexing/sitemaps/build-sitemap"
HINT = "list the final URL of the page, on the host that serves it"
TARGET: Final = Target.READER
