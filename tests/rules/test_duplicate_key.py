"""duplicate-key: one object of a JSON-LD block repeats a key."""

from __future__ import annotations

from linter.lint import lint_text
from tests.util import NOW, keys

RULE = "duplicate-key"


def page(body: str) -> str:
    return f'<html><head>\n<script type="application/ld+json">\n{body}\n</script>\n</head></html>'


def test_repeated_key_is_reported_once_per_key() -> None:
    findings = lint_text(page('{"@type": "NewsArticle", "headline": "A", "headline": "B", "headline": "C"}'),
                         path="p.html", now=NOW)
    assert [(f.rule, f.line) for f in findings if f.rule == RULE] == [(RULE, 2)]
    assert "'headline'" in next(f.message for f in findings if f.rule == RULE)


def test_same_key_in_different_objects_is_fine() -> None:
    body = '{"@type": "NewsArticle", "author": {"name": "A"}, "publisher": {"name": "B"}}'
    assert keys(lint_text(page(body), path="p.html", now=NOW), RULE) == set()


def test_json_ld_files_are_judged_like_blocks() -> None:
    text = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "A", "headline": "B"}'
    found = [f for f in lint_text(text, path="a.jsonld", now=NOW) if f.rule == RULE]
    assert len(found) == 1 and "'headline'" in found[0].message
    assert [f for f in lint_text(text.replace(', "headline": "B"', ""), path="a.jsonld", now=NOW)
            if f.rule == RULE] == []
