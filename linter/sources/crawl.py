"""``newslint crawl``: lint published pages over HTTP, from URLs, URL files and sitemaps.

A :class:`Crawl` is an iterator of ``(url, findings)`` pairs, one per page, in input order
(the URLs, then each sitemap's pages in sitemap order), whatever order the pages arrive in;
``newslint crawl`` hands it to the same reporters as ``newslint check``.

How a run goes:

- An asyncio event loop fetches (:mod:`linter.sources.fetch`: global and per-host limits, retries,
  redirects, size caps), asks robots.txt first (:mod:`linter.sources.robots`), and reads sitemaps as
  it goes (:mod:`linter.sources.sitemaps`).
- Each fetched page is linted off the loop, in worker processes (``jobs``, like ``check``) or,
  for a handful of pages or ``jobs=1``, in one thread (:mod:`linter.sources.fetched_page`), with
  exactly the checks of ``newslint check page.html``, plus the news sitemap cross-checks.
- Each page has a time budget for linting (:func:`lint_budget`: five times the fetch timeout,
  at least 10 s). A page past it is a ``lint-timeout``; its worker process is killed and the
  pool replaced, or its thread interrupted (see :class:`~linter.sources.fetched_page.LintThread` for
  what a thread cannot promise).
- A crawl stays on the hosts it was given (:class:`~linter.sources.urls.Scope`: those of its URLs and
  sitemaps, and ``allow_hosts``); what a sitemap lists elsewhere is not fetched, and reported
  as ``sitemap-lists-other-host`` on that sitemap.
- Memory stays flat: only ``in_flight`` pages are held as bytes at once (being fetched or
  linted); finished pages wait for their turn as findings only, in a reorder window of
  ``window`` pages. The loop runs only while the caller asks for the next result.
- Every failure is a finding on its page (``fetch-error``) or sitemap (``sitemap-error``);
  one page failing never stops the crawl, whatever it fails with (a bug of newslint's too).
  A crawled page's path is its URL as given (before redirects), credentials replaced by ``***``.
"""

from __future__ import annotations

import asyncio
import math
import os
import re
import sys
from collections.abc import AsyncGenerator, AsyncIterator, Iterable, Iterator, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from linter import rules
from linter.config import Config
from linter.dates import parse_iso
from linter.decode import MAX_BYTES
from linter.findings import Finding
from linter.lint import PARALLEL_THRESHOLD, available_cpus, finish
from linter.rules import fetch_error, lint_timeout, redirect_changes_host, sitemap_error, sitemap_lists_other_host
from linter.sources import PageHeaders
from linter.sources.fetch import HTML_TYPES, USER_AGENT, Fetcher, FetchOptions, url_problem
from linter.sources.fetched_page import LintThread, lint_in_worker, local_linter, sorted_findings, start_pool, stop_pool
from linter.sources.robots import Robots
from linter.sources.sitemaps import Entry, Failure, Limits, OffSite, OffSiteHost, walk
from linter.sources.urls import MB, Scope, host, http_url_problem, redact, shown, site, split_credentials

__all__ = [
    "USER_AGENT",
    "Crawl",
    "CrawlInputError",
    "CrawlOptions",
    "FetchOptions",
    "Limits",
    "crawl",
    "from_command",
    "lint_budget",
    "parse_since",
]

#: ProcessPoolExecutor takes at most 61 workers on Windows.
_POOL_LIMIT = 61
#: The shortest lint budget derived from the fetch timeout: a short network timeout must not cut
#: the linting of a large page, nor the start of a new worker process after one was killed.
MIN_LINT_BUDGET = 10.0


def lint_budget(timeout: float) -> float:
    """Seconds linting one page may take, for a fetch ``timeout``: five times it (as long as a
    request may take in all), and at least :data:`MIN_LINT_BUDGET`."""
    return max(5 * timeout, MIN_LINT_BUDGET)


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
    allow_hosts: tuple[str, ...] = ()  # HOST or HOST:PORT sitemaps may send the crawl to besides its own; "*": any
    # Seconds linting one page may take, from when a linter takes it (a worker process started
    # after a restart spends about a second of it starting); None: lint_budget(fetch.timeout).
    lint_budget: float | None = None
    # A .warc.gz file to record the pages fetched in (request and response records, in the order
    # they arrive), to lint them again later without the network: newslint check FILE.
    warc: str | None = None


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
    """One crawl: an iterator of ``(url, findings)``; ``total`` is the number of results once known.

    ``total`` is known up front for a list of URLs; with sitemaps (or URLs read from a stream)
    it is None until every sitemap is read, or ``limit`` pages are listed, and set then (a
    progress bar shows it from there). The listing runs at most ``window`` pages ahead of the
    results, so on a long sitemap the total comes that many pages before the end.

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
        _check_options(self.options)
        try:
            self._scope = Scope.allowing(self.options.allow_hosts)
        except ValueError as exc:
            raise CrawlInputError(str(exc)) from None
        for sitemap in self._sitemaps:
            problem = url_problem(sitemap)
            if problem:
                raise CrawlInputError(f"sitemap {shown(sitemap)}: {problem}")
            self._scope.add(sitemap)
        self._include = _patterns(self.options.include, "include")
        self._exclude = _patterns(self.options.exclude, "exclude")
        budget = self.options.lint_budget
        self._budget = lint_budget(self.options.fetch.timeout) if budget is None else budget
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
        self._recorder: Any = None  # a linter.sources.warc.WarcRecorder, while the crawl runs
        if self.options.warc is not None:
            import linter.sources.warc  # noqa: F401  (without the warc extra: MissingExtra now, not mid-crawl)

            try:  # a file that cannot be written is said now, before any page is fetched
                open(self.options.warc, "wb").close()
            except OSError as exc:
                raise CrawlInputError(f"cannot write {self.options.warc}: {exc.strerror or exc}") from None

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
        self._workers = workers
        self._pool: Executor | None = pool
        self._thread: LintThread | None = None
        self._in_flight = self.options.fetch.concurrency + 2 * (workers if pool else 1)
        # Pages handed to the linters at once: no more than there are to take them, so that a
        # page's budget runs while it is linted, not while it waits its turn.
        self._pool_slots = asyncio.Semaphore(workers)
        self._thread_slot = asyncio.Semaphore(1)
        if self.options.warc is not None:
            from linter.sources.warc import WarcRecorder

            self._recorder = WarcRecorder(self.options.warc)
        loop = asyncio.new_event_loop()
        results = self._results()
        finished = False
        try:
            while True:
                try:
                    yield loop.run_until_complete(results.__anext__())
                except StopAsyncIteration:
                    break
            finished = True
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
                if self._recorder is not None:
                    self._recorder.close()
                if self._thread is not None:
                    self._thread.shutdown()
                if self._pool is not None:
                    if not finished:
                        # Closed early: what the workers are doing is wanted no more, and may
                        # be a page no budget watches now.
                        stop_pool(self._pool)
                    self._pool.shutdown(wait=True, cancel_futures=True)

    # --- the event loop ------------------------------------------------------------------------

    async def _results(self) -> AsyncGenerator[tuple[str, list[Finding]], None]:
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
        listed = 0
        try:
            async for item in self._items(fetcher):
                listed += 1
                if isinstance(item, _Ready):
                    future: asyncio.Future[tuple[str, list[Finding]]] = loop.create_future()
                    future.set_result((item.path, item.findings))
                else:
                    future = asyncio.ensure_future(self._page(item, fetcher, robots, busy))
                await queue.put(future)
        except Exception:
            await queue.put(None)  # the consumer stops, then raises this from the producer task
            raise
        # Every result is listed now (each item is one): the total is known, pages still to come.
        self.total = listed
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
            try:
                async for entry in walk(sitemap, fetcher, limits=self.options.sitemaps, seen=seen_sitemaps,
                                        since=self._since_sitemap if self.options.since is not None else None,
                                        scope=self._scope):
                    if isinstance(entry, Failure):
                        yield _Ready(entry.sitemap, [_always(sitemap_error, entry.message, entry.sitemap)])
                        continue
                    if isinstance(entry, OffSite):
                        yield _Ready(entry.sitemap, [_off_site(entry.sitemap, told) for told in entry.hosts])
                        continue
                    if not self._recent(entry):
                        continue
                    listed = self._item(entry.loc, entry.news)
                    if listed is not None:
                        yield listed
                    if self._full():
                        return
            except Exception as exc:
                # A bug met reading one sitemap: the rest of it is lost, not the crawl.
                if os.environ.get("NEWSLINT_DEBUG"):
                    raise
                yield _Ready(redact(sitemap), [_always(
                    sitemap_error, f"internal error while reading the sitemap: {_error_text(exc)}", redact(sitemap))])

    def _url_items(self, urls: Iterable[str]) -> Iterator[_Page | _Ready]:
        for raw in urls:
            if self._full():
                return
            raw = raw.strip()
            if not raw or raw.startswith("#"):
                continue
            self._scope.add(raw)  # a URL the user named: its host is one the crawl may go to
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
            return _Ready(shown, [_always(fetch_error, problem, shown)])
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
            try:
                return path, await self._fetch_and_lint(item, path, fetcher, robots)
            except Exception as exc:
                # The last resort: whatever newslint fails with on one page is that page's finding.
                if os.environ.get("NEWSLINT_DEBUG"):
                    raise
                return path, [_always(fetch_error, f"internal error while crawling the page: {_error_text(exc)}",
                                      path)]

    async def _fetch_and_lint(self, item: _Page, path: str, fetcher: Fetcher, robots: Robots | None) -> list[Finding]:
        fetched = await fetcher.get(item.url, accept=HTML_TYPES, permit=robots.refusal if robots is not None else None)
        found: list[Finding] = []
        start = site(split_credentials(item.url)[0])
        moved = next((hop for hop in fetched.hops if site(hop) != start), None)
        if moved is not None:
            where = "port" if host(moved) == host(item.url) else "host"
            found = finish([rules.finding(redirect_changes_host, f"redirects to another {where} ({shown(moved)})",
                                          path)], path, self.config)
        if fetched.data is None:
            return sorted_findings(found, [_always(fetch_error, fetched.problem or "cannot fetch", path)])
        if self._recorder is not None:
            self._recorder.add(fetched.url, request=list(fetched.request_headers), status=fetched.status or 200,
                               reason=fetched.reason, headers=list(fetched.headers), body=fetched.data,
                               http_version=fetched.http_version)
        # What the response said of the page (charset, X-Robots-Tag) counts, as it does read from a WARC.
        page = await self._lint(fetched.data, path, fetched.url, item.news, PageHeaders.of(fetched.headers))
        return sorted_findings(page, found)

    # --- linting, within the budget ---------------------------------------------------------------

    async def _lint(self, data: bytes, path: str, url: str, news: Any, headers: PageHeaders) -> list[Finding]:
        args = (data, path, url, news, headers)
        async with self._pool_slots:
            while self._pool is not None:
                found = await self._lint_in_pool(self._pool, args)
                if found is not None:
                    return found
        async with self._thread_slot:
            return await self._lint_in_thread(args)

    async def _lint_in_pool(self, pool: Executor, args: tuple[Any, ...]) -> list[Finding] | None:
        """The page's findings from a worker process; ``None`` when the pool went away under it
        (replaced, or broken: ask again)."""
        from concurrent.futures.process import BrokenProcessPool

        try:
            future = pool.submit(lint_in_worker, *args)
            return await asyncio.wait_for(asyncio.wrap_future(future), self._budget)
        except TimeoutError:
            if pool is self._pool:
                # The worker is killed, with its pool (which cannot lose one worker alone); the
                # pages the others held are linted again by a new pool.
                self._pool = start_pool(self._workers, self.config, self.now, warm=False)
                stop_pool(pool)
            return self._over_budget(args[1])
        except (BrokenProcessPool, RuntimeError):  # (RuntimeError: submitted to a pool just shut down)
            if pool is self._pool:
                # A worker died by itself (killed, out of memory): the rest are linted here.
                self._pool = None
                pool.shutdown(wait=False)
            return None

    async def _lint_in_thread(self, args: tuple[Any, ...]) -> list[Finding]:
        if self._thread is None or self._thread.retired:
            self._thread = LintThread(local_linter(self.config, self.now))
        thread = self._thread
        try:
            return await asyncio.wait_for(asyncio.wrap_future(thread.submit(*args)), self._budget)
        except TimeoutError:
            thread.interrupt()
            return self._over_budget(args[1])

    def _over_budget(self, path: str) -> list[Finding]:
        return [_always(lint_timeout, f"not linted: linting took longer than the page's budget ({self._budget:g} s)",
                        path)]


def _always(rule: rules.RuleModule, message: str, path: str) -> Finding:
    # fetch-error, sitemap-error, lint-timeout and sitemap-lists-other-host are parse-error's
    # kin: a page or sitemap that was not checked is never deselected, so nothing goes
    # unchecked in silence.
    return rules.finding(rule, message, path)


def _off_site(sitemap: str, told: OffSiteHost) -> Finding:
    counts = [f"{n} {noun}{'' if n == 1 else 's'}" for n, noun in ((told.pages, "page"), (told.sitemaps, "sitemap"))
              if n]
    return _always(sitemap_lists_other_host,
                   f"lists {' and '.join(counts)} on {told.site}, a host the crawl was not given: not fetched "
                   f"(the first: {shown(told.first)}); --allow-host {told.site} crawls them", sitemap)


def _error_text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:300]


def _check_options(options: CrawlOptions) -> None:
    """Refuse options no crawl can run with (the command line checks them too, naming the flag)."""
    fetch = options.fetch
    if options.limit is not None and options.limit < 0:
        raise CrawlInputError("the page limit cannot be negative")
    if not (math.isfinite(fetch.timeout) and fetch.timeout > 0):
        raise CrawlInputError(f"bad timeout {fetch.timeout!r} (expected a number of seconds above 0)")
    if options.lint_budget is not None and not (math.isfinite(options.lint_budget) and options.lint_budget > 0):
        raise CrawlInputError(f"bad lint budget {options.lint_budget!r} (expected a number of seconds above 0)")
    if fetch.concurrency < 1 or fetch.per_host < 1:
        raise CrawlInputError("concurrency and per-host requests must be at least 1")
    if fetch.max_bytes > MAX_BYTES:
        raise CrawlInputError(f"the size cap can be at most {MAX_BYTES // MB} MB, the largest page newslint lints")
    agent = fetch.user_agent
    bad = next((c for c in agent if not " " <= c <= "~"), None)
    if bad is not None or not agent.strip():
        # A header holds ASCII only here (what every server reads alike), and never a line break.
        raise CrawlInputError(f"bad --user-agent '{shown(agent)}' (expected printable ASCII characters"
                              + (f", not {bad!r})" if bad is not None else ")"))


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
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def parse_since(value: str) -> date | datetime:
    """A ``--since`` value: ``YYYY-MM-DD`` or an ISO 8601 date-time."""
    when = parse_iso(value)
    if when is None:
        raise CrawlInputError(f"bad --since date {value!r} (expected YYYY-MM-DD or an ISO 8601 date-time)")
    return when


# --- the command line --------------------------------------------------------------------------

def from_command(urls: Sequence[str], *, urls_file: str | None = None, sitemaps: Sequence[str] = (),
                 config: Config, options: CrawlOptions) -> Crawl:
    """The crawl ``newslint crawl`` asks for: its URLs checked, its URL file (``-``: standard input) read."""
    urls = list(urls)
    for url in urls:
        problem = url_problem(url)
        if problem:
            raise CrawlInputError(f"bad URL '{shown(url)}': {problem}")
    if urls_file:
        urls.extend(_read_urls(urls_file))
    if not urls and not sitemaps:
        raise CrawlInputError("nothing to crawl: give URLs, --urls-file or --sitemap" +
                              (f" ({urls_file} holds no URL)" if urls_file else ""))
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

