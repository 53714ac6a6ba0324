"""Asking each finding's rule for its fix, once a source is checked and before its page is freed."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from linter import rules

if TYPE_CHECKING:
    from linter.config import Config
    from linter.document import JsonLdDocument
    from linter.findings import Finding
    from linter.fixes.model import Fix
    from linter.readers import Source


def offer(findings: list[Finding], source: Source, config: Config) -> list[Finding]:
    """``findings`` with the fix their rule offers for each attached (:attr:`Finding.fix`).

    A rule's ``fix`` that fails (a bug, or input no rule foresaw) costs that finding its fix,
    never the run: a fix is an offer, the finding stands without it.
    """
    from linter.fixes.model import Request

    out = findings
    for i, f in enumerate(findings):
        rule = rules.get(f.rule)
        fixer = rule.fixer() if rule is not None else None
        if fixer is None:
            continue
        document = source.documents[f.origin] if f.origin is not None else None
        try:
            fix = fixer(Request(f, document, source, config))
        except Exception:
            import os

            if os.environ.get("NEWSLINT_DEBUG"):
                raise
            fix = None
        if fix is not None and _can_make(fix, document, source):
            if out is findings:
                out = list(findings)
            out[i] = replace(f, fix=fix)
    return _editable(out, source) if out is not findings else out


def _editable(findings: list[Finding], source: Source) -> list[Finding]:
    """``findings`` without the JSON edits of blocks that are not strict JSON and will not be made so.

    A block read tolerantly (comments, trailing commas...) is edited only once it is strict JSON:
    by its ``invalid-json-ld`` fix (``Strict``), made in the same round before the others. A block
    without that fix (HTML entities in it) cannot be edited, so nothing offers to edit it.
    """
    from linter.fixes.model import Strict

    tolerated = {i for i, d in enumerate(source.documents) if d.repairs}
    if not tolerated:
        return findings
    strict = {f.origin for f in findings if f.fix is not None and any(isinstance(op, Strict) for op in f.fix.ops)}
    return [replace(f, fix=None) if (f.fix is not None and f.fix.target == "document" and f.origin in tolerated
                                     and f.origin not in strict) else f for f in findings]


def _can_make(fix: Fix, document: JsonLdDocument | None, source: Source) -> bool:
    """Whether the engine can make ``fix`` in this source (a report never offers what it cannot make).

    JSON edits need JSON text: a page's block or a ``.jsonld`` file, not the JSON-LD newslint
    builds from an article (its facts are fixed in the article's front matter) nor microdata.
    """
    target = fix.target
    if target == "document":
        return document is not None and document.origin in ("html", "file")
    if target == "front-matter":
        return source.kind == "markdown"
    return source.kind == "html"
