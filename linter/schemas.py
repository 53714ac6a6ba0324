"""The JSON Schemas in ``schemas/`` (and a project's house schemas): loading them, naming their errors.

**What a schema is applied to.** Not the raw JSON-LD of a file, but each
article and FAQPage node as :meth:`linter.graph.Graph.view` resolves it: the
node with ``{"@id": ...}`` references replaced by the nodes they name (in any
block of the page), other descriptions of the same ``@id`` merged in, blank
values (``""``, ``null``, ``[]``) dropped as missing, and ``@type`` values
shortened to schema.org names (``https://schema.org/NewsArticle`` and
``newsarticle`` become ``NewsArticle``). ``python -m linter.schemas FILE``
prints those nodes, so ``check-jsonschema`` can be run on exactly what newslint
validates (``schemas/README.md``); ``tests/test_check_jsonschema_parity.py``
holds the two to the same violations.

**One place for a schema rule's metadata.** Every constraint carries
``x-rule`` (the rule it reports), ``x-severity``, ``x-authority`` and
``x-message``, so one JSON Schema violation becomes one named finding;
:func:`schema_rules` reads the rule table from the shipped schemas. The rule
module in ``linter/rules/`` holds what is documentation: the docstring,
``SOURCE`` and ``HINT``. ``x-applies-to`` at a schema's top level says which
nodes it judges: ``"article"`` (every schema.org Article type) or
``"faqpage"``; the author and image schemas are reached by ``$ref``.

**House schemas** (``schemas = [...]`` in the configuration) work the same
way; see :func:`load_house_schemas`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.abc import Traversable

UNNAMED_RULE = "schema-violation"
SEVERITIES = ("error", "warning", "info")
#: Authorities a schema rule may name (``linter.findings.AUTHORITIES``, kept import-free here).
AUTHORITIES = ("google", "schema.org", "newsroom", "seo", "newslint")
_RULE_NAME = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_DRAFT = "https://json-schema.org/draft/2020-12/schema"


class SchemaError(Exception):
    """A schema newslint cannot use, worded for a one-line message."""


@dataclass(frozen=True, slots=True)
class SchemaRule:
    """What a violation of a named constraint reports (read from the schema that names it)."""

    name: str
    severity: str
    authority: str
    hint: str | None = None
    schema: str = ""  # the file that names it


#: What a constraint that names no rule reports (the module ``linter/rules/schema_violation.py`` documents it).
FALLBACK = SchemaRule(UNNAMED_RULE, "error", "newslint")


@dataclass(frozen=True, slots=True)
class Violation:
    rule: str
    severity: str | None
    message: str
    path: tuple[str | int, ...]
    authority: str | None = None
    hint: str | None = None


def schema_dir() -> Traversable:
    """Where the schemas are: inside the installed package, or at the top of a checkout.

    Looked for as files first: importlib.resources costs every run a few milliseconds of
    imports (tempfile, shutil, the compression modules), and is needed only where the package
    is no directory (a zip).
    """
    here = Path(__file__).resolve().parent
    for folder in (here / "schemas", here.parent / "schemas"):
        if folder.is_dir():
            return folder
    from importlib import resources

    return resources.files("linter") / "schemas"


@cache
def load_schemas() -> dict[str, dict[str, Any]]:
    """Every ``*.schema.json``, by file name."""
    out: dict[str, dict[str, Any]] = {}
    for entry in sorted(schema_dir().iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".schema.json"):
            out[entry.name] = json.loads(entry.read_text(encoding="utf-8"))
    return out


def named_constraints(schema: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every subschema carrying ``x-rule``, with its JSON pointer in the schema."""
    if isinstance(schema, dict):
        if "x-rule" in schema:
            yield where, schema
        for key, value in schema.items():
            if not key.startswith("x-"):
                yield from named_constraints(value, f"{where}/{key}")
    elif isinstance(schema, list):
        for i, value in enumerate(schema):
            yield from named_constraints(value, f"{where}/{i}")


def rules_of(schema: dict[str, Any], name: str, *, defaults: bool = False) -> dict[str, SchemaRule]:
    """The rules ``schema`` (file ``name``) names, with their severity, authority and hint.

    A rule named by several constraints must say the same of itself in each.
    With ``defaults`` (house schemas), a constraint may leave out ``x-severity``
    (the schema's, else ``error``), ``x-authority`` (the schema's, else
    ``newsroom``) and ``x-hint`` (the schema's); newslint's own schemas state
    severity and authority on every constraint.
    """
    out: dict[str, SchemaRule] = {}
    found = list(named_constraints(schema))
    if defaults and isinstance(schema.get("x-rule"), str) and not any(w == "#" for w, _ in found):
        found.insert(0, ("#", schema))
    for where, sub in found:
        rule = sub["x-rule"]
        if not isinstance(rule, str) or not _RULE_NAME.fullmatch(rule):
            raise SchemaError(f"{name}{where}: x-rule must be a kebab-case rule name, not {rule!r}")
        severity = sub.get("x-severity", schema.get("x-severity", "error") if defaults else None)
        authority = sub.get("x-authority", schema.get("x-authority", "newsroom") if defaults else None)
        hint = sub.get("x-hint", schema.get("x-hint") if defaults else None)
        if severity not in SEVERITIES:
            raise SchemaError(f"{name}{where}: x-severity of {rule} must be one of {', '.join(SEVERITIES)}, "
                              f"not {severity!r}")
        if authority not in AUTHORITIES:
            raise SchemaError(f"{name}{where}: x-authority of {rule} must be one of {', '.join(AUTHORITIES)}, "
                              f"not {authority!r}")
        if hint is not None and not isinstance(hint, str):
            raise SchemaError(f"{name}{where}: x-hint of {rule} must be a string")
        meta = SchemaRule(rule, severity, authority, hint, name)
        seen = out.setdefault(rule, meta)
        if (seen.severity, seen.authority) != (severity, authority):
            raise SchemaError(f"{name}{where}: {rule} is {severity}/{authority} here but "
                              f"{seen.severity}/{seen.authority} elsewhere in the schema")
        if hint is not None and seen.hint is None:
            out[rule] = meta
    return out


@cache
def schema_rules() -> dict[str, SchemaRule]:
    """Every rule newslint's own schemas name (plus ``schema-violation``), by name.

    The single source of a schema rule's severity and authority: the rule
    registry (``linter.rules``) takes them from here.
    """
    out: dict[str, SchemaRule] = {}
    for name, schema in load_schemas().items():
        for rule, meta in rules_of(schema, name).items():
            seen = out.setdefault(rule, meta)
            if (seen.severity, seen.authority) != (meta.severity, meta.authority):
                raise SchemaError(f"{name}: {rule} is {meta.severity}/{meta.authority} here but "
                                  f"{seen.severity}/{seen.authority} in {seen.schema}")
    out.setdefault(UNNAMED_RULE, FALLBACK)
    return out


@dataclass(frozen=True, slots=True)
class HouseSchema:
    """A project's own JSON Schema, from ``schemas = [...]`` in the configuration.

    Kept as JSON text so that it is hashable (its compiled validator is cached
    by it) and travels to worker processes with the configuration.
    """

    path: str
    text: str
    applies_to: tuple[str, ...]  # "article", "faqpage", or schema.org type names
    rules: tuple[SchemaRule, ...]
    default_rule: str | None = None  # a top-level x-rule names the schema's unnamed constraints

    def applies(self, kind: str, instance: Any) -> bool:
        if kind in self.applies_to:
            return True
        raw = instance.get("@type") if isinstance(instance, dict) else None
        types = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []
        return any(t in self.applies_to for t in types if isinstance(t, str))


def house_rules(house: Iterable[HouseSchema]) -> dict[str, SchemaRule]:
    """The rules a set of house schemas name, by name."""
    return {rule.name: rule for h in house for rule in h.rules}


def load_house_schemas(patterns: Sequence[str], root: Path, *, taken: Iterable[str] = ()) -> tuple[HouseSchema, ...]:
    """Read the house schemas ``patterns`` (globs relative to ``root``) name.

    Raises :class:`SchemaError` for a pattern that matches no file, a file that
    is not JSON or not a valid draft 2020-12 schema, an ``x-applies-to`` naming
    nodes newslint does not check, a ``$ref`` nothing resolves, or a rule name
    that is ``taken`` (a built-in rule) or said two ways.
    """
    import glob

    taken = set(taken)
    out: list[HouseSchema] = []
    seen: dict[str, SchemaRule] = {}
    for pattern in patterns:
        matches = sorted(glob.glob(str(root / pattern), recursive=True))
        if not matches:
            if glob.has_magic(pattern):
                raise SchemaError(f"house schemas '{pattern}' match no file (relative to {root})")
            raise SchemaError(f"house schema not found: {root / pattern}")
        for match in matches:
            house = _load_house(Path(match), taken)
            for rule in house.rules:
                if rule.name in seen and (seen[rule.name].severity, seen[rule.name].authority) != (
                        rule.severity, rule.authority):
                    raise SchemaError(f"{match}: {rule.name} is {rule.severity}/{rule.authority} here but "
                                      f"{seen[rule.name].severity}/{seen[rule.name].authority} "
                                      f"in {seen[rule.name].schema}")
                seen.setdefault(rule.name, rule)
            out.append(house)
    return tuple(out)


def _load_house(path: Path, taken: set[str]) -> HouseSchema:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError as InvalidSchema

    from linter.graph import ARTICLE_TYPES, FAQ_TYPES

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaError(f"cannot read house schema {path}: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        schema = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaError(f"{path}: invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise SchemaError(f"{path}: invalid JSON: nested too deeply") from None
    if not isinstance(schema, dict):
        raise SchemaError(f"{path}: a house schema must be a JSON object")
    if schema.get("$schema", _DRAFT) != _DRAFT:
        raise SchemaError(f"{path}: $schema must be {_DRAFT} (newslint validates with draft 2020-12)")
    try:
        Draft202012Validator.check_schema(schema)
    except InvalidSchema as exc:
        raise SchemaError(f"{path}: not a valid draft 2020-12 JSON Schema: {exc.message} "
                          f"(at {exc.json_path.replace('$', 'schema', 1)})") from None
    applies = schema.get("x-applies-to")
    applies_to = (applies,) if isinstance(applies, str) else tuple(applies) if isinstance(applies, list) else ()
    allowed = {"article", "faqpage"} | ARTICLE_TYPES | FAQ_TYPES
    if not applies_to or not all(isinstance(a, str) and a in allowed for a in applies_to):
        raise SchemaError(f"{path}: x-applies-to must name the nodes the schema judges: \"article\", "
                          f"\"faqpage\", or schema.org Article or FAQPage types such as \"NewsArticle\"")
    schema.setdefault("$id", f"https://newslint.invalid/schemas/{path.name}")
    _check_refs(schema, path)
    table = rules_of(schema, str(path), defaults=True)
    for name in table:
        if name in taken:
            raise SchemaError(f"{path}: x-rule '{name}' is a built-in rule; give the house constraint its own name")
    default = schema.get("x-rule") if isinstance(schema.get("x-rule"), str) else None
    return HouseSchema(str(path), json.dumps(schema, sort_keys=True), applies_to, tuple(table.values()), default)


def _check_refs(schema: dict[str, Any], path: Path) -> None:
    """Every ``$ref`` resolves (to the schema itself or to one of newslint's), so none fails mid-run."""
    from referencing import Registry, Resource
    from referencing.exceptions import Unresolvable
    from referencing.jsonschema import DRAFT202012

    registry: Registry = Registry().with_resources(
        (s["$id"], Resource.from_contents(s, default_specification=DRAFT202012))
        for s in (*load_schemas().values(), schema)
    )

    def walk(node: Any, base: str) -> Iterator[tuple[str, str]]:
        if isinstance(node, dict):
            base = node["$id"] if isinstance(node.get("$id"), str) else base
            if isinstance(node.get("$ref"), str):
                yield node["$ref"], base
            for key, value in node.items():
                if not key.startswith("x-") and key != "enum" and key != "const":
                    yield from walk(value, base)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value, base)

    for ref, base in walk(schema, schema["$id"]):
        try:
            registry.resolver(base_uri=base).lookup(ref)
        except Unresolvable:
            raise SchemaError(f"{path}: $ref {ref!r} resolves to nothing (a house schema may refer to "
                              f"itself and to newslint's schemas by file name)") from None


@cache
def _validators() -> dict[str, list[Callable[[Any], Iterator[Violation]]]]:
    """Per node kind, a validate function for each schema that applies to it."""
    schemas = load_schemas()
    by_kind: dict[str, list[Callable[[Any], Iterator[Violation]]]] = {}
    for schema in schemas.values():
        kind = schema.get("x-applies-to")
        if kind:
            by_kind.setdefault(kind, []).append(_compile(schema, list(schemas.values())))
    return by_kind


def _compile(schema: dict[str, Any], others: list[dict[str, Any]]) -> Callable[[Any], Iterator[Violation]]:
    """A validate function for ``schema``: compiled (:mod:`linter.validator`), else jsonschema's."""
    from linter.validator import Compiler, NotCompilable, compile_schema

    try:
        compiled = compile_schema(schema, Compiler([*others, schema]))
    except NotCompilable:
        validator = jsonschema_validator(schema)
        return lambda instance: (_named(e) for e in validator.iter_errors(instance))
    return lambda instance: (_from_compiled(s, p) for s, p in compiled(instance))


@lru_cache(maxsize=64)
def _house_validator(house: HouseSchema) -> Callable[[Any], Iterator[Violation]]:
    validate_one = _compile(json.loads(house.text), list(load_schemas().values()))
    table = {**schema_rules(), **house_rules([house])}

    def run(instance: Any) -> Iterator[Violation]:
        for v in validate_one(instance):
            rule = house.default_rule if v.rule == UNNAMED_RULE and house.default_rule else v.rule
            meta = table.get(rule, FALLBACK)
            yield Violation(rule, meta.severity, v.message, v.path, meta.authority, meta.hint)
    return run


def jsonschema_validator(schema: dict[str, Any]) -> Any:
    """A jsonschema Draft 2020-12 validator for ``schema``, with every newslint schema resolvable."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    registry: Registry = Registry().with_resources(
        (s["$id"], Resource.from_contents(s, default_specification=DRAFT202012))
        for s in (*load_schemas().values(), schema) if "$id" in s
    )
    return Draft202012Validator(schema, registry=registry)


def _from_compiled(schema: dict[str, Any], path: tuple[str | int, ...]) -> Violation:
    if "x-rule" in schema:
        return _violation(schema["x-rule"], schema.get("x-message", schema["x-rule"]), path)
    return _violation(UNNAMED_RULE, "value does not match the schema", path)


def _violation(rule: str, message: str, path: tuple[str | int, ...]) -> Violation:
    meta = schema_rules().get(rule)
    if meta is None:  # a house rule: its own table fills this in
        return Violation(rule, None, message, path)
    return Violation(rule, meta.severity, message, path, meta.authority, meta.hint)


def validate(kind: str, instance: Any, *, house: Sequence[HouseSchema] = ()) -> Iterator[Violation]:
    """Named violations of every schema (newslint's, then the ``house`` ones) that applies to ``kind`` nodes."""
    for validate_one in _validators().get(kind, ()):
        yield from validate_one(instance)
    for h in house:
        if h.applies(kind, instance):
            yield from _house_validator(h)(instance)


def _named(error: Any) -> Violation:
    schema = error.schema if isinstance(error.schema, dict) else {}
    if "x-rule" in schema:
        return _violation(schema["x-rule"], schema.get("x-message", error.message), tuple(error.absolute_path))
    if error.context:
        from jsonschema.exceptions import best_match

        return _named(best_match(error.context))
    return _violation(UNNAMED_RULE, error.message, tuple(error.absolute_path))


def applied_nodes(source: Any) -> Iterator[tuple[str, Any, Any]]:
    """``(kind, view, graph)`` for every node of a linted source the schemas judge, as they see it."""
    from linter.graph import Graph

    graph = source.graph or Graph(documents=[d.data for d in source.documents])
    for node in graph.nodes:
        if node.kind is not None:
            yield node.kind, graph.view(node), graph


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m linter.schemas FILE...``: the nodes newslint's schemas are applied to, as JSON."""
    import argparse
    import sys

    from linter.config import ConfigError, load_config
    from linter.lint import check_source, read_source
    from linter.readers import reader_for

    parser = argparse.ArgumentParser(
        prog="python -m linter.schemas",
        description="Print each article and FAQPage node of FILE as newslint's schemas see it "
                    "(references resolved, blanks dropped, types shortened), one JSON object a line: "
                    "{\"path\", \"json_path\", \"kind\", \"schema\", \"node\"}.")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args(argv)
    try:
        config = load_config()  # site facts shape the JSON-LD built from articles
    except ConfigError as exc:
        parser.exit(2, f"python -m linter.schemas: error: {exc}\n")
    for name in args.files:
        kind = reader_for(name)
        if kind is None:
            parser.error(f"newslint does not read {name}")
        source = read_source(Path(name).read_bytes(), name, kind, config)
        check_source(source, config)  # links the graph as a run does (with the page's base URL)
        for node_kind, view, _ in applied_nodes(source):
            schema = next(n for n, s in load_schemas().items() if s.get("x-applies-to") == node_kind)
            sys.stdout.write(json.dumps({"path": name, "json_path": view.path, "kind": node_kind,
                                         "schema": schema, "node": view.data}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
