"""The Spark job of ``newslint spark``: :func:`run` lints the pages the inputs hold and writes the tables.

The job, step by step (``docs`` in :mod:`linter.spark`):

1. The INPUTs are expanded on the driver (:func:`linter.spark.inputs.expand`); folders and globs
   behind URIs are listed by Spark's own (Hadoop) file systems.
2. One task per local WARC file, largest first (a WARC file is read from its start: it cannot be
   split), HTML files in groups; files behind URIs come from ``SparkContext.binaryFiles``. The
   tasks run :mod:`linter.spark.rows` in Spark's Python workers: each page linted by the function
   ``newslint check`` lints it with.
3. The results are kept (memory, else disk): a first job lints the pages into Spark's cache. From
   it, the findings, pages and summary tables are written at the same time, by Spark's DataFrame
   writer in Parquet, ``overwrite``: a task Spark runs again (a lost worker, a speculative copy)
   commits its output once, through Spark's commit protocol, and a job run again into the same
   folder replaces its tables. Nothing of the tables is written by hand.
4. ``summary.csv`` and ``report.html``, small, are written by the driver from the summary table.

Counters (records, HTML pages, pages linted, failures, findings) are Spark accumulators, added
by each task once it is done; a retried task's failed attempt adds nothing. Python workers'
peak memory comes back the same way.
"""

from __future__ import annotations

import os
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from linter.config import Config
from linter.output import UsageError
from linter.sources import MissingExtra, is_warc
from linter.spark.inputs import Inputs, Item, expand
from linter.spark.report import TOP_HOSTS, HostCount, RuleCount, SummaryFacts, summary_csv, summary_html
from linter.spark.rows import (
    RESULTS,
    PageLinter,
    Result,
    Tally,
    archive_failure,
    config_of,
    config_payload,
    lint_archive,
    lint_items,
    warc_page_report,
)

try:
    from py4j.protocol import Py4JJavaError  # type: ignore[import-untyped]
    from pyspark import AccumulatorParam, SparkContext, StorageLevel
    from pyspark.errors.exceptions.captured import CapturedException
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql import functions as F
except ImportError:
    raise MissingExtra("newslint spark needs PySpark, newslint's spark extra: pip install pyspark fastwarc "
                       "(in a checkout: pip install -e '.[spark]'), and a Java runtime") from None

__all__ = ["JobFailed", "SparkOptions", "SparkRun", "WorkerUse", "run", "session"]

#: HTML files linted by one task, when ``--partitions`` does not say.
HTML_PER_TASK = 1000
SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions"
JAVA_MISSING = ("newslint spark needs a Java runtime (17 or later) to run Spark, and finds none (no java on "
                "PATH, JAVA_HOME not set); on Debian or Ubuntu: apt-get install openjdk-17-jre-headless")


class JobFailed(Exception):
    """The job stopped before its tables were written: Spark's own reason, in one line."""


@dataclass(frozen=True, slots=True)
class SparkOptions:
    """How :func:`run` runs: where to write, on which master, with which configuration."""

    #: The folder the tables go to: a path here, or a URI Spark writes to (``s3a://bucket/out``).
    output: str
    #: Spark's master URL (``local[4]``, ``yarn``, ``spark://host:7077``); ``None``: what Spark is
    #: configured with (``spark-submit --master``, ``MASTER``, ``spark-defaults.conf``), else
    #: ``SPARK_MASTER`` when not under spark-submit, else ``local[*]``. An active session is used as it is.
    master: str | None = None
    #: Tasks the local files are linted in (and the least for files behind URIs); ``None``: one per
    #: WARC file, HTML files :data:`HTML_PER_TASK` at a time.
    partitions: int | None = None
    config: Config = field(default_factory=Config)
    #: The time date rules judge by (``None``: now, in each task).
    now: datetime | None = None
    #: The function each page of an archive is linted with (a test may wrap it).
    lint: PageLinter = warc_page_report
    #: Called on the driver every ``progress_every`` seconds with the counts so far (tasks done).
    progress: Callable[[Tally], None] | None = None
    progress_every: float = 30.0
    #: Spark's own progress bar on stderr (a session this job starts).
    console_progress: bool = False
    #: Hosts in the report's rule × host table.
    report_hosts: int = TOP_HOSTS


@dataclass(frozen=True, slots=True)
class WorkerUse:
    """What one Python worker process used (where the system says; 0 where it does not)."""

    peak_kib: int  # peak resident memory
    cpu_seconds: float  # user and system CPU time since the process started


@dataclass(frozen=True, slots=True)
class SparkRun:
    """What a run did."""

    output: str
    master: str
    tally: Tally
    seconds: float  # the whole run, the session's start included
    session_seconds: float  # starting the session (the JVM), or finding the active one
    #: Each Python worker, by process id: its peak resident memory and the CPU time it used.
    workers: dict[int, WorkerUse] = field(default_factory=dict)
    #: Seconds each step took: ``session``, ``lint`` (the pages linted into Spark's cache),
    #: ``tables`` (the findings, pages and summary tables, written at the same time),
    #: ``report`` (summary.csv and report.html).
    steps: dict[str, float] = field(default_factory=dict)


def run(inputs: Sequence[str], options: SparkOptions, *, spark: SparkSession | None = None) -> SparkRun:
    """Lint the pages ``inputs`` hold (see :mod:`linter.spark.inputs`) and write the tables under ``options.output``.

    ``spark``: the session to run in; by default the active one, else one started here (and
    stopped at the end). A usage problem (a missing input, no Java) raises
    :class:`~linter.output.UsageError` before Spark starts.
    """
    t0 = time.perf_counter()
    _writable(options.output)
    work = expand(list(inputs), output=options.output)
    if not work.local and not work.remote:
        raise UsageError("no WARC file or HTML page among the inputs")
    if work.warcs or work.remote:
        import linter.sources.warc  # noqa: F401  (without the warc extra: one line, before Spark starts)
    own = spark is None and SparkSession.getActiveSession() is None
    spark = spark or session(options.master, console_progress=options.console_progress)
    session_seconds = time.perf_counter() - t0
    steps = {"session": session_seconds}
    sc = spark.sparkContext
    counters = sc.accumulator((0,) * len(Tally().as_tuple()), _Add())
    peaks = sc.accumulator({}, _Peak())
    stop = threading.Event()
    watcher = None
    if options.progress is not None:
        watcher = threading.Thread(target=_watch, args=(counters, options, stop), name="newslint-progress",
                                   daemon=True)
        watcher.start()
    try:
        _file_system(spark, options.output)
        # One pass of Python over the pages: their rows become one DataFrame (a page's row and its
        # findings' rows together), kept in Spark's own columnar cache, from which the tables are
        # taken by the JVM alone: the pages are linted once, and the accumulators count them once.
        rows = spark.createDataFrame(_results(sc, work, options, counters, peaks), RESULTS, verifySchema=False)
        rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
        try:
            t1 = time.perf_counter()
            sc.setJobDescription("newslint: lint the pages")
            rows.count()  # (the cache filled: what follows reads it, and no page is linted twice)
            steps["lint"] = time.perf_counter() - t1
            facts, csv = _tables(spark, rows, options, counters, t0, steps)
        finally:
            rows.unpersist()
        t2 = time.perf_counter()
        _write_file(spark, options.output, "summary.csv", csv.encode("utf-8"))
        _write_file(spark, options.output, "report.html", summary_html(facts).encode("utf-8"))
        steps["report"] = time.perf_counter() - t2
        tally = facts.tally
        master = str(sc.master)
    except (Py4JJavaError, CapturedException) as exc:  # (a write refused, a task failed past its retries)
        reason = _reason(exc)
        if "No FileSystem for scheme" in reason or "FileSystem not found" in reason:
            reason += (" (Spark has no connector for it on its classpath: s3a:// needs hadoop-aws, e.g. "
                       "--packages org.apache.hadoop:hadoop-aws:VERSION; gs:// Google's gcs-connector)")
        raise JobFailed(f"the Spark job failed: {reason}") from None
    finally:
        stop.set()
        if own:
            spark.stop()
    workers = {pid: WorkerUse(kib, cpu) for pid, (kib, cpu) in peaks.value.items()}
    return SparkRun(options.output, master, tally, time.perf_counter() - t0, session_seconds, workers, steps)


def session(master: str | None = None, *, console_progress: bool = False) -> SparkSession:
    """The active Spark session, else a new one: on ``master``, else as Spark is configured (see
    :attr:`SparkOptions.master`). On a local master the Python workers run this Python, with this
    ``linter`` importable (what ``PYSPARK_PYTHON`` says, if set)."""
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    under_submit = bool(os.environ.get("PYSPARK_GATEWAY_PORT"))  # spark-submit started the JVM, and us
    if not under_submit and not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        raise UsageError(JAVA_MISSING)
    builder: Any = SparkSession.builder.appName("newslint")
    chosen = master or (None if under_submit else os.environ.get("SPARK_MASTER"))
    if chosen:
        builder = builder.master(chosen)
    if not console_progress:
        builder = builder.config("spark.ui.showConsoleProgress", "false")
    if not under_submit:
        # The JVM started here is the driver, and in local mode the executor too, on the cores the
        # Python workers lint on: the JIT's top tier and G1's background threads cost more there
        # than they give back in a job whose work is Python's. Measured (python -m benchmarks spark):
        # half the JVM's CPU time and a third less of its memory. Prepended to what
        # spark.driver.extraJavaOptions says, which wins. Not used, measured: an AppCDS archive of
        # Spark's classes (-XX:SharedArchiveFile) halves the session's start (4.4 -> 2.3 s) and
        # saves 5 s of the JVM's CPU, but it is 188 MB, written by the JVM as it exits, and Java
        # 17 aborts at start on one cut short.
        builder = builder.config("spark.driver.defaultJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
    spark: SparkSession = builder.getOrCreate()
    sc = spark.sparkContext
    if str(sc.master).startswith("local"):
        if not os.environ.get("PYSPARK_PYTHON") and not sc.getConf().get("spark.pyspark.python"):
            # (else "python3" on the PATH: another Python, perhaps without newslint's dependencies)
            sc.pythonExec = sys.executable
        # The workers import the linter this process runs (a checkout), not another one installed.
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        here = os.path.dirname(root)
        known = sc.environment.get("PYTHONPATH")
        sc.environment["PYTHONPATH"] = os.pathsep.join([here, known]) if known else here
        if not sc.getConf().contains(SHUFFLE_PARTITIONS):
            # Spark's 200, made for clusters, costs a local run a task and a file per partition
            # in each of its five shuffles: two per core cut its summary step by a third and a
            # tenth of the JVM's CPU (python -m benchmarks spark). A large local run loses
            # nothing: adaptive execution splits a partition larger than its advisory size.
            spark.conf.set(SHUFFLE_PARTITIONS, str(2 * sc.defaultParallelism))
    return spark


def _writable(output: str) -> None:
    """A usage error, before Spark starts, if the tables cannot go to ``output`` on this machine
    (a file in the way, a folder that cannot be written in); a URI is left to Spark's file system."""
    if not output.strip():  # (its tables would go to /findings, /pages...)
        raise UsageError("no output folder: --output names the folder the tables go to")
    folder = _local_folder(output)
    if folder is None:
        return
    path = os.path.abspath(folder)
    while not os.path.lexists(path):  # the nearest part that exists: where the folders are made
        path = os.path.dirname(path)
    if not os.path.isdir(path):
        raise UsageError(f"cannot write the tables to {output}: {path} is not a folder")
    if not os.access(path, os.W_OK | os.X_OK):
        raise UsageError(f"cannot write the tables to {output}: no permission to write in {path}")


def _local_folder(output: str) -> str | None:
    """``output`` as a folder of this machine (a path, a ``file:`` URI); ``None`` for another URI."""
    from linter.spark.inputs import is_uri

    if output.startswith("file:"):
        from urllib.parse import unquote, urlsplit

        return unquote(urlsplit(output).path)
    return None if is_uri(output) else output


def _hadoop(sc: SparkContext, uri: str) -> tuple[Any, Any]:
    """``(path, file system)``: Hadoop's, as Spark itself reads and writes ``uri`` (PySpark has no API for it)."""
    jvm: Any = sc._jvm
    path = jvm.org.apache.hadoop.fs.Path(uri)
    return path, path.getFileSystem(sc._jsc.hadoopConfiguration())


def _file_system(spark: SparkSession, output: str) -> None:
    """Find Spark's file system for ``output``, a URI, before any page is linted: a scheme it has
    none for (``s3a://`` without its connector jar) stops the job now, not once the pages are linted."""
    if _local_folder(output) is None:
        _hadoop(spark.sparkContext, output)


def _reason(exc: Exception) -> str:
    """The first line of what Spark (the JVM) says went wrong: ``ExceptionClass: message``."""
    java = getattr(exc, "java_exception", None)
    try:
        text = str(java.toString()) if java is not None else str(exc)
    except Exception:  # (the gateway gone)
        text = str(exc)
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    name, colon, message = (lines[0] if lines else type(exc).__name__).partition(":")
    return name.rsplit(".", 1)[-1] + colon + message  # (the class without its package)


# --- the tasks ----------------------------------------------------------------------------------------

def _results(sc: SparkContext, work: Inputs, options: SparkOptions, counters: Any, peaks: Any) -> Any:
    """The RDD of every :data:`~linter.spark.rows.Result`."""
    payload = config_payload(options.config)
    now, lint = options.now, options.lint
    parts: list[Any] = []
    warcs = sorted(work.warcs, key=_size, reverse=True)  # the longest tasks first
    pages = work.pages
    if options.partitions is not None:
        local = [(i.kind, i.path) for i in warcs + pages]
        if local:
            parts.append(sc.parallelize(local, min(options.partitions, len(local))))
    else:
        if warcs:
            parts.append(sc.parallelize([(i.kind, i.path) for i in warcs], len(warcs)))
        if pages:
            slices = max(-(-len(pages) // HTML_PER_TASK), min(len(pages), sc.defaultParallelism * 2))
            parts.append(sc.parallelize([(i.kind, i.path) for i in pages], slices))
    tasks = [p.mapPartitions(_local_task(payload, now, lint, counters, peaks)) for p in parts]
    if work.remote:
        files, missing = _list_remote(sc, work.remote)
        if files:
            least = options.partitions or len(files)
            remote = sc.binaryFiles(",".join(_escaped(f) for f in files), least)
            tasks.append(remote.mapPartitions(_remote_task(payload, now, lint, counters, peaks)))
        if missing:
            tasks.append(sc.parallelize(missing, 1).mapPartitions(_missing_task(counters)))
    return tasks[0] if len(tasks) == 1 else sc.union(tasks)


def _local_task(payload: bytes, now: datetime | None, lint: PageLinter, counters: Any,
                peaks: Any) -> Callable[[Iterable[tuple[str, str]]], Iterator[Result]]:
    def task(items: Iterable[tuple[str, str]]) -> Iterator[Result]:
        config = config_of(payload)
        tally = Tally()
        try:
            for kind, path in items:
                yield from lint_items([Item("html" if kind == "html" else "warc", path)], config, now=now,
                                      lint=lint, tally=tally)
        finally:
            counters.add(tally.as_tuple())
            peaks.add({os.getpid(): _use()})
    return task


def _remote_task(payload: bytes, now: datetime | None, lint: PageLinter, counters: Any,
                 peaks: Any) -> Callable[[Iterable[tuple[str, bytes]]], Iterator[Result]]:
    def task(files: Iterable[tuple[str, bytes]]) -> Iterator[Result]:
        config = config_of(payload)
        tally = Tally()
        try:
            for name, data in files:
                yield from lint_archive(bytes(data), name, config, now=now, lint=lint, tally=tally)
        finally:
            counters.add(tally.as_tuple())
            peaks.add({os.getpid(): _use()})
    return task


def _missing_task(counters: Any) -> Callable[[Iterable[str]], Iterator[Result]]:
    def task(uris: Iterable[str]) -> Iterator[Result]:
        tally = Tally()
        for uri in uris:
            yield archive_failure(uri, "cannot read the archive: no such file", tally)
        counters.add(tally.as_tuple())
    return task


class _Add(AccumulatorParam[tuple[int, ...]]):
    """Counts added place by place (:meth:`Tally.as_tuple`)."""

    def zero(self, value: tuple[int, ...]) -> tuple[int, ...]:
        return (0,) * len(value)

    def addInPlace(self, value1: tuple[int, ...], value2: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(a + b for a, b in zip(value1, value2, strict=True))


class _Peak(AccumulatorParam[dict[int, tuple[int, float]]]):
    """Each worker process's use (peak memory, CPU time), both only ever growing: the largest reported."""

    def zero(self, value: dict[int, tuple[int, float]]) -> dict[int, tuple[int, float]]:
        return {}

    def addInPlace(self, value1: dict[int, tuple[int, float]],
                   value2: dict[int, tuple[int, float]]) -> dict[int, tuple[int, float]]:
        out = dict(value1)
        for pid, (kib, cpu) in value2.items():
            known = out.get(pid, (0, 0.0))
            out[pid] = (max(known[0], kib), max(known[1], cpu))
        return out


def _use() -> tuple[int, float]:
    """This process's peak resident memory (KiB) and CPU time (s) so far."""
    try:
        import resource
    except ImportError:  # (not on Windows)
        return 0, 0.0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return int(usage.ru_maxrss), usage.ru_utime + usage.ru_stime  # (ru_maxrss: KiB on Linux)


def _watch(counters: Any, options: SparkOptions, stop: threading.Event) -> None:
    assert options.progress is not None
    while not stop.wait(options.progress_every):
        options.progress(Tally(*counters.value))


def _size(item: Item) -> int:
    try:
        return os.path.getsize(item.path)
    except OSError:
        return 0


# --- files behind URIs ------------------------------------------------------------------------------

def _list_remote(sc: SparkContext, uris: list[str]) -> tuple[list[str], list[str]]:
    """``(files, missing)``: the WARC files the URIs name (a folder: those under it), and URIs naming nothing."""
    files: list[str] = []
    missing: list[str] = []
    for uri in uris:
        path, fs = _hadoop(sc, uri)
        statuses = fs.globStatus(path)
        if not statuses:
            missing.append(uri)
            continue
        for status in statuses:
            if status.isDirectory():
                found = fs.listFiles(status.getPath(), True)
                while found.hasNext():
                    name = found.next().getPath().toString()
                    if is_warc(name) and not _hidden(name):
                        files.append(name)
            else:
                files.append(status.getPath().toString())  # (named: read as an archive, whatever its name)
    return list(dict.fromkeys(files)), missing


def _hidden(name: str) -> bool:
    return name.rsplit("/", 1)[-1].startswith((".", "_"))  # (Hadoop's own: _SUCCESS, .crc)


def _escaped(uri: str) -> str:
    """``uri`` as one path of the comma-separated glob list ``binaryFiles`` takes."""
    return "".join("\\" + c if c in ",{}[]*?\\" else c for c in uri)


# --- the tables -------------------------------------------------------------------------------------

def _tables(spark: SparkSession, rows: DataFrame, options: SparkOptions, counters: Any, t0: float,
            steps: dict[str, float]) -> tuple[SummaryFacts, str]:
    """Write the findings, pages and summary tables from ``rows`` (cached, filled); the report's facts.

    The tables, and the count of pages by host, are made at the same time, each from a thread of
    its own: each is a few small jobs whose tasks leave cores idle while the driver plans the
    next one. Measured (python -m benchmarks spark, 10,000 pages, a first run): 5.6 s one after
    the other, 3.9 to 4.1 s at the same time.
    """
    findings = rows.select(F.explode("findings").alias("f")).select("f.*")
    pages = rows.where(F.col("page").isNotNull()).select("page.*")
    tally = Tally(*counters.value)  # (every task has added its counts: the cache is filled)
    t1 = time.perf_counter()
    output = options.output
    jobs: list[tuple[str, Callable[[], Any]]] = [
        ("newslint: write the findings table", lambda: _write_findings(findings, output)),
        ("newslint: write the pages table", lambda: _write_pages(pages, output)),
        ("newslint: count findings by rule and host", lambda: _write_summary(findings, output)),
        ("newslint: count pages by host", lambda: _hosts(pages, options.report_hosts)),
    ]
    hosts = _concurrently(jobs, spark.sparkContext)[3]
    steps["tables"] = time.perf_counter() - t1
    return _summary(spark, options, tally, hosts, time.perf_counter() - t0)


def _concurrently(jobs: list[tuple[str, Callable[[], Any]]], sc: SparkContext) -> list[Any]:
    """What each job returns, the jobs run each in a thread of its own (Spark runs their tasks side
    by side); the first error one raises is raised here, once all are done."""
    from pyspark import InheritableThread  # (PySpark's: the thread's JVM side is freed after it)

    results: list[Any] = [None] * len(jobs)
    errors: list[BaseException] = []

    def runner(i: int, description: str, job: Callable[[], Any]) -> None:
        try:
            sc.setJobDescription(description)  # (this thread's: Spark's UI names the job by it)
            results[i] = job()
        except BaseException as exc:  # (raised in the caller's thread, below)
            errors.append(exc)

    threads = [InheritableThread(target=runner, args=(i, d, j)) for i, (d, j) in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return results


def _write_findings(findings: DataFrame, output: str) -> None:
    # Partitioned by rule: some ninety values whatever the crawl's size, and most questions are
    # about one rule ("which hosts lost their bylines": rule=missing-author reads that folder
    # alone). Rebalanced so that a rule's rows make few files of a sensible size (Spark's adaptive
    # execution splits a large rule and packs small ones), sorted by host within each so that
    # Parquet's statistics let a query on some hosts skip the rest.
    (findings.hint("rebalance", "rule").sortWithinPartitions("rule", "host", "url")
     .write.mode("overwrite").partitionBy("rule").parquet(_join(output, "findings")))


def _write_pages(pages: DataFrame, output: str) -> None:
    # Not partitioned: what one asks of pages filters by host and date, with millions of values.
    (pages.hint("rebalance").sortWithinPartitions("host", "url")
     .write.mode("overwrite").parquet(_join(output, "pages")))


def _write_summary(findings: DataFrame, output: str) -> None:
    summary = (findings.groupBy("rule", "severity", "host")
               .agg(F.count(F.lit(1)).alias("findings"), F.countDistinct("url").alias("pages")))
    # One file, sorted: small (rules × hosts), and read whole by the driver (_summary).
    (summary.repartition(1).sortWithinPartitions("rule", "host")
     .write.mode("overwrite").parquet(_join(output, "summary")))


def _hosts(pages: DataFrame, top: int) -> tuple[list[HostCount], int]:
    """The ``top`` hosts with the most pages, most first; how many hosts there are."""
    by_host = pages.groupBy("host").count()
    host_count = by_host.count()
    return [HostCount(r["host"], int(r["count"])) for r in
            by_host.orderBy(F.desc("count"), F.asc_nulls_last("host")).limit(top).collect()], host_count


def _summary(spark: SparkSession, options: SparkOptions, tally: Tally, hosts: tuple[list[HostCount], int],
             seconds: float) -> tuple[SummaryFacts, str]:
    """What the report shows, and ``summary.csv``, read from the summary table in one pass."""
    top, host_count = hosts
    shown = {h.host for h in top}
    rules: dict[tuple[str, str], list[int]] = {}
    cells: dict[tuple[str, str | None], tuple[int, int]] = {}
    lines: list[tuple[str, str, str | None, int, int]] = []
    spark.sparkContext.setJobDescription("newslint: read the summary")
    for r in spark.read.parquet(_join(options.output, "summary")).toLocalIterator():
        rule, severity, host, count, on = r["rule"], r["severity"], r["host"], int(r["findings"]), int(r["pages"])
        lines.append((rule, severity, host, count, on))
        totals = rules.setdefault((rule, severity), [0, 0, 0])
        totals[0] += count
        totals[1] += on
        totals[2] += host is not None
        if host in shown:
            cells[rule, host] = (count, on)
    counted = [RuleCount(rule, severity, *totals) for (rule, severity), totals in rules.items()]
    return SummaryFacts(options.output, tally, seconds, counted, top, host_count, cells), summary_csv(lines)


def _join(output: str, name: str) -> str:
    return output.rstrip("/") + "/" + name


def _write_file(spark: SparkSession, output: str, name: str, data: bytes) -> None:
    """One small file beside the tables: here with Python, behind a URI with Spark's file system."""
    folder = _local_folder(output)
    if folder is not None:
        from linter.report.atomic import replace_bytes

        os.makedirs(folder, exist_ok=True)
        replace_bytes(os.path.join(folder, name), data, prefix=".newslint-")
        return
    path, fs = _hadoop(spark.sparkContext, _join(output, name))
    stream = fs.create(path, True)
    try:
        stream.write(bytearray(data))
    finally:
        stream.close()
