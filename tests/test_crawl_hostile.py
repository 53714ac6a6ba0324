"""``newslint crawl`` against hostile servers and input (issue 11): nothing ends a crawl early.

Servers are real, on 127.0.0.1: the corpus site of ``tests/fixtures/crawl/site.py`` and
:class:`Answers`, a server answering each path with what a test tells it (a redirect to
``mailto:``, a robots.txt with a byte order mark, a sitemap listing another port). Each attack
must come out as a finding on its own page or sitemap, with every other page reported and every
output written whole; a bad value on the command line is a one-line usage error naming it.
"""

from __future__ import annotations

import gzip
import json
import multiprocessing
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from linter.cli import main
from linter.config import Config
from linter.sources.crawl import Crawl, CrawlInputError, CrawlOptions, lint_budget
from linter.sources.fetch import FetchOptions, RedirectError, redirect_target
from linter.sources.fetched_page import LintThread, OverBudget, start_pool, stop_pool
from tests.fixtures.crawl.site import PASSWORD, USER, Site, corpus_page
from tests.util import NOW, ROOT

# seconds to minutes: generated inputs, subprocesses and real servers per case: not in `make test-fast`.
pytestmark = pytest.mark.slow

BASE_ARGS = ["crawl", "--timeout", "2", "--jobs", "1", "--no-progress", "--format", "json"]
PAGE = corpus_page("aeb-aadb38e527")
BIG = PAGE * 40
NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
#: Redirect targets httpx cannot even parse (no "/" path) and those it can, all no http(s) URL.
NOT_HTTP = ("mailto:a@b", "tel:", "javascript:", "data:,x", "about:blank", "urn:isbn:1", "javascript:x")


class Answers:
    """A server on 127.0.0.1 answering each path from ``routes`` (``(status, headers, body)``;
    404 for the others) and counting the requests per path; ``with Answers() as a:``."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.hits: Counter[str] = Counter()
        self.auth: dict[str, str | None] = {}  # path -> the Authorization header last received
        handler = type("Handler", (_AnswersHandler,), {"answers": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="crawl-test-answers", daemon=True)

    def __enter__(self) -> Answers:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join()

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, body: bytes = PAGE) -> str:
        self.routes[path] = (200, {"Content-Type": "text/html; charset=utf-8"}, body)
        return self.url(path)

    def redirect(self, path: str, location: str) -> str:
        self.routes[path] = (302, {"Location": location}, b"")
        return self.url(path)


class _AnswersHandler(BaseHTTPRequestHandler):
    answers: Answers

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        self.answers.hits[path] += 1
        self.answers.auth[path] = self.headers.get("Authorization")
        status, headers, body = self.answers.routes.get(path, (404, {"Content-Type": "text/plain"}, b"not here"))
        try:
            self.send_response(status)
            for key, value in {"Content-Length": str(len(body)), **headers}.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture()
def answers() -> Iterator[Answers]:
    with Answers() as a:
        yield a


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with Site() as s:
        yield s


class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def by_path(self) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        for f in json.loads(self.out)["findings"]:
            out.setdefault(f["path"], []).append(f)
        return out


def crawl(capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    code = main([*BASE_ARGS, *args])
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def only(findings: list[dict[str, Any]], rule: str) -> dict[str, Any]:
    matching = [f for f in findings if f["rule"] == rule]
    assert len(matching) == 1, findings
    return matching[0]


def sitemap(locs: list[str]) -> tuple[int, dict[str, str], bytes]:
    urls = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    return 200, {"Content-Type": "application/xml"}, f"<urlset {NS}>{urls}</urlset>".encode()


# -- item 1: one redirect ends the whole crawl ----------------------------------------------------

def test_redirect_to_mailto_the_exact_repro(answers: Answers, tmp_path: Path) -> None:
    """The issue's repro, through the installed CLI in its own process: both pages reported,
    ``-o`` valid JSON, ``--report`` written."""
    ok = answers.page("/ok")
    redir = answers.redirect("/redir", "mailto:a@b")
    done = subprocess.run([sys.executable, "-m", "linter", "crawl", "--urls-file", "-", "-o", "x.json",
                           "--format", "json", "--report", "r.html", "--no-progress", "--timeout", "5"],
                          input=f"{ok}\n{redir}\n", capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode != 2, done.stderr
    assert "internal error" not in done.stderr
    data = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    paths = {f["path"] for f in data["findings"]}
    assert paths == {ok, redir}
    failure = only([f for f in data["findings"] if f["path"] == redir], "fetch-error")
    assert "mailto:a@b" in failure["message"] and "not an http(s) URL" in failure["message"]
    assert data["summary"]["files"] == 2
    assert (tmp_path / "r.html").stat().st_size > 0


def test_every_redirect_to_no_http_url_is_that_pages_finding(capsys: pytest.CaptureFixture[str],
                                                             answers: Answers) -> None:
    good = answers.page("/good")
    redirects = [answers.redirect(f"/to/{i}", location) for i, location in enumerate(NOT_HTTP)]
    # "http:ok" is a relative reference (same scheme): it leads to /to/ok on this server, as in a browser.
    relative = answers.redirect("/to/relative", "http:ok")
    answers.page("/to/ok")
    run = crawl(capsys, redirects[0], good, *redirects[1:], relative)
    assert run.code == 1 and run.err == ""
    by_path = run.by_path()
    assert list(by_path) == [redirects[0], good, *redirects[1:], relative]
    for url, location in zip(redirects, NOT_HTTP, strict=False):
        assert "not an http(s) URL" in only(by_path[url], "fetch-error")["message"], location
    assert "fetch-error" not in {f["rule"] for f in by_path[relative] + by_path[good]}


def test_robots_txt_redirecting_to_javascript_counts_as_no_robots_txt(capsys: pytest.CaptureFixture[str],
                                                                      answers: Answers) -> None:
    answers.redirect("/robots.txt", "javascript:x")
    page = answers.page("/news/a.html")
    run = crawl(capsys, page)
    assert run.code == 1 and run.err == ""
    assert "fetch-error" not in {f["rule"] for f in run.by_path()[page]}
    assert answers.hits["/news/a.html"] == 1


def test_a_sitemap_loc_over_65536_characters_is_that_entrys_finding(capsys: pytest.CaptureFixture[str],
                                                                    answers: Answers) -> None:
    long = answers.url("/" + "a" * 70_000)
    good = answers.page("/good")
    answers.routes["/sitemap.xml"] = sitemap([long, good])
    run = crawl(capsys, "--sitemap", answers.url("/sitemap.xml"))
    assert run.code == 1 and run.err == ""
    by_path = run.by_path()
    assert list(by_path) == [long, good]
    assert "URL too long" in only(by_path[long], "fetch-error")["message"]
    assert len(only(by_path[long], "fetch-error")["message"]) < 300  # the path holds it whole, not the message


def test_a_text_sitemap_line_with_a_control_character_is_that_entrys_finding(
        capsys: pytest.CaptureFixture[str], answers: Answers) -> None:
    bad = answers.url("/x\x01y")
    good = answers.page("/good")
    answers.routes["/sitemap.txt"] = (200, {"Content-Type": "text/plain"}, f"{bad}\n{good}\n".encode())
    run = crawl(capsys, "--sitemap", answers.url("/sitemap.txt"))
    assert run.code == 1 and run.err == ""
    by_path = run.by_path()
    assert list(by_path) == [bad, good]
    assert "control character" in only(by_path[bad], "fetch-error")["message"]


def test_bad_lines_of_a_urls_file_are_findings_not_usage_errors(capsys: pytest.CaptureFixture[str],
                                                                answers: Answers, tmp_path: Path) -> None:
    good = answers.page("/good")
    bad = [answers.url("/x\x01y"), answers.url("/" + "b" * 70_000), "http://256.1.1.1/", "http://[::1/"]
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join([*bad, good]) + "\n", encoding="utf-8")
    run = crawl(capsys, "--urls-file", str(listing))
    assert run.code == 1 and run.err == ""
    by_path = run.by_path()
    assert list(by_path) == [*bad, good]
    for url in bad:
        only(by_path[url], "fetch-error")


def test_an_unexpected_failure_of_the_transport_is_that_pages_finding() -> None:
    """The last resort: an exception nobody foresaw (here the transport's) is the page's finding."""
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/boom":
            raise KeyError("a bug somewhere below")
        if request.url.path == "/ok":
            return httpx.Response(200, content=PAGE, headers={"Content-Type": "text/html"})
        return httpx.Response(404)

    results = dict(Crawl(["https://example.com/boom", "https://example.com/ok"], now=NOW,
                         options=CrawlOptions(jobs=1, fetch=FetchOptions(retries=0)),
                         transport=httpx.MockTransport(answer)))
    (failure,) = [f for f in results["https://example.com/boom"] if f.rule == "fetch-error"]
    assert "KeyError" in failure.message
    assert "fetch-error" not in {f.rule for f in results["https://example.com/ok"]}


@pytest.mark.parametrize(("base", "location", "expected"), [
    ("http://h/a/b", "c", "http://h/a/c"),
    ("http://h/a", "http:ok", "http://h/ok"),
    ("http://h/a", "//other:81/x", "http://other:81/x"),
    ("http://h/a", "  /spaced  ", "http://h/spaced"),
    ("http://h/a", "https://u:p@elsewhere/x#frag", "https://elsewhere/x"),
    ("http://h/a", "HTTPS://H.example/", "https://H.example/"),
])
def test_redirect_target(base: str, location: str, expected: str) -> None:
    assert redirect_target(base, location) == expected


@pytest.mark.parametrize("location", [
    *NOT_HTTP, "", "   ", "http://[::1", "http://a:99999/", "http://256.1.1.1/", "http://a/\x01",
    "http://a/" + "x" * 70_000, "ftp://h/", "file:///etc/passwd",
])
def test_redirect_target_refuses_what_cannot_be_fetched(location: str) -> None:
    with pytest.raises(RedirectError) as caught:
        redirect_target("http://127.0.0.1:1/redir", location)
    message = str(caught.value)
    assert "\n" not in message and "\x01" not in message and len(message) < 300
    assert isinstance(caught.value, ValueError)


# -- item 2: a time budget per page, linting included ----------------------------------------------

def test_the_lint_budget_follows_the_timeout() -> None:
    assert lint_budget(10) == 50
    assert lint_budget(2) == 10
    assert lint_budget(0.1) == 10  # at least 10 s: a short network timeout does not cut linting
    help_text = subprocess.run([sys.executable, "-m", "linter", "crawl", "--help"], capture_output=True,
                               text=True, cwd=ROOT, timeout=60).stdout
    assert "lint-timeout" in " ".join(help_text.split())


def _lint_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "newslint-lint"]


def test_a_page_over_its_budget_is_a_finding_in_a_thread(answers: Answers) -> None:
    """With ``jobs=1`` a page past its budget is interrupted: a finding, the next page goes on,
    and the interrupted thread ends. (A budget no lint can meet makes every page go over it.)"""
    # 3 MB pages: linting one takes a good part of a second, a budget of a microsecond is gone
    # long before (and the lint is well under way when interrupted).
    big, other = answers.page("/big", BIG), answers.page("/other", BIG)
    results = list(Crawl([big, other], now=NOW, options=CrawlOptions(jobs=1, lint_budget=1e-6)))
    assert [path for path, _ in results] == [big, other]
    for _, findings in results:
        assert [f.rule for f in findings] == ["lint-timeout"]
        assert findings[0].severity.value == "error"
    for thread in _lint_threads():
        thread.join(timeout=60)
        assert not thread.is_alive()
    # With a budget it meets, the same page is linted.
    linted = dict(Crawl([big], now=NOW, options=CrawlOptions(jobs=1, lint_budget=120)))
    assert "lint-timeout" not in {f.rule for f in linted[big]} and linted[big]


def test_a_page_over_its_budget_is_a_finding_in_worker_processes(answers: Answers) -> None:
    """In worker processes a page past its budget has its worker killed and the pool replaced;
    the crawl goes on, and no process outlives it. (A sitemap: the crawl's size unknown, it
    starts worker processes.)"""
    pages = [answers.page(f"/big/{i}", BIG) for i in range(3)]
    answers.routes["/sitemap.xml"] = sitemap(pages)
    before = set(multiprocessing.active_children())
    results = list(Crawl(sitemaps=[answers.url("/sitemap.xml")], now=NOW,
                         options=CrawlOptions(jobs=2, lint_budget=1e-6)))
    assert [path for path, _ in results] == pages
    assert all([f.rule for f in findings] == ["lint-timeout"] for _, findings in results)
    assert set(multiprocessing.active_children()) <= before


def _forever(*args: object) -> list[object]:
    n = 0
    while True:  # pure Python: what a thread can be interrupted in
        n += 1


def test_a_lint_thread_stuck_for_good_is_stopped() -> None:
    thread = LintThread(_forever)
    stuck = thread.submit(b"", "p", None, None)
    while not stuck.running():  # (waits for the thread to take the page)
        time.sleep(0.01)
    thread.interrupt()
    with pytest.raises(OverBudget):
        stuck.result(timeout=60)
    thread.thread.join(timeout=60)
    assert not thread.thread.is_alive() and thread.retired
    with pytest.raises(RuntimeError):
        thread.submit(b"", "p", None, None)  # a retired thread takes no more pages


def test_a_worker_process_stuck_for_good_is_killed() -> None:
    from concurrent.futures.process import BrokenProcessPool

    pool = start_pool(1, Config(), NOW, warm=False)
    assert pool is not None
    before = set(multiprocessing.active_children())
    stuck = pool.submit(time.sleep, 3600)
    while not stuck.running():
        time.sleep(0.01)
    stop_pool(pool)
    with pytest.raises(BrokenProcessPool):
        stuck.result(timeout=60)
    assert not (set(multiprocessing.active_children()) - before)


# -- item 6: robots.txt with a byte order mark -----------------------------------------------------

def test_robots_txt_with_a_byte_order_mark_is_honoured(capsys: pytest.CaptureFixture[str], answers: Answers) -> None:
    answers.routes["/robots.txt"] = (200, {"Content-Type": "text/plain"},
                                     b"\xef\xbb\xbfUser-agent: *\nDisallow: /private/\n")
    private = answers.page("/private/a.html")
    public = answers.page("/news/a.html")
    run = crawl(capsys, private, public)
    assert "robots.txt" in only(run.by_path()[private], "fetch-error")["message"]
    assert answers.hits["/private/a.html"] == 0
    assert answers.hits["/news/a.html"] == 1


# -- item 10: bad values on the command line ------------------------------------------------------

@pytest.mark.parametrize(("args", "words"), [
    (["--user-agent", "é"], "--user-agent 'é'"),
    (["--user-agent", "a\r\nX-Injected: 1"], "--user-agent"),
    (["--allow-host", "a/b"], "--allow-host 'a/b'"),
    (["http://127.0.0.1:1/x\x01y"], "control character"),
    (["http://127.0.0.1:1/" + "c" * 70_000], "URL too long"),
    (["http://256.1.1.1/"], "256.1.1.1"),
    ([f"http://{USER}:{PASSWORD}@127.0.0.1:1/x\x01"], "control character"),
])
def test_bad_values_are_one_line_usage_errors(capsys: pytest.CaptureFixture[str], args: list[str],
                                              words: str) -> None:
    code = main(["crawl", "--no-progress", *args, *([] if args[0].startswith("http") else ["http://127.0.0.1:1/"])])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newslint: error: ") and words in lines[0], captured.err
    assert len(lines[0]) < 400 and "\x01" not in lines[0] and PASSWORD not in lines[0]
    assert "internal error" not in lines[0]


@pytest.mark.parametrize(("option", "value"), [
    ("--timeout", "nan"), ("--timeout", "inf"), ("--max-size", "nan"), ("--max-size", "inf"),
    ("--concurrency", "0"),
])
def test_numbers_that_are_no_numbers_are_usage_errors(capsys: pytest.CaptureFixture[str], option: str,
                                                      value: str) -> None:
    with pytest.raises(SystemExit) as exited:  # argparse's own usage error
        main(["crawl", option, value, "http://127.0.0.1:1/"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option}" in err and repr(value) in err and "internal error" not in err


def test_bad_options_from_python_are_input_errors() -> None:
    for options in (CrawlOptions(fetch=FetchOptions(timeout=float("nan"))),
                    CrawlOptions(fetch=FetchOptions(user_agent="newslint é")),
                    CrawlOptions(fetch=FetchOptions(concurrency=0)),
                    CrawlOptions(lint_budget=0),
                    CrawlOptions(allow_hosts=("",))):
        with pytest.raises(CrawlInputError):
            Crawl(["http://127.0.0.1:1/"], options=options)


# -- item 12: the crawl's scope ----------------------------------------------------------------------

def test_a_sitemap_cannot_send_the_crawl_to_another_port(capsys: pytest.CaptureFixture[str], answers: Answers,
                                                         site: Site) -> None:
    """The sitemap on one port lists a page on another (the corpus site): not fetched, told on
    the sitemap in every format, unless ``--allow-host`` names that host and port."""
    own = answers.page("/news/own.html")
    secret = site.url("/news/lexus.html")
    answers.routes["/sitemap.xml"] = sitemap([own, secret, site.url("/news/manchester.html")])
    index = answers.url("/sitemap.xml")
    hits = site.hits["/news/lexus.html"]
    run = crawl(capsys, "--sitemap", index)
    assert site.hits["/news/lexus.html"] == hits  # never requested
    assert list(run.by_path()) == [own, index]
    told = only(run.by_path()[index], "sitemap-lists-other-host")
    assert f"2 pages on 127.0.0.1:{site.port}" in told["message"] and secret in told["message"]
    assert told["severity"] == "warning"
    assert json.loads(run.out)["summary"]["rules"]["sitemap-lists-other-host"] == 1
    for fmt in ("text", "parsable", "github", "sarif", "junit"):
        main([*BASE_ARGS, "--format", fmt, "--sitemap", index])
        assert "sitemap-lists-other-host" in capsys.readouterr().out, fmt
    # It cannot be deselected: pages left out are never left out in silence.
    assert "sitemap-lists-other-host" in {f["rule"] for f in crawl(
        capsys, "--select", "missing-title", "--sitemap", index).by_path()[index]}

    allowed = crawl(capsys, "--sitemap", index, "--allow-host", f"127.0.0.1:{site.port}")
    assert list(allowed.by_path()) == [own, secret, site.url("/news/manchester.html")]
    assert site.hits["/news/lexus.html"] == hits + 1
    assert list(crawl(capsys, "--sitemap", index, "--allow-host", "*").by_path()) == list(allowed.by_path())


def test_the_hosts_of_the_urls_given_are_in_scope(capsys: pytest.CaptureFixture[str], answers: Answers,
                                                  site: Site) -> None:
    answers.routes["/sitemap.xml"] = sitemap([site.url("/news/lexus.html")])
    run = crawl(capsys, site.url("/news/manchester.html"), "--sitemap", answers.url("/sitemap.xml"))
    assert list(run.by_path()) == [site.url("/news/manchester.html"), site.url("/news/lexus.html")]


def test_a_sitemap_index_cannot_send_the_crawl_to_another_host(capsys: pytest.CaptureFixture[str],
                                                               answers: Answers, site: Site) -> None:
    answers.routes["/index.xml"] = (200, {"Content-Type": "application/xml"}, (
        f"<sitemapindex {NS}><sitemap><loc>{site.url('/sitemaps/news.xml')}</loc></sitemap>"
        "</sitemapindex>").encode())
    hits = site.hits["/sitemaps/news.xml"]
    run = crawl(capsys, "--sitemap", answers.url("/index.xml"))
    assert site.hits["/sitemaps/news.xml"] == hits
    assert "1 sitemap on" in only(run.by_path()[answers.url("/index.xml")], "sitemap-lists-other-host")["message"]


def test_a_redirect_to_another_port_is_reported_and_gets_no_credentials(
        capsys: pytest.CaptureFixture[str], answers: Answers, site: Site) -> None:
    start = answers.redirect("/moved", site.url("/news/lexus.html"))
    with_credentials = start.replace("http://", f"http://{USER}:{PASSWORD}@")
    run = crawl(capsys, with_credentials)
    shown = start.replace("http://", "http://***@")
    finding = only(run.by_path()[shown], "redirect-changes-host")
    assert "another port" in finding["message"] and site.url("/news/lexus.html") in finding["message"]
    assert answers.auth["/moved"] is not None  # the credentials went to their own origin...
    assert PASSWORD not in run.out + run.err
    # ...and not on to the other port: the corpus site logs no Authorization (it would answer 401 on /auth/).
    auth_start = answers.redirect("/moved-auth", site.url("/auth/page.html"))
    run = crawl(capsys, auth_start.replace("http://", f"http://{USER}:{PASSWORD}@"))
    assert "401" in only(run.by_path()[auth_start.replace("http://", "http://***@")], "fetch-error")["message"]


def test_gzipped_text_sitemaps_keep_the_scope_too(capsys: pytest.CaptureFixture[str], answers: Answers,
                                                  site: Site) -> None:
    body = gzip.compress(f"{answers.page('/a')}\n{site.url('/news/lexus.html')}\n".encode())
    answers.routes["/sitemap.txt.gz"] = (200, {"Content-Type": "application/gzip"}, body)
    run = crawl(capsys, "--sitemap", answers.url("/sitemap.txt.gz"))
    assert list(run.by_path()) == [answers.url("/a"), answers.url("/sitemap.txt.gz")]
