"""pending-term: types and properties from schema.org's pending area, noted (info)."""

from __future__ import annotations

from linter.findings import Severity
from tests.rules import dump, line_of
from tests.rules.html_page import lint_page, page
from tests.util import article, keys, lint_json

RULE = "pending-term"


def test_core_terms_and_the_image_credit_terms_are_not_noted() -> None:
    # article() gives its image creditText, a pending term Google and newslint's image rules ask for.
    doc = article(image=[{**article()["image"][0], "copyrightNotice": "© Reuters",
                          "acquireLicensePage": "https://example.com/licence"}])
    assert keys(lint_json(doc), RULE) == set()


def test_pending_type_and_property() -> None:
    text = dump(article(**{"@type": "ReportageNewsArticle"},
                        author=[{"@type": "Person", "name": "Jane Doe", "url": "https://example.com/staff/jane",
                                 "jobTitle": "Correspondent"}]))
    findings = lint_json(text)
    assert keys(findings, RULE) == {
        (RULE, line_of(text, '"ReportageNewsArticle"'), "$.@type"),
        (RULE, line_of(text, '"jobTitle"'), "$.author[0].jobTitle"),
    }
    assert {f.severity for f in findings if f.rule == RULE} == {Severity.INFO}


def test_pending_enumeration_values_are_not_noted() -> None:
    doc = {"@context": "https://schema.org", "@type": "Event", "name": "Rinse", "startDate": "2026-01-22",
           "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode"}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"eventAttendanceMode"'), "$.eventAttendanceMode")}


def test_json_ld_block_in_a_page() -> None:
    html = page(data=article(publisher={"@type": "NewsMediaOrganization", "name": "The Daily Example"}))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"NewsMediaOrganization"'), "$.publisher.@type")}
