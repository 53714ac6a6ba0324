"""Sitemaps for ``newslint crawl``: sitemap indexes, URL sets, gzipped and plain-text sitemaps,
and the Google News extension.

Reading is safe on hostile input: the XML parser expands no entity, loads no DTD and reaches
no network; a sitemap with a DOCTYPE at all is refused (sitemaps never need one, and it is
where XXE and "billion laughs" attacks live). Nesting depth, the number of sitemaps, the size of
each (50 MB uncompressed, the protocol's limit, checked while decompressing) and the URLs read
from each (50,000) are capped. Every problem is a :class:`Problem` in the stream, reported as
a ``sitemap-error`` where it occurs; the URLs read before it are crawled all the same. A URL
that cannot be fetched (too long, a control character) is still that entry's: the crawl
reports it on its own page.

Walking is kept inside the crawl's scope: pages and sitemaps a sitemap lists on other sites
are not read, and told (:class:`OffSite`) once per sitemap and site.

Sources: the sitemaps protocol (https://www.sitemaps.org/protocol.html); Google's News
sitemaps (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from io import BytesIO
from typing import TYPE_CHECKING

from linter.sources.urls import MB, Scope, http_url_problem, redact, shown, site

if TYPE_CHECKING:
    from linter.sources.fetch import Fetcher

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"

#: The protocol's limits for one sitemap file.
MAX_BYTES = 50 * MB
MAX_URLS = 50_000


@dataclass(frozen=True, slots=True)
class NewsEntry:
    """A URL's ``<news:news>``: what the sitemap tells Google News about the article."""

    publication_date: str | None = None
    title: str | None = None
    language: str | None = None
    name: str | None = None  # the publication's name
    line: int | None = None  # in the sitemap


@dataclass(frozen=True, slots=True)
class Entry:
    """One ``<url>`` of a URL set (or one line of a text sitemap)."""

    loc: str
    lastmod: str | None = None
    news: NewsEntry | None = None


@dataclass(frozen=True, slots=True)
class SitemapRef:
    """One ``<sitemap>`` of a sitemap index."""

    loc: str
    lastmod: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with a sitemap, worded for a ``sitemap-error`` finding."""

    message: str


@dataclass(frozen=True, slots=True)
class Limits:
    max_depth: int = 3  # an index of indexes of URL sets
    max_sitemaps: int = 1000
    max_bytes: int = MAX_BYTES
    max_urls: int = MAX_URLS


def parse(data: bytes, *, max_bytes: int = MAX_BYTES, max_urls: int = MAX_URLS
          ) -> Iterator[Entry | SitemapRef | Problem]:
    """The entries of one sitemap's bytes (gzipped or not), in document order, lazily.

    A problem ends the stream (after the entries read before it), except for the one that
    says the URL cap was passed.
    """
    if data[:2] == b"\x1f\x8b":
        data_or_problem = _gunzip(data, max_bytes)
        if isinstance(data_or_problem, Problem):
            yield data_or_problem
            return
        data = data_or_problem
    start = data.lstrip()[:64].lower()
    if start.startswith(b"\xef\xbb\xbf"):
        start = start[3:].lstrip()
    if not start:
        yield Problem("empty sitemap")
        return
    if not start.startswith(b"<"):
        yield from _text_sitemap(data, max_urls)
        return
    yield from _xml_sitemap(data, max_urls)


def _gunzip(data: bytes, max_bytes: int) -> bytes | Problem:
    z = zlib.decompressobj(zlib.MAX_WBITS | 16)
    try:
        out = z.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        return Problem(f"cannot decompress gzipped sitemap ({exc})")
    if len(out) > max_bytes:
        return Problem(f"sitemap too large (more than {max_bytes // MB} MB uncompressed)")
    return out


def _text_sitemap(data: bytes, max_urls: int) -> Iterator[Entry | Problem]:
    count = 0
    for line in data.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if not line:
            continue
        if not line[:8].lower().startswith(("http://", "https://")):
            yield Problem(f"not a sitemap: neither XML nor a list of URLs (line '{shown(line)}')")
            return
        count += 1
        if count > max_urls:
            yield Problem(f"more than {max_urls} URLs (the rest are not read)")
            return
        yield Entry(line)


# What may come before a DOCTYPE: a byte order mark, white space, the XML
# declaration, comments and processing instructions.
_DOCTYPE = re.compile(rb"(?:\xef\xbb\xbf)?(?:\s|<\?.*?\?>|<!--.*?-->)*<!DOCTYPE", re.DOTALL | re.IGNORECASE)


def _xml_sitemap(data: bytes, max_urls: int) -> Iterator[Entry | SitemapRef | Problem]:
    from lxml import etree

    # Checked before parsing: newer libxml2 stops an entity bomb with its own
    # amplification error, which would hide the plain reason.
    if _DOCTYPE.match(data):
        yield Problem("sitemap has a DOCTYPE (its entities are not expanded: sitemaps need none)")
        return
    events = etree.iterparse(BytesIO(data), events=("start", "end"), resolve_entities=False, no_network=True,
                             load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True)
    root_kind = None
    count = 0
    try:
        for event, el in events:
            if root_kind is None:
                if el.getroottree().docinfo.doctype:
                    yield Problem("sitemap has a DOCTYPE (its entities are not expanded: sitemaps need none)")
                    return
                root_kind = _local(el.tag)
                if root_kind not in ("urlset", "sitemapindex"):
                    yield Problem(f"not a sitemap (root element <{root_kind}>, not <urlset> or <sitemapindex>)")
                    return
                continue
            if event != "end":
                continue
            name = _local(el.tag)
            if (root_kind, name) not in (("urlset", "url"), ("sitemapindex", "sitemap")):
                continue
            if el.getparent() is None or el.getparent().getparent() is not None:
                continue  # nested deeper than the root's children: not an entry
            item = _entry(el, root_kind)
            line = el.sourceline
            # What has been read is dropped: memory stays flat on a 50,000-URL sitemap.
            el.clear()
            while el.getprevious() is not None:
                del el.getparent()[0]
            if item is None:
                yield Problem(f"<{name}> without <loc> (line {line})")
                continue
            count += 1
            if count > max_urls:
                yield Problem(f"more than {max_urls} {'URLs' if root_kind == 'urlset' else 'sitemaps'} "
                              "(the rest are not read)")
                return
            yield item
    except etree.XMLSyntaxError as exc:
        yield Problem(f"malformed sitemap: {_xml_error(exc)}")


def _entry(el: object, kind: str) -> Entry | SitemapRef | None:
    loc = lastmod = None
    news = None
    for child in el:  # type: ignore[attr-defined]
        if not isinstance(child.tag, str):
            continue  # an entity reference left unexpanded, a comment
        name = _local(child.tag)
        if name == "loc":
            loc = _text(child)
        elif name == "lastmod":
            lastmod = _text(child)
        elif name == "news" and kind == "urlset":
            news = _news(child)
    if not loc:
        return None
    if kind == "sitemapindex":
        return SitemapRef(loc, lastmod)
    return Entry(loc, lastmod, news)


def _news(el: object) -> NewsEntry:
    found: dict[str, str | None] = {}
    for child in el.iter():  # type: ignore[attr-defined]
        if isinstance(child.tag, str) and child.tag.startswith("{" + NEWS_NS + "}"):
            found.setdefault(_local(child.tag), _text(child))
    return NewsEntry(publication_date=found.get("publication_date"), title=found.get("title"),
                     language=found.get("language"), name=found.get("name"),
                     line=getattr(el, "sourceline", None))


def _text(el: object) -> str | None:
    text = "".join(el.itertext()).strip()  # type: ignore[attr-defined]
    return text or None


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _xml_error(exc: Exception) -> str:
    last = exc.error_log.last_error if getattr(exc, "error_log", None) else None  # type: ignore[attr-defined]
    if last is not None and last.message:
        return f"{last.message.strip()[:200]} (line {last.line}, column {last.column})"
    return str(exc).split("\n")[0].strip()[:200] or type(exc).__name__


# --- walking ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Failure:
    """A ``sitemap-error`` to report at this place of the stream: the sitemap's URL, the reason."""

    sitemap: str
    message: str


@dataclass(frozen=True, slots=True)
class OffSiteHost:
    """What a sitemap lists on one site outside the crawl's scope."""

    site: str
    pages: int = 0
    sitemaps: int = 0
    first: str = ""  # the first such URL, redacted


@dataclass(frozen=True, slots=True)
class OffSite:
    """What a sitemap lists outside the crawl's scope, per site, not read: told after its entries."""

    sitemap: str  # redacted
    hosts: tuple[OffSiteHost, ...]


@dataclass(slots=True)
class _OffSiteTally:
    pages: int = 0
    sitemaps: int = 0
    first: str = ""

    def add(self, url: str, *, sitemap: bool) -> None:
        if sitemap:
            self.sitemaps += 1
        else:
            self.pages += 1
        self.first = self.first or redact(url)


async def walk(url: str, fetcher: Fetcher, *, limits: Limits = Limits(), since: object = None,
               seen: set[str] | None = None, scope: Scope | None = None
               ) -> AsyncIterator[Entry | Failure | OffSite]:
    """Every page entry of the sitemap at ``url`` and the sitemaps it lists, depth first, in order.

    ``since`` (a callable taking a sitemap ``lastmod`` string and returning ``False`` for one too
    old) lets a sitemap index's children that have not changed since be skipped unfetched.
    ``scope``: the sites pages and child sitemaps are read from (``None``: any); what a sitemap
    lists elsewhere is told as :class:`OffSite` after the sitemap's own entries.
    """
    state = _Walk(fetcher, limits, since, seen if seen is not None else set(), scope)
    async for item in state.walk(url, 1):
        yield item


@dataclass
class _Walk:
    fetcher: Fetcher
    limits: Limits
    since: object
    seen: set[str]
    scope: Scope | None = None
    count: int = 0
    told_too_many: bool = False
    off_site: dict[str, _OffSiteTally] = field(default_factory=dict)

    def _inside(self, url: str, *, sitemap: bool) -> bool:
        if self.scope is None or self.scope.allows(url):
            return True
        self.off_site.setdefault(site(url), _OffSiteTally()).add(url, sitemap=sitemap)
        return False

    def _told_off_site(self, where: str) -> Iterator[OffSite]:
        if self.off_site:
            yield OffSite(where, tuple(OffSiteHost(name, tally.pages, tally.sitemaps, tally.first)
                                       for name, tally in self.off_site.items()))
        self.off_site = {}

    async def walk(self, url: str, depth: int) -> AsyncIterator[Entry | Failure | OffSite]:
        where = redact(url)
        problem = http_url_problem(url)
        if problem:
            yield Failure(where, problem)
            return
        if url in self.seen:
            yield Failure(where, "sitemap listed again (a loop of sitemap indexes); read once")
            return
        self.seen.add(url)
        if depth > self.limits.max_depth:
            yield Failure(where, f"sitemap indexes nested too deeply (more than {self.limits.max_depth} levels); "
                                 "not read")
            return
        self.count += 1
        if self.count > self.limits.max_sitemaps:
            if not self.told_too_many:
                self.told_too_many = True
                yield Failure(where, f"too many sitemaps (more than {self.limits.max_sitemaps}); "
                                     "this one and the rest are not read")
            return
        fetched = await self.fetcher.get(url, max_bytes=self.limits.max_bytes)
        if fetched.data is None:
            yield Failure(where, f"cannot fetch sitemap: {fetched.problem}")
            return
        children: list[SitemapRef] = []
        problems: list[str] = []
        for item in parse(fetched.data, max_bytes=self.limits.max_bytes, max_urls=self.limits.max_urls):
            if isinstance(item, Problem):
                if children:
                    problems.append(item.message)
                else:
                    yield Failure(where, item.message)
            elif isinstance(item, SitemapRef):
                if self._inside(item.loc, sitemap=True):
                    children.append(item)
            elif self._inside(item.loc, sitemap=False):
                yield item
        del fetched
        # An index is read whole before its children (a list of addresses, not pages): its
        # problems are told first, then what it lists elsewhere, then each child where it stands.
        for message in problems:
            yield Failure(where, message)
        for told in self._told_off_site(where):
            yield told
        for ref in children:
            if self.since is not None and ref.lastmod and not self.since(ref.lastmod):  # type: ignore[operator]
                continue
            async for found in self.walk(ref.loc, depth + 1):
                yield found
