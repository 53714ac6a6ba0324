"""``linter.conversion``: one way from any article source or page to JSON-LD, with provenance.

The library function (:func:`linter.conversion.convert`, and :func:`linter.convert` on top of
it) and ``newslint convert --explain`` / ``--kind`` / standard input, run as a subprocess.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import linter
from linter.conversion import ConversionError, convert, sniff
from tests.rules import line_of
from tests.util import FIXTURES, ROOT

SEED = next((ROOT / "seeds").glob("*.txt"))
PAGE = FIXTURES / "html" / "article-no-json-ld.html"

MARKED_UP = """<!doctype html>
<html lang="en"><head>
<title>Forter raises $32 million | VentureBeat</title>
<meta property="article:published_time" content="2017-06-21T09:00:00-07:00">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Forter raises $32 million to automate retailers&#8217; battle against fraud"}
</script>
</head><body>
<h1>Forter raises $32 million to automate retailers’ battle against fraud</h1>
<p class="byline">By Jane Doe</p>
</body></html>
"""


def newslint(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "linter", "convert", *args, "--isolated"],
                          input=stdin, capture_output=True, timeout=120, cwd=ROOT)


@pytest.mark.parametrize(("text", "kind"), [
    ("<!DOCTYPE html><html><body><h1>T</h1></body></html>", "html"),
    ("\ufeff  <!-- generated -->\n<html lang='es'>", "html"),
    ("<meta charset=utf-8><title>T</title>", "html"),
    ('{"@context": "https://schema.org", "@type": "NewsArticle"}', "jsonld"),
    ("  [{}]", "jsonld"),
    ("---\ntitle: Cuba and China\n---\nText.\n", "markdown"),
    ("# Cuba and China\n\nDefence ministers met.\n", "markdown"),
    ("Cuba and China agree to strengthen military cooperation\n\nBy Jane Doe\n", "text"),
    ("<3 this story: Cuba and China agree\n", "text"),
], ids=["doctype", "bom-comment", "head-tags", "json-object", "json-array", "front-matter", "heading",
        "plain", "angle-text"])
def test_sniff(text: str, kind: str) -> None:
    assert sniff(text) == kind


def test_a_page_given_as_text_or_bytes_converts_alike() -> None:
    data = PAGE.read_bytes()
    as_bytes = convert(data, path="p.html")
    as_text = convert(data.decode("utf-8"), path="p.html")
    assert as_bytes.data == as_text.data
    news = as_bytes.data["@graph"][0]
    assert news["datePublished"] == "2025-09-16T10:32:00-04:00"
    text = data.decode("utf-8")
    assert as_bytes.sources["datePublished"].endswith(f"line {line_of(text, '<time')}")


def test_the_pages_own_markup_is_the_base_and_entities_are_decoded() -> None:
    converted = convert(MARKED_UP, kind="html", path="vb.html")
    news = converted.data["@graph"][0]
    assert news["headline"] == "Forter raises $32 million to automate retailers\u2019 battle against fraud"
    assert "HTML character references decoded" in converted.sources["headline"]
    # Completed from the other evidence, each with where it came from; nothing else added.
    assert news["datePublished"] == "2017-06-21T09:00:00-07:00"
    assert converted.sources["datePublished"] == f"meta article:published_time, line {line_of(MARKED_UP, 'published_time')}"
    assert [a["name"] for a in news["author"]] == ["Jane Doe"]
    assert "image" not in news and "dateModified" not in news


def test_text_articles_say_where_each_property_stood() -> None:
    converted = convert(SEED.read_text(encoding="utf-8"), path=SEED.name)
    assert converted.sources["headline"] == "line 1"
    assert converted.data == linter.convert(SEED.read_text(encoding="utf-8"), path=SEED.name)


@pytest.mark.parametrize(("data", "words"), [
    (b"", "empty"),
    (b"\x00\x01\x02binary", "binary"),
    (b'{"@type": "NewsArticle"}', "JSON-LD already"),
    (b"---\ntitle: [unclosed\n---\nText\n", "line"),
], ids=["empty", "binary", "jsonld", "broken-front-matter"])
def test_what_holds_no_article_is_an_error(data: bytes, words: str) -> None:
    with pytest.raises(ConversionError, match=words):
        convert(data, path="x")


def test_cli_explain_goes_to_standard_error(tmp_path: Path) -> None:
    page = tmp_path / "vb.html"
    page.write_text(MARKED_UP, encoding="utf-8")
    result = newslint(str(page), "--explain")
    assert result.returncode == 0, result.stderr
    json.loads(result.stdout)  # standard output stays one JSON document
    lines = result.stderr.decode("utf-8").splitlines()
    assert f"datePublished \u2190 meta article:published_time, line {line_of(MARKED_UP, 'published_time')}" in lines


def test_cli_standard_input_is_sniffed() -> None:
    result = newslint("-", stdin=MARKED_UP.encode("utf-8"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["@graph"][0]["author"][0]["name"] == "Jane Doe"
    markdown = b"---\ntitle: Cuba and China\nauthor: Jane Doe\n---\nDefence ministers met.\n"
    news = json.loads(newslint("-", stdin=markdown).stdout)["@graph"][0]
    assert (news["headline"], news["author"][0]["name"]) == ("Cuba and China", "Jane Doe")


def test_cli_kind_overrides_the_extension(tmp_path: Path) -> None:
    saved = tmp_path / "page.txt"
    saved.write_text(MARKED_UP, encoding="utf-8")
    as_text = json.loads(newslint(str(saved)).stdout)["@graph"][0]
    as_page = json.loads(newslint(str(saved), "--kind", "html").stdout)["@graph"][0]
    assert as_page["datePublished"] == "2017-06-21T09:00:00-07:00" and "datePublished" not in as_text
