"""image-missing-alt: an article image without alt text (alt="" only outside figures)."""

from __future__ import annotations

from tests.rules import line_of
from tests.rules.html_page import BODY, lint_page, page
from tests.util import keys, lint_json

RULE = "image-missing-alt"
IMG = '<img src="https://example.com/photos/lead.jpg" alt="The two ministers shaking hands">'


def test_described_images_are_not_reported() -> None:
    assert keys(lint_page(page()), RULE) == set()


def test_figure_image_without_alt_is_reported_at_the_figure() -> None:
    html = page(body=BODY.replace(IMG, '<img src="https://example.com/photos/lead.jpg">'))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, "<figure>"), None)}


def test_empty_alt_in_a_figure_is_reported() -> None:
    for alt in ('alt=""', 'alt="  "'):
        html = page(body=BODY.replace(IMG, f'<img src="https://example.com/photos/lead.jpg" {alt}>'))
        assert keys(lint_page(html), RULE) == {(RULE, line_of(html, "<figure>"), None)}, alt


def test_empty_alt_outside_figures_marks_decoration() -> None:
    html = page(body=BODY.replace("<p>Defence", '<img src="/divider.png" alt="">\n<p>Defence'))
    assert keys(lint_page(html), RULE) == set()


def test_body_image_without_alt_is_reported_at_the_image() -> None:
    html = page(body=BODY.replace("<p>Defence", '<img src="/b.jpg">\n<p>Defence'))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '<img src="/b.jpg">'), None)}


def test_images_outside_the_article_are_not_checked() -> None:
    html = page(body='<header><img src="/logo.png"></header>\n' + BODY
                + '\n<div class="sidebar"><img src="/ad.jpg"></div>')
    assert keys(lint_page(html), RULE) == set()


def test_only_pages_are_checked() -> None:
    assert keys(lint_json({"@context": "https://schema.org", "@type": "NewsArticle"}), RULE) == set()
