"""``--format text``: findings grouped by file, with hints, then a summary; coloured on a terminal."""

from __future__ import annotations

from typing import IO

from linter.findings import Finding, Severity
from linter.report import one_line, where
from linter.report.summary import RunSummary

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}
#: How many of the most frequent rules the summary names.
TOP_RULES = 5


class Report:
    def __init__(self, stream: IO[str], *, color: bool = False, failing: Severity | None = Severity.ERROR) -> None:
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
        record = findings[0].record  # a page read from a WARC archive: which record
        w(self._c("1;4", one_line(path)) + (self._c("2", f"  (warc {one_line(str(record))})") if record else "") + "\n")
        width = max(len(where(f)) for f in findings)
        pad = " " * (2 + width + 2)
        for f in findings:
            sev = self._c(_COLORS[f.severity], f.severity.value.ljust(7))
            w(f"  {where(f).ljust(width)}  {sev}  {one_line(f.message)}  {self._c('2', f.rule)}\n")
            if f.json_path:
                w(f"{pad}{self._c('2', 'at ' + one_line(f.json_path))}\n")
            if f.hint:
                w(f"{pad}{self._c('2', 'hint:')} {one_line(f.hint)}\n")
            if f.fix is not None:
                w(f"{pad}{self._c('2', 'fix:')}  {one_line(fix_line(f))}\n")
        w("\n")

    def finish(self, summary: RunSummary) -> None:
        *details, last = summary_lines(summary)
        for line in details:
            self.stream.write(self._c("2", line) + "\n")
        code = "1;31" if summary.errors else "1;33" if summary.warnings else "1" if summary.infos else "32"
        self.stream.write(self._c(code, last) + "\n")


def fix_line(f: Finding) -> str:
    """What a finding's fix does and how to make it: ``rename ... (safe: --fix)``."""
    assert f.fix is not None
    if f.fix.safety.value == "safe":
        return f"{f.fix.title} (safe: --fix)"
    evidence = f"; {f.fix.evidence}" if f.fix.evidence else ""
    return f"{f.fix.title} (unsafe: --fix --unsafe-fixes{evidence})"


def fix_summary(summary: RunSummary) -> list[str]:
    """What was fixed, and what remains fixable, as ruff says it.

    The counts are of the findings reported (after the baseline). What is "fixable" depends on
    the run: ``--unsafe-fixes`` without ``--fix`` counts the unsafe fixes as fixable too, as
    ruff shows them (the command to make them is then ``--fix --unsafe-fixes``); after
    ``--fix``, a finding still carrying a fix that run would have made is a fix that could not
    be made (the reason is on standard error), not one waiting for ``--fix``.
    """
    lines = []
    safe, unsafe = summary.fixable, summary.unsafe_fixable
    if summary.fixed:
        total = sum(n for _, n in summary.fixed)
        rules = ", ".join(f"{rule} {n}" for rule, n in summary.fixed[:TOP_RULES])
        more = ", ..." if len(summary.fixed) > TOP_RULES else ""
        lines.append(f"Fixed {_plural(total, 'finding')} ({rules}{more}).")
    if summary.fixing:
        failed = safe + (unsafe if summary.unsafe_shown else 0)
        if failed:
            lines.append(f"{_plural(failed, 'fix')} could not be made.")
        if unsafe and not summary.unsafe_shown:
            lines.append(f"{_plural(unsafe, 'finding')} fixable with --fix --unsafe-fixes.")
    elif summary.unsafe_shown and unsafe:
        alone = f" ({safe} with --fix alone)" if safe else ""
        lines.append(f"{_plural(safe + unsafe, 'finding')} fixable with --fix --unsafe-fixes{alone}.")
    elif safe:
        more = f" ({unsafe} more with --fix --unsafe-fixes)" if unsafe else ""
        lines.append(f"{_plural(safe, 'finding')} fixable with --fix{more}.")
    elif unsafe:
        lines.append(f"{_plural(unsafe, 'finding')} fixable with --fix --unsafe-fixes.")
    return lines


def summary_lines(summary: RunSummary) -> list[str]:
    """The closing summary, for people: the most frequent rules of errors and warnings, the infos
    in one line (advice on every page, which would otherwise lead the list), the baseline, then
    the totals."""
    lines = []
    problems = summary.problem_rules()
    if len(problems) > 1 and problems[0][1] > 1:  # else the findings above say it all
        top = ", ".join(f"{rule} ({n})" for rule, n in problems[:TOP_RULES])
        lines.append(f"Top rules: {top}{', ...' if len(problems) > TOP_RULES else ''}")
    if summary.infos and (problems or len(summary.info_rules) > 1 or summary.infos > 1):
        infos = ", ".join(f"{rule} {n}" for rule, n in summary.info_rules[:TOP_RULES])
        more = ", ..." if len(summary.info_rules) > TOP_RULES else ""
        lines.append(f"{_plural(summary.infos, 'info')} ({infos}{more}).")
    if summary.baseline is not None:
        b = summary.baseline
        line = f"Baseline {one_line(b.path)}: {_plural(b.matched, 'known finding')} not shown"
        if b.stale:
            line += (f", {_plural(b.stale, 'recorded finding')} fixed since "
                     f"(--write-baseline {one_line(b.path)} drops {'it' if b.stale == 1 else 'them'})")
        lines.append(line + ".")
    lines.extend(fix_summary(summary))
    if not summary.findings:
        new = " new" if summary.baseline is not None and summary.baseline.matched else ""
        lines.append(f"No{new} problems found in {summary.things()}.")
        return lines
    parts = [_plural(summary.errors, "error"), _plural(summary.warnings, "warning"), _plural(summary.infos, "info")]
    fetched = f"; {summary.fetch_failures} could not be fetched" if summary.fetch_failures else ""
    lines.append(f"Found {', '.join(parts)} in {summary.things()}{fetched}.")
    return lines


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 'es' if word.endswith('x') else 's'}"
