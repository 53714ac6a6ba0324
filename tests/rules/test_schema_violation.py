"""schema-violation: a house-schema constraint without x-rule still surfaces, under this name."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from linter import schemas
from tests.rules import dump, line_of
from tests.util import ROOT, article, keys, lint_json

RULE = "schema-violation"
HOUSE_ID = "https://newslint.invalid/schemas/house.schema.json"


@pytest.fixture
def house_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[dict], None]]:
    """Install a house schema next to newslint's own ones, as a user would."""

    def install(schema: dict[str, Any]) -> None:
        for path in (ROOT / "schemas").glob("*.schema.json"):
            shutil.copy(path, tmp_path / path.name)
        (tmp_path / "house.schema.json").write_text(json.dumps(schema), encoding="utf-8")
        monkeypatch.setattr(schemas, "schema_dir", lambda: tmp_path)
        schemas.load_schemas.cache_clear()
        schemas._validators.cache_clear()

    yield install
    schemas.load_schemas.cache_clear()
    schemas._validators.cache_clear()


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


def test_house_schema_satisfied(house_schema: Callable[[dict], None]) -> None:
    house_schema(_house(allOf=[{"required": ["articleSection"]}]))
    assert keys(lint_json(article(articleSection="World"))) == set()


def test_unnamed_required_property(house_schema: Callable[[dict], None]) -> None:
    house_schema(_house(allOf=[{"required": ["articleSection"]}]))
    findings = lint_json(article())
    assert keys(findings) == {(RULE, 1, "$")}
    assert {f.severity.value for f in findings} == {"error"}


def test_unnamed_constraint_on_a_value(house_schema: Callable[[dict], None]) -> None:
    house_schema(_house(properties={"articleSection": {"type": "string", "minLength": 3}}))
    text = dump(article(articleSection=["World"]))
    assert keys(lint_json(text)) == {(RULE, line_of(text, '"articleSection"'), "$.articleSection")}


def test_named_constraint_reports_its_own_rule(house_schema: Callable[[dict], None]) -> None:
    house_schema(_house(allOf=[{"required": ["articleSection"], "x-rule": "missing-article-section",
                                "x-severity": "warning", "x-message": "article has no articleSection"}]))
    findings = lint_json(article())
    assert keys(findings) == {("missing-article-section", 1, "$")}
    assert {f.severity.value for f in findings} == {"warning"}
