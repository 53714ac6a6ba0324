"""Hostile sizes: time and peak memory of ``newslint check`` against input size, shape by shape.

Each shape is an input an attacker (or a broken CMS) can publish: one ``<h1>`` with
hundreds of thousands of attributes, hundreds of thousands of empty JSON-LD blocks, an
``@graph`` of a hundred thousand articles, a Markdown file of images, a one-line ``.jsonld``
array (issue 11), and the same shapes through the other readers: figures, images, FAQ
questions, microdata items nested or wide, deep nesting, duplicate keys, thousands of
findings. For each, inputs of doubling size are generated and each is checked by
``newslint check FILE --format json`` in a fresh process, which reports its own time and
memory. Printed per size: the input's size; the CPU seconds of the check (the process's own:
on a shared machine less noisy than the wall clock, also printed); the peak memory
(``ru_maxrss``) and what it adds to the warmed-up process's memory before the check (the
*extra*, and how many times the input that is); the number of findings; and the ratio to the
previous size of the CPU seconds and of the extra memory. Linear work doubles with the input:
a ratio near 2 at every step (quadratic would be 4). Where a shape makes a finding every few
dozen bytes, the findings (and the JSON written) are most of the memory.

Usage: ``python -m benchmarks hostile [--quick] [SHAPE...]`` (``--list`` names the shapes).
``--quick`` runs three sizes, four times smaller, for a check in a minute or two rather than
several. ``python -m benchmarks.hostile write SHAPE N FILE`` writes one input, to look at.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_ARTICLE = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"Headline %d",'
            '"datePublished":"2025-03-01T10:00:00+01:00","author":{"@type":"Person","name":"Jane Doe"},'
            '"image":"https://example.com/%d.jpg"}')


def _page(head: str = "", body: str = "<h1>Headline</h1><p>Text.</p>") -> bytes:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Headline</title>{head}</head>'
            f"<body>{body}</body></html>").encode()


def _block(text: str) -> str:
    return f'<script type="application/ld+json">{text}</script>\n'


# --- the shapes -----------------------------------------------------------------------------------

def h1_attributes(n: int) -> bytes:
    """One ``<h1>`` with ``n`` attributes."""
    attrs = " ".join(f'a{i}="x"' for i in range(n))
    return _page(body=f"<h1 {attrs}>Headline</h1>")


def empty_blocks(n: int) -> bytes:
    """``n`` empty JSON-LD blocks, one a line."""
    return _page(head="\n" + _block("") * n)


def graph_nodes(n: int) -> bytes:
    """One JSON-LD block holding an ``@graph`` of ``n`` NewsArticle nodes, one a line."""
    nodes = ",\n".join(_ARTICLE % (i, i) for i in range(n))
    return _page(head=_block('{"@context":"https://schema.org","@graph":[\n' + nodes + "\n]}"))


def markdown_images(n: int) -> bytes:
    """A Markdown article whose body is ``n`` images."""
    images = "".join(f'![Photo {i}](/img/{i}.jpg "Caption {i}")\n\n' for i in range(n))
    return (f"---\ntitle: Headline\ndate: 2025-03-01T10:00:00+01:00\nauthor: Jane Doe\n---\n\n{images}"
            ).encode()


def jsonld_array(n: int) -> bytes:
    """A ``.jsonld`` file: one line, an array of ``n`` NewsArticle nodes."""
    return ("[" + ",".join(_ARTICLE % (i, i) for i in range(n)) + "]").encode("utf-8")


def full_blocks(n: int) -> bytes:
    """``n`` JSON-LD blocks, each a NewsArticle."""
    return _page(head="\n" + "".join(_block(_ARTICLE % (i, i)) for i in range(n)))


def html_figures(n: int) -> bytes:
    """An article with ``n`` figures, each an image, a caption and a credit."""
    figures = "".join(f'<figure><img src="/img/{i}.jpg" alt="Photo {i}"><figcaption>Caption {i} '
                      f'<span class="credit">Photo: Agency</span></figcaption></figure>\n' for i in range(n))
    return _page(head=_block(_ARTICLE % (0, 0)), body=f"<article><h1>Headline 0</h1>\n{figures}</article>")


def html_images(n: int) -> bytes:
    """An article with ``n`` images outside figures, each in its own paragraph."""
    images = "".join(f'<p><img src="/img/{i}.jpg" alt="Photo {i}"></p>\n' for i in range(n))
    return _page(head=_block(_ARTICLE % (0, 0)), body=f"<article><h1>Headline 0</h1>\n{images}</article>")


def faq_questions(n: int) -> bytes:
    """An FAQPage of ``n`` questions, shown on the page as ``<details>``."""
    questions = ",\n".join(f'{{"@type":"Question","name":"Question {i}?","acceptedAnswer":'
                           f'{{"@type":"Answer","text":"Answer {i}."}}}}' for i in range(n))
    shown = "".join(f"<details><summary>Question {i}?</summary><p>Answer {i}.</p></details>\n" for i in range(n))
    block = _block('{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[\n' + questions + "\n]}")
    return _page(head=block, body=f"<h1>FAQ</h1><h2>Frequently asked questions</h2>\n{shown}")


def microdata_items(n: int) -> bytes:
    """``n`` microdata NewsArticle items."""
    items = "".join(f'<div itemscope itemtype="https://schema.org/NewsArticle"><h2 itemprop="headline">'
                    f'Headline {i}</h2><span itemprop="author">Jane Doe</span></div>\n' for i in range(n))
    return _page(body=f"<h1>Headline 0</h1>\n{items}")


def unknown_properties(n: int) -> bytes:
    """One NewsArticle with ``n`` properties schema.org does not know (a finding each)."""
    props = ",\n".join(f'"madeUp{i}":"x"' for i in range(n))
    return _page(head=_block(_ARTICLE[:-1] % (0, 0) + ",\n" + props + "}"))


def duplicate_keys(n: int) -> bytes:
    """One NewsArticle whose ``headline`` is written ``n`` times."""
    props = ",\n".join(f'"headline":"Headline {i}"' for i in range(n))
    return _page(head=_block(_ARTICLE[:-1] % (0, 0) + ",\n" + props + "}"))


def deep_json(n: int) -> bytes:
    """A NewsArticle whose ``about`` nests ``n`` objects deep."""
    return _page(head=_block(_ARTICLE[:-1] % (0, 0) + ',"about":' + '{"about":' * n + "1" + "}" * n + "}"))


def deep_html(n: int) -> bytes:
    """``n`` nested ``<div>`` around the article."""
    return _page(head=_block(_ARTICLE % (0, 0)), body="<div>" * n + "<h1>Headline 0</h1>" + "</div>" * n)


def faq_hidden(n: int) -> bytes:
    """An FAQPage of ``n`` questions the page does not show."""
    questions = ",\n".join(f'{{"@type":"Question","name":"Hidden question {i}?","acceptedAnswer":'
                           f'{{"@type":"Answer","text":"Hidden answer {i}."}}}}' for i in range(n))
    block = _block('{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[\n' + questions + "\n]}")
    return _page(head=block, body="<h1>FAQ</h1><p>" + "Nothing to see. " * 2000 + "</p>")


def authors_hidden(n: int) -> bytes:
    """A NewsArticle naming ``n`` authors the page does not show."""
    authors = ",\n".join(f'{{"@type":"Person","name":"Hidden Author {i}"}}' for i in range(n))
    block = _block(_ARTICLE[:-1] % (0, 0) + ',"author":[\n' + authors + "\n]}")
    return _page(head=block, body="<h1>Headline 0</h1><p>" + "Nothing to see. " * 2000 + "</p>")


def html_bylines(n: int) -> bytes:
    """An article whose header holds ``n`` bylines and ``n`` dates."""
    header = "".join(f'<span class="byline">By Author {i}</span> <time datetime="2025-03-01T10:00:00+01:00">'
                     f"1 March 2025</time>\n" for i in range(n))
    return _page(head=_block(_ARTICLE % (0, 0)), body=f"<article><h1>Headline 0</h1>\n{header}<p>Text.</p></article>")


def text_faq(n: int) -> bytes:
    """A plain-text article with an FAQ of ``n`` questions and ``n`` photo captions."""
    photos = "".join(f"Picture {i} of the river.\nPhoto: Agency {i}\n\n" for i in range(n))
    faq = "".join(f"Q: Question {i}?\nA: Answer {i}.\n\n" for i in range(n))
    return (f"Headline\n\nBy Jane Doe\nPublished 3 March 2025, 18:05 CET\n\n{photos}Body text.\n\nFAQ\n\n{faq}"
            ).encode()


def markdown_faq(n: int) -> bytes:
    """A Markdown article with an FAQ section of ``n`` questions."""
    faq = "".join(f"### Question {i}?\n\nAnswer {i}.\n\n" for i in range(n))
    return (f"---\ntitle: Headline\ndate: 2025-03-01T10:00:00+01:00\nauthor: Jane Doe\n---\n\nBody.\n\n"
            f"## FAQ\n\n{faq}").encode()


def microdata_nested(n: int) -> bytes:
    """A microdata NewsArticle whose ``author`` items nest ``n`` deep."""
    nest = '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">A</span>' * n
    return _page(body=f'<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">'
                      f'Headline</h1>{nest}{"</div>" * n}</div>')


def microdata_properties(n: int) -> bytes:
    """One microdata NewsArticle with ``n`` properties."""
    props = "".join(f'<span itemprop="madeUp{i}">x</span>\n' for i in range(n))
    return _page(body=f'<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">'
                      f'Headline</h1>\n{props}</div>')


@dataclass(frozen=True)
class Shape:
    make: Callable[[int], bytes]
    suffix: str
    start: int  # the smallest size of a full run (``--quick``: a quarter of it)

    @property
    def doc(self) -> str:
        return (self.make.__doc__ or "").strip()


#: Starting sizes: the largest of four doublings is one to a few megabytes, checked in a few seconds.
SHAPES: dict[str, Shape] = {
    "h1-attributes": Shape(h1_attributes, ".html", 100_000),
    "empty-blocks": Shape(empty_blocks, ".html", 12_500),
    "graph-nodes": Shape(graph_nodes, ".html", 1_250),
    "markdown-images": Shape(markdown_images, ".md", 3_125),
    "jsonld-array": Shape(jsonld_array, ".jsonld", 1_250),
    "full-blocks": Shape(full_blocks, ".html", 1_250),
    "html-figures": Shape(html_figures, ".html", 5_000),
    "html-images": Shape(html_images, ".html", 5_000),
    "faq-questions": Shape(faq_questions, ".html", 5_000),
    "microdata-items": Shape(microdata_items, ".html", 1_250),
    "unknown-properties": Shape(unknown_properties, ".html", 12_500),
    "duplicate-keys": Shape(duplicate_keys, ".html", 25_000),
    "deep-json": Shape(deep_json, ".html", 5_000),
    "deep-html": Shape(deep_html, ".html", 25_000),
    "faq-hidden": Shape(faq_hidden, ".html", 2_500),
    "authors-hidden": Shape(authors_hidden, ".html", 2_500),
    "html-bylines": Shape(html_bylines, ".html", 5_000),
    "text-faq": Shape(text_faq, ".txt", 2_500),
    "markdown-faq": Shape(markdown_faq, ".md", 5_000),
    "microdata-nested": Shape(microdata_nested, ".html", 1_000),
    "microdata-properties": Shape(microdata_properties, ".html", 10_000),
}


# --- measuring ------------------------------------------------------------------------------------

def run(argv: list[str] | None = None) -> dict[str, list[dict[str, float]]]:
    args = list(argv or [])
    quick = "--quick" in args
    if "--list" in args:
        for name, shape in SHAPES.items():
            print(f"  {name:20} {shape.doc}")
        return {}
    names = [a for a in args if not a.startswith("--")] or list(SHAPES)
    unknown = [n for n in names if n not in SHAPES]
    if unknown:
        print(f"hostile: unknown shape {unknown[0]!r}; choose from {', '.join(SHAPES)}", file=sys.stderr)
        return {}
    steps = 3 if quick else 4
    print(f"hostile: newslint check FILE --format json, a fresh process per run{' (quick)' if quick else ''}; "
          "x: the ratio to the previous size (linear: 2)")
    results: dict[str, list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            shape = SHAPES[name]
            print(f"{name}: {shape.doc}")
            print(f"  {'n':>9} {'input':>9} {'cpu s':>7} {'x':>5} {'wall s':>7} {'peak MB':>8} {'extra MB':>9} "
                  f"{'x':>5} {'extra/input':>11} {'findings':>9}")
            rows: list[dict[str, float]] = []
            n = shape.start // 4 if quick else shape.start
            for _ in range(steps):
                path = Path(tmp) / f"{name}{shape.suffix}"
                path.write_bytes(shape.make(n))
                row = {"n": n, "bytes": path.stat().st_size, **_measure(path)}
                _print_row(row, rows[-1] if rows else None)
                rows.append(row)
                path.unlink()
                n *= 2
            results[name] = rows
    return results


def _print_row(row: dict[str, float], before: dict[str, float] | None) -> None:
    def ratio(key: str) -> str:
        if before is None or before[key] <= 0:
            return ""
        return f"{row[key] / before[key]:.1f}"

    mb = row["bytes"] / 1_048_576
    print(f"  {row['n']:>9} {mb:>7.2f}MB {row['cpu']:>7.2f} {ratio('cpu'):>5} {row['seconds']:>7.2f} "
          f"{row['rss_mb']:>8.0f} {row['extra_mb']:>9.0f} {ratio('extra_mb'):>5} {row['extra_mb'] / mb:>10.1f}x "
          f"{row['findings']:>9.0f}", flush=True)


def _measure(path: Path) -> dict[str, float]:
    """Check ``path`` in a fresh process: seconds, peak and extra MB, findings."""
    cmd = [sys.executable, "-m", "benchmarks.hostile", "measure", str(path)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    if done.returncode != 0:
        raise RuntimeError(f"the run failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _measure_here(path: str) -> None:
    """In the measured process: ``newslint check PATH --format json``; print time, memory, findings.

    newslint is first warmed up on a small page (imports, compiled schemas, the vocabulary), so
    the time is the input's own; the extra memory is the peak over the warmed-up process's.
    """
    from linter.cli import main

    def check(name: str, out: str) -> int:
        return main(["check", name, "--format", "json", "--output-file", out, "--isolated", "--jobs", "1",
                     "--no-progress"])

    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm-up.html"
        warm.write_bytes(full_blocks(2) + faq_questions(2))
        check(str(warm), os.devnull)
        idle_mb = _reset_peak()
        out = Path(tmp) / "findings.json"
        start, cpu = time.perf_counter(), time.process_time()
        code = check(path, str(out))
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        rss_mb = _peak_mb()
        if code not in (0, 1):
            sys.exit(f"newslint exited {code}")
        findings = len(json.loads(out.read_text(encoding="utf-8"))["findings"])
    print(json.dumps({"seconds": seconds, "cpu": cpu, "rss_mb": rss_mb, "extra_mb": max(0.0, rss_mb - idle_mb),
                      "findings": findings}))


def _reset_peak() -> float:
    """Forget the peak memory so far (the warm-up's: reading the vocabulary); the memory now, in MB.

    Linux only (``/proc/self/clear_refs``); elsewhere the peak stays, and so is the baseline.
    """
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
        return _status_mb("VmRSS")
    except (OSError, ValueError):
        return _peak_mb()


def _peak_mb() -> float:
    """The process's peak memory, in MB (since the last :func:`_reset_peak` on Linux)."""
    try:
        return _status_mb("VmHWM")
    except (OSError, ValueError):
        import resource

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # bytes on macOS, KiB elsewhere
        return rss / 1_048_576 if sys.platform == "darwin" else rss / 1024


def _status_mb(field: str) -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024  # kB
    raise ValueError(f"no {field} in /proc/self/status")


if __name__ == "__main__":
    if sys.argv[1:2] == ["measure"]:
        _measure_here(sys.argv[2])
    elif sys.argv[1:2] == ["write"]:  # python -m benchmarks.hostile write SHAPE N FILE: the input, to look at
        Path(sys.argv[4]).write_bytes(SHAPES[sys.argv[2]].make(int(sys.argv[3])))
    else:
        run(sys.argv[1:])
