"""CONTRIBUTING.md is true to the code.

Its walkthrough, followed literally on a copy of the package, gives the rule, the finding and
the passing test it shows. Every registered rule is found the way "Find a rule in under a
minute" says.

The walkthrough's blocks are read by their markers:

- a ``python`` block whose first line is ``# file: PATH`` is written to ``PATH`` (without that line);
- a ``python`` block whose first line is ``# edit: PATH, after the [first |last ]line ANCHOR``
  inserts its other lines after the line of ``PATH`` that is ``ANCHOR`` (stripped); without
  ``first``/``last`` the anchor must be unique;
- a block right after ``<!-- file: PATH -->`` is written to ``PATH``;
- a ``console`` block is run: each ``$ newslint ...`` or ``$ python -m pytest ...`` line in a
  subprocess, whose output must hold the lines shown after it, in order (``...`` stands for
  lines left out; runs of white space and pytest's timing do not count).
"""

from __future__ import annotations

import ast
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from linter import rules, schemas
from linter.cli import main
from tests.util import ROOT

DOC = ROOT / "CONTRIBUTING.md"
WALKTHROUGH = "## Walkthrough: write a new rule"
FIND = "## Find a rule in under a minute"
RULE = "headline-all-caps"  # the walkthrough's rule: it must not exist yet

_BLOCK = re.compile(r"^(?:<!-- file: (?P<marked>\S+) -->\n)?"  # a marker line, then a fenced block
                    r"(?P<fence>`{3,})(?P<lang>[\w-]*)\n(?P<body>.*?)^(?P=fence)$", re.MULTILINE | re.DOTALL)
_EDIT = re.compile(r"# edit: (?P<path>\S+), after the (?:(?P<which>first|last) )?line (?P<anchor>.+)")
_TIMING = re.compile(r" in \d+(?:\.\d+)?s\b")


def _section(text: str, heading: str) -> str:
    """From ``heading`` to the next heading of its level (``## `` lines in code blocks do not count)."""
    lines = text.splitlines(keepends=True)
    start = lines.index(f"{heading}\n")
    fence = ""
    for end in range(start + 1, len(lines)):
        line = lines[end]
        ticks = line[:len(line) - len(line.lstrip("`"))]
        if len(ticks) >= 3 and (not fence or (ticks == fence and not line.strip("`\n"))):
            fence = "" if fence else ticks
        elif not fence and line.startswith("## "):
            return "".join(lines[start:end])
    return "".join(lines[start:])


def _copy_project(dest: Path) -> None:
    """The package, its schemas, the test helpers and the pytest settings: what the walkthrough edits and runs."""
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "linter", dest / "linter", ignore=skip)
    shutil.copytree(ROOT / "schemas", dest / "schemas", ignore=skip)
    shutil.copytree(ROOT / "tests", dest / "tests",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "fixtures", "fuzz"))
    shutil.copy2(ROOT / "pyproject.toml", dest / "pyproject.toml")


def _apply_edit(root: Path, header: str, lines: list[str]) -> None:
    m = _EDIT.fullmatch(header)
    assert m is not None, f"unreadable edit marker: {header!r}"
    target = root / m["path"]
    file_lines = target.read_text(encoding="utf-8").split("\n")
    hits = [i for i, line in enumerate(file_lines) if line.strip() == m["anchor"].strip()]
    assert hits, f"{m['path']}: no line {m['anchor']!r} (CONTRIBUTING.md is out of step with the code)"
    if m["which"] is None:
        assert len(hits) == 1, f"{m['path']}: {m['anchor']!r} is on {len(hits)} lines; say first or last"
    at = hits[-1] if m["which"] == "last" else hits[0]
    file_lines[at + 1:at + 1] = lines
    target.write_text("\n".join(file_lines), encoding="utf-8")


def _command(line: str) -> list[str]:
    argv = shlex.split(line)
    if argv[0] == "newslint":
        return [sys.executable, "-m", "linter", *argv[1:]]
    if argv[:3] == ["python", "-m", "pytest"]:
        return [sys.executable, "-m", "pytest", *argv[3:], "-p", "no:cacheprovider"]
    raise AssertionError(f"the walkthrough runs only newslint and pytest, not: {line}")


def _norm(line: str) -> str:
    return " ".join(_TIMING.sub(" in Ns", line).split())


def _run_console(root: Path, body: str) -> list[str]:
    """Run each ``$ `` command of a console block in ``root``; its output must hold the lines shown."""
    runs: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            runs.append((line[2:], []))
        else:
            assert runs, f"output before any command in:\n{body}"
            runs[-1][1].append(line)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTEST_ADDOPTS", "GITHUB_ACTIONS")}
    env.update(PYTHONPATH=str(root), NO_COLOR="1")
    for command, expected in runs:
        proc = subprocess.run(_command(command), cwd=root, env=env, capture_output=True, text=True, timeout=240,
                              check=False)
        shown = f"$ {command}\n--- exit {proc.returncode}, stdout:\n{proc.stdout}\n--- stderr:\n{proc.stderr}"
        assert proc.returncode == 0, shown
        got = [_norm(line) for line in proc.stdout.splitlines()]
        at = 0
        for want in (_norm(line) for line in expected if line.strip() not in ("", "...")):
            while at < len(got) and got[at] != want:
                at += 1
            assert at < len(got), f"not in the output (or out of order): {want!r}\n{shown}"
            at += 1
    return [command for command, _ in runs]


@pytest.mark.slow
def test_the_walkthrough_gives_what_it_shows(tmp_path: Path) -> None:
    assert rules.get(RULE) is None, f"{RULE} exists now: give the walkthrough another example rule"
    walkthrough = _section(DOC.read_text(encoding="utf-8"), WALKTHROUGH)
    _copy_project(tmp_path)
    done: list[str] = []
    commands: list[str] = []
    for block in _BLOCK.finditer(walkthrough):
        lang, body, marked = block["lang"], block["body"], block["marked"]
        first, _, rest = body.partition("\n")
        if marked:
            (tmp_path / marked).write_text(body, encoding="utf-8")
            done.append(f"file {marked}")
        elif lang == "python" and first.startswith("# file: "):
            path = tmp_path / first.removeprefix("# file: ").strip()
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(rest, encoding="utf-8")
            done.append(f"file {path.relative_to(tmp_path)}")
        elif lang == "python" and first.startswith("# edit: "):
            _apply_edit(tmp_path, first, rest.rstrip("\n").split("\n"))
            done.append(f"edit {first.removeprefix('# edit: ').split(',')[0]}")
        elif lang == "console":
            commands += _run_console(tmp_path, body)
    # The walkthrough still has every step this test follows (a marker lost to an edit would
    # make the test pass without following anything).
    module = RULE.replace("-", "_")
    assert done == [f"file linter/rules/{module}.py", "edit linter/rules/__init__.py",
                    "edit linter/rules/_contract.py", "edit linter/rules/_contract.py",
                    f"file tests/rules/test_{module}.py", "file shouting.jsonld"], done
    assert [c.split()[0:3] for c in commands] == [
        ["newslint", "rules"], ["newslint", "rules", RULE], ["newslint", "check", "shouting.jsonld"],
        ["python", "-m", "pytest"], ["python", "-m", "pytest"]], commands
    assert f"tests/rules/test_{module}.py" in commands[3]


# --- "Find a rule in under a minute" --------------------------------------------------------------

REGISTRY = rules.registry()
RULES_DIR = ROOT / "linter" / "rules"


def _docstring(path: Path) -> str:
    return ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""


def test_the_section_says_what_is_checked_here() -> None:
    text = DOC.read_text(encoding="utf-8")
    find = _section(text, FIND)
    for said in ("newslint rules headline-mismatch", "linter/rules/headline_mismatch.py",
                 "tests/rules/test_headline_mismatch.py", "grep -rl '\"x-rule\": \"missing-author\"' schemas/",
                 "grep -rnw parse_error linter/"):
        assert said in find, said
    sections = ", ".join(f"*{s}*" for s in rules.SECTIONS)
    assert sections in " ".join(_section(text, WALKTHROUGH).split()), "the five sections, as the contract names them"


@pytest.mark.parametrize("name", list(REGISTRY))
def test_a_rule_is_found_by_its_name(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    rule = REGISTRY[name]
    module = name.replace("-", "_")
    path = RULES_DIR / f"{module}.py"
    assert path.is_file() and rule.module == f"linter.rules.{module}"
    doc = _docstring(path)
    headings = [line[3:].strip() for line in doc.splitlines() if line.startswith("## ")]
    assert headings == list(rules.sections(fixable=rule.fixable != "never"))
    assert (ROOT / "tests" / "rules" / f"test_{module}.py").is_file(), "its test is tests/rules/test_<module>.py"
    assert main(["rules", name]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{name}\n") and doc.strip() in out


def test_every_rule_module_is_registered() -> None:
    """A module in linter/rules/ is a rule (helpers are ``_``-prefixed), so its name finds it in the registry."""
    modules = {p.stem for p in RULES_DIR.glob("*.py") if not p.stem.startswith("_")}
    assert modules == {r.module.removeprefix("linter.rules.") for r in REGISTRY.values()}


#: The rules newslint's schemas name (``schema_rules()`` adds ``schema-violation``, which none names).
SCHEMA_RULES = sorted(set(schemas.schema_rules()) - {"schema-violation"})


@pytest.mark.parametrize("name", SCHEMA_RULES)
def test_a_schema_rule_is_found_in_its_schema(name: str) -> None:
    """``grep -rl '"x-rule": "NAME"' schemas/`` finds the schema holding its constraint."""
    needle = f'"x-rule": "{name}"'
    assert [p.name for p in sorted((ROOT / "schemas").rglob("*.json")) if needle in p.read_text(encoding="utf-8")]
    assert name in REGISTRY


def test_schema_violation_is_the_schema_rule_no_schema_names() -> None:
    """Rules without a ``check`` that no reader raises are schema rules; all but one are named in a schema."""
    import importlib

    without_check = {name for name, rule in REGISTRY.items() if rule.target is not rules.Target.READER
                     and not hasattr(importlib.import_module(rule.module), "check")}
    assert without_check - set(SCHEMA_RULES) == {"schema-violation"}


READER_RULES = [name for name, rule in REGISTRY.items() if rule.target is rules.Target.READER]


@pytest.mark.parametrize("name", READER_RULES)
def test_a_reader_rule_is_found_where_it_is_raised(name: str) -> None:
    """``grep -rnw MODULE linter/`` finds the code raising it, outside linter/rules/."""
    word = re.compile(rf"\b{name.replace('-', '_')}\b")
    raised = [p for p in sorted((ROOT / "linter").rglob("*.py"))
              if RULES_DIR not in p.parents and word.search(p.read_text(encoding="utf-8"))]
    assert raised
