"""Reporting a run: the output options ``check`` and ``crawl`` share, and the loop that feeds a reporter.

Both commands produce a stream of ``(path, findings)`` pairs in report order; :func:`emit`
writes them in the chosen format and decides the exit status, so the two commands report
alike whatever their input.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from typing import IO

from linter.findings import Finding

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A problem with how newslint was called; reported in one line, exit 2."""


def add_output_options(p: argparse.ArgumentParser) -> None:
    """The options of every command that reports findings."""
    from linter.report import FORMATS

    p.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    p.add_argument("-o", "--output-file", metavar="FILE", help="write findings to FILE instead of stdout")
    p.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings are reported")


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
    return hasattr(stream, "isatty") and stream.isatty()


def emit(args: argparse.Namespace, results: Iterable[tuple[str, list[Finding]]], out: IO[str]) -> int:
    """Report ``results`` (in the order given) to ``out`` in ``args.format``; the exit status."""
    from linter.findings import Severity, Summary
    from linter.report import reporter

    counts = {s: 0 for s in Severity}
    files = 0
    report = reporter(args.format, out, color=use_color(args, out) and args.format == "text")
    report.start()
    for path, findings in results:
        files += 1
        for f in findings:
            counts[f.severity] += 1
        report.file(path, findings)
    report.finish(Summary(files, counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO]))
    if args.exit_zero:
        return EXIT_OK
    if counts[Severity.ERROR] or (args.strict and counts[Severity.WARNING]):
        return EXIT_FINDINGS
    return EXIT_OK
