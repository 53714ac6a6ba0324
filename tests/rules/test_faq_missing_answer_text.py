"""faq-missing-answer-text: every Answer has non-empty text."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import keys, lint_article, lint_json

RULE = "faq-missing-answer-text"
ANSWER = {"@type": "Answer", "text": "The two defence ministers."}

TEXT = """Cuba and China agree to strengthen military cooperation

The governments agreed on Tuesday to enhance their military cooperation.

Frequently Asked Questions

What was agreed?

More personnel exchanges.

Who met?

The two defence ministers.
"""


def _faq(accepted: object) -> dict:
    return {"@context": "https://schema.org", "@type": "FAQPage",
            "mainEntity": [{"@type": "Question", "name": "Who met?", "acceptedAnswer": accepted}]}


@pytest.mark.parametrize("accepted", [ANSWER, [ANSWER], {"@type": "Answer", "text": "<p>The two <b>ministers</b>.</p>"}],
                         ids=["object", "list", "html"])
def test_answer_with_text(accepted: object) -> None:
    assert keys(lint_json(_faq(accepted)), RULE) == set()


def test_text_faq() -> None:
    assert keys(lint_article(TEXT), RULE) == set()


def test_answer_without_text() -> None:
    text = dump(_faq({"@type": "Answer"}))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"acceptedAnswer"'), "$.mainEntity[0].acceptedAnswer")}


@pytest.mark.parametrize("value", ["", "  ", None], ids=["empty", "blank", "null"])
def test_empty_text_counts_as_missing(value: object) -> None:
    text = dump(_faq({"@type": "Answer", "text": value}))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"acceptedAnswer"'), "$.mainEntity[0].acceptedAnswer")}
    assert keys(findings, "empty-value") == {
        ("empty-value", line_of(text, '"text"'), "$.mainEntity[0].acceptedAnswer.text")
    }


def test_answer_as_plain_text() -> None:
    text = dump(_faq("The two defence ministers."))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"acceptedAnswer"'), "$.mainEntity[0].acceptedAnswer")}


def test_second_of_two_answers() -> None:
    text = dump(_faq([ANSWER, {"@type": "Answer"}]))
    second = line_of(text, "{", after='"text"')
    assert keys(lint_json(text), RULE) == {(RULE, second, "$.mainEntity[0].acceptedAnswer[1]")}


def test_text_question_without_answer() -> None:
    text = TEXT.replace("More personnel exchanges.\n\n", "")
    question = line_of(text, "What was agreed?")
    assert keys(lint_article(text), RULE) == {(RULE, question, "$.@graph[1].mainEntity[0].acceptedAnswer")}
