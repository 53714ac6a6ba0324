"""robots.txt read as RFC 9309 says (and Google reads it): wildcards, longest match, tie to Allow.

Each case below was read wrongly by the standard library's parser, which newslint used before:
it knows no ``*`` or ``$`` and takes the first matching rule.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from linter.sources.robots import read_rules
from tests.util import ROOT

AGENT = "newslint/0.1 (+https://github.com/newslint/newslint)"


@pytest.mark.parametrize(("robots", "path", "allowed"), [
    ("Disallow: /*?print=", "/story?print=1", False),
    ("Disallow: /*?print=", "/story", True),
    ("Disallow: /*.pdf$", "/files/report.pdf", False),
    ("Disallow: /*.pdf$", "/files/report.pdf?download=1", True),
    ("Allow: /news/\nDisallow: /news/private", "/news/private/1", False),
    ("Allow: /news/\nDisallow: /news/private", "/news/1", True),
    ("Disallow: /news\nAllow: /news/open", "/news/open/1", True),
    ("Disallow: /news\nAllow: /news/open", "/news/closed", False),
    ("Disallow: /page\nAllow: /page", "/page", True),
], ids=["wildcard-blocks", "wildcard-spares", "end-anchor", "end-anchor-query", "longest-disallow",
        "allow-elsewhere", "longest-allow", "disallow-elsewhere", "tie-goes-to-allow"])
def test_rfc_9309_matching(robots: str, path: str, allowed: bool) -> None:
    rules = read_rules(f"User-agent: *\n{robots}\n".encode())
    assert rules.can_fetch(f"https://example.com{path}", AGENT) is allowed


def test_the_group_naming_newslint_is_used_over_the_star_group() -> None:
    rules = read_rules(b"User-agent: *\nDisallow: /\n\nUser-agent: newslint\nDisallow: /drafts/\n")
    assert rules.can_fetch("https://example.com/news/1", AGENT)
    assert not rules.can_fetch("https://example.com/drafts/1", AGENT)
    assert not rules.can_fetch("https://example.com/news/1", "OtherBot/1.0")


def test_byte_order_mark_and_garbage_lines() -> None:
    rules = read_rules("\ufeffUser-agent: *\nthis is not a rule\nDisallow: /private/\n".encode())
    assert not rules.can_fetch("https://example.com/private/1", AGENT)
    assert rules.can_fetch("https://example.com/public/1", AGENT)


ROBOTS = b"User-agent: *\nDisallow: /*?print=\nAllow: /news/\nDisallow: /news/private\n"
PAGE = (b'<!doctype html><html lang="en"><head><title>T</title></head><body><h1>T</h1>'
        b"<p>Body.</p></body></html>")


@pytest.fixture()
def server() -> Iterator[tuple[str, list[str]]]:
    requested: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requested.append(self.path)
            body, kind = (ROBOTS, "text/plain") if self.path == "/robots.txt" else (PAGE, "text/html")
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", requested
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_crawl_skips_what_the_rules_disallow(server: tuple[str, list[str]]) -> None:
    base, requested = server
    urls = [f"{base}/news/1", f"{base}/news/1?print=1", f"{base}/news/private/1"]
    result = subprocess.run([sys.executable, "-m", "linter", "crawl", *urls, "--format", "json", "--isolated"],
                            capture_output=True, timeout=120, cwd=ROOT)
    report = json.loads(result.stdout)
    blocked = {f["path"] for f in report["findings"] if f["rule"] == "fetch-error" and "robots.txt" in f["message"]}
    assert blocked == set(urls[1:])
    assert sorted(requested) == ["/news/1", "/robots.txt"]  # the disallowed pages were never requested
