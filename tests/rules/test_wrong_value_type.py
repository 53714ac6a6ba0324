"""wrong-value-type: a value whose type is outside the property's range."""

from __future__ import annotations

from tests.rules import dump, line_of
from tests.rules.html_page import lint_page, page
from tests.util import article, keys, lint_json

RULE = "wrong-value-type"


def test_types_in_the_range_and_their_subtypes() -> None:
    doc = article(publisher={"@type": "NewsMediaOrganization", "name": "The Daily Example"},
                  mainEntityOfPage={"@type": "WebPage", "@id": "https://example.com/a"},
                  isPartOf={"@type": ["CreativeWork", "Product"], "name": "Premium"},
                  about={"@type": "Place", "name": "Beijing"})
    assert keys(lint_json(doc), RULE) == set()


def test_object_outside_the_range() -> None:
    text = dump(article(publisher={"@type": "WebSite", "name": "The Daily Example"}))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"WebSite"'), "$.publisher.@type")}
    assert "Organization or Person" in next(f.message for f in findings if f.rule == RULE)


def test_type_arrays_need_one_type_in_the_range() -> None:
    doc = article(publisher={"@type": ["WebSite", "Organization"], "name": "The Daily Example"})
    assert keys(lint_json(doc), RULE) == set()
    text = dump(article(image=[{**article()["image"][0], "@type": ["Photograph", "CreativeWork"]}]))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"@type": ['), "$.image[0].@type")}


def test_role_may_stand_in_for_any_value() -> None:
    doc = article(publisher={"@type": "OrganizationRole", "roleName": "Syndication partner",
                             "publisher": {"@type": "Organization", "name": "Reuters"}})
    assert keys(lint_json(doc), RULE) == set()


def test_enumeration_value_of_another_enumeration() -> None:
    doc = {"@context": "https://schema.org", "@type": "Event", "name": "Rinse", "startDate": "2026-01-22",
           "offers": {"@type": "Offer", "price": "35", "availability": "https://schema.org/EventScheduled"}}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"availability"'), "$.offers.availability")}


def test_number_where_an_object_is_expected() -> None:
    text = dump(article(aggregateRating=4.5))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"aggregateRating"'), "$.aggregateRating")}


def test_author_is_left_to_author_invalid_type() -> None:
    text = dump(article(author=[{"@type": "WebSite", "name": "Jane Doe", "url": "https://example.com/jane"}]))
    findings = lint_json(text)
    assert keys(findings, RULE) == set()
    assert ("author-invalid-type", line_of(text, '"WebSite"'), "$.author[0].@type") in keys(findings)


def test_graph_document() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}),
        {"@type": "WebPage", "@id": "https://example.com/a", "name": "Cuba",
         "breadcrumb": {"@type": "ItemList", "name": "Home"}},
    ]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"ItemList"'), "$.@graph[1].breadcrumb.@type")}


def test_json_ld_block_in_a_page() -> None:
    html = page(data=article(video={"@type": "ImageObject", "contentUrl": "https://example.com/v.jpg"}))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"@type": "ImageObject"', after='"video"'),
                                            "$.video.@type")}
