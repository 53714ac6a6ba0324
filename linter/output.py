"""Reporting a run: the output options ``check`` and ``crawl`` share, and the loop that feeds a reporter.

Both commands produce a stream of ``(path, findings)`` pairs in report order; :func:`emit`
writes them in the chosen format (and the HTML report, the baseline, the progress bar) and
decides the exit status, so the two commands report alike whatever their input.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING

from linter.findings import Finding, Severity

if TYPE_CHECKING:  # pragma: no cover
    from linter.report.atomic import AtomicFile
    from linter.report.baseline import Baseline, Recorder
    from linter.report.html_report import HtmlReport

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

#: ``--fail-on`` values: the least severity that fails the run (``never``: none does).
FAIL_ON = {"error": Severity.ERROR, "warning": Severity.WARNING, "never": None}


class UsageError(Exception):
    """A problem with how newslint was called; reported in one line, exit 2."""


def add_output_options(p: argparse.ArgumentParser) -> None:
    """The options of every command that reports findings."""
    from linter.report import FORMATS

    out = p.add_argument_group("output")
    out.add_argument("--format", choices=FORMATS, default=None,
                     help="output format: text (default), parsable, json, github (workflow commands; the default "
                          "when GITHUB_ACTIONS=true), sarif (code scanning) or junit (test reports)")
    out.add_argument("-o", "--output-file", metavar="FILE", help="write findings to FILE instead of stdout")
    out.add_argument("--report", metavar="FILE",
                     help="also write a self-contained HTML report to FILE (summary, chart, filterable table)")
    out.add_argument("-q", "--quiet", action="store_true",
                     help="nothing on stderr but errors: no progress bar, no notes")
    out.add_argument("--no-progress", dest="progress", action="store_false",
                     help="no progress bar (shown only when stderr is a terminal and CI is not set)")
    status = p.add_argument_group("exit status")
    status.add_argument("--fail-on", choices=tuple(FAIL_ON), default=None,
                        help="least severity that makes the exit status 1 (default: error)")
    status.add_argument("--strict", action="store_true", help="exit 1 on warnings too: --fail-on warning")
    status.add_argument("--exit-zero", action="store_true",
                        help="exit 0 even when findings are reported: --fail-on never (wins over both)")
    status.add_argument("--baseline", metavar="FILE",
                        help="leave out the findings recorded in FILE: only new ones are reported and fail the run")
    status.add_argument("--write-baseline", metavar="FILE",
                        help="record every finding of this run in FILE, for --baseline; exits 0")


def output_format(args: argparse.Namespace) -> str:
    """The format asked for; without ``--format``, ``github`` inside GitHub Actions, else ``text``."""
    chosen = getattr(args, "format", None)
    if chosen:
        return str(chosen)
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def failing_severity(args: argparse.Namespace) -> Severity | None:
    """The least severity that fails the run; ``None`` if nothing does."""
    if getattr(args, "exit_zero", False):
        return None
    fail_on = getattr(args, "fail_on", None)
    if fail_on:
        return FAIL_ON[fail_on]
    return Severity.WARNING if getattr(args, "strict", False) else Severity.ERROR


def own_files(args: argparse.Namespace) -> list[str]:
    """Files this run reads or writes besides its input: never to be linted themselves."""
    names = ("output_file", "report", "baseline", "write_baseline")
    return [path for path in (getattr(args, name, None) for name in names) if path]


def open_output(path: str | None) -> IO[str]:
    """Where findings go; never fails on a character (odd file names, lone surrogates in data)."""
    if path is None:
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8", errors="backslashreplace")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None


def use_color(args: argparse.Namespace, stream: IO[str]) -> bool:
    if getattr(args, "color", "auto") != "auto":
        return args.color == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return _isatty(stream)


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def emit(args: argparse.Namespace, results: Iterable[tuple[str, list[Finding]]], out: IO[str], *,
         total: int | None = None) -> int:
    """Report ``results`` (in the order given) to ``out``; the exit status.

    ``total`` is how many results will come, when known, for the progress bar. The baseline
    (``--baseline``) is read and the files to write (``--report``, ``--write-baseline``)
    are checked before the first result is taken: a bad path costs no linting.
    """
    # What a plain run does not use is imported only when asked for: every run pays for imports.
    from linter.report import progress as progress_bar
    from linter.report import reporter
    from linter.report.summary import Tally

    fmt = output_format(args)
    failing = failing_severity(args)
    quiet = getattr(args, "quiet", False)
    baseline: Baseline | None = None
    if getattr(args, "baseline", None):
        from linter.report.baseline import BaselineError, load

        try:
            baseline = load(args.baseline)
        except BaselineError as exc:
            raise UsageError(str(exc)) from None
    html: HtmlReport | None = None
    baseline_out: AtomicFile | None = None
    recorder: Recorder | None = None
    try:
        if getattr(args, "report", None):
            from linter.report.html_report import HtmlReport

            html = _create(HtmlReport, args.report, "report")
        if getattr(args, "write_baseline", None):
            from linter.report.atomic import AtomicFile
            from linter.report.baseline import Recorder

            baseline_out = _create(AtomicFile, args.write_baseline, "baseline")
            recorder = Recorder()
    except UsageError:
        if html is not None:
            html.abort()
        raise

    noun = "page" if getattr(args, "command", None) == "crawl" else "file"
    tally = Tally(noun=noun)
    bar = None
    if progress_bar.wanted(sys.stderr, quiet=quiet, enabled=getattr(args, "progress", True)):
        bar = progress_bar.Progress(sys.stderr, total=total, noun=noun)
    shares_terminal = bar is not None and _isatty(out)  # findings and bar on one screen: take turns
    report = reporter(fmt, out, color=use_color(args, out) and fmt == "text", failing=failing)
    try:
        report.start()
        if bar is not None:
            bar.update(0)  # at once: the first result may be a while coming (workers starting, a slow site)
        for path, findings in results:
            if recorder is not None:
                recorder.add(findings)
            if baseline is not None:
                findings = baseline.filter(path, findings)
            tally.add(findings)
            if shares_terminal and findings:
                bar.clear()  # type: ignore[union-attr]
            report.file(path, findings)
            if html is not None:
                html.file(path, findings)
            if bar is not None:
                if shares_terminal:
                    out.flush()
                bar.update(tally.files, failing=tally.files_failing, unfetched=tally.fetch_failures)
        summary = tally.summary(baseline.use() if baseline is not None else None)
        if bar is not None:
            from linter.report.text_format import summary_lines

            # Machine formats keep their output pure; whoever watches the terminal still sees the outcome.
            bar.close(None if fmt == "text" and shares_terminal else f"newslint: {summary_lines(summary)[-1]}")
            bar = None
        report.finish(summary)
        if html is not None:
            html.finish(summary)
            html = None
        if baseline_out is not None and recorder is not None:
            baseline_out.stream.write(recorder.dumps())
            baseline_out.commit()
            baseline_out = None
            if not quiet:
                sys.stderr.write(f"newslint: wrote {recorder.total} finding{'' if recorder.total == 1 else 's'} "
                                 f"of {summary.things()} to baseline {args.write_baseline}\n")
    finally:
        if bar is not None:
            bar.clear()
        if html is not None:
            html.abort()
        if baseline_out is not None:
            baseline_out.abort()

    if recorder is not None or failing is None:
        return EXIT_OK
    counts = {Severity.ERROR: summary.errors, Severity.WARNING: summary.warnings, Severity.INFO: summary.infos}
    if any(n for severity, n in counts.items() if severity.rank >= failing.rank):
        return EXIT_FINDINGS
    return EXIT_OK


def _create(kind, path: str, what: str):  # type: ignore[no-untyped-def]
    try:
        return kind(path)
    except OSError as exc:
        raise UsageError(f"cannot write {what} {path}: {exc.strerror or exc}") from None
