"""Sitemap could not be read.

## What it does
Reported by `newslint crawl --sitemap` for a sitemap it could not read, at the place in the
run where that sitemap stands: unreachable (an HTTP error, a timeout), malformed XML, not a
sitemap at all, a DOCTYPE (entity declarations, the vehicle of XXE and "billion laughs"
attacks, which newslint never expands), over 50 MB uncompressed or 50,000 URLs (the
protocol's limits), sitemap indexes nested too deeply or too many sitemaps, a `<url>`
without `<loc>`, a sitemap listed twice, or an error inside newslint while reading it (the
crawl goes on with the next sitemap). The finding's path is the sitemap's URL. A `<loc>` that
cannot be fetched (not http(s), too long, holding a control character) is that page's
`fetch-error`.

## Why it matters
Search engines read sitemaps with the same limits (the sitemaps protocol; Google's "Build and
submit a sitemap"): the URLs of a sitemap they cannot read are not discovered through it.
URLs read before a problem are crawled all the same.

## Example
```xml
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://example.com/news/ceasefire</loc>
</urlset>
```

## Use instead
```xml
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://example.com/news/ceasefire</loc></url>
</urlset>
```

## Options
None; like `fetch-error`, it cannot be deselected.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "sitemap-error"
SEVERITY = "error"
AUTHORITY = "newslint"
SOURCE = "https://www.sitemaps.org/protocol.html"
HINT = "serve a well-formed sitemap within the protocol's limits (the message says what is wrong)"
TARGET: Final = Target.READER
