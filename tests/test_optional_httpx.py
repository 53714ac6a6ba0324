"""httpx is the ``crawl`` extra: without it, crawling says how to get it (exit 2) and the rest works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def without_httpx(tmp_path):
    """An environment where ``import httpx`` fails, as when the extra is not installed."""
    (tmp_path / "httpx.py").write_text('raise ImportError("No module named \'httpx\'")\n', encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    env.pop("NEWSLINT_DEBUG", None)
    return env


def _run(args, env):
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)


def test_crawl_without_httpx_names_the_extra(without_httpx):
    done = _run(["-m", "linter", "crawl", "https://127.0.0.1:9/"], without_httpx)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    # What works today (newslint is not on the package index): install httpx, or the extra from a checkout.
    assert "pip install httpx" in done.stderr and "pip install -e '.[crawl]'" in done.stderr


def test_linting_needs_no_httpx(without_httpx):
    code = ("import sys, linter; "
            "found = linter.lint_text('{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\"}', "
            "path='a.jsonld'); assert found; assert 'httpx' not in sys.modules or sys.modules['httpx'] is None; "
            "print('ok')")
    done = _run(["-c", code], without_httpx)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_library_import_of_the_fetcher_is_an_import_error(without_httpx):
    code = ("try:\n    import linter.sources.fetch\nexcept ImportError as exc:\n    print(exc)\nelse:\n    print('imported')")
    done = _run(["-c", code], without_httpx)
    assert "pip install httpx" in done.stdout, done.stderr
