"""How a value of the markup is held against what the page shows: one judgement per fact.

Shared by the rule that reports a disagreement (``author-not-visible``,
``date-published-mismatch``; ``headline-mismatch``'s is :mod:`linter.rules._headlines`) and by the fixes that copy a page's fact into its markup, or
write the article ``convert`` reads from the page: a fix offers only what the rule accepts,
judged by the same code, so fixing one finding never raises another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from linter.dates import parse_iso, same_date
from linter.lexicon import BYLINE_OPENER
from linter.page import normalize

if TYPE_CHECKING:
    from datetime import date, datetime

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
