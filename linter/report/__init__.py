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


def reporter(name: str, stream: IO[str], *, color: bool = False) -> Reporter:
    """The reporter for format ``name`` writing to ``stream``."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}")
    module = importlib.import_module(f"linter.report.{name}_format")
    return module.Report(stream, color=color)
