"""Meta-tests: the schemas are valid and fully named, every rule is documented and tested."""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from linter import rules, schemas
from linter.findings import AUTHORITIES
from tests.util import ROOT

SCHEMA_DIR = ROOT / "schemas"
SCHEMA_FILES = sorted(SCHEMA_DIR.glob("*.schema.json"))
TEST_DIR = ROOT / "tests" / "rules"

#: Keywords that can fail on their own (JSON Schema 2020-12 validation vocabulary,
#: plus the applicators whose failure is reported at the schema holding them).
ASSERTIONS = frozenset({
    "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum",
    "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems",
    "uniqueItems", "maxContains", "minContains", "maxProperties", "minProperties", "required",
    "dependentRequired", "format", "anyOf", "oneOf", "not", "contains",
})
#: Applicators holding one subschema, a list of them, or a name -> subschema map.
ONE = ("not", "if", "then", "else", "items", "contains", "additionalProperties", "propertyNames",
       "unevaluatedItems", "unevaluatedProperties")
MANY = ("allOf", "anyOf", "oneOf", "prefixItems")
NAMED = ("properties", "patternProperties", "dependentSchemas")
SCHEMA_RULES = {name: rule for name, rule in rules.registry().items() if rule.target is rules.Target.SCHEMA}


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _ids(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=_ids(SCHEMA_FILES))
def test_schema_is_valid_draft_2020_12(path: Path) -> None:
    Draft202012Validator.check_schema(_load(path))


def test_there_are_schemas() -> None:
    assert {p.name for p in SCHEMA_FILES} >= {
        "news-article.schema.json", "faq-page.schema.json", "author.schema.json",
        "image-object.schema.json",
    }


class _Walker:
    """Finds assertions that would fail without a rule name.

    A violation becomes a named finding when the subschema holding the failing
    keyword carries ``x-rule`` (``linter.schemas._named``). Three places need no
    name of their own, because no error is ever reported *at* them:

    - an ``if`` subschema (and all below it): its failure only picks ``else``;
    - the branches of an ``anyOf``/``oneOf`` whose holder carries ``x-rule``: the
      branch errors come back as the context of the holder's error, which is named;
    - a ``$defs`` entry that is only ever reached from such an exempt place (e.g.
      author.schema.json ``$defs/agentType``, used only by the branches of the
      ``@type`` ``anyOf``). A ``$defs`` entry reached from anywhere else, or from
      nowhere, is checked like any other subschema.
    """

    def __init__(self, name: str, schema: dict[str, Any]) -> None:
        self.name = name
        self.schema = schema
        self.unnamed: list[str] = []
        self._walked: set[tuple[str, bool]] = set()

    def run(self) -> list[str]:
        self.walk(self.schema, "#", exempt=False)
        for key in self.schema.get("$defs", {}):
            if not any(ref == f"#/$defs/{key}" for ref, _ in self._walked):
                self.walk_def(f"#/$defs/{key}", exempt=False)
        return self.unnamed

    def walk_def(self, ref: str, *, exempt: bool) -> None:
        if (ref, exempt) in self._walked:
            return
        self._walked.add((ref, exempt))
        key = ref.removeprefix("#/$defs/")
        self.walk(self.schema["$defs"][key], ref, exempt=exempt)

    def walk(self, node: Any, where: str, *, exempt: bool) -> None:
        if node is False and not exempt:
            self.unnamed.append(f"{self.name}{where} (false schema)")
        if not isinstance(node, dict):
            return
        named = "x-rule" in node
        if not exempt and not named and ASSERTIONS & node.keys():
            self.unnamed.append(f"{self.name}{where}: {sorted(ASSERTIONS & node.keys())}")
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            self.walk_def(ref, exempt=exempt)
        # Other $refs name another schema file, which is checked as a whole on its own.
        for key in ONE:
            if key in node:
                self.walk(node[key], f"{where}/{key}", exempt=exempt or key == "if")
        for key in MANY:
            for i, sub in enumerate(node.get(key, ())):
                branch_exempt = exempt or (named and key in ("anyOf", "oneOf"))
                self.walk(sub, f"{where}/{key}/{i}", exempt=branch_exempt)
        for key in NAMED:
            for prop, sub in node.get(key, {}).items():
                self.walk(sub, f"{where}/{key}/{prop}", exempt=exempt)


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=_ids(SCHEMA_FILES))
def test_every_constraint_names_its_rule(path: Path) -> None:
    assert _Walker(path.name, _load(path)).run() == []


def test_walker_finds_unnamed_constraints() -> None:
    """The walker itself: what it must flag, and the three exemptions."""
    schema = {
        "type": "object",  # flagged: root assertion without a name
        "allOf": [
            {"required": ["a"]},  # flagged
            {"required": ["b"], "x-rule": "missing-headline"},
            {"if": {"type": "string"}, "then": {"pattern": "T"}},  # then flagged, if exempt
        ],
        "properties": {
            "c": {"anyOf": [{"$ref": "#/$defs/covered"}], "x-rule": "missing-headline"},
            "d": {"anyOf": [{"$ref": "#/$defs/shared"}]},  # flagged: anyOf without a name
            "e": {"$ref": "#/$defs/shared"},
        },
        "$defs": {
            "covered": {"enum": ["x"]},
            "shared": {"enum": ["y"]},  # flagged once: reached from an unnamed place
            "orphan": {"minLength": 1},  # flagged: reached from nowhere
        },
    }
    assert sorted(_Walker("s", schema).run()) == sorted([
        "s#: ['type']",
        "s#/allOf/0: ['required']",
        "s#/allOf/2/then: ['pattern']",
        "s#/properties/d: ['anyOf']",
        "s#/$defs/shared: ['enum']",
        "s#/$defs/orphan: ['minLength']",
    ])


def _named_subschemas(node: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "x-rule" in node:
            yield where, node
        for key, value in node.items():
            yield from _named_subschemas(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _named_subschemas(value, f"{where}/{i}")


ALL_NAMED = [
    (f"{path.name}{where}", sub)
    for path in SCHEMA_FILES
    for where, sub in _named_subschemas(_load(path))
]


@pytest.mark.parametrize(("where", "sub"), ALL_NAMED, ids=[w for w, _ in ALL_NAMED])
def test_x_rule_is_a_registered_schema_rule(where: str, sub: dict[str, Any]) -> None:
    rule = rules.get(sub["x-rule"])
    assert rule is not None, f"{where}: unknown rule {sub['x-rule']!r}"
    assert rule.target is rules.Target.SCHEMA, f"{where}: {rule.name} is a {rule.kind} rule"
    assert sub.get("x-severity") == rule.severity.value, f"{where}: x-severity differs from the registry"
    assert sub.get("x-authority") == rule.authority, f"{where}: x-authority differs from the registry"
    assert isinstance(sub.get("x-message"), str) and sub["x-message"], f"{where}: no x-message"


def test_every_schema_rule_appears_in_a_schema() -> None:
    used = {sub["x-rule"] for _, sub in ALL_NAMED}
    assert set(SCHEMA_RULES) - {"schema-violation"} <= used
    # schema-violation is what an *unnamed* constraint reports: no schema names it.
    assert "schema-violation" not in used


def test_schema_rule_metadata_has_one_source() -> None:
    """Every rule a schema names has a module targeting Target.SCHEMA (its docs); the registry takes the rest from the schema."""
    table = schemas.schema_rules()
    assert set(table) == set(SCHEMA_RULES)
    for name, meta in table.items():
        rule = SCHEMA_RULES[name]
        module = importlib.import_module(rule.module)
        assert not hasattr(module, "SEVERITY") and not hasattr(module, "AUTHORITY"), rule.module
        assert (module.__doc__ or "").strip(), f"{rule.module} has no docs"
        assert (rule.severity.value, rule.authority) == (meta.severity, meta.authority)
        assert meta.authority in AUTHORITIES


def test_a_rule_said_two_ways_in_one_schema_is_refused() -> None:
    schema = {"allOf": [{"required": ["a"], "x-rule": "r", "x-severity": "error", "x-authority": "google"},
                        {"required": ["b"], "x-rule": "r", "x-severity": "warning", "x-authority": "google"}]}
    with pytest.raises(schemas.SchemaError, match="r is warning/google here but error/google"):
        schemas.rules_of(schema, "s.schema.json")


MODULES = list(rules._MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_docstring_has_the_sections(module: str) -> None:
    loaded = importlib.import_module(f"linter.rules.{module}")
    doc = loaded.__doc__ or ""
    headings = [line[3:].strip() for line in doc.splitlines() if line.startswith("## ")]
    assert headings == list(rules.sections(fixable=hasattr(loaded, "fix")))
    assert doc.strip().splitlines()[0].strip(), "first line is the summary"


@pytest.mark.parametrize("module", MODULES)
def test_every_rule_has_a_test_file(module: str) -> None:
    assert (TEST_DIR / f"test_{module}.py").is_file()


@pytest.mark.parametrize("module", MODULES)
def test_rule_constants(module: str) -> None:
    mod = importlib.import_module(f"linter.rules.{module}")
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", mod.NAME)
    assert mod.NAME.replace("-", "_") == module, "the module is named after the rule"
    assert isinstance(mod.TARGET, rules.Target), "every rule declares its TARGET"
    assert not hasattr(mod, "KIND"), "a rule's kind follows from its TARGET"
    if mod.TARGET is rules.Target.SCHEMA:
        # Severity and authority of a schema rule live in its schema (x-severity, x-authority) only.
        assert not hasattr(mod, "SEVERITY") and not hasattr(mod, "AUTHORITY")
    else:
        assert mod.SEVERITY in ("error", "warning", "info")
        assert mod.AUTHORITY in AUTHORITIES
    assert mod.SOURCE.startswith("https://")
    assert isinstance(mod.HINT, str) and mod.HINT.strip()
    if mod.TARGET in (rules.Target.SCHEMA, rules.Target.READER):
        assert not hasattr(mod, "check"), "schema and reader rules have no check()"
    else:
        assert callable(getattr(mod, "check", None))


def test_registry_holds_every_module_once() -> None:
    registry = rules.registry()
    assert len(registry) == len(MODULES) == len(set(MODULES))
    assert [r.module for r in registry.values()] == [f"linter.rules.{m}" for m in MODULES]
    assert rules.get("parse-error") is not None and rules.get("parse-error").severity.value == "error"


def test_registry_imports_no_rule_module() -> None:
    import subprocess
    import sys

    code = ("import sys; from linter import rules; rules.registry(); "
            "print(sum(1 for m in sys.modules if m.startswith('linter.rules.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"
