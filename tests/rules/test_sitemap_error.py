"""sitemap-error: a sitemap that cannot be read is a finding where it stands; the URLs read before it are crawled."""

from __future__ import annotations

import httpx

from linter.sources.sitemaps import Limits
from tests.rules.crawl_site import crawl, html
from tests.util import keys

RULE = "sitemap-error"
NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def sitemap(text: str) -> httpx.Response:
    return httpx.Response(200, content=text.encode(), headers={"Content-Type": "application/xml"})


def test_a_good_sitemap_gives_its_pages_only() -> None:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/sitemap.xml":
            return sitemap(f"<urlset {NS}><url><loc>https://example.com/a</loc></url></urlset>")
        return html() if request.url.path == "/a" else None

    results = crawl(handler, sitemaps=["https://example.com/sitemap.xml"])
    assert [path for path, _ in results] == ["https://example.com/a"]
    assert all(keys(findings, RULE) == set() for _, findings in results)


def test_broken_sitemaps_are_reported_in_place() -> None:
    def handler(request: httpx.Request) -> httpx.Response | None:
        path = request.url.path
        if path == "/index.xml":
            return sitemap(f"<sitemapindex {NS}>"
                           "<sitemap><loc>https://example.com/broken.xml</loc></sitemap>"
                           "<sitemap><loc>https://example.com/missing.xml</loc></sitemap>"
                           "<sitemap><loc>ftp://example.com/x.xml</loc></sitemap></sitemapindex>")
        if path == "/broken.xml":
            return sitemap(f"<urlset {NS}><url><loc>https://example.com/a</loc></url><url>")
        return html() if path == "/a" else None

    results = crawl(handler, sitemaps=["https://example.com/index.xml"])
    assert [path for path, _ in results] == ["https://example.com/a", "https://example.com/broken.xml",
                                             "https://example.com/missing.xml", "ftp://example.com/x.xml"]
    messages = {path: [f.message for f in findings if f.rule == RULE] for path, findings in results}
    assert "malformed sitemap" in messages["https://example.com/broken.xml"][0]
    assert "404" in messages["https://example.com/missing.xml"][0]
    assert "not an http(s) URL" in messages["ftp://example.com/x.xml"][0]
    assert messages["https://example.com/a"] == []


def nested(request: httpx.Request) -> httpx.Response | None:
    """/index-N.xml lists /index-(N+1).xml and /sitemap-N.xml, whose one page is /page-N."""
    name = request.url.path.strip("/")
    if name.startswith("index-"):
        n = int(name[6:-4])
        return sitemap(f"<sitemapindex {NS}><sitemap><loc>https://example.com/index-{n + 1}.xml</loc></sitemap>"
                       f"<sitemap><loc>https://example.com/sitemap-{n}.xml</loc></sitemap></sitemapindex>")
    if name.startswith("sitemap-"):
        return sitemap(f"<urlset {NS}><url><loc>https://example.com/page-{name[8:-4]}</loc></url></urlset>")
    return html() if name.startswith("page-") else None


def test_nesting_is_capped() -> None:
    results = crawl(nested, sitemaps=["https://example.com/index-0.xml"], limits=Limits(max_depth=3))
    # Depth counts every sitemap on the way: index-0 is 1, the URL set under index-2 is 4.
    assert [path for path, _ in results] == [
        "https://example.com/index-3.xml", "https://example.com/sitemap-2.xml",
        "https://example.com/page-1", "https://example.com/page-0"]
    for _, findings in results[:2]:
        (finding,) = findings
        assert finding.rule == RULE and "nested too deeply" in finding.message


def test_the_number_of_sitemaps_is_capped() -> None:
    fetched: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response | None:
        fetched.append(request.url.path)
        return nested(request)

    results = crawl(handler, sitemaps=["https://example.com/index-0.xml"], limits=Limits(max_depth=10, max_sitemaps=3))
    # Depth first: the fourth sitemap is the index under index-2; told once, nothing more is read.
    assert [path for path, _ in results] == ["https://example.com/index-3.xml"]
    assert "too many sitemaps" in results[0][1][0].message
    assert [p for p in fetched if p.endswith(".xml")] == ["/index-0.xml", "/index-1.xml", "/index-2.xml"]
