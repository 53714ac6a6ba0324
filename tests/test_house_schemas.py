"""House schemas: ``schemas = [...]`` in the configuration, through the real command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from linter.config import ConfigError, parse_config
from tests.test_cli import one_line_error, run
from tests.util import article

SECTION = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Our desk rules",
    "x-applies-to": ["NewsArticle"],
    "x-authority": "newsroom",
    "allOf": [
        {"required": ["articleSection"], "x-rule": "missing-article-section", "x-severity": "warning",
         "x-message": "article has no articleSection", "x-hint": "add the desk as articleSection"},
    ],
    "properties": {
        "keywords": {"type": "array", "x-rule": "keywords-not-a-list", "x-message": "keywords is not a list"},
    },
}


def _project(tmp_path: Path, schema: Any = SECTION, *, config: str = "pyproject.toml",
             patterns: str = '["house/*.schema.json"]', **props: Any) -> Path:
    (tmp_path / "house").mkdir()
    text = schema if isinstance(schema, str) else json.dumps(schema, indent=1)
    (tmp_path / "house" / "desk.schema.json").write_text(text, encoding="utf-8")
    table = "[tool.newslint]\n" if config == "pyproject.toml" else ""
    (tmp_path / config).write_text(f"{table}schemas = {patterns}\n", encoding="utf-8")
    (tmp_path / "a.jsonld").write_text(json.dumps(article(**props), indent=1), encoding="utf-8")
    return tmp_path


def _findings(tmp_path: Path, *args: str) -> dict[str, dict[str, Any]]:
    result = run("check", "a.jsonld", "--format", "json", *args, cwd=tmp_path)
    assert result.code in (0, 1), result
    return {f["rule"]: f for f in result.json()["findings"]}


@pytest.mark.parametrize("config", ["pyproject.toml", ".newslint.toml"])
def test_house_rules_are_reported_like_built_in_ones(tmp_path: Path, config: str) -> None:
    found = _findings(_project(tmp_path, config=config, keywords="a, b"))
    assert found["missing-article-section"] | {"line": 1} == {
        "rule": "missing-article-section", "severity": "warning", "message": "article has no articleSection",
        "path": "a.jsonld", "line": 1, "column": 1, "json_path": "$", "authority": "newsroom",
        "hint": "add the desk as articleSection", "fix": None}
    keywords = found["keywords-not-a-list"]
    assert (keywords["severity"], keywords["json_path"], keywords["authority"]) == ("error", "$.keywords", "newsroom")
    assert keywords["line"] is not None


def test_house_schema_satisfied(tmp_path: Path) -> None:
    found = _findings(_project(tmp_path, articleSection="World", keywords=["a"]))
    assert not {"missing-article-section", "keywords-not-a-list", "schema-violation"} & found.keys()


def test_applies_to_names_types(tmp_path: Path) -> None:
    found = _findings(_project(tmp_path, **{"@type": "BlogPosting"}))
    assert "missing-article-section" not in found  # the schema judges NewsArticle nodes only


def test_select_ignore_and_severity(tmp_path: Path) -> None:
    _project(tmp_path, keywords="a")
    assert set(_findings(tmp_path, "--select", "missing-article-section")) == {"missing-article-section"}
    assert "missing-article-section" not in _findings(tmp_path, "--ignore", "missing-article-section")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.newslint]\nschemas = ["house/*.schema.json"]\nignore = ["keywords-not-a-list"]\n'
        'severity = { missing-article-section = "error" }\n', encoding="utf-8")
    found = _findings(tmp_path)
    assert "keywords-not-a-list" not in found
    assert found["missing-article-section"]["severity"] == "error"


def test_suppressed_in_the_source(tmp_path: Path) -> None:
    _project(tmp_path)
    (tmp_path / "a.md").write_text(
        "---\ntitle: Harbour fireworks draw record crowds\nnewslint:\n  ignore: [missing-article-section]\n---\n\n"
        "More than a million people watched.\n", encoding="utf-8")
    result = run("check", "a.md", "--format", "json", cwd=tmp_path)
    rules = result.rules()
    assert "missing-article-section" not in rules and "unknown-suppression" not in rules
    (tmp_path / "a.md").write_text("---\ntitle: Harbour fireworks draw record crowds\n---\n\nText.\n",
                                   encoding="utf-8")
    assert "missing-article-section" in run("check", "a.md", "--format", "json", cwd=tmp_path).rules()


def test_unknown_house_rule_in_select_is_a_usage_error(tmp_path: Path) -> None:
    _project(tmp_path)
    err = one_line_error(run("check", "a.jsonld", "--select", "missing-article-sektion", cwd=tmp_path))
    assert "unknown rule 'missing-article-sektion'" in err


@pytest.mark.parametrize(("schema", "patterns", "says"), [
    (SECTION, '["house/nope.schema.json"]', "house schema not found"),
    (SECTION, '["elsewhere/*.schema.json"]', "match no file"),
    (SECTION, '"house/*.schema.json"', "must be a list"),
    ('{"allOf": [', '["house/*.schema.json"]', "invalid JSON"),
    ([1, 2], '["house/*.schema.json"]', "must be a JSON object"),
    ({"x-applies-to": "article", "type": "strin"}, '["house/*.schema.json"]', "not a valid draft 2020-12"),
    ({"x-applies-to": "article", "pattern": "(unclosed"}, '["house/*.schema.json"]', "not a valid draft 2020-12"),
    ({"$schema": "http://json-schema.org/draft-07/schema#", "x-applies-to": "article"},
     '["house/*.schema.json"]', "$schema must be"),
    ({"required": ["a"]}, '["house/*.schema.json"]', "x-applies-to"),
    ({"x-applies-to": ["Recipe"], "required": ["a"]}, '["house/*.schema.json"]', "x-applies-to"),
    ({"x-applies-to": "article", "$ref": "nowhere.schema.json"}, '["house/*.schema.json"]', "resolves to nothing"),
    ({"x-applies-to": "article", "required": ["a"], "x-rule": "missing-headline"}, '["house/*.schema.json"]',
     "is a built-in rule"),
    ({"x-applies-to": "article", "required": ["a"], "x-rule": "Bad Name"}, '["house/*.schema.json"]', "kebab-case"),
    ({"x-applies-to": "article", "required": ["a"], "x-rule": "r", "x-severity": "fatal"},
     '["house/*.schema.json"]', "x-severity"),
])
def test_broken_house_schema_is_a_one_line_error(tmp_path: Path, schema: Any, patterns: str, says: str) -> None:
    _project(tmp_path, schema, patterns=patterns)
    err = one_line_error(run("check", "a.jsonld", cwd=tmp_path))
    assert says in err, err
    assert "schemas" in err


def test_top_level_x_rule_names_unnamed_constraints(tmp_path: Path) -> None:
    (tmp_path / "h.schema.json").write_text(json.dumps({
        "x-applies-to": "article", "x-rule": "desk-style", "x-severity": "info", "x-hint": "see the desk guide",
        "properties": {"headline": {"maxLength": 10}}}), encoding="utf-8")
    config = parse_config({"schemas": ["h.schema.json"]}, source=tmp_path / ".newslint.toml")
    assert set(config.house_rules) == {"desk-style"}
    from tests.util import lint_json

    found = [f for f in lint_json(article(), config=config) if f.rule == "desk-style"]
    assert [(f.severity.value, f.json_path, f.hint) for f in found] == [("info", "$.headline", "see the desk guide")]


def test_two_house_schemas_may_not_disagree_on_a_rule(tmp_path: Path) -> None:
    for name, severity in (("a", "error"), ("b", "warning")):
        (tmp_path / f"{name}.schema.json").write_text(json.dumps({
            "x-applies-to": "article", "required": [name], "x-rule": "house-rule", "x-severity": severity}),
            encoding="utf-8")
    with pytest.raises(ConfigError, match="house-rule is warning/newsroom here but error/newsroom"):
        parse_config({"schemas": ["*.schema.json"]}, source=tmp_path / ".newslint.toml")


def test_house_rules_are_described_in_sarif(tmp_path: Path) -> None:
    """Code-scanning UIs show a rule's level and fix hint from the run's rule descriptors."""
    result = run("check", "a.jsonld", "--format", "sarif", cwd=_project(tmp_path, keywords="a, b"))
    assert result.code == 1, result
    [sarif_run] = result.json()["runs"]
    described = {r["id"]: r for r in sarif_run["tool"]["driver"]["rules"]}
    section = described["missing-article-section"]
    assert section["defaultConfiguration"] == {"level": "warning"}
    assert section["properties"] == {"tags": ["newsroom"], "authority": "newsroom",
                                     "hint": "add the desk as articleSection"}
    assert described["keywords-not-a-list"]["defaultConfiguration"] == {"level": "error"}


def test_rules_lists_house_rules_with_the_configuration(tmp_path: Path) -> None:
    project = _project(tmp_path)
    listing = run("rules", cwd=project)
    assert listing.code == 0
    [line] = [ln for ln in listing.out.splitlines() if ln.startswith("missing-article-section ")]
    assert line.split()[1:3] == ["warning", "newsroom"] and "house/desk.schema.json" in line
    shown = run("rules", "missing-article-section", cwd=project)
    assert shown.code == 0 and "hint:      add the desk as articleSection" in shown.out
    described = {d["name"]: d for d in run("rules", "--format", "json", cwd=project).json()}
    assert described["keywords-not-a-list"]["kind"] == "house"
    # Without the configuration there are no house rules, and a did-you-mean among those there are.
    isolated = run("rules", "missing-article-section", "--isolated", cwd=project)
    assert isolated.code == 2 and "unknown rule 'missing-article-section'" in isolated.err
