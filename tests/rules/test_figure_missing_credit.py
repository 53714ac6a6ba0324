"""figure-missing-credit: an article figure or body image whose credit the page does not show."""

from __future__ import annotations

import pytest

from tests.rules import line_of
from tests.rules.html_page import BODY, lint_page, page
from tests.util import keys, lint_json

RULE = "figure-missing-credit"
FIGURE = """<figure>
<img src="https://example.com/photos/lead.jpg" alt="The two ministers shaking hands">
<figcaption>The two ministers in Beijing. Photo: Jane Smith/Reuters</figcaption>
</figure>"""


def figure(caption: str) -> str:
    return page(body=BODY.replace(FIGURE, f'<figure>\n<img src="/a.jpg" alt="A">{caption}</figure>'))


@pytest.mark.parametrize("caption", [
    "<figcaption>The ministers. Photo: Jane Smith/Reuters</figcaption>",
    "<figcaption>Los ministros. Foto: EFE</figcaption>",
    "<figcaption>The ministers. © AFP</figcaption>",
    "<figcaption>The ministers. Credit: Jane Smith</figcaption>",
    "<figcaption>The ministers (AP Photo/Jane Doe)</figcaption>",
    "<figcaption>The ministers. (Jane Doe for The Daily Example)</figcaption>",
    '<figcaption>The ministers. <span class="credit">Jane Smith/Reuters</span></figcaption>',
    '<figcaption>The ministers.</figcaption><p class="photo-copyright">Reuters</p>',
    "<figcaption>The ministers. <cite>Jane Smith</cite></figcaption>",
], ids=["photo", "foto", "copyright", "credit", "ap-photo", "for", "credit-class", "copyright-class", "cite"])
def test_credit_shown_is_not_reported(caption: str) -> None:
    assert keys(lint_page(figure(caption)), RULE) == set()


def test_default_page_is_credited() -> None:
    assert keys(lint_page(page()), RULE) == set()


@pytest.mark.parametrize("caption", [
    "",
    "<figcaption>The ministers in Beijing.</figcaption>",
    "<figcaption>Jane took this photo by the river while the ministers talked for an hour.</figcaption>",
    '<figcaption>The ministers. <span class="credit"> </span></figcaption>',
], ids=["no-caption", "caption-only", "photo-in-prose", "empty-credit"])
def test_figure_without_credit_is_reported_at_the_figure(caption: str) -> None:
    html = figure(caption)
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '<figure>'), None)}


def test_body_image_outside_figures() -> None:
    html = page(body=BODY.replace("<p>Defence", '<img src="/b.jpg" alt="B">\n<p>Defence'))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '<img src="/b.jpg"'), None)}


def test_only_pages_are_checked() -> None:
    assert keys(lint_json({"@context": "https://schema.org", "@type": "NewsArticle"}), RULE) == set()
