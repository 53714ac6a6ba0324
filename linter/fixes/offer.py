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
    return out


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
