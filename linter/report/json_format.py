"""``--format json``: one versioned JSON object.

``{"version": 1, "findings": [{"rule", "severity", "message", "path", "line", "column",
"json_path", "authority", "hint", "fix"}], "summary": {"files", "errors", "warnings", "infos",
"fetch_failures", "rules", "baseline"}}``: ``rules`` counts the findings of each rule (most
frequent first), ``baseline`` is ``null`` or ``{"path", "matched", "stale"}``.

``fix`` is ``null`` or the fix the finding's rule offers: ``{"safety": "safe" | "unsafe",
"title", "evidence", "edits"}``, ``edits`` being the fix made alone as changes of the file's
text, ``[{"start_line", "start_column", "end_line", "end_column", "text"}]`` (1-based; columns
in characters; the end is the character after the last one replaced, an insertion ending where
it starts; :class:`linter.fixes.model.Replacement`). ``newslint check`` gives one edit for a fix
it can make alone, none for a fix it cannot (``check --fix`` may still make it, once others are).

Keys are only ever added, never renamed or removed. Written as files are linted.
"""

from __future__ import annotations

from typing import IO

from linter.findings import Finding, Severity
from linter.report import json_text
from linter.report.summary import RunSummary

VERSION = 1


class Report:
    def __init__(self, stream: IO[str], *, color: bool = False, failing: Severity | None = Severity.ERROR) -> None:
        self.stream = stream
        self._first = True

    def start(self) -> None:
        self.stream.write(f'{{\n  "version": {VERSION},\n  "findings": [')

    def file(self, path: str, findings: list[Finding]) -> None:
        for f in findings:
            self.stream.write(("\n    " if self._first else ",\n    ") + self._dumps(f.as_dict()))
            self._first = False

    def _dumps(self, value: object) -> str:
        text = json_text(value)  # lone surrogates ("\ud800" in the data, the --baseline name) as U+FFFD
        try:
            text.encode(getattr(self.stream, "encoding", None) or "utf-8")
        except (UnicodeEncodeError, LookupError):
            # A character the stream cannot hold: \u escapes keep the output valid JSON.
            text = json_text(value, ascii_only=True)
        return text

    def finish(self, summary: RunSummary) -> None:
        baseline = summary.baseline
        body = self._dumps({
            "files": summary.files, "errors": summary.errors, "warnings": summary.warnings, "infos": summary.infos,
            "fetch_failures": summary.fetch_failures,
            "rules": dict(summary.rules),
            "baseline": None if baseline is None else {
                "path": baseline.path, "matched": baseline.matched, "stale": baseline.stale},
        })
        self.stream.write(("" if self._first else "\n  ") + f'],\n  "summary": {body}\n}}\n')
