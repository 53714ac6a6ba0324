"""byline-not-in-markup: an author of the visible byline missing from the markup's authors."""

from __future__ import annotations

from tests.rules import line_of
from tests.rules.html_page import BODY, lint_page, page
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
