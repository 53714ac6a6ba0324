"""faq-answer-disallowed-html: answer text keeps to the HTML Google's FAQ docs allow."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import keys, lint_json

RULE = "faq-answer-disallowed-html"


def _faq(*answers: str) -> dict:
    return {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
        {"@type": "Question", "name": f"Question {i}?", "acceptedAnswer": {"@type": "Answer", "text": text}}
        for i, text in enumerate(answers)
    ]}


@pytest.mark.parametrize(
    "text",
    [
        "The two defence ministers.",
        "1 < 2 and 3 > 2",
        '<p>See <a href="https://example.com/chart">the chart</a>.</p>',
        "<h2>Background</h2><ul><li><b>Cuba</b></li><li><strong>China</strong></li></ul>",
        "<ol><li><i>one</i></li><li><em>two</em></li></ol><br><div>more</div><h6>end</h6>",
        "<P>Upper-case tags are the same tags</P>",
        "<p>A comment <!-- hidden --> is not an element.</p>",
    ],
    ids=["plain", "less-than-sign", "p-and-a", "heading-and-list", "ordered-list", "upper-case", "comment"],
)
def test_allowed_html(text: str) -> None:
    assert keys(lint_json(_faq(text)), RULE) == set()


@pytest.mark.parametrize(
    "text",
    [
        '<p>See the chart:</p><img src="https://example.com/chart.png">',
        "<table><tr><td>2024</td><td>2025</td></tr></table>",
        "<p>Run <script>alert(1)</script></p>",
        '<p><span style="color:red">Red</span></p>',
        '<IMG SRC="https://example.com/chart.png">',
        "<p>Line<hr>break</p>",
    ],
    ids=["img", "table", "script", "span", "upper-case-img", "hr"],
)
def test_disallowed_html(text: str) -> None:
    doc_text = dump(_faq(text))
    assert keys(lint_json(doc_text), RULE) == {
        (RULE, line_of(doc_text, '"text"'), "$.mainEntity[0].acceptedAnswer.text")
    }


def test_only_the_answer_that_uses_it() -> None:
    doc_text = dump(_faq("<p>Fine.</p>", "<p>Not fine:</p><img src='https://example.com/x.png'>"))
    assert keys(lint_json(doc_text), RULE) == {
        (RULE, line_of(doc_text, '"text"', nth=2), "$.mainEntity[1].acceptedAnswer.text")
    }


def test_answer_in_a_list_of_answers() -> None:
    doc = {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
        {"@type": "Question", "name": "Who met?", "acceptedAnswer": [
            {"@type": "Answer", "text": "<p>The ministers.</p>"},
            {"@type": "Answer", "text": "<table><tr><td>Dong Jun</td></tr></table>"}]}]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"text"', nth=2), "$.mainEntity[0].acceptedAnswer[1].text")
    }


def test_referenced_answer_is_reported_where_it_is_defined() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        {"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "Who met?",
                                             "acceptedAnswer": {"@id": "https://example.com/faq#a1"}}]},
        {"@type": "Answer", "@id": "https://example.com/faq#a1", "text": "<img src='https://example.com/x.png'>"},
    ]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"text"'), "$.@graph[1].text")}
