"""Pages from WARC archives: ``newslint check FILE.warc.gz`` and ``newslint crawl --warc``.

The archives are written here with FastWARC's own writer, from real pages of
``tests/fixtures/pages`` (see its README for where each comes from). A page read from an archive
must give the findings ``newslint check`` gives the same page (same rules, lines, JSON paths),
located by its URL and its record; a damaged record is a ``warc-record-error`` and the rest of the
archive is still read.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from linter.cli import main
from linter.config import Config
from linter.findings import ArchiveRecord, Finding
from linter.lint import lint_bytes, lint_path
from linter.sources import PageHeaders
from linter.sources.warc import WarcCounts, WarcPage, WarcProblem, read_warc
from linter.sources.warc_check import lint_warc
from tests.fixtures.crawl.site import PASSWORD, USER, Site, corpus_page
from tests.util import NOW, ROOT

fastwarc = pytest.importorskip("fastwarc")  # the warc extra (make test installs it)
from fastwarc.stream_io import GzipWriter  # noqa: E402
from fastwarc.warc import WarcRecord, WarcRecordType  # noqa: E402

#: Real pages (tests/fixtures/pages): JSON-LD with an author, microdata only, a date in the text.
PAGES = {
    "https://news.example/2016/facebook-pages": "goose3-test-author-linked-data",
    "https://news.example/2020/manchester": "htmldate-ts-1808011241",
    "https://news.example/2017/la-auto-show": "aeb-05844573ca",
}
HTML = "text/html; charset=utf-8"
URLS = list(PAGES)


def keys(findings: list[Finding]) -> set[tuple[str, int | None, str | None]]:
    return {(f.rule, f.line, f.json_path) for f in findings}


def response(url: str, body: bytes, *, status: int = 200, content_type: str | None = HTML,
             headers: tuple[tuple[str, str], ...] = ()) -> WarcRecord:
    fields = ([("Content-Type", content_type)] if content_type else []) + list(headers)
    block = (f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not Found'}\r\n"
             + "".join(f"{k}: {v}\r\n" for k, v in fields) + "\r\n").encode() + body
    return _record(WarcRecordType.response, url, block, "response")


def request(url: str) -> WarcRecord:
    return _record(WarcRecordType.request, url, b"GET / HTTP/1.1\r\nHost: news.example\r\n\r\n", "request")


def _record(kind: WarcRecordType, url: str, block: bytes, msgtype: str) -> WarcRecord:
    record = WarcRecord()
    record.init_headers(kind)
    record.headers.append("WARC-Target-URI", url)
    record.headers.set("Content-Type", f"application/http; msgtype={msgtype}")
    record.set_bytes_content(block)
    return record


def write_warc(path: Path, records: list[WarcRecord], *, gzipped: bool = True) -> list[int]:
    """Write ``records`` (each its own gzip member when ``gzipped``); the offset of each."""
    offsets = []
    with open(path, "wb") as fh:
        for record in records:
            offsets.append(fh.tell())
            if gzipped:
                member = GzipWriter(fh)
                record.write(member, checksum_data=True)
                member.finish()
            else:
                record.write(fh, checksum_data=True)
    return offsets


def page_findings(url: str, data: bytes) -> list[Finding]:
    """What ``newslint check`` finds on the page itself, read as published at ``url``."""
    return lint_bytes(data, url, kind="html", url=url, now=NOW)


def results(path: Path, counts: WarcCounts | None = None) -> list[tuple[str, list[Finding]]]:
    return list(lint_warc(path, config=Config(), now=NOW, counts=counts))


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, list[int]]:
    """Three pages, a request, an image and a 404, gzipped record by record."""
    records = []
    for url, name in PAGES.items():
        records += [request(url), response(url, corpus_page(name))]
    records += [response("https://news.example/logo.png", b"\x89PNG\r\n", content_type="image/png"),
                response("https://news.example/gone", b"<html>gone</html>", status=404)]
    path = tmp_path / "crawl.warc.gz"
    return path, write_warc(path, records)


# --- pages --------------------------------------------------------------------------------------

def test_each_html_record_gives_the_findings_check_gives_its_page(archive: tuple[Path, list[int]]) -> None:
    path, offsets = archive
    counts = WarcCounts()
    found = results(path, counts)
    assert [p for p, _ in found] == list(PAGES)  # record order; the image and the 404 are counted, not linted
    for (url, findings), name, offset in zip(found, PAGES.values(), offsets[1:6:2], strict=True):
        expected = page_findings(url, corpus_page(name))
        assert expected and keys(findings) == keys(expected), url
        assert {f.record for f in findings} == {ArchiveRecord(str(path), offset)}
    assert (counts.pages, counts.not_ok, counts.not_html, counts.other, counts.problems) == (3, 1, 1, 3, 0)


def test_the_page_gives_the_same_findings_as_check_on_the_page_file(tmp_path: Path) -> None:
    """Against the real CLI on the page saved as a file: the same rules, lines and JSON paths."""
    url, name = next(iter(PAGES.items()))
    page = tmp_path / "page.html"
    page.write_bytes(corpus_page(name))
    write_warc(tmp_path / "one.warc.gz", [response(url, corpus_page(name))])
    assert keys(lint_path(page, now=NOW)) == keys(results(tmp_path / "one.warc.gz")[0][1])


def test_check_reports_the_url_and_the_record(capsys: pytest.CaptureFixture[str],
                                              archive: tuple[Path, list[int]]) -> None:
    path, offsets = archive
    code = main(["check", str(path), "--isolated", "--format", "json", "--no-progress"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [f["path"] for f in data["findings"]] == sorted(
        (f["path"] for f in data["findings"]), key=list(PAGES).index)  # record order
    assert {f["path"] for f in data["findings"]} == set(PAGES)
    assert {(f["warc"]["file"], f["warc"]["offset"]) for f in data["findings"]} == {
        (str(path), offset) for offset in offsets[1:6:2]}
    assert data["summary"]["files"] == 3  # pages, not records
    main(["check", str(path), "--isolated", "--no-progress", "--color", "never"])
    assert f"{URLS[0]}  (warc {path}@{offsets[1]})" in capsys.readouterr().out
    for fmt in ("parsable", "github", "sarif", "junit"):  # every format takes a URL and a record
        assert main(["check", str(path), "--isolated", "--format", fmt, "--no-progress"]) == 1
        assert URLS[0] in capsys.readouterr().out


def test_a_directory_walk_finds_archives_and_still_passes_over_what_it_passed_over(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, archive: tuple[Path, list[int]]) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    archive[0].rename(folder / "crawl.warc.gz")
    (folder / "page.html").write_bytes(corpus_page("aeb-0ec95c7261"))
    (folder / "notes.bin").write_bytes(b"\x00\x01")
    (folder / "requirements.txt").write_text("lxml\n", encoding="utf-8")
    (folder / "crawl.warc.gz.cdx").write_text(" CDX N b a m s k r M S V g\n", encoding="utf-8")
    code = main(["check", str(folder), "--isolated", "--format", "json", "--no-progress"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert {f["path"] for f in data["findings"]} == {*PAGES, str(folder / "page.html")}
    assert data["summary"]["files"] == 4


# --- what the response said -----------------------------------------------------------------------

def test_the_records_headers_reach_the_checks_as_a_crawls_do(tmp_path: Path) -> None:
    """``X-Robots-Tag: noindex`` keeps an article out of search; the HTTP charset decodes the page."""
    article = corpus_page("goose3-test-author-linked-data")
    latin = "<html lang=de><head><title>Grüße aus Zürich</title></head><body><p>Käse</p></body></html>".encode("latin-1")
    write_warc(tmp_path / "h.warc.gz", [
        response("https://news.example/a", article, headers=(("X-Robots-Tag", "noindex"),)),
        response("https://news.example/b", article, headers=(("X-Robots-Tag", "otherbot: noindex"),)),
        response("https://news.example/c", latin, content_type="text/html; charset=iso-8859-1"),
        response("https://news.example/d", latin, content_type="text/html"),
    ])
    found = dict(results(tmp_path / "h.warc.gz"))
    assert ("noindex-article", None, None) in keys(found["https://news.example/a"])
    assert "noindex-article" not in {f.rule for f in found["https://news.example/b"]}
    assert "non-utf8-encoding" not in {f.rule for f in found["https://news.example/c"]}
    assert "non-utf8-encoding" in {f.rule for f in found["https://news.example/d"]}  # no charset said


@pytest.mark.parametrize(("value", "directives"), [
    ("noindex, nofollow", ("noindex", "nofollow")),
    ("googlebot: noindex", ("noindex",)),
    ("GoogleBot-News: none", ("none",)),
    ("otherbot: noindex", ()),
    ("max-image-preview: large", ("max-image-preview:large",)),
    ("unavailable_after: 25 Jun 2010 15:00:00 PST", ("unavailable_after:25 jun 2010 15:00:00 pst",)),
])
def test_x_robots_tag_directives_for_google(value: str, directives: tuple[str, ...]) -> None:
    assert PageHeaders.of([("X-Robots-Tag", value)]).robots == directives


def test_content_type_charset() -> None:
    assert PageHeaders.of([("content-type", 'text/html; Charset="ISO-8859-2"')]).charset == "ISO-8859-2"
    assert PageHeaders.of([("Content-Type", "text/html")]).charset is None


def test_bodies_are_decoded_as_sent(tmp_path: Path) -> None:
    """Chunked and gzip-encoded bodies (wget keeps them as received) are linted decoded."""
    url, name = next(iter(PAGES.items()))
    page = corpus_page(name)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(page[i:i + 4000]), page[i:i + 4000]) for i in range(0, len(page), 4000))
    write_warc(tmp_path / "e.warc.gz", [
        response(url, chunked + b"0\r\n\r\n", headers=(("Transfer-Encoding", "chunked"),)),
        response(url, gzip.compress(page), headers=(("Content-Encoding", "gzip"),)),
        response(url, zlib.compress(page), headers=(("Content-Encoding", "deflate"),)),
        response(url, page, headers=(("Content-Encoding", "gzip"),)),  # stored decoded, header kept
    ])
    expected = keys(page_findings(url, page))
    found = results(tmp_path / "e.warc.gz")
    assert len(found) == 4
    assert all(keys(findings) == expected for _, findings in found)


# --- damaged archives -----------------------------------------------------------------------------

def _only(findings: list[Finding], rule: str = "warc-record-error") -> Finding:
    (finding,) = findings
    assert finding.rule == rule and finding.severity.value == "error"
    return finding


def test_a_corrupt_gzip_member_is_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    urls = list(PAGES)
    path = tmp_path / "bad.warc.gz"
    offsets = write_warc(path, [response(url, corpus_page(name)) for url, name in PAGES.items()])
    data = bytearray(path.read_bytes())
    middle = (offsets[1] + offsets[2]) // 2
    data[middle:middle + 64] = bytes(64)  # inside the second member's deflate stream
    path.write_bytes(bytes(data))
    found = results(path)
    assert [p for p, _ in found[:1] + found[2:]] == [urls[0], urls[2]]
    problem = _only(found[1][1])
    assert problem.record == ArchiveRecord(str(path), offsets[1])
    assert f"offset {offsets[1]}" in problem.message and f"resumed at offset {offsets[2]}" in problem.message
    assert keys(found[2][1]) == keys(page_findings(urls[2], corpus_page(PAGES[urls[2]])))


def test_garbage_between_members_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc.gz"
    offsets = write_warc(path, [response(url, corpus_page(name)) for url, name in PAGES.items()])
    data = path.read_bytes()
    path.write_bytes(data[:offsets[1]] + b"this is no gzip member\n" * 20 + data[offsets[1]:])
    found = results(path)
    assert [p for p, _ in found] == [URLS[0], str(path), *URLS[1:]]
    assert _only(found[1][1]).record == ArchiveRecord(str(path), offsets[1])


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
def test_a_truncated_last_record_is_reported(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("cut.warc.gz" if gzipped else "cut.warc")
    offsets = write_warc(path, [response(url, corpus_page(name)) for url, name in PAGES.items()], gzipped=gzipped)
    data = path.read_bytes()
    path.write_bytes(data[:offsets[2] + (len(data) - offsets[2]) // 2])  # the file copied in part
    found = results(path)
    assert [p for p, _ in found[:2]] == URLS[:2]
    assert len(found) == 3
    problem = _only(found[2][1])
    assert problem.record == ArchiveRecord(str(path), offsets[2])
    assert "cut short" in problem.message


def test_a_plain_archive_resumes_at_the_next_record(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    offsets = write_warc(path, [response(url, corpus_page(name)) for url, name in PAGES.items()], gzipped=False)
    data = path.read_bytes()
    path.write_bytes(data[:offsets[1]] + b"garbage\r\n\r\n" + data[offsets[1]:])
    found = results(path)
    assert [p for p, _ in found] == [URLS[0], str(path), *URLS[1:]]
    assert [f.record for _, [f, *_] in found[2:]] == [ArchiveRecord(str(path), o + 11) for o in offsets[1:]]


def test_a_body_too_large_or_undecodable_is_a_finding_on_its_url(tmp_path: Path) -> None:
    huge = b"<html><body>" + b"<p>x</p>" * (11 * 1024 * 1024 // 8) + b"</body></html>"
    write_warc(tmp_path / "big.warc.gz", [
        response("https://news.example/huge", huge),
        response("https://news.example/bomb", gzip.compress(bytes(12 * 1024 * 1024)),
                 headers=(("Content-Encoding", "gzip"),)),
        response("https://news.example/broken", gzip.compress(b"<html>" * 1000)[:-40],
                 headers=(("Content-Encoding", "gzip"),)),
        response("https://news.example/ok", corpus_page("aeb-0ec95c7261")),
    ])
    found = dict(results(tmp_path / "big.warc.gz"))
    assert "too large" in _only(found["https://news.example/huge"]).message
    assert "too large" in _only(found["https://news.example/bomb"]).message
    assert "cannot decompress" in _only(found["https://news.example/broken"]).message
    assert found["https://news.example/ok"]


def test_check_goes_on_after_a_bad_record(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bad.warc.gz"
    offsets = write_warc(path, [response(url, corpus_page(name)) for url, name in PAGES.items()])
    data = bytearray(path.read_bytes())
    data[offsets[1] + 40:offsets[1] + 80] = bytes(40)
    path.write_bytes(bytes(data))
    code = main(["check", str(path), "--isolated", "--format", "json", "--no-progress"])
    data_out = json.loads(capsys.readouterr().out)
    assert code == 1
    paths = [f["path"] for f in data_out["findings"]]
    assert URLS[0] in paths and URLS[2] in paths
    bad = [f for f in data_out["findings"] if f["rule"] == "warc-record-error"]
    assert len(bad) == 1 and bad[0]["warc"] == {"file": str(path), "offset": offsets[1]}


def test_a_stream_is_read_too(archive: tuple[Path, list[int]]) -> None:
    """Spark hands the job open files, not paths."""
    path, _ = archive
    with open(path, "rb") as fh:
        items = list(read_warc(fh, name="s3a://bucket/crawl.warc.gz"))
    assert [i.url for i in items if isinstance(i, WarcPage)] == list(PAGES)
    assert not [i for i in items if isinstance(i, WarcProblem)]
    assert {i.warc for i in items} == {"s3a://bucket/crawl.warc.gz"}


# --- crawl --warc, and back -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with Site() as s:
        yield s


def test_crawl_records_what_it_fetched_and_check_gives_the_same_findings(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, site: Site) -> None:
    paths = ["/news/facebook-pages.html", "/news/la-auto-show.html", "/news/manchester.html", "/auth/page.html"]
    urls = [site.url(p) for p in paths[:3]] + [site.url(paths[3]).replace("://", f"://{USER}:{PASSWORD}@")]
    out = tmp_path / "out.warc.gz"
    code = main(["crawl", *urls, "--warc", str(out), "--jobs", "1", "--timeout", "5", "--format", "json",
                 "--no-progress", "--isolated"])
    crawled = json.loads(capsys.readouterr().out)
    assert code == 1
    code = main(["check", str(out), "--isolated", "--format", "json", "--no-progress"])
    checked = json.loads(capsys.readouterr().out)

    def by_url(data: dict, key: str = "path") -> dict[str, set[tuple[str, int | None, str | None]]]:
        out: dict[str, set[tuple[str, int | None, str | None]]] = {}
        for f in data["findings"]:
            out.setdefault(f[key].replace(f"{USER}:{PASSWORD}@", "").replace("***@", ""), set()).add(
                (f["rule"], f["line"], f["json_path"]))
        return out

    assert by_url(checked) == by_url(crawled)
    assert set(by_url(checked)) == {site.url(p) for p in paths}
    raw = gzip.decompress(out.read_bytes())  # (every member)
    assert PASSWORD.encode() not in raw and b"Authorization" not in raw  # the user's credentials stay theirs
    assert b"x-crawler-content-encoding: gzip" in raw.lower()  # the gzip-sent page is kept decoded, and says so
    assert raw.count(b"WARC-Type: request") == 4 and raw.count(b"WARC-Type: response") == 4


def test_crawl_honours_the_response_headers_too() -> None:
    """The crawl hands the checks what the response said, as the archive reader does."""
    import httpx

    from tests.rules.crawl_site import crawl

    article = corpus_page("goose3-test-author-linked-data")

    def answer(request: httpx.Request) -> httpx.Response | None:
        robots = {"/held": "noindex", "/other": "otherbot: noindex"}.get(request.url.path)
        if robots is None:
            return None
        return httpx.Response(200, content=article, headers={"Content-Type": HTML, "X-Robots-Tag": robots})

    found = dict(crawl(answer, ["https://news.example/held", "https://news.example/other"]))
    assert ("noindex-article", None, None) in keys(found["https://news.example/held"])
    assert "noindex-article" not in {f.rule for f in found["https://news.example/other"]}


# --- without the warc extra -------------------------------------------------------------------------

@pytest.fixture
def without_fastwarc(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "fastwarc").mkdir()
    (tmp_path / "fastwarc" / "__init__.py").write_text('raise ImportError("No module named \'fastwarc\'")\n',
                                                         encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    env.pop("NEWSLINT_DEBUG", None)
    return env


@pytest.mark.parametrize("command", [["check", "{warc}"], ["crawl", "http://127.0.0.1:9/", "--warc", "{warc}"]])
def test_without_the_extra_one_line_names_the_install(without_fastwarc: dict[str, str], archive: tuple[Path, list[int]],
                                                       command: list[str]) -> None:
    args = [a.replace("{warc}", str(archive[0])) for a in command]
    done = subprocess.run([sys.executable, "-m", "linter", *args], env=without_fastwarc, capture_output=True,
                          text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert "pip install fastwarc" in done.stderr and "pip install -e '.[warc]'" in done.stderr
