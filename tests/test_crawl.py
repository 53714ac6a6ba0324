"""``newslint crawl`` end to end: a real HTTP server on 127.0.0.1, the real CLI.

The site (``tests/fixtures/crawl/site.py``) serves corpus pages, a sitemap index with a Google
News sitemap, hostile sitemaps and one URL per fault. Each fault must come out as its own
finding on its own page, the crawl must finish, and nothing may hang: the slow page is cut by
a short ``--timeout``, the 429 that asks for a day is not waited for.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from linter.cli import main
from tests.fixtures.crawl.site import FAULTS, PASSWORD, USER, Site
from tests.util import ROOT

#: Short enough for the slow page to time out at once, long enough for a loaded machine.
TIMEOUT = "1"
#: Most runs lint in a thread of the test process; one test runs worker processes.
BASE_ARGS = ["crawl", "--timeout", TIMEOUT, "--jobs", "1", "--no-progress"]


@pytest.fixture(scope="module")
def secret(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("secret") / "secret.txt"
    path.write_text("TOP-SECRET-7f3a9c\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def site(secret: Path) -> Iterator[Site]:
    with Site(secret_file=secret) as s:
        yield s


class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    @property
    def data(self) -> dict:
        return json.loads(self.out)

    def by_path(self) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = {}
        for f in self.data["findings"]:
            out.setdefault(f["path"], []).append(f)
        return out

    def rules(self, path: str) -> set[str]:
        return {f["rule"] for f in self.by_path().get(path, [])}


def crawl(capsys: pytest.CaptureFixture[str], *args: str, fmt: str = "json") -> Run:
    code = main([*BASE_ARGS, "--format", fmt, *args])
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def only(findings: list[dict], rule: str) -> dict:
    matching = [f for f in findings if f["rule"] == rule]
    assert len(matching) == 1, findings
    return matching[0]


# -- faults ---------------------------------------------------------------------------------------

def test_every_fault_is_its_own_finding_and_the_crawl_completes(capsys: pytest.CaptureFixture[str],
                                                                site: Site) -> None:
    run = crawl(capsys, "--sitemap", site.url("/sitemaps/faults.xml"))
    assert run.code == 1
    by_path = run.by_path()
    for path, words in FAULTS.items():
        url = site.url(path)
        findings = by_path.get(url, [])
        if words is None:  # fetched in the end, and linted
            assert "fetch-error" not in {f["rule"] for f in findings}, (path, findings)
            assert findings, path
        else:
            failure = only(findings, "fetch-error")
            assert words in failure["message"], (path, failure["message"])
            assert failure["severity"] == "error"
            assert {f["rule"] for f in findings} <= {"fetch-error"}, path
    summary = run.data["summary"]
    assert summary["files"] == len(FAULTS)  # pages, not requests or sitemaps
    assert summary["fetch_failures"] == sum(1 for w in FAULTS.values() if w is not None)


def test_retry_after_is_honoured_then_the_page_is_linted(capsys: pytest.CaptureFixture[str], site: Site) -> None:
    before = site.hits["/fault/429-then-ok"]
    run = crawl(capsys, site.url("/fault/429-then-ok"))
    assert site.hits["/fault/429-then-ok"] == before + 2  # the 429, then the page
    assert "fetch-error" not in run.rules(site.url("/fault/429-then-ok"))


def test_a_day_long_retry_after_is_not_waited_for(capsys: pytest.CaptureFixture[str], site: Site) -> None:
    before = site.hits["/fault/429-long"]
    run = crawl(capsys, site.url("/fault/429-long"))
    assert site.hits["/fault/429-long"] == before + 1
    assert "86400" in only(run.by_path()[site.url("/fault/429-long")], "fetch-error")["message"]


def test_503_is_retried_then_reported(capsys: pytest.CaptureFixture[str], site: Site) -> None:
    before = site.hits["/fault/503-always"]
    run = crawl(capsys, "--retries", "3", site.url("/fault/503-always"))
    assert site.hits["/fault/503-always"] == before + 4
    assert "4 attempts" in only(run.by_path()[site.url("/fault/503-always")], "fetch-error")["message"]


def test_redirect_to_another_host_is_reported_and_the_target_linted(capsys: pytest.CaptureFixture[str],
                                                                    site: Site) -> None:
    run = crawl(capsys, site.url("/fault/other-host"), site.url("/news/lexus.html"))
    moved = run.by_path()[site.url("/fault/other-host")]
    finding = only(moved, "redirect-changes-host")
    assert site.other_base in finding["message"] and finding["severity"] == "warning"
    # The page it ends on is the same page as /news/lexus.html: the same checks, the same findings.
    same = {(f["rule"], f["line"], f["json_path"]) for f in run.by_path()[site.url("/news/lexus.html")]}
    assert {(f["rule"], f["line"], f["json_path"]) for f in moved if f["rule"] != "redirect-changes-host"} == same


def test_unreachable_host_is_a_finding_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    run = crawl(capsys, "http://127.0.0.1:1/news/gone.html")
    assert run.code == 1 and run.err == ""
    assert "cannot connect" in only(run.by_path()["http://127.0.0.1:1/news/gone.html"], "fetch-error")["message"]


def test_robots_txt_is_honoured_unless_ignored(capsys: pytest.CaptureFixture[str], site: Site) -> None:
    url = site.url("/private/lexus.html")
    hits = site.hits["/private/lexus.html"]
    blocked = crawl(capsys, url)
    assert "robots.txt" in only(blocked.by_path()[url], "fetch-error")["message"]
    assert site.hits["/private/lexus.html"] == hits  # never requested
    allowed = crawl(capsys, "--ignore-robots", url)
    assert "fetch-error" not in allowed.rules(url) and allowed.rules(url)


def test_max_size_option(capsys: pytest.CaptureFixture[str], site: Site) -> None:
    url = site.url("/news/lexus.html")  # about 75 KB
    run = crawl(capsys, "--max-size", "0.05", url)
    assert "too large (more than 52428 bytes)" in only(run.by_path()[url], "fetch-error")["message"]


# -- sitemaps -------------------------------------------------------------------------------------

def test_sitemap_index_with_gzipped_and_news_sitemaps(capsys: pytest.CaptureFixture[str], site: Site) -> None:
    run = crawl(capsys, "--sitemap", site.url("/sitemap_index.xml"))
    pages = list(run.by_path())
    assert pages == [site.url(p) for p in ("/news/la-auto-show.html", "/news/lexus.html",
                                           "/news/facebook-pages.html", "/news/katzenspielzeug.html",
                                           "/news/manchester.html")]
    assert run.data["summary"]["files"] == 5
    news = [f for f in run.data["findings"] if f["rule"].startswith("news-sitemap-")]
    # The one deliberate mismatch: the third news entry's title. The second's date, written in
    # UTC, is the page's own instant.
    assert [(f["path"], f["rule"], f["json_path"]) for f in news] == [
        (site.url("/news/manchester.html"), "news-sitemap-title-mismatch", "$.headline")]
    assert news[0]["line"] and news[0]["authority"] == "google"


def test_the_same_pages_as_check_finds_in_the_files(capsys: pytest.CaptureFixture[str], site: Site,
                                                    tmp_path: Path) -> None:
    from tests.fixtures.crawl.site import PAGES, corpus_page

    run = crawl(capsys, site.url("/news/facebook-pages.html"), site.url("/news/la-auto-show.html"))
    for path in ("/news/facebook-pages.html", "/news/la-auto-show.html"):
        page = tmp_path / Path(path).name
        page.write_bytes(corpus_page(PAGES[path]))
        code = main(["check", "--isolated", "--format", "json", "--no-progress", str(page)])
        checked = json.loads(capsys.readouterr().out)["findings"]
        assert code == 1
        assert ({(f["rule"], f["line"], f["column"], f["json_path"]) for f in checked}
                == {(f["rule"], f["line"], f["column"], f["json_path"]) for f in run.by_path()[site.url(path)]})


@pytest.mark.parametrize(("path", "words"), [
    ("/sitemaps/malformed.xml", "malformed sitemap"),
    ("/sitemaps/xxe.xml", "DOCTYPE"),
    ("/sitemaps/laughs.xml", "DOCTYPE"),
    ("/sitemaps/missing.xml", "404"),
])
def test_sitemap_problems_are_findings(capsys: pytest.CaptureFixture[str], site: Site, secret: Path,
                                       path: str, words: str) -> None:
    run = crawl(capsys, "--sitemap", site.url(path))
    assert run.code == 1
    assert words in only(run.by_path()[site.url(path)], "sitemap-error")["message"]
    assert "TOP-SECRET" not in run.out + run.err
    assert str(secret) not in run.out + run.err


def test_malformed_sitemap_keeps_the_urls_read_before_the_error(capsys: pytest.CaptureFixture[str],
                                                                site: Site) -> None:
    run = crawl(capsys, "--sitemap", site.url("/sitemaps/malformed.xml"))
    assert next(iter(run.by_path())) == site.url("/news/lexus.html")
    assert list(run.by_path())[-1] == site.url("/sitemaps/malformed.xml")


def test_xxe_text_output_shows_no_file(capsys: pytest.CaptureFixture[str], site: Site) -> None:
    run = crawl(capsys, "--sitemap", site.url("/sitemaps/xxe.xml"), fmt="text")
    assert "sitemap-error" in run.out
    assert "TOP-SECRET" not in run.out + run.err


def test_sitemap_loop_is_read_once(capsys: pytest.CaptureFixture[str], site: Site) -> None:
    before = site.hits["/sitemaps/loop.xml"]
    run = crawl(capsys, "--sitemap", site.url("/sitemaps/loop.xml"))
    assert site.hits["/sitemaps/loop.xml"] == before + 1
    assert "again" in only(run.by_path()[site.url("/sitemaps/loop.xml")], "sitemap-error")["message"]


def test_since_filters_sitemap_pages_by_lastmod_and_news_date(capsys: pytest.CaptureFixture[str],
                                                              site: Site) -> None:
    run = crawl(capsys, "--sitemap", site.url("/sitemap_index.xml"), "--since", "2022-01-01")
    assert list(run.by_path()) == [site.url(p) for p in ("/news/facebook-pages.html", "/news/katzenspielzeug.html")]
    # The gzipped sitemap's lastmod (2019) is older: it is not even fetched.
    before = site.hits["/sitemaps/pages.xml.gz"]
    crawl(capsys, "--sitemap", site.url("/sitemap_index.xml"), "--since", "2023-05-05T00:00:00Z")
    assert site.hits["/sitemaps/pages.xml.gz"] == before


def test_limit_include_exclude(capsys: pytest.CaptureFixture[str], site: Site) -> None:
    index = site.url("/sitemap_index.xml")
    assert len(crawl(capsys, "--sitemap", index, "--limit", "2").by_path()) == 2
    assert list(crawl(capsys, "--sitemap", index, "--include", "lexus|manchester").by_path()) == [
        site.url("/news/lexus.html"), site.url("/news/manchester.html")]
    assert site.url("/news/lexus.html") not in crawl(capsys, "--sitemap", index, "--exclude", r"lexus\.html$").by_path()


# -- inputs, order, output ------------------------------------------------------------------------

def test_urls_then_file_then_sitemap_in_order(capsys: pytest.CaptureFixture[str], site: Site,
                                              tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# slow first: order must not follow speed\n{site.url('/fault/slow')}\n\n"
                       f"{site.url('/news/manchester.html')}\n", encoding="utf-8")
    run = crawl(capsys, site.url("/news/katzenspielzeug.html"), "--urls-file", str(listing),
                "--sitemap", site.url("/sitemaps/news.xml"))
    assert list(run.by_path()) == [site.url(p) for p in (
        "/news/katzenspielzeug.html", "/fault/slow", "/news/manchester.html", "/news/facebook-pages.html")]
    # A page crawled already (from the sitemap too) is linted once, where it first appears.
    assert run.data["summary"]["files"] == 4


def test_urls_from_standard_input(capsys: pytest.CaptureFixture[str], site: Site,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(f"{site.url('/news/lexus.html')}\nftp://example.com/x\n".encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    run = crawl(capsys, "--urls-file", "-")
    assert list(run.by_path()) == [site.url("/news/lexus.html"), "ftp://example.com/x"]
    assert "not an http(s) URL" in only(run.by_path()["ftp://example.com/x"], "fetch-error")["message"]


def test_worker_processes_give_the_same_report(capsys: pytest.CaptureFixture[str], site: Site) -> None:
    args = ["--sitemap", site.url("/sitemap_index.xml"), "--sitemap", site.url("/sitemaps/faults.xml"),
            "--format", "parsable", "--timeout", TIMEOUT, "--no-progress"]
    serial = main(["crawl", "--jobs", "1", *args]), capsys.readouterr().out
    parallel = main(["crawl", "--jobs", "2", *args]), capsys.readouterr().out
    assert serial == parallel
    assert serial[1].count("\n") > 20


def test_credentials_never_appear_in_any_output(capsys: pytest.CaptureFixture[str], site: Site) -> None:
    good = f"http://{USER}:{PASSWORD}@127.0.0.1:{site.port}/auth/page.html"
    bad = f"http://{USER}:{PASSWORD}@127.0.0.1:1/auth/page.html"
    for fmt in ("json", "text", "parsable"):
        run = crawl(capsys, good, bad, fmt=fmt)
        assert PASSWORD not in run.out + run.err
        assert f"{USER}:" not in run.out + run.err
    data = crawl(capsys, good, bad).by_path()
    linted = data[f"http://***@127.0.0.1:{site.port}/auth/page.html"]
    assert "fetch-error" not in {f["rule"] for f in linted}  # the credentials were sent, as basic auth
    assert "cannot connect" in only(data["http://***@127.0.0.1:1/auth/page.html"], "fetch-error")["message"]


def test_selection_applies_but_fetch_errors_always_show(capsys: pytest.CaptureFixture[str], site: Site) -> None:
    run = crawl(capsys, "--select", "missing-description", site.url("/news/la-auto-show.html"),
                site.url("/fault/500"))
    assert {f["rule"] for f in run.data["findings"]} == {"missing-description", "fetch-error"}
    run = crawl(capsys, "--ignore", "redirect-changes-host", site.url("/fault/other-host"))
    assert "redirect-changes-host" not in run.rules(site.url("/fault/other-host"))


def test_exit_codes(capsys: pytest.CaptureFixture[str], site: Site) -> None:
    clean = crawl(capsys, "--select", "missing-title", site.url("/news/lexus.html"))
    assert (clean.code, clean.data["findings"]) == (0, [])
    assert crawl(capsys, site.url("/fault/500")).code == 1
    assert crawl(capsys, "--exit-zero", site.url("/fault/500")).code == 0


@pytest.mark.parametrize(("args", "words"), [
    ([], "nothing to crawl"),
    (["ftp://example.com/feed"], "not an http(s) URL"),
    (["file:///etc/passwd"], "not an http(s) URL"),
    (["--sitemap", "file:///etc/sitemap.xml"], "not an http(s) URL"),
    (["--since", "last tuesday", "http://127.0.0.1:1/"], "bad --since date"),
    (["--include", "(", "http://127.0.0.1:1/"], "bad --include pattern"),
    (["--urls-file", "/nonexistent/urls.txt"], "cannot read"),
    (["--select", "fetch-eror", "http://127.0.0.1:1/"], "did you mean 'fetch-error'"),
    (["--max-size", "100", "http://127.0.0.1:1/"], "at most 32 MB"),
    ([f"https://{USER}:{PASSWORD}@/"], "no host"),
])
def test_bad_input_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], args: list[str], words: str) -> None:
    run = crawl(capsys, *args)
    assert run.code == 2 and run.out == ""
    lines = run.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newslint: error: ") and words in lines[0], run.err
    assert PASSWORD not in run.err


def test_empty_urls_file_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "urls.txt"
    empty.write_text("# nothing yet\n", encoding="utf-8")
    run = crawl(capsys, "--urls-file", str(empty))
    assert run.code == 2 and "holds no URL" in run.err


def test_crawl_as_a_command(site: Site) -> None:
    """The installed entry point, in its own process: output, exit status, no stray output."""
    done = subprocess.run([sys.executable, "-m", "linter", *BASE_ARGS, "--format", "parsable",
                           site.url("/fault/pdf")], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 1
    assert done.stdout.startswith(site.url("/fault/pdf") + ":")
    assert "(fetch-error)" in done.stdout


def test_check_does_not_import_the_http_client(tmp_path: Path) -> None:
    """``newslint check`` starts fast: the crawl's HTTP client and asyncio stay out of it."""
    article = tmp_path / "one.md"
    article.write_bytes((ROOT / "tests" / "fixtures" / "markdown" / "hugo-yaml.md").read_bytes())
    code = ("import sys\nfrom linter.cli import main\nmain(['check', '--no-progress', 'one.md'])\n"
            "loaded = [m for m in ('httpx', 'httpcore', 'anyio', 'asyncio', 'linter.sources.crawl', 'linter.sources.fetch')"
            " if m in sys.modules]\nassert not loaded, loaded\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr
