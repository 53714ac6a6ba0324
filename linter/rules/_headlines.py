"""Headlines compared as readers see them: shared by headline-mismatch (markup against the
page's h1 and og:title) and news-sitemap-title-mismatch (a news sitemap's title against the
markup), so both judge a headline the same way."""

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
