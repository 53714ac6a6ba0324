"""A compiled validator for the JSON Schema keywords newslint's schemas use.

jsonschema is the reference: it checks the schemas themselves (``check_schema``
in the tests) and validates any schema this module cannot compile. But it
costs about 110 ms to import and a few hundred microseconds per article node,
which a pre-commit hook and a 400-pages-a-second page check cannot afford.
This module compiles a schema once into plain Python closures for the subset
of draft 2020-12 below, and yields the same errors (the subschema holding the
failing keyword, and the instance path) as ``jsonschema``'s ``iter_errors``;
``tests/test_validator.py`` checks that on the corpus and on generated data.

Supported: ``type``, ``required``, ``properties``, ``items``, ``allOf``,
``anyOf``, ``oneOf``, ``not``, ``if``/``then``/``else``, ``pattern``,
``const``, ``enum``, ``contains``, ``minItems``, ``maxItems``, ``minLength``,
``maxLength``, ``$ref`` (to ``#/...`` or to another schema by ``$id``).
Annotations (``title``, ``description``, ``format``, ``$defs``, ``x-*``...)
are ignored. Anything else raises :class:`NotCompilable`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urldefrag, urljoin

Error = tuple[dict[str, Any], tuple[str | int, ...]]
Collect = Callable[[Any, tuple[str | int, ...], list[Error]], None]
Test = Callable[[Any], bool]

_ANNOTATIONS = frozenset({
    "$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples",
    "format", "deprecated", "readOnly", "writeOnly", "definitions", "$anchor",
})
_SUPPORTED = frozenset({
    "type", "required", "properties", "items", "allOf", "anyOf", "oneOf", "not", "if", "then",
    "else", "pattern", "const", "enum", "contains", "minItems", "maxItems", "minLength",
    "maxLength", "$ref",
})


class NotCompilable(Exception):
    """The schema uses a keyword this module does not implement."""


def _is_type(value: Any, name: str) -> bool:
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "string":
        return isinstance(value, str)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if name == "integer":
        if isinstance(value, bool):
            return False
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    raise NotCompilable(f"unknown type {name!r}")


def _equal(a: Any, b: Any) -> bool:
    """JSON equality: ``true`` is not ``1``, ``1`` is ``1.0``."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b, strict=False))
    if _num(a) and _num(b):
        return bool(a == b)
    return type(a) is type(b) and bool(a == b)


def _num(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


class Compiler:
    """Compiles schemas that may refer to each other by ``$id``."""

    def __init__(self, schemas: list[dict[str, Any]]) -> None:
        self.by_id = {s["$id"]: s for s in schemas if isinstance(s, dict) and "$id" in s}
        self._collect: dict[int, Collect] = {}
        self._test: dict[int, Test] = {}
        self._keep: list[Any] = []  # keeps resolved subschemas alive (ids are cache keys)

    # -- references ---------------------------------------------------------------------------

    def _resolve(self, ref: str, base: str) -> tuple[dict[str, Any], str]:
        url, fragment = urldefrag(urljoin(base, ref))
        root = self.by_id.get(url)
        if root is None:
            raise NotCompilable(f"unresolvable $ref {ref!r}")
        node: Any = root
        for part in (p for p in fragment.split("/") if p):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node.get(part)
            if node is None:
                raise NotCompilable(f"unresolvable $ref {ref!r}")
        self._keep.append(node)
        return node, url

    # -- compiling ----------------------------------------------------------------------------

    def collector(self, schema: Any, base: str) -> Collect:
        """``f(instance, path, errors)`` appending ``(subschema, path)`` for every error."""
        key = id(schema)
        if key in self._collect:
            return self._collect[key]
        # Placeholder first: recursive schemas ($ref cycles) call back into themselves.
        cell: list[Collect] = []
        self._collect[key] = lambda inst, path, out: cell[0](inst, path, out)
        fn = self._build_collector(schema, base)
        cell.append(fn)
        self._collect[key] = fn
        return fn

    def test(self, schema: Any, base: str) -> Test:
        """``f(instance) -> bool``: whether the instance is valid, stopping at the first error."""
        key = id(schema)
        if key in self._test:
            return self._test[key]
        cell: list[Test] = []
        self._test[key] = lambda inst: cell[0](inst)
        fn = self._build_test(schema, base)
        cell.append(fn)
        self._test[key] = fn
        return fn

    def _keywords(self, schema: Any) -> dict[str, Any]:
        if schema is True or schema == {}:
            return {}
        if schema is False:
            raise NotCompilable("false schema")
        if not isinstance(schema, dict):
            raise NotCompilable("schema is not an object")
        unknown = {k for k in schema if k not in _SUPPORTED and k not in _ANNOTATIONS
                   and not k.startswith("x-")}
        if unknown:
            raise NotCompilable(f"unsupported keywords: {sorted(unknown)}")
        return schema

    def _build_collector(self, schema: Any, base: str) -> Collect:
        kw = self._keywords(schema)
        base = schema.get("$id", base) if isinstance(schema, dict) else base
        steps: list[Collect] = []
        for name, value in kw.items():
            step = self._collect_step(schema, name, value, base)
            if step is not None:
                steps.append(step)
        if not steps:
            return lambda inst, path, out: None
        if len(steps) == 1:
            return steps[0]

        def run(inst: Any, path: tuple[str | int, ...], out: list[Error]) -> None:
            for step in steps:
                step(inst, path, out)
        return run

    def _collect_step(self, schema: dict[str, Any], name: str, value: Any, base: str) -> Collect | None:
        if name in ("anyOf", "oneOf") and "x-rule" not in schema:
            # jsonschema names such an error after the best-matching branch
            # (best_match); that heuristic is left to jsonschema itself.
            raise NotCompilable(f"{name} without x-rule")
        test = self._test_step(schema, name, value, base)
        if name == "properties":
            subs = {k: self.collector(v, base) for k, v in value.items()}

            def properties(inst: Any, path: tuple[str | int, ...], out: list[Error]) -> None:
                if isinstance(inst, dict):
                    for k, fn in subs.items():
                        if k in inst:
                            fn(inst[k], (*path, k), out)
            return properties
        if name == "items":
            sub = self.collector(value, base)

            def items(inst: Any, path: tuple[str | int, ...], out: list[Error]) -> None:
                if isinstance(inst, list):
                    for i, item in enumerate(inst):
                        sub(item, (*path, i), out)
            return items
        if name == "allOf":
            subs_all = [self.collector(v, base) for v in value]

            def all_of(inst: Any, path: tuple[str | int, ...], out: list[Error]) -> None:
                for fn in subs_all:
                    fn(inst, path, out)
            return all_of
        if name == "$ref":
            target, target_base = self._resolve(value, base)
            return self.collector(target, target_base)
        if name == "if":
            cond = self.test(value, base)
            then = self.collector(schema["then"], base) if "then" in schema else None
            other = self.collector(schema["else"], base) if "else" in schema else None

            def if_(inst: Any, path: tuple[str | int, ...], out: list[Error]) -> None:
                branch = then if cond(inst) else other
                if branch is not None:
                    branch(inst, path, out)
            return if_
        if name == "required":
            names = list(value)

            def required(inst: Any, path: tuple[str | int, ...], out: list[Error]) -> None:
                if isinstance(inst, dict):
                    for n in names:
                        if n not in inst:
                            out.append((schema, path))
            return required
        if name in ("then", "else"):
            return None  # handled by "if"
        if test is None:
            return None

        def keyword(inst: Any, path: tuple[str | int, ...], out: list[Error]) -> None:
            if not test(inst):
                out.append((schema, path))
        return keyword

    def _build_test(self, schema: Any, base: str) -> Test:
        kw = self._keywords(schema)
        base = schema.get("$id", base) if isinstance(schema, dict) else base
        steps = [t for name, value in kw.items()
                 if (t := self._test_step(schema, name, value, base, full=True)) is not None]
        if not steps:
            return lambda inst: True
        if len(steps) == 1:
            return steps[0]
        return lambda inst: all(step(inst) for step in steps)

    def _test_step(self, schema: dict[str, Any], name: str, value: Any, base: str,
                   full: bool = False) -> Test | None:
        """A keyword as a predicate; structural keywords only when ``full`` (boolean mode)."""
        if name == "type":
            names = [value] if isinstance(value, str) else list(value)
            for n in names:
                _is_type(None, n)  # unknown type names are NotCompilable
            return lambda inst: any(_is_type(inst, n) for n in names)
        if name == "pattern":
            rx = re.compile(value)
            return lambda inst: not isinstance(inst, str) or rx.search(inst) is not None
        if name == "const":
            return lambda inst: _equal(inst, value)
        if name == "enum":
            options = list(value)
            hashable = {o for o in options if isinstance(o, str)}
            return lambda inst: (inst in hashable) if isinstance(inst, str) else any(_equal(inst, o) for o in options)
        if name == "minItems":
            return lambda inst: not isinstance(inst, list) or len(inst) >= value
        if name == "maxItems":
            return lambda inst: not isinstance(inst, list) or len(inst) <= value
        if name == "minLength":
            return lambda inst: not isinstance(inst, str) or len(inst) >= value
        if name == "maxLength":
            return lambda inst: not isinstance(inst, str) or len(inst) <= value
        if name == "anyOf":
            subs = [self.test(v, base) for v in value]
            return lambda inst: any(fn(inst) for fn in subs)
        if name == "oneOf":
            subs = [self.test(v, base) for v in value]
            return lambda inst: sum(1 for fn in subs if fn(inst)) == 1
        if name == "not":
            sub = self.test(value, base)
            return lambda inst: not sub(inst)
        if name == "contains":
            sub = self.test(value, base)
            return lambda inst: not isinstance(inst, list) or any(sub(i) for i in inst)
        if not full:
            return None
        if name == "required":
            names = list(value)
            return lambda inst: not isinstance(inst, dict) or all(n in inst for n in names)
        if name == "properties":
            subs_p = {k: self.test(v, base) for k, v in value.items()}
            return lambda inst: not isinstance(inst, dict) or all(
                fn(inst[k]) for k, fn in subs_p.items() if k in inst)
        if name == "items":
            sub_i = self.test(value, base)
            return lambda inst: not isinstance(inst, list) or all(sub_i(i) for i in inst)
        if name == "allOf":
            subs_a = [self.test(v, base) for v in value]
            return lambda inst: all(fn(inst) for fn in subs_a)
        if name == "$ref":
            target, target_base = self._resolve(value, base)
            return self.test(target, target_base)
        if name == "if":
            cond = self.test(value, base)
            then = self.test(schema["then"], base) if "then" in schema else None
            other = self.test(schema["else"], base) if "else" in schema else None

            def if_(inst: Any) -> bool:
                branch = then if cond(inst) else other
                return branch is None or branch(inst)
            return if_
        return None  # then/else: part of "if"


def compile_schema(schema: dict[str, Any], compiler: Compiler) -> Callable[[Any], list[Error]]:
    """``validate(instance) -> [(subschema, path), ...]`` for ``schema`` (may raise NotCompilable)."""
    collect = compiler.collector(schema, schema.get("$id", ""))

    def validate(instance: Any) -> list[Error]:
        out: list[Error] = []
        collect(instance, (), out)
        return out
    return validate
