"""What a page's meta tags say of its article: dates, authors, titles.

Publishers write these for machines: Open Graph (``article:published_time``), Dublin Core
(``dcterms.issued``), Parse.ly (``parsely-pub-date``, ``parsely-author``), Sailthru
(``sailthru.date``), Highwire/Google Scholar (``citation_publication_date``,
``citation_author``), ``<meta name="author">``, and loose ``<meta itemprop=...>``. A tag that
names its date the publication date weighs as much as markup; a bare ``<meta name="date">``
(often the day a CMS last touched the page) weighs less than a labelled date readers see.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from linter.article import Text
from linter.page import Evidence, PageFacts
from linter.readers.page.bylines import looks_like_name, names

#: Ranks (see :class:`linter.page.Evidence`).
STRONG, WEAK = 90, 60

PUBLISHED = (
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "published_time", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
    "dc.date.created", "dcterms.created", "citation_publication_date", "citation_online_date", "citation_date",
    "publishdate", "publish-date", "publish_date", "pubdate", "original-publish-date", "article.published",
    "rnews:datepublished", "og:pubdate", "publication_date", "datepublished", "date.published",
    "cxenseparse:recs:publishtime", "bt:pubdate", "dc.date.published",
)
PUBLISHED_WEAK = ("date", "dc.date", "dcterms.date", "dc:date", "created")
MODIFIED = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "last-modified", "dcterms.modified",
    "dc.date.modified", "datemodified", "lastmod", "article:modified", "modified_time", "date.modified",
    "sailthru.lastmodified", "bt:moddate", "revised",
)
AUTHORS = ("author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "byl",
           "author.name", "dc.creator", "dcterms.creator", "citation_author", "book:author")
_ITEM_DATES = {"datePublished": "published", "dateCreated": "published", "dateModified": "modified"}


def dates(facts: PageFacts, *, modified: bool = False) -> Iterator[Evidence]:
    """The publication (or last modification) dates the meta tags state, strongest first."""
    from linter.readers.page.dates import to_iso

    keys = [(k, STRONG) for k in (MODIFIED if modified else PUBLISHED)]
    if not modified:
        keys += [(k, WEAK) for k in PUBLISHED_WEAK]
    for key, rank in keys:
        tag = facts.meta.get(key)
        if tag is not None and tag.value:
            iso = to_iso(tag.value)
            if iso is not None:
                yield Evidence(iso, f"meta {key}", tag.line, rank)
    for prop, role in _ITEM_DATES.items():
        tag = facts.item_meta.get(prop)
        if tag is not None and (role == "modified") == modified:
            iso = to_iso(tag.value)
            if iso is not None:
                yield Evidence(iso, f"meta itemprop={prop}", tag.line, STRONG)
    parsely = _parsely(facts)
    if parsely is not None and not modified:
        value = parsely[0].get("pub_date")
        if isinstance(value, str) and (iso := to_iso(value)) is not None:
            yield Evidence(iso, "meta parsely-page", parsely[1], STRONG)


def authors(facts: PageFacts, site_names: frozenset[str] = frozenset()) -> list[Evidence]:
    """Author names the meta tags give (a profile URL or a handle is no name), first tag that has any."""
    for key in AUTHORS:
        values = facts.meta_lists.get(key) or ([facts.meta[key]] if key in facts.meta else [])
        found: list[Evidence] = []
        for tag in values:
            for name in _author_names(tag.value):
                if name.casefold() not in site_names:
                    found.append(Evidence(name, f"meta {key}", tag.line, STRONG))
        if found:
            return found
    prop = facts.item_meta.get("author")
    if prop is not None:
        return [Evidence(n, "meta itemprop=author", prop.line, STRONG) for n in _author_names(prop.value)]
    return []


def _author_names(value: str) -> list[str]:
    value = " ".join(value.split())
    if not value or "://" in value or value.startswith(("@", "www.")) or "/" in value:
        return []
    found = names(value)
    return [n for n in found if looks_like_name(n)]


def titles(facts: PageFacts) -> Iterator[Evidence]:
    """``og:title``, ``twitter:title`` and the document's title, in that order."""
    for key, rank in (("og:title", 80), ("twitter:title", 75)):
        tag = facts.meta.get(key)
        if tag is not None and tag.value:
            yield Evidence(tag.value, key, tag.line, rank)
    if facts.title is not None:
        yield Evidence(facts.title.value, "title", facts.title.line, 70)


def site_names(facts: PageFacts) -> frozenset[str]:
    """The site's own names (``og:site_name``, ``application-name``), case folded."""
    out = set()
    for key in ("og:site_name", "application-name", "twitter:site", "publisher"):
        tag = facts.meta.get(key)
        if tag is not None and tag.value:
            out.add(tag.value.casefold().lstrip("@"))
    return frozenset(out)


def _parsely(facts: PageFacts) -> tuple[dict[str, object], int | None] | None:
    tag: Text | None = facts.meta.get("parsely-page")
    if tag is None or not tag.value.startswith("{") or len(tag.value) > 10_000:
        return None
    try:
        data = json.loads(tag.value)
    except ValueError:
        return None
    return (data, tag.line) if isinstance(data, dict) else None
