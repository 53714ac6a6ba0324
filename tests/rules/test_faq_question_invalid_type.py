"""faq-question-invalid-type: every entry of mainEntity is an object typed Question."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import keys, lint_json

RULE = "faq-question-invalid-type"
ANSWER = {"@type": "Answer", "text": "The two defence ministers."}


def _faq(*entries: object) -> dict:
    return {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": list(entries)}


@pytest.mark.parametrize(
    "question_type",
    ["Question", ["Question", "Thing"], "http://schema.org/Question", "https://schema.org/Question",
     "schema:Question"],
    ids=["question", "type-array", "http-prefix", "https-prefix", "curie"],
)
def test_questions(question_type: object) -> None:
    doc = _faq({"@type": question_type, "name": "Who met?", "acceptedAnswer": ANSWER})
    assert keys(lint_json(doc), RULE) == set()


def test_single_question_not_in_a_list() -> None:
    doc = {"@context": "https://schema.org", "@type": "FAQPage",
           "mainEntity": {"@type": "Question", "name": "Who met?", "acceptedAnswer": ANSWER}}
    assert keys(lint_json(doc), RULE) == set()


@pytest.mark.parametrize("question_type", ["Thing", "Answer", ["Thing", "CreativeWork"], "http://schema.org/Thing"])
def test_wrong_type(question_type: object) -> None:
    text = dump(_faq({"@type": question_type, "name": "Who met?", "acceptedAnswer": ANSWER}))
    at = line_of(text, '"@type"', after='"mainEntity"')
    assert keys(lint_json(text), RULE) == {(RULE, at, "$.mainEntity[0].@type")}


def test_no_type() -> None:
    text = dump(_faq({"name": "Who met?", "acceptedAnswer": ANSWER}))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "{", after='"mainEntity"'), "$.mainEntity[0]")}


def test_text_entry() -> None:
    text = dump(_faq({"@type": "Question", "name": "Who met?", "acceptedAnswer": ANSWER}, "What was agreed?"))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"What was agreed?"'), "$.mainEntity[1]")}


def test_nested_list() -> None:
    # mainEntity: [[...]] (a template wrapping the list once more) is not a list of Questions.
    question = {"@type": "Question", "name": "Who met?", "acceptedAnswer": ANSWER}
    text = dump(_faq([question, question]))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "[", after='"mainEntity"'), "$.mainEntity[0]")}
