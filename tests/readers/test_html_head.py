"""The HTML reader's head: title, meta tags, og:image, canonical (head or body) and language."""

from __future__ import annotations

import pytest

from linter.article import Text
from linter.config import Config
from linter.page import PageFacts
from linter.readers.page import read_bytes
from tests.rules import line_of


def facts(html: str) -> PageFacts:
    source = read_bytes(html.encode("utf-8"), "page.html", Config())
    assert source.page is not None
    return source.page


def page(head: str, body: str = "<h1>T</h1>", *, html_tag: str = '<html lang="en">') -> str:
    return f"<!doctype html>\n{html_tag}\n<head>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n"


# --- title ------------------------------------------------------------------------------------

def test_title_with_its_line_whitespace_collapsed_and_entities_decoded() -> None:
    html = page('<meta charset="utf-8">\n<title>\n  Cuba &amp; China:\n  a   deal\n</title>')
    assert facts(html).title == Text("Cuba & China: a deal", line_of(html, "<title>"))


def test_first_non_empty_title_wins() -> None:
    html = page("<title> </title>\n<title>First</title>\n<title>Second</title>")
    assert facts(html).title == Text("First", line_of(html, "<title>First"))


@pytest.mark.parametrize("head", ["", "<title></title>", "<title>\n \n</title>",
                                  "<svg><title>An icon</title></svg>"],
                         ids=["none", "empty", "blank", "svg-title"])
def test_no_title(head: str) -> None:
    assert facts(page(head)).title is None


def test_title_keeps_markup_as_text() -> None:
    # <title> holds text only: a browser shows the tags as written.
    assert facts(page("<title>A <b>bold</b> claim</title>")).title.value == "A <b>bold</b> claim"


# --- meta -------------------------------------------------------------------------------------

def test_meta_keys_lower_cased_values_stripped_with_lines() -> None:
    html = page('<META NAME="Description" CONTENT="  Ministers met.  ">\n'
                '<meta property="OG:Title" content="Cuba and China">\n'
                '<meta name="Twitter:Card" content="summary">')
    meta = facts(html).meta
    assert meta["description"] == Text("Ministers met.", line_of(html, "Description"))
    assert meta["og:title"] == Text("Cuba and China", line_of(html, "OG:Title"))
    assert meta["twitter:card"] == Text("summary", line_of(html, "Twitter:Card"))
    assert facts(html).meta_description == meta["description"]


def test_first_value_wins() -> None:
    html = page('<meta property="og:title" content="First">\n<meta property="og:title" content="Second">\n'
                '<meta name="description" content="One">\n<meta name="description" content="Two">')
    f = facts(html)
    assert f.meta["og:title"] == Text("First", line_of(html, "First"))
    assert f.meta_description == Text("One", line_of(html, '"One"'))


def test_tag_with_name_and_property_sets_both() -> None:
    html = page('<meta property="og:description" name="description" content="Both.">')
    f = facts(html)
    assert f.meta["description"] == f.meta["og:description"] == Text("Both.", line_of(html, "Both."))
    assert f.meta_description is not None


def test_empty_description_is_kept_but_is_no_description() -> None:
    html = page('<meta name="description" content="">')
    f = facts(html)
    assert f.meta["description"] == Text("", line_of(html, "description"))
    assert f.meta_description is None


def test_meta_without_content_or_key_is_ignored() -> None:
    f = facts(page('<meta charset="utf-8">\n<meta name="description">\n<meta content="orphan">\n'
                   '<meta http-equiv="X-UA-Compatible" content="IE=edge">'))
    assert f.meta == {}


def test_robots_tags_add_up_at_the_first_tag_line() -> None:
    html = page('<meta name="robots" content="">\n<meta name="robots" content="index, follow">\n'
                '<meta name="robots" content="noindex">\n<meta name="googlebot" content="max-snippet:-1">')
    f = facts(html)
    assert f.meta["robots"] == Text("index, follow, noindex", line_of(html, "index, follow"))
    assert f.robots() == {"index", "follow", "noindex", "max-snippet:-1"}


def test_og_image_list_in_order_without_empty_ones() -> None:
    html = page('<meta property="og:image" content="https://example.com/a.jpg">\n'
                '<meta property="og:image" content="">\n'
                '<meta property="og:image:width" content="1200">\n'
                '<meta property="OG:IMAGE" content=" https://example.com/b.jpg ">')
    f = facts(html)
    assert f.og_images == ["https://example.com/a.jpg", "https://example.com/b.jpg"]
    assert f.meta["og:image"].value == "https://example.com/a.jpg"
    assert f.meta["og:image:width"].value == "1200"


# --- canonical --------------------------------------------------------------------------------

LINK = '<link rel="canonical" href=" https://example.com/story ">'


def test_canonical_in_head() -> None:
    html = page(LINK)
    f = facts(html)
    assert f.canonical == Text("https://example.com/story", line_of(html, "canonical"))
    assert f.canonical_in_body is False


def test_first_canonical_in_head_wins_over_later_and_body_ones() -> None:
    html = page('<link rel="Canonical alternate" href="/first">\n<link rel="canonical" href="/second">',
                '<link rel="canonical" href="/body">')
    f = facts(html)
    assert f.canonical == Text("/first", line_of(html, "/first"))
    assert f.canonical_in_body is False


def test_canonical_in_body_only() -> None:
    html = page("<title>T</title>", f"<p>x</p>\n{LINK}")
    f = facts(html)
    assert f.canonical == Text("https://example.com/story", line_of(html, "canonical"))
    assert f.canonical_in_body is True


def test_canonical_without_href_is_empty() -> None:
    html = page('<link rel="canonical">')
    assert facts(html).canonical == Text("", line_of(html, "canonical"))


def test_other_links_are_no_canonical() -> None:
    f = facts(page('<link rel="alternate" href="/amp">\n<link rel="stylesheet" href="/s.css">'))
    assert f.canonical is None and f.canonical_in_body is False


# --- language ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("tag", "lang"), [
    ('<html lang="es">', "es"), ("<html LANG=' en-GB '>", "en-GB"), ("<html>", None),
    ('<html lang="">', None), ('<html xml:lang="en">', None),
], ids=["es", "padded", "none", "empty", "xml-lang-alone"])
def test_lang(tag: str, lang: str | None) -> None:
    html = page("<title>T</title>", html_tag=tag)
    f = facts(html)
    assert (f.lang.value if f.lang else None) == lang
    if lang:
        assert f.lang.line == line_of(html, "<html")
