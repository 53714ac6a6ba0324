"""unknown-property: keys that are no schema.org property, with a did-you-mean."""

from __future__ import annotations

from linter.findings import Finding
from tests.rules import dump, line_of
from tests.rules.html_page import lint_page, page
from tests.util import article, keys, lint_json

RULE = "unknown-property"


def _message(findings: list[Finding]) -> str:
    return next(f.message for f in findings if f.rule == RULE)


def test_schema_org_properties() -> None:
    doc = article(**{"@id": "https://example.com/a#article"}, wordCount=420, printEdition="Late",
                  headline={"@value": "Cuba and China agree", "@language": "en"})
    assert keys(lint_json(doc), RULE) == set()


def test_misspelt_property_with_did_you_mean() -> None:
    text = dump(article(datePublised="2025-09-16T10:32:00+02:00"))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"datePublised"'), "$.datePublised")}
    assert "did you mean 'datePublished'" in _message(findings)


def test_property_in_the_wrong_case() -> None:
    text = dump(article(dateModified=None, datemodified="2025-09-16T12:00:00+02:00"))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"datemodified"'), "$.datemodified")}
    assert "'dateModified'" in _message(findings)


def test_keyword_without_its_at_sign() -> None:
    doc = article(publisher={"type": "Organization", "name": "The Daily Example"})
    text = dump(doc)
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"type": "Organization"'), "$.publisher.type")}
    assert "'@type'" in _message(findings)


def test_schema_prefix_and_full_iris_are_checked() -> None:
    text = dump(article(**{"schema:datePublised": "2025-09-16", "https://schema.org/headlin": "x",
                           "schema:wordCount": 420}))
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"schema:datePublised"'), '$["schema:datePublised"]'),
        (RULE, line_of(text, '"https://schema.org/headlin"'), '$["https://schema.org/headlin"]'),
    }


def test_terms_outside_schema_org_are_not_judged() -> None:
    doc = article(**{"@context": ["https://schema.org", {"ex": "http://example.org/", "slug": "ex:slug"}],
                     "gs1:netWeight": "1 kg", "ex:desk": "World", "slug": "cuba-china",
                     "http://example.org/rank": 3, "@foo": "bar"})
    assert keys(lint_json(doc), RULE) == set()
    doc = {"@context": {"@vocab": "http://example.org/"}, "@type": "Story", "datePublised": "2025"}
    assert keys(lint_json(doc), RULE) == set()


def test_action_input_annotations() -> None:
    doc = {"@context": "https://schema.org", "@type": "WebSite", "url": "https://example.com",
           "potentialAction": {"@type": "SearchAction", "target": "https://example.com/s?q={q}",
                               "query-input": "required name=q", "qeury-input": "required name=q"}}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"qeury-input"'), "$.potentialAction.qeury-input")}


def test_document_without_context_is_read_as_schema_org() -> None:
    text = dump(article(**{"@context": None}, datePublised="2025-09-16"))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"datePublised"'), "$.datePublised")}
    assert ("missing-context", 1, "$") in keys(findings)


def test_graph_document() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, author=[{"@id": "https://example.com/#jane"}]),
        {"@type": "Person", "@id": "https://example.com/#jane", "name": "Jane Doe", "jobTitel": "Reporter"},
    ]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"jobTitel"'), "$.@graph[1].jobTitel")}


def test_microdata_item() -> None:
    html = """<!doctype html>
<html><head><title>Cuba and China</title></head><body>
<article itemscope itemtype="http://schema.org/NewsArticle">
<h1 itemprop="headline">Cuba and China agree to strengthen military cooperation</h1>
<time itemprop="datePublised" datetime="2025-09-16T10:32:00+02:00">16 September 2025</time>
</article></body></html>
"""
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, "<article itemscope"), "$.datePublised")}


def test_json_ld_block_in_a_page() -> None:
    html = page(data=article(artcleBody="Defence ministers met in Beijing."))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"artcleBody"'), "$.artcleBody")}
