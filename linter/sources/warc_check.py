"""Linting the pages of a WARC archive: ``newslint check FILE.warc.gz``.

Each page is linted by :func:`linter.sources.fetched_page.lint_page`, the very function ``newslint crawl``
lints a fetched page with, given the record's HTTP headers as the crawl gives a response's
(:class:`~linter.sources.PageHeaders`): a page gives the same findings from an archive as from
the web. A page's findings name it by its URL (``path``) and carry the record they came from
(:attr:`~linter.findings.Finding.record`: the archive and the record's offset). A record that
cannot be read is a ``warc-record-error`` finding, never the end of the run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from typing import IO, TYPE_CHECKING

from linter import rules
from linter.config import Config
from linter.findings import ArchiveRecord, Finding
from linter.page_markup import PageMarkup, page_markup
from linter.rules import warc_record_error
from linter.sources.fetched_page import lint_page
from linter.sources.urls import redact
from linter.sources.warc import WarcCounts, WarcPage, WarcProblem, read_warc

if TYPE_CHECKING:
    from linter.readers import Source

__all__ = ["lint_warc", "page_findings", "page_report", "problem_findings"]


def lint_warc(source: str | os.PathLike[str] | IO[bytes], *, config: Config, now: datetime | None = None,
              name: str | None = None, counts: WarcCounts | None = None) -> Iterator[tuple[str, list[Finding]]]:
    """``(path, findings)`` for each page and each unreadable record of an archive, in record order.

    An archive that cannot be opened at all is one ``warc-record-error`` for the archive.
    """
    label = name or (os.fspath(source) if isinstance(source, (str, os.PathLike)) else None) or "<warc>"
    try:
        for item in read_warc(source, name=label, counts=counts):
            yield (redact(item.url), page_findings(item, config=config, now=now)) if isinstance(item, WarcPage) \
                else problem_findings(item)
    except OSError as exc:  # opening the file, or reading it (not the archive's damage: the disk's)
        yield label, [rules.finding(warc_record_error, f"cannot read the archive: {exc.strerror or exc}", label)]


def page_findings(page: WarcPage, *, config: Config, now: datetime | None = None) -> list[Finding]:
    """The findings of one page of an archive, each located by the page's URL and its record."""
    return _lint(page, config, now)


def page_report(page: WarcPage, *, config: Config, now: datetime | None = None) -> tuple[list[Finding], PageMarkup]:
    """:func:`page_findings`, and what markup the page holds, from the same read (``newslint spark``)."""
    markup: list[PageMarkup] = []
    found = _lint(page, config, now, seen=lambda source: markup.append(page_markup(source)))
    # (No markup: the page could not be read, and its findings say why.)
    return found, markup[0] if markup else PageMarkup()


def _lint(page: WarcPage, config: Config, now: datetime | None,
          seen: Callable[[Source], None] | None = None) -> list[Finding]:
    found = lint_page(page.data, redact(page.url), url=page.url, config=config, now=now, headers=page.headers,
                      seen=seen)
    record = ArchiveRecord(page.warc, page.offset)
    return [replace(f, record=record) for f in found]


def problem_findings(problem: WarcProblem) -> tuple[str, list[Finding]]:
    """The result for a record that cannot be read: on its page's URL when known, else on the archive."""
    path = redact(problem.url) if problem.url else problem.warc
    # Never deselected (as fetch-error): a page that was not checked is not passed in silence.
    finding = rules.finding(warc_record_error, problem.message, path)
    return path, [replace(finding, record=ArchiveRecord(problem.warc, problem.offset))]
