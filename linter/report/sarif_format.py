"""``--format sarif``: a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers.

One run; each rule that fired is described from the rule registry (summary, the rule's
documentation as help in Markdown, its source as ``helpUri``, its default level, whether it
can fix: ``fixable`` in its properties); each finding is a result with its place, its JSON
path as a logical location and a fingerprint that survives edits moving it to another line.
A file's URI is relative to the working directory (``uriBaseId: %SRCROOT%``, given in
``originalUriBaseIds``); a crawled page's is its absolute URL.

A finding's fix is told on a line of its message, which is what code scanning shows (GitHub
does not show SARIF's ``fixes``), and, where it can be made alone, given as a ``fix``: the
replacement of the file's text that makes it (:mod:`linter.fixes.edits`), for the viewers and
review tools that offer to apply one (reviewdog's ``-f=sarif`` posts it as a suggested change).

The results are written as files are linted; the tool with its rules closes the run (JSON
objects have no order), so memory stays flat on large runs.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from pathlib import Path
from typing import IO
from urllib.parse import quote, quote_from_bytes

from linter.findings import Finding, Severity
from linter.report import fix_line, json_text
from linter.report.summary import RunSummary

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
#: Characters a URI may hold as they are (RFC 3986 reserved and unreserved), and ``%`` already encoding one.
_URI_SAFE = ":/?#[]@!$&'()*+,;=%~"


def artifact_location(path: str) -> dict[str, str]:
    """``{"uri", "uriBaseId"?}`` for a reported path: a URL as it is, a file as a URI reference."""
    if _URL.match(path):
        return {"uri": quote(path, safe=_URI_SAFE)}
    if os.path.isabs(path):
        return {"uri": Path(path).as_uri()}
    posix = path.replace(os.sep, "/")
    # Bytes, so that a file name that is not UTF-8 keeps its bytes; ":" encoded, so that a
    # first segment like "c:" is not read as a scheme.
    return {"uri": quote_from_bytes(os.fsencode(posix), safe="/"), "uriBaseId": SRCROOT}


def rule_descriptor(name: str, example: Finding | None = None) -> dict[str, object]:
    """A rule's ``reportingDescriptor``, from the registry.

    A rule the registry lacks (a house schema's, named in the project's configuration) is
    described by one of its findings, ``example``: its severity, authority and hint.
    """
    from linter import rules

    rule = rules.get(name)
    if rule is None:
        descriptor: dict[str, object] = {"id": name, "name": name, "shortDescription": {"text": name}}
        if example is not None:
            descriptor["defaultConfiguration"] = {"level": _LEVEL[example.severity]}
            properties: dict[str, object] = {"tags": [example.authority], "authority": example.authority}
            if example.hint:
                properties["hint"] = example.hint
            descriptor["properties"] = properties
        return descriptor
    doc = rule.doc.strip()
    descriptor = {
        "id": rule.name,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.summary},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": [rule.authority], "authority": rule.authority, "hint": rule.hint,
                       "fixable": rule.fixable},
    }
    if doc:
        descriptor["help"] = {"text": doc, "markdown": doc}
    if rule.source.startswith(("https://", "http://")):
        descriptor["helpUri"] = rule.source
    return descriptor


def sarif_fix(f: Finding) -> dict[str, object]:
    """A finding's fix as a SARIF ``fix`` (2.1.0 §3.55): its edits of the result's file, and what it is.

    Regions are text regions, columns in code points (the run's ``columnKind``), the end column
    the one after the last character replaced (an insertion: the same as the start).
    """
    fix = f.fix
    assert fix is not None
    safety = fix.safety.value + (f": {fix.evidence}" if fix.evidence else "")
    properties: dict[str, object] = {"safety": fix.safety.value}
    if fix.evidence:
        properties["evidence"] = fix.evidence
    return {
        "description": {"text": f"{fix.title} ({safety})"},
        "artifactChanges": [{
            "artifactLocation": artifact_location(f.path),
            "replacements": [{
                "deletedRegion": {"startLine": edit.start_line, "startColumn": edit.start_column,
                                  "endLine": edit.end_line, "endColumn": edit.end_column},
                "insertedContent": {"text": edit.text},
            } for edit in fix.edits],
        }],
        "properties": properties,
    }


def fingerprint(f: Finding, occurrence: int) -> str:
    """Stable across edits that move the finding and across rewordings of its message: path,
    rule, JSON path and which of equal ones it is (the baseline's identity, :func:`key_of`)."""
    key = "\x1f".join((f.path, f.rule, f.json_path or "", str(occurrence)))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


class Report:
    def __init__(self, stream: IO[str], *, color: bool = False, failing: Severity | None = Severity.ERROR) -> None:
        self.stream = stream
        self._rules: dict[str, int] = {}  # rule name -> ruleIndex, in order of first use
        self._examples: dict[str, Finding] = {}  # rule name -> its first finding
        self._first = True

    def start(self) -> None:
        self.stream.write(f'{{\n  "$schema": "{SCHEMA}",\n  "version": "2.1.0",\n  "runs": [\n    {{\n'
                          '      "results": [')

    def file(self, path: str, findings: list[Finding]) -> None:
        seen: Counter[tuple[str, str, str | None]] = Counter()
        for f in findings:
            key = (f.path, f.rule, f.json_path)
            seen[key] += 1
            self.stream.write(("\n        " if self._first else ",\n        ") + _dumps(self._result(f, seen[key])))
            self._first = False

    def _result(self, f: Finding, occurrence: int) -> dict[str, object]:
        index = self._rules.setdefault(f.rule, len(self._rules))
        self._examples.setdefault(f.rule, f)
        region: dict[str, int] = {"startLine": f.line or 1}
        if f.column:
            region["startColumn"] = f.column
        location: dict[str, object] = {
            "physicalLocation": {"artifactLocation": artifact_location(f.path), "region": region},
        }
        if f.json_path:
            location["logicalLocations"] = [{"fullyQualifiedName": f.json_path, "kind": "object"}]
        result: dict[str, object] = {
            "ruleId": f.rule,
            "ruleIndex": index,
            "level": _LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [location],
            "partialFingerprints": {"newslintFinding/v2": fingerprint(f, occurrence)},
            "properties": {"authority": f.authority},
        }
        if f.hint:
            result["properties"] = {"authority": f.authority, "hint": f.hint}
        if f.record is not None:  # a page read from a WARC archive: the record it came from
            properties: dict[str, object] = {"authority": f.authority, "hint": f.hint} if f.hint else {
                "authority": f.authority}
            properties["warc"] = {"file": f.record.file, "offset": f.record.offset}
            result["properties"] = properties
        if f.fix is not None:
            # Code scanning shows the message, not ``fixes``: the fix is told there too.
            result["message"] = {"text": f"{f.message}\n{fix_line(f)}"}
            if f.fix.edits:
                result["fixes"] = [sarif_fix(f)]
        return result

    def finish(self, summary: RunSummary) -> None:
        from linter import __version__

        driver = {
            "name": "newslint",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [rule_descriptor(name, self._examples.get(name)) for name in self._rules],
        }
        base = {SRCROOT: {"uri": Path.cwd().as_uri().rstrip("/") + "/"}}
        tail = ('\n      ]' if not self._first else ']') + (
            f',\n      "tool": {{"driver": {_dumps(driver)}}},'
            f'\n      "originalUriBaseIds": {_dumps(base)},'
            '\n      "columnKind": "unicodeCodePoints"\n    }\n  ]\n}\n')
        self.stream.write(tail)


def _dumps(value: object) -> str:
    # ASCII only: any stream holds it; no lone surrogate, which strict readers reject even escaped.
    return json_text(value, ascii_only=True)
