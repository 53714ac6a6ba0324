"""Suppressions written in a page: ``<!-- newslint: ignore RULE -->`` and ``ignore-file``.

Pages are built from :mod:`tests.rules.html_page` (a page and markup that agree), with one
change each; every expected line is read off the page text with :func:`tests.rules.line_of`.
"""

from __future__ import annotations

import pytest

from linter import rules
from linter.config import Config
from linter.findings import Finding
from linter.lint import lint_bytes, suppress
from linter.readers import Source, Suppression
from linter.readers.page import read_bytes
from linter.readers.page import suppressions as suppressions_reader
from linter.rules import parse_error
from tests.rules import line_of
from tests.rules.html_page import HEADLINE, lint_page, page
from tests.util import article, keys, rules_of

#: A figure without credit or alt text: ``figure-missing-credit`` and ``image-missing-alt`` at its line.
BARE_FIGURE = """<figure>
<img src="https://example.com/photos/{name}.jpg">
<figcaption>The two ministers in Beijing.</figcaption>
</figure>"""

ARTICLE_START = f"""<article>
<h1>{HEADLINE}</h1>
<p class="byline">By <a rel="author" href="https://example.com/staff/jane-doe">Jane Doe</a></p>
<p>Published <time datetime="2025-09-16T10:32:00+02:00">16 September 2025, 10:32</time></p>"""


def body(*parts: str) -> str:
    return "\n".join([ARTICLE_START, *parts, "<p>Defence ministers met in Beijing.</p>", "</article>"])


def figure(name: str) -> str:
    return BARE_FIGURE.format(name=name)


def at(findings: list[Finding], rule: str) -> set[int | None]:
    return {f.line for f in findings if f.rule == rule}


def suppressions(html: str) -> list[Suppression]:
    return read_bytes(html.encode("utf-8"), "page.html", Config()).suppressions


# --- ignore: the next element ------------------------------------------------------------------

def test_unsuppressed_figures_are_reported() -> None:
    html = page(body=body(figure("lead"), figure("second")))
    found = lint_page(html)
    lines = {line_of(html, "<figure>"), line_of(html, "<figure>", nth=2)}
    assert at(found, "figure-missing-credit") == lines
    assert at(found, "image-missing-alt") == lines


def test_ignore_covers_the_next_element_only() -> None:
    html = page(body=body("<!-- newslint: ignore figure-missing-credit -->", figure("lead"), figure("second")))
    found = lint_page(html)
    second = line_of(html, "<figure>", nth=2)
    # The second figure starts on the line after the first one ends: the range ends with </figure>.
    assert second == line_of(html, "</figure>") + 1
    assert at(found, "figure-missing-credit") == {second}
    # Only the rule named: the first figure still lacks its alt text.
    assert at(found, "image-missing-alt") == {line_of(html, "<figure>"), second}


def test_suppression_range_is_the_element() -> None:
    html = page(body=body("<!-- newslint: ignore figure-missing-credit -->", figure("lead"), figure("second")))
    [s] = suppressions(html)
    comment = line_of(html, "newslint: ignore")
    assert (s.rules, s.line, s.first, s.last) == (
        ("figure-missing-credit",), comment, line_of(html, "<figure>"), line_of(html, "</figure>"))


def test_ignore_before_a_container_covers_everything_in_it() -> None:
    gallery = "\n".join(['<div class="gallery">', figure("one"), figure("two"), "</div>"])
    html = page(body=body("<!-- newslint: ignore figure-missing-credit -->", gallery, figure("three")))
    found = lint_page(html)
    assert at(found, "figure-missing-credit") == {line_of(html, "<figure>", nth=3)}
    [s] = suppressions(html)
    assert (s.first, s.last) == (line_of(html, '<div class="gallery">'), line_of(html, "</div>"))


def test_comment_last_in_its_parent_covers_the_element_after_the_parent() -> None:
    html = page(body=body('<p class="note">Pictures below. <!-- newslint: ignore figure-missing-credit --></p>',
                          figure("lead"), figure("second")))
    assert at(lint_page(html), "figure-missing-credit") == {line_of(html, "<figure>", nth=2)}


def test_ignore_with_nothing_after_it_covers_nothing() -> None:
    html = page(body=body(figure("lead"))) + "<!-- newslint: ignore figure-missing-credit -->\n"
    assert at(lint_page(html), "figure-missing-credit") == {line_of(html, "<figure>")}


# --- a JSON-LD block ---------------------------------------------------------------------------

BLOCK = '<script type="application/ld+json">'


def test_ignore_before_a_json_ld_block_covers_the_block() -> None:
    original = page(data=article(author=None, description=None))
    before = lint_page(original)
    assert {"missing-author", "missing-description"} <= rules_of(before)
    html = original.replace(BLOCK, "<!-- newslint: ignore missing-author -->\n" + BLOCK)
    after = lint_page(html)
    assert "missing-author" not in rules_of(after)
    # Nothing else changed: the other finding of the same node is still there, one line down.
    assert at(after, "missing-description") == {line + 1 for line in at(before, "missing-description")}
    [s] = suppressions(html)
    assert (s.first, s.last) == (line_of(html, BLOCK), line_of(html, "</script>"))


def test_ignore_on_the_line_of_the_block_drops_exactly_that_rule() -> None:
    original = page(data=article(author=None, description=None))
    html = original.replace(BLOCK, "<!-- newslint: ignore missing-author -->" + BLOCK)
    assert keys(lint_page(html)) == keys(lint_page(original)) - keys(lint_page(original), "missing-author")


def test_ignore_before_one_block_leaves_the_next_block() -> None:
    # The first block is the article (missing its author), the second a bare image (relative URL).
    image = {"@context": "https://schema.org", "@type": "ImageObject", "contentUrl": "/photos/lead.jpg"}
    original = page(data=article(author=None)).replace(
        "</script>\n", f'</script>\n{BLOCK}{{"@context": "https://schema.org", "@type": "ImageObject", '
                       f'"contentUrl": "{image["contentUrl"]}"}}</script>\n')
    before = lint_page(original)
    assert "relative-url" in rules_of(before)
    html = original.replace(BLOCK, "<!-- newslint: ignore missing-author relative-url -->\n" + BLOCK, 1)
    after = lint_page(html)
    assert "missing-author" not in rules_of(after)
    assert at(after, "relative-url") == {line_of(html, BLOCK, nth=2)}


# --- ignore-file -------------------------------------------------------------------------------

def test_ignore_file_covers_the_whole_page_wherever_it_stands() -> None:
    original = page(body=body(figure("lead")))
    before = lint_page(original)
    assert {"missing-twitter-card", "figure-missing-credit"} <= rules_of(before)
    for html in (
        original.replace("</body>", "<!-- newslint: ignore-file missing-twitter-card figure-missing-credit -->\n"
                                    "</body>"),
        "<!-- newslint: ignore-file missing-twitter-card figure-missing-credit -->\n" + original,
    ):
        after = lint_page(html)
        assert not {"missing-twitter-card", "figure-missing-credit"} & rules_of(after)
        assert rules_of(after) == rules_of(before) - {"missing-twitter-card", "figure-missing-credit"}
        [s] = suppressions(html)
        assert (s.first, s.last) == (None, None)


@pytest.mark.parametrize("names", [
    "missing-twitter-card, missing-open-graph,missing-meta-description",
    "missing-twitter-card missing-open-graph missing-meta-description",
    "missing-twitter-card,\n  missing-open-graph\n  missing-meta-description",
])
def test_several_names(names: str) -> None:
    original = page()
    named = {"missing-twitter-card", "missing-open-graph", "missing-meta-description"}
    assert named <= rules_of(lint_page(original))
    html = original.replace("<head>\n", f"<head>\n<!-- newslint: ignore-file {names} -->\n")
    assert not named & rules_of(lint_page(html))
    [s] = suppressions(html)
    assert set(s.rules) == named
    assert s.line == line_of(html, "newslint: ignore-file")


# --- what is not a suppression -----------------------------------------------------------------

def test_other_comments_are_not_suppressions() -> None:
    html = page(body=body("<!-- byline: ignore figure-missing-credit -->",
                          "<!-- checked with newslint: ignore figure-missing-credit -->", figure("lead")))
    assert suppressions(html) == []
    assert "figure-missing-credit" in rules_of(lint_page(html))


def test_pages_without_the_word_are_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> None:
        raise AssertionError("comments searched")

    monkeypatch.setattr(suppressions_reader, "read", fail)
    assert suppressions(page(body=body("<!-- an ordinary comment -->", figure("lead")))) == []


def test_parse_error_is_never_suppressed() -> None:
    comment = b"<!-- newslint: ignore-file parse-error -->"
    # A page that is nothing but the comment (no document), and one that is binary.
    for data in (comment + b"\n", comment + b"\x00\x00<p>x</p>"):
        assert [f.rule for f in lint_bytes(data, "page.html")] == ["parse-error"]
    # Nor when a suppression names it and covers its line.
    error = rules.finding(parse_error, "cannot parse HTML: Document is empty", "p.html", line=1)
    source = Source("p.html", suppressions=[Suppression(("parse-error",), 1)])
    assert suppress([error], source) == [error]


# --- unknown names -----------------------------------------------------------------------------

def test_unknown_name_is_a_finding_at_the_comment() -> None:
    html = page(body=body("<!-- newslint: ignore figure-missing-credit, figure-missing-credt -->", figure("lead")))
    found = lint_page(html)
    assert keys(found, "unknown-suppression") == {("unknown-suppression", line_of(html, "newslint: ignore"), None)}
    assert "figure-missing-credit" not in rules_of(found)  # the known name still works
    [message] = [f.message for f in found if f.rule == "unknown-suppression"]
    assert "figure-missing-credt" in message and "figure-missing-credit" in message


def test_unknown_name_in_a_comment_over_several_lines_is_reported_where_it_starts() -> None:
    html = page(body=body("<!--\n  newslint: ignore-file\n    no-such-rule\n-->", figure("lead")))
    found = lint_page(html)
    assert at(found, "unknown-suppression") == {line_of(html, "newslint: ignore-file") - 1}
