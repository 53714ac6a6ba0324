"""Headlines compared as readers see them: shared by headline-mismatch (markup against the
page's h1 and og:title), news-sitemap-title-mismatch (a news sitemap's title against the
markup) and the fixes that write the page's headline into the markup, so all judge a headline
the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from linter.page import normalize
from linter.patterns import lazy

if TYPE_CHECKING:
    from linter.page import PageFacts

_QUOTES = lazy(r"[\"'`´]")
_TAG = lazy(r"<[^<>]*>")  # "ВРАЦА <b>СПЕЧЕЛИ</b>": the markup's tags are not shown
#: The site's name after or before a title: "Headline | Site", "Headline - Site", "Site | Headline".
_SUFFIX = lazy(r"\s+(?:\||-|::|·|•|/)\s+[^|]{1,80}$")
_PREFIX = lazy(r"^[^|]{1,80}?\s+(?:\||::|·|•)\s+")
_ELLIPSIS = lazy(r"\s*(?:\.\.\.|…)$")
_MIN_TRUNCATED = 20  # characters a shortened title keeps before its "..."


def key(text: str) -> str:
    """``text`` as headlines are compared: tags, quotes, case and spacing aside."""
    return " ".join(_QUOTES.sub("", normalize(_TAG.sub("", text))).split())


def agree(a: str, b: str) -> bool:
    """Whether two headlines, as :func:`key` gives them, name one title: equal, one with the
    site's name before or after it, or one shortened with an ellipsis."""
    if a == b:
        return True
    # One of them carries the site's name: "Headline | Site", "Site | Headline".
    for longer, shorter in ((a, b), (b, a)):
        if shorter in longer and shorter and shorter in (_SUFFIX.sub("", longer), _PREFIX.sub("", longer)):
            return True
        # One of them is shortened: "Israel and Hamas agree to a ceasefire in…"
        if _ELLIPSIS.search(shorter):
            cut = _ELLIPSIS.sub("", shorter)
            if len(cut) >= _MIN_TRUNCATED and _SUFFIX.sub("", longer).startswith(cut):
                return True
    return False


def shown_heading(page: PageFacts) -> str | None:
    """The article's own heading, when the page says which it is: inside its ``<article>``, or
    agreeing with what the page calls itself (not merely the only ``<h1>`` left, which may be a
    search panel's "No matches"). What headline-mismatch holds the markup's headline against,
    and what missing-headline's fix copies into it."""
    from linter.readers.page.headline import agrees, titles

    heading = page.heading
    if heading is None or not key(heading.value):
        return None
    if page.heading_in_article or agrees(heading.value, titles(page)):
        return heading.value
    return None


def headline_disagreement(page: PageFacts, headline: str) -> str | None:
    """Why ``headline`` is not the one the page shows, or ``None`` when it is (or the page shows none).

    The article's own heading when the page says which it is (:func:`shown_heading`); else
    its ``<h1>`` headings and ``og:title``, any of them.
    """
    mine = key(headline)
    shown = shown_heading(page)
    if shown is not None:
        # (Another <h1> it agrees with may be the article's own: the reader chooses by the
        # page's titles, and those may be the stale ones.)
        if not agree(mine, key(shown)) and not _kicker(mine, key(shown)) \
                and not any(agree(mine, key(h.value)) for h in page.h1):
            return f"headline is not the one the page shows ({shown!r})"
        return None
    titles = [h.value for h in page.h1]
    og = page.meta.get("og:title")
    if og is not None and og.value:
        titles.append(og.value)
    if not titles or any(agree(mine, key(title)) for title in titles):
        return None
    return f"headline matches neither the page's h1 nor its og:title ({titles[0]!r})"


def _kicker(headline: str, shown: str) -> bool:
    """The page shows the headline with a kicker or a place before it, or a tail after it
    ("Vadodara / Headline", "Open Progress: Headline"), the headline being most of it. (Not
    the other way round: words the markup adds to the headline readers see are reported.)"""
    return len(headline) >= 0.5 * len(shown) and (shown.startswith(headline) or shown.endswith(headline))
