"""The rows of the job's tables, made where the pages are read (in Spark's Python workers).

Nothing here imports Spark: a row is a tuple in the order of its table's schema (:data:`FINDINGS`,
:data:`PAGES`, Spark SQL's DDL), so that the same code makes the rows in a test without Spark.

Each page of an archive is linted by :func:`linter.sources.warc_check.page_report`: the findings
``newslint check FILE.warc.gz`` gives the page (:func:`~linter.sources.warc_check.page_findings`),
and the facts of its markup, from the one read. An HTML file is linted as ``newslint check``
lints it, by :func:`linter.sources.fetched_page.lint_page` on its bytes under its path. Faults are rows,
never exceptions: a record that cannot be read is a ``warc-record-error`` finding (as in
``check``), an archive that cannot be opened one for the archive, and a page whose linting fails
past the net of ``lint_page`` a ``parse-error`` for the page.
"""

from __future__ import annotations

import copyreg
import io
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any
from urllib.parse import urlsplit

from linter import rules
from linter.config import Config
from linter.findings import Finding, Severity
from linter.page_markup import PageMarkup
from linter.report import no_surrogates
from linter.rules import parse_error, warc_record_error
from linter.sources.urls import redact
from linter.spark.inputs import Item

__all__ = ["FINDINGS", "PAGES", "RESULTS", "PageLinter", "Result", "Tally", "archive_failure", "config_of",
           "config_payload", "lint_archive", "lint_items"]

#: The findings table: one row per finding (a record that cannot be read is one too: its URL
#: when its header could be read, else none; its archive and offset always).
FINDINGS = ("url STRING, host STRING, rule STRING, severity STRING, authority STRING, message STRING, "
            "line INT, `column` INT, json_path STRING, warc_file STRING, warc_offset BIGINT, fetch_time TIMESTAMP")
#: The pages table: one row per page linted. ``status`` is the HTTP status of the record (200:
#: the archive reader yields no other), none for a file; ``fetch_time`` is the record's
#: ``WARC-Date``, or a file's modification time.
PAGES = ("url STRING, host STRING, status INT, types ARRAY<STRING>, has_news_article BOOLEAN, "
         "date_published STRING, date_modified STRING, author_count INT, errors INT, warnings INT, "
         "warc_file STRING, warc_offset BIGINT, fetch_time TIMESTAMP")
#: What the tasks give: each page's row (none for a record that cannot be read) and its findings' rows.
RESULTS = f"page STRUCT<{PAGES}>, findings ARRAY<STRUCT<{FINDINGS}>>"

FindingRow = tuple[Any, ...]
PageRow = tuple[Any, ...]
#: What one page or one unreadable record gives: its pages row (none for a record) and its findings rows.
Result = tuple[PageRow | None, list[FindingRow]]
#: Lints one page of an archive: its findings and its markup (:func:`~linter.sources.warc_check.page_report`).
PageLinter = Callable[[Any, Config, datetime | None], tuple[list[Finding], PageMarkup]]
#: The rules that say a page or record could not be read or linted.
_FAILED = frozenset({"parse-error", "warc-record-error"})


@dataclass(slots=True)
class Tally:
    """What a task read and made, counted as it goes (the job's accumulators add them up)."""

    records: int = 0  # WARC records read, and HTML files
    pages: int = 0  # HTML pages among them
    linted: int = 0  # pages linted without a parse-error
    failures: int = 0  # records, archives and pages that could not be read or linted
    findings: int = 0  # rows of the findings table

    def add(self, other: Tally) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def as_tuple(self) -> tuple[int, ...]:
        return tuple(getattr(self, f.name) for f in fields(self))


def config_payload(config: Config) -> bytes:
    """The configuration as the tasks get it (:func:`config_of` reads it back)."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    # (a mapping proxy in it, which pickle refuses by name, travels as a dict)
    pickler.dispatch_table = {**copyreg.dispatch_table, MappingProxyType: _reduce_proxy}
    pickler.dump(config)
    return out.getvalue()


def config_of(payload: bytes) -> Config:
    config: Config = pickle.loads(payload)
    return config


def _reduce_proxy(proxy: MappingProxyType[Any, Any]) -> tuple[Any, tuple[dict[Any, Any]]]:
    return _mapping_proxy, (dict(proxy),)


def _mapping_proxy(data: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(data)


def warc_page_report(page: Any, config: Config, now: datetime | None) -> tuple[list[Finding], PageMarkup]:
    """The default :data:`PageLinter`: what ``check`` finds on the page, and its markup."""
    from linter.sources.warc_check import page_report

    return page_report(page, config=config, now=now)


def lint_items(items: Iterable[Item], config: Config, *, now: datetime | None = None,
               lint: PageLinter = warc_page_report, tally: Tally) -> Iterator[Result]:
    """The results of local files: each page of each archive, each HTML file."""
    for item in items:
        if item.kind == "html":
            yield _html(item.path, config, now, tally)
        else:
            yield from lint_archive(item.path, item.path, config, now=now, lint=lint, tally=tally)


def lint_archive(source: str | IO[bytes] | bytes, name: str, config: Config, *, now: datetime | None = None,
                 lint: PageLinter = warc_page_report, tally: Tally) -> Iterator[Result]:
    """The results of one archive (a path, an open file, or its bytes as Spark's ``binaryFiles`` gives them)."""
    from linter.sources.warc import WarcCounts, WarcPage, read_warc

    counts = WarcCounts()
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        for item in read_warc(stream, name=name, counts=counts):
            if isinstance(item, WarcPage):
                yield _warc_page(item, config, now, lint, tally)
            else:
                url = redact(item.url) if item.url else None
                problem = rules.finding(warc_record_error, item.message, url or item.warc)
                yield None, _rows([problem], url, item.warc, item.offset, None, tally)
    except OSError as exc:  # opening the file, or reading it (not the archive's damage: the disk's)
        yield archive_failure(name, f"cannot read the archive: {exc.strerror or exc}", tally)
    except Exception as exc:  # a bug of the reader: this archive's loss, not the job's
        if os.environ.get("NEWSLINT_DEBUG"):
            raise
        yield archive_failure(name, f"internal error while reading the archive: {type(exc).__name__}: {exc}",
                               tally)
    finally:
        tally.records += counts.records
        tally.pages += counts.pages
        tally.failures += counts.problems


def _warc_page(page: Any, config: Config, now: datetime | None, lint: PageLinter, tally: Tally) -> Result:
    url = redact(page.url)
    fetched = _fetch_time(page.date)
    try:
        found, markup = lint(page, config, now)
    except Exception as exc:  # past lint_page's own net (which makes a bug a parse-error too)
        if os.environ.get("NEWSLINT_DEBUG"):
            raise
        found = [rules.finding(parse_error, f"internal error while linting: {type(exc).__name__}: {exc}", url)]
        markup = PageMarkup()
    return (_page_row(url, 200, markup, found, page.warc, page.offset, fetched, tally),
            _rows(found, url, page.warc, page.offset, fetched, tally))


def _html(path: str, config: Config, now: datetime | None, tally: Tally) -> Result:
    """An HTML file, linted as ``newslint check`` lints it (its findings named by its path)."""
    from linter.inputfile import InputError, read_input
    from linter.lint import lint_path
    from linter.page_markup import page_markup
    from linter.sources.fetched_page import lint_page

    tally.records += 1
    tally.pages += 1
    url = Path(os.path.abspath(path)).as_uri()
    markup: list[PageMarkup] = []
    try:
        data = read_input(path)
        fetched = datetime.fromtimestamp(os.stat(path).st_mtime, UTC)
    except (InputError, OSError):
        found = lint_path(path, config=config, now=now)  # (the parse-error check gives a file it cannot read)
        fetched = None
    else:
        try:
            found = lint_page(data, path, config=config, now=now, seen=lambda s: markup.append(page_markup(s)))
        except Exception as exc:  # (NEWSLINT_DEBUG: lint_page raised on purpose)
            if os.environ.get("NEWSLINT_DEBUG"):
                raise
            found = [rules.finding(parse_error, f"internal error while linting: {type(exc).__name__}: {exc}", path)]
    page = markup[0] if markup else PageMarkup()
    return _page_row(url, None, page, found, None, None, fetched, tally), _rows(found, url, None, None, fetched, tally)


def archive_failure(name: str, message: str, tally: Tally) -> Result:
    """The result for an archive that cannot be read at all: a ``warc-record-error`` on the archive."""
    tally.failures += 1
    finding = rules.finding(warc_record_error, message, name)
    return None, _rows([finding], None, name, None, None, tally)


def _page_row(url: str, status: int | None, markup: PageMarkup, found: list[Finding], warc: str | None,
              offset: int | None, fetched: datetime | None, tally: Tally) -> PageRow:
    failed = any(f.rule in _FAILED for f in found)
    if failed:
        tally.failures += 1
    else:
        tally.linted += 1
    errors = sum(1 for f in found if f.severity is Severity.ERROR)
    warnings = sum(1 for f in found if f.severity is Severity.WARNING)
    return (no_surrogates(url), host_of(url), status, [no_surrogates(t) for t in markup.types],
            markup.news_article, _text(markup.date_published), _text(markup.date_modified), markup.authors,
            errors, warnings, warc, offset, fetched)


def _rows(found: list[Finding], url: str | None, warc: str | None, offset: int | None, fetched: datetime | None,
          tally: Tally) -> list[FindingRow]:
    tally.findings += len(found)
    shown = no_surrogates(url) if url is not None else None
    host = host_of(url) if url is not None else None
    return [(shown, host, f.rule, f.severity.value, f.authority, no_surrogates(f.message), f.line, f.column,
             _text(f.json_path), warc, offset, fetched)
            for f in found]


def host_of(url: str) -> str | None:
    """The host of ``url``, lower case, without port or credentials; none for a file."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return no_surrogates(host) if host else None


def _fetch_time(date: str | None) -> datetime | None:
    """A record's ``WARC-Date`` (``2026-12-01T06:30:00Z``) as a time; none if it is missing or unreadable."""
    if not date:
        return None
    try:
        when = datetime.fromisoformat(date.strip())
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _text(value: str | None) -> str | None:
    return None if value is None else no_surrogates(value)
