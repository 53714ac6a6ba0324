"""missing-image-credit: every image is credited (creditText, creator or copyrightNotice)."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
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
