"""date-published-mismatch: datePublished against the date the page shows and article:published_time."""

from __future__ import annotations

from tests.rules import line_of
from tests.rules.html_page import BODY, HEAD, lint_page, page
from tests.util import article, keys, lint_json

RULE = "date-published-mismatch"
TIME = '<p>Published <time datetime="2025-09-16T10:32:00+02:00">16 September 2025, 10:32</time></p>'
META = '<meta property="article:published_time" content="2025-09-16T10:32:00+02:00">'


def shown(html: str) -> str:
    return BODY.replace(TIME, html)


def messages(html: str) -> list[str]:
    return sorted(f.message for f in lint_page(html) if f.rule == RULE)


def test_agreeing_dates_are_not_reported() -> None:
    assert keys(lint_page(page()), RULE) == set()


def test_shown_date_on_another_day_is_reported_at_date_published() -> None:
    html = page(body=shown('<p>Published <time datetime="2025-09-17T10:32:00+02:00">17 September 2025</time></p>'))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"datePublished"'), "$.datePublished")}
    [message] = messages(html)
    assert "page shows" in message and f"line {line_of(html, '<time')}" in message


def test_meta_published_time_is_one_more_source() -> None:
    html = page(head=HEAD.replace(META, META.replace("10:32", "12:32")))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"datePublished"'), "$.datePublished")}
    [message] = messages(html)
    assert "article:published_time" in message


def test_each_disagreeing_source_is_one_finding() -> None:
    html = page(head=HEAD.replace(META, META.replace("10:32", "12:32")),
                data=article(datePublished="2025-09-20T10:32:00+02:00"))
    found = messages(html)
    assert len(found) == 2
    assert any("page shows" in m for m in found) and any("article:published_time" in m for m in found)


def test_same_instant_in_other_offsets_agrees() -> None:
    assert keys(lint_page(page(data=article(datePublished="2025-09-16T08:32:00Z"))), RULE) == set()
    # Pages show minutes: seconds in the markup do not make another time.
    assert keys(lint_page(page(data=article(datePublished="2025-09-16T10:32:41+02:00"))), RULE) == set()


def test_same_instant_is_required_when_both_carry_an_offset() -> None:
    html = page(data=article(datePublished="2025-09-16T10:32:00Z"))
    assert len(messages(html)) == 2  # two hours later than the page and the meta tag say


def test_without_an_offset_the_calendar_day_counts() -> None:
    assert keys(lint_page(page(data=article(datePublished="2025-09-16T23:59:00"))), RULE) == set()
    assert keys(lint_page(page(data=article(datePublished="2025-09-16"))), RULE) == set()
    html = page(data=article(datePublished="2025-09-15"))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"datePublished"'), "$.datePublished")}


def test_labelled_text_date_is_read() -> None:
    html = page(body=shown("<p>Published 17 September 2025</p>"), head=HEAD.replace(META, ""))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"datePublished"'), "$.datePublished")}
    spanish = page(body=shown("<p>Publicado el 16 de septiembre de 2025</p>"), head=HEAD.replace(META, ""))
    assert keys(lint_page(spanish), RULE) == set()


def test_updated_date_is_not_the_publication_date() -> None:
    html = page(body=shown(TIME + '\n<p>Updated: <time datetime="2025-09-18T09:00:00+02:00">18 September</time></p>'))
    assert keys(lint_page(html), RULE) == set()


def test_a_shown_date_that_agrees_is_enough() -> None:
    html = page(body=shown('<p>Published <time datetime="2025-09-17T10:32:00+02:00">17 September</time></p>\n'
                           '<p><time datetime="2025-09-16T10:32:00+02:00">16 September</time></p>'))
    assert keys(lint_page(html), RULE) == set()


def test_page_without_a_date_or_markup_without_a_readable_one() -> None:
    assert keys(lint_page(page(body=shown(""), head=HEAD.replace(META, ""))), RULE) == set()
    for odd in ("yesterday", 20250916, [5, None], {"@value": "2025-09-20"}):
        assert keys(lint_page(page(data=article(datePublished=odd))), RULE) == set(), odd
    listed = page(data=article(datePublished=[5, "2025-09-20"]))  # the date a list holds is still compared
    assert keys(lint_page(listed), RULE) == {(RULE, line_of(listed, '"datePublished"'), "$.datePublished")}


def test_sources_without_a_page_are_not_checked() -> None:
    assert keys(lint_json(article(datePublished="2020-01-01")), RULE) == set()
