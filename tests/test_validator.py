"""The compiled validator agrees with jsonschema, error for error.

linter.validator replaces jsonschema on the hot path; this is the proof that
it reports the same errors (the subschema holding the failing keyword, and
the instance path) for every newslint schema, on real and generated data.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter import schemas
from linter.graph import Graph
from linter.validator import Compiler, NotCompilable, compile_schema
from tests.util import FIXTURES, ROOT

SCHEMAS = schemas.load_schemas()
COMPILER = Compiler(list(SCHEMAS.values()))
APPLIED = {name: s for name, s in SCHEMAS.items() if s.get("x-applies-to")}


def compiled_errors(schema: dict[str, Any], instance: Any) -> Counter:
    return Counter((s.get("x-rule"), tuple(p)) for s, p in compile_schema(schema, COMPILER)(instance))


def reference_errors(schema: dict[str, Any], instance: Any) -> Counter:
    validator = schemas.jsonschema_validator(schema)
    return Counter((e.schema.get("x-rule") if isinstance(e.schema, dict) else None, tuple(e.absolute_path))
                   for e in validator.iter_errors(instance))


def assert_agree(instance: Any) -> None:
    for name, schema in APPLIED.items():
        assert compiled_errors(schema, instance) == reference_errors(schema, instance), name


def test_every_newslint_schema_compiles() -> None:
    for schema in SCHEMAS.values():
        compile_schema(schema, COMPILER)


def test_unsupported_keyword_is_refused() -> None:
    with pytest.raises(NotCompilable):
        compile_schema({"$id": "urn:x", "patternProperties": {"^a": {}}}, Compiler([]))
    with pytest.raises(NotCompilable):  # the best_match heuristic stays with jsonschema
        compile_schema({"$id": "urn:y", "anyOf": [{"type": "string"}]}, Compiler([]))


def _nodes_in_fixtures() -> list[Any]:
    nodes: list[Any] = []
    files = [*FIXTURES.rglob("*.jsonld"), *FIXTURES.rglob("*.json")]
    shared = ROOT.parent / "shared"
    if shared.is_dir():
        files += [*shared.glob("corpus/jsonld/*.jsonld"), *shared.glob("vocab/examples/*.jsonld")]
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        graph = Graph(data)
        nodes.extend(graph.view(node).data for node in graph.nodes if node.kind)
        nodes.extend(node.data for node in graph.nodes)  # raw, unresolved nodes too
    return nodes


def test_agrees_on_every_node_of_the_fixtures_and_corpus() -> None:
    nodes = _nodes_in_fixtures()
    assert len(nodes) > 20
    for node in nodes:
        assert_agree(node)


_TEXT = st.sampled_from(["", " ", "Jane Doe", "2025-03-03", "2025-03-03T18:05:00", "2025-03-03T18:05:00+01:00",
                         "2025-02-30", "Tue Jul 30 2019", "https://example.com/a.jpg", "Question", "Person"])
_TYPES = st.sampled_from(["Person", "Organization", "NewsMediaOrganization", "Thing", "ImageObject",
                          "Question", "Answer", "NewsArticle"])
_KEYS = st.sampled_from(["@type", "name", "headline", "author", "datePublished", "dateModified", "image",
                         "publisher", "url", "contentUrl", "caption", "creditText", "creator", "license",
                         "mainEntity", "acceptedAnswer", "text", "sameAs", "copyrightNotice", "description"])
_SCALARS = st.one_of(_TEXT, st.integers(-2, 2), st.booleans(), st.none(), st.floats(allow_nan=False))


def _values(children: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(_KEYS, children, max_size=6),
        st.fixed_dictionaries({"@type": st.one_of(_TYPES, st.lists(_TYPES, max_size=2))},
                              optional={"name": _TEXT, "url": _TEXT, "text": _TEXT, "acceptedAnswer": children,
                                        "contentUrl": _TEXT, "caption": _TEXT, "creditText": _TEXT}),
    )


INSTANCES = st.recursive(_SCALARS, _values, max_leaves=25)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_KEYS, INSTANCES, max_size=10))
def test_agrees_on_generated_nodes(node: dict[str, Any]) -> None:
    assert_agree(node)


@settings(max_examples=100, deadline=None)
@given(INSTANCES)
def test_agrees_on_generated_values_of_any_shape(value: Any) -> None:
    assert_agree(value)


def test_repo_schemas_are_the_ones_compiled() -> None:
    assert {p.name for p in (ROOT / "schemas").glob("*.schema.json")} == set(SCHEMAS)
