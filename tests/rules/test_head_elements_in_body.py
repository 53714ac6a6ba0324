"""head-elements-in-body: title, meta and link elements the head ended before (Google reads the head only)."""

from __future__ import annotations

from linter.lint import lint_text
from tests.rules import line_of
from tests.util import NOW, keys

RULE = "head-elements-in-body"
HEAD = ('<title>Mietenstopp jetzt</title>\n<meta name="description" content="Worum es geht">\n'
        '<link rel="canonical" href="https://example.com/mietenstopp">\n'
        '<meta property="og:title" content="Mietenstopp">\n<meta property="og:type" content="article">\n'
        '<meta property="og:image" content="https://example.com/a.jpg">\n'
        '<meta property="og:url" content="https://example.com/mietenstopp">\n')


def lint(html: str):
    return lint_text(html, path="page.html", now=NOW)


def test_a_clean_head() -> None:
    html = f'<!DOCTYPE html>\n<html lang="de">\n<head>\n{HEAD}</head>\n<body>\n<h1>Mietenstopp jetzt</h1>\n</body></html>\n'
    assert keys(lint(html), RULE) == set()


def test_output_before_the_page() -> None:
    html = (f"Warning: Undefined variable $x in /var/www/header.php on line 3\n<!DOCTYPE html>\n"
            f'<html lang="de">\n<head>\n{HEAD}</head>\n<body>\n<h1>Mietenstopp jetzt</h1>\n</body></html>\n')
    findings = lint(html)
    assert keys(findings, RULE) == {(RULE, line_of(html, "<title>"), None)}
    message = next(f.message for f in findings if f.rule == RULE)
    assert "line 1 ('Warning: Undefined variable $x" in message and "title, meta description" in message
    # Said once, as what it is: the page has a title, a description, a language and a canonical link.
    assert keys(findings, "missing-title") == keys(findings, "missing-meta-description") == set()
    assert keys(findings, "missing-html-lang") == keys(findings, "missing-canonical") == set()
    assert keys(findings, "missing-open-graph") == keys(findings, "canonical-in-body") == set()


def test_an_image_in_the_head() -> None:
    html = (f'<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<img src="/pixel.gif">\n{HEAD}'
            "</head>\n<body>\n<h1>Mietenstopp jetzt</h1>\n</body></html>\n")
    findings = lint(html)
    assert keys(findings, RULE) == {(RULE, line_of(html, "<title>"), None)}
    assert "(<img>)" in next(f.message for f in findings if f.rule == RULE)
