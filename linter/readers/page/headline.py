"""The article's headline as the page shows it: its main heading, not the navigation's.

The first ``<h1>`` is often the site's name in the masthead (``<h1 class="logo"><a href="/">``)
or a heading only screen readers get. The headline is the visible ``<h1>`` that agrees with
what the page calls itself (``og:title``, ``twitter:title``, ``<title>`` less the site's name);
failing that, the one inside the page's ``article``, or the only one left. A page whose
``<h1>`` says nothing of the kind has no headline to tell, and the titles stand in for it
(:mod:`linter.readers.page.merge`).
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from linter.html_text import SCREEN_READER, text
from linter.page import PageFacts, normalize
from linter.readers.page.scope import Scope, hidden

#: Separators between a title and the site's name ("Headline | Site", "Site - Headline").
SITE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|·|•|::|/|»)\s+")
_HOME = re.compile(r"https?://[^/]+/?")
_MASTHEAD = re.compile(r"logo|brand|site-?(?:title|name)|masthead|navbar|header__title", re.I)


def title_variants(title: str) -> tuple[str, ...]:
    """A title, and the title without a site name before or after it, normalised."""
    # Remembered: every candidate heading of a page is held against the same few titles.
    known = _VARIANTS.get(title)
    if known is None:
        if len(_VARIANTS) >= _MAX_REMEMBERED:
            _VARIANTS.clear()
        known = _VARIANTS[title] = _variants(title)
    return known


#: Most titles :func:`title_variants` remembers (then it starts over).
_MAX_REMEMBERED = 1000
_VARIANTS: dict[str, tuple[str, ...]] = {}


def _variants(title: str) -> tuple[str, ...]:
    parts = SITE_SEPARATOR.split(title.strip())
    variants = [title]
    if len(parts) > 1:
        variants.append(" ".join(parts[:-1]))
        variants.append(" ".join(parts[1:]))
        variants.append(max(parts, key=len))
    return tuple(v for v in dict.fromkeys(normalize(v) for v in variants) if v)


def agrees(heading: str, titles: list[str]) -> bool:
    """Whether a heading says what one of the page's titles says (site names set aside)."""
    key = normalize(heading)
    if len(key) < 4:
        return False
    for title in titles:
        for variant in title_variants(title):
            if key == variant:
                return True
            # One holding the other ("Opinion | Headline" and "Headline"), when the shorter is
            # most of the longer: a site's name alone inside a heading is no agreement.
            short, long_ = sorted((key, variant), key=len)
            if len(short) >= 12 and short in long_ and len(short) >= 0.6 * len(long_):
                return True
    return False


def titles(facts: PageFacts) -> list[str]:
    """What the page calls itself: ``og:title``, ``twitter:title``, ``<title>``."""
    out = []
    for key in ("og:title", "twitter:title"):
        meta = facts.meta.get(key)
        if meta is not None and meta.value:
            out.append(meta.value)
    if facts.title is not None:
        out.append(facts.title.value)
    return out


#: Other elements a headline is set in when no ``<h1>`` holds it (``<h2 class="entry-title">``).
_TITLE_CLASSES = ("headline", "title", "Headline", "Title")


def _titled(body: Any) -> Any:
    """The ``h2``, ``h3`` and headline- or title-classed elements under ``body``, in page order.

    A walk that stops where the headline is found: an XPath over the whole body cost a
    millisecond a page, most of it for elements after the headline.
    """
    for el in body.iterdescendants():
        tag = el.tag
        if tag == "h2" or tag == "h3":
            yield el
        elif tag.__class__ is str and tag != "title":
            cls = el.get("class")
            if cls and any(name in cls for name in _TITLE_CLASSES):
                yield el


_MAX_TITLED = 400


def choose(h1s: list[Any], scope: Scope, facts: PageFacts) -> Any:
    """The element that is the article's headline, or ``None``.

    An ``<h1>`` agreeing with the page's titles; else another heading or headline-classed
    element agreeing with them; else the ``<h1>`` inside the page's ``article``, or the only one.
    """
    found = _choose_h1(h1s, scope, facts)
    if found is not None:
        return found
    named = titles(facts)
    if not named:
        return None
    for el in islice(_titled(scope.body), _MAX_TITLED):
        shown = text(el, sep=" ")
        # (agrees first: the rarest to hold, and the cheapest test now that titles are remembered)
        if shown and len(shown) < 300 and agrees(shown, named) and not _masthead(el) and not _hidden(el):
            return el
    return None


def _choose_h1(h1s: list[Any], scope: Scope, facts: PageFacts) -> Any:
    site = facts.meta.get("og:site_name")
    site_name = normalize(site.value) if site is not None and site.value else None
    shown = [h for h in h1s if not _masthead(h) and not _hidden(h) and text(h, sep=" ")
             and normalize(text(h, sep=" ")) != site_name]
    named = titles(facts)
    # What the page calls itself settles it, whatever the classes around the heading say. Of
    # several headings agreeing with it (a masthead's "Site" agrees with "Headline | Site"
    # too), one inside an article, else the longest: a site's name is shorter than a headline.
    agreeing = [h for h in shown if agrees(text(h, sep=" "), named)]
    if len(agreeing) > 1:
        agreeing.sort(key=lambda h: (next(h.iterancestors("article"), None) is None, -len(text(h, sep=" "))))
    if agreeing:
        return agreeing[0]
    shown = [h for h in shown if not scope.excluded(h)]
    if not shown:
        return None
    for h in shown:
        if next(h.iterancestors("article"), None) is not None:
            return h
    return shown[0] if len(shown) == 1 or not named else None


def _masthead(h: Any) -> bool:
    """The site's name in the masthead: a logo heading, or one that links to the home page."""
    names = f"{h.get('class') or ''} {h.get('id') or ''}"
    if _MASTHEAD.search(names):
        return True
    parent = h.getparent()
    if parent is not None and _MASTHEAD.search(f"{parent.get('class') or ''} {parent.get('id') or ''}"):
        return True
    for a in h.iter("a"):
        href = (a.get("href") or "").strip()
        if href in ("/", "./", "#") or _HOME.fullmatch(href):
            return True
    return False


def _hidden(h: Any) -> bool:
    """A heading kept for screen readers only, or hidden from sight."""
    node = h
    for _ in range(4):
        if node is None:
            return False
        cls = node.get("class")
        if hidden(node) or (cls and SCREEN_READER.search(cls)):
            return True
        node = node.getparent()
    return False
