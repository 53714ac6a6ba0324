"""warc-record-error: a record of an archive that cannot be read is a finding, and the archive is read on."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.config import Config
from tests.fixtures.crawl.site import corpus_page
from tests.util import keys

pytest.importorskip("fastwarc")  # the warc extra
from linter.sources.warc_check import lint_warc
from tests.test_warc import response, write_warc

RULE = "warc-record-error"
URLS = ["https://news.example/a", "https://news.example/b"]


def archive(tmp_path: Path, *, cut: bool) -> Path:
    path = tmp_path / "crawl.warc.gz"
    offsets = write_warc(path, [response(url, corpus_page("aeb-0ec95c7261")) for url in URLS])
    if cut:
        data = path.read_bytes()
        path.write_bytes(data[:offsets[1] + (len(data) - offsets[1]) // 2])
    return path


def test_whole_records_are_linted(tmp_path: Path) -> None:
    found = list(lint_warc(archive(tmp_path, cut=False), config=Config()))
    assert [path for path, _ in found] == URLS
    assert all(keys(findings, RULE) == set() for _, findings in found)


def test_a_record_cut_short_is_reported_and_cannot_be_deselected(tmp_path: Path) -> None:
    config = Config(select=frozenset({"missing-headline"}), ignore=frozenset({RULE}))
    found = list(lint_warc(archive(tmp_path, cut=True), config=config))
    assert [path for path, _ in found] == URLS
    assert keys(found[1][1]) == {(RULE, None, None)}
    assert "cut short" in found[1][1][0].message
