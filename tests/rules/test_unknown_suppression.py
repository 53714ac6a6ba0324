"""unknown-suppression: a suppression that names no rule suppresses nothing, so it is reported."""

from __future__ import annotations

from linter.config import Config
from linter.findings import Finding
from linter.lint import lint_text
from tests.rules import line_of
from tests.rules.html_page import page
from tests.util import FIXTURES, NOW, keys, rules_of

RULE = "unknown-suppression"

FRONT = """---
title: "Harbour fireworks draw record crowds"
description: "More than a million people watched the midnight display."
date: 2025-01-01T00:45:00+11:00
authors: [Mia Chen]
image:
  src: https://example.com/photos/harbour-fireworks.jpg
  caption: Fireworks light up the harbour at midnight
  credit: Dean Lewins/AAP
{suppression}
---

More than a million people watched the fireworks from the foreshore.
"""


def lint_md(text: str, *, config: Config | None = None) -> list[Finding]:
    return lint_text(text, path="article.md", config=config, now=NOW)


def test_front_matter_known_rule_names() -> None:
    text = FRONT.format(suppression="newslint:\n  ignore: [missing-image-license, missing-author-url]")
    findings = lint_md(text)
    assert keys(findings, RULE) == set()
    assert not rules_of(findings) & {"missing-image-license", "missing-author-url"}


def test_front_matter_without_suppression() -> None:
    assert keys(lint_md(FRONT.format(suppression="")), RULE) == set()


def test_front_matter_unknown_rule_name() -> None:
    path = FIXTURES / "markdown" / "suppressed.md"
    text = path.read_text(encoding="utf-8")
    findings = lint_md(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, "ignore:"), None)}
    # The names that are rules still work.
    assert "missing-image-license" not in rules_of(findings)


def test_front_matter_misspelt_name_suggests_the_rule() -> None:
    text = FRONT.format(suppression="newslint:\n  ignore:\n    - missing-image-license\n    - missing-author-urll")
    findings = lint_md(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, "- missing-author-urll"), None)}
    [finding] = [f for f in findings if f.rule == RULE]
    assert "missing-author-url" in finding.message and "missing-author-urll" in finding.message
    assert "missing-image-license" not in rules_of(findings)


def test_front_matter_unknown_key_under_newslint() -> None:
    text = FRONT.format(suppression="newslint:\n  ignroe: [missing-image-license]")
    findings = lint_md(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, "ignroe:"), None)}
    assert "missing-image-license" in rules_of(findings)  # nothing was suppressed


def test_front_matter_malformed_suppression() -> None:
    text = FRONT.format(suppression="newslint: missing-image-license")
    assert keys(lint_md(text), RULE) == {(RULE, line_of(text, "newslint:"), None)}
    text = FRONT.format(suppression="newslint:\n  ignore: [3]")
    assert keys(lint_md(text), RULE) == {(RULE, line_of(text, "ignore:"), None)}


# --- HTML comments -----------------------------------------------------------------------------

def _html_lint(html: str) -> list[Finding]:
    return lint_text(html, path="page.html", now=NOW)


def _html_with(comment: str) -> str:
    return page().replace("<body>\n", f"<body>\n{comment}\n")


def test_html_known_names_are_no_finding() -> None:
    for comment in ("<!-- newslint: ignore missing-twitter-card -->",
                    "<!-- newslint: ignore-file missing-twitter-card, missing-open-graph -->"):
        assert keys(_html_lint(_html_with(comment)), RULE) == set()


def test_html_unknown_name_is_reported_at_the_comment() -> None:
    for comment in ("<!-- newslint: ignore missing-twiter-card -->",
                    "<!-- newslint: ignore-file missing-open-graph missing-twiter-card -->"):
        html = _html_with(comment)
        findings = _html_lint(html)
        assert keys(findings, RULE) == {(RULE, line_of(html, "newslint:"), None)}
        [message] = [f.message for f in findings if f.rule == RULE]
        assert "'missing-twiter-card'" in message
        assert "did you mean 'missing-twitter-card'" in message


def test_html_each_unknown_name_is_one_finding() -> None:
    html = _html_with("<!-- newslint: ignore-file no-such-rule, missing-twitter-card, nor-this-one -->")
    messages = sorted(f.message for f in _html_lint(html) if f.rule == RULE)
    assert len(messages) == 2
    assert "'no-such-rule'" in messages[0] and "'nor-this-one'" in messages[1]


def test_html_unknown_directive_or_no_name_is_reported() -> None:
    for comment in ("<!-- newslint: ignroe missing-twitter-card -->", "<!-- newslint: ignore -->",
                    "<!-- newslint: ignore-file -->"):
        html = _html_with(comment)
        findings = _html_lint(html)
        assert keys(findings, RULE) == {(RULE, line_of(html, "newslint:"), None)}
        assert "missing-twitter-card" in rules_of(findings)  # nothing was suppressed
