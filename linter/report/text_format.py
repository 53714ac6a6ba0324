"""``--format text``: findings grouped by file, with hints; coloured on a terminal."""

from __future__ import annotations

from typing import IO

from linter.findings import Finding, Severity, Summary
from linter.report import one_line

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


class Report:
    def __init__(self, stream: IO[str], *, color: bool = False) -> None:
        self.stream = stream
        self.color = color

    def _c(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text

    def start(self) -> None:
        pass

    def file(self, path: str, findings: list[Finding]) -> None:
        if not findings:
            return
        w = self.stream.write
        w(self._c("1;4", one_line(path)) + "\n")
        width = max(len(_where(f)) for f in findings)
        pad = " " * (2 + width + 2)
        for f in findings:
            sev = self._c(_COLORS[f.severity], f.severity.value.ljust(7))
            w(f"  {_where(f).ljust(width)}  {sev}  {one_line(f.message)}  {self._c('2', f.rule)}\n")
            if f.json_path:
                w(f"{pad}{self._c('2', 'at ' + one_line(f.json_path))}\n")
            if f.hint:
                w(f"{pad}{self._c('2', 'hint:')} {one_line(f.hint)}\n")
        w("\n")

    def finish(self, summary: Summary) -> None:
        files = f"{summary.files} file{'s' if summary.files != 1 else ''}"
        if not (summary.errors or summary.warnings or summary.infos):
            self.stream.write(self._c("32", f"No problems found in {files}.") + "\n")
            return
        parts = [
            _plural(summary.errors, "error"),
            _plural(summary.warnings, "warning"),
            _plural(summary.infos, "info"),
        ]
        code = "1;31" if summary.errors else "1;33" if summary.warnings else "1"
        self.stream.write(self._c(code, f"Found {', '.join(parts)} in {files}.") + "\n")


def _where(f: Finding) -> str:
    return f"{f.line or 1}:{f.column or 1}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
