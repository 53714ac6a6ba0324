"""date-without-time: a date alone (no time of day) is a warning."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "date-without-time"

TEXT = """Cuba and China agree to strengthen military cooperation

Defence ministers met in Beijing.

By Jane Doe
Published 16 September 2025, 10:32 CEST

The governments agreed on Tuesday to enhance their military cooperation.
"""


@pytest.mark.parametrize("value", ["2025-09-16T10:32:00+02:00", "2025-09-16T10:32:00", "2025-09-16T10:32Z",
                                   "Tue, 16 Sep 2025"])
def test_date_with_time_or_not_a_date(value: str) -> None:
    assert keys(lint_json(article(datePublished=value, dateModified=None)), RULE) == set()


def test_text_article_with_time() -> None:
    assert keys(lint_article(TEXT), RULE) == set()


def test_date_only() -> None:
    text = dump(article(datePublished="2025-09-16", dateModified="2025-09-17"))
    findings = lint_json(text)
    assert keys(findings, RULE) == {
        (RULE, line_of(text, '"datePublished"'), "$.datePublished"),
        (RULE, line_of(text, '"dateModified"'), "$.dateModified"),
    }
    assert {f.severity.value for f in findings if f.rule == RULE} == {"warning"}
    assert keys(findings, "date-without-timezone") == set()


@pytest.mark.parametrize("line", ["Published 16 September 2025", "Published: Sept. 16, 2025",
                                  "Publicado el 16 de septiembre de 2025", "2025-09-16"])
def test_text_article_date_only(line: str) -> None:
    text = TEXT.replace("Published 16 September 2025, 10:32 CEST", line)
    assert keys(lint_article(text), RULE) == {(RULE, line_of(text, line), "$.@graph[0].datePublished")}
