"""missing-image: an article has an image (URL, ImageObject or a list of them)."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "missing-image"
IMAGE = article()["image"][0]

TEXT = """Cuba and China agree to strengthen military cooperation

Defence ministers met in Beijing.

By Jane Doe
Published 16 September 2025, 10:32 CEST

https://example.com/photos/lead.jpg
The two ministers in Beijing. Photo: Jane Smith/Reuters

The governments agreed on Tuesday to enhance their military cooperation.
"""


@pytest.mark.parametrize("image", ["https://example.com/photos/lead.jpg", IMAGE, [IMAGE],
                                   ["https://example.com/a.jpg", "https://example.com/b.jpg"]],
                         ids=["url", "image-object", "list", "list-of-urls"])
def test_article_with_image(image: object) -> None:
    assert keys(lint_json(article(image=image)), RULE) == set()


def test_image_given_by_reference() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, image={"@id": "https://example.com/#lead"}),
        {**IMAGE, "@id": "https://example.com/#lead"},
    ]}
    assert keys(lint_json(doc), RULE) == set()


def test_text_article_with_photo() -> None:
    assert keys(lint_article(TEXT), RULE) == set()


def test_article_without_image() -> None:
    assert keys(lint_json(article(image=None)), RULE) == {(RULE, 1, "$")}


@pytest.mark.parametrize("value", ["", [], None], ids=["empty", "empty-list", "null"])
def test_empty_image_counts_as_missing(value: object) -> None:
    doc = article()
    doc["image"] = value
    text = dump(doc)
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, 1, "$")}
    assert keys(findings, "empty-value") == {("empty-value", line_of(text, '"image"'), "$.image")}


def test_text_article_without_photo() -> None:
    text = TEXT.replace("https://example.com/photos/lead.jpg\n"
                        "The two ministers in Beijing. Photo: Jane Smith/Reuters\n", "")
    assert keys(lint_article(text), RULE) == {(RULE, 1, "$.@graph[0]")}
