"""Linting published pages, against bare lxml parsing and extruct's defaults (same run).

Pages are timed interleaved (lxml, then newslint, then newslint without the
schema.org vocabulary rules, page by page, several rounds) so that load from
other processes hits all alike. The issue's target: newslint's throughput at
least half of bare ``lxml.html.fromstring``. The run without the vocabulary
rules (deselected in the configuration, so the vocabulary checks do not run)
gives what those checks cost per page.
"""

from __future__ import annotations

import time

from benchmarks.corpus import pages


def run(rounds: int = 5) -> dict[str, float]:
    import lxml.html

    from linter.config import Config
    from linter.lint import lint_bytes
    from linter.vocab_check import RULES

    where, corpus = pages()
    if not corpus:
        print("pages: no corpus pages found")
        return {}
    config = Config()
    no_vocab = Config(ignore=frozenset(RULES))
    for name, data in corpus:  # warm up: imports, compiled schemas, caches, the vocabulary
        lint_bytes(data, name, config=config)
        lint_bytes(data, name, config=no_vocab)
    t_lxml = t_lint = t_bare = 0.0
    clock = time.perf_counter
    for _ in range(rounds):
        for name, data in corpus:
            t0 = clock()
            lxml.html.fromstring(data)
            t1 = clock()
            lint_bytes(data, name, config=config)
            t2 = clock()
            lint_bytes(data, name, config=no_vocab)
            t3 = clock()
            t_lxml += t1 - t0
            t_lint += t2 - t1
            t_bare += t3 - t2
    n = len(corpus) * rounds
    result = {"pages": len(corpus), "lxml_pages_s": n / t_lxml, "newslint_pages_s": n / t_lint,
              "newslint_no_vocab_pages_s": n / t_bare, "vocab_ms_per_page": (t_lint - t_bare) / n * 1000}
    result["ratio"] = result["newslint_pages_s"] / result["lxml_pages_s"]
    print(f"pages: {len(corpus)} pages from {where}, {rounds} rounds")
    print(f"  bare lxml.html.fromstring   {result['lxml_pages_s']:8.0f} pages/s")
    print(f"  newslint check (all rules)  {result['newslint_pages_s']:8.0f} pages/s"
          f"   ({result['ratio']:.2f} of lxml; target >= 0.50)")
    print(f"  newslint without the schema.org vocabulary rules"
          f"  {result['newslint_no_vocab_pages_s']:8.0f} pages/s"
          f"   (the vocabulary checks: {result['vocab_ms_per_page']:+.2f} ms per page)")
    result["extruct_pages_s"] = _extruct(corpus)
    return result


def _extruct(corpus: list[tuple[str, bytes]], budget_s: float = 20.0) -> float:
    """extruct.extract with its default syntaxes, on as many pages as fit in ``budget_s``."""
    import warnings

    import extruct

    done, spent = 0, 0.0
    clock = time.perf_counter
    for _, data in corpus:
        t0 = clock()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                extruct.extract(data)
            except Exception:  # extruct raises on some real pages; time counts all the same
                pass
        spent += clock() - t0
        done += 1
        if spent > budget_s:
            break
    rate = done / spent if spent else 0.0
    print(f"  extruct.extract (defaults)  {rate:8.1f} pages/s   ({done} pages in {spent:.1f} s)")
    return rate
