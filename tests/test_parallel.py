"""Many files at once: linted by worker processes, reported exactly as a serial run reports them.

The failing linters below stand in for a bug in newslint: they are module-level functions
so that worker processes reach them (``lint_files(lint=...)``) whether the workers are
forked or spawned. Nothing here measures time.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from linter import lint as lint_module
from linter.config import Config
from linter.findings import Finding
from linter.lint import PARALLEL_THRESHOLD, lint_file_safely, lint_files, lint_path
from tests.rules.html_page import page
from tests.test_cli import run
from tests.util import FIXTURES, NOW, article

# seconds to minutes: generated inputs, subprocesses and real servers per case: not in `make test-fast`.
pytestmark = pytest.mark.slow

COUNT = 100


def make_tree(root: Path) -> list[str]:
    """About a hundred articles, pages and JSON-LD files with findings of every kind, in folders."""
    texts = sorted((FIXTURES / "articles").glob("*.txt"))
    drops = ["author", "datePublished", "image", "description", "publisher", None]
    for i in range(COUNT):
        folder = root / f"section-{i % 7}"
        folder.mkdir(exist_ok=True)
        kind = i % 4
        if kind == 0:
            shutil.copy(texts[i % len(texts)], folder / f"story-{i:03}.txt")
        elif kind == 1:
            drop = drops[i % len(drops)]
            data = article(**({drop: None} if drop else {}), headline=f"Story number {i}")
            (folder / f"story-{i:03}.jsonld").write_text(json.dumps(data, indent=2), encoding="utf-8")
        elif kind == 2:
            shutil.copy(FIXTURES / "html" / "article-no-json-ld.html", folder / f"page-{i:03}.html")
        else:
            data = article(author=None) if i % 3 else article()
            (folder / f"page-{i:03}.htm").write_text(page(data=data), encoding="utf-8")
    (root / "broken.jsonld").write_text('{"@type": "NewsArticle",\n  "headline": }\n', encoding="utf-8")
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    make_tree(tmp_path)
    return tmp_path


@pytest.fixture(params=["fork", "spawn"])
def start_method(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Workers forked (Linux) or spawned (macOS, Windows): both must give the same results."""
    if request.param not in multiprocessing.get_all_start_methods():
        pytest.fail(f"{request.param} not available here")  # every platform newslint runs CI on has both
    monkeypatch.setattr(lint_module, "_start_method", lambda: request.param)
    return request.param


def as_data(results: list[tuple[str, list[Finding]]]) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Everything a reporter writes of each finding, message included."""
    return [(path, [(f.rule, f.severity, f.message, f.path, f.line, f.column, f.json_path, f.hint)
                    for f in findings]) for path, findings in results]


# --- the command line --------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["json", "parsable"])
def test_output_is_identical_whatever_the_jobs(tree: Path, fmt: str) -> None:
    serial = run("check", ".", "--format", fmt, "--jobs", "1", cwd=tree)
    assert serial.code == 1
    assert serial.err == ""
    if fmt == "json":
        data = serial.json()
        assert data["summary"]["files"] == COUNT + 1
        paths = [f["path"] for f in data["findings"]]
        assert paths == sorted(paths)
        assert {"missing-author", "missing-date-published", "parse-error"} <= {f["rule"] for f in data["findings"]}
    for jobs in ("2", "0", "3"):
        parallel = run("check", ".", "--format", fmt, "--jobs", jobs, cwd=tree)
        assert (parallel.code, parallel.err) == (serial.code, serial.err)
        assert parallel.out.encode() == serial.out.encode()
    assert run("check", ".", "--format", fmt, cwd=tree).out == serial.out  # the default: auto


def test_standard_input_keeps_its_place_among_the_files(tree: Path) -> None:
    stdin = (FIXTURES / "articles" / "minimal.txt").read_bytes()
    args = ("check", ".", "-", "--stdin-filename", "section-3/from-stdin.txt", "--format", "json")
    serial = run(*args, "--jobs", "1", cwd=tree, stdin=stdin)
    parallel = run(*args, "--jobs", "2", cwd=tree, stdin=stdin)
    assert parallel.out == serial.out
    paths = [f["path"] for f in serial.json()["findings"]]
    assert "section-3/from-stdin.txt" in paths and paths == sorted(paths)


@pytest.mark.parametrize("value", ["-1", "two", ""])
def test_bad_jobs_is_a_usage_error(tree: Path, value: str) -> None:
    r = run("check", ".", "--jobs", value, cwd=tree)
    assert r.code == 2
    assert r.out == ""
    assert "--jobs" in r.err


# --- the library -------------------------------------------------------------------------------

def test_library_results_are_in_input_order_and_equal_to_serial(tree: Path, start_method: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree)
    files = make_file_list(tree)
    config = Config(root=tree)
    serial = list(lint_files(files, config, jobs=1, now=NOW))
    assert [path for path, _ in serial] == files
    assert as_data(list(lint_files(files, config, jobs=2, now=NOW))) == as_data(serial)


def test_many_files_go_to_worker_processes(tree: Path, start_method: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree)
    files = make_file_list(tree)
    results = list(lint_files(files, Config(root=tree), jobs=2, lint=report_process))
    assert [path for path, _ in results] == files
    pids = {int(findings[0].message.split()[-1]) for _, findings in results}
    assert os.getpid() not in pids


def test_few_files_or_one_job_stay_in_this_process(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree)
    files = make_file_list(tree)
    for chosen, jobs in ((files[:PARALLEL_THRESHOLD], 2), (files, 1)):
        results = list(lint_files(chosen, Config(root=tree), jobs=jobs, lint=report_process))
        assert {int(findings[0].message.split()[-1]) for _, findings in results} == {os.getpid()}


def test_negative_jobs_is_refused() -> None:
    with pytest.raises(ValueError, match="jobs"):
        list(lint_files(["a.txt"], Config(), jobs=-1))


# --- a file newslint fails on ------------------------------------------------------------------

def test_an_exception_is_a_parse_error_of_that_file(tmp_path: Path) -> None:
    path = tmp_path / "explode-story.txt"
    shutil.copy(FIXTURES / "articles" / "minimal.txt", path)
    [finding] = lint_file_safely(str(path), config=Config(), lint=explode)
    assert (finding.rule, finding.path, finding.severity.value) == ("parse-error", str(path), "error")
    assert finding.message.startswith("internal error while linting: RuntimeError: newslint bug")
    assert "test_parallel.py:" in finding.message  # where it escaped from
    # Other files are linted as usual.
    other = tmp_path / "story.txt"
    shutil.copy(FIXTURES / "articles" / "minimal.txt", other)
    assert lint_file_safely(str(other), config=Config(), lint=explode) == lint_path(other)


def test_newslint_debug_lets_the_exception_through(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLINT_DEBUG", "1")
    with pytest.raises(RuntimeError, match="newslint bug"):
        lint_file_safely(str(tmp_path / "explode.txt"), config=Config(), lint=explode)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_that_crashes_its_linting_does_not_stop_the_others(tree: Path, jobs: int, start_method: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree)
    files = make_file_list(tree)
    crash = files[len(files) // 2].replace("story", "explode-story").replace("page", "explode-page")
    os.rename(files[len(files) // 2], crash)
    files[len(files) // 2] = crash
    config = Config(root=tree)
    results = list(lint_files(files, config, jobs=jobs, now=NOW, lint=explode))
    assert [path for path, _ in results] == files
    for path, findings in results:
        if path == crash:
            assert [(f.rule, f.path) for f in findings] == [("parse-error", crash)]
            assert "internal error while linting" in findings[0].message
        else:
            assert as_data([(path, findings)]) == as_data([(path, lint_path(path, config=config, now=NOW))])


def test_a_worker_that_dies_loses_no_results(tree: Path, start_method: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree)
    files = make_file_list(tree)
    config = Config(root=tree)
    serial = list(lint_files(files, config, jobs=1, now=NOW))
    linted_here: list[str] = []
    chunk = lint_module._lint_chunk

    def spy(paths: list[str], *args: object) -> list[list[Finding]]:
        if multiprocessing.parent_process() is None:  # (forked workers inherit the spy)
            linted_here.extend(paths)
        return chunk(paths, *args)

    monkeypatch.setattr(lint_module, "_lint_chunk", spy)
    # Every worker that is handed a "section-2" file dies on it; this process lints it fine.
    results = list(lint_files(files, config, jobs=2, now=NOW, lint=die_in_worker))
    assert as_data(results) == as_data(serial)
    # What the dead worker held was linted again here.
    assert any("section-2" in path for path in linted_here)


# --- stand-ins for newslint's own linting (module level: workers import them by name) -----------

def make_file_list(root: Path) -> list[str]:
    files = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and ".git" not in p.parts)
    assert len(files) > PARALLEL_THRESHOLD
    return files


def explode(path: str, *, config: Config, now: datetime | None = None) -> list[Finding]:
    if "explode" in os.path.basename(path):
        raise RuntimeError("newslint bug")
    return lint_path(path, config=config, now=now)


def die_in_worker(path: str, *, config: Config, now: datetime | None = None) -> list[Finding]:
    if "section-2" in path and multiprocessing.parent_process() is not None:
        os._exit(3)  # as if killed: no exception, no result, the process is gone
    return lint_path(path, config=config, now=now)


def report_process(path: str, *, config: Config, now: datetime | None = None) -> list[Finding]:
    from linter import rules
    from linter.rules import parse_error

    return [rules.finding(parse_error, f"linted in process {os.getpid()}", path)]
