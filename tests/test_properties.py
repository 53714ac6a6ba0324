"""Property-based tests: whatever the input, the readers and checks give findings, never an exception.

Hypothesis generates inputs for the JSON-LD block parser and its tolerant
repair, the plain-text and Markdown readers, date parsing and graph
resolution. Work per input is bounded by design (budgets, caps); these tests
fail by raising, and the deadline catches an input that would take seconds.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.dates import parse_date, parse_iso
from linter.findings import Finding
from linter.graph import Graph
from linter.jsonblock import parse_block
from linter.lint import lint_text
from tests.util import NOW

# seconds to minutes: generated inputs, subprocesses and real servers per case: not in `make test-fast`.
pytestmark = pytest.mark.slow

SETTINGS = settings(max_examples=300, deadline=timedelta(seconds=2),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                         st.text(max_size=20))
KEYS = st.one_of(st.sampled_from(["@context", "@type", "@id", "@graph", "headline", "author", "name",
                                  "datePublished", "image", "mainEntity", "acceptedAnswer", "text", "url"]),
                 st.text(max_size=8))
TYPES = st.sampled_from(["NewsArticle", "Article", "Person", "ImageObject", "FAQPage", "Question", "Answer",
                         "newsarticle", "Thing", "Persn"])
JSON_VALUES = st.recursive(
    st.one_of(JSON_SCALARS, TYPES),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(KEYS, children, max_size=5)),
    max_leaves=30,
)
#: Text made of JSON's own characters, to reach the repair paths.
JSONISH = st.lists(st.sampled_from([*list('{}[]:,"\\/*;\n\t <>!-&#xCDAT0123abn@tu'), "<![CDATA[", "]]>", "//", "&quot;", "\u2028", '"@type"', "true"]),
                   max_size=120).map("".join)


def _is_findings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(f, Finding) for f in value)


@SETTINGS
@given(st.one_of(JSONISH, st.text(max_size=200), JSON_VALUES.map(json.dumps)))
def test_block_parser_never_raises(text: str) -> None:
    parsed = parse_block(text)
    if parsed.ok:
        assert parsed.error is None or parsed.repairs
    else:
        assert parsed.error is not None or not text.strip() or parsed.data is None


@SETTINGS
@given(JSON_VALUES)
def test_valid_json_parses_without_repairs(value: Any) -> None:
    parsed = parse_block(json.dumps(value))
    assert parsed.ok and parsed.repairs == [] and parsed.data == value


@SETTINGS
@given(st.one_of(JSONISH, JSON_VALUES.map(lambda v: json.dumps(v, indent=1))))
def test_jsonld_files_give_findings(text: str) -> None:
    assert _is_findings(lint_text(text, path="x.jsonld", now=NOW))


@SETTINGS
@given(st.one_of(JSONISH, JSON_VALUES.map(json.dumps)))
def test_html_pages_with_any_block_give_findings(block: str) -> None:
    html = f'<html><head><script type="application/ld+json">{block}</script></head><body><h1>x</h1></body></html>'
    assert _is_findings(lint_text(html, path="x.html", now=NOW))


ARTICLE_LINES = st.lists(st.one_of(
    st.sampled_from(["By Jane Doe and John Smith", "Por Juan Pérez", "Published 3 March 2025, 18:05 CET",
                     "Actualizado: 2 de enero de 2025, 14:10 (GMT-5)", "Photo: Reuters/Jane Smith",
                     "Caption textPhoto © Agency", "FAQ", "What happened?", "Q: Why?", "A: Because.",
                     "Filed under:", "Tags: a, b", "Related videos:", "BEIRUT, June 2 (Reuters) - Text.",
                     "https://example.com/a.jpg", "", "About the author", "Jane Doe",
                     "Jane Doe is a reporter covering things."]),
    st.text(max_size=80)), max_size=25)


@SETTINGS
@given(ARTICLE_LINES)
def test_text_reader_gives_findings(lines: list[str]) -> None:
    assert _is_findings(lint_text("\n".join(lines), path="a.txt", now=NOW))


FRONT_MATTER = st.one_of(
    st.dictionaries(st.sampled_from(["title", "date", "lastmod", "author", "authors", "image", "tags", "faq",
                                     "newslint", "description", "lang", "draft"]),
                    JSON_VALUES, max_size=6).map(lambda d: "---\n" + json.dumps(d) + "\n---\n"),
    st.text(max_size=120).map(lambda t: f"---\n{t}\n---\n"),
    st.text(max_size=120).map(lambda t: f"+++\n{t}\n+++\n"),
)


@SETTINGS
@given(FRONT_MATTER, ARTICLE_LINES)
def test_markdown_reader_gives_findings(front: str, lines: list[str]) -> None:
    body = "\n\n".join([*lines, "## FAQ", "### Why?", "Because.", '![alt](img.jpg "caption")'])
    assert _is_findings(lint_text(front + body, path="a.md", now=NOW))


@SETTINGS
@given(st.text(max_size=60))
def test_dates_never_raise(text: str) -> None:
    parsed = parse_date(text)
    assert parsed is None or parsed.iso[:4].isdigit()
    parse_date(text, default_timezone="Europe/Madrid")
    parse_iso(text)


@SETTINGS
@given(st.integers(0, 40), st.integers(1, 3), st.booleans())
def test_graph_resolution_of_reference_chains_and_cycles(n: int, fan: int, cycle: bool) -> None:
    nodes = [{"@type": "Thing", "@id": f"#n{i}", **{f"p{k}": {"@id": f"#n{i + 1}"} for k in range(fan)}}
             for i in range(n + 1)]
    nodes[0]["@type"] = "NewsArticle"
    if cycle:
        nodes[-1]["back"] = {"@id": "#n0"}
    graph = Graph({"@graph": nodes})
    view = graph.view(graph.nodes[0])
    assert view.data["@type"] == "NewsArticle"


def test_ten_thousand_node_graph_and_deep_nesting() -> None:
    nodes = [{"@type": "Person", "@id": f"#p{i}", "name": f"P {i}", "knows": {"@id": f"#p{(i * 7) % 10000}"}}
             for i in range(10000)]
    article = {"@type": "NewsArticle", "headline": "h", "author": [{"@id": f"#p{i}"} for i in range(0, 10000, 97)]}
    doc = {"@context": "https://schema.org", "@graph": [article, *nodes]}
    assert _is_findings(lint_text(json.dumps(doc), path="big.jsonld", now=NOW))
    deep = '{"x": [' * 5000 + '{"@type": "NewsArticle"}' + "]}" * 5000  # beyond json's recursion limit
    findings = lint_text(deep, path="deep.jsonld", now=NOW)
    assert _is_findings(findings) and findings[0].rule == "parse-error"
    nested_html = "<div>" * 100_000 + "text" + "</div>" * 100_000
    assert _is_findings(lint_text(f"<html><body>{nested_html}</body></html>", path="deep.html", now=NOW))
