"""A site for the crawl rules' tests, answered by ``httpx.MockTransport`` (no socket at all)."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from linter.config import Config
from linter.findings import Finding
from linter.sources.crawl import Crawl, CrawlOptions
from linter.sources.fetch import FetchOptions
from linter.sources.sitemaps import Limits
from tests.rules.html_page import page
from tests.util import NOW

PAGE = page().encode("utf-8")

Handler = Callable[[httpx.Request], httpx.Response | None]


def crawl(handler: Handler, urls: list[str] = (), *, sitemaps: list[str] = (),  # type: ignore[assignment]
          config: Config | None = None, limits: Limits | None = None) -> list[tuple[str, list[Finding]]]:
    """``(path, findings)`` of a crawl of a site whose every answer ``handler`` gives (``None``: 404);
    robots.txt is absent unless the handler serves it."""
    def answer(request: httpx.Request) -> httpx.Response:
        return handler(request) or httpx.Response(404)

    options = CrawlOptions(fetch=FetchOptions(backoff=0, retries=0), jobs=1, sitemaps=limits or Limits())
    return list(Crawl(list(urls), sitemaps=list(sitemaps), config=config, options=options, now=NOW,
                      transport=httpx.MockTransport(answer)))


def html(body: bytes = PAGE) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"Content-Type": "text/html; charset=utf-8"})
