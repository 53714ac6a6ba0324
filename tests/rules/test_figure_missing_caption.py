"""figure-missing-caption: an article figure or body image without a caption, at its line."""

from __future__ import annotations

from tests.rules import line_of
from tests.rules.html_page import BODY, lint_page, page
from tests.util import keys, lint_json

RULE = "figure-missing-caption"
FIGURE = """<figure>
<img src="https://example.com/photos/lead.jpg" alt="The two ministers shaking hands">
<figcaption>The two ministers in Beijing. Photo: Jane Smith/Reuters</figcaption>
</figure>"""


def body(figure: str) -> str:
    return BODY.replace(FIGURE, figure)


def test_captioned_figure_is_not_reported() -> None:
    assert keys(lint_page(page()), RULE) == set()


def test_figure_without_figcaption_is_reported_at_the_figure() -> None:
    html = page(body=body('<figure class="lead">\n<img src="/a.jpg" alt="A"></figure>'))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '<figure class="lead">'), None)}


def test_empty_figcaption_is_no_caption() -> None:
    html = page(body=body('<figure>\n<img src="/a.jpg" alt="A"><figcaption> <span class="credit"></span>'
                          "</figcaption></figure>"))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, "<figure>"), None)}


def test_credit_alone_is_no_caption() -> None:
    html = page(body=body('<figure>\n<img src="/a.jpg" alt="A"><figcaption>Photo: Jane Smith/Reuters</figcaption>'
                          "</figure>"))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, "<figure>"), None)}


def test_caption_element_other_than_figcaption() -> None:
    html = page(body=body('<figure>\n<img src="/a.jpg" alt="A"><div class="image-caption">Ministers.</div></figure>'))
    assert keys(lint_page(html), RULE) == set()


def test_image_of_the_article_body_outside_figures() -> None:
    html = page(body=body('<p>Text.</p>\n<img src="/b.jpg" alt="B">'))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '<img src="/b.jpg"'), None)}


def test_wordpress_caption_box_counts_as_a_caption() -> None:
    html = page(body=body('<div class="wp-caption aligncenter">\n<img src="/b.jpg" alt="B">\n'
                          '<p class="wp-caption-text">Ministers in Beijing. Foto: EFE</p></div>'))
    assert keys(lint_page(html), RULE) == set()


def test_pixels_icons_avatars_and_page_chrome_are_not_article_images() -> None:
    chrome = body('<img src="/pixel.gif" width="1" height="1" alt="">\n'
                  '<img src="/icon.svg" role="presentation">\n'
                  '<img src="/x.png" aria-hidden="true">\n'
                  '<div class="byline"><img class="avatar" src="/jane.jpg" alt="Jane Doe"></div>\n'
                  '<aside class="related-stories"><figure><img src="/other.jpg" alt="O"></figure></aside>\n'
                  '<div id="comments"><figure><img src="/c.jpg" alt="C"></figure></div>\n'
                  '<figure><blockquote>A pull quote.</blockquote></figure>')
    assert keys(lint_page(page(body=chrome)), RULE) == set()


def test_teasers_of_other_articles_are_not_the_article() -> None:
    teasers = body(FIGURE) + '\n<article class="card"><figure><img src="/t.jpg" alt="T"></figure></article>'
    assert keys(lint_page(page(body=teasers)), RULE) == set()


def test_gallery_figures_are_read_one_by_one() -> None:
    html = page(body=body('<figure class="gallery">\n<figure>\n<img src="/1.jpg" alt="1">'
                          "<figcaption>One.</figcaption></figure>\n<figure id=\"two\">\n"
                          '<img src="/2.jpg" alt="2"></figure>\n</figure>'))
    assert keys(lint_page(html), RULE) == {(RULE, line_of(html, '<figure id="two">'), None)}


def test_only_pages_are_checked() -> None:
    assert keys(lint_json({"@context": "https://schema.org", "@type": "NewsArticle"}), RULE) == set()


def test_caption_and_credit_after_a_picture_outside_figures() -> None:
    html = page(body=body(
        '<picture>\n<source media="(min-width:1380px)" srcset="/b-1000.jpg">\n<source srcset="/b-660.jpg">\n'
        '<img src="/b.jpg" class="article__image" alt="Ministers">\n</picture>\n'
        '<div class="article__image-desc">Ministers in the chamber.</div>\n'
        '<div class="article__image-author">PAP/ Rafał Guz</div>'))
    findings = lint_page(html)
    assert keys(findings, RULE) == set()
    assert keys(findings, "figure-missing-credit") == set()


def test_related_story_thumbnails_are_not_article_images() -> None:
    html = page(body=body('<div class="similar"><a href="/other-story"><img src="/o.jpg" width="420" alt=""></a></div>\n'
                          '<p><a href="https://shop.example/item" rel="nofollow sponsored"><img src="/p.jpg" alt=""></a></p>\n'
                          '<a href="https://twitter.com/x"><img src="/t.png" width="64" height="64" alt="t"></a>'))
    assert keys(lint_page(html), RULE) == set()
