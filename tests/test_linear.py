"""Sizes that used to take quadratic time: the findings stay right when there are thousands.

Each test feeds one of the shapes of ``python -m benchmarks hostile`` (issue 11), at a size the
old code took seconds to minutes on, and checks what comes out: how many findings, and the
line and column of the last of them, computed independently here. Speed itself is the
benchmark's to show (time and peak memory against input size); no test here times anything.
"""

from __future__ import annotations

import json

import pytest

from linter import extract
from linter.findings import Finding
from linter.jsonpos import Lines, Walker, position, split_path
from linter.lint import lint_bytes, lint_text
from linter.page import PageFacts
from tests.util import NOW, article

# seconds to minutes: growth measured by doubling, fuzz-like inputs, subprocesses per case: not in `make test-fast`.
pytestmark = pytest.mark.slow

HEAD = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Headline</title>\n'


def page(head: str = "", body: str = "<h1>Headline</h1><p>Text.</p>") -> bytes:
    return f"{HEAD}{head}</head><body>{body}</body></html>".encode()


def block(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>\n'


def of(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule]


def where(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Line and column (1-based) of the ``nth`` occurrence of ``needle`` in ``text``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)


# --- JSON-LD blocks of a page -------------------------------------------------------------------

def test_5000_empty_blocks_each_at_its_own_line() -> None:
    data = page(head='<script type="application/ld+json"></script>\n' * 5000)
    empty = of(lint_bytes(data, "page.html", now=NOW), "empty-json-ld-block")
    assert len(empty) == 5000
    first_line = HEAD.count("\n") + 1
    assert sorted(f.line for f in empty) == list(range(first_line, first_line + 5000))
    assert {f.column for f in empty} == {len('<script type="application/ld+json">') + 1}


def test_empty_blocks_on_one_line_each_at_its_own_column() -> None:
    tag = '<script type="application/ld+json"></script>'
    data = page(head=tag * 300)
    empty = of(lint_bytes(data, "page.html", now=NOW), "empty-json-ld-block")
    line = HEAD.count("\n") + 1
    assert [(f.line, f.column) for f in empty] == [(line, (i + 1) * len(tag) - len("</script>") + 1)
                                                  for i in range(300)]


def test_5000th_block_of_a_page_points_at_its_own_lines() -> None:
    blocks = "".join(block({"@context": "https://schema.org", "@type": "NewsArticle", "headline": f"Headline {i}"})
                     for i in range(5000))
    data = page(head=blocks)
    findings = lint_bytes(data, "page.html", now=NOW)
    missing = of(findings, "missing-date-published")
    assert len(missing) == 5000
    text = data.decode("utf-8")
    starts = [line for line, text_line in enumerate(text.split("\n"), 1) if '{"@context"' in text_line]
    assert sorted(f.line for f in missing) == starts and len(starts) == 5000


# --- big graphs ---------------------------------------------------------------------------------

def _graph_page(count: int) -> tuple[bytes, str]:
    nodes = ",\n".join(json.dumps(article(headline=f"Headline {i}", publisher=None, description=None))
                       for i in range(count))
    text = '{"@context": "https://schema.org", "@graph": [\n' + nodes + "\n]}"
    return page(head=f'<script type="application/ld+json">{text}</script>'), text


def test_node_deep_in_a_graph_of_3000_is_found_at_its_line() -> None:
    data, _ = _graph_page(3000)
    findings = lint_bytes(data, "page.html", now=NOW)
    missing = {f.json_path: f for f in of(findings, "missing-publisher")}
    assert len(missing) == 3000
    text = data.decode("utf-8")
    for index in (0, 1234, 2999):
        f = missing[f"$.@graph[{index}]"]
        line, column = where(text, '{"@context"', index + 1)  # the block's own @context comes first
        assert (f.line, f.column) == (line, column)
    described = {f.json_path for f in of(findings, "missing-description")}
    assert described == {f"$.@graph[{i}]" for i in range(3000)}


def test_one_line_jsonld_array_of_2000_nodes_findings_at_their_columns() -> None:
    nodes = [article(headline=f"Headline {i}", publisher=None) for i in range(2000)]
    text = json.dumps(nodes)
    findings = lint_text(text, path="big.jsonld", now=NOW)
    missing = {f.json_path: f for f in of(findings, "missing-publisher")}
    assert len(missing) == 2000
    for index in (0, 1999):
        assert (missing[f"$[{index}]"].line, missing[f"$[{index}]"].column) == where(text, '{"@context"', index)


def test_10000_unknown_properties_each_at_its_line() -> None:
    node = article()
    lines = json.dumps(node, indent=1)[:-2] + "".join(f',\n "madeUp{i}": "x"' for i in range(10000)) + "\n}"
    findings = of(lint_text(lines, path="odd.jsonld", now=NOW), "unknown-property")
    assert len(findings) == 10000
    by_path = {f.json_path: f.line for f in findings}
    assert by_path["$.madeUp9999"] == where(lines, '"madeUp9999"')[0]
    assert by_path["$.madeUp0"] == where(lines, '"madeUp0"')[0]


def test_first_article_after_thousands_of_other_nodes() -> None:
    people = [{"@type": "Person", "@id": f"#p{i}", "name": f"Person {i}"} for i in range(5000)]
    articles = [article(headline=f"Headline {i}") for i in range(300)]
    findings = lint_text(json.dumps({"@context": "https://schema.org", "@graph": people + articles}),
                         path="graph.jsonld", now=NOW)
    conflicting = of(findings, "conflicting-articles")
    assert {f.json_path for f in conflicting} == {f"$.@graph[{5000 + i}].headline" for i in range(1, 300)}


# --- Markdown -----------------------------------------------------------------------------------

def test_markdown_of_4000_images_keeps_each_and_merges_the_repeated() -> None:
    body = "".join(f'![Photo {i}](https://example.com/{i % 3000}.jpg "Caption {i}")\n\n' for i in range(4000))
    text = (f"---\ntitle: Headline\ndate: 2025-03-01T10:00:00+01:00\nauthor: Jane Doe\n"
            f"image: https://example.com/0.jpg\n---\n\n{body}")
    findings = lint_text(text, path="photos.md", now=NOW)
    credit = of(findings, "missing-image-credit")
    assert len(credit) == 3000  # 3,000 addresses: the repeated ones are the same image
    lines = sorted(f.line for f in credit)
    assert lines[-1] == where(text, "(https://example.com/2999.jpg")[0]


# --- what the page shows --------------------------------------------------------------------------

def test_3000_questions_shown_in_order_none_reported() -> None:
    questions = [{"@type": "Question", "name": f"Question {i}?",
                  "acceptedAnswer": {"@type": "Answer", "text": f"Answer {i}."}} for i in range(3000)]
    shown = "".join(f"<details><summary>Question {i}?</summary><p>Answer {i}.</p></details>\n"
                    for i in range(3000))
    data = page(head=block({"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": questions}),
                body=f"<h1>FAQ</h1>{shown}<p>Question 1500?</p>")
    assert not of(lint_bytes(data, "faq.html", now=NOW), "faq-not-visible")


def test_texts_beyond_the_search_allowance_are_counted_not_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    import linter.page

    monkeypatch.setattr(linter.page, "_SEARCH_PASSES", 4)
    monkeypatch.setattr(linter.page, "_SEARCH_BASE", 0)
    text = "Some text a reader sees. " * 400
    facts = PageFacts(_shown_text=lambda: text)
    # Shown, in page order: found on the way, at little cost.
    assert facts.shows("Some text") and facts.shows("reader sees")
    answers = [facts.shows(f"Hidden {i}") for i in range(10)]
    # Four passes over the text in all: each text not shown costs one for the text as written
    # and one for it normalised, so two are looked for; the rest count as shown, unsearched.
    assert answers == [False, False] + [True] * 8
    assert facts.unsearched == 8


def test_hidden_questions_beyond_the_allowance_give_one_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    import linter.page

    monkeypatch.setattr(linter.page, "_SEARCH_BASE", 0)
    questions = [{"@type": "Question", "name": f"Hidden question {i}?",
                  "acceptedAnswer": {"@type": "Answer", "text": f"Hidden answer {i}."}} for i in range(100)]
    data = page(head=block({"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": questions}),
                body="<h1>FAQ</h1><p>" + "Nothing to see here. " * 50 + "</p>")
    findings = of(lint_bytes(data, "faq.html", now=NOW), "faq-not-visible")
    summary = [f for f in findings if f.json_path == "$.mainEntity"]
    assert len(summary) == 1 and "were not looked for" in summary[0].message
    reported = len(findings) - 1
    assert 0 < reported < 200 and str(200 - reported) in summary[0].message


# --- elements with many attributes ---------------------------------------------------------------

def _attributes(count: int, form: str = 'a{i}="x"', sep: str = " ") -> str:
    return sep.join(form.format(i=i) for i in range(count))


def _h1(attributes: str) -> str:
    return "<h1 " + attributes + ">Headline</h1>"


@pytest.mark.parametrize("tag", [
    _h1(_attributes(5000)),  # plain
    _h1(_attributes(5000, form="a{i}")),  # without values
    _h1(_attributes(5000, form="a{i}=x")),  # unquoted values
    _h1(_attributes(5000, sep="/")),  # a slash between attributes
    _h1(_attributes(5000, sep="")),  # nothing between quoted values
    _h1(_attributes(5000, form='a{i}="<b>"')),  # a tag in every value
    _h1(_attributes(5000, form="a{i}<b")),  # a "<" in every name
    _h1(_attributes(5000, form='a{i}=">"')),  # a ">" in every value
    # Behind a script's string that a scan treating everything as markup reads as a quoted value.
    "<script>var s = '<a title=\"';</script>" + _h1(_attributes(5000, form="a{i}")) + '<p title="x">',
])
def test_element_with_5000_attributes_is_not_built(tag: str) -> None:
    findings = lint_bytes(page(body=tag), "page.html", now=NOW)
    assert [f.rule for f in findings] == ["parse-error"]
    assert "too many attributes" in findings[0].message and "(5000 > 1000)" in findings[0].message


def test_element_with_300_attributes_is_checked() -> None:
    findings = lint_bytes(page(body=f"<h1 {_attributes(300)}>Headline</h1>"), "page.html", now=NOW)
    assert "parse-error" not in {f.rule for f in findings}


@pytest.mark.parametrize("html", [
    f"<p>{_attributes(3000, form='w{i}')}</p>",  # many words in text
    "<script>" + "if (a<b) { x = '<div class=\"c\">'; }\n" * 2000 + "</script>",  # tags in script strings
    '<a href="x">' * 20000,  # many plain tags
])
def test_scan_for_crowded_elements_on_ordinary_markup(html: str) -> None:
    raw = page(body=html)
    if extract._may_be_crowded(raw):
        assert extract._most_attributes(raw) < extract.MAX_ATTRIBUTES
    assert "parse-error" not in {f.rule for f in lint_bytes(raw, "page.html", now=NOW)}


# --- positions ----------------------------------------------------------------------------------

def test_walker_finds_every_path_of_a_big_document() -> None:
    data = {"@graph": [{"name": f"n{i}", "k": [i, {"deep": i}], "name ": 1} for i in range(3000)],
            "x": 1, "x ": 2}
    text = json.dumps(data, indent=1)
    walker = Walker(text)
    for i in (2999, 0, 1500, 2998):  # out of order: what was learnt is reused either way
        assert walker.find(split_path(f"$.@graph[{i}].k[1].deep") or []) == text.index(f'"deep": {i}\n')
        assert walker.find(split_path(f"$.@graph[{i}].k[1]") or []) == text.rindex("{", 0, text.index(f'"deep": {i}\n'))
        assert walker.find(split_path(f"$.@graph[{i}].name") or []) == text.index(f'"name": "n{i}"')
    assert walker.find(split_path("$.@graph[3000]") or []) is None
    assert walker.find(split_path("$.missing") or []) is None


def test_walker_last_duplicate_member_wins() -> None:
    text = '{"a": 1, "b": {"c": 2}, "a": 3}'
    assert Walker(text).find(["a"]) == text.rindex('"a"')
    assert Walker(text).find(["b", "c"]) == text.index('"c"')


def test_line_table_agrees_with_counting() -> None:
    text = "".join(f"line {i}\n" * (i % 3) + "x" for i in range(500))
    lines = Lines(text)
    for offset in range(0, len(text), 7):
        assert lines.position(offset) == position(text, offset)


# --- microdata ----------------------------------------------------------------------------------

def _nested_items(depth: int) -> bytes:
    nest = '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">A</span>'
    return page(body='<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Headline</h1>'
                     + nest * depth + "</div>" * depth + "</div>")


def test_microdata_nested_deep_is_read() -> None:
    findings = lint_bytes(_nested_items(40), "page.html", now=NOW)
    assert "parse-error" not in {f.rule for f in findings}
    assert of(findings, "missing-date-published")  # the item was read and checked


@pytest.mark.parametrize("depth", [65, 3000])
def test_microdata_nested_too_deep_is_reported_not_read(depth: int) -> None:
    findings = lint_bytes(_nested_items(depth), "page.html", now=NOW)
    errors = of(findings, "parse-error")
    assert len(errors) == 1 and "microdata nested too deeply" in errors[0].message
    assert not of(findings, "missing-date-published")
    assert "missing-meta-description" in {f.rule for f in findings}


def test_microdata_item_of_5000_properties() -> None:
    props = "".join(f'<span itemprop="madeUp{i}">x</span>\n' for i in range(5000))
    findings = lint_bytes(page(body='<div itemscope itemtype="https://schema.org/NewsArticle">'
                                    f'<h1 itemprop="headline">Headline</h1>\n{props}</div>'), "page.html", now=NOW)
    assert len(of(findings, "unknown-property")) == 5000
