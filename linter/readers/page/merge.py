"""One answer per fact, from all the evidence a page gives, with where it came from.

Each fact (publication date, last update, authors, headline) has candidates from the page's
markup (:mod:`~linter.readers.page.markup`), its meta tags (:mod:`~linter.readers.page.meta`),
and what it shows (:mod:`~linter.readers.page.dates`, :mod:`~linter.readers.page.bylines`,
:mod:`~linter.readers.page.headline`). The strongest wins (:class:`linter.page.Evidence`
ranks); among equals, the first on the page. A date found only in the page's address is
never given as stated.

Ranks of a publication date: markup 100; meta tags naming the publication date 90; a date
labelled "published" (in any of the lexicon's languages) or marked ``pubdate`` /
``itemprop=datePublished`` 85; a date in the byline 80; a date in a date-named element
near the headline, a ``<time>`` near it, 70; a line near the headline that is only a date
65; a bare ``<meta name="date">`` 60. A date labelled "updated" is never the publication
date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from linter.page import Evidence, PageFacts, VisibleDate
from linter.readers.page import meta
from linter.readers.page.headline import SITE_SEPARATOR

_VISIBLE_RANKS = {("label", "published"): 85, ("time", "published"): 85, ("itemprop", "published"): 85,
                  ("byline", "published"): 85, ("date box", "published"): 85,
                  ("byline", "unknown"): 80, ("date box", "unknown"): 70, ("time", "unknown"): 70,
                  ("itemprop", "unknown"): 70, ("close date line", "unknown"): 68, ("dateline", "unknown"): 68,
                  ("date line", "unknown"): 65}
_MODIFIED_RANKS = {"label": 85, "time": 80, "itemprop": 85, "date box": 80, "byline": 80}
#: /2020/06/23/, /2020-06-23-, /20200623/ in a page's address.
_URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-](\d\d)[/-](\d\d)(?:[/-]|$)|/(20\d\d)(\d\d)(\d\d)(?:/|$)")


def visible_dates(dates: list[VisibleDate], *, modified: bool = False) -> list[Evidence]:
    """The shown dates as evidence (readable ones only), in page order."""
    out = []
    for date in dates:
        if date.iso is None:
            continue
        if modified:
            rank = _MODIFIED_RANKS.get(date.origin, 0) if date.role == "modified" else 0
        else:
            rank = _VISIBLE_RANKS.get((date.origin, date.role), 0)
            if date.origin == "time" and not date.near and date.role == "unknown":
                rank = 0  # a <time> far from the headline: a comment's, a teaser's
            elif not date.near:
                rank -= 10  # below the story: weaker than the same statement under the headline
        if rank:
            out.append(Evidence(date.iso, _kind(date), date.line, rank, shown=date.text))
    return out


def _kind(date: VisibleDate) -> str:
    return {"time": "time element", "itemprop": "itemprop date", "label": "labelled date",
            "byline": "dated byline", "date box": "date element", "date line": "date line",
            "close date line": "date line", "dateline": "dateline"}.get(date.origin, date.origin)


def url_day(url: str | None) -> str | None:
    """The day a page's address holds (``/2020/06/23/``): a hint, never a stated date."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if m is None:
        return None
    y, mo, d = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{y}-{mo}-{d}"


def best(candidates: list[Evidence], *, hint_day: str | None = None) -> Evidence | None:
    """The strongest candidate; among the equally strong, one on the hinted day, else the first."""
    if not candidates:
        return None
    top = max(c.rank for c in candidates)
    tied = [c for c in candidates if c.rank == top]
    if hint_day and len(tied) > 1:
        for c in tied:
            if isinstance(c.value, str) and c.value.startswith(hint_day):
                return c
    return tied[0]


def date_candidates(facts: PageFacts, *, modified: bool = False) -> list[Evidence]:
    """Every statement of the page's publication (or last update) date, from all evidence."""
    out: list[Evidence] = []
    prop = "dateModified" if modified else "datePublished"
    if facts.markup is not None:
        stated = facts.markup.evidence(prop)
        if stated is not None:
            out.append(stated)
    if not out and facts.page_node is not None:
        stated = facts.page_node.evidence(prop)
        if stated is not None:  # what the page's WebPage says: the publisher's, if not the article's own
            out.append(replace(stated, rank=meta.STRONG))
    out.extend(meta.dates(facts, modified=modified))
    out.extend(visible_dates(facts.dates, modified=modified))
    return out


def published(facts: PageFacts) -> Evidence | None:
    """The page's publication date: the strongest statement of it.

    Weak statements are dropped where they cannot be right or say nothing for sure: a date
    after the page's own last update (a CMS's ``<meta name="date">`` of the day it rendered
    the page), and unlabelled date lines when those near the headline name different days
    (a list of other stories, not the article's date).
    """
    address = facts.url or (facts.canonical.value if facts.canonical else None)
    candidates = date_candidates(facts)
    for rank in (_CLOSE_DATE_LINE, _DATE_LINE):
        lines = {c.value[:10] for c in candidates if c.rank == rank}
        if len(lines) > 1:
            candidates = [c for c in candidates if c.rank != rank]
    updated = modified(facts)
    if updated is not None and (last := _day(updated.value)) is not None:
        candidates = [c for c in candidates if c.rank >= _LABELLED or (_day(c.value) or "") <= last]
    return best(candidates, hint_day=url_day(address))


_DATE_LINE, _CLOSE_DATE_LINE, _LABELLED = 65, 68, 85


def _day(value: object) -> str | None:
    from linter.readers.page.dates import to_iso

    iso = to_iso(value) if isinstance(value, str) else None
    return iso[:10] if iso else None


def modified(facts: PageFacts) -> Evidence | None:
    """The page's last update."""
    return best(date_candidates(facts, modified=True))


def authors(facts: PageFacts) -> list[Evidence]:
    """The article's authors: its markup's, else its meta tags', else its visible bylines'."""
    if facts.markup is not None:
        stated: list[Evidence] = facts.markup.authors()
        if stated:
            return stated
    named = meta.authors(facts, meta.site_names(facts))
    if named:
        return named
    return [Evidence(a.name, "byline", a.line, 80) for a in facts.bylines]


def headline(facts: PageFacts) -> Evidence | None:
    """The headline: the markup's, else the visible headline, else the page's title less its site name."""
    if facts.markup is not None:
        evidence: Evidence | None = facts.markup.evidence("headline")
        if evidence is not None:
            return evidence
    if facts.heading is not None:
        return Evidence(facts.heading.value, "h1", facts.heading.line, 90)
    site = meta.site_names(facts)
    for title in meta.titles(facts):
        value = without_site_name(title.value, site)
        if value:
            return Evidence(value, title.kind, title.line, title.rank)
    return None


def without_site_name(title: str, site: frozenset[str]) -> str:
    """``"Headline | Site"`` -> ``"Headline"`` when ``Site`` is the site's name; else the title as is."""
    parts = SITE_SEPARATOR.split(title.strip())
    if len(parts) > 1:
        if parts[-1].casefold() in site or (not site and len(parts[-1]) < len(parts[0]) / 2):
            return " - ".join(parts[:-1]) if len(parts) > 2 else parts[0]
        if parts[0].casefold() in site:
            return " - ".join(parts[1:]) if len(parts) > 2 else parts[1]
    return title.strip()


def presents_as_article(facts: PageFacts) -> Evidence | None:
    """What shows the page to be an article (a story, a post, a report), or ``None``.

    An ``article:*`` meta tag, a stated publication date or a byline: a product page, a
    homepage or a repository page shows none of these, and is not held to article rules.
    (``og:type`` says little: WordPress sites give every page ``article``.)
    """
    for key in ("article:published_time", "article:author", "article:section"):
        tag = facts.meta.get(key)
        if tag is not None and tag.value:
            return Evidence(tag.value, f"meta {key}", tag.line, 90)
    date = published(facts)
    if date is not None and " WebPage " not in f" {date.kind} ":
        return date  # (a WebPage's date is a CMS's default on every page, articles or not)
    found = authors(facts)
    return found[0] if found else None
