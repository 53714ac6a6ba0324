"""faq-answer-disallowed-html: answer text keeps to the HTML Google's FAQ docs allow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linter.cli import main
from linter.config import Config
from linter.fixes.engine import fix_bytes
from linter.fixes.model import Fix, Safety
from linter.lint import lint_text
from tests.rules import dump, line_of
from tests.util import NOW, keys, lint_json

RULE = "faq-answer-disallowed-html"
CONFIG = Config()


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


# --- the fix ---------------------------------------------------------------------------------

def _fix(text: str, *, path: str = "faq.jsonld") -> str:
    """``text`` fixed as ``check --fix`` fixes it; the fixed text has no finding it did not have,
    and none of this rule's."""
    outcome = fix_bytes(text.encode("utf-8"), path, CONFIG, now=NOW)
    assert outcome.problem is None
    before = {(f.rule, f.json_path) for f in lint_text(text, path=path, config=CONFIG, now=NOW)}
    after_text = outcome.after.decode("utf-8")
    after = lint_text(after_text, path=path, config=CONFIG, now=NOW)
    assert keys(after, RULE) == set()
    assert {(f.rule, f.json_path) for f in after} - before == set()
    return after_text


def _offered(text: str) -> list[Fix | None]:
    return [f.fix for f in lint_json(text) if f.rule == RULE]


@pytest.mark.parametrize(
    ("answer", "fixed"),
    [
        ('<p>Results in <span style="color:red">red</span>.</p><img src="https://example.com/chart.png">',
         "<p>Results in red.</p>"),
        ("<P>Salt &amp; pepper, <U>not</U> sugar&nbsp;&lt;3</P>", "<P>Salt &amp; pepper, not sugar&nbsp;&lt;3</P>"),
        ('<p>See <a href="https://example.com/a?b=1&amp;c=2" title="x > y">this</a> <code>rule</code>.</p>',
         '<p>See <a href="https://example.com/a?b=1&amp;c=2" title="x > y">this</a> rule.</p>'),
        ("<section><h2>Who</h2><p>The ministers.</p></section><hr><p>More.</p>",
         "<h2>Who</h2><p>The ministers.</p><p>More.</p>"),
        ("<blockquote>We agreed.</blockquote>\n<p>Said the minister <!-- <img> --> today.</p>",
         "We agreed.\n<p>Said the minister <!-- <img> --> today.</p>"),
        ('<p>Logo: <img alt="" src="https://example.com/logo.png"/> <small>(2025)</small></p>', "<p>Logo:  (2025)</p>"),
    ],
    ids=["span-and-img", "entities-and-case", "attributes-and-code", "section-and-hr", "blockquote-and-comment",
         "decorative-img"],
)
def test_fix_takes_the_tags_out_and_keeps_the_text(answer: str, fixed: str) -> None:
    text = dump(_faq("<p>Fine.</p>", answer))
    assert _fix(text) == text.replace(json.dumps(answer), json.dumps(fixed))
    (offer,) = _offered(text)
    assert offer is not None and offer.safety is Safety.SAFE


def test_fix_title_names_the_tags() -> None:
    (offer,) = _offered(dump(_faq('<p><span>Red</span></p><img src="https://example.com/x.png">')))
    assert offer is not None and offer.title == "take <img>, <span> out of the answer, keeping its text"


@pytest.mark.parametrize(
    "answer",
    [
        "<table><tr><td>2024</td><td>2025</td></tr></table>",
        "<p>Run <script>alert(1)</script></p>",
        "<p>Line<hr>break</p>",
        "<section>One</section><section>Two</section>",
        '<p>See the chart: <img src="https://example.com/chart.png" alt="Prices rose 5%"></p>',
        "<p>A million is 10<sup>6</sup>.</p>",
        "<p>Price: <del>10</del> 8 euros</p>",
        "<p>Price: <s>10</s> 8 euros</p>",
        "<p>He said <q>yes</q>.</p>",
        "<pre>a\n  b</pre>",
        '<iframe src="https://example.com/video"></iframe><p>Watch.</p>',
        "<p>Text <foo-bar>custom</foo-bar></p>",
        '<img src="https://example.com/chart.png">',
        "<p>Text</p><![CDATA[x]]><span>y</span>",
        '<p><span class="a"title="b">No space between attributes</span></p>',
    ],
    ids=["table", "script", "hr-between-words", "glued-sections", "img-with-alt", "sup", "del", "s", "q", "pre",
         "iframe", "custom-element", "nothing-left", "cdata", "odd-attributes"],
)
def test_no_fix_when_words_or_meaning_would_change(answer: str) -> None:
    assert _offered(dump(_faq(answer))) == [None]


def test_fix_on_a_page_with_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    faq = _faq('<p>The <span class="hl">two</span> defence ministers.</p>')
    faq["mainEntity"][0]["name"] = "Who met in Beijing?"
    block = json.dumps(faq, indent=2).replace("<", "\\u003c")
    html = (f'<!doctype html>\n<html lang="en">\n<head>\n<title>FAQ</title>\n'
            f'<script type="application/ld+json">\n{block}\n</script>\n</head>\n<body>\n<h1>FAQ</h1>\n'
            f"<h2>Who met in Beijing?</h2>\n<p>The two defence ministers.</p>\n</body>\n</html>\n")
    page = tmp_path / "faq.html"
    page.write_text(html, encoding="utf-8")
    main(["check", "--isolated", "--fix", "--no-progress", str(page)])
    out = capsys.readouterr().out
    assert "Fixed 1 finding (faq-answer-disallowed-html 1)." in out
    assert page.read_text(encoding="utf-8") == html.replace(
        '\\u003cspan class=\\"hl\\">two\\u003c/span>', "two")
    assert _fix(html, path="faq.html") == page.read_text(encoding="utf-8")
