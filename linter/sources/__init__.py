"""Where pages come from, one home for ``check``, ``crawl`` and ``spark``: HTTP and WARC archives.

Files given to ``check`` are read by :mod:`linter.lint`; every other way a page arrives is here:

- over HTTP, ``newslint crawl``: :mod:`~linter.sources.crawl` runs it, :mod:`~linter.sources.fetch`
  fetches, :mod:`~linter.sources.robots` asks robots.txt, :mod:`~linter.sources.sitemaps` reads
  sitemaps, :mod:`~linter.sources.urls` says which addresses a crawl may go to;
- from WARC archives, ``newslint check FILE.warc.gz`` and ``newslint spark``:
  :mod:`~linter.sources.warc` reads them, :mod:`~linter.sources.warc_check` lints their pages.

A page that arrives over HTTP comes with headers that say things its markup does not: the
charset of ``Content-Type`` (which wins over ``<meta charset>``, as in browsers) and
``X-Robots-Tag`` (a ``noindex`` there keeps the page out of search as surely as the robots meta
tag). :class:`PageHeaders` is what the checks read of them; the crawl and the WARC reader build
it from the response's headers alike, so that a page gives the same findings whichever way it
came. The checks themselves take it through :func:`linter.sources.fetched_page.lint_page`.

This package imports no optional dependency: the HTTP client (``crawl`` extra) and the WARC
library (``warc`` extra) are imported by the modules that need them, which raise
:class:`MissingExtra` when they are missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from linter.output import UsageError
from linter.sources.urls import MB

__all__ = ["HTML_TYPES", "MAX_PAGE_BYTES", "MissingExtra", "PageHeaders", "is_warc"]

#: The content types of the pages newslint lints (others are not HTML pages).
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: What WARC files are named: Common Crawl's, wget's, Browsertrix's (gzipped record by record), or plain.
WARC_SUFFIXES = (".warc", ".warc.gz")

#: The largest page body read from the network or an archive, decompressed: ``newslint crawl``'s
#: default ``--max-size``. A larger one is not linted (a finding says so).
MAX_PAGE_BYTES = 10 * MB


def is_warc(name: str) -> bool:
    """Whether a file of this name is a WARC archive (by its name: ``.warc``, ``.warc.gz``)."""
    return name.lower().endswith(WARC_SUFFIXES)


class MissingExtra(UsageError, ImportError):
    """An optional extra that is not installed: an ImportError to a library, a one-line error (exit 2) to the CLI."""


#: The crawlers whose ``X-Robots-Tag: NAME: ...`` directives Google reads (no name: every crawler).
_GOOGLE_CRAWLERS = frozenset({"googlebot", "googlebot-news"})
#: Directives written ``name: value``, which a user agent prefix could be mistaken for.
_VALUED = frozenset({"max-snippet", "max-image-preview", "max-video-preview", "unavailable_after"})
_AGENT = re.compile(r"\s*([A-Za-z0-9_.-]+)\s*:(.*)", re.S)
_CHARSET = re.compile(r""";\s*charset\s*=\s*["']?([^"';\s]+)""", re.I)


@dataclass(frozen=True, slots=True)
class PageHeaders:
    """What a page's HTTP response headers tell the checks."""

    #: The ``charset`` parameter of ``Content-Type``, as sent (``None``: none).
    charset: str | None = None
    #: The ``X-Robots-Tag`` directives meant for Google's crawlers, lower case, in order (``noindex``,
    #: ``max-image-preview:large``).
    robots: tuple[str, ...] = ()

    @classmethod
    def of(cls, headers: Iterable[tuple[str, str]]) -> PageHeaders:
        """The headers of a response, as ``(name, value)`` pairs in any case (a name may repeat)."""
        charset: str | None = None
        robots: list[str] = []
        for name, value in headers:
            key = name.strip().lower()
            if key == "content-type" and charset is None:
                found = _CHARSET.search(value)
                charset = found.group(1) if found else None
            elif key == "x-robots-tag":
                robots.extend(robots_directives(value))
        return cls(charset, tuple(dict.fromkeys(robots)))


def robots_directives(value: str) -> list[str]:
    """The directives of one ``X-Robots-Tag`` header that apply to Google's crawlers, lower case.

    ``noindex, nofollow`` applies to every crawler; ``googlebot: noindex`` to Googlebot only, and
    ``otherbot: noindex`` to another crawler (none here). ``max-image-preview: large`` is a
    directive, not a crawler's name.
    """
    agent = _AGENT.match(value)
    if agent and agent.group(1).lower() not in _VALUED:
        if agent.group(1).lower() not in _GOOGLE_CRAWLERS:
            return []
        value = agent.group(2)
    return [":".join(p.strip() for p in d.split(":")) for d in value.lower().split(",") if d.strip()]
