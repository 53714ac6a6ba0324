"""The library: ``newslint check`` and ``newslint convert`` minus argparse.

Typed options in (a :class:`~linter.config.Config`, keywords), typed results out (a
:class:`Report`, a JSON-LD ``dict``); the CLI adds only argument parsing, the output formats
and the exit status. Which reader reads a source is decided as the CLI decides it
(:func:`linter.readers.source_kind`), so the same input gives the same findings and the same
JSON-LD either way.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from linter.config import Config
from linter.findings import Finding, Severity

__all__ = ["Report", "check", "convert"]

#: What :func:`check` takes: the contents of one source, or files and folders.
Sources = str | bytes | os.PathLike[str] | Iterable[str | os.PathLike[str]]


@dataclass(frozen=True, slots=True)
class Report:
    """What one run found: its findings in the order ``newslint check`` reports them, and how many files it read."""

    findings: tuple[Finding, ...]
    files: int  # files checked, not counting those passed over
    #: Files passed over as no article (``not-an-article``: ``requirements.txt``, ``package.json``),
    #: neither reported nor counted, as ``newslint check`` passes them over.
    passed_over: tuple[str, ...] = ()

    @property
    def counts(self) -> Mapping[Severity, int]:
        """How many findings of each severity (every severity present, perhaps with 0)."""
        counts = dict.fromkeys(Severity, 0)
        for f in self.findings:
            counts[f.severity] += 1
        return counts

    @property
    def errors(self) -> int:
        return self.counts[Severity.ERROR]

    @property
    def warnings(self) -> int:
        return self.counts[Severity.WARNING]

    @property
    def infos(self) -> int:
        return self.counts[Severity.INFO]

    def failed(self, severity: Severity | str | None = Severity.ERROR) -> bool:
        """Whether a finding is at ``severity`` or above (``newslint check --fail-on``); ``None``: never."""
        if severity is None:
            return False
        least = Severity(severity).rank
        return any(f.severity.rank >= least for f in self.findings)

    def exit_code(self, severity: Severity | str | None = Severity.ERROR) -> int:
        """The status ``newslint check`` exits with: 1 if the run :meth:`failed` at ``severity``, else 0."""
        return 1 if self.failed(severity) else 0


def check(sources: Sources, *, config: Config | None = None, kind: str | None = None, path: str | None = None,
          now: datetime | None = None, jobs: int = 1, edits: bool = True) -> Report:
    """Lint what ``newslint check`` lints; the :class:`Report` of its findings.

    ``sources`` is either

    * the contents of one source, as ``str`` or ``bytes`` (what ``newslint check -`` reads from
      standard input): ``path`` names it in findings (default ``<stdin>``, as
      ``--stdin-filename`` does) and, with ``kind``, says which reader reads it; without either,
      what it starts with does (front matter: Markdown, a tag: a page, ``{``: JSON-LD); or
    * a path (``pathlib.Path``), or a list of paths, of files and folders, walked as the CLI walks
      them. A ``str`` alone is contents, never a file name: give ``Path("a.txt")`` or ``["a.txt"]``.

    ``config``: the configuration (default: the defaults, as ``--isolated``; :func:`linter.load_config`
    finds the one the CLI would use). ``jobs``: worker processes for many files (``0``: one per CPU;
    default ``1``: none). ``edits``: give each finding's fix its edits of the file
    (:attr:`linter.fixes.Fix.edits`), as ``--format json`` and ``sarif`` do (``False`` saves
    making each fix once more). Raises :class:`FileNotFoundError` for a path that does not exist.
    """
    from linter.lint import collect_files, lint_bytes, lint_files, lint_text, passed_over
    from linter.readers import source_kind

    config = config or Config()
    if isinstance(sources, str | bytes):
        name = path or "<stdin>"
        if isinstance(sources, bytes):
            findings = lint_bytes(sources, name, kind=source_kind(name, kind=kind, data=sources), config=config,
                                  now=now)
        else:
            findings = lint_text(sources, path=name, kind=kind, config=config, now=now)
        if passed_over(findings):
            return Report((), 0, (name,))
        if edits and any(f.fix is not None for f in findings):
            from linter.fixes.edits import replacements

            data = sources if isinstance(sources, bytes) else sources.encode("utf-8")
            findings = replacements(data, name, findings, config, kind=source_kind(name, kind=kind, data=sources))
        return Report(tuple(findings), 1)
    if kind is not None or path is not None:
        raise TypeError("kind and path name the contents of one source (str or bytes), not files")
    paths = [os.fspath(sources)] if isinstance(sources, os.PathLike) else [os.fspath(p) for p in sources]
    missing = next((p for p in paths if not os.path.lexists(p)), None)
    if missing is not None:
        raise FileNotFoundError(f"no such file or directory: {missing}")
    files = collect_files(paths, config)
    found: list[Finding] = []
    skipped: list[str] = []
    from linter.fixes.edits import lint_path_with_edits
    from linter.lint import lint_path

    lint = lint_path_with_edits if edits else lint_path
    for name, findings in lint_files(files, config, jobs=jobs, now=now, lint=lint):
        if passed_over(findings):
            skipped.append(name)
        else:
            found.extend(findings)
    return Report(tuple(found), len(files) - len(skipped), tuple(skipped))


def convert(data: str | bytes, *, kind: str | None = None, path: str = "<text>", url: str | None = None,
            config: Config | None = None) -> dict[str, Any]:
    """The JSON-LD ``newslint convert`` prints: ``{"@context": ..., "@graph": [NewsArticle, FAQPage?]}``.

    ``data`` is an article source (plain text, Markdown) or a page, as text or as the bytes of
    a file. It is read as ``kind`` (``text``, ``markdown``, ``html``), else as ``path``'s
    extension says, else as what it starts with says (front matter ``---`` or ``+++``:
    Markdown). A page gives its best JSON-LD: its own Article markup, completed from what else
    it shows; ``url`` is its address, against which its relative links resolve.

    Raises :class:`linter.conversion.ConversionError` for data that holds no article (empty,
    binary, JSON-LD already). :func:`linter.conversion.convert` gives where each property came from too.
    """
    from linter.conversion import convert as convert_source

    return convert_source(data, kind=kind, path=path, url=url, config=config).data
