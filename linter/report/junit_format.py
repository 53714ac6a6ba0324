"""``--format junit``: a JUnit XML report, for CI systems that show test results (GitLab, Jenkins).

One ``testcase`` per file or page, passed when it has no finding at or above the failing
severity (``--fail-on``; errors when nothing fails the run). A failing file's ``failure``
holds its findings, one ``path:line:col: [severity] message (rule)`` line each (``path:line:``
without a column); its lesser findings go to ``system-out``. A page that could not be fetched (``fetch-error``) is an
``error``: it was not tested at all. Characters XML cannot hold are shown escaped.

The totals lead the document but are known only at the end: the test cases wait in a
temporary file (in memory while small), so memory stays flat on large runs.
"""

from __future__ import annotations

import os
import tempfile
from typing import IO
from xml.sax.saxutils import escape, quoteattr

from linter.findings import Finding, Severity
from linter.report import markup_safe, where
from linter.report.summary import FETCH_ERROR, RunSummary


def _text(value: str) -> str:
    return escape(markup_safe(value))


def _attr(value: str) -> str:
    # quoteattr turns CR, LF and tab into character references: attribute values keep them.
    return quoteattr(markup_safe(value), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _line(f: Finding) -> str:
    at = f" at {f.json_path}" if f.json_path else ""
    return f"{f.path}:{where(f)}: [{f.severity.value}] {f.message} ({f.rule}){at}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class Report:
    def __init__(self, stream: IO[str], *, color: bool = False, failing: Severity | None = Severity.ERROR) -> None:
        self.stream = stream
        self.failing = failing or Severity.ERROR
        self._cases: IO[str] = tempfile.SpooledTemporaryFile(  # noqa: SIM115  (open until finish())
            max_size=1 << 20, mode="w+", encoding="utf-8", errors="backslashreplace")
        self.tests = self.failures = self.errors = 0

    def start(self) -> None:
        pass

    def file(self, path: str, findings: list[Finding]) -> None:
        self.tests += 1
        w = self._cases.write
        name = _attr(path)
        file_attr = "" if "://" in path else f" file={_attr(path.replace(os.sep, '/'))}"
        fetch = [f for f in findings if f.rule == FETCH_ERROR]
        failed = [f for f in findings if f.rule != FETCH_ERROR and f.severity.rank >= self.failing.rank]
        others = [f for f in findings if f.rule != FETCH_ERROR and f.severity.rank < self.failing.rank]
        if not findings:
            w(f'    <testcase classname="newslint" name={name}{file_attr}/>\n')
            return
        w(f'    <testcase classname="newslint" name={name}{file_attr}>\n')
        if fetch:
            self.errors += 1
            w(f'      <error type={_attr(FETCH_ERROR)} message={_attr(fetch[0].message)}>'
              f'{_text(chr(10).join(_line(f) for f in fetch))}</error>\n')
        elif failed:
            self.failures += 1
            counts = [_plural(sum(f.severity is s for f in failed), s.value) for s in Severity
                      if any(f.severity is s for f in failed)]
            w(f'      <failure type={_attr(failed[0].rule)} message={_attr(", ".join(reversed(counts)))}>'
              f'{_text(chr(10).join(_line(f) for f in failed))}</failure>\n')
        if others or (fetch and failed):
            rest = (failed if fetch else []) + others
            w(f'      <system-out>{_text(chr(10).join(_line(f) for f in rest))}</system-out>\n')
        w("    </testcase>\n")

    def finish(self, summary: RunSummary) -> None:
        counts = f'tests="{self.tests}" failures="{self.failures}" errors="{self.errors}"'
        head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="newslint" {counts}>\n'
                f'  <testsuite name="newslint" {counts} skipped="0">\n')
        self._write(head)
        self._cases.seek(0)
        while chunk := self._cases.read(1 << 16):
            self._write(chunk)
        self._cases.close()
        self._write("  </testsuite>\n</testsuites>\n")

    def _write(self, text: str) -> None:
        encoding = getattr(self.stream, "encoding", None) or "utf-8"
        try:
            text.encode(encoding)
        except (UnicodeEncodeError, LookupError):
            # A terminal or file that cannot hold a character: a character reference means the same in XML.
            try:
                text = text.encode(encoding, "xmlcharrefreplace").decode(encoding)
            except LookupError:
                pass
        self.stream.write(text)
