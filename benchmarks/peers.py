"""newslint against peer checkers (Node) on the corpus pages: speed and what each flags.

The peers, installed with npm into ``~/.cache/newslint-bench/peers`` on the first run:
structured-data-testing-tool with its Google preset, and @adobe/structured-data-validator on
what @marbec/web-auto-extractor extracts (given schema.org's vocabulary from
``../shared/vocab``, as there is no network to fetch it). ``benchmarks/peers/run.mjs`` runs both
in one Node process and says, in its header, how each tool's messages are mapped to the three
questions asked of every page: does the tool flag a missing author, a missing datePublished, a
missing image? newslint answers in this process (``lint_bytes``, all rules on) with
``missing-author``, ``missing-date-published``, ``missing-image`` and, as their close relative,
``empty-value`` on the article's own ``author``/``datePublished``/``image`` (newslint's message:
"counts as missing"; the peers treat an empty value as missing too). Pages without article
markup (``missing-article-markup``) are counted apart: there is nothing on them to flag.

Each tool gets an untimed warm-up pass then ``rounds`` timed passes; npm install and Node's start
are not timed. Skipped, with a message, when ``node`` or ``npm`` is missing or the install fails.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.corpus import ROOT, pages

PACKAGES = ("structured-data-testing-tool", "@adobe/structured-data-validator", "@marbec/web-auto-extractor")
RUNNER = Path(__file__).resolve().parent / "peers" / "run.mjs"
VOCAB = ROOT.parent / "shared" / "vocab" / "schemaorg-all-https.jsonld"
CATEGORIES = ("author", "date", "image")
_RULES = {"missing-author": "author", "missing-date-published": "date", "missing-image": "image"}
_EMPTY = {"author": "author", "datePublished": "date", "image": "image"}
#: ``empty-value`` at an article node's own property: a top-level node, an item of a top-level
#: array or of ``@graph`` (``$.image.image``, an ImageObject's image, is not the article's).
_ARTICLE_PROPERTY = re.compile(r"^\$(\[\d+\])?(\.@graph\[\d+\])?\.(author|datePublished|image)(\[\d+\])?$")


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newslint-bench" / "peers"


def run(rounds: int = 3, examples: int = 6) -> dict[str, Any]:
    where, corpus = pages()
    if not corpus:
        print("peers: no corpus pages found")
        return {}
    modules = _install()
    if modules is None:
        return {}
    peers = _run_node(modules, Path(where), rounds)
    if peers is None:
        return {}
    mine = _newslint(corpus, rounds)
    tools = [mine, *peers["tools"]]
    print(f"peers: {len(corpus)} pages from {where}; {rounds} timed rounds after a warm-up"
          f" (Node {peers['node']}, npm install and Node start not timed)")
    _table(tools)
    _disagreements(mine, peers["tools"], peers["evidence"], examples)
    return {t["tool"]: t["pages"] * t["rounds"] / t["seconds"] for t in tools if t["seconds"]}


# --- the peers --------------------------------------------------------------------------------------


def _install() -> Path | None:
    """The folder holding the peers' node_modules, installed there if need be; ``None``: skip."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        print(f"peers: skipped, {'node' if not node else 'npm'} is not on PATH")
        return None
    folder = cache_dir()
    if all((folder / "node_modules" / name / "package.json").is_file() for name in PACKAGES):
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / "package.json").exists():
        (folder / "package.json").write_text('{"name": "newslint-bench-peers", "private": true}\n')
    print(f"peers: npm install into {folder} ...", flush=True)
    try:
        done = subprocess.run([npm, "install", "--no-audit", "--no-fund", *PACKAGES], cwd=folder,
                              capture_output=True, text=True, timeout=600)
    except subprocess.TimeoutExpired:
        print("peers: skipped, npm install took more than 600 s")
        return None
    if done.returncode != 0:
        lines = (done.stderr.strip() or done.stdout.strip()).splitlines()
        print(f"peers: skipped, npm install failed (exit {done.returncode}):",
              *([x for x in lines if x.startswith("npm error")][:3] or lines[-3:]), sep="\n  ")
        return None
    return folder


def _run_node(modules: Path, folder: Path, rounds: int) -> dict[str, Any] | None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "peers.json"
        cmd = [shutil.which("node") or "node", str(RUNNER), "--modules", str(modules), "--pages", str(folder),
               "--out", str(out), "--rounds", str(rounds)]
        if VOCAB.is_file():
            cmd += ["--vocab", str(VOCAB)]
        try:
            # stdout is the tools' own chatter (the testing tool logs JSON-LD parse errors there).
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
        except subprocess.TimeoutExpired:
            print("peers: the Node runner took more than 1800 s; no peer figures")
            return None
        if done.returncode != 0 or not out.exists():
            print(f"peers: the Node runner failed (exit {done.returncode}):",
                  *done.stderr.strip().splitlines()[-5:], sep="\n  ")
            return None
        result: dict[str, Any] = json.loads(out.read_text())
    if not VOCAB.is_file():
        print(f"peers: {VOCAB} not found: the Adobe validator ran without the schema.org vocabulary")
    return result


# --- newslint ---------------------------------------------------------------------------------------


def _newslint(corpus: list[tuple[str, bytes]], rounds: int) -> dict[str, Any]:
    """newslint's answers in the shape of run.mjs's, timed the same way."""
    from importlib.metadata import version

    from linter.lint import lint_bytes

    for name, data in corpus:  # warm-up: imports, compiled schemas, the vocabulary
        try:
            lint_bytes(data, name)
        except Exception:
            pass
    per_page: dict[str, dict[str, Any]] = {}
    seconds = 0.0
    clock = time.perf_counter
    for _ in range(rounds):
        for name, data in corpus:
            t0 = clock()
            try:
                findings = lint_bytes(data, name)
            except Exception as exc:  # counted as a failure, as a peer's exception is
                seconds += clock() - t0
                per_page[name] = {"failed": f"{type(exc).__name__}: {exc}"}
                continue
            seconds += clock() - t0
            per_page[name] = _answers(findings)
    return {"tool": "newslint (lint_bytes, all rules)", "version": version("newslint"), "pages": len(corpus),
            "rounds": rounds, "seconds": seconds, "per_page": per_page}


def _answers(findings: list[Any]) -> dict[str, Any]:
    flags = dict.fromkeys(CATEGORIES, False)
    messages = []
    for f in findings:
        category = _RULES.get(f.rule)
        if f.rule == "empty-value" and f.json_path:
            m = _ARTICLE_PROPERTY.match(f.json_path)
            category = _EMPTY[m[3]] if m else None
        if category:
            flags[category] = True
            messages.append(f"{f.rule} at {f.json_path}: {f.message}")
    out: dict[str, Any] = {"flags": flags, "messages": messages,
                           "articles": [] if any(f.rule == "missing-article-markup" for f in findings) else ["yes"]}
    errors = [f.message for f in findings if f.rule == "parse-error"]
    if errors:
        out["failed"] = errors[0]
    return out


# --- report -----------------------------------------------------------------------------------------


def _table(tools: list[dict[str, Any]]) -> None:
    head = (f"  {'tool':<64} {'version':<13} {'pages':>5} {'pages/s':>8} {'no article':>10}"
            f" {'author':>6} {'date':>5} {'image':>5} {'failed':>6}")
    print(head)
    print("  " + "-" * (len(head) - 2))
    for t in tools:
        pp = t["per_page"].values()
        ok = [p for p in pp if "failed" not in p]
        rate = t["pages"] * t["rounds"] / t["seconds"] if t["seconds"] else 0.0
        counts = [sum(p["flags"][c] for p in ok) for c in CATEGORIES]
        print(f"  {t['tool']:<64} {t['version']:<13} {t['pages']:>5} {rate:>8.1f}"
              f" {sum(not p['articles'] for p in ok):>10} {counts[0]:>6} {counts[1]:>5} {counts[2]:>5}"
              f" {len(pp) - len(ok):>6}")
    print("  (author/date/image: pages flagged for a missing author, datePublished, image;"
          " no article: pages read without finding Article-family markup; failed: pages the tool threw on)")
    for t in tools:
        for name, p in t["per_page"].items():
            if "failed" in p:
                print(f"  failed: {t['tool'].split(' ')[0]} on {name}: {p['failed'][:160]}")


def _disagreements(mine: dict[str, Any], peers: list[dict[str, Any]], evidence: dict[str, Any],
                   examples: int) -> None:
    """Pages where newslint and a peer answer differently; a few shown with what each said."""
    picked: list[str] = []
    for peer in peers:
        short = peer["tool"].split(" ")[0]
        for category in CATEGORIES:
            only_mine, only_peer = [], []
            for name, p in peer["per_page"].items():
                m = mine["per_page"].get(name, {})
                if "failed" in p or "failed" in m:
                    continue
                if m["flags"][category] != p["flags"][category]:
                    (only_mine if m["flags"][category] else only_peer).append(name)
            print(f"  missing {category:<6} flagged by newslint only: {len(only_mine):>3},"
                  f" by {short} only: {len(only_peer):>3}")
            # Both directions, pages not shown yet first.
            for group in (only_peer, only_mine):
                fresh = [n for n in group if n not in picked]
                if fresh:
                    picked.append(fresh[0])
    if not picked:
        return
    print("  examples (verdicts newslint / peers in table order; Y = flags it;"
          " article items as @marbec/web-auto-extractor reads them):")
    tools = [mine, *peers]
    for name in picked[:examples]:
        answers = [t["per_page"][name] for t in tools]
        verdicts = "  ".join(
            f"{c} {'/'.join('-' if 'failed' in a else 'YN'[not a['flags'][c]] for a in answers)}" for c in CATEGORIES)
        seen = "; ".join(f"{t['tool'].split(' ')[0]}: {', '.join(t['per_page'][name].get('articles', [])) or 'none'}"
                         for t in tools[1:])
        print(f"  - {name}: {verdicts}   (articles seen by {seen})")
        for t in tools:
            for line in t["per_page"][name].get("messages", [])[:3]:
                print(f"      {t['tool'].split(' ')[0]}: {line[:130]}")
        for item in evidence.get(name, [])[:2]:
            print(f"      {item['format']} {item['type']}: author={item['author'][:50]}"
                  f" datePublished={item['datePublished'][:40]} image={item['image'][:50]}")
