"""What a run found, counted as it goes: the closing summary every format may show."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from linter.findings import Finding, Severity

#: The rule a crawl reports a page it could not fetch with.
FETCH_ERROR = "fetch-error"


@dataclass(frozen=True, slots=True)
class BaselineUse:
    """How the findings of a run met the baseline it was given."""

    path: str
    matched: int  # findings left out of the report because the baseline records them
    stale: int  # recorded findings of the files checked that no longer occur: fixed


@dataclass(frozen=True, slots=True)
class RunSummary:
    """Counts of a whole run, after the baseline took out what it records."""

    files: int
    errors: int
    warnings: int
    infos: int
    noun: str = "file"  # what was checked: "file", or "page" for a crawl
    fetch_failures: int = 0  # findings of rule fetch-error: pages that could not be fetched
    rules: tuple[tuple[str, int], ...] = ()  # findings per rule, most frequent first, then by name
    baseline: BaselineUse | None = None
    info_rules: tuple[tuple[str, int], ...] = ()  # info findings per rule, in the same order
    fixable: int = 0  # findings reported with a safe fix (``--fix`` makes it)
    unsafe_fixable: int = 0  # findings reported with an unsafe fix only (``--fix --unsafe-fixes``)
    fixed: tuple[tuple[str, int], ...] = ()  # fixes made (``--fix``), per rule, most first
    unsafe_shown: bool = False  # the run was given --unsafe-fixes: what they fix counts as fixable
    #: The run made fixes (``--fix``): a finding still carrying a fix the run would have made
    #: is a fix that could not be made, not one waiting for ``--fix``.
    fixing: bool = False

    def problem_rules(self) -> list[tuple[str, int]]:
        """Error and warning findings per rule, most frequent first, then by name."""
        infos = dict(self.info_rules)
        counts = ((rule, n - infos.get(rule, 0)) for rule, n in self.rules)
        return sorted(((rule, n) for rule, n in counts if n), key=_by_count)

    @property
    def findings(self) -> int:
        return self.errors + self.warnings + self.infos

    def things(self, n: int | None = None) -> str:
        """``"3 files"``, ``"1 page"``: ``n`` (default: all checked) with the noun."""
        n = self.files if n is None else n
        return f"{n} {self.noun}{'' if n == 1 else 's'}"


@dataclass(slots=True)
class Tally:
    """Counts findings as files are reported; :meth:`summary` when the run is over."""

    noun: str = "file"
    files: int = 0
    files_failing: int = 0  # files with at least one error
    severities: Counter[Severity] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    info_rules: Counter[str] = field(default_factory=Counter)
    fixable: int = 0
    unsafe_fixable: int = 0
    fixed: Counter[str] = field(default_factory=Counter)
    unsafe_shown: bool = False
    fixing: bool = False

    def add(self, findings: list[Finding]) -> None:
        self.files += 1
        for f in findings:
            if f.fix is not None:
                if f.fix.safety.value == "safe":
                    self.fixable += 1
                else:
                    self.unsafe_fixable += 1
            self.severities[f.severity] += 1
            self.rules[f.rule] += 1
            if f.severity is Severity.INFO:
                self.info_rules[f.rule] += 1
        if any(f.severity is Severity.ERROR for f in findings):
            self.files_failing += 1

    @property
    def fetch_failures(self) -> int:
        return self.rules[FETCH_ERROR]

    def summary(self, baseline: BaselineUse | None = None) -> RunSummary:
        return RunSummary(
            files=self.files,
            errors=self.severities[Severity.ERROR],
            warnings=self.severities[Severity.WARNING],
            infos=self.severities[Severity.INFO],
            noun=self.noun,
            fetch_failures=self.fetch_failures,
            rules=tuple(sorted(self.rules.items(), key=_by_count)),
            baseline=baseline,
            info_rules=tuple(sorted(self.info_rules.items(), key=_by_count)),
            fixable=self.fixable,
            unsafe_fixable=self.unsafe_fixable,
            fixed=tuple(sorted(self.fixed.items(), key=_by_count)),
            unsafe_shown=self.unsafe_shown,
            fixing=self.fixing,
        )


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]
