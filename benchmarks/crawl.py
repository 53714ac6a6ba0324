"""``newslint crawl`` against ``newslint check``: the same 1,000 pages, over HTTP and from disk.

The corpus pages (``benchmarks.corpus.pages()``) are repeated under 1,000 different URLs,
served by a local HTTP server in its own process (``python -m benchmarks.crawl serve``), and
written as 1,000 files for ``check``. Each run is a fresh process with the same ``--jobs``
(default: one worker per CPU), timed from the command's start to its last finding, which
reports its own peak memory and its worker processes' (``ru_maxrss`` of the process and of its
children). Runs alternate, ``rounds`` times each, and the best of each is shown: other load on a
shared machine only ever slows a run down.

Targets (printed, not asserted): crawl throughput at least 80% of check's; peak memory below
300 MB, for the crawl process and for each of its workers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import pages

ROOT = Path(__file__).resolve().parent.parent
PAGES = 1000


def run(rounds: int = 2, jobs: int = 0) -> dict[str, float]:
    where, corpus = pages()
    if not corpus:
        print("crawl: no corpus pages found")
        return {}
    names = [f"{i:04d}-{corpus[i % len(corpus)][0]}" for i in range(PAGES)]
    server = subprocess.Popen([sys.executable, "-m", "benchmarks.crawl", "serve", str(PAGES)], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        base = (server.stdout.readline() if server.stdout else "").strip()
        if not base.startswith("http://"):
            print("crawl: the page server did not start")
            return {}
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            files = work / "pages"
            files.mkdir()
            for i, name in enumerate(names):
                (files / name).write_bytes(corpus[i % len(corpus)][1])
            (work / "urls.txt").write_text("".join(f"{base}/{name}\n" for name in names), encoding="utf-8")
            (work / ".git").mkdir()  # the configuration search stops here
            best: dict[str, dict[str, float]] = {}
            for _ in range(rounds):
                for kind in ("check", "crawl"):
                    figures = _measure(kind, work, jobs)
                    if kind not in best or figures["seconds"] < best[kind]["seconds"]:
                        best[kind] = figures
    finally:
        server.terminate()
        server.wait()
    check, crawl = best["check"], best["crawl"]
    result = {
        "check_pages_s": PAGES / check["seconds"], "crawl_pages_s": PAGES / crawl["seconds"],
        "check_rss_mb": check["rss_mb"], "check_workers_rss_mb": check["children_rss_mb"],
        "crawl_rss_mb": crawl["rss_mb"], "crawl_workers_rss_mb": crawl["children_rss_mb"],
    }
    result["ratio"] = result["crawl_pages_s"] / result["check_pages_s"]
    cpus = os.cpu_count()
    print(f"crawl: {PAGES} pages ({len(corpus)} corpus pages from {where}, repeated), --jobs {jobs or 'auto'} "
          f"on {cpus} CPUs, best of {rounds}")
    print(f"  newslint check (files)   {result['check_pages_s']:7.1f} pages/s   peak memory "
          f"{check['rss_mb']:5.0f} MB, workers {check['children_rss_mb']:5.0f} MB")
    print(f"  newslint crawl (HTTP)    {result['crawl_pages_s']:7.1f} pages/s   peak memory "
          f"{crawl['rss_mb']:5.0f} MB, workers {crawl['children_rss_mb']:5.0f} MB")
    print(f"  crawl / check            {result['ratio']:7.2f}   (target >= 0.80; peak memory target < 300 MB)")
    return result


def _measure(kind: str, work: Path, jobs: int) -> dict[str, float]:
    args = ["check", "pages"] if kind == "check" else ["crawl", "--urls-file", "urls.txt"]
    args += ["--jobs", str(jobs), "--format", "json", "--output-file", os.devnull, "--no-progress", "--isolated"]
    done = subprocess.run([sys.executable, "-m", "benchmarks.crawl", "measure", *args], cwd=work,
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if done.returncode != 0:
        raise RuntimeError(f"{kind} run failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _measure_here(args: list[str]) -> None:
    """In the measured process: run newslint with ``args``; print time and peak memory as JSON."""
    import resource

    start = time.perf_counter()
    from linter.cli import main

    code = main(args)
    seconds = time.perf_counter() - start
    if code not in (0, 1):
        sys.exit(f"newslint exited {code}")
    # ru_maxrss is in KiB on Linux. RUSAGE_CHILDREN: the largest worker process reaped.
    print(json.dumps({
        "seconds": seconds,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "children_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }))


def _serve(count: int) -> None:
    """The page server: ``/NNNN-NAME`` is corpus page NNNN mod n; prints its base URL, then serves."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    _, corpus = pages()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as a real site

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            name = self.path.lstrip("/")
            index = int(name[:4]) if name[:4].isdigit() else -1
            if 0 <= index < count:
                body, status, ctype = corpus[index % len(corpus)][1], 200, "text/html"
            else:
                body, status, ctype = b"not found", 404, "text/plain"
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"]:
        _serve(int(sys.argv[2]))
    elif sys.argv[1:2] == ["measure"]:
        _measure_here(sys.argv[2:])
    else:
        run()
