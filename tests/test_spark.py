"""``newslint spark``: WARC archives and HTML pages linted on Apache Spark (``local[2]``), into Parquet tables.

The archives are written here with FastWARC's writer from the real pages of
``tests/fixtures/pages`` (see its README), as tests/test_warc.py writes them. A page must give the
same findings (rule, line, JSON path) under Spark as under ``newslint check``; faults are rows;
a task Spark runs again and a job run again leave no duplicate rows.

The Spark tests need PySpark (the spark extra, which ``make test`` installs) and a Java runtime:
installed here with apt-get when missing and we may (root, as CI is); otherwise they fail saying
what is missing. The tests of what needs no Spark (inputs, rows, the report, ``import linter``
staying Spark-free) run without either.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from linter.cli import main
from linter.config import Config
from linter.findings import Finding
from linter.lint import lint_path
from linter.output import UsageError
from linter.page_markup import PageMarkup
from linter.sources.warc_check import page_report
from linter.spark.inputs import Item, expand
from linter.spark.report import HostCount, RuleCount, SummaryFacts, summary_csv, summary_html
from linter.spark.rows import Tally, lint_items
from tests.fixtures.crawl.site import corpus_page
from tests.test_warc import request, response, write_warc
from tests.util import FIXTURES, NOW, ROOT

#: Every page of tests/fixtures/pages, at a URL on one of three hosts.
NAMES = sorted(p.name[:-len(".html.gz")] for p in (FIXTURES / "pages").glob("*.html.gz"))
HOSTS = ("news.example", "www.daily.example", "blog.example")
PAGES = {f"https://{HOSTS[i % 3]}/{i}/{name}": name for i, name in enumerate(NAMES)}
#: The page the fault-injecting linters below pick on.
VICTIM = next(iter(PAGES))
Key = tuple[str, int | None, str | None]


def keys(findings: list[Finding]) -> set[Key]:
    return {(f.rule, f.line, f.json_path) for f in findings}


def archives(folder: Path, pages: dict[str, str] = PAGES, files: int = 2) -> list[Path]:
    """The pages in ``files`` archives (a request record before each response, as crawlers write them)."""
    folder.mkdir(parents=True, exist_ok=True)
    items = list(pages.items())
    out = []
    for n in range(files):
        records = []
        for url, name in items[n::files]:
            records += [request(url), response(url, corpus_page(name))]
        path = folder / f"crawl-{n}.warc.gz"
        write_warc(path, records)
        out.append(path)
    return out


# --- without Spark ------------------------------------------------------------------------------------

def test_import_linter_and_check_stay_free_of_spark(tmp_path: Path) -> None:
    """PySpark is an optional extra: the library, the CLI and check (of a WARC too) never load it."""
    (warc,) = archives(tmp_path, dict(list(PAGES.items())[:2]), files=1)
    code = ("import sys, linter, linter.cli, linter.spark, linter.spark.rows, linter.spark.inputs, "
            "linter.spark.report\n"
            "linter.cli.build_parser()\n"
            f"code = linter.cli.main(['check', {str(warc)!r}, '--isolated', '--no-progress', '-q', '-o', {os.devnull!r}])\n"
            "assert code == 1, code\n"
            "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('pyspark', 'py4j'))\n"
            "assert not loaded, loaded\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("command", [["-I", "-S", "linter/spark/submit.py"], ["-m", "linter.spark"]],
                         ids=["submit.py", "-m linter.spark"])
def test_the_spark_submit_script_and_the_module_take_the_arguments(command: list[str]) -> None:
    """spark-submit runs a file: it is the command's front door, as ``python -m linter.spark`` is. The
    file finds the package beside it (-I -S: no site-packages, no PYTHONPATH, nothing installed)."""
    done = subprocess.run([sys.executable, *command, "--help"], capture_output=True, text=True, timeout=60,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    for option in ("--output", "--master", "--partitions", "--select", "--ignore", "--config"):
        assert option in done.stdout


@pytest.mark.parametrize("missing", ["pyspark", "java"])
def test_without_pyspark_or_java_one_line_says_what_to_install(tmp_path: Path, missing: str) -> None:
    """Before Spark starts: exit 2, nothing on stdout, one line naming what to install."""
    (warc,) = archives(tmp_path / "in", dict(list(PAGES.items())[:1]), files=1)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("NEWSLINT_DEBUG", None)
    if missing == "pyspark":
        (tmp_path / "pyspark").mkdir()
        (tmp_path / "pyspark" / "__init__.py").write_text('raise ImportError("No module named \'pyspark\'")\n',
                                                          encoding="utf-8")
        env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), str(ROOT)])
        expected = "pip install -e '.[spark]'"
    else:
        env.pop("JAVA_HOME", None)
        env["PATH"] = str(tmp_path / "no-java-here")
        expected = "apt-get install openjdk-17-jre-headless"
    done = subprocess.run([sys.executable, "-m", "linter", "spark", str(warc), "--output", str(tmp_path / "out")],
                          env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert (done.returncode, done.stdout, done.stderr.count("\n")) == (2, "", 1), done.stderr
    assert expected in done.stderr and not (tmp_path / "out").exists()


def test_inputs(tmp_path: Path) -> None:
    """Folders, lists (relative paths, comments, gzipped, nested) and URIs; each file once."""
    warcs = archives(tmp_path / "w", dict(list(PAGES.items())[:2]))
    site = tmp_path / "site"
    (site / ".git").mkdir(parents=True)
    (site / "a.html").write_bytes(b"<html></html>")
    (site / "notes.txt").write_text("not a page\n", encoding="utf-8")
    (site / ".git" / "b.html").write_bytes(b"<html></html>")
    listing = tmp_path / "list.txt"
    listing.write_text(f"# the crawl\nw/{warcs[0].name}\n\n{warcs[1]}\ns3a://bucket/x.warc.gz\n"
                       f"w/missing.warc.gz\nmore.txt.gz\n", encoding="utf-8")
    with gzip.open(tmp_path / "more.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write(f"{warcs[0]}\nsite\n")
    found = expand([str(listing), str(site / "a.html")])
    assert found.local == [Item("warc", str(warcs[0])), Item("warc", str(warcs[1])),
                           Item("warc", str(tmp_path / "w" / "missing.warc.gz")), Item("html", str(site / "a.html"))]
    assert found.remote == ["s3a://bucket/x.warc.gz"]
    assert expand([str(tmp_path / "w")]).warcs == [Item("warc", str(w)) for w in warcs]
    (site / "out").mkdir()
    (site / "out" / "report.html").write_text("<html></html>", encoding="utf-8")  # a run's own report
    assert expand([str(site)], output=str(site / "out")).local == [Item("html", str(site / "a.html"))]
    with pytest.raises(UsageError, match="no such file"):
        expand([str(tmp_path / "nothing.warc.gz")])
    (tmp_path / "loop.txt").write_text("loop.txt\n", encoding="utf-8")
    with pytest.raises(UsageError, match="nested too deeply"):
        expand([str(tmp_path / "loop.txt")])


def test_rows_of_a_page_are_what_check_finds(tmp_path: Path) -> None:
    """The worker's side alone: each archive page's findings rows are check's findings, located."""
    (warc,) = archives(tmp_path, files=1)
    tally = Tally()
    results = list(lint_items([Item("warc", str(warc))], Config(), now=NOW, tally=tally))
    by_url = {page[0]: rows for page, rows in results if page is not None}
    assert list(by_url) == list(PAGES)
    from linter.sources.warc_check import lint_warc

    for url, findings in lint_warc(warc, config=Config(), now=NOW):
        rows = by_url[url]
        assert {(r[2], r[6], r[8]) for r in rows} == keys(findings), url
        assert {(r[9], r[10]) for r in rows} == {(f.record.file, f.record.offset) for f in findings if f.record}
    assert (tally.records, tally.pages, tally.linted, tally.failures) == (2 * len(PAGES), len(PAGES), len(PAGES), 0)
    assert tally.findings == sum(len(rows) for _, rows in results)


def test_page_markup_is_read_from_the_same_read() -> None:
    from linter.sources import PageHeaders
    from linter.sources.warc import WarcPage

    page = WarcPage("https://news.example/a", None, "x.warc.gz", 0, PageHeaders(),
                    corpus_page("goose3-test-author-linked-data"))
    findings, markup = page_report(page, config=Config(), now=NOW)
    assert keys(findings) == keys(lint_path_of(page.data, page.url))
    assert markup.news_article and "NewsArticle" in markup.types
    assert markup.authors >= 1 and markup.date_published


def lint_path_of(data: bytes, url: str) -> list[Finding]:
    from linter.lint import lint_bytes

    return lint_bytes(data, url, kind="html", url=url, now=NOW)


def test_report_and_csv_keep_page_values_as_text() -> None:
    hostile = '<script>alert(1)</script>"=x.example'
    facts = SummaryFacts("out", Tally(3, 2, 2, 0, 5), 1.0,
                         [RuleCount("missing-author", "warning", 5, 2, 2)],
                         [HostCount(hostile, 2), HostCount(None, 1)], 2,
                         {("missing-author", hostile): (4, 2)})
    html = summary_html(facts)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Content-Security-Policy" in html and not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert summary_csv([("missing-author", "warning", "=HYPERLINK(1)", 1, 1)]).splitlines()[1] == \
        "missing-author,warning,'=HYPERLINK(1),1,1"


# --- on Spark ---------------------------------------------------------------------------------------

def _java() -> bool:
    return bool(os.environ.get("JAVA_HOME")) or shutil.which("java") is not None


def _install_java() -> None:
    """Debian's Java runtime, when we are root with apt-get (as CI is); quietly nothing otherwise."""
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        subprocess.run(["apt-get", "update"], env=env, capture_output=True, timeout=600, check=False)
        for package in ("openjdk-17-jre-headless", "default-jre-headless"):  # (17 gone from a newer release)
            done = subprocess.run(["apt-get", "install", "-y", package], env=env, capture_output=True,
                                  timeout=1200, check=False)
            if done.returncode == 0:
                return
    except (OSError, subprocess.TimeoutExpired):
        pass


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    """One Spark session for the module, ``local[2,2]``: two cores, and a failed task tried once more."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        pytest.fail("PySpark is missing: the Spark tests need newslint's spark extra "
                    "(pip install -e '.[spark]'; make test installs it)", pytrace=False)
    if not _java():
        _install_java()
    if not _java():
        pytest.fail("no Java runtime (no java on PATH, JAVA_HOME not set), which Spark needs: "
                    "apt-get install openjdk-17-jre-headless (make test does it when run as root)", pytrace=False)
    from linter.spark.job import session

    s = session("local[2,2]")
    s.sparkContext.setLogLevel("ERROR")  # (the retry test's failure is expected)
    try:
        yield s
    finally:
        s.stop()


def job(spark: Any, inputs: Sequence[Path | str], output: Path, **options: Any) -> Any:
    from linter.spark.job import SparkOptions, run

    return run([str(i) for i in inputs], SparkOptions(output=str(output), **options), spark=spark)


def table(spark: Any, output: Path, name: str) -> list[dict[str, Any]]:
    return [r.asDict() for r in spark.read.parquet(str(output / name)).collect()]


def by_url(rows: list[dict[str, Any]]) -> dict[str | None, set[Key]]:
    out: dict[str | None, set[Key]] = defaultdict(set)
    for r in rows:
        out[r["url"]].add((r["rule"], r["line"], r["json_path"]))
    return dict(out)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return archives(tmp_path_factory.mktemp("crawl"))


@pytest.mark.slow
def test_a_page_gives_the_findings_check_gives_it(spark: Any, crawl: list[Path], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Every corpus page, under Spark and under ``newslint check FILE.warc.gz`` (the real CLI)."""
    done = job(spark, crawl, tmp_path / "out")
    found = table(spark, tmp_path / "out", "findings")
    assert main(["check", *map(str, crawl), "--isolated", "--format", "json", "--no-progress"]) == 1
    checked = json.loads(capsys.readouterr().out)["findings"]
    assert by_url(found) == by_url([{**f, "url": f["path"]} for f in checked])
    assert len(by_url(found)) == len(PAGES)
    assert Counter((r["url"], r["warc_file"], r["warc_offset"]) for r in found) == Counter(
        (f["path"], f["warc"]["file"], f["warc"]["offset"]) for f in checked)
    assert {r["host"] for r in found} == set(HOSTS)
    assert (done.tally.records, done.tally.pages, done.tally.linted, done.tally.failures, done.tally.findings) == (
        2 * len(PAGES), len(PAGES), len(PAGES), 0, len(checked))
    assert done.master == "local[2,2]" and done.workers
    assert all(w.peak_kib > 0 and w.cpu_seconds > 0 for w in done.workers.values())


@pytest.mark.slow
def test_the_tables_their_schemas_and_their_counts(spark: Any, crawl: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = job(spark, crawl, out, now=NOW)
    assert sorted(p.name for p in out.iterdir()) == ["findings", "pages", "report.html", "summary", "summary.csv"]
    schemas = {name: [(f.name, f.dataType.simpleString()) for f in spark.read.parquet(str(out / name)).schema]
               for name in ("findings", "pages", "summary")}
    assert schemas["findings"] == [  # (the partition column last, as Spark reads a partitioned table)
        ("url", "string"), ("host", "string"), ("severity", "string"), ("authority", "string"),
        ("message", "string"), ("line", "int"), ("column", "int"), ("json_path", "string"),
        ("warc_file", "string"), ("warc_offset", "bigint"), ("fetch_time", "timestamp"), ("rule", "string")]
    assert schemas["pages"] == [
        ("url", "string"), ("host", "string"), ("status", "int"), ("types", "array<string>"),
        ("has_news_article", "boolean"), ("date_published", "string"), ("date_modified", "string"),
        ("author_count", "int"), ("errors", "int"), ("warnings", "int"), ("warc_file", "string"),
        ("warc_offset", "bigint"), ("fetch_time", "timestamp")]
    assert schemas["summary"] == [("rule", "string"), ("severity", "string"), ("host", "string"),
                                  ("findings", "bigint"), ("pages", "bigint")]
    findings, pages, summary = (table(spark, out, n) for n in ("findings", "pages", "summary"))
    assert len(findings) == done.tally.findings
    assert len(pages) == len(PAGES) == len({p["url"] for p in pages})
    assert {p["url"] for p in pages} == set(PAGES)
    assert all(p["status"] == 200 and p["fetch_time"] is not None for p in pages)
    assert {(p["errors"], p["warnings"]) for p in pages} == {
        (sum(f["severity"] == "error" for f in findings if f["url"] == p["url"]),
         sum(f["severity"] == "warning" for f in findings if f["url"] == p["url"])) for p in pages}
    # The pages' facts are what the markup says.
    goose = next(p for p in pages if p["url"].endswith("goose3-test-author-linked-data"))
    assert goose["has_news_article"] and "NewsArticle" in goose["types"] and goose["author_count"] >= 1
    assert goose["date_published"]
    # by folder: rule=NAME/, as partitions read
    assert {p.name for p in (out / "findings").iterdir() if p.is_dir()} == {f"rule={f['rule']}" for f in findings}
    assert sum(s["findings"] for s in summary) == len(findings)
    assert Counter({(s["rule"], s["host"]): s["findings"] for s in summary}) == Counter(
        (f["rule"], f["host"]) for f in findings)
    lines = list(csv.DictReader(io.StringIO((out / "summary.csv").read_text(encoding="utf-8"))))
    assert len(lines) == len(summary) and sum(int(line["findings"]) for line in lines) == len(findings)
    report = (out / "report.html").read_text(encoding="utf-8")
    assert f"{len(findings):,}" in report and all(h in report.replace("<wbr>", "") for h in HOSTS)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", report)  # nothing to fetch


@pytest.mark.slow
def test_a_job_run_again_into_the_same_folder_leaves_no_duplicates(spark: Any, crawl: list[Path],
                                                                   tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = job(spark, crawl, out, now=NOW)
    once = {n: len(table(spark, out, n)) for n in ("findings", "pages", "summary")}
    again = job(spark, crawl, out, now=NOW)
    assert {n: len(table(spark, out, n)) for n in ("findings", "pages", "summary")} == once
    assert once["findings"] == first.tally.findings == again.tally.findings


def _month_ago(months: int) -> str:
    """The 15th of the month ``months`` before this one, as a WARC-Date."""
    today = datetime.now(UTC)
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    return f"{year:04d}-{month + 1:02d}-15T12:00:00Z"


@pytest.mark.slow
def test_the_readme_query_finds_the_hosts_that_lost_their_bylines(spark: Any, tmp_path: Path) -> None:
    """The README's SQL, run as written on the pages table: a host whose news pages had an author the
    month before last and have none last month."""
    byline, none = "goose3-test-author-linked-data", "metascraper-wsj"  # NewsArticle with 1 author, with 0
    records = []
    for host, then, last in (("lost.example", byline, none), ("kept.example", byline, byline)):
        for months, name in ((2, then), (1, last)):
            record = response(f"https://{host}/{months}/{name}", corpus_page(name))
            record.headers.set("WARC-Date", _month_ago(months))
            records.append(record)
    write_warc(tmp_path / "months.warc.gz", records)
    job(spark, [tmp_path / "months.warc.gz"], tmp_path / "out", now=NOW)
    (query,) = re.findall(r"^```sql\n(.*?)^```$", (ROOT / "README.md").read_text(encoding="utf-8"), re.M | re.S)
    rows = spark.sql(query.replace("`out/pages`", f"`{tmp_path / 'out' / 'pages'}`")).collect()
    assert [(r["host"], r["before"], r["last_month"], r["pages"]) for r in rows] == [("lost.example", 1, 0, 1)]


def crash_on_first_attempt(page: Any, config: Config, now: Any) -> tuple[list[Finding], PageMarkup]:
    """A worker killed while linting one page (out of memory, say), the first time only: Spark tries again."""
    from pyspark import TaskContext

    context = TaskContext.get()
    if page.url == VICTIM and context is not None and context.attemptNumber() == 0:
        CRASHED.write_text(f"task {context.partitionId()}", encoding="utf-8")  # (the test's proof it happened)
        os._exit(1)
    return page_report(page, config=config, now=now)


#: Where the worker killed below says it was (a fixed path: the worker imports this module afresh).
CRASHED = Path(tempfile.gettempdir()) / "newslint-test-spark-crashed"


@pytest.mark.slow
def test_a_task_retried_by_spark_leaves_no_duplicates(spark: Any, crawl: list[Path], tmp_path: Path) -> None:
    clean = job(spark, crawl, tmp_path / "clean", now=NOW)
    CRASHED.unlink(missing_ok=True)
    retried = job(spark, crawl, tmp_path / "retried", now=NOW, lint=crash_on_first_attempt)
    assert CRASHED.read_text(encoding="utf-8").startswith("task ")  # a worker died, and Spark ran its task again
    CRASHED.unlink()
    for name in ("findings", "pages", "summary"):
        rows = table(spark, tmp_path / "retried", name)
        assert sorted(map(repr, rows)) == sorted(map(repr, table(spark, tmp_path / "clean", name))), name
    # The failed attempt's counts are not counted: the accumulators add each task's once.
    assert retried.tally == clean.tally


def fail_on_one_page(page: Any, config: Config, now: Any) -> tuple[list[Finding], PageMarkup]:
    """A page that makes the linter fail, past lint_page's own net."""
    if page.url == VICTIM:
        raise RuntimeError("a reader failed")
    return page_report(page, config=config, now=now)


@pytest.mark.slow
def test_faults_are_rows_not_a_failed_job(spark: Any, tmp_path: Path) -> None:
    """A corrupt record, an archive cut short, a file that is no archive, a missing one, an empty page
    and a page the linter fails on: each a row, and the other pages linted."""
    items = list(PAGES.items())[:6]
    corrupt, cut = archives(tmp_path / "bad", dict(items[2:]))
    data = bytearray(corrupt.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(64)  # inside a record's deflate stream
    corrupt.write_bytes(bytes(data))
    data = cut.read_bytes()
    cut.write_bytes(data[:len(data) - 300])  # the file copied in part: its last record cut short
    archives(tmp_path / "good", dict(items[:2]), files=1)  # VICTIM among them
    write_warc(tmp_path / "good" / "empty.warc.gz", [response("https://news.example/empty", b"")])
    (tmp_path / "bad" / "not-an-archive.warc").write_bytes(b"<html>a page, not an archive</html>")
    listing = tmp_path / "list.txt"
    listing.write_text(f"{tmp_path / 'gone.warc.gz'}\n", encoding="utf-8")
    done = job(spark, [tmp_path / "bad", tmp_path / "good", listing], tmp_path / "out", now=NOW,
               lint=fail_on_one_page)
    findings = table(spark, tmp_path / "out", "findings")
    failed = [f for f in findings if f["rule"] in ("warc-record-error", "parse-error")]
    assert {(f["rule"], f["warc_file"]) for f in failed} >= {
        ("warc-record-error", str(corrupt)), ("warc-record-error", str(cut)),
        ("warc-record-error", str(tmp_path / "bad" / "not-an-archive.warc")),
        ("warc-record-error", str(tmp_path / "gone.warc.gz")),
        ("parse-error", str(tmp_path / "good" / "empty.warc.gz"))}
    assert any(f["rule"] == "parse-error" and f["url"] == VICTIM and "a reader failed" in f["message"]
               for f in failed)
    assert any("cut short" in f["message"] for f in failed if f["warc_file"] == str(cut))
    assert any("no such file" in f["message"].lower() for f in failed if f["warc_file"].endswith("gone.warc.gz"))
    linted = {p["url"] for p in table(spark, tmp_path / "out", "pages")}
    assert {url for url, _ in items[:2]} | {"https://news.example/empty"} <= linted  # the rest was read and linted
    assert done.tally.failures == len(failed) and done.tally.linted == len(linted) - 2  # (VICTIM's and the empty)


@pytest.mark.slow
def test_folders_of_html_pages(spark: Any, tmp_path: Path) -> None:
    """Each file a page, named by its file: URL; its findings those ``newslint check`` gives the file."""
    site = tmp_path / "site"
    (site / "2024").mkdir(parents=True)
    for i, name in enumerate(NAMES[:8]):
        (site / ("2024" if i % 2 else "") / f"{name}.html").write_bytes(corpus_page(name))
    done = job(spark, [site], tmp_path / "out", now=NOW)
    found = by_url(table(spark, tmp_path / "out", "findings"))
    files = sorted(site.rglob("*.html"))
    assert set(found) <= {f.resolve().as_uri() for f in files}
    for f in files:
        assert found.get(f.resolve().as_uri(), set()) == keys(lint_path(f, now=NOW)), f
    pages = table(spark, tmp_path / "out", "pages")
    assert len(pages) == len(files) and all(p["host"] is None and p["warc_file"] is None for p in pages)
    assert done.tally.pages == done.tally.records == len(files)


@pytest.mark.slow
def test_a_local_session_shuffles_into_two_partitions_per_core(spark: Any) -> None:
    """Not Spark's 200, made for clusters: what a session newslint starts on this machine sets."""
    assert spark.conf.get("spark.sql.shuffle.partitions") == str(2 * spark.sparkContext.defaultParallelism) == "4"


@pytest.mark.slow
def test_a_list_of_archives_here_and_behind_uris(spark: Any, crawl: list[Path], tmp_path: Path) -> None:
    """A list file naming archives by relative path and by URI (file:// goes through Spark's file
    systems, as s3a:// would), and a folder of archives behind a URI."""
    listing = tmp_path / "warcs.txt"
    os.symlink(crawl[0].parent, tmp_path / "crawl")
    listing.write_text(f"crawl/{crawl[0].name}\n{crawl[1].as_uri()}\n", encoding="utf-8")
    listed = job(spark, [listing], tmp_path / "listed", now=NOW)
    folder = job(spark, [crawl[0].parent.as_uri()], tmp_path / "folder", now=NOW)
    local = job(spark, crawl, tmp_path / "local", now=NOW)
    expected = by_url(table(spark, tmp_path / "local", "findings"))
    assert by_url(table(spark, tmp_path / "listed", "findings")) == expected
    assert by_url(table(spark, tmp_path / "folder", "findings")) == expected
    assert listed.tally == folder.tally == local.tally
    files = {r["warc_file"] for r in table(spark, tmp_path / "folder", "pages")}
    assert all(f.startswith("file:") for f in files) and len(files) == 2


@pytest.fixture
def ftp(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real FTP server on 127.0.0.1 (pyftpdlib) serving a folder: ``(its ftp:// URI, the folder)``.

    Another machine's file system, reached by Hadoop's own client (its FTPFileSystem, which PySpark
    ships), as s3a://, gs:// and hdfs:// are by theirs: those need a connector jar PySpark does not
    ship, and a server, that no package registry here offers. The credentials are Hadoop
    configuration (fs.ftp.user.HOST), as a cluster's are, so that no URI carries them.
    """
    import threading
    import warnings

    with warnings.catch_warnings():  # (pyftpdlib runs on the standard library's asyncore up to Python 3.11)
        warnings.simplefilter("ignore", DeprecationWarning)
        from pyftpdlib.authorizers import DummyAuthorizer
        from pyftpdlib.handlers import FTPHandler
        from pyftpdlib.servers import FTPServer

    root = tmp_path / "ftp"
    root.mkdir()
    authorizer = DummyAuthorizer()
    authorizer.add_user("newslint", "not-a-secret", str(root), perm="elr")  # (read-only: list, read)
    handler = type("Handler", (FTPHandler,), {"authorizer": authorizer, "banner": "newslint tests"})
    server = FTPServer(("127.0.0.1", 0), handler)
    port = server.socket.getsockname()[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"timeout": 0.2}, daemon=True)
    thread.start()
    try:
        yield f"ftp://127.0.0.1:{port}", root
    finally:
        server.close_all()
        thread.join(timeout=10)


@pytest.mark.slow
def test_archives_on_another_machines_file_system(spark: Any, crawl: list[Path], ftp: tuple[str, Path],
                                                 tmp_path: Path) -> None:
    """A folder, a glob and a file behind ftp:// URIs: listed and read through Hadoop's FTP client,
    the same rows as the same archives here; a URI naming nothing is a row, not a failed job."""
    uri, root = ftp
    (root / "crawl").mkdir()
    for archive in crawl:
        shutil.copy(archive, root / "crawl" / archive.name)
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    conf.set("fs.ftp.user.127.0.0.1", "newslint")
    conf.set("fs.ftp.password.127.0.0.1", "not-a-secret")
    local = job(spark, crawl, tmp_path / "local", now=NOW)
    expected = by_url(table(spark, tmp_path / "local", "findings"))
    folder = job(spark, [f"{uri}/crawl/"], tmp_path / "folder", now=NOW)
    glob = job(spark, [f"{uri}/crawl/*-1.warc.gz", f"{uri}/crawl/{crawl[0].name}", f"{uri}/nothing.warc.gz"],
               tmp_path / "glob", now=NOW)
    assert folder.tally == local.tally
    assert by_url(table(spark, tmp_path / "folder", "findings")) == expected
    assert {p["warc_file"] for p in table(spark, tmp_path / "folder", "pages")} == {
        f"{uri}/crawl/{a.name}" for a in crawl}
    assert (glob.tally.linted, glob.tally.failures) == (local.tally.linted, 1)
    missing = [f for f in table(spark, tmp_path / "glob", "findings") if f["warc_file"] == f"{uri}/nothing.warc.gz"]
    assert [(f["rule"], f["message"]) for f in missing] == [
        ("warc-record-error", "cannot read the archive: no such file")]
    assert by_url(table(spark, tmp_path / "glob", "findings")) == {**expected, None: {
        ("warc-record-error", None, None)}}


@pytest.mark.slow
def test_the_command_line(spark: Any, crawl: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``newslint spark``: the selection as check takes it, and one line at the end."""
    out = tmp_path / "out"
    code = main(["spark", *map(str, crawl), "--output", str(out), "--isolated", "--select", "missing-author,"
                 "image-missing-alt"])
    err = capsys.readouterr().err
    assert code == 0
    assert re.fullmatch(rf"newslint spark: {2 * len(PAGES)} records, {len(PAGES)} HTML pages linted, 0 failures, "
                        rf"\d+ findings? in \d+ s (→|->) {re.escape(str(out))}\n", err), err
    assert {f["rule"] for f in table(spark, out, "findings")} <= {"missing-author", "image-missing-alt"}
    assert main(["spark", str(tmp_path / "nothing"), "--output", str(out)]) == 2
    assert "no such file or directory" in capsys.readouterr().err
    (tmp_path / "a-file").write_text("kept\n", encoding="utf-8")
    assert main(["spark", str(crawl[0]), "--output", str(tmp_path / "a-file" / "out")]) == 2
    assert capsys.readouterr().err == (f"newslint: error: cannot write the tables to {tmp_path / 'a-file' / 'out'}: "
                                       f"{tmp_path / 'a-file'} is not a folder\n")
    assert (tmp_path / "a-file").read_text(encoding="utf-8") == "kept\n"
    assert main(["spark", str(crawl[0]), "--output", ""]) == 2
    assert capsys.readouterr().err == "newslint: error: no output folder: --output names the folder the tables go to\n"
    # A file system Spark has no client for: one line, before any page is linted.
    assert main(["spark", str(crawl[0]), "--output", "s3a://newslint-test/out"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newslint: error: the Spark job failed: ") and err.count("\n") == 1, err
    assert "S3AFileSystem not found" in err and "hadoop-aws" in err


@pytest.mark.slow
def test_spark_submit_runs_the_script(spark: Any, crawl: list[Path], tmp_path: Path) -> None:
    """The line the README gives for a cluster, on this machine: spark-submit, its master, the script."""
    import pyspark

    submit = Path(pyspark.__file__).parent / "bin" / "spark-submit"
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYTHONPATH": str(ROOT),
           "SPARK_HOME": str(submit.parent.parent)}
    done = subprocess.run([str(submit), "--master", "local[1]", "--conf", "spark.ui.enabled=false",
                           str(ROOT / "linter" / "spark" / "submit.py"), str(crawl[0]), "--output", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=280, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    # (spark-submit runs the script with its stderr sent to stdout)
    assert re.search(r"newslint spark: \d+ records, \d+ HTML pages linted", done.stdout + done.stderr)
    assert {p["url"] for p in table(spark, tmp_path / "out", "pages")} == set(list(PAGES)[0::2])
