"""invalid-json-ld: a JSON-LD block of a page that is not strict JSON, at its place in the file."""

from __future__ import annotations

from linter.config import Config
from linter.fixes.engine import fix_bytes
from linter.fixes.model import Fix, Safety, Strict
from linter.jsonblock import REPAIRS
from linter.lint import lint_text
from linter.rules.invalid_json_ld import STRICT_SAFE
from tests.util import NOW, keys

RULE = "invalid-json-ld"

PAGE = """<!doctype html>
<html lang="en"><head><title>T</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "T", // a comment
 "datePublished": "2025-03-03"}
</script>
</head><body><h1>T</h1></body></html>
"""


def lint(html: str):
    return lint_text(html, path="page.html", now=NOW)


def test_valid_block_is_not_reported() -> None:
    assert keys(lint(PAGE.replace(" // a comment", "")), RULE) == set()


def test_comment_is_reported_where_it_stands_and_content_still_checked() -> None:
    findings = lint(PAGE)
    [f] = [f for f in findings if f.rule == RULE]
    assert (f.line, f.column) == (5, 19)  # the "/" of "// a comment"
    assert "JavaScript comments" in f.message
    # the repaired content was checked: its date-only value is reported on line 6
    assert ("date-without-time", 6, "$.datePublished") in keys(findings)


def test_column_on_the_script_line_counts_from_the_tag() -> None:
    html = '<html><head><script type="application/ld+json">{"@type": "NewsArticle",}</script></head></html>'
    [f] = [f for f in lint(html) if f.rule == RULE]
    assert (f.line, f.column) == (1, 48 + 24)


def test_unrecoverable_block_is_reported_and_skipped() -> None:
    html = PAGE.replace('"headline": "T"', "'headline': 'T'")
    findings = lint(html)
    assert [f.line for f in findings if f.rule == RULE] == [5]
    assert "cannot be checked" in next(f.message for f in findings if f.rule == RULE)
    assert keys(findings, "missing-headline") == set()


# --- the fix -------------------------------------------------------------------------------------

def _page(block: str, *, before: str = "") -> str:
    """A page whose JSON-LD block (after the valid ones in ``before``) holds ``block``."""
    return (f'<!doctype html>\n<html lang="en"><head><title>T</title>\n{before}'
            f'<script type="application/ld+json">\n{block}\n</script>\n</head><body><h1>T</h1></body></html>\n')


BLOCK = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "T", "datePublished": "2025-03-03"}'
VALID = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "WebSite", "url": "https://example.com/"}</script>\n'


def _fix_of(html: str) -> Fix | None:
    [f] = [f for f in lint(html) if f.rule == RULE]
    return f.fix


def _fixed(html: str) -> str:
    """``html`` fixed: no ``invalid-json-ld`` left, and no finding that was not there before."""
    outcome = fix_bytes(html.encode(), "page.html", Config(), now=NOW)
    assert outcome.problem is None
    before = {(f.rule, f.json_path) for f in lint(html)}
    after = {(f.rule, f.json_path) for f in outcome.findings}
    assert RULE not in {r for r, _ in after}
    assert after <= before
    assert outcome.applied == {RULE: 1}
    return outcome.after.decode()


def test_the_finding_names_the_document_its_block_became() -> None:
    html = _page(BLOCK.replace('"T",', '"T", // a comment\n'), before=VALID)
    [f] = [f for f in lint(html) if f.rule == RULE]
    assert f.origin == 1  # the second block's document (the first block is valid)
    assert f.fix == Fix(Safety.SAFE, "write the block as strict JSON (without JavaScript comments)", (Strict(),))


def test_fix_comments() -> None:
    html = _page(BLOCK.replace('"T",', '"T", // a comment\n'), before=VALID)
    assert _fixed(html) == _page(BLOCK.replace('"T",', '"T",\n'), before=VALID)


def test_fix_trailing_commas_and_semicolon() -> None:
    html = _page(BLOCK.replace('"T",', '"T", "author": [{"@type": "Person", "name": "Jane Doe",},],')[:-1] + ",};")
    assert _fixed(html) == _page(BLOCK.replace('"T",', '"T", "author": [{"@type": "Person", "name": "Jane Doe"}],'))


def test_fix_cdata_wrapper() -> None:
    html = _page(f"//<![CDATA[\n{BLOCK}\n//]]>")
    assert _fix_of(html) is not None
    assert _fixed(html) == _page(BLOCK)


def test_no_fix_when_reading_took_more_than_dropping_text() -> None:
    # HTML entities: &quot; decoded into quotes (was &amp; meant as written?)
    assert _fix_of(_page(BLOCK.replace('"T"', "&quot;T&quot;"))) is None
    # two values back to back, read as a list: writing a list would say more than the page did
    assert _fix_of(_page(BLOCK + '\n{"@context": "https://schema.org", "@type": "WebSite", "url": "https://example.com/"}')) is None
    # entities and comments: not only dropped text
    assert _fix_of(_page(BLOCK.replace('"T",', "&quot;T&quot;, // c\n"))) is None


def test_no_fix_for_a_cdata_wrapper_guarding_an_ampersand() -> None:
    # A page served as XHTML needs the CDATA section around a "&".
    assert _fix_of(_page("<![CDATA[" + BLOCK.replace('"T"', '"Q&A"') + "]]>")) is None


def test_no_fix_for_a_block_that_cannot_be_read() -> None:
    html = PAGE.replace('"headline": "T"', "'headline': 'T'")
    [f] = [f for f in lint(html) if f.rule == RULE]
    assert f.origin is None and f.fix is None


def test_fix_control_characters_in_strings() -> None:
    html = _page(BLOCK.replace('"headline": "T"', '"headline": "T",\n "description": "One line\n\tand the next"'))
    assert _fix_of(html) is not None
    assert _fixed(html) == _page(BLOCK.replace('"headline": "T"',
                                               '"headline": "T",\n "description": "One line\\n\\tand the next"'))


def test_the_fixed_repairs_are_repairs_the_reader_makes() -> None:
    assert {name for name, _ in REPAIRS} | {"control characters in strings"} >= STRICT_SAFE


def test_fixed_with_the_blocks_other_fixes() -> None:
    html = _page(BLOCK.replace('"T",', '"T", "Keywords": "Cuba", // a comment\n'))
    outcome = fix_bytes(html.encode(), "page.html", Config(), now=NOW)
    assert outcome.applied == {RULE: 1, "unknown-property": 1}
    assert outcome.after.decode() == _page(BLOCK.replace('"T",', '"T", "keywords": "Cuba",\n'))
