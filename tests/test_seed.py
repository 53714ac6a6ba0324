"""What the issue promises for the seed article: what `check` reports and what it does not."""

from __future__ import annotations

from linter.lint import lint_path
from tests.util import NOW, SEED, keys, rules_of


def test_seed_reports_missing_dates_and_image_url() -> None:
    findings = lint_path(SEED, now=NOW)
    assert {("missing-date-published", 1, "$.@graph[0]"),
            ("missing-date-modified", 1, "$.@graph[0]"),
            ("missing-image-url", 5, "$.@graph[0].image[0]")} <= keys(findings)


def test_seed_does_not_claim_what_the_text_has() -> None:
    rules = rules_of(lint_path(SEED, now=NOW))
    for present in ("missing-author", "missing-author-name", "author-not-object", "missing-headline",
                    "missing-image", "missing-image-caption", "missing-image-credit", "missing-description",
                    "faq-missing-questions", "faq-missing-answer", "faq-missing-answer-text"):
        assert present not in rules, present
