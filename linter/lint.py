"""Linting sources: read, check, then apply the configuration (selection, severities)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from linter import rules
from linter.config import Config
from linter.decode import MAX_BYTES, clean_text, decode
from linter.findings import Finding, sort_findings
from linter.readers import READERS, Source, read_text, reader_for

#: Directories never entered when walking a tree.
SKIP_DIRS = frozenset({
    ".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox",
    ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist", "site-packages",
})


def lint_text(
    text: str,
    *,
    path: str = "<stdin>",
    kind: str | None = None,
    config: Config | None = None,
    now: datetime | None = None,
) -> list[Finding]:
    """Lint article or JSON-LD ``text``; ``kind`` defaults to the reader for ``path``'s extension."""
    config = config or Config()
    kind = kind or reader_for(path) or "text"
    # The same judgement as for a file's bytes: a BOM is dropped, empty or binary text is unreadable.
    text, unreadable = clean_text(text)
    if unreadable:
        return [rules.finding("parse-error", unreadable, path)]
    return finish(check_source(read_text(text, path, kind, config), config, now=now), path, config)


def lint_bytes(data: bytes, path: str, *, kind: str | None = None, config: Config | None = None,
               now: datetime | None = None) -> list[Finding]:
    """Lint raw bytes (decoded with a fallback; binary and empty input are findings)."""
    config = config or Config()
    kind = kind or reader_for(path)
    if kind is None:
        supported = ", ".join(sorted(READERS))
        return [rules.finding("parse-error", f"newslint does not read this kind of file (it reads {supported})", path)]
    return finish(check_source(read_source(data, path, kind, config), config, now=now), path, config)


def lint_path(path: str | os.PathLike[str], *, config: Config | None = None,
              now: datetime | None = None) -> list[Finding]:
    """Lint one file."""
    p = str(path)
    try:
        size = os.path.getsize(p)
        if size > MAX_BYTES:
            return [rules.finding("parse-error", f"file too large to lint ({size // 1_048_576} MB > "
                                  f"{MAX_BYTES // 1_048_576} MB)", p)]
        with open(p, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return [rules.finding("parse-error", f"cannot read file: {exc.strerror or exc}", p)]
    return lint_bytes(data, p, config=config, now=now)


def read_source(data: bytes, path: str, kind: str, config: Config) -> Source:
    """Decode ``data`` and read it with ``kind``; what cannot be decoded is a ``parse-error``."""
    if kind == "html":
        # Pages declare their own encoding (<meta charset>): the HTML reader sniffs it.
        text_or_problem = _html_guard(data)
        if text_or_problem:
            return Source(path, findings=[rules.finding("parse-error", text_or_problem, path)])
        from linter.readers.html import read_bytes

        return read_bytes(data, path, config)
    decoded = decode(data)
    if decoded.text is None:
        return Source(path, findings=[rules.finding("parse-error", decoded.problem or "unreadable", path)])
    source = read_text(decoded.text, path, kind, config)
    if not decoded.utf8:
        line, column = decoded.position or (1, None)
        source.findings.append(rules.finding(
            "non-utf8-encoding", f"{decoded.problem}; read as {decoded.encoding}", path, line=line, column=column))
    return source


def _html_guard(data: bytes) -> str | None:
    """Why ``data`` is no page at all (empty, binary), or ``None``."""
    if not data or data.isspace():
        return "empty file"
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary file (contains NUL bytes)"
    return None


def check_source(source: Source, config: Config, *, now: datetime | None = None) -> list[Finding]:
    """Reader findings plus the checks of every JSON-LD document the source holds."""
    from linter import check

    findings = list(source.findings)
    try:
        findings.extend(check.check_source(source, config, now=now))
    except RecursionError:
        # JSON that parses can still be too deep for the checks that walk it: the
        # source is unreadable for newslint, not a crash of the whole run.
        return [*source.findings,
                rules.finding("parse-error", "JSON-LD nested too deeply to check", source.path, line=1, column=1)]
    return findings


def finish(findings: Iterable[Finding], path: str, config: Config) -> list[Finding]:
    """Apply selection and severity overrides; drop duplicates; sort."""
    out: list[Finding] = []
    # The same finding reached twice (a node shared by two articles) is one finding;
    # two problems at one place (different messages) are two.
    seen: set[tuple[object, ...]] = set()
    for f in findings:
        if not config.enabled(f.rule, f.authority, path):
            continue
        if f.rule in config.severity:
            f = replace(f, severity=config.severity[f.rule])
        key = (*f.key, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return sort_findings(out)


def collect_files(paths: Iterable[str], config: Config) -> list[str]:
    """Files to lint: explicit files as given, directories walked for known extensions."""
    files: set[str] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in names:
                    full = os.path.join(root, name)
                    if reader_for(name) and not _special(full) and not config.excluded(full):
                        files.add(os.path.normpath(full))
        elif not config.excluded(raw):
            files.add(os.path.normpath(raw))
    return sorted(files)


def _special(path: str) -> bool:
    """A FIFO, socket or device met in a walk: opening it could block forever, so it is passed over."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False  # a broken link: lint_path reports it as unreadable
    return not stat.S_ISREG(mode)


def lint_files(files: list[str], config: Config) -> Iterator[tuple[str, list[Finding]]]:
    """``(path, findings)`` for each file, in the order given."""
    for path in files:
        yield path, lint_path(path, config=config)
