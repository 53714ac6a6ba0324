"""The vocabulary checks on schema.org's own examples (``tests/fixtures/vocab``), and what counts
as a schema.org term.

The valid examples give no vocabulary finding but a ``pending-term`` note for each pending type
or property they use (exactly the terms their ``index.json`` entry lists); each known quirk
gives the finding it deserves.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from linter.findings import Finding, Severity
from linter.jsonpos import split_path
from linter.lint import lint_path
from linter.vocab_check import ASKED_FOR, RULES, analyse
from tests.rules import line_of
from tests.util import FIXTURES, NOW, keys, lint_json

HERE = FIXTURES / "vocab"
INDEX = json.loads((HERE / "index.json").read_text(encoding="utf-8"))
EXAMPLES = {e["id"]: e for e in INDEX["examples"]}
#: Examples with a known quirk (vocabulary README), tested one by one below.
QUIRKS = {"eg-4468b", "eg-4505", "eg-0478", "eg-0479", "eg-0348"}


def _lint(example: str) -> tuple[str, Any, list[Finding]]:
    path = HERE / EXAMPLES[example]["file"]
    text = path.read_text(encoding="utf-8")
    return text, json.loads(text), lint_path(path, now=NOW)


def _vocabulary_findings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.rule in RULES]


def _term_at(data: Any, json_path: str) -> str:
    """The term a finding points at: the key, or the ``@type`` value (without its prefix)."""
    segments = split_path(json_path)
    assert segments
    value = data
    for segment in segments:
        value = value[segment]
    if "@type" in segments[-2:]:
        return value.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    assert isinstance(segments[-1], str)
    return segments[-1]


def _pending(data: Any, findings: list[Finding]) -> set[str]:
    return {_term_at(data, f.json_path) for f in findings if f.rule == "pending-term" and f.json_path}


def test_fixtures_are_the_indexed_examples() -> None:
    assert sorted(p.name for p in HERE.glob("*.jsonld")) == sorted(e["file"] for e in EXAMPLES.values())
    assert len(EXAMPLES) >= 20
    assert INDEX["commit"] == "cc71c8e064859e912aac8b11ec06e6bc53255b6a"
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    assert "CC BY-SA 3.0" in readme or "Attribution-ShareAlike 3.0" in readme
    assert INDEX["commit"] in readme and INDEX["repository"] in readme
    matched = {t for e in EXAMPLES.values() for t in e["matched_types"]}
    assert matched >= {"NewsArticle", "ReportageNewsArticle", "Article", "Question", "ImageObject", "Person"}


@pytest.mark.parametrize("example", sorted(set(EXAMPLES) - QUIRKS))
def test_valid_example_gives_only_its_pending_notes(example: str) -> None:
    _, data, findings = _lint(example)
    found = _vocabulary_findings(findings)
    assert [(f.rule, f.json_path, f.message) for f in found if f.severity != Severity.INFO] == []
    assert {f.rule for f in found} <= {"pending-term"}
    assert _pending(data, found) == set(EXAMPLES[example]["pending_terms_used"]) - ASKED_FOR


def test_eg_4468b_type_without_at_sign() -> None:
    text, data, findings = _lint("eg-4468b")
    found = _vocabulary_findings(findings)
    assert keys([f for f in found if f.rule != "pending-term"]) == {
        ("unknown-property", line_of(text, '"type": "PostalAddress"'), "$.location.address.type"),
    }
    (unknown,) = [f for f in found if f.rule == "unknown-property"]
    assert unknown.severity == Severity.ERROR and "'@type'" in unknown.message
    assert _pending(data, found) == set(EXAMPLES["eg-4468b"]["pending_terms_used"])


def test_eg_4505_prefixed_terms_are_not_judged() -> None:
    """gs1: and unece: terms (and types) under an object @context are left alone; the schema.org
    terms beside them, full IRIs included, are checked and valid."""
    _, data, findings = _lint("eg-4505")
    found = _vocabulary_findings(findings)
    assert {f.rule for f in found} == {"pending-term"}
    assert _pending(data, found) == set(EXAMPLES["eg-4505"]["pending_terms_used"])
    assert EXAMPLES["eg-4505"]["terms_not_in_vocab_30_0"]  # the gs1:/unece: terms, all unreported


@pytest.mark.parametrize("example", ["eg-0478", "eg-0479"])
def test_object_context_with_schema_vocab_is_checked(example: str) -> None:
    _, data, findings = _lint(example)
    found = _vocabulary_findings(findings)
    assert {f.rule for f in found} <= {"pending-term"}
    assert _pending(data, found) == set(EXAMPLES[example]["pending_terms_used"])
    # The terms are schema.org's (@vocab): a misspelt one is found.
    data["nme"] = "x"
    assert "$.nme" in {f.json_path for f in lint_json(data) if f.rule == "unknown-property"}


def test_eg_0348_no_context() -> None:
    """No @context: missing-context says so, and the terms are still read as schema.org's (all valid)."""
    _, data, findings = _lint("eg-0348")
    assert _vocabulary_findings(findings) == []
    assert ("missing-context", 1, "$") in keys(findings)
    data["hasDigitalDocumentPermission"][0]["permissionType"] = "https://schema.org/InStock"
    assert {f.json_path for f in lint_json(data) if f.rule == "wrong-value-type"} == {
        "$.hasDigitalDocumentPermission[0].permissionType"}


# -- which terms are schema.org's ------------------------------------------------------------

def _rules(data: Any, **kw: Any) -> set[tuple[str, str]]:
    return {(rule, p.json_path or "") for rule, problems in analyse(data, **kw).items() for p in problems}


@pytest.mark.parametrize("context", [
    "https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/",
    ["https://schema.org", {"@language": "en"}], {"@vocab": "https://schema.org/"},
    {"@vocab": "http://schema.org"}, "https://schema.org/docs/jsonldcontext.json",
])
def test_schema_org_contexts(context: Any) -> None:
    assert _rules({"@context": context, "@type": "Persn", "nme": "x"}) == {
        ("unknown-type", "$.@type"), ("unknown-property", "$.nme")}


@pytest.mark.parametrize("context", [
    "https://www.w3.org/ns/activitystreams", {"@vocab": "http://xmlns.com/foaf/0.1/"},
    {"name": "http://xmlns.com/foaf/0.1/name"}, ["https://w3id.org/other", "https://schema.org"],
    ["https://schema.org", "https://w3id.org/other"], None,
])
def test_other_contexts_are_not_judged(context: Any) -> None:
    assert _rules({"@context": context, "@type": "Persn", "nme": "x"}) == set()


def test_full_iris_and_the_schema_prefix_are_judged_under_any_context() -> None:
    doc = {"@context": {"@vocab": "http://xmlns.com/foaf/0.1/"}, "@type": "https://schema.org/Persn",
           "schema:nme": "x", "http://schema.org/headline": "x", "nick": "x"}
    assert _rules(doc) == {("unknown-type", "$.@type")}
    doc = {"@context": "https://schema.org", "@type": "schema:Persn", "schema:nme": "x",
           "https://schema.org/nam": "x"}
    assert _rules(doc) == {("unknown-type", "$.@type"), ("unknown-property", "$[\"schema:nme\"]"),
                           ("unknown-property", "$[\"https://schema.org/nam\"]")}


def test_terms_defined_in_an_object_context_are_not_judged() -> None:
    doc = {"@context": ["https://schema.org", {"Story": "http://example.org/Story", "nme": "http://example.org/n",
                                               "ex": "http://example.org/"}],
           "@type": "Story", "nme": "x", "ex:foo": "y", "gs1:bar": "z", "naem": "w"}
    assert _rules(doc) == {("unknown-property", "$.naem")}


def test_a_nested_context_applies_to_its_node() -> None:
    doc = {"@context": "https://schema.org", "@type": "NewsArticle",
           "about": {"@context": {"@vocab": "http://example.org/"}, "@type": "Topic", "label": "x"},
           "mentions": {"@type": "Persn"}}
    assert _rules(doc) == {("unknown-type", "$.mentions.@type")}


def test_keywords_value_objects_and_lists() -> None:
    doc = {"@context": "https://schema.org", "@id": "#a", "@type": "NewsArticle",
           "headline": {"@value": "Hi", "@language": "en"},
           "keywords": {"@list": ["a", "b"]}, "wordCount": {"@value": "many"},
           "dateCreated": {"@value": "whenever", "@type": "http://www.w3.org/2001/XMLSchema#string"},
           "@reverse": {"author": {"@type": "Person", "name": "x"}}}
    assert _rules(doc) == {("invalid-value", "$.wordCount.@value")}


def test_top_level_arrays_each_with_a_context() -> None:
    doc = [{"@context": "https://schema.org", "@type": "Persn"},
           {"@context": {"@vocab": "http://example.org/"}, "@type": "Persn"}]
    assert _rules(doc) == {("unknown-type", "$[0].@type")}


def test_microdata_items_of_other_vocabularies_keep_their_names() -> None:
    item = {"@type": "http://schema.org/NewsArticle", "headline": "x",
            "citation": {"@type": "http://data-vocabulary.org/Breadcrumb", "title": "Home"},
            "about": {"value": "untyped item", "htmlNode": None},
            "publisher": {"@type": "https://schema.org/Organization", "value": "ACME"},
            "mentions": {"@type": "https://schema.org/Person", "nme": "x"}}
    assert _rules(item, microdata=True) == {("unknown-property", "$.mentions.nme")}


def test_deep_documents_do_not_fail() -> None:
    doc: dict[str, Any] = {"@context": "https://schema.org", "@type": "Thing"}
    node = doc
    for _ in range(2000):
        node["subjectOf"] = {"@type": "CreativeWork"}
        node = node["subjectOf"]
    assert _rules(doc) == set()


def test_the_vocabulary_rules_are_the_rules_that_ask_for_them() -> None:
    """vocab_check.VocabularyRule names exactly the rule modules that take their problems from it
    (mypy checks each ``add`` against it): an analysis result no rule asks for is never reported."""
    import typing
    from pathlib import Path

    from linter import rules, vocab_check

    asking = set()
    for rule in rules.registry().values():
        path = Path(rules.__file__).parent / f"{rule.module.rsplit('.', 1)[1]}.py"
        if "vocab_check.problems(" in path.read_text(encoding="utf-8"):
            asking.add(rule.name)
    assert set(typing.get_args(vocab_check.VocabularyRule)) == asking
    assert len(asking) == 11
