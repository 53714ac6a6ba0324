"""image-not-on-page: no image of the markup is shown on the page (nor is its og:image)."""

from __future__ import annotations

from tests.rules import line_of
from tests.rules.html_page import BODY, HEAD, lint_page, page
from tests.util import article, keys, lint_json

RULE = "image-not-on-page"
IMG = '<img src="https://example.com/photos/lead.jpg" alt="The two ministers shaking hands">'
OG = '<meta property="og:image" content="https://example.com/photos/lead.jpg">'


def shown(img: str) -> str:
    return BODY.replace(IMG, img)


def test_image_the_page_shows_is_not_reported() -> None:
    assert keys(lint_page(page()), RULE) == set()


def test_image_the_page_does_not_show_is_reported_at_image() -> None:
    html = page(data=article(image="https://example.com/photos/other.jpg"))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"image"'), "$.image")}


def test_og_image_counts_as_shown() -> None:
    html = page(body=shown('<img src="https://example.com/photos/other.jpg" alt="x">'))
    assert keys(lint_page(html), RULE) == set()
    html = page(body=shown('<img src="https://example.com/photos/other.jpg" alt="x">'), head=HEAD.replace(OG, ""))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"image"'), "$.image")}


def test_one_shown_image_of_several_is_enough() -> None:
    data = article(image=["https://example.com/photos/other.jpg",
                          {"@type": "ImageObject", "url": "https://example.com/photos/lead.jpg"}])
    assert keys(lint_page(page(data=data, head=HEAD.replace(OG, ""))), RULE) == set()


def test_relative_lazy_srcset_and_picture_addresses_are_resolved() -> None:
    head = HEAD.replace(OG, "")
    for img in ('<img src="/photos/lead.jpg" alt="x">',
                '<img src="data:image/gif;base64,R0lGOD" data-src="/photos/lead.jpg" alt="x">',
                '<img src="/small.jpg" srcset="/photos/other.jpg 300w, /photos/lead.jpg 1200w" alt="x">',
                '<picture><source srcset="/photos/lead.jpg 2x"><img src="/fallback.jpg" alt="x"></picture>'):
        assert keys(lint_page(page(body=shown(img), head=head)), RULE) == set(), img


def test_scheme_query_and_resizing_service_do_not_count() -> None:
    head = HEAD.replace(OG, "")
    for img in ('<img src="http://example.com/photos/lead.jpg?w=300&amp;q=80" alt="x">',
                '<img src="https://cdn.example.net/thumbor/800x0/https%3A%2F%2Fexample.com%2Fphotos%2Flead.jpg"'
                ' alt="x">',
                '<img src="https://img.example.com/a/img/Xk3/1200x675/photos/lead.jpg" alt="x">'):
        assert keys(lint_page(page(body=shown(img), head=head)), RULE) == set(), img


def test_markup_without_image_or_with_odd_values() -> None:
    assert keys(lint_page(page(data=article(image=None))), RULE) == set()
    for odd in (5, [None, 3], {"@type": "ImageObject", "url": 7}, "data:image/gif;base64,R0lGOD", "  "):
        assert keys(lint_page(page(data=article(image=odd))), RULE) == set(), odd


def test_sources_without_a_page_are_not_checked() -> None:
    assert keys(lint_json(article(image="https://example.com/photos/other.jpg")), RULE) == set()


def test_long_file_name_in_another_size_folder_is_the_same_image() -> None:
    head = HEAD.replace(OG, "")
    data = article(image="https://cdn.example.com/19/11/2048x1152/cuba-china-ministers_4841610.jpg")
    shown_img = '<img src="https://cdn.example.com/19/11/768x432/cuba-china-ministers_4841610.jpg" alt="x">'
    assert keys(lint_page(page(body=shown(shown_img), head=head, data=data)), RULE) == set()
    short = article(image="https://cdn.example.com/2048x1152/lead.jpg")
    html = page(body=shown('<img src="https://cdn.example.com/768x432/lead.jpg" alt="x">'), head=head, data=short)
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '"image"'), "$.image")}


def test_wordpress_size_variants_are_one_image() -> None:
    data = article(image=["https://example.com/wp-content/uploads/2024/05/Logo-520x245.jpg"])
    body = BODY.replace("https://example.com/photos/lead.jpg",
                        "https://example.com/wp-content/uploads/2024/05/Logo-798x310.jpg")
    head = HEAD.replace("https://example.com/photos/lead.jpg", "https://example.com/other.jpg")
    assert keys(lint_page(page(data=data, body=body, head=head)), RULE) == set()
