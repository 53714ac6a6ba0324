"""Sitemap lists pages on a host the crawl was not given.

## What it does
Reported by `newslint crawl --sitemap` on a sitemap that lists pages (or, in a sitemap index,
sitemaps) on a host the crawl was not given: neither the host of a URL on the command line or
in the URL file, nor that of a `--sitemap`, nor one allowed with `--allow-host`. A host is a
host name and a port: `127.0.0.1:8081` is another host than `127.0.0.1:8080`; http and https
on their standard ports (80, 443) are one host. Those pages are not fetched; one finding per
sitemap and host says how many, and the first of them.

## Why it matters
A crawl goes where it was sent, no further: a sitemap (which whoever runs a site writes)
could otherwise send newslint's requests, from wherever it runs (a CI runner inside a
network), to any host and port: an internal admin page, a metadata service, someone else's
site. The sitemaps protocol asks the same of sitemaps: every URL in one is on the sitemap's
own host, and search engines ignore the others unless the site proves it owns both.

## Example
```xml
<!-- https://example.com/sitemap.xml -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>http://127.0.0.1:8082/secret-admin</loc></url>
</urlset>
```

## Use instead
List pages on the sitemap's own host. To crawl another host on purpose, name it:
`newslint crawl --sitemap https://example.com/sitemap.xml --allow-host static.example.com`
(`--allow-host '*'` for any host).

## Options
`newslint crawl --allow-host HOST[:PORT]` (repeatable). Like `sitemap-error`, the rule cannot
be deselected: pages left out of a crawl are never left out in silence.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "sitemap-lists-other-host"
SEVERITY = "warning"
AUTHORITY = "newslint"
SOURCE = "https://www.sitemaps.org/protocol.html#location"
HINT = "list pages on the sitemap's own host, or crawl that host on purpose with --allow-host"
TARGET: Final = Target.READER
