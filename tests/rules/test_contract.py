"""The rule contract: rules are raised by module, never by a name in a string; a rule imports
helpers, never another rule, and other modules use a rule module only to raise it; mypy's list
of rule modules is the registry's; the registry's cache of the modules' declarations is theirs,
and renewed when a module changes."""

from __future__ import annotations

import ast
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from linter import rules
from tests.util import ROOT

RULES_DIR = ROOT / "linter" / "rules"
RULE_MODULES = set(rules._MODULES)
#: The calls that raise a rule, given its module first: ``finding`` and crawl's wrapper of it.
RAISED_BY = {"finding", "_always"}


def _python_files(*roots: Path) -> list[Path]:
    return sorted(p for root in roots for p in root.rglob("*.py") if "fixtures" not in p.parts)


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def test_no_rule_is_raised_by_a_name_in_a_string() -> None:
    """``finding(parse_error, ...)``, never ``finding("parse-error", ...)``: a typo in a module
    name fails at import and in mypy; one in a string only when the line runs."""
    found = []
    for path in _python_files(ROOT / "linter", ROOT / "tests"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and _called_name(node) in RAISED_BY and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.args[0].value!r}")
    assert found == []


def _imported_modules(tree: ast.AST) -> set[str]:
    """The ``linter.rules.*`` modules a module imports (``from linter.rules import x`` counts
    ``x`` when ``x`` is a rule module)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "linter.rules":
                out |= {a.name for a in node.names if a.name in RULE_MODULES}
            elif node.module.startswith("linter.rules."):
                out.add(node.module.removeprefix("linter.rules."))
        elif isinstance(node, ast.Import):
            out |= {a.name.removeprefix("linter.rules.") for a in node.names if a.name.startswith("linter.rules.")}
    return out


@pytest.mark.parametrize("module", sorted(RULE_MODULES))
def test_a_rule_imports_no_other_rule(module: str) -> None:
    tree = ast.parse((RULES_DIR / f"{module}.py").read_text(encoding="utf-8"))
    others = {m for m in _imported_modules(tree) if m != module and not m.startswith("_")}
    assert others == set(), "move what rules share into a helper module (linter/rules/_*.py)"


def test_helper_modules_import_no_rule() -> None:
    for path in RULES_DIR.glob("_*.py"):
        if path.name in ("__init__.py", "_contract.py"):
            continue
        assert _imported_modules(ast.parse(path.read_text(encoding="utf-8"))) == set(), path.name


def test_other_modules_use_a_rule_module_only_to_raise_it() -> None:
    """Outside ``linter/rules/``, a rule module is imported (``from linter.rules import x``) only to
    be passed to ``finding()``: what it holds besides its declarations is its own, and what
    others need (data, detection code) lives in a module of its own (``linter.vocab``,
    ``linter.readers.duplicate_keys``). Nor do they import the rules package's helper modules."""
    found = []
    for path in _python_files(ROOT / "linter"):
        if path.parent == RULES_DIR:
            continue
        where = path.relative_to(ROOT)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("linter.rules."):
                found.append(f"{where}:{node.lineno}: from {node.module} import ...")
            elif isinstance(node, ast.Import):
                found.extend(f"{where}:{node.lineno}: import {a.name}" for a in node.names
                             if a.name.startswith("linter.rules."))
            elif isinstance(node, ast.ImportFrom) and node.module == "linter.rules":
                found.extend(f"{where}:{node.lineno}: import of {a.name} from linter.rules" for a in node.names
                             if a.name.startswith("_"))
                imported |= {a.asname or a.name for a in node.names if a.name in RULE_MODULES}
        raised = {id(node.args[0]) for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and _called_name(node) in RAISED_BY and node.args}
        found.extend(f"{where}:{node.lineno}: {node.id} used other than to raise it" for node in ast.walk(tree)
                     if isinstance(node, ast.Name) and node.id in imported and id(node) not in raised)
    assert found == []


def test_mypy_checks_every_rule() -> None:
    """``_contract.py`` passes every rule module to mypy, in registry order."""
    tree = ast.parse((RULES_DIR / "_contract.py").read_text(encoding="utf-8"))
    call = next(n for n in ast.walk(tree) if isinstance(n, ast.Call) and _called_name(n) == "_keeps_the_contract")
    listed = [a.id for a in call.args if isinstance(a, ast.Name)]
    assert listed == list(rules._MODULES)


def test_each_target_dispatches_to_its_rules() -> None:
    registry = rules.registry()

    def names(checks: list[tuple[rules.Rule, object]]) -> list[str]:
        return [rule.name for rule, _ in checks]

    assert "headline-mismatch" in names(rules.node_checks("article"))
    assert "faq-not-visible" in names(rules.node_checks("faqpage"))
    both = {"dangling-reference"}
    assert both <= set(names(rules.node_checks("article"))) & set(names(rules.node_checks("faqpage")))
    assert "unknown-type" in names(rules.document_checks())
    assert names(rules.source_checks(page=False)) == [
        r.name for r in registry.values() if r.target is rules.Target.SOURCE]
    assert names(rules.source_checks(page=True)) == [
        *names(rules.source_checks(page=False)), *(r.name for r in registry.values() if r.target is rules.Target.PAGE)]
    assert names(rules.news_checks()) == [
        "news-sitemap-date-mismatch", "news-sitemap-title-mismatch", "news-sitemap-language-mismatch"]
    for rule in registry.values():
        assert (rule.kind == "python") == (rule.target not in (rules.Target.READER, rules.Target.SCHEMA)), rule.name
        assert (rule.kind == "reader") == (rule.target is rules.Target.READER), rule.name
        assert (rule.kind == "schema") == (rule.target is rules.Target.SCHEMA), rule.name


def test_finding_of_a_rule_module() -> None:
    from linter.rules import parse_error

    f = rules.finding(parse_error, "unreadable", "a.json", line=2)
    assert (f.rule, f.severity.value, f.authority, f.line) == ("parse-error", "error", "newslint", 2)
    assert f.hint == parse_error.HINT


def test_the_declarations_are_the_modules_own() -> None:
    declared = [rules._declare(importlib.import_module(f"linter.rules.{m}")) for m in rules._MODULES]
    assert rules._declarations() == declared


def _run(code: str, root: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root,
                          env=env).stdout.strip()


def test_the_cache_is_renewed_when_a_rule_changes(tmp_path: Path) -> None:
    """A copy of the package: the first run writes the cache, the next reads it, an edit renews it."""
    import shutil

    shutil.copytree(ROOT / "linter", tmp_path / "linter", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")  # schema rules' severities live there
    count = ("import sys; from linter import rules; r = rules.registry(); "
             "print(sum(1 for m in sys.modules if m.startswith('linter.rules.')), r['missing-title'].hint)")
    cold = _run(count, tmp_path)
    assert int(cold.split(" ", 1)[0]) >= len(rules._MODULES)  # a cold cache: every rule imported
    caches = list((tmp_path / "linter" / "rules" / "__pycache__").glob("rules.*.json"))
    assert len(caches) == 1 and json.loads(caches[0].read_text(encoding="utf-8"))["rules"]
    warm = _run(count, tmp_path)
    assert warm == f"0 {rules.get('missing-title').hint}"  # type: ignore[union-attr]
    module = tmp_path / "linter" / "rules" / "missing_title.py"
    text = module.read_text(encoding="utf-8")
    module.write_text(text.replace('HINT = "', 'HINT = "(edited) '), encoding="utf-8")
    edited = _run(count, tmp_path)
    assert edited.split(" ", 1)[1].startswith("(edited) ")


def test_hints_by_source_kind() -> None:
    """``HINTS`` names kinds of source only, and a hint for a page or a JSON-LD file never
    points to a site setting: the site's settings are read for text and Markdown sources."""
    import types

    for rule in rules.registry().values():
        for kind in ("html", "jsonld"):
            assert "[tool.newslint.site]" not in rule.hint_for(kind), (rule.name, kind)
    module = types.ModuleType("linter.rules.made_up")
    module.NAME, module.TARGET, module.SOURCE, module.HINT = "made-up", rules.Target.SCHEMA, "", "fix it"
    module.HINTS = {"pdf": "print it"}
    with pytest.raises(ValueError, match="pdf"):
        rules._declare(module)
