"""unknown-type: @type names that schema.org does not have, with a did-you-mean."""

from __future__ import annotations

from tests.rules import dump, line_of
from tests.rules.html_page import lint_page, page
from tests.util import article, keys, lint_json

RULE = "unknown-type"
JANE = {"name": "Jane Doe", "url": "https://example.com/staff/jane-doe"}


def test_schema_org_types_in_every_spelling() -> None:
    doc = article(**{"@type": ["NewsArticle", "https://schema.org/ReportageNewsArticle", "schema:Article",
                               "http://schema.org/BlogPosting"]},
                  publisher={"@type": "NewsMediaOrganization", "name": "The Daily Example"})
    assert keys(lint_json(doc), RULE) == set()


def test_misspelt_type_with_did_you_mean() -> None:
    text = dump(article(**{"@type": "NewsArtcle"}))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"@type": "NewsArtcle"'), "$.@type")}
    assert "did you mean 'NewsArticle'" in next(f.message for f in findings if f.rule == RULE)


def test_nested_types_and_type_arrays() -> None:
    text = dump(article(**{"@type": ["NewsArticle", "NewsStory"]}, author=[{"@type": "Persn", **JANE}]))
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"NewsStory"'), "$.@type[1]"),
        (RULE, line_of(text, '"@type": "Persn"'), "$.author[0].@type"),
    }


def test_case_mistake_is_wrong_case_type_only() -> None:
    text = dump(article(**{"@type": "newsarticle"}, author=[{"@type": "PERSON", **JANE}]))
    findings = lint_json(text)
    assert keys(findings, RULE) == set()
    assert keys(findings, "wrong-case-type") == {
        ("wrong-case-type", line_of(text, '"newsarticle"'), "$.@type"),
        ("wrong-case-type", line_of(text, '"PERSON"'), "$.author[0].@type"),
    }


def test_types_of_other_vocabularies_are_not_judged() -> None:
    doc = article(**{"@type": ["NewsArticle", "gs1:Beverage", "http://example.org/Story"]})
    assert keys(lint_json(doc), RULE) == set()
    doc = article(**{"@context": ["https://schema.org", {"Story": "http://example.org/Story"}],
                     "@type": ["NewsArticle", "Story"]})
    assert keys(lint_json(doc), RULE) == set()
    doc = {"@context": {"@vocab": "http://example.org/"}, "@type": "Persn"}
    assert keys(lint_json(doc), RULE) == set()


def test_graph_document() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}),
        {"@type": "Organisation", "name": "The Daily Example"},
    ]}
    text = dump(doc)
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"Organisation"'), "$.@graph[1].@type")}
    assert "'Organization'" in next(f.message for f in findings if f.rule == RULE)


def test_microdata_item() -> None:
    html = """<!doctype html>
<html><head><title>Cuba and China</title></head><body>
<article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">Cuba and China agree to strengthen military cooperation</h1>
<p itemprop="author" itemscope itemtype="https://schema.org/Persn"><span itemprop="name">Jane Doe</span></p>
</article></body></html>
"""
    findings = lint_page(html)
    assert keys(findings, RULE) == {(RULE, line_of(html, "<article itemscope"), "$.author.@type")}


def test_json_ld_block_in_a_page() -> None:
    html = page(data=article(publisher={"@type": "NewsOrganization", "name": "The Daily Example"}))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"NewsOrganization"'), "$.publisher.@type")}
