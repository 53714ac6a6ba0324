"""``newslint spark`` in ``local[2]`` against ``newslint check --jobs 2``, on the same 10,000 pages.

The pages: the corpus pages (``benchmarks.corpus``: ``../shared/corpus`` when present, else the
test fixtures) repeated to 10,000, on 40 hosts, in 8 ``.warc.gz`` files (a request record before
each response, each record its own gzip member, as Common Crawl writes them), and the same pages
extracted to 10,000 ``.html`` files; both cached in ``~/.cache/newslint-bench/spark-*``.

Measured in one run, one after the other:

- ``newslint check --jobs 2 FOLDER`` (a process, parsable output to a file): wall and CPU time (its workers'
  included), and the peak memory of its largest process;
- ``newslint spark`` on the archives in ``local[2]``, in this process, start-up included: the
  Spark session started here (the JVM: timed on its own), then the job (linting, the three
  tables, summary.csv and report.html). Peak memory of the driver (this Python process, and the
  JVM, which in local mode also runs the executor) and of each Python worker (from the job);
- the same job again in the same session: without the JVM's start and warm-up. Its CPU time (the
  Python workers' and the JVM's) per page gives the per-core rate the README's estimate for a
  Common Crawl release comes from: on a machine shared with other work, CPU time says what a
  dedicated core would do better than wall time;
- ``newslint check`` again, since the machine's load may have changed meanwhile: check's best
  run is the one compared with.
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.archive import cache_root
from benchmarks.corpus import ROOT, pages
from benchmarks.warc import member, record

#: Bump when the generated pages change.
GENERATOR = 1
PAGES = 10_000
FILES = 8
HOSTS = 40
CORES = 2


def run(total: int = PAGES, files: int = FILES) -> dict[str, Any]:
    where, corpus = pages()
    folder, made = _pages(corpus, total, files)
    warcs = sorted((folder / "warc").glob("*.warc.gz"))
    size = sum(w.stat().st_size for w in warcs)
    print(f"spark: {total:,} pages ({len(corpus)} pages of {where} repeated) on {HOSTS} hosts, in {len(warcs)} "
          f"WARC files ({size / 1e6:.0f} MB) and as {total:,} HTML files ({made}); {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as tmp:
        print(f"  load average before: {_load()}")
        check = _check(folder / "html", Path(tmp) / "check.txt")
        spark = _spark([str(w) for w in warcs], Path(tmp))
        again = _check(folder / "html", Path(tmp) / "check.txt")
        print(f"  load average after:  {_load()}")
    check_s = min(check["wall"], again["wall"])
    check_rate = total / check_s
    print(f"  {'':34} {'wall s':>7} {'pages/s':>8} {'CPU ms/page':>12}")
    for label, c in (("newslint check --jobs 2 (before)", check), ("newslint check --jobs 2 (after)", again)):
        print(f"  {label:34} {c['wall']:7.1f} {total / c['wall']:8.0f} {c['cpu'] / total * 1000:12.1f}"
              f"   (peak {c['kib'] / 1024:.0f} MB, its largest process)")
    cold, warm = spark["cold"], spark["warm"]
    linted = cold.tally.linted
    cold_total = spark["import"] + spark["session"] + cold.seconds
    rate = linted / cold_total
    print(f"  {'newslint spark local[2], start-up in':34} {cold_total:7.1f} {rate:8.0f} "
          f"{spark['cold_cpu'] / linted * 1000:12.1f}   = {rate / check_rate:.2f} of check's best "
          f"({linted:,} pages linted, {cold.tally.findings:,} findings, {cold.tally.failures} failures)")
    warm_rate = warm.tally.linted / warm.seconds
    print(f"  {'the same job again, same session':34} {warm.seconds:7.1f} {warm_rate:8.0f} "
          f"{spark['warm_cpu'] / linted * 1000:12.1f}   = {warm_rate / check_rate:.2f} of check's best")
    steps = cold.steps
    print(f"    first job: import pyspark {spark['import']:.1f} s, Spark session (JVM start) {spark['session']:.1f} s, "
          f"lint {steps['lint']:.1f} s, the three tables (at the same time) {steps['tables']:.1f} s, "
          f"summary.csv and report.html {steps['report']:.1f} s")
    gap = cold_total - check_s
    print(f"    gap to check: {gap:+.1f} s, of which starting the session (the JVM) {spark['session']:.1f} s; "
          f"the first job took {cold.seconds:.1f} s, the same job again {warm.seconds:.1f} s (the JVM's warm-up, "
          f"and the machine's load)")
    cpu = spark["cold_parts"]
    print(f"    CPU of the first job: Python workers {cpu['workers']:.0f} s, JVM {cpu['jvm']:.0f} s (and "
          f"{spark['session_jvm_cpu']:.0f} s starting the session), driver {cpu['driver']:.1f} s")
    warm_cpu = spark["warm_parts"]
    per_core = linted / (warm_cpu["workers"] + warm_cpu["jvm"])
    print(f"  per core: {per_core:.0f} pages per CPU-second (Python workers and JVM, second job); "
          f"{linted / warm_cpu['workers']:.0f} for the Python workers alone; "
          f"{warm.tally.linted / warm.steps['lint'] / CORES:.0f} pages/s per core of wall time here (linting)")
    workers = sorted((w.peak_kib for w in cold.workers.values()), reverse=True)
    print(f"  peak memory: driver Python {spark['driver_kib'] / 1024:.0f} MB, JVM (driver and local executor) "
          f"{spark['jvm_kib'] / 1024:.0f} MB; Python workers ({len(workers)}): "
          + ", ".join(f"{k / 1024:.0f}" for k in workers) + " MB")
    return {"pages": total, "check_s": check_s, "spark_s": cold_total, "ratio": rate / check_rate,
            "session_s": spark["session"], "warm_s": warm.seconds, "pages_per_cpu_s": per_core,
            "driver_mb": spark["driver_kib"] / 1024,
            "jvm_mb": spark["jvm_kib"] / 1024, "worker_mb": [k / 1024 for k in workers]}


def _check(folder: Path, out: Path) -> dict[str, float]:
    """``newslint check --jobs 2`` on the pages: wall and CPU seconds (its workers' too), its largest process's peak."""
    # Parsable, not JSON: JSON (and SARIF) output works out every fix's edits, which the Spark job
    # does not; the formats that show no edits compare like with like.
    cmd = [sys.executable, "-m", "linter", "check", str(folder), "--jobs", str(CORES), "--format", "parsable",
           "-o", str(out), "--isolated", "--no-progress", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    t0 = time.perf_counter()
    process = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)  # (its usage with its reaped children's: the workers)
    elapsed = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise RuntimeError(f"newslint check exited {code}")
    return {"wall": elapsed, "cpu": usage.ru_utime + usage.ru_stime, "kib": usage.ru_maxrss}


def _spark(warcs: list[str], tmp: Path) -> dict[str, Any]:
    t0 = time.perf_counter()
    from linter.spark.job import SparkOptions, session
    from linter.spark.job import run as job

    imported = time.perf_counter() - t0
    t1 = time.perf_counter()
    spark = session(f"local[{CORES}]")
    started = time.perf_counter() - t1
    try:
        jvm0, driver0 = _jvm(spark)[1], _self_cpu()
        cold = job(warcs, SparkOptions(output=str(tmp / "cold")), spark=spark)
        jvm1, driver1 = _jvm(spark)[1], _self_cpu()
        warm = job(warcs, SparkOptions(output=str(tmp / "warm")), spark=spark)
        jvm_kib, jvm2 = _jvm(spark)
        driver2 = _self_cpu()
    finally:
        spark.stop()
    cold_workers = sum(w.cpu_seconds for w in cold.workers.values())
    warm_workers = sum(w.cpu_seconds for w in warm.workers.values()) - sum(
        w.cpu_seconds for pid, w in cold.workers.items() if pid in warm.workers)
    cold_parts = {"workers": cold_workers, "jvm": jvm1 - jvm0, "driver": driver1 - driver0}
    warm_parts = {"workers": warm_workers, "jvm": jvm2 - jvm1, "driver": driver2 - driver1}
    return {"import": imported, "session": started, "cold": cold, "warm": warm, "jvm_kib": jvm_kib,
            "session_jvm_cpu": jvm0, "cold_parts": cold_parts, "warm_parts": warm_parts,
            "cold_cpu": sum(cold_parts.values()), "warm_cpu": sum(warm_parts.values()),
            "driver_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}


def _self_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _jvm(spark: Any) -> tuple[int, float]:
    """The JVM's peak resident memory (KiB, VmHWM) and CPU seconds so far: the gateway process PySpark started."""
    proc = getattr(getattr(spark.sparkContext, "_gateway", None), "proc", None)
    pid = getattr(proc, "pid", None)
    if pid is None:
        return 0, 0.0
    kib, cpu = 0, 0.0
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            kib = next((int(line.split()[1]) for line in fh if line.startswith("VmHWM:")), 0)
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
    except (OSError, ValueError, IndexError):
        pass
    return kib, cpu


def _pages(corpus: list[tuple[str, bytes]], total: int, files: int) -> tuple[Path, str]:
    """The folder holding ``warc/`` and ``html/``, made once and cached."""
    key = hashlib.sha256(f"{GENERATOR}:{total}:{files}".encode() + b"".join(
        hashlib.sha256(data).digest() for _, data in corpus)).hexdigest()[:16]
    folder = cache_root() / f"spark-{key}"
    if (folder / "done").exists():
        return folder, "cached"
    t0 = time.perf_counter()
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "warc").mkdir(parents=True)
    (folder / "html").mkdir()
    outs = [open(folder / "warc" / f"part-{k:02d}.warc.gz", "wb") for k in range(files)]  # noqa: SIM115
    try:
        for i in range(total):
            name, data = corpus[i % len(corpus)]
            url = f"https://news{i % HOSTS}.example/{i // len(corpus)}/{name}"
            http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    b"Content-Length: %d\r\n\r\n" % len(data))
            out = outs[i % files]
            out.write(member(record("request", url, b"GET /%d/%s HTTP/1.1\r\nHost: news%d.example\r\n\r\n"
                                    % (i // len(corpus), name.encode(), i % HOSTS))))
            out.write(member(record("response", url, http + data)))
            (folder / "html" / f"{i:05d}-{name}").write_bytes(data)
    finally:
        for out in outs:
            out.close()
    (folder / "done").write_text("", encoding="utf-8")
    return folder, f"generated in {time.perf_counter() - t0:.0f} s"


def _load() -> str:
    try:
        return ", ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"
