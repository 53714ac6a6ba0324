"""Linting sources: read, check, then apply the configuration (selection, severities)."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path, PurePath
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from linter import rules
from linter.config import Config
from linter.decode import MAX_BYTES, clean_text, decode
from linter.findings import Finding, sort_findings
from linter.readers import READERS, Source, link, read_text, reader_for, source_kind
from linter.readers.non_articles import non_article_name
from linter.rules import non_utf8_encoding, not_an_article, parse_error, unknown_suppression
from linter.sources import is_warc

if TYPE_CHECKING:
    from linter.sources import PageHeaders

#: The rule a file passed over as no article is reported with (:func:`passed_over`).
NOT_AN_ARTICLE = "not-an-article"

#: Directories never entered when walking a tree.
SKIP_DIRS = frozenset({
    ".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox",
    ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist", "site-packages",
})


def lint_text(
    text: str,
    *,
    path: str = "<stdin>",
    kind: str | None = None,
    config: Config | None = None,
    now: datetime | None = None,
) -> list[Finding]:
    """Lint an article, a page or JSON-LD given as ``text``, as ``newslint check -`` does.

    ``kind`` defaults to the reader for ``path``'s extension, else to what the text starts
    with (:func:`linter.readers.source_kind`).
    """
    config = config or Config()
    # The same judgement as for a file's bytes: a BOM is dropped, empty or binary text is unreadable.
    text, unreadable = clean_text(text)
    if unreadable:
        return [rules.finding(parse_error, unreadable, path)]
    kind = source_kind(path, kind=kind, data=text) or "text"  # (with contents at hand, never None)
    source = _passed_over(text, path, kind) or read_text(text, path, kind, config)
    return _lint_source(source, path, config, now)


def lint_bytes(data: bytes, path: str, *, kind: str | None = None, config: Config | None = None,
               now: datetime | None = None, url: str | None = None) -> list[Finding]:
    """Lint raw bytes (decoded with a fallback; binary and empty input are findings).

    ``url``: for a page, the address it was read from, against which its relative links and
    ``@id``s resolve (``newslint crawl``); ``path`` stays what findings name.
    """
    source, findings = read_and_check(data, path, kind=kind, config=config, now=now, url=url)
    if source is not None and source.page is not None:
        source.page.release()  # (see _checked)
    return findings


def read_and_check(data: bytes, path: str, *, kind: str | None = None, config: Config | None = None,
                   now: datetime | None = None, url: str | None = None) -> tuple[Source | None, list[Finding]]:
    """:func:`lint_bytes`, keeping what it read: ``(the source, its findings)``.

    The source is ``None`` when none was read (a kind newslint does not read, a file too large)
    or it was passed over as no article. Its page, if it has one, is the caller's to release.
    """
    config = config or Config()
    kind = source_kind(path, kind=kind)
    if kind is None:
        supported = ", ".join(sorted(READERS))
        return None, [rules.finding(parse_error, f"newslint does not read this kind of file (it reads {supported})",
                                    path)]
    if len(data) > MAX_BYTES:  # standard input, or a file that grew: judged as lint_path judges files
        return None, [_too_large(len(data), path)]
    source = read_source(data, path, kind, config, url=url)
    if passed_over(source.findings):  # not linted: no selection or severity applies to it
        return None, source.findings
    return source, checked(source, config, now)


def _lint_source(source: Source, path: str, config: Config, now: datetime | None) -> list[Finding]:
    if passed_over(source.findings):  # not linted: no selection or severity applies to it
        return source.findings
    return _checked(source, config, now)


def checked(source: Source, config: Config, now: datetime | None = None) -> list[Finding]:
    """The findings of a read source, selected, with the fixes their rules offer; the source stays whole."""
    from linter.fixes.offer import offer

    return offer(finish(check_source(source, config, now=now), source.path, config), source, config)


def _checked(source: Source, config: Config, now: datetime | None) -> list[Finding]:
    """:func:`checked`, for a source nothing reads afterwards."""
    findings = checked(source, config, now)
    if source.page is not None:
        # Its facts and their markup reader hold each other: without this, the page's tree
        # waits for the garbage collector (a tenth of the time spent on a page) to be freed.
        source.page.release()
    return findings


def passed_over(findings: Sequence[Finding]) -> Finding | None:
    """The ``not-an-article`` finding, when ``findings`` are those of a file passed over as no article.

    Such a file is not linted: reports leave it out and do not count it among the files checked.
    """
    if len(findings) == 1 and findings[0].rule == NOT_AN_ARTICLE:
        return findings[0]
    return None


def _passed_over(text: str, path: str, kind: str) -> Source | None:
    """A source holding only ``not-an-article``, for a text or Markdown file that is no article."""
    if kind not in ("text", "markdown"):
        return None
    from linter.readers.non_articles import not_an_article as why_not

    reason = why_not(path, text, kind=kind)
    if reason is None:
        return None
    return Source(path, findings=[rules.finding(not_an_article, f"not an article ({reason}): passed over", path)])


def lint_path(path: str | os.PathLike[str], *, config: Config | None = None,
              now: datetime | None = None) -> list[Finding]:
    """Lint one file."""
    from linter.inputfile import InputError, TooLarge, read_input

    p = str(path)
    try:
        data = read_input(p)
    except TooLarge as exc:
        return [_too_large(exc.size or exc.limit + 1, p)]
    except InputError as exc:
        return [rules.finding(parse_error, str(exc), p)]
    return lint_bytes(data, p, config=config, now=now)


def _too_large(size: int, path: str) -> Finding:
    mb, limit = size // 1_048_576, MAX_BYTES // 1_048_576
    # Input read only up to the limit (standard input) is known to be larger, not by how much.
    return rules.finding(parse_error, f"file too large to lint ({mb} MB > {limit} MB)" if mb > limit
                         else f"file too large to lint (more than {limit} MB)", path)


def read_source(data: bytes, path: str, kind: str, config: Config, *, url: str | None = None,
                headers: PageHeaders | None = None) -> Source:
    """Decode ``data`` and read it with ``kind``; what cannot be decoded is a ``parse-error``.

    ``headers``: for a page that came over HTTP (a crawl, a WARC record), what its response said
    of it: its charset wins over the page's own, and its ``X-Robots-Tag`` counts with the page's
    robots meta tags.
    """
    if kind == "html":
        # Pages declare their own encoding (<meta charset>): the HTML reader sniffs it.
        text_or_problem = page_problem(data)
        if text_or_problem:
            return Source(path, findings=[rules.finding(parse_error, text_or_problem, path)])
        from linter.readers.page import read_bytes

        source = read_bytes(data, path, config, url=url, declared_encoding=headers.charset if headers else None)
        if headers is not None and source.page is not None:
            source.page.http_robots = headers.robots
        return source
    decoded = decode(data)
    if decoded.text is None:
        return Source(path, findings=[rules.finding(parse_error, decoded.problem or "unreadable", path)])
    source = _passed_over(decoded.text, path, kind) or read_text(decoded.text, path, kind, config)
    if not decoded.utf8 and not passed_over(source.findings):
        line, column = decoded.position or (1, None)
        source.findings.append(rules.finding(
            non_utf8_encoding, f"{decoded.problem}; read as {decoded.encoding}", path, line=line, column=column))
    return source


def page_problem(data: bytes) -> str | None:
    """Why ``data`` is no page at all (empty, binary), or ``None``."""
    if not data or data.isspace():
        return "empty file"
    if data.find(b"\x00", 0, 8192) != -1 and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary file (contains NUL bytes)"
    return None


def check_source(source: Source, config: Config, *, now: datetime | None = None) -> list[Finding]:
    """Reader findings plus the checks of every JSON-LD document the source holds, once they are
    linked into its graph (:func:`linter.readers.link`)."""
    # From the module: the package's attribute ``linter.check`` is the library's check().
    from linter.check import check_source as check_documents

    findings = list(source.findings)
    try:
        link(source)
        findings.extend(check_documents(source, config, now=now))
    except RecursionError:
        # JSON that parses can still be too deep for the checks that walk it: the
        # source is unreadable for newslint, not a crash of the whole run.
        findings = [*source.findings,
                    rules.finding(parse_error, "JSON-LD nested too deeply to check", source.path, line=1, column=1)]
    if source.suppressions:  # the reader's own findings may be suppressed too (parse-error never is)
        findings = suppress(findings, source, house_rules=config.house_rules)
    return findings


def suppress(findings: list[Finding], source: Source, *, house_rules: Iterable[str] = ()) -> list[Finding]:
    """Drop what the source's own suppressions cover; report suppressions naming no rule (nor a house rule)."""
    known = {*rules.registry(), *house_rules}
    out = [f for f in findings if f.rule == "parse-error" or not any(
        f.rule in s.rules and s.covers(f.line) for s in source.suppressions)]
    for s in source.suppressions:
        for name in s.rules:
            if name not in known:
                hint = rules.suggest(name)
                out.append(rules.finding(
                    unknown_suppression,
                    f"suppression names no rule: '{name}'" + (f" (did you mean '{hint}'?)" if hint else ""),
                    source.path, line=s.line))
    return out


def finish(findings: Iterable[Finding], path: str, config: Config) -> list[Finding]:
    """Apply selection and severity overrides; drop duplicates; sort."""
    out: list[Finding] = []
    # The same finding reached twice (a node shared by two articles) is one finding;
    # two problems at one place (different messages) are two.
    seen: set[tuple[object, ...]] = set()
    for f in findings:
        if not config.enabled(f.rule, f.authority, path):
            continue
        if f.rule in config.severity:
            f = replace(f, severity=config.severity[f.rule])
        key = (*f.key, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return sort_findings(out)


def collect_files(paths: Iterable[str], config: Config, *, archives: bool = False) -> list[str]:
    """Files to lint: explicit files as given, directories walked for known extensions (and for
    WARC archives with ``archives``: ``check`` reads their pages, ``fix`` has nothing to write)."""
    files: set[str] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in names:
                    full = os.path.join(root, name)
                    # A name that never names an article (requirements.txt, README.md) is not collected.
                    if ((reader_for(name) or (archives and is_warc(name))) and not non_article_name(name)
                            and not _special(full) and not config.excluded(full)):
                        files.add(os.path.normpath(full))
        elif not config.excluded(raw):
            files.add(os.path.normpath(raw))
    return sorted(files)


def _special(path: str) -> bool:
    """A FIFO, socket or device met in a walk: opening it could block forever, so it is passed over."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False  # a broken link: lint_path reports it as unreadable
    return not stat.S_ISREG(mode)


# --- many files ---------------------------------------------------------------------------------

#: Up to this many files are linted in this process: starting workers would cost more than it saves.
PARALLEL_THRESHOLD = 32
#: Most files one task of a worker holds: enough to make the round trip cheap, few enough that
#: the workers finish together and the first results come soon.
_MAX_CHUNK = 16


def lint_files(
    files: Sequence[str],
    config: Config,
    *,
    jobs: int = 0,
    now: datetime | None = None,
    lint: Callable[..., list[Finding]] = lint_path,
) -> Generator[tuple[str, list[Finding]], None, None]:
    """``(path, findings)`` for each file, in the order given.

    More than :data:`PARALLEL_THRESHOLD` files are linted by worker processes, ``jobs`` of
    them (``0``: one per CPU this process may use; ``1``: none, all in this process), in
    chunks. Results come in the order of ``files`` all the same, so whatever reports them
    writes exactly what a serial run writes.

    An exception escaping the linting of one file is a ``parse-error`` finding for that file
    (:func:`lint_file_safely`); a worker process that dies (killed, out of memory) loses
    nothing: the files it held are linted again here.

    ``lint`` lints one file, called as ``lint(path, config=config, now=now)``; it defaults to
    :func:`lint_path`. To reach worker processes it must be a module-level function.
    """
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per CPU) or more, not {jobs}")
    files = list(files)
    workers = min(jobs or available_cpus(), _POOL_LIMIT) if len(files) > PARALLEL_THRESHOLD else 1
    if workers > 1:
        yield from _lint_in_pool(files, config, now, lint, workers)
        return
    for path in files:
        yield path, lint_file_safely(path, config=config, now=now, lint=lint)


def lint_file_safely(
    path: str,
    *,
    config: Config,
    now: datetime | None = None,
    lint: Callable[..., list[Finding]] = lint_path,
) -> list[Finding]:
    """Lint one file with ``lint``; a bug met on the way is a ``parse-error`` finding, not the end of the run.

    With ``NEWSLINT_DEBUG`` set in the environment the exception is raised instead, for its traceback.
    """
    try:
        return lint(path, config=config, now=now)
    except Exception as exc:  # one file newslint fails on must not cost the report on all the others
        if os.environ.get("NEWSLINT_DEBUG"):
            raise
        return [rules.finding(parse_error, f"internal error while linting: {_describe(exc)}", str(path))]


def _describe(exc: BaseException) -> str:
    """``KeyError: 'x' (at graph.py:120)``: the exception and the line of newslint it escaped from."""
    import traceback

    where = ""
    frames = traceback.extract_tb(exc.__traceback__)
    if frames:
        where = f" (at {PurePath(frames[-1].filename).name}:{frames[-1].lineno})"
    return f"{type(exc).__name__}: {exc}{where}"


def available_cpus() -> int:
    """How many CPUs this process may run on (its affinity mask where the system has one)."""
    count = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if count is not None:
        return count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


#: ProcessPoolExecutor takes at most 61 workers on Windows; more would not help a linter anyway.
_POOL_LIMIT = 61


def _lint_in_pool(files: list[str], config: Config, now: datetime | None,
                  lint: Callable[..., list[Finding]], workers: int) -> Iterator[tuple[str, list[Finding]]]:
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    size = max(1, min(_MAX_CHUNK, len(files) // (workers * 4)))
    chunks = [files[i:i + size] for i in range(0, len(files), size)]
    pool = _pool(min(workers, len(chunks)), config, now, lint)
    futures: list[Future[list[list[Finding]]]] = []
    finished = False
    try:
        if pool is not None:
            try:
                for chunk in chunks:
                    futures.append(pool.submit(_lint_chunk_in_worker, chunk))
            except (BrokenProcessPool, RuntimeError):  # broken while starting: the rest run here
                pass
        for index, chunk in enumerate(chunks):
            results = None
            if index < len(futures):
                try:
                    results = futures[index].result()
                except BrokenProcessPool:
                    # A worker died: what it held is lost with it, and every chunk not yet
                    # done. Those are linted here, in order, as a serial run would.
                    pass
            if results is None:
                results = _lint_chunk(chunk, config, now, lint)
            yield from zip(chunk, results, strict=False)
        finished = True
    finally:
        if pool is not None:
            # Left early (an error, the reader of the results gone): what has not started is
            # dropped, what has (a chunk per worker, a moment's work) is waited for, so no
            # process outlives the run.
            pool.shutdown(wait=True, cancel_futures=not finished)


def _pool(workers: int, config: Config, now: datetime | None, lint: Callable[..., list[Finding]]) -> Any:
    """Worker processes holding what every file is linted with; ``None`` where they cannot be had."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing.reduction import ForkingPickler

    method = _start_method()
    shared = (config, now, lint)
    if method != "fork":
        # Spawned workers receive it pickled (a forked one has it already).
        ForkingPickler.register(MappingProxyType, _reduce_mapping_proxy)
        try:
            ForkingPickler.dumps(shared)
        except Exception:  # something in a configuration that cannot travel: lint here
            return None
    try:
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                                   initializer=_start_worker, initargs=shared)
    except (OSError, NotImplementedError, ImportError):  # no process support here (no /dev/shm...)
        return None


def _reduce_mapping_proxy(proxy: MappingProxyType[Any, Any]) -> tuple[Any, tuple[dict[Any, Any]]]:
    return _mapping_proxy, (dict(proxy),)


def _mapping_proxy(data: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    # The type cannot be pickled by name (builtins has no "mappingproxy"): this function can.
    return MappingProxyType(data)


#: In a worker process: the configuration, time and function every file is linted with.
_worker: tuple[Config, datetime | None, Callable[..., list[Finding]]] | None = None


def _start_worker(config: Config, now: datetime | None, lint: Callable[..., list[Finding]]) -> None:
    global _worker
    _worker = (config, now, lint)
    _ignore_interrupts()


def _lint_chunk_in_worker(paths: list[str]) -> list[list[Finding]]:
    """A worker's task: the findings of each of ``paths``."""
    assert _worker is not None, "not in a worker process"
    config, now, lint = _worker
    return _lint_chunk(paths, config, now, lint)


def _lint_chunk(paths: list[str], config: Config, now: datetime | None,
                lint: Callable[..., list[Finding]]) -> list[list[Finding]]:
    return [lint_file_safely(path, config=config, now=now, lint=lint) for path in paths]


def _start_method() -> str:
    """How worker processes start.

    ``fork`` starts them with newslint imported and its caches (rules, schemas) warm, but is
    safe only in a process running no other thread, and only on Linux (macOS frameworks break
    in forked children). Elsewhere ``spawn``: each worker imports newslint afresh.
    """
    import multiprocessing
    import threading

    if (sys.platform.startswith("linux") and threading.active_count() == 1
            and "fork" in multiprocessing.get_all_start_methods()):
        return "fork"
    return "spawn"


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which stops the run (and them) cleanly."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
