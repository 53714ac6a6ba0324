"""linter/check.py: the checks judge a linked source and leave it as they found it."""

from __future__ import annotations

import json
from dataclasses import fields
from importlib import import_module

import pytest

from linter.config import Config
from linter.lint import read_source
from linter.readers import Source, link
from tests.util import NOW, article

check = import_module("linter.check")  # the module (the package's attribute is the library's check())

PAGE = """<!doctype html>
<html lang="en"><head><title>Storm hits coast</title>
<link rel="canonical" href="https://example.com/news/storm">
<script type="application/ld+json">{}</script>
</head><body><article><h1>Storm hits coast</h1><p>By Jane Doe</p></article></body></html>
"""


def _page() -> Source:
    data = article(**{"@id": "#article"})
    return read_source(PAGE.format(json.dumps(data)).encode(), "page.html", "html", Config())


def test_link_resolves_ids_against_the_page_address() -> None:
    source = _page()
    graph = link(source)
    assert source.graph is graph and graph.base_url == "https://example.com/news/storm"
    assert "https://example.com/news/storm#article" in graph.index


def test_the_checks_change_nothing_of_their_source() -> None:
    source = _page()
    link(source)
    before = {f.name: getattr(source, f.name) for f in fields(source)}
    lengths = {name: len(value) for name, value in before.items() if isinstance(value, list)}
    assert check.check_source(source, Config(), now=NOW)
    assert all(getattr(source, name) is value for name, value in before.items())
    assert {name: len(getattr(source, name)) for name in lengths} == lengths


def test_an_unlinked_source_is_refused() -> None:
    with pytest.raises(ValueError, match="not linked"):
        check.check_source(Source("a.jsonld"), Config(), now=NOW)
