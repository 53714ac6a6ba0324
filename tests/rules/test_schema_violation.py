"""schema-violation: a house-schema constraint without x-rule still surfaces, under this name."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from linter.config import Config, parse_config
from tests.rules import dump, line_of
from tests.util import article, keys, lint_json

RULE = "schema-violation"
HOUSE_ID = "https://newslint.invalid/schemas/house.schema.json"


@pytest.fixture
def house_schema(tmp_path: Path) -> Callable[[dict], Config]:
    """A configuration loading one house schema, as ``schemas = ["house.schema.json"]`` does."""

    def install(schema: dict[str, Any]) -> Config:
        (tmp_path / "house.schema.json").write_text(json.dumps(schema), encoding="utf-8")
        return parse_config({"schemas": ["house.schema.json"]}, source=tmp_path / ".newslint.toml")

    return install


def _house(**schema: Any) -> dict[str, Any]:
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": HOUSE_ID,
            "x-applies-to": "article", **schema}


def test_newslint_schemas_name_every_constraint() -> None:
    # However odd the input, newslint's own schemas never fall back to this rule.
    odd = [
        article(author=42), article(author=[["Jane Doe"]]), article(author={"@type": 7}),
        article(image=[[1]]), article(image=42), article(publisher=[42, {"url": "x"}]),
        article(datePublished={"@value": "2025"}), article(dateModified=[1, 2]),
        {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [[1], "x", {"@type": 5},
                                                                              {"acceptedAnswer": [1, 2]}]},
        {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": {"acceptedAnswer": 5}},
    ]
    for doc in odd:
        assert keys(lint_json(doc), RULE) == set(), doc


def test_house_schema_satisfied(house_schema: Callable[[dict], Config]) -> None:
    config = house_schema(_house(allOf=[{"required": ["articleSection"]}]))
    assert keys(lint_json(article(articleSection="World"), config=config)) == set()


def test_unnamed_required_property(house_schema: Callable[[dict], Config]) -> None:
    config = house_schema(_house(allOf=[{"required": ["articleSection"]}]))
    findings = lint_json(article(), config=config)
    assert keys(findings) == {(RULE, 1, "$")}
    assert {f.severity.value for f in findings} == {"error"}


def test_unnamed_constraint_on_a_value(house_schema: Callable[[dict], Config]) -> None:
    config = house_schema(_house(properties={"articleSection": {"type": "string", "minLength": 3}}))
    text = dump(article(articleSection=["World"]))
    assert keys(lint_json(text, config=config)) == {(RULE, line_of(text, '"articleSection"'), "$.articleSection")}


def test_named_constraint_reports_its_own_rule(house_schema: Callable[[dict], Config]) -> None:
    config = house_schema(_house(allOf=[{"required": ["articleSection"], "x-rule": "missing-article-section",
                                         "x-severity": "warning", "x-message": "article has no articleSection"}]))
    findings = lint_json(article(), config=config)
    assert keys(findings) == {("missing-article-section", 1, "$")}
    assert {f.severity.value for f in findings} == {"warning"}
