"""Linting a page ``newslint crawl`` fetched: the checks of ``newslint check page.html``, plus the
cross-checks of its Google News sitemap entry.

This is the CPU half of a crawl, run in worker processes (or a thread) while the event loop
goes on fetching; it imports neither the HTTP client nor asyncio. What travels to a worker is
the page's bytes and small values; what comes back is findings only, never a tree.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Executor
from datetime import datetime
from types import MappingProxyType
from typing import Any

from linter import rules
from linter.config import Config
from linter.findings import Finding, sort_findings
from linter.lint import check_source, finish, read_source

#: The rules a news sitemap entry is checked with, in report order.
NEWS_RULES = ("news_sitemap_date_mismatch", "news_sitemap_title_mismatch", "news_sitemap_language_mismatch")


def lint_page(data: bytes, path: str, *, url: str | None = None, config: Config, news: Any = None,
              now: datetime | None = None) -> list[Finding]:
    """Findings for one fetched page.

    ``path`` is what reports show (the URL as requested); ``url`` the address the page was
    finally read from, against which its relative links and ``@id``s resolve. ``news`` is the
    page's :class:`~linter.sitemaps.NewsEntry`, if a news sitemap listed it. A bug met on the
    way is a ``parse-error`` for this page, never the end of the crawl.
    """
    try:
        source = read_source(data, path, "html", config, url=url)
        findings = check_source(source, config, now=now)
        if news is not None and source.page is not None and source.graph is not None:
            findings.extend(news_findings(news, source, path))
        return finish(findings, path, config)
    except Exception as exc:  # one page newslint fails on must not cost the report on all the others
        if os.environ.get("NEWSLINT_DEBUG"):
            raise
        return [rules.finding("parse-error", f"internal error while linting: {type(exc).__name__}: {exc}", path)]


def news_findings(news: Any, source: Any, path: str) -> list[Finding]:
    """The news sitemap entry checked against the page's own article (the first, if several)."""
    import importlib

    from linter.page import page_articles

    graph = source.graph
    own = page_articles(graph, source.page)
    node = next((n for n in graph.nodes if n.kind == "article" and (n.doc, n.path) in own), None)
    if node is None:
        return []  # no article markup: missing-article-markup says so
    view = graph.view(node)
    out = []
    for module_name in NEWS_RULES:
        module = importlib.import_module(f"linter.rules.{module_name}")
        for problem in module.compare(news, view, source.page):
            line = column = None
            json_path = problem.json_path
            if json_path is not None:
                doc, json_path = view.location(json_path)
                line, column = source.documents[doc].locate(json_path)
            if problem.line is not None:
                line, column = problem.line, None
            out.append(rules.finding(module.NAME, problem.message, path, line=line, column=column,
                                     json_path=json_path))
    return out


def sorted_findings(*groups: list[Finding]) -> list[Finding]:
    """Several lists of one page's findings as one, in the one order."""
    return sort_findings([f for group in groups for f in group])


# --- worker processes ------------------------------------------------------------------------------

#: In a worker process: the configuration and time every page is linted with.
_worker: tuple[Config, datetime | None] | None = None


def start_pool(workers: int, config: Config, now: datetime | None) -> Executor | None:
    """``workers`` processes ready to lint pages, started now; ``None`` where they cannot be had.

    Started before the crawl's event loop and its threads: a forked process must not inherit
    a thread half-way through something (see :func:`linter.lint._start_method`).
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
        # With fork, the first task starts every worker at once, here, before any thread exists.
        pool.submit(int).result()
    except Exception:  # no process support here (no /dev/shm, a sandbox)
        return None
    return pool


def _start_worker(config: Config, now: datetime | None) -> None:
    global _worker
    from linter.lint import _ignore_interrupts

    _worker = (config, now)
    _ignore_interrupts()


def lint_in_worker(data: bytes, path: str, url: str | None, news: Any) -> list[Finding]:
    """A worker's task: :func:`lint_page` with the worker's configuration."""
    assert _worker is not None, "not in a worker process"
    config, now = _worker
    return lint_page(data, path, url=url, config=config, news=news, now=now)


def local_linter(config: Config, now: datetime | None) -> Callable[[bytes, str, str | None, Any], list[Finding]]:
    """:func:`lint_in_worker`'s twin for linting in this process."""
    def lint(data: bytes, path: str, url: str | None, news: Any) -> list[Finding]:
        return lint_page(data, path, url=url, config=config, news=news, now=now)
    return lint
