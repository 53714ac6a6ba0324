"""fetch-error: a crawled page that cannot be had is a finding on that page, and the crawl goes on."""

from __future__ import annotations

import httpx

from linter.config import Config
from tests.rules.crawl_site import crawl, html
from tests.util import keys

RULE = "fetch-error"


def test_a_page_that_answers_is_linted() -> None:
    (path, findings), = crawl(lambda r: html() if r.url.path == "/a" else None, ["https://example.com/a"])
    assert path == "https://example.com/a"
    assert keys(findings, RULE) == set()


def test_each_failing_page_is_reported_and_the_others_linted() -> None:
    def handler(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/ok":
            return html()
        if request.url.path == "/error":
            return httpx.Response(500)
        if request.url.path == "/image":
            return httpx.Response(200, content=b"\x89PNG", headers={"Content-Type": "image/png"})
        return None

    results = dict(crawl(handler, [f"https://example.com/{p}" for p in ("error", "ok", "image", "gone")]))
    assert list(results) == [f"https://example.com/{p}" for p in ("error", "ok", "image", "gone")]
    assert keys(results["https://example.com/ok"], RULE) == set()
    for name, words in (("error", "500"), ("image", "content type image/png"), ("gone", "404")):
        (finding,) = [f for f in results[f"https://example.com/{name}"] if f.rule == RULE]
        assert words in finding.message and finding.severity.value == "error"


def test_it_cannot_be_deselected() -> None:
    (_, findings), = crawl(lambda r: None, ["https://example.com/gone"],
                           config=Config(select=frozenset({"missing-headline"}), ignore=frozenset({RULE})))
    assert keys(findings) == {(RULE, None, None)}
