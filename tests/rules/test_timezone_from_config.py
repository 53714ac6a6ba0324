"""timezone-from-config: a time without a zone, read in the configured site timezone."""

from __future__ import annotations

from linter.config import parse_config
from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "timezone-from-config"
SITE = parse_config({"site": {"publisher": "The Daily Example", "url": "https://example.com",
                              "timezone": "Europe/Madrid"}})


def _text(dates: str) -> str:
    return f"""Cuba and China agree to strengthen military cooperation

Defence ministers met in Beijing.

By Jane Doe
{dates}

The governments agreed on Tuesday to enhance their military cooperation.
"""


def test_time_without_zone_uses_the_site_timezone() -> None:
    text = _text("Published 16 September 2025, 10:32")
    findings = lint_article(text, config=SITE)
    assert keys(findings, RULE) == {(RULE, line_of(text, "Published"), None)}
    # The offset came from configuration, so the date is not reported as zoneless.
    assert keys(findings, "date-without-timezone") == set()


def test_each_date_without_zone_is_reported_on_its_line() -> None:
    text = _text("Published 16 September 2025, 10:32\nUpdated 16 September 2025, 12:00")
    assert keys(lint_article(text, config=SITE), RULE) == {
        (RULE, line_of(text, "Published"), None),
        (RULE, line_of(text, "Updated"), None),
    }


def test_spanish_date_without_zone() -> None:
    text = _text("Publicado: 2 de enero de 2025, 14:10")
    assert keys(lint_article(text, config=SITE), RULE) == {(RULE, line_of(text, "Publicado"), None)}


def test_time_with_zone_is_not_reported() -> None:
    text = _text("Published 16 September 2025, 10:32 CEST\nUpdated: 16 September 2025, 12:00 (GMT+2)")
    assert keys(lint_article(text, config=SITE), RULE) == set()


def test_date_without_time_is_not_reported() -> None:
    text = _text("Published 16 September 2025")
    assert keys(lint_article(text, config=SITE), RULE) == set()


def test_without_a_site_timezone_the_date_stays_zoneless() -> None:
    text = _text("Published 16 September 2025, 10:32")
    findings = lint_article(text, config=parse_config({"site": {"publisher": "The Daily Example"}}))
    assert keys(findings, RULE) == set()
    assert keys(findings, "date-without-timezone") == {
        ("date-without-timezone", line_of(text, "Published"), "$.@graph[0].datePublished")
    }


def test_ambiguous_zone_is_not_replaced_by_the_site_timezone() -> None:
    # IST is India, Israel or Ireland: newslint does not guess, nor override it.
    text = _text("Published 16 September 2025, 10:32 IST")
    findings = lint_article(text, config=SITE)
    assert keys(findings, RULE) == set()
    assert keys(findings, "date-without-timezone") == {
        ("date-without-timezone", line_of(text, "Published"), "$.@graph[0].datePublished")
    }


def test_json_ld_is_judged_as_written() -> None:
    # The site timezone is for sources that omit it, not a licence for zoneless JSON-LD.
    text = dump(article(datePublished="2025-09-16T10:32:00"))
    findings = lint_json(text, config=SITE)
    assert keys(findings, RULE) == set()
    assert keys(findings, "date-without-timezone") == {
        ("date-without-timezone", line_of(text, '"datePublished"'), "$.datePublished")
    }
