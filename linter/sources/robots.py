"""robots.txt for ``newslint crawl``: fetched once per site, then asked before every page.

The file is fetched with the crawl's own client (its limits, timeouts and user agent) and read
as RFC 9309 says, as Google reads it, by protego: ``*`` and ``$`` in paths, the most specific
(longest) matching rule wins whatever the order, ``Allow`` wins a tie, and the group naming the
crawler's product token (``newslint``) is used over ``*``. (The standard library's parser knows
no wildcards and takes the first matching rule: ``Disallow: /*?print=`` was ignored, and
``Allow: /news/`` before ``Disallow: /news/private`` allowed ``/news/private/1``.) What a missing or
broken robots.txt means follows RFC 9309: a 4xx answer (404 and the like) allows everything;
a 5xx answer, or no answer at all, disallows everything, since the site could not say what it
allows. A redirect that cannot be followed (too many, a loop, to ``javascript:x``) counts as no
robots.txt, as more than five redirects do (section 2.3.1.2). Only the first 500 KiB are read
(section 2.5); a UTF-8 byte order mark before the first rule is skipped (a parser would take it
as part of the first line and lose that group).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from urllib.parse import urlsplit, urlunsplit

from protego import Protego

from linter.sources.fetch import REDIRECT_STATUSES, Fetcher

MAX_BYTES = 500 * 1024
#: Sites whose rules are remembered; the oldest are fetched again if the crawl comes back.
CACHE_SIZE = 1024


class Robots:
    """robots.txt rules per site, each fetched once even when many pages ask at the same time."""

    def __init__(self, fetcher: Fetcher) -> None:
        self._fetcher = fetcher
        self._agent = fetcher.options.user_agent
        self._sites: OrderedDict[str, asyncio.Future[Protego | str]] = OrderedDict()

    async def refusal(self, url: str) -> str | None:
        """Why robots.txt forbids fetching ``url`` (credentials already removed), or ``None``."""
        parts = urlsplit(url)
        site = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), "", "", ""))
        rules = self._sites.get(site)
        if rules is None:
            rules = self._sites[site] = asyncio.ensure_future(self._load(site))
            while len(self._sites) > CACHE_SIZE:
                self._sites.popitem(last=False)
        else:
            self._sites.move_to_end(site)
        parsed = await asyncio.shield(rules)
        if isinstance(parsed, str):
            return parsed
        if parsed.can_fetch(url, self._agent):
            return None
        return f"blocked by {site}/robots.txt (disallowed for {self._agent.split('/')[0]})"

    async def _load(self, site: str) -> Protego | str:
        fetched = await self._fetcher.get(f"{site}/robots.txt", max_bytes=MAX_BYTES, truncate=True,
                                          max_redirects=5)
        if fetched.data is not None:
            parser = read_rules(fetched.data)
        elif fetched.status is not None and (400 <= fetched.status < 500 or fetched.status in REDIRECT_STATUSES):
            parser = read_rules(b"")  # no robots.txt (or none to be reached through its redirects): everything allowed
        elif fetched.status is None:
            # The site cannot be reached at all: that, not robots.txt, is what its pages report.
            return fetched.problem or "cannot fetch"
        else:
            return f"blocked: {site}/robots.txt could not be read ({fetched.problem}), which disallows the site"
        return parser


def read_rules(data: bytes) -> Protego:
    """The rules of a robots.txt body (UTF-8, a byte order mark skipped; what is no rule is ignored)."""
    return Protego.parse("\n".join(robots_lines(data)))


def robots_lines(data: bytes) -> list[str]:
    """The lines of a robots.txt body, as the parser takes them: UTF-8, without a byte order mark."""
    return data.decode("utf-8", "replace").removeprefix("\ufeff").splitlines()
