"""faq-missing-questions: an FAQPage lists at least one question in mainEntity."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import keys, lint_article, lint_json

RULE = "faq-missing-questions"
QUESTION = {"@type": "Question", "name": "Who met?",
            "acceptedAnswer": {"@type": "Answer", "text": "The two defence ministers."}}

TEXT = """Cuba and China agree to strengthen military cooperation

The governments agreed on Tuesday to enhance their military cooperation.

Frequently Asked Questions about the agreement

Who met?

The two defence ministers.
"""


def _faq(**props: object) -> dict:
    return {"@context": "https://schema.org", "@type": "FAQPage", **props}


@pytest.mark.parametrize("main_entity", [[QUESTION], QUESTION], ids=["list", "single-question"])
def test_faq_with_questions(main_entity: object) -> None:
    assert keys(lint_json(_faq(mainEntity=main_entity)), RULE) == set()


def test_text_faq_with_questions() -> None:
    assert keys(lint_article(TEXT), RULE) == set()


def test_faq_without_main_entity() -> None:
    assert keys(lint_json(_faq(name="FAQ")), RULE) == {(RULE, 1, "$")}


@pytest.mark.parametrize("value", [[], "", None], ids=["empty-list", "empty", "null"])
def test_empty_main_entity_counts_as_missing(value: object) -> None:
    text = dump(_faq(mainEntity=value))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, 1, "$")}
    assert keys(findings, "empty-value") == {("empty-value", line_of(text, '"mainEntity"'), "$.mainEntity")}


def test_faq_page_in_a_graph() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "url": "https://example.com/faq"}, {"@type": "FAQPage", "name": "FAQ"}]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "    {", whole=True, nth=2), "$.@graph[1]")}


def test_text_faq_heading_without_questions() -> None:
    text = TEXT.split("Who met?")[0]
    heading = line_of(text, "Frequently Asked Questions")
    assert keys(lint_article(text), RULE) == {(RULE, heading, "$.@graph[1]")}
