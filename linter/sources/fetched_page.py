"""Linting a page ``newslint crawl`` fetched: the checks of ``newslint check page.html``, plus the
cross-checks of its Google News sitemap entry.

This is the CPU half of a crawl, run in worker processes (or a thread) while the event loop
goes on fetching; it imports neither the HTTP client nor asyncio. What travels to a worker is
the page's bytes and small values; what comes back is findings only, never a tree.

A page may be linted for a limited time only (the crawl's budget): a worker process past it is
killed with its pool (:func:`stop_pool`) and a new pool started; a :class:`LintThread` past it
is interrupted, as far as Python lets a thread be.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future, InvalidStateError
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from linter import rules
from linter.config import Config
from linter.findings import Finding, sort_findings
from linter.lint import check_source, finish, read_source
from linter.rules import parse_error

if TYPE_CHECKING:
    from linter.readers import Source
    from linter.sources import PageHeaders
    from linter.sources.sitemaps import NewsEntry


def lint_page(data: bytes, path: str, *, url: str | None = None, config: Config, news: Any = None,
              now: datetime | None = None, headers: PageHeaders | None = None,
              seen: Callable[[Source], None] | None = None) -> list[Finding]:
    """Findings for one fetched page.

    ``path`` is what reports show (the URL as requested); ``url`` the address the page was
    finally read from, against which its relative links and ``@id``s resolve. ``news`` is the
    page's :class:`~linter.sources.sitemaps.NewsEntry`, if a news sitemap listed it. ``headers``: what its
    HTTP response said of it (charset, ``X-Robots-Tag``), from the crawl or a WARC record. ``seen``
    is called with the page as read and checked (its graph linked), for what else a caller wants
    of it from the same read (the Spark job's pages table). A bug met on the way is a
    ``parse-error`` for this page, never the end of the crawl.
    """
    try:
        source = read_source(data, path, "html", config, url=url, headers=headers)
        findings = check_source(source, config, now=now)
        if news is not None and source.page is not None and source.graph is not None:
            findings.extend(news_findings(news, source, path))
        if seen is not None:
            seen(source)
        return finish(findings, path, config)
    except Exception as exc:  # one page newslint fails on must not cost the report on all the others
        if os.environ.get("NEWSLINT_DEBUG"):
            raise
        return [rules.finding(parse_error, f"internal error while linting: {type(exc).__name__}: {exc}", path)]


def news_findings(news: NewsEntry, source: Source, path: str) -> list[Finding]:
    """The news sitemap entry checked against the page's own article (the first, if several)."""
    from linter.page import page_articles

    graph = source.graph
    page = source.page
    if page is None or graph is None:
        return []
    own = page_articles(graph, page)
    node = next((n for n in graph.nodes if n.kind == "article" and (n.doc, n.path) in own), None)
    if node is None:
        return []  # no article markup: missing-article-markup says so
    view = graph.view(node)
    entry = rules.NewsCheck(news, view, page)
    out = []
    for rule, check in rules.news_checks():
        for problem in check(entry):
            line = column = None
            json_path = problem.json_path
            if json_path is not None:
                doc, json_path = view.location(json_path)
                line, column = source.documents[doc].locate(json_path)
            if problem.line is not None:
                line, column = problem.line, None
            out.append(rules.finding(rule, problem.message, path, line=line, column=column,
                                     json_path=json_path))
    return out


def sorted_findings(*groups: list[Finding]) -> list[Finding]:
    """Several lists of one page's findings as one, in the one order."""
    return sort_findings([f for group in groups for f in group])


# --- worker processes ------------------------------------------------------------------------------

#: In a worker process: the configuration and time every page is linted with.
_worker: tuple[Config, datetime | None] | None = None


def start_pool(workers: int, config: Config, now: datetime | None, *, warm: bool = True) -> Executor | None:
    """``workers`` processes ready to lint pages, started now; ``None`` where they cannot be had.

    Started before the crawl's event loop and its threads: a forked process must not inherit
    a thread half-way through something (see :func:`linter.lint._start_method`). A pool started
    later, in place of one stopped (``warm=False``), is spawned, and starts its processes as the
    pages come.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing.reduction import ForkingPickler

    from linter.lint import _reduce_mapping_proxy, _start_method

    method = _start_method()
    if method != "fork":
        ForkingPickler.register(MappingProxyType, _reduce_mapping_proxy)
        try:
            ForkingPickler.dumps((config, now))
        except Exception:  # something in a configuration that cannot travel: lint in this process
            return None
    try:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                                   initializer=_start_worker, initargs=(config, now))
        if warm:
            # With fork, the first task starts every worker at once, here, before any thread exists.
            pool.submit(int).result()
    except Exception:  # no process support here (no /dev/shm, a sandbox)
        return None
    return pool


def stop_pool(pool: Executor) -> None:
    """End ``pool`` now, its worker processes killed whatever they are doing (a page past its
    budget): the tasks it still holds fail with ``BrokenProcessPool``, to be given to another."""
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
        return
    # Before 3.14 the executor keeps its processes to itself; a process gone is what it is
    # built to notice (it fails the tasks it held and shuts down).
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.kill()
    # Waiting is short once they are dead (the executor reaps them); one left alive, where
    # they could not be reached, is not waited for.
    pool.shutdown(wait=bool(processes))


def _start_worker(config: Config, now: datetime | None) -> None:
    global _worker
    from linter.lint import _ignore_interrupts

    _worker = (config, now)
    _ignore_interrupts()


def lint_in_worker(data: bytes, path: str, url: str | None, news: Any,
                   headers: PageHeaders | None = None) -> list[Finding]:
    """A worker's task: :func:`lint_page` with the worker's configuration."""
    assert _worker is not None, "not in a worker process"
    config, now = _worker
    return lint_page(data, path, url=url, config=config, news=news, now=now, headers=headers)


def local_linter(config: Config, now: datetime | None) -> Callable[..., list[Finding]]:
    """:func:`lint_in_worker`'s twin for linting in this process."""
    def lint(data: bytes, path: str, url: str | None, news: Any, headers: PageHeaders | None = None) -> list[Finding]:
        return lint_page(data, path, url=url, config=config, news=news, now=now, headers=headers)
    return lint


# --- a lint thread ---------------------------------------------------------------------------------

class OverBudget(BaseException):
    """Raised inside a :class:`LintThread` whose page is past its time budget, to stop it.

    A ``BaseException``, like ``KeyboardInterrupt``, so that the net :func:`lint_page` holds
    out for bugs (``except Exception``) lets it through.
    """


class LintThread:
    """One thread of this process linting pages one at a time (``--jobs 1``, a few pages).

    Python stops a thread only by asking: :meth:`interrupt` raises :class:`OverBudget` in it
    (CPython's ``PyThreadState_SetAsyncExc``, how ``KeyboardInterrupt`` reaches a thread), where
    it lands at the thread's next Python instruction, and again every so often until the page is
    left (an exception landing in a finalizer is swallowed there). The thread is retired: it
    takes no more pages and ends when the exception lands; the next page gets a new thread.
    What cannot be interrupted this way is one long call into C code (a huge regular expression
    match): it runs to its end first, holding the interpreter, and with it the crawl. Worker
    processes (``--jobs`` 2 or more; by default, a crawl of a sitemap or of more than 32 URLs)
    have no such limit: they are killed.
    """

    def __init__(self, lint: Callable[..., list[Finding]]) -> None:
        self._lint = lint
        self._jobs: queue.SimpleQueue[tuple[Future[list[Finding]], tuple[Any, ...]] | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._current: Future[list[Finding]] | None = None
        self._retired = False
        # A daemon: a page stuck for good must not keep the process from exiting.
        self.thread = threading.Thread(target=self._serve, name="newslint-lint", daemon=True)
        self.thread.start()

    @property
    def retired(self) -> bool:
        return self._retired

    def submit(self, *args: Any) -> Future[list[Finding]]:
        """Lint ``args`` (``lint``'s arguments) after the pages before; the findings, as a future."""
        if self._retired:
            raise RuntimeError("this lint thread was retired")
        future: Future[list[Finding]] = Future()
        self._jobs.put((future, args))
        return future

    def interrupt(self) -> None:
        """Stop the page being linted, if any, and retire the thread."""
        with self._lock:
            self._retired = True
            page = self._current
        self._jobs.put(None)  # an idle thread ends at once
        if page is not None:
            threading.Thread(target=self._stop, args=(page,), name="newslint-lint-stop", daemon=True).start()

    def _stop(self, page: Future[list[Finding]]) -> None:
        """Raise :class:`OverBudget` in the thread until it has left ``page`` (or ended)."""
        wait = 0.01
        while self.thread.is_alive():
            with self._lock:
                if self._current is not page or self.thread.ident is None:
                    return
                _raise_in_thread(self.thread.ident, OverBudget)
            time.sleep(wait)
            wait = min(wait * 2, 1.0)

    def shutdown(self) -> None:
        """End the thread: an idle one at once; a busy one is interrupted (never waited for)."""
        with self._lock:
            busy = self._current is not None
        if busy:
            self.interrupt()
            return
        self._retired = True
        self._jobs.put(None)
        self.thread.join()

    def _serve(self) -> None:
        try:
            while not self._retired:
                job = self._jobs.get()
                if job is None:
                    return
                future, args = job
                if not future.set_running_or_notify_cancel():
                    continue
                with self._lock:
                    self._current = future
                try:
                    _settle(future, self._lint(*args))
                except BaseException as exc:  # OverBudget, and what lint_page let through (NEWSLINT_DEBUG)
                    _settle(future, exc)
                finally:
                    with self._lock:
                        self._current = None
        except OverBudget:
            pass  # landed after the page was done: the thread was retired all the same


def _settle(future: Future[list[Finding]], outcome: list[Finding] | BaseException) -> None:
    try:
        if isinstance(outcome, BaseException):
            future.set_exception(outcome)
        else:
            future.set_result(outcome)
    except InvalidStateError:  # cancelled meanwhile: nobody waits for it
        pass


def _raise_in_thread(ident: int, exc_type: type[BaseException]) -> None:
    """Raise ``exc_type`` in the thread ``ident`` at its next Python instruction (CPython only;
    elsewhere the thread is left to finish its page, its result unused)."""
    try:
        import ctypes

        set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError):
        return
    if set_async_exc(ctypes.c_ulong(ident), ctypes.py_object(exc_type)) > 1:
        set_async_exc(ctypes.c_ulong(ident), None)  # never expected: undone (NULL) rather than hit other threads
