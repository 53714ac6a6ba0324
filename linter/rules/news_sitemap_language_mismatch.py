"""News sitemap language disagrees with the page's language.

## What it does
For a page listed in a Google News sitemap, compares the entry's `news:language` with the
`inLanguage` of the page's article markup, or with `<html lang>` when the markup declares
none. Only the primary language subtag counts: `zh-cn` and `zh-Hans` agree, `es` and `en` do
not.

## Why it matters
Google's News sitemap documentation: `news:language` is the language of the publication, an
ISO 639 code (`zh-cn` and `zh-tw` for Chinese). Google News uses it to decide which edition
and readers an article is for; a sitemap that says `en` for a Spanish article sends it to the
wrong readers.

## Example
```xml
<news:language>en</news:language>
```
```json
{"@type": "NewsArticle", "inLanguage": "es"}
```

## Use instead
```xml
<news:language>es</news:language>
```

## Options
None. Only `newslint crawl --sitemap` reports it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from linter.jsonpath import child
from linter.rules import NewsCheck, Problem, Target

NAME = "news-sitemap-language-mismatch"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap"
HINT = "give news:language the article's language (inLanguage, html lang)"
TARGET: Final = Target.NEWS_ENTRY

_TAG = re.compile(r"^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*$")


def check(entry: NewsCheck) -> Iterator[Problem]:
    """The problem with the sitemap entry for the page's article, if any."""
    news, view, page = entry.news, entry.view, entry.page
    listed = news.language
    mine = primary(listed) if listed else None
    if mine is None:
        return
    for value, path in view.values("inLanguage"):
        tag = value.get("alternateName") if isinstance(value, dict) else value
        theirs = primary(tag) if isinstance(tag, str) else None
        if theirs is not None:
            if theirs != mine:
                where = path if isinstance(value, str) else child(path, "alternateName")
                yield Problem(f"news sitemap language ({listed}) disagrees with inLanguage ({tag})", where)
            return
    lang = page.lang if page is not None else None
    if lang is not None and primary(lang.value) not in (None, mine):
        yield Problem(f"news sitemap language ({listed}) disagrees with <html lang> ({lang.value})", line=lang.line)


def primary(tag: str) -> str | None:
    """The primary language subtag, lower case (``zh`` for ``zh-cn``), or ``None`` for no tag."""
    tag = tag.strip()
    if not _TAG.match(tag):
        return None
    return re.split(r"[-_]", tag, maxsplit=1)[0].lower()
