"""WARC libraries: warcio against FastWARC, reading what ``newslint check FILE.warc.gz`` reads.

The archive: the corpus pages (``benchmarks.corpus``: ``../shared/corpus`` when present, else the
test fixtures) repeated to 10,000 HTML ``response`` records, each its own gzip member as Common
Crawl writes them, each with a ``request`` record before it (as crawlers write them), built by
hand (neither library's writer, so neither is favoured) and cached in
``~/.cache/newslint-bench/warc-*.warc.gz``. Each library is timed doing what the WARC reader
needs of every record: iterate, read the WARC and HTTP headers (target URI, status, content
type), read the payload bytes. Best of ``repeats`` runs, alternating, in this process. Then
newslint's own reader (:func:`linter.sources.warc.read_warc`, FastWARC plus its checks: lengths,
decoding, resumption) on the same archive, and one page linted per record for scale: what
reading costs beside linting.

Last, what each library does with damaged archives (a corrupt gzip member, garbage between
members, a file cut in the middle of its last record, a plain archive cut short): whether it
says so, and what it reads of the rest.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.archive import cache_root
from benchmarks.corpus import pages

#: Bump when the generated archive changes.
GENERATOR = 1
RECORDS = 10_000


def run(records: int = RECORDS, repeats: int = 3) -> dict[str, Any]:
    where, corpus = pages()
    path, made = archive(corpus, records)
    size = path.stat().st_size
    print(f"warc: {records:,} HTML response records (+ as many requests) from {len(corpus)} pages of {where}; "
          f"{size / 1e6:.0f} MB gzipped, record by record ({made})")
    readers: dict[str, Callable[[Path], tuple[int, int]]] = {"warcio": read_warcio, "fastwarc": read_fastwarc,
                                                              "newslint (fastwarc)": read_newslint}
    best: dict[str, float] = {}
    for _ in range(repeats):
        for name, read in readers.items():
            t0 = time.perf_counter()
            count, payload = read(path)
            elapsed = time.perf_counter() - t0
            assert count == records, (name, count)
            best[name] = min(best.get(name, elapsed), elapsed)
    print(f"  {'reader':<20} {'best s':>7} {'records/s':>10} {'MB/s (HTML)':>12}   (best of {repeats})")
    for name, elapsed in best.items():
        print(f"  {name:<20} {elapsed:7.2f} {records / elapsed:10,.0f} {payload / elapsed / 1e6:12,.0f}")
    ratio = best["warcio"] / best["fastwarc"]
    print(f"  fastwarc is {ratio:.1f}x as fast as warcio")
    lint_s = _lint_seconds(corpus)
    print(f"  linting the same pages: {lint_s * 1000:.1f} ms a page; reading a record costs "
          f"{best['warcio'] / records / lint_s:.0%} of that with warcio, "
          f"{best['fastwarc'] / records / lint_s:.0%} with fastwarc, "
          f"{best['newslint (fastwarc)'] / records / lint_s:.0%} with newslint's reader")
    print("  damaged archives (records read; what the library says):")
    for case, outcome in robustness().items():
        print(f"    {case}:")
        for name, said in outcome.items():
            print(f"      {name:<9} {said}")
    return {"records": records, "seconds": best, "ratio": ratio, "lint_seconds_per_page": lint_s}


# --- the archive -------------------------------------------------------------------------------------

def archive(corpus: list[tuple[str, bytes]], records: int) -> tuple[Path, str]:
    key = hashlib.sha256(f"{GENERATOR}:{records}".encode() + b"".join(
        hashlib.sha256(data).digest() for _, data in corpus)).hexdigest()[:16]
    path = cache_root() / f"warc-{key}.warc.gz"
    if path.exists():
        return path, "cached"
    path.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    temp = path.with_suffix(f".{os.getpid()}.tmp")
    with open(temp, "wb") as fh:
        for i in range(records):
            name, data = corpus[i % len(corpus)]
            url = f"https://news.example/{i // len(corpus)}/{name}"
            fh.write(member(record("request", url, b"GET /%d/%s HTTP/1.1\r\nHost: news.example\r\n\r\n"
                                   % (i // len(corpus), name.encode()))))
            http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    b"Content-Length: %d\r\n\r\n" % len(data))
            fh.write(member(record("response", url, http + data)))
    os.replace(temp, path)
    return path, f"generated in {time.perf_counter() - t0:.0f} s"


def record(kind: str, url: str, block: bytes) -> bytes:
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\n"
            f"WARC-Date: 2026-12-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(block)}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def member(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=6, mtime=0)


# --- the readers -------------------------------------------------------------------------------------

def read_warcio(path: Path) -> tuple[int, int]:
    from warcio.archiveiterator import ArchiveIterator

    count = total = 0
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type != "response":
                continue
            rec.rec_headers.get_header("WARC-Target-URI")
            rec.http_headers.get_statuscode()
            rec.http_headers.get_header("Content-Type")
            total += len(rec.content_stream().read())
            count += 1
    return count, total


def read_fastwarc(path: Path) -> tuple[int, int]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    count = total = 0
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh, record_types=WarcRecordType.response):
            rec.headers.get("WARC-Target-URI")
            rec.http_headers.status_code  # noqa: B018
            rec.http_headers.get("Content-Type")
            total += len(rec.reader.read())
            count += 1
    return count, total


def read_newslint(path: Path) -> tuple[int, int]:
    from linter.sources.warc import WarcPage, read_warc

    count = total = 0
    for item in read_warc(path):
        if isinstance(item, WarcPage):
            count += 1
            total += len(item.data)
    return count, total


def _lint_seconds(corpus: list[tuple[str, bytes]]) -> float:
    from linter.config import Config
    from linter.sources.fetched_page import lint_page

    config = Config()
    for name, data in corpus[:3]:  # warm
        lint_page(data, name, url=f"https://news.example/{name}", config=config)
    t0 = time.perf_counter()
    for name, data in corpus:
        lint_page(data, name, url=f"https://news.example/{name}", config=config)
    return (time.perf_counter() - t0) / len(corpus)


# --- damaged archives --------------------------------------------------------------------------------

def robustness() -> dict[str, dict[str, str]]:
    good = [record("response", f"https://news.example/{i}",
                   b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + b"<p>page %d</p>" % i * 300)
            for i in range(5)]
    members = [member(r) for r in good]
    offsets = [sum(len(m) for m in members[:i]) for i in range(len(members))]
    whole = b"".join(members)
    corrupt = bytearray(whole)
    middle = (offsets[2] + offsets[3]) // 2
    corrupt[middle:middle + 16] = bytes(16)
    plain = b"".join(good)
    cases = {
        "corrupt gzip member (3rd of 5)": bytes(corrupt),
        "garbage between members (before the 3rd of 5)": whole[:offsets[2]] + b"junk\n" * 20 + whole[offsets[2]:],
        "cut in the middle of the last member (5th)": whole[:offsets[4] + (len(whole) - offsets[4]) // 2],
        "plain .warc cut in the last record's body": plain[:len(plain) - 1000],
    }
    return {case: {"warcio": _try(_warcio_pages, data), "fastwarc": _try(_fastwarc_pages, data),
                   "newslint": _try(_newslint_pages, data)} for case, data in cases.items()}


def _try(read: Callable[[bytes], list[str]], data: bytes) -> str:
    got: list[str] = []
    try:
        read(data, got)  # type: ignore[call-arg]
    except Exception as exc:
        return f"{len(got)} read, then {type(exc).__name__}: {str(exc)[:60]!r}"
    return f"{len(got)} read, no error: {', '.join(got)}"


def _warcio_pages(data: bytes, got: list[str]) -> None:
    from warcio.archiveiterator import ArchiveIterator

    for rec in ArchiveIterator(io.BytesIO(data)):
        got.append(f"{len(rec.content_stream().read())} B")


def _fastwarc_pages(data: bytes, got: list[str]) -> None:
    from fastwarc.warc import ArchiveIterator

    for rec in ArchiveIterator(io.BytesIO(data)):
        got.append(f"{len(rec.reader.read())} B")


def _newslint_pages(data: bytes, got: list[str]) -> None:
    from linter.sources.warc import WarcPage, read_warc

    for item in read_warc(io.BytesIO(data)):
        got.append(f"{len(item.data)} B" if isinstance(item, WarcPage) else f"problem at {item.offset}: "
                   f"{item.message[:50]}")
