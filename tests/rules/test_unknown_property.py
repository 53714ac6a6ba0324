"""unknown-property: keys that are no schema.org property, with a did-you-mean."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from linter.config import Config
from linter.findings import Finding
from linter.fixes.engine import fix_bytes
from linter.fixes.model import Fix, RenameKey, Safety
from linter.lint import lint_text
from linter.rules.unknown_property import SPELLING_LOOKUPS
from tests.rules import dump, line_of
from tests.rules.html_page import lint_page, page
from tests.util import NOW, ROOT, article, keys, lint_json

RULE = "unknown-property"


def _message(findings: list[Finding]) -> str:
    return next(f.message for f in findings if f.rule == RULE)


def test_schema_org_properties() -> None:
    doc = article(**{"@id": "https://example.com/a#article"}, wordCount=420, printEdition="Late",
                  headline={"@value": "Cuba and China agree", "@language": "en"})
    assert keys(lint_json(doc), RULE) == set()


def test_misspelt_property_with_did_you_mean() -> None:
    text = dump(article(datePublised="2025-09-16T10:32:00+02:00"))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"datePublised"'), "$.datePublised")}
    assert "did you mean 'datePublished'" in _message(findings)


def test_property_in_the_wrong_case() -> None:
    text = dump(article(dateModified=None, datemodified="2025-09-16T12:00:00+02:00"))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"datemodified"'), "$.datemodified")}
    assert "'dateModified'" in _message(findings)


def test_keyword_without_its_at_sign() -> None:
    doc = article(publisher={"type": "Organization", "name": "The Daily Example"})
    text = dump(doc)
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"type": "Organization"'), "$.publisher.type")}
    assert "'@type'" in _message(findings)


def test_schema_prefix_and_full_iris_are_checked() -> None:
    text = dump(article(**{"schema:datePublised": "2025-09-16", "https://schema.org/headlin": "x",
                           "schema:wordCount": 420}))
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"schema:datePublised"'), '$["schema:datePublised"]'),
        (RULE, line_of(text, '"https://schema.org/headlin"'), '$["https://schema.org/headlin"]'),
    }


def test_terms_outside_schema_org_are_not_judged() -> None:
    doc = article(**{"@context": ["https://schema.org", {"ex": "http://example.org/", "slug": "ex:slug"}],
                     "gs1:netWeight": "1 kg", "ex:desk": "World", "slug": "cuba-china",
                     "http://example.org/rank": 3, "@foo": "bar"})
    assert keys(lint_json(doc), RULE) == set()
    doc = {"@context": {"@vocab": "http://example.org/"}, "@type": "Story", "datePublised": "2025"}
    assert keys(lint_json(doc), RULE) == set()


def test_action_input_annotations() -> None:
    doc = {"@context": "https://schema.org", "@type": "WebSite", "url": "https://example.com",
           "potentialAction": {"@type": "SearchAction", "target": "https://example.com/s?q={q}",
                               "query-input": "required name=q", "qeury-input": "required name=q"}}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"qeury-input"'), "$.potentialAction.qeury-input")}


def test_document_without_context_is_read_as_schema_org() -> None:
    text = dump(article(**{"@context": None}, datePublised="2025-09-16"))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"datePublised"'), "$.datePublised")}
    assert ("missing-context", 1, "$") in keys(findings)


def test_graph_document() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, author=[{"@id": "https://example.com/#jane"}]),
        {"@type": "Person", "@id": "https://example.com/#jane", "name": "Jane Doe", "jobTitel": "Reporter"},
    ]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"jobTitel"'), "$.@graph[1].jobTitel")}


def test_microdata_item() -> None:
    html = """<!doctype html>
<html><head><title>Cuba and China</title></head><body>
<article itemscope itemtype="http://schema.org/NewsArticle">
<h1 itemprop="headline">Cuba and China agree to strengthen military cooperation</h1>
<time itemprop="datePublised" datetime="2025-09-16T10:32:00+02:00">16 September 2025</time>
</article></body></html>
"""
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, "<article itemscope"), "$.datePublised")}


def test_json_ld_block_in_a_page() -> None:
    html = page(data=article(artcleBody="Defence ministers met in Beijing."))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"artcleBody"'), "$.artcleBody")}


# --- the fix -------------------------------------------------------------------------------------

def _fix_of(findings: list[Finding], path: str) -> Fix | None:
    return next(f.fix for f in findings if f.rule == RULE and f.json_path == path)


def _renamed(findings: list[Finding], old: str, new: str) -> set[tuple[str, str | None]]:
    """``(rule, json_path)`` of ``findings``, paths under ``old`` written under ``new``."""
    return {(f.rule, new + f.json_path[len(old):] if f.json_path and f.json_path.startswith(old) else f.json_path)
            for f in findings}


def _fixed(text: str, path: str, old: str, new: str) -> str:
    """``text`` (the file ``path``) fixed: no finding left at ``old`` (now ``new``), none that was not there."""
    outcome = fix_bytes(text.encode(), path, Config(), now=NOW)
    assert outcome.problem is None
    before = _renamed(lint_text(text, path=path, now=NOW), old, new)
    after = {(f.rule, f.json_path) for f in outcome.findings}
    assert (RULE, new) not in after
    assert after <= before - {(RULE, new)}
    assert outcome.applied == {RULE: 1}
    return outcome.after.decode()


def test_fix_letter_case() -> None:
    text = dump(article(dateModified=None, datemodified="2025-09-16T12:00:00+02:00"))
    assert _fix_of(lint_json(text), "$.datemodified") == Fix(
        Safety.SAFE, "rename 'datemodified' to 'dateModified'", (RenameKey("$.datemodified", "dateModified"),))
    assert _fixed(text, "a.jsonld", "$.datemodified", "$.dateModified") == text.replace(
        '"datemodified"', '"dateModified"')


def test_fix_the_only_close_spelling_in_a_page() -> None:
    html = page(data=article(artcleBody="Defence ministers met in Beijing."))
    assert _fixed(html, "page.html", "$.artcleBody", "$.articleBody") == html.replace('"artcleBody"', '"articleBody"')


def test_fix_keeps_the_prefix() -> None:
    text = dump(article(**{"schema:artcleBody": "x", "https://schema.org/Keywords": "Cuba"}))
    findings = lint_json(text)
    assert _fix_of(findings, '$["schema:artcleBody"]') == Fix(
        Safety.SAFE, "rename 'schema:artcleBody' to 'schema:articleBody'",
        (RenameKey('$["schema:artcleBody"]', "schema:articleBody"),))
    fix = _fix_of(findings, '$["https://schema.org/Keywords"]')
    assert fix is not None and fix.ops == (RenameKey('$["https://schema.org/Keywords"]', "https://schema.org/keywords"),)


def test_fix_type_without_its_at_sign() -> None:
    doc = article(publisher={"type": "Organization", "name": "The Daily Example", "url": "https://example.com"})
    text = dump(doc)
    assert _fixed(text, "a.jsonld", "$.publisher.type", "$.publisher.@type") == text.replace(
        '"type": "Organization"', '"@type": "Organization"')


def test_no_fix_for_type_that_is_no_schema_org_type_or_beside_an_at_type() -> None:
    doc = article(about=[{"type": "breaking", "name": "World"}],
                  publisher={"@type": "Organization", "type": "NewsMediaOrganization", "name": "The Daily Example"})
    findings = lint_json(doc)
    assert keys(findings, RULE) != set()
    assert _fix_of(findings, "$.about[0].type") is None  # @type "breaking" would be an unknown type
    assert _fix_of(findings, "$.publisher.type") is None  # which of the two types is the node's?


def test_no_fix_when_two_properties_are_as_close_or_none() -> None:
    # datePublised: datePublished, or sdDatePublished? published: publishedOn or publishedBy?
    doc = article(datePublished=None, datePublised="2025-09-16T10:32:00+02:00", published="2025-09-16",
                  updated="2025-09-17")
    findings = lint_json(doc)
    assert {f.json_path for f in findings if f.rule == RULE} == {"$.datePublised", "$.published", "$.updated"}
    assert [f.fix for f in findings if f.rule == RULE] == [None, None, None]


def test_no_fix_for_a_property_of_another_type() -> None:
    # jobTitle is the one close spelling, but a Person's: on an article, jobTitel meant something else.
    text = dump(article(jobTitel="Correspondent",
                        author=[{"@type": "Person", "name": "Jane Doe", "jobTitel": "Correspondent"}]))
    findings = lint_json(text)
    assert _fix_of(findings, "$.jobTitel") is None
    fix = _fix_of(findings, "$.author[0].jobTitel")
    assert fix is not None and fix.ops == (RenameKey("$.author[0].jobTitel", "jobTitle"),)


def test_no_fix_when_the_property_is_there_already() -> None:
    doc = article(Keywords="Cuba", keywords="China", **{"headlin": "x", "schema:headline": "y"})
    findings = lint_json(doc)
    assert keys(findings, RULE) != set()
    assert [f.fix for f in findings if f.rule == RULE] == [None, None]


def test_no_fix_in_microdata() -> None:
    html = """<!doctype html>
<html><head><title>Cuba and China</title></head><body>
<article itemscope itemtype="http://schema.org/NewsArticle">
<h1 itemprop="headLine">Cuba and China agree to strengthen military cooperation</h1>
</article></body></html>
"""
    findings = lint_page(html)
    assert keys(findings, RULE) != set()
    assert _fix_of(findings, "$.headLine") is None  # newslint edits JSON-LD, not HTML attributes


def test_check_fix_on_the_command_line(tmp_path: Path) -> None:
    html = page(data=article(Keywords="Cuba, China"))
    target = tmp_path / "page.html"
    target.write_text(html, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-m", "linter", "check", "--fix", "--isolated", str(target)],
                          capture_output=True, text=True, env=env, cwd=tmp_path, check=False)
    assert target.read_text(encoding="utf-8") == html.replace('"Keywords"', '"keywords"'), done.stderr
    assert "Fixed 1 finding (unknown-property 1)." in done.stdout
    assert "  unknown-property\n" not in done.stdout  # no finding of it left


def test_spelling_lookups_are_bounded_per_document() -> None:
    # Each lookup compares a name with hundreds of properties: a document of thousands of
    # unknown names gets its fixes for the first ones only, as its did-you-means.
    from linter.vocab import vocabulary

    props = sorted(vocabulary().properties_of("NewsArticle"))[:200]
    doc = article(**{f"{p}Qz": 1 for p in props})
    fixed = [f for f in lint_json(doc) if f.rule == RULE and f.fix is not None]
    assert 0 < len(fixed) <= SPELLING_LOOKUPS
