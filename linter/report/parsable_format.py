"""``--format parsable``: ``path:line:col: [severity] message (rule)``, one per line.

For editors and ``grep``. A finding without a column is ``path:line: [severity] ...`` (as a
compiler reports one: editors' error formats read both); one without a line is put at line 1.
"""

from __future__ import annotations

from typing import IO

from linter.findings import Finding, Severity
from linter.report import one_line, where
from linter.report.summary import RunSummary


class Report:
    def __init__(self, stream: IO[str], *, color: bool = False, failing: Severity | None = Severity.ERROR) -> None:
        self.stream = stream

    def start(self) -> None:
        pass

    def file(self, path: str, findings: list[Finding]) -> None:
        for f in findings:
            self.stream.write(
                f"{one_line(f.path)}:{where(f)}: "
                f"[{f.severity.value}] {one_line(f.message)} ({f.rule})\n"
            )

    def finish(self, summary: RunSummary) -> None:
        pass
