"""non-utf8-encoding: a source that is not UTF-8 is read anyway, with a warning.

A guessed Windows-1252 decoding is reported on the line of the first byte that
is not UTF-8; UTF-16 (which has a BOM saying so) on line 1.
"""

from __future__ import annotations

from linter.lint import lint_bytes, lint_path
from tests.rules import dump, line_of
from tests.util import NOW, article, keys

RULE = "non-utf8-encoding"

TEXT = """Cuba and China agree to strengthen military cooperation

Defence ministers met in Beijing.

By Álvaro López
Published 16 September 2025, 10:32 CEST

The governments agreed on Tuesday to enhance their military cooperation.
"""


def test_utf8_is_not_reported() -> None:
    assert keys(lint_bytes(TEXT.encode("utf-8"), "a.txt", now=NOW), RULE) == set()


def test_utf8_with_bom_is_not_reported() -> None:
    assert keys(lint_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "a.txt", now=NOW), RULE) == set()


def test_ascii_is_not_reported() -> None:
    data = dump(article()).encode("ascii")
    assert keys(lint_bytes(data, "a.jsonld", now=NOW), RULE) == set()


def test_windows_1252_text_article() -> None:
    findings = lint_bytes(TEXT.encode("cp1252"), "a.txt", now=NOW)
    assert keys(findings, RULE) == {(RULE, line_of(TEXT, "Álvaro"), None)}
    # Read all the same: no parse-error, and the byline was found on its line.
    assert keys(findings, "parse-error") == set()
    assert keys(findings, "missing-author-url") == {
        ("missing-author-url", line_of(TEXT, "By Álvaro López"), "$.@graph[0].author[0]")
    }


def test_latin1_json_ld() -> None:
    doc = article(author=[{"@type": "Person", "name": "Álvaro López Miera",
                           "url": "https://example.com/staff/alvaro-lopez"}])
    text = dump(doc).replace("\\u00c1", "Á").replace("\\u00f3", "ó")
    assert "López" in text
    findings = lint_bytes(text.encode("latin-1"), "a.jsonld", now=NOW)
    assert keys(findings) == {(RULE, line_of(text, "Álvaro"), None)}


def test_utf16_is_read_and_reported() -> None:
    findings = lint_bytes(TEXT.encode("utf-16"), "a.txt", now=NOW)
    assert keys(findings, RULE) == {(RULE, 1, None)}
    assert keys(findings, "parse-error") == set()


def test_file_on_disk(tmp_path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(TEXT.encode("cp1252"))
    assert keys(lint_path(path, now=NOW), RULE) == {(RULE, line_of(TEXT, "Álvaro"), None)}
    path.write_bytes(TEXT.encode("utf-8"))
    assert keys(lint_path(path, now=NOW), RULE) == set()
