"""empty-json-ld-block: a JSON-LD script with nothing in it."""

from __future__ import annotations

from linter.lint import lint_text
from tests.util import NOW, keys

RULE = "empty-json-ld-block"


def test_empty_and_blank_blocks_are_reported_on_their_line() -> None:
    html = ('<html><head>\n<script type="application/ld+json"></script>\n'
            '<script type="application/ld+json">\n   \n</script>\n</head><body></body></html>')
    findings = lint_text(html, path="p.html", now=NOW)
    assert {(f.rule, f.line) for f in findings if f.rule == RULE} == {(RULE, 2), (RULE, 3)}


def test_block_with_content_is_not_reported() -> None:
    html = '<html><head><script type="application/ld+json">{"@context": "https://schema.org"}</script></head></html>'
    assert keys(lint_text(html, path="p.html", now=NOW), RULE) == set()
