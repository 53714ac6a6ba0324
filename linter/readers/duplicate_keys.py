"""The ``duplicate-key`` findings of a JSON text, for the readers of JSON-LD (files and the
blocks of HTML pages); :func:`linter.jsonblock.loads` finds the repeated keys."""

from __future__ import annotations

from itertools import islice

from linter.findings import Finding
from linter.rules import duplicate_key, finding

#: Key names listed one by one; one more finding counts the rest.
MAX_KEYS = 20


def findings(keys: list[str], where: str, path: str, line: int | None, column: int | None) -> list[Finding]:
    """One finding per repeated key name of a JSON text (``where``: "JSON-LD block 2", ...).

    A generated document can repeat thousands of keys: past :data:`MAX_KEYS` names a single
    finding counts the rest, so the report stays readable (the fix is in one template).
    """
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    out = []
    for key, count in islice(counts.items(), MAX_KEYS):
        how = "in one object (" if count == 1 else f"({count} times within objects; "
        out.append(finding(duplicate_key, f"{where} repeats the key '{key}' {how}only the last value counts)",
                           path, line=line, column=column))
    if len(counts) > MAX_KEYS:
        out.append(finding(duplicate_key, f"{where} repeats the keys of more names too ({len(counts) - MAX_KEYS} "
                                          "not listed)", path, line=line, column=column))
    return out
