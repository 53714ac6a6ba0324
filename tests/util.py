"""Helpers shared by the tests: lint a snippet, compare findings by (rule, line, json_path)."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from linter.config import Config
from linter.findings import Finding
from linter.lint import lint_text

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEED = ROOT / "seeds" / "cuba-china-military-cooperation.txt"
#: A fixed "now" so date rules do not depend on the day the tests run.
NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
#: Data kept beside the project, not in it (``../shared``); NEWSLINT_SHARED names another place
#: (tests/test_shared_data.py points it nowhere, to see the skips).
SHARED = Path(os.environ.get("NEWSLINT_SHARED") or ROOT.parent / "shared")


def needs_shared(part: str, why: str) -> pytest.MarkDecorator:
    """Skip unless ``../shared/PART`` is there; the reason says what is missing, where, and ``why``
    it is not in the repository."""
    path = SHARED / part
    return pytest.mark.skipif(not path.is_dir(),
                              reason=f"needs ../shared/{part} beside the project root ({path} is missing): {why}")


def lint_json(data: Any, *, path: str = "test.jsonld", config: Config | None = None,
              now: datetime = NOW) -> list[Finding]:
    """Lint a JSON-LD document given as a Python object or as JSON text."""
    text = data if isinstance(data, str) else json.dumps(data, indent=2)
    return lint_text(text, path=path, config=config, now=now)


def lint_article(text: str, *, path: str = "article.txt", config: Config | None = None,
                 now: datetime = NOW) -> list[Finding]:
    """Lint a plain-text article."""
    return lint_text(text, path=path, config=config, now=now)


def keys(findings: list[Finding], rule: str | None = None) -> set[tuple[str, int | None, str | None]]:
    """``(rule, line, json_path)`` of each finding (of one rule, when given)."""
    return {(f.rule, f.line, f.json_path) for f in findings if rule is None or f.rule == rule}


def rules_of(findings: list[Finding]) -> set[str]:
    return {f.rule for f in findings}


def article(**props: Any) -> dict[str, Any]:
    """A complete, valid NewsArticle (no findings but infos), overridable per property.

    Pass ``prop=None`` to leave a property out.
    """
    base: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Cuba and China agree to strengthen military cooperation",
        "description": "Defence ministers met in Beijing.",
        "author": [{"@type": "Person", "name": "Jane Doe", "url": "https://example.com/staff/jane-doe"}],
        "datePublished": "2025-09-16T10:32:00+02:00",
        "dateModified": "2025-09-16T12:00:00+02:00",
        "image": [{
            "@type": "ImageObject",
            "contentUrl": "https://example.com/photos/lead.jpg",
            "caption": "The two ministers in Beijing.",
            "creditText": "Jane Smith/Reuters",
            "license": "https://example.com/licence",
        }],
        "publisher": {"@type": "Organization", "name": "The Daily Example", "url": "https://example.com"},
    }
    for key, value in props.items():
        if value is None:
            base.pop(key, None)
        else:
            base[key] = value
    return base
