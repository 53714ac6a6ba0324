"""missing-image-url: every ImageObject says which file it is (contentUrl or url)."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import SEED, article, keys, lint_article, lint_json

RULE = "missing-image-url"
IMAGE = article()["image"][0]
NO_URL = {k: v for k, v in IMAGE.items() if k != "contentUrl"}


@pytest.mark.parametrize(
    "image",
    [IMAGE, {**NO_URL, "url": "https://example.com/photos/lead.jpg"}, "https://example.com/photos/lead.jpg",
     ["https://example.com/photos/lead.jpg", IMAGE]],
    ids=["content-url", "url", "bare-url", "mixed-list"],
)
def test_image_with_url(image: object) -> None:
    assert keys(lint_json(article(image=image)), RULE) == set()


def test_text_article_with_image_url() -> None:
    text = ("Cuba and China agree to strengthen military cooperation\n\n"
            "https://example.com/photos/lead.jpg\nThe two ministers. Photo: Jane Smith/Reuters\n")
    assert keys(lint_article(text), RULE) == set()


def test_image_object_without_url() -> None:
    text = dump(article(image=NO_URL))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"image"'), "$.image")}


def test_second_image_of_a_list() -> None:
    text = dump(article(image=[IMAGE, NO_URL]))
    second = line_of(text, "{", after='"license"')
    assert keys(lint_json(text), RULE) == {(RULE, second, "$.image[1]")}


def test_empty_url_counts_as_missing() -> None:
    text = dump(article(image=[{**IMAGE, "contentUrl": "", "url": None}]))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, "{", after='"image"'), "$.image[0]")}
    assert keys(findings, "empty-value") == {
        ("empty-value", line_of(text, '"contentUrl"'), "$.image[0].contentUrl"),
        ("empty-value", line_of(text, '"url": null'), "$.image[0].url"),
    }


@pytest.mark.parametrize("image", [42, [["https://example.com/photos/lead.jpg"]]], ids=["number", "nested-list"])
def test_value_that_is_no_image(image: object) -> None:
    text = dump(article(image=image))
    expected = ("$.image", line_of(text, '"image"')) if image == 42 else \
        ("$.image[0]", line_of(text, "[", after='"image"'))
    assert keys(lint_json(text), RULE) == {(RULE, expected[1], expected[0])}


def test_referenced_image_is_reported_where_it_is_defined() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, image=[{"@id": "https://example.com/#lead"}]),
        {**NO_URL, "@id": "https://example.com/#lead"},
    ]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "    {", whole=True, nth=2), "$.@graph[1]")}


def test_seed_photo_has_no_url() -> None:
    # "...Dong JunPhoto © CCTV Video Capture": a caption and credit, but no image URL.
    text = SEED.read_text(encoding="utf-8")
    assert keys(lint_article(text), RULE) == {(RULE, line_of(text, "Photo ©"), "$.@graph[0].image[0]")}
