"""Output formats. Each is a small reporter fed one file (or page) at a time, in report order.

A reporter gets ``start()``, then ``file(path, findings)`` for every file
(findings already sorted), then ``finish(summary)`` with a
:class:`~linter.report.summary.RunSummary`. Streaming keeps memory flat on large
runs; findings go to the stream, nothing else does.

``text`` is for people; ``parsable`` for editors and grep; ``json`` for programs;
``github`` (workflow commands), ``sarif`` (code scanning) and ``junit`` (test
reports) for CI systems.

Every format gives one place for a finding: a column only where the finding has one (JSON's
``"column": null`` is ``39``, not ``39:1``, in text and ``path:39:`` in the line formats); a
finding without a line is put at line 1, which is where the line formats need one.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import replace
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


def where(f: Finding) -> str:
    """``line:column``, or ``line`` for a finding without a column (see the module docstring)."""
    return f"{f.line or 1}:{f.column}" if f.column else f"{f.line or 1}"


def fix_line(f: Finding) -> str:
    """A finding's fix as the CI outputs tell it: ``fix (safe): write 'x' as 'X' — newslint check --fix``.

    An unsafe fix names its evidence after its title, and the option that makes it.
    """
    fix = f.fix
    assert fix is not None
    evidence = f" ({fix.evidence})" if fix.evidence else ""
    command = "newslint check --fix" + ("" if fix.safety.value == "safe" else " --unsafe-fixes")
    return f"fix ({fix.safety.value}): {fix.title}{evidence} \u2014 {command}"


def one_line(text: str) -> str:
    """``text`` with control characters and line breaks escaped, for line-oriented output."""
    return text.translate(_CONTROLS)


_SURROGATES = re.compile("[\ud800-\udfff]")


def no_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD, the replacement character.

    A lone surrogate (``"\\ud83d"`` in JSON-LD, a file name that is not UTF-8) is no character:
    written as it is it cannot be encoded, written as a JSON escape strict readers reject
    the document. Every output newslint writes replaces it the same way, as UTF-8 decoders
    do with bytes they cannot read. A pair of surrogates, should one come apart in two, is
    joined into the character it encodes.
    """
    if not _SURROGATES.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def printable(f: Finding) -> Finding:
    """``f`` as every output shows it: its texts without lone surrogates (:func:`no_surrogates`)."""
    texts = (f.message, f.path, f.json_path or "", f.hint or "")
    if not any(_SURROGATES.search(t) for t in texts):
        return f
    return replace(f, message=no_surrogates(f.message), path=no_surrogates(f.path),
                   json_path=None if f.json_path is None else no_surrogates(f.json_path),
                   hint=None if f.hint is None else no_surrogates(f.hint))


_NON_ASCII = re.compile("[^\x00-\x7f]")


def json_text(value: object, *, ascii_only: bool = False, indent: int | None = None) -> str:
    """``value`` as JSON that strict readers accept: lone surrogates are U+FFFD (:func:`no_surrogates`).

    ``ascii_only``: every other non-ASCII character as a ``\\u`` escape (a pair for one
    beyond U+FFFF), for a stream that cannot hold it or a format kept ASCII.
    """
    import json

    # Surrogates only ever stand inside JSON strings, where U+FFFD can replace them as text.
    text = no_surrogates(json.dumps(value, ensure_ascii=False, indent=indent))
    if ascii_only:
        text = _NON_ASCII.sub(lambda m: json.dumps(m.group())[1:-1], text)
    return text


# What XML 1.0 (and so HTML) cannot hold: C0 controls but tab and line breaks, and the two
# non-characters U+FFFE/U+FFFF. Lone surrogates become U+FFFD, as in every other output.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def markup_safe(text: str) -> str:
    """``text`` with the characters XML and HTML cannot hold shown escaped (``\\x1b``), lone surrogates U+FFFD."""
    return _NOT_XML.sub(lambda m: repr(m.group())[1:-1], no_surrogates(text))


def reporter(name: str, stream: IO[str], *, color: bool = False, failing: Severity | None = Severity.ERROR) -> Reporter:
    """The reporter for format ``name`` writing to ``stream``.

    ``failing`` is the least severity that fails the run (``None``: nothing does); the
    formats that mark files as passed or failed (``junit``) follow it.
    """
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}")
    module = importlib.import_module(f"linter.report.{name}_format")
    return module.Report(stream, color=color, failing=failing)  # type: ignore[no-any-return]
