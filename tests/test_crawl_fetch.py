"""The crawl's HTTP side as a library: :class:`linter.sources.fetch.Fetcher`, robots.txt, URL helpers.

Answers come from ``httpx.MockTransport`` (no socket at all), so what no local server can
show honestly (a DNS failure) is tested too; the real-server behaviour is in test_crawl.py.
"""

from __future__ import annotations

import asyncio
import gzip
import socket
import zlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from linter.sources.fetch import Fetched, Fetcher, FetchOptions, _retry_after
from linter.sources.robots import Robots
from linter.sources.urls import http_url_problem, redact, split_credentials
from tests.fixtures.crawl.site import gzip_bomb

PAGE = b"<!doctype html><html lang=en><title>x</title><h1>x</h1></html>"


def fetch(handler: Callable[[httpx.Request], httpx.Response], url: str = "https://example.com/a",
          **kwargs: object) -> Fetched:
    async def go() -> Fetched:
        async with Fetcher(FetchOptions(backoff=0, **kwargs.pop("options", {})),  # type: ignore[arg-type]
                           transport=httpx.MockTransport(handler)) as fetcher:
            return await fetcher.get(url, **kwargs)  # type: ignore[arg-type]
    return asyncio.run(go())


class Chunks(httpx.AsyncByteStream):
    """A body that arrives in pieces, as from a socket (a ``content=`` body is read up front)."""

    def __init__(self, data: bytes, size: int = 16 * 1024) -> None:
        self.data, self.size = data, size

    async def __aiter__(self):  # type: ignore[override]
        for i in range(0, len(self.data), self.size):
            yield self.data[i:i + self.size]


def response(status: int, body: bytes = b"", **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers, stream=Chunks(body))


def html(body: bytes = PAGE, **headers: str) -> httpx.Response:
    return response(200, body, **{"Content-Type": "text/html", **headers})


def test_a_page_is_read() -> None:
    got = fetch(lambda r: html())
    assert (got.data, got.problem, got.status, got.content_type) == (PAGE, None, 200, "text/html")


def test_user_agent_names_newslint_and_can_be_changed() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["user-agent"])
        return html()

    fetch(handler)
    fetch(handler, options={"user_agent": "MyBot/2.0"})
    import linter

    assert seen[0].startswith(f"newslint/{linter.__version__}")
    assert seen[1] == "MyBot/2.0"


def test_dns_failure_is_a_problem_not_an_exception() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        try:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        except socket.gaierror as exc:
            raise httpx.ConnectError("[Errno -2] Name or service not known", request=request) from exc

    got = fetch(handler, "https://no-such-host.invalid/")
    assert got.data is None and got.problem == "cannot connect (Name or service not known)"


@pytest.mark.parametrize("encoding", ["gzip", "x-gzip", "deflate", "raw-deflate"])
def test_compressed_bodies_are_decoded(encoding: str) -> None:
    if encoding in ("gzip", "x-gzip"):
        body = gzip.compress(PAGE)
    elif encoding == "deflate":
        body = zlib.compress(PAGE)
    else:  # deflate without its zlib wrapper, as some servers send it
        c = zlib.compressobj(wbits=-15)
        body, encoding = c.compress(PAGE) + c.flush(), "deflate"
    assert fetch(lambda r: html(body, **{"Content-Encoding": encoding})).data == PAGE


def test_a_gzip_body_of_several_members_is_read_whole() -> None:
    body = gzip.compress(PAGE[:20]) + gzip.compress(PAGE[20:])
    assert fetch(lambda r: html(body, **{"Content-Encoding": "gzip"})).data == PAGE


def test_a_gzip_bomb_stops_at_the_cap() -> None:
    got = fetch(lambda r: html(gzip_bomb(64), **{"Content-Encoding": "gzip"}), options={"max_bytes": 1024 * 1024})
    assert got.data is None and got.problem == "too large (more than 1 MB)"


def test_robots_txt_is_truncated_not_refused() -> None:
    got = fetch(lambda r: response(200, b"x" * 5000), max_bytes=1000, truncate=True)
    assert got.data == b"x" * 1000


def test_unknown_content_encoding_is_a_problem() -> None:
    got = fetch(lambda r: html(b"???", **{"Content-Encoding": "br"}))
    assert got.problem == "unsupported content encoding (br)"


def test_content_type_is_checked_only_when_asked() -> None:
    pdf = lambda r: response(200, b"%PDF", **{"Content-Type": "application/pdf"})  # noqa: E731
    assert fetch(pdf).data == b"%PDF"
    assert fetch(pdf, accept=frozenset({"text/html"})).problem == "not an HTML page (content type application/pdf)"
    no_type = lambda r: response(200, PAGE)  # noqa: E731
    assert fetch(no_type, accept=frozenset({"text/html"})).data == PAGE


def test_redirects_are_followed_and_kept() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/a":
            return httpx.Response(301, headers={"Location": "/b"})
        if request.url.path == "/b":
            return httpx.Response(302, headers={"Location": "https://www.example.org/c"})
        return html()

    got = fetch(handler)
    assert got.data == PAGE
    assert got.url == "https://www.example.org/c"
    assert got.hops == ["https://example.com/b", "https://www.example.org/c"]


def test_too_many_redirects() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        n = int(request.url.path.strip("/") or 0)
        return httpx.Response(302, headers={"Location": f"/{n + 1}"})

    got = fetch(handler, "https://example.com/0", options={"max_redirects": 3})
    assert got.problem == "too many redirects (more than 3)" and len(got.hops) == 4


def test_redirect_without_location() -> None:
    assert fetch(lambda r: httpx.Response(302)).problem == "redirect (302) without a Location header"


def test_credentials_go_to_their_origin_only() -> None:
    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers.get("authorization")))
        if request.url.host == "example.com":
            return httpx.Response(302, headers={"Location": "https://elsewhere.example/x"})
        return html()

    got = fetch(handler, "https://ed:pw@example.com/a")
    assert seen[0][1] is not None and seen[0][1].startswith("Basic ")
    assert seen[1] == ("elsewhere.example", None)
    assert "pw" not in got.url


def test_retry_after_is_capped() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503, headers={"Retry-After": "3600"})

    got = fetch(handler, options={"max_retry_after": 5})
    assert len(calls) == 1
    assert got.problem == ("server answered 503 (Service Unavailable); the server asks to wait 3600 s "
                           "(newslint waits at most 5 s)")


def test_retries_then_success() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(502) if len(calls) < 3 else html()

    assert fetch(handler, options={"retries": 2}).data == PAGE
    assert len(calls) == 3


def test_a_404_is_not_retried() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(404)

    got = fetch(handler)
    assert (got.problem, got.status, len(calls)) == ("server answered 404 (Not Found)", 404, 1)


@pytest.mark.parametrize(("value", "expected"), [
    (None, None), ("", None), ("0", 0.0), ("120", 120.0), ("soon", None), ("-5", None),
])
def test_retry_after_values(value: str | None, expected: float | None) -> None:
    assert _retry_after(value) == expected


def test_retry_after_as_a_date() -> None:
    later = datetime.now(UTC) + timedelta(seconds=90)
    assert 60 < (_retry_after(format_datetime(later, usegmt=True)) or 0) <= 90
    assert _retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past: no wait


def test_robots_rules_per_site() -> None:
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        if request.url.host == "a.example":
            return response(200, b"User-agent: newslint\nDisallow: /drafts/\n\nUser-agent: *\nAllow: /\n")
        if request.url.host == "b.example":
            return httpx.Response(404)
        return httpx.Response(503)

    async def go() -> list[str | None]:
        async with Fetcher(FetchOptions(backoff=0, retries=0), transport=httpx.MockTransport(handler)) as f:
            robots = Robots(f)
            return list(await asyncio.gather(
                robots.refusal("https://a.example/drafts/x"), robots.refusal("https://a.example/news/x"),
                robots.refusal("https://a.example/drafts/y"), robots.refusal("https://b.example/drafts/x"),
                robots.refusal("https://c.example/news/x")))

    a_drafts, a_news, a_again, b, c = asyncio.run(go())
    assert a_drafts and "robots.txt" in a_drafts and a_again
    assert a_news is None
    assert b is None  # no robots.txt (404): everything allowed
    assert c is not None and "503" in c  # a robots.txt that errors disallows the site (RFC 9309)
    assert asked.count("https://a.example/robots.txt") == 1


@pytest.mark.parametrize(("url", "shown"), [
    ("https://user:pass@example.com/a?b=1#c", "https://***@example.com/a?b=1#c"),
    ("https://user@example.com/", "https://***@example.com/"),
    ("https://example.com/a@b", "https://example.com/a@b"),
    ("http://[::1/x@y", "***@y"),
])
def test_redact(url: str, shown: str) -> None:
    assert redact(url) == shown


@pytest.mark.parametrize(("url", "problem"), [
    ("https://example.com/", None),
    ("HTTP://EXAMPLE.COM", None),
    ("ftp://example.com/", "not an http(s) URL (scheme ftp)"),
    ("file:///etc/passwd", "not an http(s) URL (scheme file)"),
    ("javascript:alert(1)", "not an http(s) URL (scheme javascript)"),
    ("/relative/page.html", "not an absolute http(s) URL"),
    ("https:///nohost", "URL has no host"),
    ("https://example.com:port/", "not a valid URL"),
    ("https://example.com/a\x01b", "URL holds a control character"),
    ("https://example.com/a\tb", "URL holds a control character"),
    ("https://example.com/" + "a" * 70_000, "URL too long"),
])
def test_http_url_problem(url: str, problem: str | None) -> None:
    found = http_url_problem(url)
    assert (found is None) if problem is None else (found is not None and found.startswith(problem))


def test_origin_fills_in_the_default_port() -> None:
    from linter.sources.urls import origin

    assert origin("http://Example.com/a") == origin("http://example.com:80/b") == ("http", "example.com", 80)
    assert origin("https://example.com/") != origin("https://example.com:8443/")


def test_redirect_to_a_uri_the_client_cannot_parse_is_a_problem() -> None:
    for location in ("mailto:a@b", "about:blank", "urn:isbn:1", "data:,x"):
        got = fetch(lambda r, loc=location: httpx.Response(302, headers={"Location": loc}))
        assert got.problem == f"redirect to {location}: not an http(s) URL (scheme {location.split(':')[0]})"
        assert got.status == 302


def test_robots_txt_byte_order_mark_and_broken_redirects() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "bom.example":
            return response(200, b"\xef\xbb\xbfUser-agent: *\nDisallow: /drafts/\n")
        return httpx.Response(302, headers={"Location": "javascript:x"})

    async def go() -> list[str | None]:
        async with Fetcher(FetchOptions(backoff=0, retries=0), transport=httpx.MockTransport(handler)) as f:
            robots = Robots(f)
            return [await robots.refusal("https://bom.example/drafts/x"),
                    await robots.refusal("https://redirect.example/drafts/x")]

    bom, redirect = asyncio.run(go())
    assert bom is not None and "robots.txt" in bom
    assert redirect is None  # a robots.txt its redirects cannot reach is none (RFC 9309 2.3.1.2)


def test_split_credentials() -> None:
    assert split_credentials("https://a%40b:p%3Aw@example.com/x#frag") == ("https://example.com/x", ("a@b", "p:w"))
    assert split_credentials("https://example.com") == ("https://example.com/", None)


def test_a_body_read_by_the_transport_already_is_taken_as_it_is() -> None:
    assert fetch(lambda r: httpx.Response(200, content=PAGE)).data == PAGE
    assert fetch(lambda r: httpx.Response(200, content=PAGE), options={"max_bytes": 10}).problem == \
        "too large (more than 10 bytes)"
