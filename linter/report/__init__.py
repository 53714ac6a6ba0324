"""Output formats. Each is a small reporter fed one file at a time, in path order.

A reporter gets ``start()``, then ``file(path, findings)`` for every file
(findings already sorted), then ``finish(summary)``. Streaming keeps memory
flat on large runs; findings go to the stream, nothing else does.
"""

from __future__ import annotations

import importlib
from typing import IO, Protocol

from linter.findings import Finding, Summary

FORMATS = ("text", "parsable", "json")


class Reporter(Protocol):
    def start(self) -> None: ...
    def file(self, path: str, findings: list[Finding]) -> None: ...
    def finish(self, summary: Summary) -> None: ...


# C0/C1 controls and line separators, shown escaped: a value quoted in a message
# (a URL with a newline, an ESC from a hostile file) must not break the one-line
# formats or reach the terminal as a control sequence.
_CONTROLS = {c: repr(chr(c))[1:-1] if c < 0x80 else f"\\u{c:04x}"
             for c in (*range(0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029)}


def one_line(text: str) -> str:
    """``text`` with control characters and line breaks escaped, for line-oriented output."""
    return text.translate(_CONTROLS)


def reporter(name: str, stream: IO[str], *, color: bool = False) -> Reporter:
    """The reporter for format ``name`` writing to ``stream``."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}")
    module = importlib.import_module(f"linter.report.{name}_format")
    return module.Report(stream, color=color)
