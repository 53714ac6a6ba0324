"""Baselines: the findings a project has accepted for now, so that only new ones fail a run.

A newsroom adopting newslint on a large archive records today's findings once
(``--write-baseline FILE``) and from then on runs with ``--baseline FILE``: findings
recorded there are left out of the report and the exit status; new ones are reported.

A finding is recorded by path, rule and JSON path, with how many times that occurs in the
file (phpstan's and RuboCop's approach): not by line, so edits elsewhere in a file that move
its lines do not turn old findings into new ones, and not by message, so a newslint release
that words a message better does not turn every recorded finding into a new one. When a file has more
findings of a key than the baseline records, the extra ones are new; when it has fewer,
the difference has been fixed and is reported as *stale*, for the baseline to be written
again.

The file is JSON, versioned, sorted and indented so that it diffs well::

    {
      "version": 2,
      "tool": "newslint",
      "findings": [
        {"path": "archive/2019/a.html", "rule": "missing-author", "json_path": "$.@graph[0]", "count": 1}
      ]
    }

Version 1 baselines (which recorded each finding's message too) are still read: their
messages are ignored, and ``--write-baseline`` writes version 2.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from linter.findings import Finding
from linter.report import no_surrogates
from linter.report.summary import BaselineUse

VERSION = 2
#: Versions this newslint reads (1 recorded messages, which are no longer matched).
READS = (1, 2)
#: Largest baseline read (256 MB: over a million recorded findings), so that no file can take all memory.
MAX_BYTES = 256 << 20
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")

Key = tuple[str, str, str | None]


class BaselineError(Exception):
    """A baseline that cannot be read: missing, not JSON, not a newslint baseline, or too new."""


def normal_path(path: str) -> str:
    """The path as a baseline records it: ``/``-separated and normalised (a URL as it is).

    Lone surrogates (a file name that is not UTF-8) are U+FFFD, as in every output.
    """
    path = no_surrogates(path)
    if _URL.match(path):
        return path
    return os.path.normpath(path).replace(os.sep, "/")


def _key(path: str, rule: str, json_path: str | None) -> Key:
    # Texts as the outputs show them (no lone surrogates): a baseline written before that
    # rule still matches, and every key is valid UTF-8 JSON.
    return (normal_path(path), rule, None if json_path is None else no_surrogates(json_path))


def key_of(f: Finding) -> Key:
    """A finding's identity: path, rule and JSON path; never its message or line."""
    return _key(f.path, f.rule, f.json_path)


@dataclass
class Baseline:
    """A loaded baseline, taking its findings out of a run file by file."""

    path: str
    counts: dict[Key, int]
    matched: int = 0
    _left: Counter[Key] = field(default_factory=Counter)  # what each seen key's file still may match
    _seen: set[str] = field(default_factory=set)  # paths (normalised) met in this run

    def filter(self, path: str, findings: list[Finding]) -> list[Finding]:
        """``findings`` of one file without those the baseline records."""
        self._seen.add(normal_path(path))
        new = []
        for f in findings:
            key = key_of(f)
            if key not in self._left and key in self.counts:
                self._left[key] = self.counts[key]
            if self._left[key] > 0:
                self._left[key] -= 1
                self.matched += 1
            else:
                new.append(f)
        return new

    def use(self) -> BaselineUse:
        """Matched and stale counts, stale counted only over the files this run checked."""
        stale = 0
        for key, count in self.counts.items():
            if key[0] in self._seen:
                stale += self._left.get(key, count)
        return BaselineUse(self.path, self.matched, stale)


def load(path: str) -> Baseline:
    """Read the baseline at ``path``; :class:`BaselineError` with a one-line reason if it cannot be."""
    from linter.inputfile import InputError, read_input

    try:
        # Read as every input is: a FIFO, a device or a file grown past any baseline is refused, never waited on.
        raw = read_input(path, limit=MAX_BYTES)
    except InputError as exc:
        if os.path.lexists(path):
            raise BaselineError(f"cannot read baseline {path}: {exc.reason}") from None
        raise BaselineError(f"cannot read baseline {path}: no such file (record one with "
                            f"--write-baseline {path})") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise BaselineError(f"cannot read baseline {path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"cannot read baseline {path}: invalid JSON ({exc.msg} at line {exc.lineno} "
                            f"column {exc.colno})") from None
    except RecursionError:
        raise BaselineError(f"cannot read baseline {path}: invalid JSON "
                            "(arrays or objects nested too deeply)") from None
    except ValueError as exc:  # a number of more digits than Python converts
        raise BaselineError(f"cannot read baseline {path}: invalid JSON ({exc})") from None
    if not isinstance(data, dict) or "findings" not in data or "version" not in data:
        raise BaselineError(f"{path} is not a newslint baseline (no version and findings)")
    if data["version"] not in READS or isinstance(data["version"], bool):
        shown = repr(data["version"])
        shown = shown if len(shown) <= 40 else shown[:37] + "..."  # one line, whatever the file holds
        raise BaselineError(f"baseline {path} has version {shown}; this newslint reads versions "
                            f"{' and '.join(map(str, READS))}")
    if not isinstance(data["findings"], list):
        raise BaselineError(f"baseline {path}: findings must be a list")
    counts: dict[Key, int] = {}
    for i, entry in enumerate(data["findings"]):
        problem = _entry_problem(entry)
        if problem:
            raise BaselineError(f"baseline {path}: findings[{i}] {problem}")
        key = _key(entry["path"], entry["rule"], entry.get("json_path"))
        counts[key] = counts.get(key, 0) + entry.get("count", 1)
    return Baseline(path, counts)


def _entry_problem(entry: object) -> str | None:
    if not isinstance(entry, dict):
        return "is not an object"
    for name in ("path", "rule"):
        if not isinstance(entry.get(name), str):
            return f"has no {name} string"
    if not isinstance(entry.get("message", ""), str):  # version 1 recorded it; it is not matched
        return "has a message that is not a string"
    if not isinstance(entry.get("json_path"), (str, type(None))):
        return "has a json_path that is not a string or null"
    count = entry.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        return "has a count that is not a positive integer"
    return None


@dataclass
class Recorder:
    """Collects the keys of every finding of a run, to write them as a baseline."""

    counts: Counter[Key] = field(default_factory=Counter)

    def add(self, findings: Iterable[Finding]) -> None:
        for f in findings:
            self.counts[key_of(f)] += 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def dumps(self) -> str:
        entries = [
            {"path": p, "rule": r, "json_path": j, "count": n}
            for (p, r, j), n in sorted(self.counts.items(), key=lambda kv: (*kv[0][:2], kv[0][2] or ""))
        ]
        doc = {"version": VERSION, "tool": "newslint", "findings": entries}
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"  # keys hold no lone surrogate (_key)

