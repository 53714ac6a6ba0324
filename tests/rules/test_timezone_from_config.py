"""timezone-from-config: a time without a zone, read in the configured site timezone."""

from __future__ import annotations

import pytest

from linter.config import parse_config
from linter.fixes import Safety
from tests.rules import dump, line_of
from tests.rules.page_fixes import fixed, found, new_findings
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


# --- fix: the configured offset written into the Markdown date key (unsafe) ------------------

def _markdown(dates: str) -> str:
    return (f"---\ntitle: Cuba and China agree to strengthen military cooperation\n{dates}\nauthor: Jane Doe\n"
            "---\n\nDefence ministers met in Beijing.\n")


@pytest.mark.parametrize(("written", "after"), [
    ("date: 2025-09-16 10:32", 'date: "2025-09-16T10:32:00+02:00"'),  # a string stays a string
    ("date: 2025-09-16 10:32:00", "date: 2025-09-16T10:32:00+02:00"),  # a YAML timestamp stays one
    ("Date: '16 September 2025, 10:32'", "Date: '2025-09-16T10:32:00+02:00'"),  # the key as written
], ids=["string", "timestamp", "written-date"])
def test_fix_writes_the_offset_into_the_date_key(written: str, after: str) -> None:
    before = _markdown(written)
    [finding] = [f for f in found(before, path="story.md", config=SITE) if f.rule == RULE]
    assert finding.fix is not None and finding.fix.safety is Safety.UNSAFE
    assert finding.fix.evidence == "site timezone Europe/Madrid from [tool.newslint.site] timezone"
    outcome = fixed(before, path="story.md", config=SITE)
    assert outcome.after.decode() == before.replace(written, after)
    assert dict(outcome.applied) == {RULE: 1}
    assert new_findings(before, outcome, path="story.md", config=SITE) == set()
    assert RULE not in {f.rule for f in outcome.findings}


def test_fix_gives_each_date_the_offset_of_its_own_day() -> None:
    # Madrid is +01:00 in January and +02:00 in September: the zone's offset that day, not today's.
    before = _markdown("date: 2025-01-16 10:32\nlastmod: 2025-09-16 09:00")
    outcome = fixed(before, path="story.md", config=SITE)
    assert outcome.after.decode() == _markdown('date: "2025-01-16T10:32:00+01:00"\n'
                                               'lastmod: "2025-09-16T09:00:00+02:00"')
    assert dict(outcome.applied) == {RULE: 2}


def test_fix_in_toml_front_matter() -> None:
    before = "+++\ntitle = \"Cuba and China agree\"\ndate = 2025-09-16T10:32:00\n+++\n\nBody.\n"
    outcome = fixed(before, path="story.md", config=SITE)
    assert outcome.after.decode() == before.replace("10:32:00\n", "10:32:00+02:00\n")


def test_no_fix_for_a_date_inside_a_table() -> None:
    config = parse_config({"site": {"timezone": "Europe/Madrid"}, "front-matter": {"date_published": ["params.date"]}})
    before = _markdown("params:\n  date: 2025-09-16 10:32")
    assert [f.fix for f in found(before, path="story.md", config=config) if f.rule == RULE] == [None]


def test_no_fix_in_a_text_article() -> None:
    text = _text("Published 16 September 2025, 10:32")
    assert [f.fix for f in lint_article(text, config=SITE) if f.rule == RULE] == [None]
