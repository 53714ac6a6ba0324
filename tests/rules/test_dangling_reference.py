"""dangling-reference: an @id reference that no node of the source (or page) holds."""

from __future__ import annotations

from linter.lint import lint_text
from tests.rules import dump, line_of
from tests.util import NOW, article, keys, lint_json

RULE = "dangling-reference"


def graph(*nodes: dict) -> dict:
    return {"@context": "https://schema.org", "@graph": list(nodes)}


def test_resolved_reference_is_fine() -> None:
    person = {"@type": "Person", "@id": "https://example.com/#jane", "name": "Jane Doe",
              "url": "https://example.com/jane"}
    doc = graph(article(**{"@context": None}, author={"@id": "https://example.com/#jane"}), person)
    findings = lint_json(doc)
    assert keys(findings, RULE) == set()
    assert keys(findings, "missing-author-name") == set()


def test_reference_to_nothing_is_reported_where_it_stands() -> None:
    doc = graph(article(**{"@context": None}, author={"@id": "https://example.com/#nobody"}))
    text = dump(doc)
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"author"'), "$.@graph[0].author")}


def test_unwatched_properties_may_point_elsewhere() -> None:
    doc = article(mainEntityOfPage={"@id": "https://example.com/story"})
    assert keys(lint_json(doc), RULE) == set()


def test_reference_across_blocks_of_a_page_resolves() -> None:
    block1 = dump(article(author={"@id": "#jane"}))
    block2 = dump({"@context": "https://schema.org", "@type": "Person", "@id": "#jane", "name": "Jane Doe",
                   "url": "https://example.com/jane"})
    html = (f'<html><head><link rel="canonical" href="https://example.com/story">\n'
            f'<script type="application/ld+json">\n{block1}\n</script>\n'
            f'<script type="application/ld+json">\n{block2}\n</script></head><body></body></html>')
    findings = lint_text(html, path="page.html", now=NOW)
    assert keys(findings, RULE) == set()
    assert keys(findings, "missing-author-name") == set()


def test_finding_in_a_referenced_node_points_into_its_own_block() -> None:
    block1 = dump(article(author={"@id": "#jane"}))
    block2 = dump({"@context": "https://schema.org", "@type": "Person", "@id": "#jane"})
    html = (f'<html><head>\n<script type="application/ld+json">\n{block1}\n</script>\n'
            f'<script type="application/ld+json">\n{block2}\n</script></head><body></body></html>')
    findings = lint_text(html, path="page.html", now=NOW)
    second_block_line = line_of(html, '"@id": "#jane"', after="</script>")
    assert {f.line for f in findings if f.rule == "missing-author-name"} <= set(
        range(second_block_line - 3, second_block_line + 1))
    assert keys(findings, "missing-author-name") and all(
        f.json_path == "$" for f in findings if f.rule == "missing-author-name")
