"""author-not-visible: an author the markup names and the page does not show."""

from __future__ import annotations

import pytest

from tests.rules import line_of
from tests.rules.html_page import BODY, lint_page, page
from tests.util import article, keys, lint_json

RULE = "author-not-visible"


def test_author_of_the_byline_is_not_reported() -> None:
    assert keys(lint_page(page()), RULE) == set()


def test_author_the_page_does_not_show_is_reported_at_its_name() -> None:
    html = page(data=article(author=[{"@type": "Person", "name": "John Smith"}]))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"name": "John Smith"'), "$.author[0].name")}


def test_each_missing_author_of_several() -> None:
    html = page(data=article(author=[{"@type": "Person", "name": "Jane Doe"},
                                     {"@type": "Person", "name": "Omar Haddad"},
                                     {"@type": "Person", "name": "Li Wei"}]))
    assert keys(lint_page(html), RULE) == {
        (RULE, line_of(html, '"name": "Omar Haddad"'), "$.author[1].name"),
        (RULE, line_of(html, '"name": "Li Wei"'), "$.author[2].name"),
    }


def test_author_given_as_text() -> None:
    html = page(data=article(author="John Smith"))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"author": "John Smith"'), "$.author")}


def test_name_shown_in_the_text_but_not_in_a_byline_counts() -> None:
    body = BODY.replace('<p class="byline">By <a rel="author" href="https://example.com/staff/jane-doe">'
                        'Jane Doe</a></p>\n', "").replace(
        "<p>Defence ministers met in Beijing.</p>", "<p>Defence ministers met in Beijing.</p>\n"
        "<p><em>Reporting by Omar Haddad; editing by Li Wei.</em></p>")
    html = page(body=body, data=article(author=[{"@type": "Person", "name": "Omar Haddad"}]))
    assert keys(lint_page(html), RULE) == set()


def test_case_spacing_quotes_and_entities_do_not_count() -> None:
    body = BODY.replace(">Jane Doe</a>", ">JANE O’NEILL</a>")
    html = page(body=body, data=article(author=[{"@type": "Person", "name": "Jane  O&#8217;Neill"}]))
    assert keys(lint_page(html), RULE) == set()


def test_organisation_named_as_the_site_counts_as_shown() -> None:
    data = article(author=[{"@type": "Organization", "name": "The Daily Example"}])
    assert keys(lint_page(page(data=data)), RULE) == set()
    person = article(author=[{"@type": "Person", "name": "The Daily Example"}])
    html = page(data=person)
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"name": "The Daily Example"'),
                                            "$.author[0].name")}


def test_name_hidden_in_a_script_is_not_shown() -> None:
    body = BODY + "\n<script>var editor = 'John Smith';</script>"
    html = page(body=body, data=article(author=[{"@type": "Person", "name": "John Smith"}]))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"name": "John Smith"'), "$.author[0].name")}


def test_odd_values_are_passed_over() -> None:
    html = page(data=article(author=[5, None, {"@type": "Person", "name": 7}, {"name": ["Jane Doe", 3]},
                                     {"@type": "Person", "name": {"@value": "x"}}, []]))
    assert keys(lint_page(html), RULE) == set()


def test_sources_without_a_page_are_not_checked() -> None:
    assert keys(lint_json(article(author=[{"@type": "Person", "name": "John Smith"}])), RULE) == set()


@pytest.mark.parametrize("name", ["By Jane Doe", "By: Jane Doe", "Door Jane Doe", "Author: Jane Doe"])
def test_byline_prefix_in_the_markup_is_left_to_author_name_not_a_name(name: str) -> None:
    data = article(author=[{"@type": "Person", "name": name, "url": "https://example.com/staff/jane-doe"}])
    findings = lint_page(page(data=data))
    assert keys(findings, RULE) == set()
    assert keys(findings, "author-name-not-a-name")


def test_byline_opener_that_is_also_a_name_particle() -> None:
    # "Von Jane Doe" may be a byline or a name ("Von der Leyen"): the page showing Jane Doe is enough.
    data = article(author=[{"@type": "Person", "name": "Von Jane Doe", "url": "https://example.com/staff/jane-doe"}])
    assert keys(lint_page(page(data=data)), RULE) == set()
