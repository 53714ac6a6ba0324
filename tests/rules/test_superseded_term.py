"""superseded-term: types, properties and enumeration values schema.org has superseded."""

from __future__ import annotations

from tests.rules import dump, line_of
from tests.rules.html_page import lint_page, page
from tests.util import article, keys, lint_json

RULE = "superseded-term"


def test_current_terms() -> None:
    doc = article(inLanguage="en", about={"@type": "CreativeWorkSeason", "name": "Season 2"})
    assert keys(lint_json(doc), RULE) == set()


def test_superseded_property_names_its_replacement() -> None:
    text = dump(article(language="en"))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"language"'), "$.language")}
    assert "'inLanguage'" in next(f.message for f in findings if f.rule == RULE)


def test_superseded_type_and_enumeration_value() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, about={"@type": "Season", "name": "Season 2"}),
        {"@type": "Physician", "name": "Dr Jane Doe", "medicalSpecialty": "https://schema.org/Dermatologic"},
    ]}
    text = dump(doc)
    findings = lint_json(text)
    assert keys(findings, RULE) == {
        (RULE, line_of(text, '"Season"'), "$.@graph[0].about.@type"),
        (RULE, line_of(text, '"medicalSpecialty"'), "$.@graph[1].medicalSpecialty"),
    }
    assert keys(findings, "wrong-value-type") == set()


def test_retired_terms_are_retired_term_instead() -> None:
    doc = {"@context": "https://schema.org", "@type": "Product", "name": "Wine",
           "hasProductReturnPolicy": {"@type": "ProductReturnPolicy"}}
    findings = lint_json(doc)
    assert keys(findings, RULE) == set()
    assert len(keys(findings, "retired-term")) == 2


def test_json_ld_block_in_a_page() -> None:
    html = page(data=article(publisher={"@type": "Organization", "name": "The Daily Example",
                                        "founders": [{"@type": "Person", "name": "John Doe"}]}))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"founders"'), "$.publisher.founders")}
