"""Findings: what newslint reports, one per problem found in a source."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from linter.fixes.model import Fix


class Severity(str, Enum):  # noqa: UP042  (a StrEnum would change what str() of a severity gives)
    """How much a finding matters; ordered ``info < warning < error``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __str__(self) -> str:
        return self.value


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}

AUTHORITIES = ("google", "schema.org", "newsroom", "seo", "newslint")


@dataclass(frozen=True, slots=True)
class ArchiveRecord:
    """Where in a web archive a page was read: the WARC file and the offset of its record."""

    file: str
    offset: int

    def __str__(self) -> str:
        return f"{self.file}@{self.offset}"


@dataclass(frozen=True, slots=True, eq=False)
class Finding:
    """One problem at one place.

    Equality and hashing ignore ``message`` and ``hint`` so that tests and
    baselines survive rewording (the yamllint convention).
    """

    rule: str
    severity: Severity
    message: str
    path: str
    line: int | None = None
    column: int | None = None
    json_path: str | None = None
    authority: str = "newsroom"
    hint: str | None = None
    #: The rule's repair for it, when it offers one (:mod:`linter.fixes`).
    fix: Fix | None = None
    #: Which of its source's documents it is in (an index into ``Source.documents``), for fixes.
    origin: int | None = None
    #: For a page read from a WARC archive (its ``path`` is its URL): the record it was read from.
    #: Not part of a finding's identity: the same page in another crawl is the same page.
    record: ArchiveRecord | None = None

    @property
    def key(self) -> tuple[str, str, int | None, int | None, str | None]:
        return (self.path, self.rule, self.line, self.column, self.json_path)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Finding):
            return NotImplemented
        return self.key == other.key and self.severity == other.severity

    def __hash__(self) -> int:
        return hash(self.key)

    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        return (self.path, self.line or 0, self.column or 0, self.rule, self.json_path or "", self.message)

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "json_path": self.json_path,
            "authority": self.authority,
            "hint": self.hint,
            "fix": self.fix.as_dict() if self.fix is not None else None,
        }
        if self.record is not None:  # (only for pages read from an archive: other reports stay as they were)
            out["warc"] = {"file": self.record.file, "offset": self.record.offset}
        return out


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Order findings by path, line, column, rule: the one deterministic order."""
    return sorted(findings, key=Finding.sort_key)


@dataclass(frozen=True, slots=True)
class Summary:
    files: int
    errors: int
    warnings: int
    infos: int

    @classmethod
    def of(cls, findings: list[Finding], files: int) -> Summary:
        counts = dict.fromkeys(Severity, 0)
        for f in findings:
            counts[f.severity] += 1
        return cls(files, counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO])
