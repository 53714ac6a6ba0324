"""redirect-changes-host: a crawled URL that ends on another host; redirects within one host are not reported."""

from __future__ import annotations

import httpx

from linter.config import Config
from tests.rules.crawl_site import crawl, html
from tests.util import keys

RULE = "redirect-changes-host"


def handler(request: httpx.Request) -> httpx.Response | None:
    if request.url.host == "www.example.com":
        return httpx.Response(301, headers={"Location": "https://example.com/a"})
    if request.url.scheme == "http":
        return httpx.Response(301, headers={"Location": "https://example.com/a"})
    if request.url.path == "/old":
        return httpx.Response(302, headers={"Location": "/a"})
    return html() if request.url.path == "/a" else None


def test_redirects_within_a_host_are_not_reported() -> None:
    for url in ("http://example.com/a", "https://example.com/old"):
        (path, findings), = crawl(handler, [url])
        assert path == url and keys(findings, RULE) == set()
        assert "fetch-error" not in {f.rule for f in findings}


def test_a_redirect_to_another_host_is_reported_on_the_url_as_given() -> None:
    (path, findings), = crawl(handler, ["https://www.example.com/a"])
    assert path == "https://www.example.com/a"
    (finding,) = [f for f in findings if f.rule == RULE]
    assert "https://example.com/a" in finding.message and finding.severity.value == "warning"
    assert len(findings) > 1  # and the page it ends on is linted


def test_it_can_be_ignored() -> None:
    (_, findings), = crawl(handler, ["https://www.example.com/a"], config=Config(ignore=frozenset({RULE})))
    assert keys(findings, RULE) == set()


def test_a_redirect_to_another_port_of_the_host_is_reported() -> None:
    def ports(request: httpx.Request) -> httpx.Response | None:
        if request.url.port is None and request.url.path == "/a":
            return httpx.Response(301, headers={"Location": "https://example.com:8443/a"})
        return html() if request.url.path == "/a" else None

    (_path, findings), = crawl(ports, ["https://example.com/a"])
    (finding,) = [f for f in findings if f.rule == RULE]
    assert "another port" in finding.message and "https://example.com:8443/a" in finding.message
