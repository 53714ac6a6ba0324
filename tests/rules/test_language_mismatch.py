"""language-mismatch: inLanguage against <html lang>, by primary language subtag."""

from __future__ import annotations

import pytest

from tests.rules import line_of
from tests.rules.html_page import lint_page, page
from tests.util import article, keys, lint_json

RULE = "language-mismatch"


@pytest.mark.parametrize(("lang", "declared"), [
    ("en", "en"), ("en", "en-GB"), ("es-ES", "es"), ("es_MX", "es-419"), ("EN", "en-us"),
])
def test_same_language_agrees(lang: str, declared: str) -> None:
    assert keys(lint_page(page(lang=lang, data=article(inLanguage=declared))), RULE) == set()


def test_other_language_is_reported_at_in_language() -> None:
    html = page(lang="en", data=article(inLanguage="es"))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"inLanguage"'), "$.inLanguage")}


def test_language_object_is_read_by_its_alternate_name() -> None:
    html = page(lang="en", data=article(inLanguage={"@type": "Language", "name": "Spanish", "alternateName": "es"}))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"alternateName"'), "$.inLanguage.alternateName")}


def test_nothing_to_compare() -> None:
    assert keys(lint_page(page(lang="", data=article(inLanguage="es"))), RULE) == set()
    assert keys(lint_page(page(lang="en")), RULE) == set()  # no inLanguage
    for odd in (5, [None, 3], {"name": "Spanish"}, "Spanish language", "", "x"):
        assert keys(lint_page(page(lang="en", data=article(inLanguage=odd))), RULE) == set(), odd


def test_list_of_languages_reports_each_other_one() -> None:
    html = page(lang="en", data=article(inLanguage=["en", "es"]))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"es"'), "$.inLanguage[1]")}


def test_sources_without_a_page_are_not_checked() -> None:
    assert keys(lint_json(article(inLanguage="es")), RULE) == set()
