"""faq-missing-answer: every Question has an acceptedAnswer."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import keys, lint_article, lint_json

RULE = "faq-missing-answer"
ANSWER = {"@type": "Answer", "text": "The two defence ministers."}


def _faq(*questions: dict) -> dict:
    return {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": list(questions)}


@pytest.mark.parametrize("accepted", [ANSWER, [ANSWER]], ids=["object", "one-item-list"])
def test_answered_question(accepted: object) -> None:
    doc = _faq({"@type": "Question", "name": "Who met?", "acceptedAnswer": accepted})
    assert keys(lint_json(doc), RULE) == set()


def test_answer_given_by_reference() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        {"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "Who met?",
                                             "acceptedAnswer": {"@id": "https://example.com/faq#a1"}}]},
        {**ANSWER, "@id": "https://example.com/faq#a1"},
    ]}
    assert keys(lint_json(doc), RULE) == set()


def test_text_faq() -> None:
    text = ("Cuba and China agree to strengthen military cooperation\n\nBody.\n\n"
            "Frequently Asked Questions\n\nWho met?\n\nThe two defence ministers.\n")
    assert keys(lint_article(text), RULE) == set()


def test_question_without_answer() -> None:
    text = dump(_faq({"@type": "Question", "name": "Who met?"}))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "{", after='"mainEntity"'), "$.mainEntity[0]")}


def test_suggested_answer_is_not_accepted() -> None:
    text = dump(_faq({"@type": "Question", "name": "Who met?", "acceptedAnswer": ANSWER},
                     {"@type": "Question", "name": "What was agreed?", "suggestedAnswer": ANSWER}))
    second = line_of(text, "    {", whole=True, nth=2)
    assert keys(lint_json(text), RULE) == {(RULE, second, "$.mainEntity[1]")}


@pytest.mark.parametrize("value", ["", [], None], ids=["empty", "empty-list", "null"])
def test_empty_answer_counts_as_missing(value: object) -> None:
    text = dump(_faq({"@type": "Question", "name": "Who met?", "acceptedAnswer": value}))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, "{", after='"mainEntity"'), "$.mainEntity[0]")}
    assert keys(findings, "empty-value") == {
        ("empty-value", line_of(text, '"acceptedAnswer"'), "$.mainEntity[0].acceptedAnswer")
    }
