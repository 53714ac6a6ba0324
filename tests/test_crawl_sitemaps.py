"""Reading sitemaps (:func:`linter.sources.sitemaps.parse`): URL sets, indexes, news, text, gzip, and hostile input."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from linter.sources.sitemaps import Entry, NewsEntry, Problem, SitemapRef, parse
from tests.fixtures.crawl.site import BILLION_LAUGHS, gzip_bomb

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
NEWS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'


def read(text: str | bytes, **limits: int) -> list[object]:
    return list(parse(text.encode("utf-8") if isinstance(text, str) else text, **limits))


def test_urlset_with_lastmod() -> None:
    items = read(f'<?xml version="1.0"?>\n<urlset {NS}>\n'
                 "<url><loc> https://example.com/a </loc><lastmod>2025-09-16</lastmod></url>\n"
                 "<url><loc>https://example.com/b</loc></url>\n</urlset>")
    assert items == [Entry("https://example.com/a", "2025-09-16"), Entry("https://example.com/b")]


def test_sitemap_index() -> None:
    items = read(f"<sitemapindex {NS}><sitemap><loc>https://example.com/s1.xml</loc>"
                 "<lastmod>2025-01-01T00:00:00Z</lastmod></sitemap>"
                 "<sitemap><loc>https://example.com/s2.xml.gz</loc></sitemap></sitemapindex>")
    assert items == [SitemapRef("https://example.com/s1.xml", "2025-01-01T00:00:00Z"),
                     SitemapRef("https://example.com/s2.xml.gz")]


def test_google_news_entry() -> None:
    items = read(f"<urlset {NS} {NEWS}>\n<url><loc>https://example.com/a</loc>\n<news:news>\n"
                 "<news:publication><news:name>The Example Times</news:name>"
                 "<news:language>zh-cn</news:language></news:publication>\n"
                 "<news:publication_date>2008-12-23</news:publication_date>\n"
                 "<news:title>Companies A, B in Merger Talks</news:title>\n</news:news></url></urlset>")
    assert items == [Entry("https://example.com/a", None, NewsEntry(
        publication_date="2008-12-23", title="Companies A, B in Merger Talks", language="zh-cn",
        name="The Example Times", line=3))]


def test_no_namespace_is_read_too() -> None:
    assert read("<urlset><url><loc>https://example.com/a</loc></url></urlset>") == [Entry("https://example.com/a")]


def test_gzipped_sitemap() -> None:
    data = gzip.compress(f"<urlset {NS}><url><loc>https://example.com/a</loc></url></urlset>".encode())
    assert read(data) == [Entry("https://example.com/a")]


def test_gzip_bomb_sitemap_stops_at_the_cap() -> None:
    items = read(gzip_bomb(8), max_bytes=1024 * 1024)
    assert items == [Problem("sitemap too large (more than 1 MB uncompressed)")]


def test_text_sitemap() -> None:
    assert read("https://example.com/a\n\nhttps://example.com/b\n") == [
        Entry("https://example.com/a"), Entry("https://example.com/b")]
    items = read("https://example.com/a\nnot a url\n")
    assert items[0] == Entry("https://example.com/a") and isinstance(items[1], Problem)


def test_text_sitemap_lines_that_cannot_be_fetched_are_still_entries() -> None:
    """A line of a text sitemap that is an http(s) URL newslint cannot fetch (a control
    character, too long) is that entry's: the crawl reports it on its page, and reads on."""
    long = "https://example.com/" + "a" * 70_000
    assert read(f"https://example.com/a\x01b\n{long}\nhttps://example.com/c\n") == [
        Entry("https://example.com/a\x01b"), Entry(long), Entry("https://example.com/c")]


def test_url_cap() -> None:
    text = f"<urlset {NS}>" + "".join(f"<url><loc>https://example.com/{i}</loc></url>" for i in range(5)) + "</urlset>"
    items = read(text, max_urls=3)
    assert [i.loc for i in items if isinstance(i, Entry)] == ["https://example.com/0", "https://example.com/1",
                                                             "https://example.com/2"]
    assert items[-1] == Problem("more than 3 URLs (the rest are not read)")


def test_url_without_loc_is_reported_and_the_rest_read() -> None:
    items = read(f"<urlset {NS}>\n<url><lastmod>2025-01-01</lastmod></url>\n"
                 "<url><loc>https://example.com/b</loc></url></urlset>")
    assert items == [Problem("<url> without <loc> (line 2)"), Entry("https://example.com/b")]


@pytest.mark.parametrize(("text", "words"), [
    ("", "empty sitemap"),
    ("   \n", "empty sitemap"),
    ("<html><body>Not found</body></html>", "not a sitemap (root element <html>"),
    ("<rss><channel/></rss>", "not a sitemap"),
    (f"<urlset {NS}><url><loc>https://example.com/a</loc></url>", "malformed sitemap"),
    ("<urlset><url>", "malformed sitemap"),
    (BILLION_LAUGHS, "DOCTYPE"),
])
def test_problems(text: str, words: str) -> None:
    items = read(text)
    assert isinstance(items[-1], Problem) and words in items[-1].message, items


def test_xxe_reads_no_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    text = (f'<?xml version="1.0"?>\n<!DOCTYPE urlset [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n'
            f"<urlset {NS}><url><loc>https://example.com/&xxe;</loc></url></urlset>")
    items = read(text)
    assert items == [Problem("sitemap has a DOCTYPE (its entities are not expanded: sitemaps need none)")]
    assert "TOP-SECRET" not in repr(items)


def test_external_dtd_is_not_fetched() -> None:
    # A DOCTYPE naming a DTD on the network: refused before anything is loaded (no_network anyway).
    text = (f'<?xml version="1.0"?>\n<!DOCTYPE urlset SYSTEM "http://127.0.0.1:1/evil.dtd">\n'
            f"<urlset {NS}><url><loc>https://example.com/a</loc></url></urlset>")
    assert isinstance(read(text)[0], Problem)


def test_entries_are_read_lazily() -> None:
    text = f"<urlset {NS}>" + "".join(f"<url><loc>https://example.com/{i}</loc></url>" for i in range(1000))
    stream = parse((text + "</urlset>").encode())
    assert next(stream) == Entry("https://example.com/0")
    stream.close()
