"""faq-multiple-answers: a Question has exactly one acceptedAnswer."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import keys, lint_json

RULE = "faq-multiple-answers"
ANSWER = {"@type": "Answer", "text": "The two defence ministers."}
OTHER = {"@type": "Answer", "text": "Dong Jun and Álvaro López Miera."}


def _faq(*questions: dict) -> dict:
    return {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": list(questions)}


@pytest.mark.parametrize("accepted", [ANSWER, [ANSWER], [ANSWER, ""]], ids=["object", "one-item-list",
                                                                              "one-and-an-empty-item"])
def test_one_answer(accepted: object) -> None:
    doc = _faq({"@type": "Question", "name": "Who met?", "acceptedAnswer": accepted})
    assert keys(lint_json(doc), RULE) == set()


def test_other_answers_as_suggested_answers() -> None:
    doc = _faq({"@type": "Question", "name": "Who met?", "acceptedAnswer": ANSWER, "suggestedAnswer": [OTHER, OTHER]})
    assert keys(lint_json(doc), RULE) == set()


def test_two_accepted_answers() -> None:
    text = dump(_faq({"@type": "Question", "name": "Who met?", "acceptedAnswer": [ANSWER, OTHER]}))
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"acceptedAnswer"'), "$.mainEntity[0].acceptedAnswer")
    }


def test_second_question_with_three_answers() -> None:
    text = dump(_faq({"@type": "Question", "name": "Who met?", "acceptedAnswer": ANSWER},
                     {"@type": "Question", "name": "What was agreed?", "acceptedAnswer": [ANSWER, OTHER, ANSWER]}))
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"acceptedAnswer"', nth=2), "$.mainEntity[1].acceptedAnswer")
    }


def test_question_by_reference_is_reported_where_it_is_defined() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        {"@type": "FAQPage", "mainEntity": [{"@id": "https://example.com/faq#q1"}]},
        {"@type": "Question", "@id": "https://example.com/faq#q1", "name": "Who met?",
         "acceptedAnswer": [ANSWER, OTHER]},
    ]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"acceptedAnswer"'), "$.@graph[1].acceptedAnswer")}
