"""sitemap-lists-other-host: pages a sitemap lists on a host the crawl was not given are not fetched, and told."""

from __future__ import annotations

import httpx

from linter.config import Config
from linter.findings import Finding
from linter.sources.crawl import Crawl, CrawlOptions
from linter.sources.fetch import FetchOptions
from tests.rules.crawl_site import html
from tests.util import NOW, keys

RULE = "sitemap-lists-other-host"
NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
LISTED = ["https://example.com/a", "http://example.com:8082/secret-admin", "https://cdn.example.net/b",
          "https://cdn.example.net/c", "http://example.com/d"]


def crawl(*, allow: tuple[str, ...] = (), config: Config | None = None
          ) -> tuple[list[tuple[str, list[Finding]]], list[str]]:
    asked: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        if request.url.path == "/sitemap.xml":
            urls = "".join(f"<url><loc>{loc}</loc></url>" for loc in LISTED)
            return httpx.Response(200, content=f"<urlset {NS}>{urls}</urlset>".encode())
        return html() if request.url.path != "/robots.txt" else httpx.Response(404)

    options = CrawlOptions(fetch=FetchOptions(retries=0), jobs=1, allow_hosts=allow)
    results = list(Crawl([], sitemaps=["https://example.com/sitemap.xml"], config=config, options=options,
                         now=NOW, transport=httpx.MockTransport(answer)))
    return results, [url for url in asked if not url.endswith(("/robots.txt", "/sitemap.xml"))]


def test_pages_on_the_sitemaps_own_host_are_crawled_and_not_reported() -> None:
    results, _asked = crawl(allow=("*",))
    assert [path for path, _ in results] == LISTED
    assert all(keys(findings, RULE) == set() for _, findings in results)


def test_pages_on_other_hosts_and_ports_are_not_fetched_and_told_per_host() -> None:
    results, asked = crawl()
    # http and https on their standard ports are one host; port 8082 is another.
    assert asked == ["https://example.com/a", "http://example.com/d"]
    assert [path for path, _ in results] == ["https://example.com/a", "http://example.com/d",
                                             "https://example.com/sitemap.xml"]
    told = [f for _, findings in results for f in findings if f.rule == RULE]
    assert [f.path for f in told] == ["https://example.com/sitemap.xml"] * 2
    assert "1 page on example.com:8082" in told[0].message and "secret-admin" in told[0].message
    assert "2 pages on cdn.example.net" in told[1].message and "--allow-host cdn.example.net" in told[1].message
    assert told[0].severity.value == "warning"


def test_allow_host_widens_the_scope() -> None:
    results, asked = crawl(allow=("cdn.example.net",))
    assert asked == ["https://example.com/a", "https://cdn.example.net/b", "https://cdn.example.net/c",
                     "http://example.com/d"]
    assert len([f for _, findings in results for f in findings if f.rule == RULE]) == 1


def test_it_cannot_be_deselected() -> None:
    results, _ = crawl(config=Config(select=frozenset({"missing-headline"}), ignore=frozenset({RULE})))
    assert sum(1 for _, findings in results for f in findings if f.rule == RULE) == 2
