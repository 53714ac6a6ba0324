"""The JSON Schemas in ``schemas/``: loading them as package resources and naming their errors.

Every constraint in a newslint schema carries ``x-rule`` (the rule it reports),
``x-severity`` and ``x-message``, so one JSON Schema violation becomes one
named finding. ``x-applies-to`` at a schema's top level says which nodes it
judges: ``"article"`` (every schema.org Article type) or ``"faqpage"``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

UNNAMED_RULE = "schema-violation"


@dataclass(frozen=True, slots=True)
class Violation:
    rule: str
    severity: str | None
    message: str
    path: tuple[str | int, ...]


def schema_dir() -> Traversable:
    """Where the schemas are: inside the installed package, or at the top of a checkout."""
    packaged = resources.files("linter") / "schemas"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "schemas"


@cache
def load_schemas() -> dict[str, dict[str, Any]]:
    """Every ``*.schema.json``, by file name."""
    out: dict[str, dict[str, Any]] = {}
    for entry in sorted(schema_dir().iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".schema.json"):
            out[entry.name] = json.loads(entry.read_text(encoding="utf-8"))
    return out


@cache
def _validators() -> dict[str, list[Callable[[Any], Iterator[Violation]]]]:
    """Per node kind, a validate function for each schema that applies to it.

    Schemas are compiled (:mod:`linter.validator`); one that uses a keyword the
    compiler does not know is validated by jsonschema instead.
    """
    from linter.validator import Compiler, NotCompilable, compile_schema

    schemas = load_schemas()
    compiler = Compiler(list(schemas.values()))
    by_kind: dict[str, list[Callable[[Any], Iterator[Violation]]]] = {}
    for schema in schemas.values():
        kind = schema.get("x-applies-to")
        if not kind:
            continue
        try:
            compiled = compile_schema(schema, compiler)
        except NotCompilable:
            by_kind.setdefault(kind, []).append(_jsonschema_validate(schema))
            continue
        by_kind.setdefault(kind, []).append(
            lambda instance, compiled=compiled: (_from_compiled(s, p) for s, p in compiled(instance)))
    return by_kind


def _jsonschema_validate(schema: dict[str, Any]) -> Callable[[Any], Iterator[Violation]]:
    validator = jsonschema_validator(schema)
    return lambda instance: (_named(e) for e in validator.iter_errors(instance))


def jsonschema_validator(schema: dict[str, Any]) -> Any:
    """A jsonschema Draft 2020-12 validator for ``schema``, with every newslint schema resolvable."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    registry: Registry = Registry().with_resources(
        (s["$id"], Resource.from_contents(s, default_specification=DRAFT202012))
        for s in load_schemas().values()
    )
    return Draft202012Validator(schema, registry=registry)


def _from_compiled(schema: dict[str, Any], path: tuple[str | int, ...]) -> Violation:
    if "x-rule" in schema:
        return Violation(schema["x-rule"], schema.get("x-severity"), schema.get("x-message", schema["x-rule"]), path)
    return Violation(UNNAMED_RULE, None, "value does not match the schema", path)


def validate(kind: str, instance: Any) -> Iterator[Violation]:
    """Named violations of every schema that applies to ``kind`` nodes."""
    for validate_one in _validators().get(kind, ()):
        yield from validate_one(instance)


def _named(error: Any) -> Violation:
    schema = error.schema if isinstance(error.schema, dict) else {}
    if "x-rule" in schema:
        return Violation(
            rule=schema["x-rule"],
            severity=schema.get("x-severity"),
            message=schema.get("x-message", error.message),
            path=tuple(error.absolute_path),
        )
    if error.context:
        from jsonschema.exceptions import best_match

        return _named(best_match(error.context))
    return Violation(UNNAMED_RULE, None, error.message, tuple(error.absolute_path))
