"""robots.txt for ``newslint crawl``: fetched once per site, then asked before every page.

The file is fetched with the crawl's own client (its limits, timeouts and user agent) and read
by the standard library's :class:`urllib.robotparser.RobotFileParser`. What a missing or
broken robots.txt means follows RFC 9309: a 4xx answer (404 and the like) allows everything;
a 5xx answer, or no answer at all, disallows everything, since the site could not say what it
allows. Only the first 500 KiB are read (RFC 9309, section 2.5).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from linter.fetch import Fetcher

MAX_BYTES = 500 * 1024
#: Sites whose rules are remembered; the oldest are fetched again if the crawl comes back.
CACHE_SIZE = 1024


class Robots:
    """robots.txt rules per site, each fetched once even when many pages ask at the same time."""

    def __init__(self, fetcher: Fetcher) -> None:
        self._fetcher = fetcher
        self._agent = fetcher.options.user_agent
        self._sites: OrderedDict[str, asyncio.Future[RobotFileParser | str]] = OrderedDict()

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
        if parsed.can_fetch(self._agent, url):
            return None
        return f"blocked by {site}/robots.txt (disallowed for {self._agent.split('/')[0]})"

    async def _load(self, site: str) -> RobotFileParser | str:
        fetched = await self._fetcher.get(f"{site}/robots.txt", max_bytes=MAX_BYTES, truncate=True,
                                          max_redirects=5)
        parser = RobotFileParser()
        if fetched.data is not None:
            parser.parse(fetched.data.decode("utf-8", "replace").splitlines())
        elif fetched.status is not None and 400 <= fetched.status < 500:
            parser.parse([])  # no robots.txt: everything allowed
        elif fetched.status is None:
            # The site cannot be reached at all: that, not robots.txt, is what its pages report.
            return fetched.problem or "cannot fetch"
        else:
            return f"blocked: {site}/robots.txt could not be read ({fetched.problem}), which disallows the site"
        return parser
