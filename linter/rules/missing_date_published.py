"""Article has no datePublished.

## What it does
Reports an Article-family node without `datePublished`.

## Why it matters
Without a structured publication date, Google has to guess the date it shows next to the
article, and may pick the wrong one. Readers of news need the date to judge whether a story is
current. newslint never guesses a missing date: it reports it.

## Example
```json
{"@type": "NewsArticle", "headline": "..."}
```

## Use instead
```json
{"@type": "NewsArticle", "headline": "...", "datePublished": "2025-03-03T18:05:00+01:00"}
```

## Fix
Unsafe, sometimes: on an HTML page whose head states the publication date for machines
(`<meta property="article:published_time">`, or another publication-date meta tag such as
`og:published_time`, `parsely-pub-date`, `dcterms.issued`, `<meta itemprop="datePublished">`)
as a full ISO 8601 date-time with its offset, the page's own article gets that value as
`datePublished`, copied as written, citing the tag and its line. Nothing is offered when
the value has no time or no offset (a date is never completed by a guess), when the page's
publication-date tags disagree with each other, or when the date would disagree with what the
page shows (`date-published-mismatch`), with the article's `dateModified`, with another
article node of the page, or lie in the future. A date read only from the page's text is
never used.

## Options
None.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Final, NamedTuple

from linter.dates import earlier, parse_iso, same_date
from linter.fixes.model import Fix, Fixable, Safety
from linter.graph import source_graph
from linter.rules import Hints, Target
from linter.rules._on_page import published_disagreements
from linter.rules._page_evidence import conflicts, own_article_on_page, put

if TYPE_CHECKING:
    from datetime import date

    from linter.fixes.model import Request
    from linter.graph import View
    from linter.page import PageFacts

NAME = "missing-date-published"
SOURCE = "https://developers.google.com/search/docs/appearance/publication-dates"
HINT = 'add the publication date with time and timezone (`Published 3 March 2025, 18:05 CET`, or `datePublished`)'
HINTS: Hints = {
    "text": "add a date line with time and timezone (`Published 3 March 2025, 18:05 CET`)",
    "markdown": "add `date` to the front matter, with time and offset (`date: 2025-03-03T18:05:00+01:00`)",
    "html": "add `datePublished` to the article's markup, with time and offset (2025-03-03T18:05:00+01:00)",
    "jsonld": "add `datePublished`, with time and offset (2025-03-03T18:05:00+01:00)",
}
TARGET: Final = Target.SCHEMA
FIX: Final = Fixable.SOMETIMES


class _Stated(NamedTuple):
    """A publication date the page's head states for machines."""

    tag: str  # "meta article:published_time"
    written: str
    line: int | None
    when: date | datetime | None  # None: not a date newslint reads
    iso: bool  # written as JSON-LD writes dates (ISO 8601's extended form): a value to copy


def fix(request: Request) -> Fix | None:
    found = own_article_on_page(request)
    if found is None:
        return None
    view, page, path = found
    stated = _stated(page)
    chosen = next((s for s in stated if s.iso and isinstance(s.when, datetime) and s.when.tzinfo is not None),
                  None)
    if chosen is None or not isinstance(chosen.when, datetime):
        return None
    if any(s.when is not None and not same_date(chosen.when, s.when) for s in stated):
        return None  # the head says two things
    if published_disagreements(page, chosen.written, chosen.when) or _after_modified(chosen.when, view) \
            or chosen.when > datetime.now(UTC) + timedelta(minutes=10) \
            or conflicts(source_graph(request.source), view, "datePublished", chosen.written):
        return None
    where = f"{chosen.tag}, line {chosen.line}" if chosen.line else chosen.tag
    return Fix(Safety.UNSAFE, f"add datePublished {chosen.written} from the page's {chosen.tag}",
               (put(request, path, "datePublished", chosen.written),), evidence=where)


def _stated(page: PageFacts) -> list[_Stated]:
    """The publication dates the page's meta tags state, ``article:published_time`` first.

    Those not written as JSON-LD writes dates (``2025-09-16 10:32``) are read as the page
    reader reads them, to hold the others against, and never copied.
    """
    from linter.readers.page import meta
    from linter.readers.page.dates import to_iso

    tags = [(f"meta {key}", page.meta.get(key)) for key in meta.PUBLISHED]
    tags.append(("meta itemprop=datePublished", page.item_meta.get("datePublished")))
    out = []
    for name, tag in tags:
        if tag is None or not tag.value:
            continue
        when = parse_iso(tag.value)
        iso = when is not None
        if when is None:
            read = to_iso(tag.value)
            when = parse_iso(read) if read else None
        out.append(_Stated(name, tag.value, tag.line, when, iso))
    return out


def _after_modified(when: datetime, view: View) -> bool:
    """Whether the article's ``dateModified`` comes before ``when`` (``date-modified-before-published``)."""
    value = view.data.get("dateModified")
    modified = parse_iso(value) if isinstance(value, str) else None
    return modified is not None and earlier(modified, when)
