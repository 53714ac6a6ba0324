"""Output formats. Each is a small reporter fed one file (or page) at a time, in report order.

A reporter gets ``start()``, then ``file(path, findings)`` for every file
(findings already sorted), then ``finish(summary)`` with a
:class:`~linter.report.summary.RunSummary`. Streaming keeps memory flat on large
runs; findings go to the stream, nothing else does.

``text`` is for people; ``parsable`` for editors and grep; ``json`` for programs;
``github`` (workflow commands), ``sarif`` (code scanning) and ``junit`` (test
reports) for CI systems.
"""

from __future__ import annotations

import importlib
import re
from typing import IO, Protocol

from linter.findings import Finding, Severity
from linter.report.summary import RunSummary

FORMATS = ("text", "parsable", "json", "github", "sarif", "junit")


class Reporter(Protocol):
    def start(self) -> None: ...
    def file(self, path: str, findings: list[Finding]) -> None: ...
    def finish(self, summary: RunSummary) -> None: ...


# C0/C1 controls and line separators, shown escaped: a value quoted in a message
# (a URL with a newline, an ESC from a hostile file) must not break the one-line
# formats or reach the terminal as a control sequence.
_CONTROLS = {c: repr(chr(c))[1:-1] if c < 0x80 else f"\\u{c:04x}"
             for c in (*range(0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029)}


def one_line(text: str) -> str:
    """``text`` with control characters and line breaks escaped, for line-oriented output."""
    return text.translate(_CONTROLS)


# What XML 1.0 (and so HTML) cannot hold: C0 controls but tab and line breaks, lone
# surrogates (a file name that is not UTF-8), and the two non-characters U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def markup_safe(text: str) -> str:
    """``text`` with the characters XML and HTML cannot hold shown escaped (``\\x1b``, ``\\udce9``)."""
    return _NOT_XML.sub(lambda m: repr(m.group())[1:-1], text)


def reporter(name: str, stream: IO[str], *, color: bool = False, failing: Severity | None = Severity.ERROR) -> Reporter:
    """The reporter for format ``name`` writing to ``stream``.

    ``failing`` is the least severity that fails the run (``None``: nothing does); the
    formats that mark files as passed or failed (``junit``) follow it.
    """
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}")
    module = importlib.import_module(f"linter.report.{name}_format")
    return module.Report(stream, color=color, failing=failing)  # type: ignore[no-any-return]
