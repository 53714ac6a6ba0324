"""``newslint crawl``: lint published pages over HTTP, from URLs, URL files and sitemaps.

A :class:`Crawl` is an iterator of ``(url, findings)`` pairs, one per page, in input order
(the URLs, then each sitemap's pages in sitemap order), whatever order the pages arrive in;
``newslint crawl`` hands it to the same reporters as ``newslint check``.

How a run goes:

- An asyncio event loop fetches (:mod:`linter.fetch`: global and per-host limits, retries,
  redirects, size caps), asks robots.txt first (:mod:`linter.robots`), and reads sitemaps as
  it goes (:mod:`linter.sitemaps`).
- Each fetched page is linted off the loop, in worker processes (``jobs``, like ``check``) or,
  for a handful of pages or ``jobs=1``, in one thread (:mod:`linter.fetched_page`), with
  exactly the checks of ``newslint check page.html``, plus the news sitemap cross-checks.
- Memory stays flat: only ``in_flight`` pages are held as bytes at once (being fetched or
  linted); finished pages wait for their turn as findings only, in a reorder window of
  ``window`` pages. The loop runs only while the caller asks for the next result.
- Every failure is a finding on its page (``fetch-error``) or sitemap (``sitemap-error``);
  one page failing never stops the crawl. A crawled page's path is its URL as given (before
  redirects), credentials replaced by ``***``.
"""

from __future__ import annotations

import asyncio
import re
import sys
from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from linter import rules
from linter.config import Config
from linter.dates import parse_iso
from linter.decode import MAX_BYTES
from linter.fetch import HTML_TYPES, USER_AGENT, FetchOptions, Fetcher
from linter.fetched_page import local_linter, lint_in_worker, sorted_findings, start_pool
from linter.findings import Finding
from linter.lint import PARALLEL_THRESHOLD, available_cpus, finish
from linter.robots import Robots
from linter.sitemaps import Entry, Failure, Limits, walk
from linter.urls import MB, host, http_url_problem, redact, split_credentials

__all__ = ["Crawl", "CrawlInputError", "CrawlOptions", "FetchOptions", "Limits", "USER_AGENT", "crawl",
           "from_args", "parse_since"]

#: ProcessPoolExecutor takes at most 61 workers on Windows.
_POOL_LIMIT = 61


class CrawlInputError(ValueError):
    """Input a crawl cannot start with (no URLs, a bad ``since`` date, a non-http sitemap URL)."""


@dataclass(frozen=True, slots=True)
class CrawlOptions:
    """What a crawl reads and how; the defaults are ``newslint crawl``'s."""

    fetch: FetchOptions = field(default_factory=FetchOptions)
    robots: bool = True  # honour robots.txt
    limit: int | None = None  # pages at most
    include: tuple[str, ...] = ()  # regular expressions; a page URL must match one (if any are given)
    exclude: tuple[str, ...] = ()  # regular expressions; a page URL matching one is skipped
    since: date | datetime | None = None  # sitemap pages last modified or published before are skipped
    jobs: int = 0  # lint processes: 0 one per CPU, 1 none (a thread of this process)
    sitemaps: Limits = field(default_factory=Limits)
    window: int = 256  # finished pages held for their turn, at most


@dataclass(frozen=True, slots=True)
class _Page:
    url: str
    news: Any = None


@dataclass(frozen=True, slots=True)
class _Ready:
    path: str
    findings: list[Finding]


def crawl(urls: Iterable[str] = (), *, sitemaps: Sequence[str] = (), config: Config | None = None,
          options: CrawlOptions | None = None, now: datetime | None = None) -> Crawl:
    """Crawl ``urls`` then ``sitemaps``: iterate the result for ``(url, findings)`` in that order.

    Raises :class:`CrawlInputError` for input no crawl can start with.
    """
    return Crawl(urls, sitemaps=sitemaps, config=config, options=options, now=now)


class Crawl:
    """One crawl: an iterator of ``(url, findings)``; ``total`` is the number of pages when known up front.

    Iterate it once. Closing it early (``close()``, or leaving a ``for`` loop over it) stops
    the fetching and the workers.
    """

    def __init__(self, urls: Iterable[str] = (), *, sitemaps: Sequence[str] = (), config: Config | None = None,
                 options: CrawlOptions | None = None, now: datetime | None = None,
                 transport: Any = None) -> None:
        self.config = config or Config()
        self.options = options or CrawlOptions()
        self.now = now
        self._transport = transport  # an httpx transport, for tests
        self._sitemaps = list(sitemaps)
        for sitemap in self._sitemaps:
            problem = http_url_problem(sitemap)
            if problem:
                raise CrawlInputError(f"sitemap {redact(sitemap)}: {problem}")
        self._include = _patterns(self.options.include, "include")
        self._exclude = _patterns(self.options.exclude, "exclude")
        if self.options.limit is not None and self.options.limit < 0:
            raise CrawlInputError("the page limit cannot be negative")
        if self.options.fetch.max_bytes > MAX_BYTES:
            raise CrawlInputError(f"the size cap can be at most {MAX_BYTES // MB} MB, the largest page newslint lints")
        self._seen: set[str] = set()
        self._pages = 0
        self._urls: Iterable[str] = urls
        self.total: int | None = None
        if isinstance(urls, Sequence):
            if not urls and not self._sitemaps:
                raise CrawlInputError("nothing to crawl: give URLs, a URL file or a sitemap")
            # Known up front: taken now, so that the number of pages is known too.
            self._urls = ()
            self._prepared = list(self._url_items(urls))
            if not self._sitemaps or self._full():
                self.total = len(self._prepared)
        else:
            self._prepared = []
        self._started = False
        self._iterator: Iterator[tuple[str, list[Finding]]] | None = None

    # --- the synchronous face ------------------------------------------------------------------

    def __iter__(self) -> Iterator[tuple[str, list[Finding]]]:
        if self._iterator is None:
            if self._started:
                raise RuntimeError("a crawl runs once")
            self._started = True
            self._iterator = self._run()
        return self._iterator

    def close(self) -> None:
        """Stop fetching and linting; what has not been reported is dropped."""
        if self._iterator is not None:
            self._iterator.close()  # type: ignore[attr-defined]

    def _run(self) -> Iterator[tuple[str, list[Finding]]]:
        workers = min(self.options.jobs or available_cpus(), _POOL_LIMIT)
        pool = None
        if workers > 1 and (self.total is None or self.total > PARALLEL_THRESHOLD):
            pool = start_pool(workers, self.config, self.now)  # before the loop starts any thread
        self._pool: Executor | None = pool
        self._thread: ThreadPoolExecutor | None = None
        self._in_flight = self.options.fetch.concurrency + 2 * (workers if pool else 1)
        loop = asyncio.new_event_loop()
        results = self._results()
        try:
            while True:
                try:
                    yield loop.run_until_complete(results.__anext__())
                except StopAsyncIteration:
                    break
        finally:
            try:
                _cancel_all(loop)
                try:
                    loop.run_until_complete(results.aclose())
                except RuntimeError:  # interrupted inside the generator: its tasks are cancelled already
                    pass
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.run_until_complete(loop.shutdown_default_executor())
            finally:
                loop.close()
                if self._thread is not None:
                    self._thread.shutdown(wait=True, cancel_futures=True)
                if pool is not None:
                    pool.shutdown(wait=True, cancel_futures=True)

    # --- the event loop ------------------------------------------------------------------------

    async def _results(self) -> AsyncIterator[tuple[str, list[Finding]]]:
        fetcher = Fetcher(self.options.fetch, transport=self._transport)
        robots = Robots(fetcher) if self.options.robots else None
        # The reorder window: pages in input order, each a task that may finish in any order.
        queue: asyncio.Queue[asyncio.Future[tuple[str, list[Finding]]] | None] = asyncio.Queue(
            maxsize=max(1, self.options.window))
        busy = asyncio.Semaphore(self._in_flight)
        producer = asyncio.ensure_future(self._produce(fetcher, robots, queue, busy))
        try:
            while True:
                task = await queue.get()
                if task is None:
                    break
                yield await task
            await producer  # a bug in the producer is raised here, not lost
        finally:
            producer.cancel()
            while not queue.empty():
                pending = queue.get_nowait()
                if pending is not None:
                    pending.cancel()
            await fetcher.close()

    async def _produce(self, fetcher: Fetcher, robots: Robots | None,
                       queue: asyncio.Queue[asyncio.Future[tuple[str, list[Finding]]] | None],
                       busy: asyncio.Semaphore) -> None:
        loop = asyncio.get_running_loop()
        try:
            async for item in self._items(fetcher):
                if isinstance(item, _Ready):
                    future: asyncio.Future[tuple[str, list[Finding]]] = loop.create_future()
                    future.set_result((item.path, item.findings))
                else:
                    future = asyncio.ensure_future(self._page(item, fetcher, robots, busy))
                await queue.put(future)
        except Exception:
            await queue.put(None)  # the consumer stops, then raises this from the producer task
            raise
        # (Cancelled, the crawl is closing: nobody waits for the end mark.)
        await queue.put(None)

    async def _items(self, fetcher: Fetcher) -> AsyncIterator[_Page | _Ready]:
        for item in self._prepared:
            yield item
        self._prepared = []
        for item in self._url_items(self._urls):
            yield item
        seen_sitemaps: set[str] = set()
        for sitemap in self._sitemaps:
            if self._full():
                return
            async for entry in walk(sitemap, fetcher, limits=self.options.sitemaps, seen=seen_sitemaps,
                                    since=self._since_sitemap if self.options.since is not None else None):
                if isinstance(entry, Failure):
                    yield _Ready(entry.sitemap, [_always("sitemap-error", entry.message, entry.sitemap)])
                    continue
                if not self._recent(entry):
                    continue
                item = self._item(entry.loc, entry.news)
                if item is not None:
                    yield item
                if self._full():
                    return

    def _url_items(self, urls: Iterable[str]) -> Iterator[_Page | _Ready]:
        for raw in urls:
            if self._full():
                return
            raw = raw.strip()
            if not raw or raw.startswith("#"):
                continue
            item = self._item(raw, None)
            if item is not None:
                yield item

    def _item(self, url: str, news: Any) -> _Page | _Ready | None:
        """The page to crawl for ``url``, a ready failure, or ``None`` (filtered out, seen before)."""
        shown = redact(url)
        if self._include and not any(p.search(shown) for p in self._include):
            return None
        if any(p.search(shown) for p in self._exclude):
            return None
        problem = http_url_problem(url)
        if problem:
            self._pages += 1
            return _Ready(shown, [_always("fetch-error", problem, shown)])
        key = split_credentials(url)[0]
        if key in self._seen:
            return None
        self._seen.add(key)
        self._pages += 1
        return _Page(url, news)

    def _full(self) -> bool:
        return self.options.limit is not None and self._pages >= self.options.limit

    def _recent(self, entry: Entry) -> bool:
        since = self.options.since
        if since is None:
            return True
        listed = (entry.news.publication_date if entry.news else None) or entry.lastmod
        when = parse_iso(listed) if listed else None
        return when is not None and on_or_after(when, since)

    def _since_sitemap(self, lastmod: str) -> bool:
        when = parse_iso(lastmod)
        return when is None or on_or_after(when, self.options.since)  # type: ignore[arg-type]

    async def _page(self, item: _Page, fetcher: Fetcher, robots: Robots | None,
                    busy: asyncio.Semaphore) -> tuple[str, list[Finding]]:
        path = redact(item.url)
        async with busy:
            fetched = await fetcher.get(item.url, accept=HTML_TYPES,
                                        permit=robots.refusal if robots is not None else None)
            found: list[Finding] = []
            start = host(split_credentials(item.url)[0])
            moved = next((hop for hop in fetched.hops if host(hop) != start), None)
            if moved is not None:
                found = finish([rules.finding("redirect-changes-host", f"redirects to another host ({moved})", path)],
                               path, self.config)
            if fetched.data is None:
                return path, sorted_findings(found, [_always("fetch-error", fetched.problem or "cannot fetch", path)])
            page = await self._lint(fetched.data, path, fetched.url, item.news)
        return path, sorted_findings(page, found)

    async def _lint(self, data: bytes, path: str, url: str, news: Any) -> list[Finding]:
        loop = asyncio.get_running_loop()
        if self._pool is not None:
            from concurrent.futures.process import BrokenProcessPool

            try:
                return await loop.run_in_executor(self._pool, lint_in_worker, data, path, url, news)
            except BrokenProcessPool:
                # A worker died (killed, out of memory): the rest are linted here.
                self._pool = None
        if self._thread is None:
            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newslint-lint")
        return await loop.run_in_executor(self._thread, local_linter(self.config, self.now), data, path, url, news)


def _always(rule: str, message: str, path: str) -> Finding:
    # fetch-error and sitemap-error are parse-error's kin: a page or sitemap that could not be
    # read is never deselected, so nothing goes unchecked in silence.
    return rules.finding(rule, message, path)


def _cancel_all(loop: asyncio.AbstractEventLoop) -> None:
    """Cancel what is still running (a crawl closed early, interrupted)."""
    import gc
    import warnings

    tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in tasks:
        task.cancel()
    if not tasks:
        return
    with warnings.catch_warnings():
        # A connection attempt cancelled before it began leaves anyio's unstarted coroutine
        # behind (connect_tcp.<locals>.try_connect): collected here, its warning is noise.
        warnings.filterwarnings("ignore", "coroutine .* was never awaited", RuntimeWarning)
        loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
        gc.collect()


def _patterns(values: Sequence[str], what: str) -> list[re.Pattern[str]]:
    out = []
    for value in values:
        try:
            out.append(re.compile(value))
        except re.error as exc:
            raise CrawlInputError(f"bad --{what} pattern {value!r}: {exc}") from None
    return out


def on_or_after(when: date | datetime, since: date | datetime) -> bool:
    """Whether ``when`` (a sitemap date) is on or after ``since``.

    Against a day, the day ``when`` names where it was written counts; against a moment,
    the instant (a date or a time without an offset taken as UTC).
    """
    if not isinstance(since, datetime):
        return (when.date() if isinstance(when, datetime) else when) >= since
    return _instant(when) >= _instant(since)


def _instant(value: date | datetime) -> datetime:
    if not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day, tzinfo=timezone.utc)
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def parse_since(value: str) -> date | datetime:
    """A ``--since`` value: ``YYYY-MM-DD`` or an ISO 8601 date-time."""
    when = parse_iso(value)
    if when is None:
        raise CrawlInputError(f"bad --since date {value!r} (expected YYYY-MM-DD or an ISO 8601 date-time)")
    return when


# --- the command line --------------------------------------------------------------------------

def from_args(args: Any, config: Config) -> Crawl:
    """The crawl ``newslint crawl`` asks for (``args`` as parsed by :func:`linter.cli.build_parser`)."""
    urls = list(args.urls)
    for url in urls:
        problem = http_url_problem(url)
        if problem:
            raise CrawlInputError(f"{redact(url)}: {problem}")
    if args.urls_file:
        urls.extend(_read_urls(args.urls_file))
    sitemaps = args.sitemap or []
    if not urls and not sitemaps:
        raise CrawlInputError("nothing to crawl: give URLs, --urls-file or --sitemap" +
                              (f" ({args.urls_file} holds no URL)" if args.urls_file else ""))
    fetch = FetchOptions(concurrency=args.concurrency, per_host=args.per_host, timeout=args.timeout,
                         retries=args.retries, max_bytes=int(args.max_size * MB),
                         user_agent=args.user_agent or USER_AGENT)
    options = CrawlOptions(fetch=fetch, robots=not args.ignore_robots, limit=args.limit,
                           include=tuple(args.include or ()), exclude=tuple(args.exclude or ()),
                           since=parse_since(args.since) if args.since else None, jobs=args.jobs)
    return Crawl(urls, sitemaps=sitemaps, config=config, options=options)


def _read_urls(name: str) -> list[str]:
    """The URLs of a URL file (``-``: standard input): one a line; blank lines and ``#`` comments skipped."""
    try:
        if name == "-":
            if sys.stdin is None:
                raise CrawlInputError("cannot read standard input: it is closed")
            text = sys.stdin.buffer.read().decode("utf-8", "replace")
        else:
            with open(name, "rb") as fh:
                text = fh.read().decode("utf-8", "replace")
    except OSError as exc:
        raise CrawlInputError(f"cannot read {name}: {exc.strerror or exc}") from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]

