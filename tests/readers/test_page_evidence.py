"""The page reader's evidence, one family at a time, and how the merger weighs it.

Each test is a small page written for it: what the page states, and the fact (with its
provenance) the reader gives. Real pages are covered in tests/test_pages.py.
"""

from __future__ import annotations

import json

import pytest

from linter.config import Config
from linter.readers.page import merge, read_bytes
from linter.readers.page.article import convert


def facts(html: str, url: str | None = None):
    source = read_bytes(html.encode("utf-8"), "page.html", Config(), url=url)
    assert source.page is not None
    return source.page


def page(head: str = "", body: str = "", *, lang: str = "en") -> str:
    return (f'<!doctype html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>Storm hits coast</title>\n'
            f"{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def converted(html: str, url: str | None = None):
    source = read_bytes(html.encode("utf-8"), "page.html", Config(), url=url)
    return convert(source, Config())


# --- publication dates: every kind of evidence ---------------------------------------------------

def test_json_ld_date_is_the_strongest() -> None:
    html = page('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
                ' "headline": "Storm hits coast", "datePublished": "2020-02-13T10:00:00+01:00"}</script>\n'
                '<meta property="article:published_time" content="2020-02-14T10:00:00+01:00">',
                '<h1>Storm hits coast</h1>\n<p>Published 15 February 2020</p>')
    found = merge.published(facts(html))
    assert (found.value, found.kind) == ("2020-02-13T10:00:00+01:00", "json-ld datePublished")


@pytest.mark.parametrize("meta", [
    '<meta property="article:published_time" content="2020-02-13T10:00:00+01:00">',
    '<meta name="parsely-pub-date" content="2020-02-13T10:00:00+01:00">',
    '<meta name="sailthru.date" content="2020-02-13T10:00:00+01:00">',
    '<meta name="dcterms.issued" content="2020-02-13T10:00:00+01:00">',
    '<meta name="DC.date.issued" content="2020-02-13T10:00:00+01:00">',
    '<meta name="citation_publication_date" content="2020-02-13T10:00:00+01:00">',
    '<meta itemprop="datePublished" content="2020-02-13T10:00:00+01:00">',
    '<meta name="parsely-page" content=\'{"pub_date": "2020-02-13T10:00:00+01:00"}\'>',
])
def test_meta_tags_naming_the_publication_date(meta: str) -> None:
    found = merge.published(facts(page(meta, "<h1>Storm hits coast</h1>")))
    assert found is not None and found.value.startswith("2020-02-13") and found.kind.startswith("meta")
    assert found.line == 6


def test_a_bare_meta_date_loses_to_a_date_readers_see() -> None:
    # A CMS's <meta name="date"> is often the day it rendered the page.
    html = page('<meta name="date" content="2020-04-30">',
                '<h1>Storm hits coast</h1>\n<p class="byline">Von Moritz Wichmann 29.04.2020, 12:01 Uhr</p>')
    assert merge.published(facts(html)).value.startswith("2020-04-29")


def test_a_bare_meta_date_after_the_last_update_is_no_publication_date() -> None:
    html = page('<meta name="date" content="2020-04-29T11:52:23">',
                '<h1>Storm hits coast</h1>\n<p>Stand: 28.04.2020 18:00 Uhr</p>', lang="de")
    assert merge.published(facts(html)) is None
    assert merge.modified(facts(html)).value.startswith("2020-04-28")


def test_time_element_with_pubdate_and_itemprop() -> None:
    html = page(body='<h1>Storm hits coast</h1>\n<time datetime="2020-02-13T10:00:00Z" itemprop="datePublished">'
                     "13 Feb</time>")
    found = merge.published(facts(html))
    assert (found.value, found.kind, found.line) == ("2020-02-13T10:00:00+00:00", "time element", 10)


def test_hatom_abbr_published() -> None:
    html = page(body='<h1>Storm hits coast</h1>\n<span>um <abbr class="published" '
                     'title="2020-04-28T21:11:00+02:00">21:11</abbr></span>')
    assert merge.published(facts(html)).value == "2020-04-28T21:11:00+02:00"


@pytest.mark.parametrize(("line", "expected", "lang"), [
    ("Published 3 March 2025, 18:05 CET", "2025-03-03T18:05:00+01:00", "en"),
    ("Publicado: 2 de enero de 2025, 14:10 (GMT-5)", "2025-01-02T14:10:00-05:00", "es"),
    ("Veröffentlicht am 16.12.2012", "2012-12-16", "de"),
    ("Erschienen am: 13.10.2021", "2021-10-13", "de"),
    ("Publié le 9 juin 2019", "2019-06-09", "fr"),
    ("Mise en ligne 23 mai 2019", "2019-05-23", "fr"),
    ("Publicado em 2 de janeiro de 2025", "2025-01-02", "pt"),
    ("Pubblicato il 13 settembre 2021", "2021-09-13", "it"),
    ("Gepubliceerd op 4 maart 2025", "2025-03-04", "nl"),
    ("입력 2023.11.02. 오후 8:06", "2023-11-02T20:06:00", "ko"),
    ("公開日 2020年2月19日", "2020-02-19", "ja"),
    ("发布时间 2020-02-19 20:29", "2020-02-19T20:29:00", "zh"),
])
def test_labelled_dates_in_the_newsroom_languages(line: str, expected: str, lang: str) -> None:
    html = page(body=f"<h1>Storm hits coast</h1>\n<p>{line}</p>", lang=lang)
    found = merge.published(facts(html))
    assert (found.value, found.kind) == (expected, "labelled date")


@pytest.mark.parametrize("line", [
    "Updated 4 March 2025", "Actualizado: 4 de marzo de 2025", "Aktualisiert am 04.03.2025",
    "Mis à jour le 4 mars 2025", "Atualizado em 4 de março de 2025", "Aggiornato il 4 marzo 2025",
    "Bijgewerkt op 4 maart 2025", "수정 2025.03.04.", "更新日 2025年3月4日",
])
def test_update_labels_are_never_the_publication_date(line: str) -> None:
    page_facts = facts(page(body=f"<h1>Storm hits coast</h1>\n<p>{line}</p>"))
    assert merge.published(page_facts) is None
    assert merge.modified(page_facts).value.startswith("2025-03-04")


def test_labels_place_the_dates_not_their_order() -> None:
    html = page(body="<h1>Storm hits coast</h1>\n<p>Actualizado 5 de marzo de 2025</p>\n"
                     "<p>Publicado 3 de marzo de 2025</p>", lang="es")
    page_facts = facts(html)
    assert merge.published(page_facts).value == "2025-03-03"
    assert merge.modified(page_facts).value == "2025-03-05"


def test_a_labelled_time_element_read_as_shown() -> None:
    # "19 FEB 2020 - 18:37 CET" in a <time> labelled nothing: unknown role, near the headline.
    html = page(body='<h1>Storm hits coast</h1>\n<time>19 FEB 2020 - 18:37 CET</time>')
    assert merge.published(facts(html)).value == "2020-02-19T18:37:00+01:00"


def test_german_verb_last_label() -> None:
    html = page(body="<h1>Storm hits coast</h1>\n<p>Dieser Beitrag wurde am Samstag, 3. Dezember 2011 "
                     "veröffentlicht.</p>", lang="de")
    assert merge.published(facts(html)).value == "2011-12-03"


def test_date_in_the_byline() -> None:
    html = page(body='<h1>Storm hits coast</h1>\n<p>dpa am 25.01.2022</p>\n<div class="byline">Von Christian am '
                     "03.05.2013, 11:51 | 0 Meinungen</div>", lang="de")
    assert merge.published(facts(html)).value == "2013-05-03T11:51:00"


def test_a_blog_byline_below_the_story() -> None:
    story = "".join(f"<p>{'Sentence of the story. ' * 10}</p>\n" for _ in range(4))
    html = page(body=f'<div class="post"><h1>Storm hits coast</h1>\n{story}'
                     '<div class="meta">Posted by Jane Doe on 3 May 2013</div></div>')
    found = merge.published(facts(html))
    assert (found.value, found.kind) == ("2013-05-03", "dated byline")


def test_several_date_lines_naming_different_days_say_nothing() -> None:
    # A list of other stories under the headline, each with its date.
    teasers = "".join(f'<li><a href="/s{d}">Story {d}</a> <span>{d}.01.2021</span></li>' for d in (12, 14, 19))
    html = page(body=f"<h1>Storm hits coast</h1>\n<ul>{teasers}</ul>", lang="de")
    assert merge.published(facts(html)) is None


def test_a_date_only_in_the_address_is_never_stated() -> None:
    html = page(body="<h1>Storm hits coast</h1>\n<p>No date shown.</p>")
    page_facts = facts(html, url="https://example.com/2020/06/23/storm-hits-coast")
    assert merge.published(page_facts) is None
    assert "datePublished" not in converted(html, url="https://example.com/2020/06/23/storm").data["@graph"][0]


def test_the_address_only_breaks_a_tie() -> None:
    html = page(body='<h1>Storm hits coast</h1>\n<span class="date">12.01.2021</span>'
                     '<span class="date">13.01.2021</span>', lang="de")
    page_facts = facts(html, url="https://example.com/2021/01/13/storm")
    assert merge.published(page_facts).value == "2021-01-13"


def test_a_webpage_node_dates_a_page_without_article_markup() -> None:
    html = page('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": '
                '"WebPage", "datePublished": "2019-10-17T11:56:56+00:00"}]}</script>', "<h1>Storm hits coast</h1>")
    found = merge.published(facts(html))
    assert (found.value, found.kind) == ("2019-10-17T11:56:56+00:00", "json-ld WebPage datePublished")


# --- authors -----------------------------------------------------------------------------------

def test_markup_authors_first() -> None:
    html = page('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
                '"headline": "Storm hits coast", "author": [{"@id": "#jane"}]}</script>\n'
                '<script type="application/ld+json">{"@context": "https://schema.org", "@id": "#jane", '
                '"@type": "Person", "name": "Jane Doe"}</script>\n<meta name="author" content="Somebody Else">',
                "<h1>Storm hits coast</h1>")
    assert [e.value for e in merge.authors(facts(html))] == ["Jane Doe"]


@pytest.mark.parametrize(("meta", "expected"), [
    ('<meta name="author" content="Anton Shilov">', ["Anton Shilov"]),
    ('<meta property="article:author" content="Sarah Murray">', ["Sarah Murray"]),
    ('<meta property="article:author" content="https://www.facebook.com/someone">', []),
    ('<meta name="parsely-author" content="Jono Galuszka">', ["Jono Galuszka"]),
    ('<meta name="sailthru.author" content="By Carolyn Said">', ["Carolyn Said"]),
    ('<meta name="byl" content="By Jane Doe and John Roe">', ["Jane Doe", "John Roe"]),
    ('<meta name="citation_author" content="Ada Lovelace"><meta name="citation_author" content="Alan Turing">',
     ["Ada Lovelace", "Alan Turing"]),
    ('<meta name="twitter:creator" content="@someone">', []),
])
def test_meta_authors(meta: str, expected: list[str]) -> None:
    assert [e.value for e in merge.authors(facts(page(meta, "<h1>Storm hits coast</h1>")))] == expected


def test_the_site_name_is_no_author() -> None:
    html = page('<meta name="author" content="Example News"><meta property="og:site_name" content="Example News">',
                "<h1>Storm hits coast</h1>")
    assert merge.authors(facts(html)) == []


@pytest.mark.parametrize(("byline", "expected"), [
    ('<p class="byline">By Jane Doe and John Roe</p>', ["Jane Doe", "John Roe"]),
    ('<p class="byline">Por Ana de la Torre y Luis Pérez</p>', ["Ana de la Torre", "Luis Pérez"]),
    ('<p class="autor">Von Moritz Wichmann</p>', ["Moritz Wichmann"]),
    ('<p>Par Jean Dupont</p>', ["Jean Dupont"]),
    ('<p>Door Jan de Vries</p>', ["Jan de Vries"]),
    ('<a rel="author" href="/author/jane-doe">Jane Doe</a>', ["Jane Doe"]),
    # Not names: a place, a month, a section, a label, a photo credit.
    ('<p class="p-author-local">Em São Paulo (SP)</p>', []),
    ('<span class="author">Oktober</span>', []),
    ('<span class="author">Politik</span>', []),
    ('<span class="author">Artikel von</span>', []),
    ('<figure><img src="a.jpg" alt=""><figcaption><span class="author">EFE</span></figcaption></figure>', []),
])
def test_visible_bylines(byline: str, expected: list[str]) -> None:
    page_facts = facts(page(body=f"<h1>Storm hits coast</h1>\n{byline}"))
    assert [a.name for a in page_facts.bylines] == expected


# --- the headline --------------------------------------------------------------------------------

def test_the_masthead_h1_is_not_the_headline() -> None:
    html = page('<meta property="og:title" content="Storm hits coast | Example News">',
                '<header><h1 class="logo"><a href="/">Example News</a></h1></header>\n'
                '<article><h1>Storm hits coast</h1></article>')
    assert facts(html).heading.value == "Storm hits coast"
    assert merge.headline(facts(html)).kind == "h1"


def test_a_hidden_h1_is_not_the_headline() -> None:
    html = page(body='<h1 class="sr-only">Example News</h1>\n<h1>Storm hits coast</h1>')
    assert facts(html).heading.value == "Storm hits coast"


def test_a_headline_set_in_an_h2() -> None:
    html = page('<meta property="og:title" content="Storm hits coast">',
                '<div class="nav"><a href="/">Home</a></div>\n<h2 class="entry-title">Storm hits coast</h2>')
    assert facts(html).heading.value == "Storm hits coast"


def test_titles_stand_in_for_a_headline_the_page_does_not_show() -> None:
    html = page('<meta property="og:title" content="Storm hits coast - Example News">'
                '<meta property="og:site_name" content="Example News">', "<p>Text.</p>")
    found = merge.headline(facts(html))
    assert (found.value, found.kind) == ("Storm hits coast", "og:title")


# --- the document as a browser builds it ---------------------------------------------------------

JUNK = ("Warning: Undefined variable $x in /var/www/header.php on line 3\n<!DOCTYPE html>\n"
        '<html lang="de">\n<head>\n<title>Mietenstopp jetzt</title>\n<meta name="description" content="Worum es geht">\n'
        '<link rel="canonical" href="https://example.com/mietenstopp">\n<meta property="og:title" content="Mietenstopp">\n'
        "</head>\n<body>\n<h1>Mietenstopp jetzt</h1>\n</body>\n</html>\n")


def test_junk_before_head_still_gives_title_lang_and_meta() -> None:
    page_facts = facts(JUNK)
    assert page_facts.title.value == "Mietenstopp jetzt"
    assert page_facts.lang.value == "de"
    assert page_facts.meta_description.value == "Worum es geht"
    assert page_facts.canonical.value == "https://example.com/mietenstopp"
    assert page_facts.meta["og:title"].value == "Mietenstopp"
    moved = page_facts.moved_head
    assert moved.names() == ["title", "meta description", "link canonical", "meta og:title"]
    assert moved.ended_at.value.startswith("Warning: Undefined variable") and moved.line == 5


def test_byte_order_marks_before_the_page() -> None:
    html = ("\ufeff\ufeff<html lang=\"es\"><head><title>Tormenta</title></head><body><h1>Tormenta</h1></body></html>")
    page_facts = facts(html)
    assert (page_facts.title.value, page_facts.lang.value) == ("Tormenta", "es")


def test_an_image_in_the_head_ends_it() -> None:
    html = ('<!doctype html>\n<html lang="en"><head>\n<title>T</title>\n<img src="/pixel.gif">\n'
            '<meta name="description" content="D">\n</head><body><h1>T</h1></body></html>')
    page_facts = facts(html)
    assert page_facts.meta_description.value == "D"
    assert page_facts.moved_head.names() == ["meta description"]
    assert page_facts.moved_head.ended_at.value == "<img>"


def test_document_title_is_the_first_title_anywhere_but_an_svg_one() -> None:
    html = ('<html><head></head><body><svg><title>icon</title></svg><title>Real title</title><h1>H</h1>'
            '</body></html>')
    assert facts(html).title.value == "Real title"


def test_a_clean_page_has_nothing_moved() -> None:
    assert facts(page(body="<h1>Storm hits coast</h1>")).moved_head is None


# --- convert: the page's best JSON-LD ------------------------------------------------------------

def test_convert_keeps_the_pages_markup_and_completes_it() -> None:
    html = page('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
                '"headline": "Storm hits coast", "author": {"@type": "Person", "name": "Jane Doe"}}</script>\n'
                '<meta property="article:published_time" content="2020-02-13T10:00:00+01:00">',
                "<h1>Storm hits coast</h1>")
    result = converted(html)
    node = result.data["@graph"][0]
    assert node["author"] == {"@type": "Person", "name": "Jane Doe"}
    assert node["datePublished"] == "2020-02-13T10:00:00+01:00"
    assert result.sources["datePublished"] == "meta article:published_time, line 7"
    assert result.sources["headline"].startswith("json-ld")


def test_convert_gives_a_utc_date_in_the_local_time_the_page_states() -> None:
    html = page('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
                '"headline": "Storm hits coast", "datePublished": "2023-11-09T03:28:35Z"}</script>',
                "<h1>Storm hits coast</h1>\n<p>Published Nov. 8, 2023, 10:28 p.m. ET</p>")
    result = converted(html)
    assert result.data["@graph"][0]["datePublished"] == "2023-11-08T22:28:35-05:00"
    assert "local time" in result.sources["datePublished"]


def test_convert_without_markup_builds_from_the_evidence() -> None:
    html = page('<meta name="author" content="Jane Doe">',
                "<h1>Storm hits coast</h1>\n<p>Published 3 March 2025</p>")
    node = converted(html).data["@graph"][0]
    assert (node["headline"], node["datePublished"], node["author"][0]["name"]) == (
        "Storm hits coast", "2025-03-03", "Jane Doe")
    json.dumps(node)  # JSON all through
