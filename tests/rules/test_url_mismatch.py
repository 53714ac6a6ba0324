"""url-mismatch: url and mainEntityOfPage against the page's absolute canonical URL."""

from __future__ import annotations

from tests.rules import line_of
from tests.rules.html_page import CANONICAL, HEAD, lint_page, page
from tests.util import article, keys, lint_json

RULE = "url-mismatch"
OTHER = "https://staging.example.com/world/cuba-china"


def test_canonical_address_agrees() -> None:
    for url in (CANONICAL, CANONICAL + "/", CANONICAL + "#main", "https://EXAMPLE.com/world/cuba-china"):
        data = article(url=url, mainEntityOfPage={"@type": "WebPage", "@id": url})
        assert keys(lint_page(page(data=data)), RULE) == set(), url


def test_other_url_is_reported() -> None:
    html = page(data=article(url=OTHER))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"url": "https://staging'), "$.url")}


def test_main_entity_of_page_as_text_id_or_url() -> None:
    html = page(data=article(mainEntityOfPage=OTHER))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"mainEntityOfPage"'), "$.mainEntityOfPage")}
    html = page(data=article(mainEntityOfPage={"@type": "WebPage", "@id": OTHER}))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"@id"'), "$.mainEntityOfPage.@id")}
    html = page(data=article(mainEntityOfPage={"@type": "WebPage", "url": OTHER}))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, f'"url": "{OTHER}"'), "$.mainEntityOfPage.url")}


def test_each_disagreeing_property_is_one_finding() -> None:
    html = page(data=article(url=OTHER, mainEntityOfPage=OTHER))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, f'"url": "{OTHER}"'), "$.url"),
                                           (RULE, line_of(html, '"mainEntityOfPage"'), "$.mainEntityOfPage")}


def test_another_scheme_is_another_address() -> None:
    html = page(data=article(url="http://example.com/world/cuba-china"))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"url": "http://example.com'), "$.url")}


def test_only_absolute_addresses_are_compared() -> None:
    assert keys(lint_page(page(data=article(url="/world/other"))), RULE) == set()
    relative = HEAD.replace(f'href="{CANONICAL}"', 'href="/world/cuba-china"')
    assert keys(lint_page(page(head=relative, data=article(url=OTHER))), RULE) == set()
    no_canonical = HEAD.replace(f'<link rel="canonical" href="{CANONICAL}">', "")
    assert keys(lint_page(page(head=no_canonical, data=article(url=OTHER))), RULE) == set()


def test_odd_values_are_passed_over() -> None:
    for odd in (5, [None], {"@type": "WebPage"}, {"@id": 3}, "http://[::1"):
        assert keys(lint_page(page(data=article(url=odd, mainEntityOfPage=odd))), RULE) == set(), odd


def test_sources_without_a_page_are_not_checked() -> None:
    assert keys(lint_json(article(url=OTHER)), RULE) == set()
