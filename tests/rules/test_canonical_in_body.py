"""canonical-in-body: the only rel=canonical of a page stands in its <body>."""

from __future__ import annotations

from linter.lint import lint_text
from tests.rules import line_of
from tests.util import NOW, keys

RULE = "canonical-in-body"
LINK = '<link rel="canonical" href="https://example.com/story">'


def lint(html: str):
    return lint_text(html, path="page.html", now=NOW)


def page(head: str, body: str) -> str:
    return (f'<!doctype html>\n<html lang="en">\n<head>\n<title>T</title>\n{head}\n</head>\n'
            f"<body>\n<h1>T</h1>\n{body}\n</body>\n</html>\n")


def test_canonical_in_head() -> None:
    assert keys(lint(page(LINK, "")), RULE) == set()


def test_canonical_in_head_and_body_counts_the_head_one() -> None:
    assert keys(lint(page(LINK, LINK)), RULE) == set()


def test_no_canonical_is_another_rule() -> None:
    assert keys(lint(page("", "")), RULE) == set()


def test_canonical_in_body() -> None:
    html = page("", f"<p>Text.</p>\n{LINK}")
    assert keys(lint(html), RULE) == {(RULE, line_of(html, "<link"), None)}


def test_canonical_after_an_element_that_ends_the_head() -> None:
    # A <div> cannot stand in <head>: parsers (browsers, Google) start the body there. The link
    # was written in the head: the problem is the element that ended it, which
    # head-elements-in-body reports (once, naming the canonical link), not where the link stands.
    html = page(f"<div>Breaking news banner</div>\n{LINK}", "")
    findings = lint(html)
    assert keys(findings, RULE) == set()
    [moved] = [f for f in findings if f.rule == "head-elements-in-body"]
    assert moved.line == line_of(html, "<link") and "link canonical stands in the body" in moved.message
