"""missing-date-published: an article states when it was published."""

from __future__ import annotations

import pytest

from linter.fixes import Safety
from tests.rules import dump, line_of
from tests.rules.html_page import HEAD, page
from tests.rules.page_fixes import fixed, found, new_findings
from tests.util import SEED, article, keys, lint_article, lint_json

RULE = "missing-date-published"

TEXT = """Cuba and China agree to strengthen military cooperation

Defence ministers met in Beijing.

By Jane Doe
Published 16 September 2025, 10:32 CEST

The governments agreed on Tuesday to enhance their military cooperation.
"""


def test_article_with_date_published() -> None:
    assert keys(lint_json(article()), RULE) == set()


@pytest.mark.parametrize("line", ["Published 16 September 2025, 10:32 CEST", "Publicado: 2 de enero de 2025",
                                  "16 September 2025", "2025-09-16T10:32:00+02:00"])
def test_text_article_with_a_date(line: str) -> None:
    assert keys(lint_article(TEXT.replace("Published 16 September 2025, 10:32 CEST", line)), RULE) == set()


def test_article_without_date_published() -> None:
    assert keys(lint_json(article(datePublished=None)), RULE) == {(RULE, 1, "$")}


def test_only_date_modified_is_not_enough() -> None:
    assert keys(lint_json(article(datePublished=None)), "missing-date-modified") == set()
    assert keys(lint_json(article(datePublished=None)), RULE) == {(RULE, 1, "$")}


def test_empty_date_counts_as_missing() -> None:
    text = dump(article(datePublished=""))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, 1, "$")}
    assert keys(findings, "empty-value") == {("empty-value", line_of(text, '"datePublished"'), "$.datePublished")}


def test_text_article_with_updated_date_only() -> None:
    text = TEXT.replace("Published", "Updated")
    assert keys(lint_article(text), RULE) == {(RULE, 1, "$.@graph[0]")}


def test_seed_has_no_dates() -> None:
    # The sample article this project started from carries no date at all.
    assert keys(lint_article(SEED.read_text(encoding="utf-8"), path=SEED.name), RULE) == {(RULE, 1, "$.@graph[0]")}


# --- fix: the head's article:published_time as datePublished (unsafe) ------------------------

_META = '<meta property="article:published_time" content="2025-09-16T10:32:00+02:00">'


def _head(meta: str) -> str:
    return HEAD.replace(_META, meta)


def test_fix_copies_article_published_time_as_written() -> None:
    head = _head('<meta property="article:published_time" content="2025-09-16T08:32:00Z">')
    before = page(head=head, data=article(datePublished=None))
    [finding] = [f for f in found(before) if f.rule == RULE]
    assert finding.fix is not None and finding.fix.safety is Safety.UNSAFE
    assert finding.fix.evidence == f"meta article:published_time, line {line_of(before, 'article:published_time')}"
    outcome = fixed(before)
    assert outcome.after.decode() == page(head=head, data={**article(datePublished=None),
                                                           "datePublished": "2025-09-16T08:32:00Z"})
    assert dict(outcome.applied) == {RULE: 1}
    # The same instant as the page's "Published 16 September 2025, 10:32" (+02:00): no mismatch.
    assert new_findings(before, outcome) == set()


def test_fix_reads_another_publication_date_tag() -> None:
    head = _head('<meta property="og:published_time" content="2025-09-16T10:32:00+02:00">')
    before = page(head=head, data=article(datePublished=""))
    [finding] = [f for f in found(before) if f.rule == RULE]
    assert finding.fix is not None and finding.fix.evidence is not None
    assert finding.fix.evidence.startswith("meta og:published_time, line ")
    outcome = fixed(before)
    assert outcome.after.decode() == page(head=head, data=article(datePublished="2025-09-16T10:32:00+02:00"))
    assert new_findings(before, outcome) == set()


@pytest.mark.parametrize("meta", [
    "",  # only the page's <time> shows it: a date read from the body is never copied
    '<meta property="article:published_time" content="2025-09-16T10:32:00">',  # no offset: never guessed
    '<meta property="article:published_time" content="2025-09-16">',  # no time
    '<meta property="article:published_time" content="16 September 2025, 10:32 CEST">',  # not ISO 8601
    # The page shows 16 September as the publication date: date-published-mismatch would report it.
    '<meta property="article:published_time" content="2025-09-17T10:32:00+02:00">',
    # The head says two things.
    _META + '\n<meta property="og:published_time" content="2025-09-15T09:00:00+02:00">',
], ids=["none", "no-offset", "no-time", "not-iso", "disagrees-with-page", "tags-disagree"])
def test_no_fix_without_one_stated_date_time_with_offset(meta: str) -> None:
    before = page(head=_head(meta), data=article(datePublished=None))
    assert [f.fix for f in found(before) if f.rule == RULE] == [None]


def test_no_fix_after_the_date_modified() -> None:
    before = page(data=article(datePublished=None, dateModified="2025-09-16T09:00:00+02:00"))
    assert [f.fix for f in found(before) if f.rule == RULE] == [None]


def test_no_fix_in_a_json_ld_file() -> None:
    assert [f.fix for f in lint_json(article(datePublished=None)) if f.rule == RULE] == [None]
