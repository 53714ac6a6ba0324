"""missing-open-graph: og:title, og:type, og:image and og:url, each named when missing."""

from __future__ import annotations

import pytest

from linter.lint import lint_text
from tests.rules import line_of
from tests.util import NOW, keys

RULE = "missing-open-graph"
TAGS = {
    "og:title": '<meta property="og:title" content="Cuba and China">',
    "og:type": '<meta property="og:type" content="article">',
    "og:image": '<meta property="og:image" content="https://example.com/photos/lead.jpg">',
    "og:url": '<meta property="og:url" content="https://example.com/story">',
}


def lint(html: str):
    return lint_text(html, path="page.html", now=NOW)


def page(*tags: str) -> str:
    head = "\n".join(tags)
    return (f'<!doctype html>\n<html lang="en">\n<head>\n<title>T</title>\n{head}\n</head>\n'
            "<body><h1>T</h1></body>\n</html>\n")


def test_all_four_present() -> None:
    assert keys(lint(page(*TAGS.values())), RULE) == set()


def test_keys_are_case_insensitive_and_name_works_too() -> None:
    tags = [t.replace("property=", "name=").replace("og:", "OG:") for t in TAGS.values()]
    assert keys(lint(page(*tags)), RULE) == set()


def test_og_image_url_stands_in_for_og_image() -> None:
    tags = [TAGS["og:title"], TAGS["og:type"], TAGS["og:url"],
            '<meta property="og:image:url" content="https://example.com/photos/lead.jpg">']
    assert keys(lint(page(*tags)), RULE) == set()


@pytest.mark.parametrize("missing", list(TAGS))
def test_one_missing_property_is_named(missing: str) -> None:
    findings = lint(page(*(tag for prop, tag in TAGS.items() if prop != missing)))
    assert keys(findings, RULE) == {(RULE, 1, None)}
    [message] = [f.message for f in findings if f.rule == RULE]
    assert missing in message
    assert not any(prop in message for prop in TAGS if prop != missing)


def test_every_missing_property_is_named() -> None:
    findings = lint(page(TAGS["og:type"]))
    assert keys(findings, RULE) == {(RULE, 1, None)}
    [message] = [f.message for f in findings if f.rule == RULE]
    assert all(prop in message for prop in ("og:title", "og:image", "og:url"))
    assert "og:type" not in message


def test_no_open_graph_at_all() -> None:
    [f] = [f for f in lint(page()) if f.rule == RULE]
    assert all(prop in f.message for prop in TAGS)


def test_empty_property_is_reported_at_its_tag() -> None:
    html = page(TAGS["og:title"], '<meta property="og:type" content="">', TAGS["og:url"],
                '<meta property="og:image" content=" ">')
    findings = lint(html)
    type_line, image_line = line_of(html, "og:type"), line_of(html, "og:image")
    assert keys(findings, RULE) == {(RULE, type_line, None), (RULE, image_line, None)}
    messages = {f.line: f.message for f in findings if f.rule == RULE}
    assert "og:type" in messages[type_line] and "og:image" in messages[image_line]
