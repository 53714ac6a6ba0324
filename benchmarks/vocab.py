"""Loading the schema.org vocabulary (``linter/data/schemaorg.json``): cold and warm.

Cold: a fresh ``python`` process imports :mod:`linter.vocab` and loads the vocabulary, several
times; the import (mostly the standard library: ``json``, ``importlib.resources``, which a newslint
run has imported long before) and the first load are timed apart, inside the process (interpreter
start-up left out). Warm: the file read and indexed again in this process, 50 times, with the
page cache and imports warm. The issue's target: a load under 20 ms.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from benchmarks.corpus import ROOT

TARGET_MS = 20.0
_COLD = (
    "import time; t0 = time.perf_counter(); import linter.vocab as v; t1 = time.perf_counter(); "
    "v.vocabulary(); t2 = time.perf_counter(); print((t1 - t0) * 1000, (t2 - t1) * 1000)"
)

def run(cold_runs: int = 7, warm_runs: int = 50) -> dict[str, float]:
    from linter import vocab

    cold = [tuple(map(float, subprocess.run([sys.executable, "-c", _COLD], cwd=ROOT, capture_output=True,
                                            text=True, check=True).stdout.split()))
            for _ in range(cold_runs)]
    vocab.load()  # warm up: the file in the page cache, the JSON decoder imported
    warm = []
    clock = time.perf_counter
    for _ in range(warm_runs):
        t0 = clock()
        vocab.load()
        warm.append((clock() - t0) * 1000)
    result = {"cold_import_ms": statistics.median(c[0] for c in cold),
              "cold_load_ms": statistics.median(c[1] for c in cold),
              "cold_load_max_ms": max(c[1] for c in cold),
              "cold_total_ms": statistics.median(c[0] + c[1] for c in cold),
              "warm_median_ms": statistics.median(warm), "warm_min_ms": min(warm)}
    print(f"vocab: linter/data/schemaorg.json (target: load < {TARGET_MS:.0f} ms)")
    print(f"  cold, fresh process ({cold_runs} runs, medians): import linter.vocab {result['cold_import_ms']:5.1f} ms,"
          f" first load {result['cold_load_ms']:5.1f} ms (max {result['cold_load_max_ms']:.1f}),"
          f" together {result['cold_total_ms']:5.1f} ms")
    print(f"  warm, this process ({warm_runs} loads): median {result['warm_median_ms']:5.1f} ms,"
          f" min {result['warm_min_ms']:5.1f} ms")
    return result
