"""Cold start of ``newslint check``: one Markdown article, and 500 (a pre-commit hook's life).

Each run is a fresh process, as a hook's is. Python writes bytecode caches on
the first run (the sandbox here sets PYTHONDONTWRITEBYTECODE, which a user's
machine does not: it is removed for these runs), so the first run is a
warm-up and the figure is the best and the median of the next ones. Target:
under 150 ms for one article. Also prints where the imports' time goes
(``python -X importtime``), by top-level package.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "fixtures" / "markdown" / "hugo-yaml.md"


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["NO_COLOR"] = "1"
    return env


def _newslint() -> list[str]:
    script = Path(sys.executable).with_name("newslint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "linter"]


def _time(cmd: list[str], cwd: Path, runs: int) -> tuple[float, float]:
    env = _env()
    subprocess.run(cmd, cwd=cwd, env=env, capture_output=True)  # warm-up: bytecode caches
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, env=env, capture_output=True)
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def run(runs: int = 15) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / ".git").mkdir()  # the config search stops here
        shutil.copy(ARTICLE, work / "one.md")
        many = work / "articles"
        many.mkdir()
        sources = sorted((ROOT / "tests" / "fixtures" / "markdown").glob("*.md"))
        for i in range(500):
            shutil.copy(sources[i % len(sources)], many / f"article-{i:03d}.md")
        python_best, python_median = _time([sys.executable, "-c", "pass"], work, runs)
        one_best, one_median = _time([*_newslint(), "check", "one.md"], work, runs)
        many_best, many_median = _time([*_newslint(), "check", "articles"], work, max(3, runs // 5))
        imports = _imports(work)
    print("startup: newslint check, fresh process each run (bytecode cached)")
    print(f"  python -c pass                   best {python_best * 1000:6.0f} ms  "
          f"median {python_median * 1000:6.0f} ms")
    print(f"  newslint check one.md            best {one_best * 1000:6.0f} ms  median {one_median * 1000:6.0f} ms"
          "   (target < 150 ms)")
    print(f"  newslint check 500 articles      best {many_best * 1000:6.0f} ms  median {many_median * 1000:6.0f} ms"
          f"   ({500 / many_median:.0f} files/s)")
    print("  imports of one run (python -X importtime, self time by top-level package):")
    for name, ms in imports[:10]:
        print(f"    {ms:6.1f} ms  {name}")
    return {"python_ms": python_median * 1000, "one_ms": one_median * 1000, "many_ms": many_median * 1000}


def _imports(work: Path) -> list[tuple[str, float]]:
    cmd = [sys.executable, "-X", "importtime", "-m", "linter", "check", "one.md"]
    err = subprocess.run(cmd, cwd=work, env=_env(), capture_output=True, text=True).stderr
    totals: dict[str, float] = {}
    for line in err.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if m:
            name = m[2]
            group = "linter.rules.*" if name.startswith("linter.rules.") else name.split(".")[0]
            totals[group] = totals.get(group, 0.0) + int(m[1]) / 1000
    return sorted(totals.items(), key=lambda kv: -kv[1])
