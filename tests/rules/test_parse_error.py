"""parse-error: a source newslint cannot read is an error that cannot be switched off."""

from __future__ import annotations

import pytest

from linter.config import ConfigError, parse_config
from linter.lint import lint_bytes, lint_path
from tests.rules import dump, line_of
from tests.util import NOW, article, keys, lint_json

RULE = "parse-error"

MISSING_COMMA = """{
  "@context": "https://schema.org",
  "@type": "NewsArticle"
  "headline": "Missing comma"
}
"""


def test_valid_json_ld_is_read() -> None:
    assert keys(lint_bytes(dump(article()).encode("utf-8"), "a.jsonld", now=NOW), RULE) == set()
    assert keys(lint_json(article()), RULE) == set()


def test_valid_text_article_is_read() -> None:
    text = "Cuba and China agree to strengthen military cooperation\n\nDefence ministers met.\n"
    assert keys(lint_bytes(text.encode("utf-8"), "a.txt", now=NOW), RULE) == set()


def test_utf16_with_bom_is_read() -> None:
    data = dump(article()).encode("utf-16")
    assert keys(lint_bytes(data, "a.jsonld", now=NOW), RULE) == set()


def test_invalid_json_points_at_the_line_of_the_error() -> None:
    findings = lint_bytes(MISSING_COMMA.encode("utf-8"), "a.jsonld", now=NOW)
    assert keys(findings) == {(RULE, line_of(MISSING_COMMA, '"headline"'), None)}


def test_invalid_json_given_as_text() -> None:
    assert keys(lint_json(MISSING_COMMA), RULE) == {(RULE, line_of(MISSING_COMMA, '"headline"'), None)}


@pytest.mark.parametrize(
    ("data", "path"),
    [
        (b"", "empty.jsonld"),
        (b"  \n\t\n", "blank.txt"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.txt"),
    ],
    ids=["empty", "whitespace-only", "binary"],
)
def test_empty_and_binary_files(data: bytes, path: str) -> None:
    assert keys(lint_bytes(data, path, now=NOW)) == {(RULE, None, None)}


def test_file_kind_newslint_does_not_read() -> None:
    assert keys(lint_bytes(b"%PDF-1.7", "article.pdf", now=NOW)) == {(RULE, None, None)}


def test_files_on_disk(tmp_path) -> None:
    good = tmp_path / "good.jsonld"
    good.write_text(dump(article()), encoding="utf-8")
    assert keys(lint_path(good, now=NOW), RULE) == set()

    bad = tmp_path / "bad.jsonld"
    bad.write_text(MISSING_COMMA, encoding="utf-8")
    assert keys(lint_path(bad, now=NOW)) == {(RULE, line_of(MISSING_COMMA, '"headline"'), None)}

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert keys(lint_path(empty, now=NOW)) == {(RULE, None, None)}


def test_missing_file(tmp_path) -> None:
    assert keys(lint_path(tmp_path / "gone.jsonld", now=NOW)) == {(RULE, None, None)}


def test_cannot_be_ignored_or_deselected() -> None:
    for config in (parse_config({"ignore": [RULE]}), parse_config({"select": ["missing-headline"]}),
                   parse_config({"profile": ["google"]})):
        findings = lint_bytes(MISSING_COMMA.encode("utf-8"), "a.jsonld", config=config, now=NOW)
        assert keys(findings, RULE) == {(RULE, line_of(MISSING_COMMA, '"headline"'), None)}
        assert all(f.severity.value == "error" for f in findings)


def test_severity_cannot_be_changed() -> None:
    with pytest.raises(ConfigError):
        parse_config({"severity": {RULE: "warning"}})
