"""HTML pages as sources of structured data: every JSON-LD block and microdata item is found,
read as tolerantly as it can be, and checked like a JSON-LD file; encodings are read as a
browser reads them; what is no page at all is a finding, never a crash."""

from __future__ import annotations

import json

import pytest

from linter.config import Config
from linter.extract import sniff_encoding
from linter.lint import lint_bytes, lint_text
from linter.readers.page import read_bytes
from tests.rules import line_of
from tests.util import NOW, article, keys, rules_of

#: What an article without its properties gets (Google's and the newsroom's completeness rules).
COMPLETENESS = {"missing-headline", "missing-author", "missing-author-name", "missing-date-published",
                "missing-date-modified", "missing-description", "missing-image", "missing-image-url",
                "missing-publisher", "missing-publisher-name"}


def lint(html: str):
    return lint_text(html, path="page.html", now=NOW)


def page(head: str = "", body: str = "<h1>T</h1>") -> str:
    return (f'<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>T</title>\n{head}\n'
            f"</head>\n<body>\n{body}\n</body>\n</html>\n")


def block(text: str, type_attr: str = "application/ld+json") -> str:
    return f'<script type="{type_attr}">\n{text}\n</script>'


# --- microdata --------------------------------------------------------------------------------

MICRODATA = """<article itemscope itemtype="https://schema.org/NewsArticle">
  <h1 itemprop="headline">Cuba and China agree to strengthen military cooperation</h1>
  <meta itemprop="description" content="Defence ministers met in Beijing.">
  <p>By <span itemprop="author" itemscope itemtype="https://schema.org/Person">
    <a itemprop="url" href="https://example.com/staff/jane-doe"><span itemprop="name">Jane Doe</span></a>
  </span></p>
  <time itemprop="datePublished" datetime="2025-09-16T10:32:00+02:00">16 September 2025</time>
  <time itemprop="dateModified" datetime="2025-09-16T12:00:00+02:00">Updated at noon</time>
  <figure itemprop="image" itemscope itemtype="https://schema.org/ImageObject">
    <img itemprop="contentUrl" src="https://example.com/photos/lead.jpg" alt="The two ministers">
    <figcaption><span itemprop="caption">The two ministers in Beijing.</span>
      <span itemprop="creditText">Jane Smith/Reuters</span></figcaption>
    <link itemprop="license" href="https://example.com/licence">
  </figure>
  <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
    <meta itemprop="name" content="The Daily Example"><link itemprop="url" href="https://example.com">
  </div>
</article>"""


def test_complete_microdata_article_gets_no_completeness_finding() -> None:
    findings = lint(page(body=MICRODATA))
    assert rules_of(findings) & COMPLETENESS == set()
    assert "missing-article-markup" not in rules_of(findings)


def test_microdata_article_is_validated_like_json_ld() -> None:
    html = page(body=MICRODATA.replace('<time itemprop="datePublished"', '<time'))
    item_line = line_of(html, "itemscope")
    assert keys(lint(html), "missing-date-published") == {("missing-date-published", item_line, "$")}


@pytest.mark.parametrize("attributes", [
    'itemscope itemtype="https://schema.org/CreativeWork https://schema.org/NewsArticle"',
    "itemscope itemtype='http://schema.org/NewsArticle'",
    "itemscope itemtype=https://schema.org/NewsArticle",
    'ITEMSCOPE ITEMTYPE="https://schema.org/ReportageNewsArticle"',
], ids=["second-of-two-types", "single-quotes", "unquoted", "upper-case"])
def test_microdata_article_found_however_its_type_is_written(attributes: str) -> None:
    html = page(body=MICRODATA.replace('itemscope itemtype="https://schema.org/NewsArticle"', attributes)
                .replace('<time itemprop="datePublished"', "<time"))
    item_line = line_of(html, attributes)
    assert keys(lint(html), "missing-date-published") == {("missing-date-published", item_line, "$")}


def test_microdata_items_that_are_not_articles_are_not_documents() -> None:
    html = page(body='<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane</span></div>')
    assert read_bytes(html.encode(), "page.html", Config()).documents == []


# --- finding the blocks -----------------------------------------------------------------------

ARTICLE = json.dumps(article(datePublished="2025-09-16"), indent=1)


def test_block_in_body_is_found() -> None:
    html = page(body=f"<h1>T</h1>\n<p>Text.</p>\n{block(ARTICLE)}")
    assert keys(lint(html), "date-without-time") == {
        ("date-without-time", line_of(html, '"datePublished"'), "$.datePublished")}


@pytest.mark.parametrize("type_attr", ["Application/LD+JSON; charset=utf-8", " application/ld+json ",
                                       "APPLICATION/LD+JSON"])
def test_type_attribute_in_any_case_with_parameters(type_attr: str) -> None:
    html = page(block(ARTICLE, type_attr))
    assert keys(lint(html), "date-without-time") == {
        ("date-without-time", line_of(html, '"datePublished"'), "$.datePublished")}


@pytest.mark.parametrize("type_attr", ["application/json", "text/javascript", "application/ld+json+x"])
def test_other_scripts_are_not_json_ld(type_attr: str) -> None:
    source = read_bytes(page(block(ARTICLE, type_attr)).encode(), "page.html", Config())
    assert source.documents == [] and source.findings == []


def test_broken_block_does_not_hide_a_good_one() -> None:
    broken = '{"@context": "https://schema.org", "@type": "NewsArticle" "headline": "Broken"}'
    for first, second in ((broken, ARTICLE), (ARTICLE, broken)):
        html = page(f"{block(first)}\n{block(second)}")
        findings = lint(html)
        assert keys(findings, "invalid-json-ld") == {("invalid-json-ld", line_of(html, '"Broken"'), None)}
        # the good block is still checked, at its own lines
        assert keys(findings, "date-without-time") == {
            ("date-without-time", line_of(html, '"datePublished"'), "$.datePublished")}


def test_good_block_does_not_hide_a_broken_one_that_can_be_repaired() -> None:
    repaired = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "T",}'
    html = page(f"{block(ARTICLE)}\n{block(repaired)}")
    findings = lint(html)
    assert keys(findings, "invalid-json-ld") == {("invalid-json-ld", line_of(html, '"headline": "T",}'), None)}
    # the repaired block is an article too: it has no author (the good one has)
    assert ("missing-author", line_of(html, '"headline": "T",}'), "$") in keys(findings)


# --- tolerant reading -------------------------------------------------------------------------

@pytest.mark.parametrize(("before", "after", "repair"), [
    ("//<![CDATA[", "//]]>", "CDATA"),
    ("<![CDATA[", "]]>", "CDATA"),
    ("<!--", "-->", "HTML comment"),
    ("/* <![CDATA[ */", "/* ]]> */", "JavaScript comments"),
    ("// generated by the CMS", "", "JavaScript comments"),
], ids=["cdata-commented", "cdata", "html-comment", "cdata-in-block-comments", "line-comment"])
def test_wrapped_or_commented_block_is_repaired_and_checked(before: str, after: str, repair: str) -> None:
    html = page(block(f"{before}\n{ARTICLE}\n{after}"))
    findings = lint(html)
    [invalid] = [f for f in findings if f.rule == "invalid-json-ld"]
    assert repair in invalid.message and "read after repairing" in invalid.message
    assert keys(findings, "date-without-time") == {
        ("date-without-time", line_of(html, '"datePublished"'), "$.datePublished")}


def test_comment_inside_the_json_is_repaired() -> None:
    text = ARTICLE.replace('"headline"', '// the headline\n "headline"')
    html = page(block(text))
    findings = lint(html)
    assert keys(findings, "invalid-json-ld") == {("invalid-json-ld", line_of(html, "// the headline"), None)}
    assert ("date-without-time", line_of(html, '"datePublished"'), "$.datePublished") in keys(findings)


def test_duplicate_keys_are_reported() -> None:
    text = '{"@context": "https://schema.org", "@type": "NewsArticle",\n "headline": "A",\n "headline": "B"}'
    html = page(block(text))
    findings = lint(html)
    [dup] = [f for f in findings if f.rule == "duplicate-key"]
    assert "'headline'" in dup.message
    assert "missing-headline" not in rules_of(findings)  # the last value counts


# --- encodings --------------------------------------------------------------------------------

def test_declared_windows_1252_is_read_as_such() -> None:
    html = ('<!doctype html>\n<html lang="es">\n<head>\n<meta charset="windows-1252">\n<title>Canción</title>\n'
            + block(json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                                "headline": "Canción de López"}, ensure_ascii=False))
            + "\n</head>\n<body>\n<h1>Canción de López</h1>\n</body>\n</html>\n")
    data = html.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    source = read_bytes(data, "page.html", Config())
    assert source.documents[0].data["headline"] == source.page.h1[0].value == "Canción de López"
    assert source.page.title.value == "Canción"
    assert "non-utf8-encoding" not in rules_of(lint_bytes(data, "page.html", now=NOW))


@pytest.mark.parametrize("declaration", ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
                                         '<meta charset="latin1">'])
def test_latin_1_labels_are_read_as_windows_1252(declaration: str) -> None:
    data = f"<html><head>{declaration}<title>\u201cQuoted\u201d</title></head></html>".encode("cp1252")
    assert read_bytes(data, "page.html", Config()).page.title.value == "\u201cQuoted\u201d"


def test_no_charset_and_invalid_utf8_is_reported_and_read_as_windows_1252() -> None:
    data = "<html><head><title>Canción</title></head><body><h1>Canción</h1></body></html>".encode("cp1252")
    findings = lint_bytes(data, "page.html", now=NOW)
    assert keys(findings, "non-utf8-encoding") == {("non-utf8-encoding", 1, None)}
    assert read_bytes(data, "page.html", Config()).page.h1[0].value == "Canción"


def test_no_charset_and_valid_utf8_is_fine() -> None:
    data = "<html><head><title>Canción</title></head></html>".encode()
    assert "non-utf8-encoding" not in rules_of(lint_bytes(data, "page.html", now=NOW))
    assert read_bytes(data, "page.html", Config()).page.title.value == "Canción"


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-16be"])
def test_utf16_declared_in_the_page_is_read_as_utf8(label: str) -> None:
    # WHATWG: a <meta charset> found by reading the bytes as ASCII cannot mean UTF-16.
    data = f'<html><head><meta charset="{label}"><title>Canción</title></head></html>'.encode()
    assert sniff_encoding(data)[:2] == (data.decode("utf-8"), "utf-8")
    assert read_bytes(data, "page.html", Config()).page.title.value == "Canción"


def test_utf16_page_with_byte_order_mark() -> None:
    data = '<html><head><meta charset="utf-16"><title>Canción</title></head></html>'.encode("utf-16")
    assert read_bytes(data, "page.html", Config()).page.title.value == "Canción"


def test_transport_charset_wins_over_the_page() -> None:
    data = '<html><head><meta charset="utf-8"><title>Canción</title></head></html>'.encode("cp1252")
    assert sniff_encoding(data, "windows-1252")[1] == "cp1252"


# --- what is no page at all -------------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b"  \n\t", b"\x00\x01\x02\x03binary\xff\xfe\x00",
                                  b"<html>\x00</html>"],
                         ids=["empty", "whitespace", "binary", "nul-in-markup"])
def test_empty_or_binary_file_is_a_parse_error(data: bytes) -> None:
    findings = lint_bytes(data, "page.html", now=NOW)
    assert rules_of(findings) == {"parse-error"}


@pytest.mark.parametrize("text", ["", "\x00\x01binary"], ids=["empty", "binary"])
def test_empty_or_binary_text_is_a_parse_error(text: str) -> None:
    assert rules_of(lint(text)) == {"parse-error"}


@pytest.mark.parametrize("text", [
    "Cuba and China agree to strengthen military cooperation.\n\nDefence ministers met.\n",
    '{"@context": "https://schema.org", "@type": "NewsArticle"}',
    "<<<<>>>>",
    "<!-- only a comment -->",
    "</html>",
], ids=["plain-text", "json", "angle-brackets", "comment-only", "end-tag-only"])
def test_what_is_not_html_does_not_crash(text: str) -> None:
    findings = lint(text)
    assert all(f.path == "page.html" for f in findings)
    assert lint_bytes(text.encode(), "page.html", now=NOW) == findings


def test_plain_text_is_judged_as_a_page_without_a_head() -> None:
    findings = lint("Cuba and China agree to strengthen military cooperation.\n")
    assert "missing-title" in rules_of(findings)
    # No byline, no date, no article:* meta: nothing shows it to be an article, so it is not
    # held to article markup (missing-article-markup), as a product or index page is not.
    assert "missing-article-markup" not in rules_of(findings)
    assert "parse-error" not in rules_of(findings)
