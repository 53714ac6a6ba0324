"""missing-image-license: an image without license or acquireLicensePage (information only)."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import article, keys, lint_article, lint_json

RULE = "missing-image-license"
IMAGE = article()["image"][0]
UNLICENSED = {k: v for k, v in IMAGE.items() if k != "license"}


@pytest.mark.parametrize("licence", [{"license": "https://example.com/licence"},
                                     {"acquireLicensePage": "https://example.com/buy-this-photo"}],
                         ids=["license", "acquire-license-page"])
def test_licensed_image(licence: dict) -> None:
    assert keys(lint_json(article(image=[{**UNLICENSED, **licence}])), RULE) == set()


def test_bare_url_is_not_judged() -> None:
    # A URL carries no metadata at all; the credit and caption rules report it.
    assert keys(lint_json(article(image="https://example.com/photos/lead.jpg")), RULE) == set()


def test_image_without_licence() -> None:
    text = dump(article(image=[UNLICENSED]))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, "{", after='"image"'), "$.image[0]")}
    assert {f.severity.value for f in findings} == {"info"}


def test_each_image_of_a_list() -> None:
    text = dump(article(image=[IMAGE, UNLICENSED]))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "{", after='"license"'), "$.image[1]")}


def test_text_article_image() -> None:
    text = ("Cuba and China agree to strengthen military cooperation\n\n"
            "The two ministers in Beijing. Photo: Jane Smith/Reuters\n\nThe governments agreed.\n")
    assert keys(lint_article(text), RULE) == {
        (RULE, line_of(text, "The two ministers"), "$.@graph[0].image[0]")
    }
