"""``newslint convert page.html``: the JSON-LD a page without markup should carry, from what it shows.

Only what the page shows is used (the article's headline, byline, dates, figures, FAQ); nothing
from the navigation or the related stories, and nothing invented. The CLI is run as a subprocess.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from linter.article import DateValue, Image
from linter.config import Config
from linter.readers.page import read_bytes
from linter.readers.page.article import article_from
from tests.rules import line_of
from tests.util import FIXTURES

PAGE = FIXTURES / "html" / "article-no-json-ld.html"
GOLDEN = FIXTURES / "html" / "article-no-json-ld.golden.jsonld"


def convert(path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    return subprocess.run([sys.executable, "-m", "linter", "convert", str(path), "--isolated", *args],
                          capture_output=True, env=env, timeout=120, cwd=path.parent)


def test_page_without_json_ld_matches_golden_file() -> None:
    result = convert(PAGE)
    assert (result.returncode, result.stderr.decode()) == (0, "")
    assert result.stdout.decode("utf-8") == GOLDEN.read_text(encoding="utf-8")


def test_what_the_golden_file_holds() -> None:
    graph = json.loads(GOLDEN.read_text(encoding="utf-8"))["@graph"]
    news, faq = graph
    assert news["headline"] == "Cuba y China acuerdan reforzar su cooperación militar"
    assert [a["name"] for a in news["author"]] == ["Ana López", "Juan Pérez"]
    assert news["author"][0]["url"] == "https://example.com/autor/ana-lopez"
    assert (news["datePublished"], news["dateModified"]) == ("2025-09-16T10:32:00-04:00",
                                                             "2025-09-16T14:10:00-04:00")
    assert news["image"] == [{"@type": "ImageObject", "contentUrl": "https://example.com/fotos/ministros.jpg",
                              "url": "https://example.com/fotos/ministros.jpg", "caption": "Los ministros en Pekín.",
                              "description": "Los dos ministros se dan la mano", "creditText": "EFE"}]
    assert (news["inLanguage"], news["url"]) == ("es", "https://example.com/mundo/cuba-china")
    assert [q["name"] for q in faq["mainEntity"]] == ["¿Cuándo se reunieron los ministros?"]


def test_article_keeps_the_lines_of_the_page() -> None:
    text = PAGE.read_text(encoding="utf-8")
    page = read_bytes(PAGE.read_bytes(), str(PAGE), Config()).page
    assert page is not None
    article = article_from(page, str(PAGE), Config())
    assert article.date_published == DateValue("16 de septiembre de 2025", "2025-09-16T10:32:00-04:00",
                                               line_of(text, "<time"), has_time=True, has_offset=True)
    assert article.images == [Image(url="https://example.com/fotos/ministros.jpg", caption="Los ministros en Pekín.",
                                    credit="EFE", alt="Los dos ministros se dan la mano", line=line_of(text, "<figure>"))]
    assert [a.line for a in article.authors] == [line_of(text, 'class="byline"')] * 2


def test_nothing_is_invented(tmp_path: Path) -> None:
    bare = tmp_path / "bare.html"
    bare.write_text("<html><body><h1>Just a headline</h1><p>Text.</p></body></html>", encoding="utf-8")
    result = convert(bare)
    assert result.returncode == 0
    node = json.loads(result.stdout)["@graph"][0]
    assert node == {"@type": "NewsArticle", "headline": "Just a headline"}


def test_unreadable_page_is_a_usage_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    result = convert(empty)
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.decode().startswith("newslint: error: cannot convert")
