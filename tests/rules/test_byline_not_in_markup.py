"""byline-not-in-markup: an author of the visible byline missing from the markup's authors."""

from __future__ import annotations

import json

import pytest

from linter.fixes import Fix, Safety
from tests.rules import line_of
from tests.rules.html_page import BODY, lint_page, page
from tests.rules.page_fixes import QUIET, fixed, new_findings
from tests.util import article, keys

RULE = "byline-not-in-markup"
BYLINE = '<p class="byline">By <a rel="author" href="https://example.com/staff/jane-doe">Jane Doe</a></p>'


def byline(html: str) -> str:
    return page(body=BODY.replace(BYLINE, html))


def test_byline_author_in_the_markup_is_not_reported() -> None:
    assert keys(lint_page(page()), RULE) == set()


def test_co_author_missing_from_the_markup_is_reported_at_its_author_list() -> None:
    html = byline('<p class="byline">By Jane Doe and Omar Haddad</p>')
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"author": ['), "$.author")}
    [finding] = [f for f in lint_page(html) if f.rule == RULE]
    assert "Omar Haddad" in finding.message and f"line {line_of(html, 'Omar Haddad')}" in finding.message


def test_every_missing_author_is_one_finding() -> None:
    html = byline('<div class="c-byline">Por Ana López, Omar Haddad y Li Wei</div>')
    findings = [f for f in lint_page(html) if f.rule == RULE]
    assert sorted(f.message.split("'")[1] for f in findings) == ["Ana López", "Li Wei", "Omar Haddad"]


def test_name_with_title_or_honorific_in_the_markup_matches() -> None:
    data = article(author=[{"@type": "Person", "name": "Dr. Jane Doe"}])
    assert keys(lint_page(page(data=data)), RULE) == set()


def test_markup_without_author_is_left_to_missing_author() -> None:
    html = page(data=article(author=None))
    assert keys(lint_page(html), RULE) == set()
    assert ("missing-author", line_of(html, "{", whole=True), "$") in keys(lint_page(html))


def test_organisation_in_the_byline_may_be_the_publisher() -> None:
    body = BODY.replace(BYLINE, '<p class="byline">By Jane Doe, Reuters</p>')
    data = article(publisher={"@type": "Organization", "name": "Reuters"})
    assert keys(lint_page(page(body=body, data=data)), RULE) == set()
    html = page(body=body)  # the publisher is The Daily Example: Reuters is named nowhere
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"author": ['), "$.author")}


def test_comment_authors_and_bio_boxes_are_not_bylines() -> None:
    html = page(body=BODY + '\n<section class="comments">\n<p class="comment-author">Posted by Troll McTroll</p>'
                "\n</section>\n"
                '<div class="author-bio"><h4 class="author-name">Omar Haddad</h4><p>Omar writes.</p></div>')
    assert keys(lint_page(html), RULE) == set()


def test_odd_author_values_do_not_break_the_check() -> None:
    data = article(author=[{"name": ["Jane Doe", 5]}, 3, {"name": {"x": 1}}, "Omar Haddad"])
    body = BODY.replace(BYLINE, '<p class="byline">By Jane Doe and Omar Haddad</p>')
    assert keys(lint_page(page(body=body, data=data)), RULE) == set()


# --- fix: the byline's missing names added to author (unsafe) --------------------------------

JANE = {"@type": "Person", "name": "Jane Doe", "url": "https://example.com/staff/jane-doe"}


def _fixes(html: str) -> list[Fix | None]:
    return [f.fix for f in lint_page(html) if f.rule == RULE]


def test_fix_adds_the_co_author_to_the_author_list() -> None:
    before = byline('<p class="byline">By Jane Doe and Omar Haddad</p>')
    [fix] = _fixes(before)
    assert fix is not None and fix.safety is Safety.UNSAFE
    assert fix.evidence == f"visible byline 'Omar Haddad', line {line_of(before, 'Omar Haddad')}"
    assert fixed(before).refused  # it would add a finding: not made
    outcome = fixed(before, config=QUIET)
    omar = {"@type": "Person", "name": "Omar Haddad"}
    assert outcome.after.decode() == before.replace(
        json.dumps(article(), indent=2), json.dumps(article(author=[JANE, omar]), indent=2))
    assert dict(outcome.applied) == {RULE: 1}
    # The byline links no profile for him: the url is all the fixed page lacks.
    assert new_findings(before, outcome, config=QUIET) == set()


def test_fix_adds_every_missing_name_at_once() -> None:
    before = byline('<p class="byline">By Jane Doe, Omar Haddad and Li Wei</p>')
    first, second = _fixes(before)
    assert first is not None and first == second  # each finding offers the one edit that fixes both
    assert fixed(before).refused  # it would add a finding: not made
    outcome = fixed(before, config=QUIET)
    added = [{"@type": "Person", "name": "Omar Haddad"}, {"@type": "Person", "name": "Li Wei"}]
    assert outcome.after.decode() == before.replace(
        json.dumps(article(), indent=2), json.dumps(article(author=[JANE, *added]), indent=2))
    assert dict(outcome.applied) == {RULE: 2}
    assert RULE not in {f.rule for f in outcome.findings}


def test_fix_makes_a_single_author_a_list() -> None:
    before = page(body=BODY.replace(BYLINE, '<p class="byline">By Jane Doe and Omar Haddad</p>'),
                  data=article(author=JANE))
    assert fixed(before).refused  # it would add a finding: not made
    outcome = fixed(before, config=QUIET)
    assert outcome.after.decode() == page(body=BODY.replace(BYLINE, '<p class="byline">By Jane Doe and Omar Haddad</p>'),
                                          data=article(author=[JANE, {"@type": "Person", "name": "Omar Haddad"}]))


@pytest.mark.parametrize(("shown", "data"), [
    ("By Jane Doe and LP", article()),  # initials: maybe Jane Doe's own
    ("By Jane Doe, Omar Haddad and LP", article()),  # one unsure name: none added
    ("By Tom Gillespie", article(author=[{"@type": "Person", "name": "T. Gillespie"}])),  # one person, twice?
    ("By Jane Doe and Omar Haddad", article(author="Jane Doe")),  # text: author-not-object's to fix first
], ids=["initials", "one-unsure", "shared-word", "text-author"])
def test_no_fix_when_adding_is_ambiguous(shown: str, data: dict[str, object]) -> None:
    html = page(body=BODY.replace(BYLINE, f'<p class="byline">{shown}</p>'), data=data)
    fixes = _fixes(html)
    assert fixes and fixes == [None] * len(fixes)


def test_no_fix_when_the_author_is_a_reference_to_a_person_node() -> None:
    # The finding stands on the Person the article refers to: that node is no author list.
    person = {"@type": "Person", "@id": "https://example.com/#jane", "name": "Jane Doe",
              "url": "https://example.com/staff/jane-doe"}
    doc = {"@context": "https://schema.org",
           "@graph": [article(**{"@context": None}, author={"@id": "https://example.com/#jane"}), person]}
    html = page(body=BODY.replace(BYLINE, '<p class="byline">By Jane Doe and Omar Haddad</p>'), data=doc)
    assert [(f.json_path, f.fix) for f in lint_page(html) if f.rule == RULE] == [("$.@graph[1]", None)]
