"""property-not-on-type: a property on a node none of whose types takes it."""

from __future__ import annotations

from tests.rules import dump, line_of
from tests.rules.html_page import lint_page, page
from tests.util import article, keys, lint_json

RULE = "property-not-on-type"
IMAGE = article()["image"][0]


def test_subtypes_take_the_properties_of_their_ancestors() -> None:
    # NewsArticle: its own printEdition, Article's wordCount, CreativeWork's datePublished, Thing's name.
    doc = article(printEdition="Late edition", wordCount=420, name="Cuba and China", dateCreated="2025-09-16")
    assert keys(lint_json(doc), RULE) == set()


def test_property_on_a_type_that_does_not_take_it() -> None:
    text = dump(article(image=[{**IMAGE, "recipeYield": "8 slices"}]))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"recipeYield"'), "$.image[0].recipeYield")}
    assert "(it belongs to Recipe)" in next(f.message for f in findings if f.rule == RULE)


def test_a_subtype_property_on_its_parent() -> None:
    text = dump(article(**{"@type": "Article"}, printEdition="Late edition"))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"printEdition"'), "$.printEdition")}


def test_multiple_inheritance() -> None:
    # Audiobook is an AudioObject and a Book: isbn (Book), duration (MediaObject), readBy (its own).
    doc = {"@context": "https://schema.org", "@type": "Audiobook", "name": "Cuba", "isbn": "978-0-00-000000-0",
           "duration": "PT9H", "readBy": {"@type": "Person", "name": "Jane Doe"}, "recipeYield": "1"}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"recipeYield"'), "$.recipeYield")}


def test_type_arrays_need_one_type_taking_it() -> None:
    doc = {"@context": "https://schema.org", "@type": ["ImageObject", "Recipe"], "recipeYield": "8 slices",
           "contentUrl": "https://example.com/cake.jpg"}
    assert keys(lint_json(doc), RULE) == set()
    doc = {"@context": "https://schema.org", "@type": ["Person", "Organization"], "birthDate": "1970",
           "foundingDate": "1990", "articleBody": "..."}
    text = dump(doc)
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"articleBody"'), "$.articleBody")}
    assert "Person or Organization" in next(f.message for f in findings if f.rule == RULE)


def test_role_repeats_the_property_it_stands_in_for() -> None:
    doc = {"@context": "https://schema.org", "@type": "Dataset", "name": "Carbon",
           "creator": [{"@type": "Role", "roleName": "Principal Investigator",
                        "creator": {"@type": "Person", "name": "Uta Passow"}},
                       {"@type": "OrganizationRole", "roleName": "Editor",
                        "author": {"@type": "Person", "name": "Mark Brzezinski"}}]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"author"'), "$.creator[1].author")}


def test_nodes_whose_type_is_unknown_are_not_judged() -> None:
    doc = article(publisher={"name": "The Daily Example", "recipeYield": "1"},
                  about={"@type": "Topik", "recipeYield": "1"},
                  mentions={"@type": "gs1:Organization", "recipeYield": "1"})
    assert keys(lint_json(doc), RULE) == set()


def test_graph_document() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}),
        {"@type": "WebPage", "@id": "https://example.com/a", "headline": "Cuba", "articleBody": "..."},
    ]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"articleBody"'), "$.@graph[1].articleBody")}


def test_microdata_item() -> None:
    html = """<!doctype html>
<html><head><title>Cuba and China</title></head><body>
<article itemscope itemtype="http://schema.org/NewsArticle">
<h1 itemprop="headline">Cuba and China agree to strengthen military cooperation</h1>
<p>By <span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="https://example.com/jane"
itemprop="name author">Jane Doe</a></span></p>
</article></body></html>
"""
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, "<article itemscope"), "$.author.author")}


def test_json_ld_block_in_a_page() -> None:
    html = page(data=article(logo="https://example.com/logo.png"))
    findings = lint_page(html)
    assert keys(findings, RULE) == {(RULE, line_of(html, '"logo"'), "$.logo")}
