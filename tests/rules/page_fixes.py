"""Fixing a file through the fix engine, for the rules' fix tests: its text after, and what it adds.

:func:`fixed` makes the fixes as ``newslint check --fix`` does (with ``--unsafe-fixes`` unless
told), and :func:`new_findings` says what the fixed file is found to have that the original
was not, as ``(rule, json_path)``: a fix must remove its finding and add none.
"""

from __future__ import annotations

from linter.config import Config
from linter.findings import Finding
from linter.fixes.engine import Outcome, fix_bytes
from linter.lint import lint_text
from tests.util import NOW

#: The rules a fix that adds a Person or an image object would newly raise (the Person has no
#: ``url``, the image no ``license``): the engine refuses such a fix (it would add a finding)
#: unless they are off, as here.
QUIET = Config(ignore=frozenset({"missing-author-url", "missing-image-license"}))


def fixed(text: str, *, path: str = "page.html", config: Config | None = None, unsafe: bool = True) -> Outcome:
    return fix_bytes(text.encode("utf-8"), path, config or Config(), unsafe=unsafe, now=NOW)


def found(text: str, *, path: str = "page.html", config: Config | None = None) -> list[Finding]:
    return lint_text(text, path=path, config=config, now=NOW)


def where(findings: list[Finding]) -> set[tuple[str, str | None]]:
    return {(f.rule, f.json_path) for f in findings}


def new_findings(before: str, outcome: Outcome, *, path: str = "page.html",
                 config: Config | None = None) -> set[tuple[str, str | None]]:
    """``(rule, json_path)`` of what the fixed file has and ``before`` had not."""
    return where(outcome.findings) - where(found(before, path=path, config=config))


def fix_of(text: str, rule: str, *, path: str = "page.html", config: Config | None = None) -> list[Finding]:
    """The findings of ``rule`` in ``text`` that carry a fix."""
    return [f for f in found(text, path=path, config=config) if f.rule == rule and f.fix is not None]
