"""The HTML reader's body: what a reader of the page sees (bylines, dates, figures, FAQ), with lines.

Every expected line is read off the page text with :func:`tests.rules.line_of`.
"""

from __future__ import annotations

import pytest

from linter.article import Author, FaqItem
from linter.config import Config
from linter.page import Figure, PageFacts, VisibleDate
from linter.readers.page import read_bytes
from tests.rules import line_of


def facts(html: str) -> PageFacts:
    source = read_bytes(html.encode("utf-8"), "page.html", Config())
    assert source.page is not None
    return source.page


def page(body: str, *, head: str = "<title>T</title>") -> str:
    return f"<!doctype html>\n<html lang=\"en\">\n<head>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n"


def article(inner: str) -> str:
    return page(f"<article>\n<h1>Ministers meet in Beijing</h1>\n{inner}\n<p>{'Body text. ' * 30}</p>\n"
                f"<p>{'More text. ' * 30}</p>\n</article>")


def names(html: str) -> list[str]:
    return [a.name for a in facts(html).bylines]


# --- bylines -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("byline", "expected"), [
    ('<p class="byline">By Jane Doe</p>', ["Jane Doe"]),
    ('<p class="byline">By Jane Doe and Omar Haddad</p>', ["Jane Doe", "Omar Haddad"]),
    ('<div class="c-byline">By Jane Doe, Omar Haddad and Li Wei</div>', ["Jane Doe", "Omar Haddad", "Li Wei"]),
    ('<span class="autor">Por Ana López y Juan Pérez</span>', ["Ana López", "Juan Pérez"]),
    ('<div class="firma">Por: Ana López</div>', ["Ana López"]),
    ('<p class="article-author">Posted by Jane Doe</p>', ["Jane Doe"]),
    ('<div id="byline">Written by Jane Doe, Senior Correspondent</div>', ["Jane Doe"]),
    ('<p class="byline">By Jane Doe in Beirut | 3 March 2025</p>', ["Jane Doe"]),
    ('<p class="author-name">JANE DOE</p>', ["JANE DOE"]),
], ids=["by", "and", "comma-and", "por-y", "firma", "posted-by", "title-dropped", "place-and-date", "caps"])
def test_byline_classes(byline: str, expected: list[str]) -> None:
    assert names(article(byline)) == expected


def test_rel_author_link_with_its_profile_and_line() -> None:
    html = article('<div class="meta">\n<p>By <a rel="author" href="/staff/jane-doe">Jane Doe</a></p>\n</div>')
    html = html.replace("<title>T</title>", '<title>T</title>\n<link rel="canonical" href="https://example.com/a">')
    assert facts(html).bylines == [Author("Jane Doe", "Person", line_of(html, 'rel="author"'),
                                          url="https://example.com/staff/jane-doe")]


def test_itemprop_author_text_or_nested_name() -> None:
    html = article('<span itemprop="author">Jane Doe</span>\n'
                   '<div itemprop="author" itemscope itemtype="https://schema.org/Person">\n'
                   '<img src="/omar.jpg" alt=""><span itemprop="name">Omar Haddad</span>'
                   '<span itemprop="jobTitle">Correspondent</span></div>')
    assert [(a.name, a.line) for a in facts(html).bylines] == [
        ("Jane Doe", line_of(html, '<span itemprop="author">')),
        ("Omar Haddad", line_of(html, '<div itemprop="author"')),
    ]


def test_invisible_itemprop_name_in_a_meta_tag_is_not_a_byline() -> None:
    html = article('<div itemprop="author" itemscope><meta itemprop="name" content="Jane Doe"></div>')
    assert names(html) == []


def test_innermost_byline_element_wins() -> None:
    html = article('<div class="byline-wrapper"><div class="byline">By <span class="author">'
                   '<a href="/authors/jane">Jane Doe</a></span> <span class="byline-date">3 March</span>'
                   "</div></div>")
    assert names(html) == ["Jane Doe"]


def test_buttons_next_to_the_name_are_left_out() -> None:
    html = article('<div class="author-name"><a href="/author/jane-doe">Jane Doe</a> <a href="/follow">Follow</a>'
                   ' <a href="https://twitter.com/jane">@janedoe</a></div>')
    assert names(html) == ["Jane Doe"]


def test_short_by_line_under_the_headline() -> None:
    html = article("<p><strong>By Jane Doe and Omar Haddad</strong></p>")
    assert [(a.name, a.line) for a in facts(html).bylines] == [
        ("Jane Doe", line_of(html, "<p><strong>By")), ("Omar Haddad", line_of(html, "<p><strong>By"))]


def test_prose_starting_with_by_is_no_byline() -> None:
    assert names(article("<p>By the end of the meeting both sides had agreed to talk again.</p>")) == []


def test_organisation_byline() -> None:
    assert facts(article('<p class="byline">By Reuters Staff</p>')).bylines[0].kind == "Organization"


@pytest.mark.parametrize("chrome", [
    '<section class="comments"><div class="comment-author">Posted by Troll McTroll</div></section>',
    '<div class="author-box"><h4 class="author-name">Omar Haddad</h4><p>Omar covers Asia.</p></div>',
    '<div class="author-bio"><p class="byline">By Omar Haddad</p></div>',
    '<nav><a rel="author" href="/staff">Omar Haddad</a></nav>',
    '<ul class="related-articles"><li><span class="byline">By Omar Haddad</span></li></ul>',
    '<article class="teaser"><p class="byline">By Omar Haddad</p></article>',
    '<p class="byline" style="display: none">By Omar Haddad</p>',
], ids=["comments", "author-box", "bio", "nav", "related", "teaser", "hidden"])
def test_chrome_is_not_a_byline(chrome: str) -> None:
    assert names(article('<p class="byline">By Jane Doe</p>\n' + chrome)) == ["Jane Doe"]


def test_page_footer_byline_is_chrome_but_the_articles_own_footer_is_not() -> None:
    html = page("<article>\n<h1>T</h1>\n<footer><p class=\"byline\">By Jane Doe</p></footer>\n</article>\n"
                '<footer><p class="author">Omar Haddad</p></footer>')
    assert names(html) == ["Jane Doe"]


# --- dates ------------------------------------------------------------------------------------

def dates(html: str) -> list[tuple[str | None, str, int | None, str]]:
    return [(d.iso, d.role, d.line, d.origin) for d in facts(html).dates]


def test_time_elements_with_their_role() -> None:
    html = article('<time itemprop="datePublished" datetime="2025-03-03T18:05:00+01:00">3 March</time>\n'
                   '<time class="entry-date updated-date" datetime="2025-03-04T09:00:00Z">4 March</time>\n'
                   '<time datetime="2025-03-05">5 March</time>')
    assert dates(html) == [
        ("2025-03-03T18:05:00+01:00", "published", line_of(html, 'itemprop="datePublished"'), "time"),
        ("2025-03-04T09:00:00+00:00", "modified", line_of(html, "updated-date"), "time"),
        ("2025-03-05", "unknown", line_of(html, '"2025-03-05"'), "time"),
    ]


def test_label_before_a_time_element_gives_its_role() -> None:
    html = article('<p>Published <time datetime="2025-03-03T18:05:00+01:00">3 March</time>\n'
                   '<span>Updated:</span> <time datetime="2025-03-04T09:00:00+01:00">4 March</time></p>')
    assert [(d.role, d.text) for d in facts(html).dates] == [("published", "3 March"), ("modified", "4 March")]


def test_time_without_datetime_is_read_from_its_text() -> None:
    assert dates(article("<time>3 March 2025, 18:05 CET</time>"))[0][:2] == ("2025-03-03T18:05:00+01:00", "unknown")
    assert dates(article("<time>2 days ago</time>")) == []


def test_itemprop_dates_on_other_elements() -> None:
    html = article('<span itemprop="dateModified" content="2025-03-04T09:00:00Z">4 March 2025</span>\n'
                   '<meta itemprop="datePublished" content="2025-03-03">')
    assert dates(html) == [("2025-03-04T09:00:00+00:00", "modified", line_of(html, 'itemprop="dateModified"'),
                            "itemprop")]


@pytest.mark.parametrize(("text", "iso", "role"), [
    ("<p>Published 3 March 2025</p>", "2025-03-03", "published"),
    ("<p>Updated: 4 March 2025, 18:05 GMT</p>", "2025-03-04T18:05:00+00:00", "modified"),
    ("<p>Publicado el 2 de enero de 2025</p>", "2025-01-02", "published"),
    ("<div>Actualizado: 2 de enero de 2025, 14:10 (GMT-5)</div>", "2025-01-02T14:10:00-05:00", "modified"),
    ("<p><b>Last updated</b> March 4, 2025</p>", "2025-03-04", "modified"),
    ('<p class="byline">By Jane Doe | Published 3 March 2025 | Updated 4 March 2025</p>', None, None),
], ids=["published", "updated", "publicado", "actualizado", "label-element", "one-line"])
def test_labelled_dates(text: str, iso: str | None, role: str | None) -> None:
    html = article(text)
    found = [(d.iso, d.role, d.origin, d.line) for d in facts(html).dates]
    line = line_of(html, text[:12])
    if iso is None:  # two dates on one line
        assert found == [("2025-03-03", "published", "label", line), ("2025-03-04", "modified", "label", line)]
    else:
        assert found == [(iso, role, "label", line)]


def test_unreadable_labelled_date_is_kept_as_shown_without_iso() -> None:
    assert [(d.text, d.iso) for d in facts(article("<p>Updated: 02/01/2025</p>")).dates] == [("02/01/2025", None)]
    assert facts(article("<p>Updated coverage of the storm follows.</p>")).dates == []


def test_dates_in_chrome_are_not_the_articles() -> None:
    html = article('<time datetime="2025-03-03">3 March</time>\n'
                   '<ul class="related-posts"><li><time datetime="2020-01-01">1 January 2020</time></li></ul>\n'
                   '<div class="comment"><time itemprop="datePublished" datetime="2025-04-01">1 April</time></div>')
    assert [d.iso for d in facts(html).dates] == ["2025-03-03"]


# --- figures ----------------------------------------------------------------------------------

def figures(html: str) -> list[Figure]:
    return facts(html).figures


def test_figure_with_caption_credit_and_alt() -> None:
    html = article('<figure>\n<img src="/lead.jpg" alt="Two ministers">\n'
                   "<figcaption>The ministers in Beijing. Photo: Jane Smith/Reuters</figcaption>\n</figure>")
    assert figures(html) == [Figure("/lead.jpg", "Two ministers", "The ministers in Beijing.", "Jane Smith/Reuters",
                                    line_of(html, "<figure>"), True)]


@pytest.mark.parametrize(("caption", "text", "credit", "copyright_"), [
    ("The ministers. Foto: EFE", "The ministers.", "EFE", False),
    ("The ministers. Photo © CCTV", "The ministers.", "CCTV", True),
    ("The ministers © AFP", "The ministers", "AFP", True),
    ("The ministers. (Photo: Andina)", "The ministers.", "Andina", False),
    ("The ministers. Credit: Jane Smith", "The ministers.", "Jane Smith", False),
    ("The ministers (AP Photo/Jane Doe)", "The ministers", "AP Photo/Jane Doe", False),
    ("The ministers. (Jane Doe for The Daily Example)", "The ministers.", "Jane Doe for The Daily Example", False),
    ('The ministers. <span class="credit">Jane Smith/Reuters</span>', "The ministers.", "Jane Smith/Reuters", False),
    ('The ministers. <span class="photographer">Photo: Jane Smith</span>', "The ministers.", "Jane Smith", False),
    ('<span class="sr-only">Image caption:</span> The ministers.', "The ministers.", None, False),
    ("Photo: Reuters", None, "Reuters", False),
    ("The ministers talked about a photo by the lake for an hour.",
     "The ministers talked about a photo by the lake for an hour.", None, False),
], ids=["foto", "photo-copyright", "copyright", "paren-foto", "credit", "ap-photo", "for", "credit-class",
        "photographer-class", "screen-reader-label", "credit-only", "prose"])
def test_caption_and_credit(caption: str, text: str | None, credit: str | None, copyright_: bool) -> None:
    [figure] = figures(article(f'<figure><img src="/a.jpg" alt="A"><figcaption>{caption}</figcaption></figure>'))
    assert (figure.caption, figure.credit, figure.credit_is_copyright) == (text, credit, copyright_)


def test_credit_element_outside_the_caption() -> None:
    [figure] = figures(article('<figure><img src="/a.jpg" alt="A"><figcaption>Ministers.</figcaption>'
                               '<small class="copyright">© Reuters</small></figure>'))
    assert (figure.caption, figure.credit, figure.credit_is_copyright) == ("Ministers.", "Reuters", True)


@pytest.mark.parametrize(("img", "src", "alt"), [
    ('<img src="/a.jpg" alt="A">', "/a.jpg", "A"),
    ('<img src="/a.jpg">', "/a.jpg", None),
    ('<img src="/a.jpg" alt="">', "/a.jpg", ""),
    ('<img src="data:image/gif;base64,R0lGOD" data-src="/lazy.jpg" alt="A">', "/lazy.jpg", "A"),
    ('<img srcset="/small.jpg 300w, /big.jpg 1200w" alt="A">', "/small.jpg", "A"),
    ('<picture><source srcset="/a.webp 1x, /a2.webp 2x" type="image/webp"></picture>', "/a.webp", None),
    ('<picture><source srcset="/a.webp"><img src="/a.jpg" alt="A"></picture>', "/a.jpg", "A"),
], ids=["src", "no-alt", "empty-alt", "data-src", "srcset", "source-only", "picture-img"])
def test_figure_image_address_and_alt(img: str, src: str, alt: str | None) -> None:
    [figure] = figures(article(f"<figure>{img}<figcaption>C. Foto: EFE</figcaption></figure>"))
    assert (figure.src, figure.alt) == (src, alt)


def test_article_body_images_outside_figures() -> None:
    html = article('<img src="/b.jpg" alt="B">\n<img src="/pixel.gif" width="1" height="1">\n'
                   '<img src="/i.png" height="16px" alt="">\n<img src="/deco.png" role="presentation">\n'
                   '<div class="author-avatar"><img src="/jane.jpg" alt="Jane"></div>\n'
                   '<img src="/static/logo.svg" alt="The Daily Example">')
    assert figures(html) == [Figure("/b.jpg", "B", None, None, line_of(html, '<img src="/b.jpg"'), False)]


def test_body_images_need_an_article_or_article_body() -> None:
    assert figures(page('<h1>T</h1>\n<img src="/b.jpg" alt="B">')) == []
    html = page('<h1>T</h1>\n<div itemprop="articleBody">\n<img src="/b.jpg" alt="B">\n</div>')
    assert [f.src for f in figures(html)] == ["/b.jpg"]


def test_a_strip_of_thumbnails_linking_to_the_pictures_shows_none_of_its_own() -> None:
    # A press release's "all images" slider inside the article: each thumbnail links to a
    # picture the story shows already (seen on a held-out evaluation page).
    html = article('<p><span class="text-image-caption"><img src="/i/resize/a.jpg" alt=""></span></p>\n'
                   '<div class="slider"><ul>'
                   '<li><a href="/i/resize/a.jpg"><img src="/i/thumb/168x110/a.jpg" alt="image 0" width="168"></a></li>'
                   '<li><a href="/i/resize/b.jpg"><img src="/i/thumb/168x110/b.jpg" alt="image 1" width="168"></a></li>'
                   '</ul></div>')
    assert [f.src for f in figures(html)] == ["/i/resize/a.jpg", "/i/thumb/168x110/b.jpg"]


def test_a_picture_in_the_storys_text_takes_no_credit_from_far_below() -> None:
    # The story's text box holds many paragraphs: it frames no picture, and the tag list
    # after it ("td-post-source-tags": "source" names credits elsewhere) credits nothing.
    paragraphs = "\n".join(f"<p>Paragraph {i}.</p>" for i in range(8))
    html = article(f'<div class="td-post-content">\n<p><strong><img src="/lead.jpg" alt=""></strong></p>\n'
                   f'{paragraphs}\n</div>\n<div class="td-post-source-tags">Schlagworte: Boxen</div>')
    assert figures(html) == [Figure("/lead.jpg", "", None, None, line_of(html, '<img src="/lead.jpg"'), False)]


def test_a_caption_below_a_frame_full_of_comments_is_found() -> None:
    # Vue and Nuxt pages wrap every element in <!--[--> comments: they do not make a frame big.
    html = article('<div><span class="media"><span>' + "<!--[--><!--]-->" * 4 +
                   '<img src="/boots.jpg" alt="Boots"></span></span>\n'
                   '<div>Cowboyboots von Crocs. Foto: Crocs</div></div>')
    [fig] = figures(html)
    assert (fig.caption, fig.credit) == ("Cowboyboots von Crocs.", "Crocs")


def test_figures_in_chrome_and_teasers_are_left_out() -> None:
    html = article('<figure><img src="/a.jpg" alt="A"><figcaption>A.</figcaption></figure>\n'
                   '<div class="related-content"><figure><img src="/r.jpg" alt="R"></figure></div>\n'
                   '<article class="card"><figure><img src="/t.jpg" alt="T"></figure></article>\n'
                   "<noscript><img src=\"/a.jpg\" alt=\"A\"></noscript>\n"
                   "<figure><blockquote>A pull quote</blockquote></figure>")
    assert [f.src for f in figures(html)] == ["/a.jpg"]


def test_every_image_address_shown_is_known() -> None:
    html = page('<img src="/a.jpg" srcset="/a-300.jpg 300w, /a-600.jpg 600w" data-src="/a-lazy.jpg">\n'
                '<picture><source srcset="/b.webp"></picture>')
    assert facts(html).image_urls == {"/a.jpg", "/a-300.jpg", "/a-600.jpg", "/a-lazy.jpg", "/b.webp"}


# --- FAQ --------------------------------------------------------------------------------------

def test_faq_section_under_a_heading() -> None:
    html = article("<h2>Frequently asked questions</h2>\n<h3>When did they meet?</h3>\n<p>On 3 March.</p>\n"
                   "<p>In Beijing.</p>\n<h3>What did they agree?</h3>\n<ul><li>Joint exercises</li>"
                   "<li>Visits</li></ul>\n<h2>More news</h2>\n<h3>Who else came?</h3>\n<p>Nobody.</p>")
    assert facts(html).faq == [
        FaqItem("When did they meet?", "On 3 March. In Beijing.", line_of(html, "When did"),
                line_of(html, "On 3 March")),
        FaqItem("What did they agree?", "Joint exercises Visits", line_of(html, "What did"),
                line_of(html, "<ul>")),
    ]


def test_spanish_faq_with_bold_questions_ends_with_its_container() -> None:
    html = page("<article>\n<h1>T</h1>\n<p>Body.</p>\n<section>\n<h2>Preguntas frecuentes</h2>\n"
                "<p><strong>¿Cuándo se reunieron?</strong></p>\n<p>El 3 de marzo.</p>\n</section>\n"
                "<p>Not an answer.</p>\n</article>")
    assert facts(html).faq == [FaqItem("¿Cuándo se reunieron?", "El 3 de marzo.",
                                       line_of(html, "¿Cuándo"), line_of(html, "El 3 de marzo"))]


def test_faq_heading_in_a_wrapper_of_its_own() -> None:
    html = article('<div class="faq">\n<div class="faq__title"><h2>FAQ</h2></div>\n'
                   '<div class="faq__item"><h3>When did they meet?</h3><p>On 3 March.</p></div>\n</div>')
    assert [(i.question, i.answer) for i in facts(html).faq] == [("When did they meet?", "On 3 March.")]


def test_details_and_summary() -> None:
    html = article("<details>\n<summary>When did they meet?</summary>\n<p>On 3 March.</p>\n</details>\n"
                   "<details><summary>Show more</summary><p>Menu.</p></details>")
    assert facts(html).faq == [FaqItem("When did they meet?", "On 3 March.", line_of(html, "<summary>When"),
                                       line_of(html, "<p>On 3 March"))]


def test_definition_list_of_questions() -> None:
    html = article("<dl>\n<dt>When did they meet?</dt>\n<dd>On 3 March.</dd>\n<dt>Venue</dt>\n<dd>Beijing</dd>\n</dl>")
    assert facts(html).faq == [FaqItem("When did they meet?", "On 3 March.", line_of(html, "<dt>When"),
                                       line_of(html, "<dd>On 3 March"))]


def test_no_faq_without_questions() -> None:
    assert facts(article("<h2>FAQ</h2>\n<p>Coming soon.</p>")).faq == []
    assert facts(article("<h3>Why it matters?</h3>\n<p>Because.</p>")).faq == []


# --- speed-minded limits and odd pages -----------------------------------------------------------

def test_page_without_body_or_headline() -> None:
    empty = facts("<html><head><title>T</title></head></html>")
    assert (empty.bylines, empty.dates, empty.figures, empty.faq) == ([], [], [], [])
    assert names(page('<p class="byline">By Jane Doe</p>')) == ["Jane Doe"]


def test_visible_dates_and_bylines_are_frozen_values() -> None:
    html = article('<p class="byline">By Jane Doe</p>\n<time datetime="2025-03-03">3 March</time>')
    found = facts(html)
    assert isinstance(found.dates[0], VisibleDate) and isinstance(found.bylines[0], Author)


# --- what the page shows, as text ------------------------------------------------------------------

def test_shows_reads_the_text_a_reader_sees() -> None:
    shown = facts(page('<p>Jane <b>Doe</b> said “yes”.</p>\n<ul><li>at sea</li><li>in the air</li></ul>\n'
                       '<script>var editor = "John Smith";</script>\n<style>.x{content:"Li Wei"}</style>\n'
                       '<noscript><p>Omar Haddad</p></noscript>\n<template><p>Ana López</p></template>\n'
                       '<script type="application/ld+json">{"author": "Pedro Gómez"}</script>'))
    assert shown.shows("jane doe said 'yes'.") and shown.shows("at sea in the air")
    assert not any(shown.shows(name) for name in ("John Smith", "Li Wei", "Omar Haddad", "Ana López", "Pedro Gómez"))
    assert not shown.shows("  ")
