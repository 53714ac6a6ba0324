"""The JSON-LD file reader: .jsonld is always JSON-LD; a .json file only when it looks like it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linter.lint import lint_path
from tests.test_cli import run


@pytest.mark.parametrize("document", [
    {"name": "my-site", "version": "1.0.0", "scripts": {"build": "hugo"}},  # package.json
    {"version": 1, "tool": "newslint", "findings": [{"path": "a.html", "rule": "missing-author", "count": 1}]},
    [1, 2, 3],
])
def test_json_without_json_ld_keywords_is_not_judged(tmp_path: Path, document: object) -> None:
    path = tmp_path / "data.json"
    path.write_text(json.dumps(document))
    assert [f.rule for f in lint_path(path)] == ["not-an-article"]  # passed over: see linter.lint.passed_over
    same = tmp_path / "data.jsonld"  # named as JSON-LD: judged as JSON-LD
    same.write_text(json.dumps(document))
    assert lint_path(same) != []


@pytest.mark.parametrize("document", [
    {"@context": "https://schema.org", "@type": "WebSite", "name": "x"},
    {"@graph": [{"@type": "NewsArticle"}]},
    [{"@type": "NewsArticle", "headline": "x"}],
])
def test_json_ld_in_a_json_file_is_judged(tmp_path: Path, document: object) -> None:
    path = tmp_path / "data.json"
    path.write_text(json.dumps(document))
    assert lint_path(path) != []


def test_a_baseline_in_the_tree_is_not_linted_as_json_ld(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "story.jsonld").write_text(json.dumps({"@context": "https://schema.org", "@type": "NewsArticle"}))
    written = run("check", ".", "--write-baseline", "newslint-baseline.json", cwd=tmp_path)
    assert written.code == 0
    again = run("check", ".", "--format", "json", cwd=tmp_path)
    assert {f["path"] for f in again.json()["findings"]} == {"story.jsonld"}
