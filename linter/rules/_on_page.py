"""How a value of the markup is held against what the page shows: one judgement per fact.

Shared by the rule that reports a disagreement (``author-not-visible``, ``byline-not-in-markup``,
``date-published-mismatch``; ``headline-mismatch``'s is :mod:`linter.rules._headlines`) and by the fixes that copy a page's fact into its markup, or
write the article ``convert`` reads from the page: a fix offers only what the rule accepts,
judged by the same code, so fixing one finding never raises another.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from linter.dates import parse_iso, same_date
from linter.lexicon import BYLINE_OPENER
from linter.page import normalize
from linter.patterns import lazy

if TYPE_CHECKING:
    from datetime import date, datetime

    from linter.article import Author
    from linter.page import PageFacts


def author_shown(page: PageFacts, name: str, *, organization: bool = False) -> bool:
    """Whether the page shows the author ``name``: in its visible text (compared without regard
    to case, whitespace, quotes and dashes), among its bylines, or, for an organisation, as the
    site's name (``<title>``, ``og:site_name``). A blank name is no author to look for."""
    wanted = normalize(name)
    if not wanted:
        return True
    # The page's text first (one serialisation, cheap); the bylines, which take reading the
    # header around the headline, only when the text does not show the name as written.
    if page.shows(name) or (organization and _site_name(page, wanted)):
        return True
    bylines = {normalize(b.name) for b in page.bylines}
    if wanted in bylines:
        return True
    # "By Jane Doe" is reported by author-name-not-a-name; what matters here is Jane Doe.
    bare = BYLINE_OPENER.sub("", name.lstrip()).strip()
    return bare != name and bool(bare) and (normalize(bare) in bylines or page.shows(bare))


def _site_name(page: PageFacts, wanted: str) -> bool:
    texts = [page.title.value if page.title else ""]
    site = page.meta.get("og:site_name")
    if site is not None:
        texts.append(site.value)
    return any(wanted in normalize(text) for text in texts if text)


def published_disagreements(page: PageFacts, value: str, published: date | datetime) -> list[str]:
    """Why the publication date ``value`` (read as ``published``) disagrees with the page: with
    the publication date it shows, with its ``article:published_time``; empty when it agrees.

    A page showing several publication dates agrees when any of them does, and so does a date
    it shows without saying what it is (a bare ``<time>``).
    """
    out = []
    shown = [(d, parse_iso(d.iso)) for d in page.dates if d.role == "published" and d.iso]
    shown = [(d, when) for d, when in shown if when is not None]
    others = [parse_iso(d.iso) for d in page.dates if d.role == "unknown" and d.iso]
    if shown and not any(same_date(published, when) for when in [*(w for _, w in shown), *others] if when):
        first = shown[0][0]
        out.append(f"datePublished ({value}) disagrees with the publication date the page shows "
                   f"({first.text}, line {first.line})")
    meta = page.meta.get("article:published_time")
    stated = parse_iso(meta.value) if meta is not None and meta.value else None
    if meta is not None and stated is not None and not same_date(published, stated):
        out.append(f"datePublished ({value}) disagrees with article:published_time ({meta.value}, line {meta.line})")
    return out


def unnamed_bylines(bylines: list[Author], authors: Iterable[Any], organizations: Iterable[Any] = ()) -> list[Author]:
    """The bylines the markup's ``authors`` (values of ``author``: objects or text) do not name, nor,
    for an organisation, its ``organizations`` (``publisher``, ``sourceOrganization``).

    "Jane Doe" in the byline and "Dr. Jane Doe" or "Jane Doe (Reuters)" in the markup are one
    person: names are compared as words (:func:`name_key`), one holding the other.
    """
    named, publishers = name_keys(authors), name_keys(organizations)
    return [b for b in bylines
            if not (_among(b.name, named) or (b.kind == "Organization" and _among(b.name, publishers)))]


def name_keys(values: Iterable[Any]) -> list[str]:
    """The names of author (or organisation) values as :func:`name_key` gives them; blanks left out."""
    out: list[str] = []
    for value in values:
        name = value.get("name") if isinstance(value, dict) else value
        if isinstance(name, list):
            out.extend(name_key(n) for n in name if isinstance(n, str))
        elif isinstance(name, str):
            out.append(name_key(name))
    return [n for n in out if n.strip()]


def name_key(name: str) -> str:
    """A name as words, for comparison: `` jane doe `` (normalised, punctuation as space, spaces around)."""
    return f" {' '.join(_PUNCTUATION.sub(' ', normalize(name)).split())} "


_PUNCTUATION = lazy(r"[^\w\s]")


def _among(name: str, names: list[str]) -> bool:
    key = name_key(name)
    return any(key in other or other in key for other in names)


def confident_bylines(page: PageFacts) -> list[Author] | None:
    """The page's visible bylines when newslint reads them with confidence, else ``None``.

    Every name must stand on a known line and be a name alone (no honorific, no job title:
    ``author-name-not-a-name`` would report those); the names must stand together, a few lines
    apart at most (names further apart are other stories' bylines, a list of related
    articles); and the page's author meta tags, when they name anyone, must name no one the
    bylines do not: a page whose head and byline disagree does not say who wrote it.
    """
    from linter.readers.page import meta

    found = page.bylines
    if not found or any(b.line is None or not _plain_name(b) for b in found):
        return None
    lines = [b.line or 0 for b in found]
    if max(lines) - min(lines) > _BYLINE_SPAN:
        return None  # bylines far apart: other stories' (a list of related articles), not one byline
    shown = [name_key(b.name) for b in found]
    if any(not _among(str(stated.value), shown) for stated in meta.authors(page, meta.site_names(page))):
        return None
    return found


#: Lines one article's byline spans at most ("By Jane Doe" and "and Omar Haddad" set apart).
_BYLINE_SPAN = 3


def _plain_name(byline: Author) -> bool:
    from linter.lexicon import HONORIFICS, JOB_TITLE

    first = byline.name.split()[0].rstrip(".").casefold() if byline.name.split() else ""
    if not first or first in HONORIFICS:
        return False
    return byline.kind != "Person" or JOB_TITLE.search(byline.name) is None
