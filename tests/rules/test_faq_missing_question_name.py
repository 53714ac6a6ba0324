"""faq-missing-question-name: every Question has a name (the question text)."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import keys, lint_article, lint_json

RULE = "faq-missing-question-name"
ANSWER = {"@type": "Answer", "text": "The two defence ministers."}
QUESTION = {"@type": "Question", "name": "Who met?", "acceptedAnswer": ANSWER}
NAMELESS = {"@type": "Question", "acceptedAnswer": ANSWER}


def _faq(main_entity: object) -> dict:
    return {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": main_entity}


def test_named_questions() -> None:
    assert keys(lint_json(_faq([QUESTION, {**QUESTION, "name": "What was agreed?"}])), RULE) == set()


def test_text_faq() -> None:
    text = ("Cuba and China agree to strengthen military cooperation\n\nBody.\n\nFAQ\n\n"
            "Who met?\n\nThe two defence ministers.\n\nQ: What was agreed?\n\nA: More exchanges.\n")
    assert keys(lint_article(text), RULE) == set()


def test_question_without_name() -> None:
    text = dump(_faq([NAMELESS]))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "{", after='"mainEntity"'), "$.mainEntity[0]")}


def test_single_question_without_name() -> None:
    text = dump(_faq(NAMELESS))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"mainEntity"'), "$.mainEntity")}


@pytest.mark.parametrize("name", ["", " ", None], ids=["empty", "blank", "null"])
def test_empty_name_counts_as_missing(name: object) -> None:
    text = dump(_faq([QUESTION, {**QUESTION, "name": name}]))
    findings = lint_json(text)
    second = line_of(text, "    {", whole=True, nth=2)  # the second item of mainEntity
    assert keys(findings, RULE) == {(RULE, second, "$.mainEntity[1]")}
    assert keys(findings, "empty-value") == {("empty-value", line_of(text, '"name"', nth=2), "$.mainEntity[1].name")}


def test_question_in_a_graph_by_reference() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        {"@type": "FAQPage", "mainEntity": [{"@id": "https://example.com/faq#q1"}]},
        {**NAMELESS, "@id": "https://example.com/faq#q1"},
    ]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "    {", whole=True, nth=2), "$.@graph[1]")}
