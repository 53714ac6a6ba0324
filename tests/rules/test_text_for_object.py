"""text-for-object: text where schema.org expects an object the consumer needs."""

from __future__ import annotations

from tests.rules import dump, line_of
from tests.rules.html_page import lint_page, page
from tests.util import article, keys, lint_json

RULE = "text-for-object"
EVENT = {"@context": "https://schema.org", "@type": "Event", "name": "Rinse", "startDate": "2026-01-22"}


def test_objects_urls_and_enumeration_values() -> None:
    doc = article(publisher={"@type": "Organization", "name": "The Daily Example"},
                  creator="https://example.com/staff/jane-doe", editor=["https://example.com/staff/joe"])
    assert keys(lint_json(doc), RULE) == set()
    doc = {**EVENT, "eventStatus": "https://schema.org/EventScheduled"}
    assert keys(lint_json(doc), RULE) == set()
    doc = {**EVENT, "eventStatus": "EventScheduled", "offers": {
        "@type": "Offer", "availability": "http://schema.org/InStock", "price": "35"}}
    assert keys(lint_json(doc), RULE) == set()


def test_publisher_as_text() -> None:
    text = dump(article(publisher="The Daily Example"))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"publisher"'), "$.publisher")}
    assert "Organization or Person" in next(f.message for f in findings if f.rule == RULE)


def test_one_text_item_in_a_list() -> None:
    doc = article(creator=[{"@type": "Person", "name": "Jane Doe"}, "John Doe"],
                  image=[{**article()["image"][0], "copyrightHolder": "Reuters"}])
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"John Doe"'), "$.creator[1]"),
        (RULE, line_of(text, '"copyrightHolder"'), "$.image[0].copyrightHolder"),
    }


def test_text_for_an_enumeration() -> None:
    text = dump({**EVENT, "eventStatus": "Scheduled"})
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"eventStatus"'), "$.eventStatus")}


def test_text_where_schema_org_allows_it_is_not_reported() -> None:
    # The data model allows text for entities: about, mentions, contentLocation, provider...
    doc = article(about="Politics", mentions=["Cuba", "China"], contentLocation="Beijing",
                  sourceOrganization="https://example.com/")
    assert keys(lint_json(doc), RULE) == set()


def test_author_is_left_to_author_not_object() -> None:
    text = dump(article(author="Jane Doe"))
    findings = lint_json(text)
    assert keys(findings, RULE) == set()
    assert ("author-not-object", line_of(text, '"author"'), "$.author") in keys(findings)


def test_microdata_item() -> None:
    html = """<!doctype html>
<html><head><title>Cuba and China</title></head><body>
<article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">Cuba and China agree to strengthen military cooperation</h1>
<p>Published by <span itemprop="publisher">The Daily Example</span></p>
</article></body></html>
"""
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, "<article itemscope"), "$.publisher")}


def test_json_ld_block_in_a_page() -> None:
    html = page(data=article(publisher=["The Daily Example"]))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"The Daily Example"', after='"publisher"'),
                                            "$.publisher[0]")}
