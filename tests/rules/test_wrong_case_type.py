"""wrong-case-type: @type spelt in the wrong case, then checked as the type it means."""

from __future__ import annotations

from tests.rules import dump, line_of
from tests.util import article, keys, lint_json

RULE = "wrong-case-type"


def test_right_case_is_fine() -> None:
    assert keys(lint_json(article()), RULE) == set()


def test_lower_case_type_is_reported_and_still_checked() -> None:
    text = dump(article(**{"@type": "newsarticle"}, datePublished=None))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"@type": "newsarticle"'), "$.@type")}
    assert ("missing-date-published", 1, "$") in keys(findings)


def test_type_arrays_and_prefixes() -> None:
    doc = article(**{"@type": ["http://schema.org/article", "WebPage"]},
                  author=[{"@type": "person", "name": "Jane Doe", "url": "https://example.com/j"}])
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"http://schema.org/article"'), "$.@type[0]"),
        (RULE, line_of(text, '"person"'), "$.author[0].@type"),
    }


def test_every_schema_org_type_and_any_case_mistake() -> None:
    doc = article(**{"@type": "NewsARTICLE"}, about={"@type": "itemList", "name": "Top stories"},
                  image=[{**article()["image"][0], "@type": "imageObject"}])
    text = dump(doc)
    findings = lint_json(text)
    assert keys(findings, RULE) == {
        (RULE, line_of(text, '"NewsARTICLE"'), "$.@type"),
        (RULE, line_of(text, '"itemList"'), "$.about.@type"),
        (RULE, line_of(text, '"imageObject"'), "$.image[0].@type"),
    }
    assert keys(findings, "unknown-type") == set()  # one finding per problem
    assert "'ItemList'" in next(f.message for f in findings if f.json_path == "$.about.@type")


def test_node_is_checked_as_the_type_it_means() -> None:
    # 'imageobject' is read as ImageObject: its properties are held against that type.
    text = dump(article(image=[{**article()["image"][0], "@type": "imageobject", "recipeYield": "8"}]))
    assert keys(lint_json(text), "property-not-on-type") == {
        ("property-not-on-type", line_of(text, '"recipeYield"'), "$.image[0].recipeYield")}


def test_types_of_other_vocabularies_are_not_judged() -> None:
    doc = {"@context": {"@vocab": "http://example.org/"}, "@type": "newsarticle", "headline": "..."}
    assert keys(lint_json(doc), RULE) == set()
