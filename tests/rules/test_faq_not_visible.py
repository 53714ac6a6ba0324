"""faq-not-visible: a question or answer of the FAQPage markup that the page does not show."""

from __future__ import annotations

from typing import Any

from tests.rules import line_of
from tests.rules.html_page import HEAD, lint_page, page
from tests.util import keys, lint_json

RULE = "faq-not-visible"

BODY = """<article>
<h1>Cuba and China: what we know</h1>
<h2>Frequently asked questions</h2>
<h3>When did the ministers meet?</h3>
<p>On 3 March, in Beijing.</p>
<h3>What did they agree?</h3>
<p>To hold joint exercises.</p>
<ul><li>at sea</li><li>in the air</li></ul>
</article>"""


def faq(*pairs: tuple[Any, Any]) -> dict[str, Any]:
    return {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
        {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}} for q, a in pairs]}


SHOWN = (("When did the ministers meet?", "On 3 March, in Beijing."),
         ("What did they agree?", "<p>To hold <b>joint</b> exercises.</p><ul><li>at sea</li><li>in the air</li></ul>"))


def test_questions_and_answers_the_page_shows_are_not_reported() -> None:
    assert keys(lint_page(page(body=BODY, head=HEAD, data=faq(*SHOWN))), RULE) == set()


def test_question_not_on_the_page_is_reported_at_its_name() -> None:
    html = page(body=BODY, data=faq(*SHOWN, ("Who paid for the trip?", "On 3 March, in Beijing.")))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"name": "Who paid for the trip?"'),
                                            "$.mainEntity[2].name")}


def test_answer_not_on_the_page_is_reported_at_its_text() -> None:
    html = page(body=BODY, data=faq(("When did the ministers meet?", "On 4 March, in Shanghai."), SHOWN[1]))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"text": "On 4 March, in Shanghai."'),
                                            "$.mainEntity[0].acceptedAnswer.text")}


def test_accepted_answers_given_as_a_list() -> None:
    data = faq(SHOWN[0])
    data["mainEntity"][0]["acceptedAnswer"] = [{"@type": "Answer", "text": "On 3 March, in Beijing."},
                                               {"@type": "Answer", "text": "Never."}]
    html = page(body=BODY, data=data)
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"text": "Never."'),
                                            "$.mainEntity[0].acceptedAnswer[1].text")}


def test_quotes_case_entities_and_spacing_do_not_count() -> None:
    body = BODY.replace("<p>On 3 March, in Beijing.</p>", "<p>On 3 March, at the „Great Hall“.</p>")
    data = faq(("WHEN  did the ministers meet?", "On 3 March, at the &quot;Great Hall'."))
    assert keys(lint_page(page(body=body, data=data)), RULE) == set()


def test_details_and_summary_are_visible_text_too() -> None:
    body = ("<h1>FAQ</h1>\n<details><summary>When did the ministers meet?</summary>\n"
            "<p>On 3 March, in Beijing.</p></details>")
    assert keys(lint_page(page(body=body, data=faq(SHOWN[0]))), RULE) == set()


def test_text_only_in_a_script_or_the_head_is_not_visible() -> None:
    body = BODY + '\n<script>var q = "Who paid for the trip?";</script>'
    html = page(body=body, data=faq(("Who paid for the trip?", "On 3 March, in Beijing.")))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"name": "Who paid for the trip?"'),
                                            "$.mainEntity[0].name")}


def test_odd_values_are_passed_over() -> None:
    data = {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
        5, "text", {"@type": "Question", "name": 7, "acceptedAnswer": "On 4 March."},
        {"@type": "Question", "name": ["x"], "acceptedAnswer": {"@type": "Answer", "text": {"a": 1}}},
        {"@type": "Question", "name": "", "acceptedAnswer": [None, 3]}]}
    assert keys(lint_page(page(body=BODY, data=data)), RULE) == set()


def test_sources_without_a_page_are_not_checked() -> None:
    assert keys(lint_json(faq(("Who paid for the trip?", "Nobody."))), RULE) == set()
