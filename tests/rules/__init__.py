"""Rule tests: one module per rule (``test_<module>.py``), plus the schema meta-test.

Expected line numbers are read off the text that is linted, never guessed:
:func:`dump` is exactly what ``tests.util.lint_json`` lints, and :func:`line_of`
finds the line a key or value stands on.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any


def dump(data: Any) -> str:
    """The JSON text ``tests.util.lint_json`` builds from ``data`` (``indent=2``)."""
    return json.dumps(data, indent=2)


def line_of(text: str, needle: str, *, after: str | Sequence[str] = (), nth: int = 1,
            whole: bool = False) -> int:
    """1-based line of the ``nth`` line holding ``needle`` (being it, when ``whole``).

    ``after`` (one anchor or several, found in turn) starts the search on the
    line following the anchor, e.g. to pick the ``{`` of an array's first item.
    With ``whole``, ``"  {"`` finds the items of a top-level array in ``dump``
    output and nothing nested deeper.
    """
    lines = text.splitlines()
    start = 0
    for anchor in [after] if isinstance(after, str) else after:
        start = _find(lines, anchor, start, 1, False, text) + 1
    return _find(lines, needle, start, nth, whole, text) + 1


def _find(lines: list[str], needle: str, start: int, nth: int, whole: bool, text: str) -> int:
    seen = 0
    for index in range(start, len(lines)):
        if (lines[index] == needle) if whole else (needle in lines[index]):
            seen += 1
            if seen == nth:
                return index
    raise AssertionError(f"{needle!r} (#{nth}) not found after line {start} in:\n{text}")
