"""missing-author: every article needs an author (a byline)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from linter.fixes import Safety
from tests.rules import dump, line_of
from tests.rules.html_page import BODY, HEAD, page
from tests.rules.page_fixes import QUIET, fix_of, fixed, found, new_findings
from tests.util import ROOT, article, keys, lint_article, lint_json

RULE = "missing-author"

TEXT = """Cuba and China agree to strengthen military cooperation

Defence ministers met in Beijing.

By Jane Doe
Published 16 September 2025, 10:32 CEST

The governments agreed on Tuesday to enhance their military cooperation.
"""


def test_article_with_author() -> None:
    assert keys(lint_json(article()), RULE) == set()


def test_author_given_by_reference() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, author={"@id": "https://example.com/#jane"}),
        {"@type": "Person", "@id": "https://example.com/#jane", "name": "Jane Doe",
         "url": "https://example.com/staff/jane-doe"},
    ]}
    assert keys(lint_json(doc), RULE) == set()


def test_text_article_with_byline() -> None:
    assert keys(lint_article(TEXT), RULE) == set()


def test_text_article_with_author_block_at_the_end() -> None:
    text = TEXT.replace("By Jane Doe\n", "") + (
        "\nCiberCuba Editorial Team\n\n"
        "A team of journalists committed to reporting on Cuban current affairs.\n"
    )
    assert keys(lint_article(text), RULE) == set()


def test_article_without_author() -> None:
    assert keys(lint_json(article(author=None)), RULE) == {(RULE, 1, "$")}


@pytest.mark.parametrize("value", ["", [], None, [""]], ids=["empty", "empty-list", "null", "list-of-empty"])
def test_empty_author_counts_as_missing(value: object) -> None:
    doc = article()
    doc["author"] = value
    text = dump(doc)
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, 1, "$")}
    if value != [""]:
        assert keys(findings, "empty-value") == {("empty-value", line_of(text, '"author"'), "$.author")}


def test_text_article_without_byline() -> None:
    text = TEXT.replace("By Jane Doe\n", "")
    assert keys(lint_article(text), RULE) == {(RULE, 1, "$.@graph[0]")}


# --- fix: the visible byline as author (unsafe) ----------------------------------------------

_LINKED_BYLINE = 'By <a rel="author" href="https://example.com/staff/jane-doe">Jane Doe</a>'


def _byline(text: str) -> str:
    return BODY.replace(_LINKED_BYLINE, text)


def test_fix_adds_the_visible_byline_as_author() -> None:
    before = page(data=article(author=None))
    [finding] = fix_of(before, RULE)
    assert finding.fix is not None and finding.fix.safety is Safety.UNSAFE
    assert finding.fix.evidence == f"visible byline 'Jane Doe', line {line_of(before, 'class=')}"
    outcome = fixed(before)
    jane = {"@type": "Person", "name": "Jane Doe", "url": "https://example.com/staff/jane-doe"}
    assert outcome.after.decode() == page(data={**article(author=None), "author": jane})
    assert dict(outcome.applied) == {RULE: 1}
    assert new_findings(before, outcome) == set()
    assert RULE not in {f.rule for f in outcome.findings}


def test_fix_is_not_made_without_unsafe_fixes() -> None:
    before = page(data=article(author=None))
    assert fixed(before, unsafe=False).after.decode() == before


def test_fix_adds_every_name_of_the_byline() -> None:
    before = page(body=_byline("By Jane Doe and Omar Haddad"), data=article(author=None))
    assert fixed(before).refused  # it would add a finding: not made
    outcome = fixed(before, config=QUIET)
    authors = [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Omar Haddad"}]
    assert outcome.after.decode() == page(body=_byline("By Jane Doe and Omar Haddad"),
                                          data={**article(author=None), "author": authors})
    # The byline links no profile: the authors added have no url, which is all the fixed page lacks.
    assert new_findings(before, outcome, config=QUIET) == set()


def test_fix_fills_an_empty_author() -> None:
    before = page(data=article(author=""))
    outcome = fixed(before)
    jane = {"@type": "Person", "name": "Jane Doe", "url": "https://example.com/staff/jane-doe"}
    assert outcome.after.decode() == page(data=article(author=jane))
    assert new_findings(before, outcome) == set()


@pytest.mark.parametrize("body", [
    _byline(""),  # no byline
    _byline("By Dr. Jane Doe"),  # an honorific: author-name-not-a-name would report it
], ids=["no-byline", "honorific"])
def test_no_fix_without_a_plain_byline(body: str) -> None:
    assert fix_of(page(body=body, data=article(author=None)), RULE) == []


def test_no_fix_when_the_bylines_stand_apart() -> None:
    # Names five lines apart are not one byline: the second may be a related story's.
    body = _byline("By Jane Doe").replace(
        "<p>Defence ministers met in Beijing.</p>",
        "<p>Defence ministers met in Beijing.</p>\n<p>More.</p>\n<p>More.</p>\n<p class=\"byline\">By Omar Haddad</p>")
    assert fix_of(page(body=body, data=article(author=None)), RULE) == []


def test_no_fix_when_the_author_meta_tag_names_someone_else() -> None:
    head = HEAD + '\n<meta name="author" content="John Smith">'
    assert fix_of(page(head=head, data=article(author=None)), RULE) == []


def test_no_fix_for_another_article_on_the_page() -> None:
    teaser = article(**{"@context": None}, author=None, headline="Ministers to meet again in March",
                     url="https://example.com/world/next-meeting")
    doc = {"@context": "https://schema.org", "@graph": [article(**{"@context": None}), teaser]}
    html = page(data=doc)
    assert {(f.rule, f.json_path) for f in found(html) if f.rule == RULE} == {(RULE, "$.@graph[1]")}
    assert fix_of(html, RULE) == []


def test_no_fix_in_a_json_ld_file() -> None:
    assert [f.fix for f in lint_json(article(author=None)) if f.rule == RULE] == [None]


def test_check_fix_unsafe_fixes_writes_the_page(tmp_path: Path) -> None:
    before = page(data=article(author=None))
    target = tmp_path / "story.html"
    target.write_text(before, encoding="utf-8")
    (tmp_path / ".git").mkdir()  # the configuration search stops here
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    safe = subprocess.run([sys.executable, "-m", "linter", "check", "--fix", "story.html"], cwd=tmp_path,
                          capture_output=True, text=True, env=env, timeout=120)
    assert target.read_text(encoding="utf-8") == before  # an unsafe fix waits for --unsafe-fixes
    assert "fixable with --fix --unsafe-fixes" in safe.stdout
    done = subprocess.run([sys.executable, "-m", "linter", "check", "--fix", "--unsafe-fixes", "story.html"],
                          cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in done.stderr
    jane = {"@type": "Person", "name": "Jane Doe", "url": "https://example.com/staff/jane-doe"}
    assert target.read_text(encoding="utf-8") == page(data={**article(author=None), "author": jane})
    assert "Fixed 1 finding (missing-author 1)" in done.stdout and "article has no author" not in done.stdout
