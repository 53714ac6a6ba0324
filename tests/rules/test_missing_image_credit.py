"""missing-image-credit: every image is credited (creditText, creator or copyrightNotice)."""

from __future__ import annotations

import pytest

from linter.fixes import Fix, Safety
from tests.rules import dump, line_of
from tests.rules.html_page import BODY, page
from tests.rules.page_fixes import QUIET, fixed, found, new_findings
from tests.util import SEED, article, keys, lint_article, lint_json

RULE = "missing-image-credit"
IMAGE = article()["image"][0]
UNCREDITED = {k: v for k, v in IMAGE.items() if k != "creditText"}


@pytest.mark.parametrize(
    "credit",
    [{"creditText": "Jane Smith/Reuters"}, {"creator": {"@type": "Person", "name": "Jane Smith"}},
     {"copyrightNotice": "© Reuters 2025"}],
    ids=["credit-text", "creator", "copyright-notice"],
)
def test_credited_image(credit: dict) -> None:
    assert keys(lint_json(article(image=[{**UNCREDITED, **credit}])), RULE) == set()


@pytest.mark.parametrize("line", ["The two ministers in Beijing. Photo: Jane Smith/Reuters",
                                  "The two ministers in Beijing (Photo: AP)",
                                  "The two ministers in BeijingPhoto © CCTV Video Capture",
                                  "Los dos ministros en Pekín. Foto: EFE"])
def test_text_article_with_credit(line: str) -> None:
    text = f"Cuba and China agree to strengthen military cooperation\n\nhttps://example.com/lead.jpg\n{line}\n"
    assert keys(lint_article(text), RULE) == set()


def test_seed_photo_is_credited() -> None:
    assert keys(lint_article(SEED.read_text(encoding="utf-8")), RULE) == set()


def test_image_object_without_credit() -> None:
    text = dump(article(image=[UNCREDITED]))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "{", after='"image"'), "$.image[0]")}


def test_license_is_no_credit() -> None:
    text = dump(article(image=UNCREDITED))
    assert "license" in UNCREDITED
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"image"'), "$.image")}


def test_bare_url_has_no_credit() -> None:
    text = dump(article(image=["https://example.com/photos/lead.jpg"]))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"https://example.com/photos/lead.jpg"'), "$.image[0]")}


def test_empty_credit_counts_as_missing() -> None:
    text = dump(article(image=[{**IMAGE, "creditText": ""}]))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, "{", after='"image"'), "$.image[0]")}
    assert keys(findings, "empty-value") == {("empty-value", line_of(text, '"creditText"'), "$.image[0].creditText")}


def test_referenced_image_is_reported_where_it_is_defined() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, image={"@id": "https://example.com/#lead"}),
        {**UNCREDITED, "@id": "https://example.com/#lead"},
    ]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "    {", whole=True, nth=2), "$.@graph[1]")}


def test_text_image_url_without_credit() -> None:
    text = "Cuba and China agree to strengthen military cooperation\n\nhttps://example.com/photos/lead.jpg\n"
    assert keys(lint_article(text), RULE) == {
        (RULE, line_of(text, "https://example.com/photos/lead.jpg"), "$.@graph[0].image[0]")
    }


# --- fix: the figure's credit as creditText (unsafe) -----------------------------------------

_FIGURE = """<figure>
<img src="https://example.com/photos/lead.jpg" alt="The two ministers shaking hands">
<figcaption>The two ministers in Beijing. Photo: Jane Smith/Reuters</figcaption>
</figure>"""


def _figures(*figures: str) -> str:
    return BODY.replace(_FIGURE, "\n".join(figures))


def _fixes(html: str) -> list[Fix | None]:
    return [f.fix for f in found(html) if f.rule == RULE]


def test_fix_adds_the_figure_s_credit() -> None:
    before = page(data=article(image=[UNCREDITED]))
    [fix] = _fixes(before)
    assert fix is not None and fix.safety is Safety.UNSAFE
    assert fix.evidence == f"figure credit 'Jane Smith/Reuters', line {line_of(before, '<figure>')}"
    outcome = fixed(before)
    assert outcome.after.decode() == page(data=article(image=[{**UNCREDITED, "creditText": "Jane Smith/Reuters"}]))
    assert dict(outcome.applied) == {RULE: 1}
    assert new_findings(before, outcome) == set()


def test_fix_finds_the_figure_by_address_whatever_the_size_asked_for() -> None:
    # The markup's address carries a resizing query; the page's figure a path relative to the page.
    image = {**UNCREDITED, "contentUrl": "https://example.com/photos/lead.jpg?w=1200"}
    body = BODY.replace('src="https://example.com/photos/lead.jpg"', 'src="/photos/lead.jpg"')
    before = page(body=body, data=article(image=image))
    outcome = fixed(before)
    assert outcome.after.decode() == page(body=body, data=article(image={**image, "creditText": "Jane Smith/Reuters"}))
    assert new_findings(before, outcome) == set()


@pytest.mark.parametrize(("shown", "offered"), [
    ("https://example.com/imrs.php?src=https://cdn.example.com/lead.jpg&w=640", True),  # another size
    ("https://example.com/imrs.php?src=https://cdn.example.com/other.jpg&w=1440", False),  # another picture
], ids=["same-picture", "other-picture"])
def test_an_image_service_names_its_picture_in_the_query(shown: str, offered: bool) -> None:
    image = {**UNCREDITED, "contentUrl": "https://example.com/imrs.php?src=https://cdn.example.com/lead.jpg&w=1440"}
    body = BODY.replace('src="https://example.com/photos/lead.jpg"', f'src="{shown}"')
    [fix] = _fixes(page(body=body, data=article(image=[image])))
    assert (fix is not None) is offered


def test_fix_makes_a_bare_image_url_an_image_object_with_what_its_figure_states() -> None:
    before = page(data=article(image="https://example.com/photos/lead.jpg"))
    assert fixed(before).refused  # it would add a finding: not made
    outcome = fixed(before, config=QUIET)
    image = {"@type": "ImageObject", "url": "https://example.com/photos/lead.jpg",
             "caption": "The two ministers in Beijing.", "creditText": "Jane Smith/Reuters"}
    assert outcome.after.decode() == page(data=article(image=image))
    # One edit fixes the caption's finding too; an ImageObject is then asked for a license.
    assert dict(outcome.applied) == {RULE: 1, "missing-image-caption": 1}
    assert new_findings(before, outcome, config=QUIET) == set()


@pytest.mark.parametrize("figures", [
    ('<figure><img src="https://example.com/photos/other.jpg" alt="x">'
     "<figcaption>Another picture. Photo: Jane Smith/Reuters</figcaption></figure>",),  # not this image
    ('<figure><img src="https://example.com/photos/lead.jpg" alt="x">'
     "<figcaption>The two ministers in Beijing.</figcaption></figure>",),  # no credit shown
    (_FIGURE, '<figure><img src="https://example.com/photos/lead.jpg?w=600" alt="x">'
              "<figcaption>Again. Photo: AFP</figcaption></figure>"),  # two credits for one image
    ('<figure><img src="https://example.com/photos/lead.jpg" alt="x"><figcaption>The two ministers.'
     ' <span class="credit">R. Hollinger, 19.01.2022</span></figcaption></figure>',),  # more than a credit
], ids=["other-image", "no-credit", "two-credits", "not-a-credit-alone"])
def test_no_fix_without_one_credit_shown_with_the_image(figures: tuple[str, ...]) -> None:
    assert _fixes(page(body=_figures(*figures), data=article(image=[UNCREDITED]))) == [None]


def test_no_fix_in_a_json_ld_file() -> None:
    assert [f.fix for f in lint_json(article(image=[UNCREDITED])) if f.rule == RULE] == [None]
