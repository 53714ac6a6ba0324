"""missing-image-caption: every article image has a caption (newsroom practice)."""

from __future__ import annotations

import pytest

from linter.fixes import Fix, Safety
from tests.rules import dump, line_of
from tests.rules.html_page import BODY, page
from tests.rules.page_fixes import fixed, found, new_findings
from tests.util import article, keys, lint_article, lint_json

RULE = "missing-image-caption"
IMAGE = article()["image"][0]
UNCAPTIONED = {k: v for k, v in IMAGE.items() if k != "caption"}


def test_captioned_image() -> None:
    assert keys(lint_json(article(image=IMAGE)), RULE) == set()
    assert keys(lint_json(article(image=[IMAGE, IMAGE])), RULE) == set()


@pytest.mark.parametrize("lines", ["https://example.com/lead.jpg\nThe two ministers in Beijing. Photo: Jane Smith/Reuters",
                                   "The two ministers in Beijing\nPhoto: Jane Smith/Reuters"],
                         ids=["caption-and-credit", "caption-then-credit-line"])
def test_text_article_with_caption(lines: str) -> None:
    text = f"Cuba and China agree to strengthen military cooperation\n\n{lines}\n"
    assert keys(lint_article(text), RULE) == set()


def test_image_without_caption() -> None:
    text = dump(article(image=[UNCAPTIONED]))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, "{", after='"image"'), "$.image[0]")}
    assert {f.severity.value for f in findings if f.rule == RULE} == {"warning"}


def test_bare_url_has_no_caption() -> None:
    text = dump(article(image="https://example.com/photos/lead.jpg"))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"image"'), "$.image")}


def test_each_uncaptioned_image_of_a_list() -> None:
    text = dump(article(image=[UNCAPTIONED, IMAGE, "https://example.com/photos/b.jpg"]))
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, "{", after='"image"'), "$.image[0]"),
        (RULE, line_of(text, '"https://example.com/photos/b.jpg"'), "$.image[2]"),
    }


def test_empty_caption_counts_as_missing() -> None:
    text = dump(article(image=[{**IMAGE, "caption": ""}]))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, "{", after='"image"'), "$.image[0]")}
    assert keys(findings, "empty-value") == {("empty-value", line_of(text, '"caption"'), "$.image[0].caption")}


def test_text_credit_without_caption() -> None:
    text = "Cuba and China agree to strengthen military cooperation\n\nFoto: EFE/Juan Pérez\n\nEl cuerpo.\n"
    assert keys(lint_article(text), RULE) == {(RULE, line_of(text, "Foto: EFE"), "$.@graph[0].image[0]")}


# --- fix: the figure's caption as caption (unsafe) -------------------------------------------

def _fixes(html: str) -> list[Fix | None]:
    return [f.fix for f in found(html) if f.rule == RULE]


def test_fix_adds_the_figure_s_caption_without_its_credit() -> None:
    before = page(data=article(image=[UNCAPTIONED]))
    [fix] = _fixes(before)
    assert fix is not None and fix.safety is Safety.UNSAFE
    assert fix.evidence == f"figure caption 'The two ministers in Beijing.', line {line_of(before, '<figure>')}"
    outcome = fixed(before)
    assert outcome.after.decode() == page(data=article(image=[{**UNCAPTIONED,
                                                              "caption": "The two ministers in Beijing."}]))
    assert dict(outcome.applied) == {RULE: 1}
    assert new_findings(before, outcome) == set()


def test_no_fix_when_the_figure_has_no_caption() -> None:
    body = BODY.replace("<figcaption>The two ministers in Beijing. Photo: Jane Smith/Reuters</figcaption>", "")
    assert _fixes(page(body=body, data=article(image=[UNCAPTIONED]))) == [None]


def test_no_fix_for_an_image_no_figure_shows() -> None:
    image = {**UNCAPTIONED, "contentUrl": "https://example.com/photos/other.jpg"}
    assert _fixes(page(data=article(image=[image]))) == [None]


def test_no_fix_in_a_json_ld_file() -> None:
    assert [f.fix for f in lint_json(article(image=[UNCAPTIONED])) if f.rule == RULE] == [None]
