"""Hostile trees, inputs, outputs and option values, through the real command line (issue 11).

Symlink loops, FIFOs and devices named as input, a reader of the output that goes away, an
output naming a file being checked, lone surrogates in the data and in file names, malformed
configuration and baseline files, and action inputs holding workflow commands. Each is run as
a user would run it (``python -m linter``), every run bounded by a timeout.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from linter.decode import MAX_BYTES
from tests.test_cli import PARSABLE, one_line_error, run, write_json
from tests.util import article

# seconds to minutes: growth measured by doubling, fuzz-like inputs, subprocesses per case: not in `make test-fast`.
pytestmark = pytest.mark.slow

#: No run here takes more than a few seconds; one that would hang is ended by this.
TIMEOUT = 60

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
needs_symlinks = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")


@pytest.fixture
def cwd(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()  # no configuration found above the test's folder
    return tmp_path


def newslint(*args: str, cwd: Path, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS")}
    proc = subprocess.run([sys.executable, "-m", "linter", *args], cwd=cwd, capture_output=True,
                          timeout=TIMEOUT, env={**env, "PYTHONWARNINGS": "error"}, **kwargs)  # type: ignore[call-overload]
    assert b"Traceback" not in proc.stderr and b"internal error" not in proc.stderr, proc.stderr
    return proc


def parsable(out: str) -> list[tuple[str, str]]:
    """``(path, rule)`` of each line of ``--format parsable`` output."""
    return [(m["path"], m["rule"]) for m in map(PARSABLE.match, out.splitlines()) if m]


PAGE = ("<!DOCTYPE html>\n<html lang=\"en\"><head><title>Port reopens</title></head>\n"
        "<body><article><h1>Port reopens</h1><p>By Ana Ruiz</p><p>The port reopened today.</p></article></body></html>\n")


# -- item 4: symlink loops ----------------------------------------------------------------------

@needs_symlinks
def test_symlink_loops_in_a_tree_are_findings_of_their_own(cwd: Path) -> None:
    write_json(cwd / "ok.jsonld", article(description=None))
    os.symlink("b.md", cwd / "a.md")
    os.symlink("a.md", cwd / "b.md")
    os.symlink(".", cwd / "loop")  # a folder holding itself: walked once, never followed
    (cwd / "sub").mkdir()
    os.symlink("..", cwd / "sub" / "up")
    r = run("check", ".", "--format", "parsable", cwd=cwd)
    assert r.code == 1, r.err
    assert sorted(parsable(r.out)) == [("a.md", "parse-error"), ("b.md", "parse-error"),
                                       ("ok.jsonld", "missing-description")]
    assert "symbolic links" in r.out  # the reason, from the system: too many levels of symbolic links
    # Named on the command line, or reached through the looping folder, a loop is the same finding.
    r = run("check", "a.md", "loop/ok.jsonld", "--format", "parsable", cwd=cwd)
    assert sorted(parsable(r.out)) == [("a.md", "parse-error"), ("loop/ok.jsonld", "missing-description")]


@needs_symlinks
def test_symlink_loops_do_not_stop_fix(cwd: Path) -> None:
    (cwd / "page.html").write_text(PAGE, encoding="utf-8")
    os.symlink("y.html", cwd / "x.html")
    os.symlink("x.html", cwd / "y.html")
    os.symlink(".", cwd / "loop")
    r = run("fix", ".", "--unsafe-fixes", cwd=cwd)
    assert r.code == 1  # two pages left unchanged, for a reason each
    lines = r.err.splitlines()
    assert any(line.startswith("x.html: ") for line in lines) and any(line.startswith("y.html: ") for line in lines)
    assert "in 1 of 3 files" in lines[-1], lines
    assert 'data-generator="newslint"' in (cwd / "page.html").read_text(encoding="utf-8")
    r = run("fix", "x.html", "--unsafe-fixes", cwd=cwd)
    assert r.code == 1 and r.err.splitlines()[0].startswith("x.html: "), r.err


# -- item 5: one way of opening input -----------------------------------------------------------

@needs_fifo
@pytest.mark.parametrize("name", ["pipe.html", "pipe.txt", "pipe.md"])
def test_convert_refuses_a_fifo_at_once(cwd: Path, name: str) -> None:
    os.mkfifo(cwd / name)  # nobody ever writes: reading it would wait forever
    line = one_line_error(run("convert", name, cwd=cwd))
    assert line == f"newslint: error: cannot read {name}: not a regular file"


@needs_symlinks
@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
@pytest.mark.parametrize("name", ["zero.html", "zero.txt"])
def test_convert_refuses_a_link_to_an_endless_device(cwd: Path, name: str) -> None:
    os.symlink("/dev/zero", cwd / name)
    line = one_line_error(run("convert", name, cwd=cwd))
    assert line == f"newslint: error: cannot read {name}: not a regular file"


def test_convert_refuses_a_file_over_the_limit(cwd: Path) -> None:
    with open(cwd / "big.txt", "wb") as fh:  # sparse: no disk used, but larger than anything read
        fh.truncate(MAX_BYTES + 1)
    assert one_line_error(run("convert", "big.txt", cwd=cwd)) == "newslint: error: big.txt is too large to convert"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
@pytest.mark.parametrize("command", ["convert", "check"])
def test_standard_input_is_read_no_further_than_the_limit(cwd: Path, command: str) -> None:
    with open("/dev/zero", "rb") as endless:
        proc = newslint(command, "-", "--format", "json", cwd=cwd, stdin=endless)
    if command == "convert":
        assert (proc.returncode, proc.stderr) == (2, b"newslint: error: <stdin> is too large to convert\n")
    else:
        [finding] = json.loads(proc.stdout)["findings"]
        assert (proc.returncode, finding["rule"]) == (1, "parse-error")
        assert "too large" in finding["message"]


# -- item 8: a reader that goes away, outputs that would overwrite input ------------------------

def many_files(cwd: Path, n: int = 160) -> None:
    """More findings than a pipe holds (64 KB): the reader leaves while linting goes on."""
    for i in range(n):
        write_json(cwd / f"a{i:03}-{'long-name-' * 20}.jsonld", article(description=None, datePublished=None))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_reader_gone_loses_neither_the_report_nor_the_exit_status(cwd: Path, jobs: str) -> None:
    many_files(cwd)
    args = ["check", ".", "--format", "parsable", "--report", "r.html", "--write-baseline", "b.json", "-j", jobs]
    whole = newslint(*args, cwd=cwd)
    assert whole.returncode == 0 and len(whole.stdout) > 1 << 16  # a baseline written: exit 0
    report, baseline = (cwd / "r.html").read_bytes(), (cwd / "b.json").read_bytes()
    (cwd / "r.html").unlink()
    (cwd / "b.json").unlink()
    # `newslint check ... | head -1`
    proc = subprocess.Popen([sys.executable, "-m", "linter", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=TIMEOUT) == 0
    assert first == whole.stdout.splitlines(keepends=True)[0]
    assert err == whole.stderr  # the note on the baseline, no complaint about the pipe
    assert (cwd / "r.html").read_bytes() == report
    assert (cwd / "b.json").read_bytes() == baseline


def test_reader_gone_keeps_the_exit_status_of_findings(cwd: Path) -> None:
    many_files(cwd, 40)
    for fmt in ("text", "parsable", "json", "sarif"):
        proc = subprocess.Popen([sys.executable, "-m", "linter", "check", ".", "--format", fmt, "--report", "r.html"],
                                cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # gone before the first byte
        err = proc.stderr.read()
        proc.stderr.close()
        assert (proc.wait(timeout=TIMEOUT), err) == (1, b"")
        assert (cwd / "r.html").read_text(encoding="utf-8").endswith("</html>\n")
        (cwd / "r.html").unlink()


def test_fix_diff_reader_gone_keeps_the_exit_status(cwd: Path) -> None:
    for i in range(30):
        (cwd / f"p{i:02}.html").write_text(PAGE, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "linter", "fix", ".", "--diff", "--unsafe-fixes"], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=TIMEOUT) == 1  # there are changes: --diff says so
    assert "in 30 of 30 files" in err.splitlines()[-1], err


def test_full_disk_is_a_one_line_error(cwd: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    write_json(cwd / "a.jsonld", article(description=None))
    line = one_line_error(run("check", ".", "-o", "/dev/full", cwd=cwd))
    assert line == "newslint: error: cannot write /dev/full: No space left on device"
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "linter", "check", "."], cwd=cwd, stdout=full,
                              stderr=subprocess.PIPE, timeout=TIMEOUT)
    assert (proc.returncode, proc.stderr) == (2, b"newslint: error: cannot write standard output: "
                                                  b"No space left on device\n")


@needs_fifo
def test_output_to_a_fifo_nobody_reads_is_refused_at_once(cwd: Path) -> None:
    write_json(cwd / "a.jsonld", article())
    os.mkfifo(cwd / "out")
    assert one_line_error(run("check", "a.jsonld", "-o", "out", cwd=cwd)) == \
        "newslint: error: cannot write out: a FIFO nobody reads"


@pytest.mark.parametrize("option", ["-o", "--report", "--write-baseline"])
def test_output_naming_a_file_given_to_check_is_refused(cwd: Path, option: str) -> None:
    (cwd / "a.html").write_text(PAGE, encoding="utf-8")
    write_json(cwd / "b.jsonld", article())
    for target in ("a.html", "b.jsonld", "./a.html"):
        line = one_line_error(run("check", "a.html", "b.jsonld", option, target, cwd=cwd))
        assert line == (f"newslint: error: {run_option(option)} {target} would overwrite "
                        f"{os.path.normpath(target)}, one of the files being checked; write it elsewhere")
    assert (cwd / "a.html").read_text(encoding="utf-8") == PAGE
    assert json.loads((cwd / "b.jsonld").read_text(encoding="utf-8")) == article()
    assert sorted(p.name for p in cwd.iterdir()) == [".git", "a.html", "b.jsonld"]  # nothing written


def run_option(option: str) -> str:
    return "--output-file" if option == "-o" else option


@pytest.mark.parametrize("option", ["-o", "--report", "--write-baseline"])
def test_output_naming_a_page_found_in_a_folder_is_refused(cwd: Path, option: str) -> None:
    (cwd / "site").mkdir()
    (cwd / "site" / "index.html").write_text(PAGE, encoding="utf-8")
    if sys.platform != "win32":
        os.symlink("index.html", cwd / "site" / "home.html")  # a link to a page: the page
    for target in ("site/index.html", "site/home.html")[:2 if sys.platform != "win32" else 1]:
        line = one_line_error(run("check", "site", option, target, cwd=cwd))
        assert f"{run_option(option)} {target} would overwrite site/" in line
    assert (cwd / "site" / "index.html").read_text(encoding="utf-8") == PAGE


@pytest.mark.parametrize("fmt", ["text", "parsable", "json", "github", "sarif", "junit"])
def test_an_earlier_output_in_the_tree_is_written_again(cwd: Path, fmt: str) -> None:
    """A report, a baseline or findings written into the tree by an earlier run are not input."""
    write_json(cwd / "a.jsonld", article(description=None))
    (cwd / "index.html").write_text(PAGE, encoding="utf-8")
    for out in ("out.txt", "out.json", "out.html", "out.md"):  # each a kind of file newslint reads
        args = ["check", ".", "--format", fmt, "-o", out, "--report", "report.html", "--write-baseline", "b.json"]
        written = []
        for _ in range(2):
            r = run(*args, cwd=cwd)
            assert r.code == 0, r.err
            assert r.err.endswith(" of 2 files to baseline b.json\n")  # a.jsonld and index.html, no output
            written.append((cwd / out).read_text(encoding="utf-8"))
        assert written[0] == written[1]
        (cwd / out).unlink()


def test_outputs_in_one_file_or_in_the_baseline_are_refused(cwd: Path) -> None:
    write_json(cwd / "a.jsonld", article(description=None))
    assert run("check", "a.jsonld", "--write-baseline", "b.json", cwd=cwd).code == 0
    baseline = (cwd / "b.json").read_bytes()
    for args, words in (
        (["-o", "x.html", "--report", "x.html"], "--output-file x.html and --report x.html are the same file"),
        (["--report", "x.json", "--write-baseline", "./x.json"], "--report x.json and --write-baseline ./x.json"),
        (["-o", "b.json", "--baseline", "b.json"], "--output-file b.json would overwrite the baseline being read"),
        (["--report", "b.json", "--baseline", "b.json"], "--report b.json would overwrite the baseline being read"),
    ):
        assert words in one_line_error(run("check", "a.jsonld", *args, cwd=cwd))
        assert not (cwd / "x.html").exists() and not (cwd / "x.json").exists()
        assert (cwd / "b.json").read_bytes() == baseline
    # Updating a baseline in place (README) is no clash: it is read whole before it is replaced.
    assert run("check", "a.jsonld", "--baseline", "b.json", "--write-baseline", "b.json", cwd=cwd).code == 0
    # Nor is sending several outputs to the null device.
    if os.path.exists(os.devnull) and sys.platform != "win32":
        assert run("check", "a.jsonld", "-o", os.devnull, "--write-baseline", "c.json", cwd=cwd).code == 0


# -- item 9: lone surrogates ----------------------------------------------------------------------

SURROGATES = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "\\ud83d", '
              '"\\udfff": "x", "author": {"@type": "Person", "name": "a\\ud83d\\ude00"}}')


def no_lone_surrogate(value: object) -> None:
    if isinstance(value, str):
        assert not re.search("[\ud800-\udfff]", value), ascii(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            no_lone_surrogate(k)
            no_lone_surrogate(v)
    elif isinstance(value, list):
        for v in value:
            no_lone_surrogate(v)


@pytest.mark.parametrize("fmt", ["text", "parsable", "json", "github", "sarif", "junit"])
def test_lone_surrogates_are_u_fffd_in_every_output(cwd: Path, fmt: str) -> None:
    (cwd / "s.jsonld").write_text(SURROGATES, encoding="ascii")
    names = ["s.jsonld"]
    if sys.platform != "win32":
        with open(os.fsencode(cwd) + b"/caf\xe9.jsonld", "wb") as fh:  # a file name that is not UTF-8
            fh.write(SURROGATES.encode())
        names.append("caf\ufffd.jsonld")
    for stream in ("-o", None):
        args = ["check", ".", "--format", fmt, "--report", "r.html", "--write-baseline", "b.json", "-q"]
        proc = newslint(*args, *(["-o", "out"] if stream else []), cwd=cwd)
        assert proc.returncode == 0, proc.stderr
        out = (cwd / "out").read_bytes() if stream else proc.stdout
        outputs = {"out": out, "report": (cwd / "r.html").read_bytes(), "baseline": (cwd / "b.json").read_bytes()}
        texts = {what: data.decode("utf-8") for what, data in outputs.items()}  # strict: fails on any surrogate
        for what in ("baseline", *(["out"] if fmt in ("json", "sarif") else [])):
            no_lone_surrogate(json.loads(texts[what]))  # nor hidden in a \ud83d escape
        if fmt == "sarif":  # ASCII: U+FFFD as an escape
            assert "\\ufffd" in texts["out"]
        elif fmt != "parsable" or len(names) > 1:  # parsable shows no JSON path: the file name, then
            assert "\ufffd" in texts["out"]
        assert '$[\\"\ufffd\\"]' in texts["baseline"]
        for name in names:
            assert name in texts["report"] and name in texts["baseline"]
    # The baseline written matches the findings it was written from.
    proc = newslint("check", ".", "--baseline", "b.json", "--format", "json", "--report", "r.html", cwd=cwd)
    assert (proc.returncode, json.loads(proc.stdout)["findings"]) == (0, [])


def test_a_baseline_holding_lone_surrogates_still_matches(cwd: Path) -> None:
    """A baseline recorded before U+FFFD (\\udfff escapes in its JSON) is read as the outputs write now."""
    (cwd / "s.jsonld").write_text(SURROGATES, encoding="ascii")
    assert run("check", ".", "--write-baseline", "b.json", cwd=cwd).code == 0
    data = json.loads((cwd / "b.json").read_text(encoding="utf-8"))
    for entry in data["findings"]:
        if entry["json_path"]:
            entry["json_path"] = entry["json_path"].replace("\ufffd", "\udfff")
    (cwd / "b.json").write_text(json.dumps(data), encoding="ascii")  # \udfff escapes
    r = run("check", ".", "--baseline", "b.json", "--format", "json", cwd=cwd)
    assert (r.code, r.json()["findings"], r.json()["summary"]["baseline"]["stale"]) == (0, [], 0)


# -- item 10: bad values on the command line ------------------------------------------------------

def deep(n: int = 100_000) -> str:
    return "[" * n + "]" * n


BAD_CONFIGS = {
    "latin1.toml": ('select = ["caf\xe9"]\n'.encode("latin-1"), "latin1.toml: invalid TOML: not UTF-8 (byte 0xe9"),
    "bad.toml": (b"select = [\n", "bad.toml: invalid TOML: "),
    "deep.toml": (f"a = {deep()}\n".encode(), "deep.toml: invalid TOML: arrays or tables nested too deeply"),
    "long.toml": (b"a = " + b"9" * 5000 + b"\n", "long.toml: invalid TOML: "),
    "empty-exclude.toml": (b'exclude = [""]\n', "'exclude' in empty-exclude.toml must be a list of glob patterns"),
    "empty-pfi.toml": (b'[per-file-ignores]\n"" = ["missing-author"]\n', "has an empty glob pattern"),
    "tool-not-table.toml": (b"tool = 1\n", "'tool' in tool-not-table.toml must be a table"),
    "newslint-not-table.toml": (b'[tool]\nnewslint = "x"\n', "'tool.newslint' in newslint-not-table.toml must be a table"),
    "long-timezone.toml": (b'[site]\ntimezone = "' + b"a" * 5000 + b'"\n', "unknown timezone 'aaaa"),
}


@pytest.mark.parametrize("name", sorted(BAD_CONFIGS))
@pytest.mark.parametrize("command", ["check", "convert", "fix"])
def test_bad_config_files(cwd: Path, name: str, command: str) -> None:
    data, words = BAD_CONFIGS[name]
    (cwd / name).write_bytes(data)
    (cwd / "a.html").write_text(PAGE, encoding="utf-8")
    line = one_line_error(run(command, "a.html", "--config", name, cwd=cwd))
    assert words in line
    assert (cwd / "a.html").read_text(encoding="utf-8") == PAGE


def test_glob_patterns_pathlib_reads_as_empty(cwd: Path) -> None:
    (cwd / ".newslint.toml").write_text('exclude = ["."]\n[per-file-ignores]\n"./" = ["missing-description"]\n',
                                        encoding="utf-8")
    write_json(cwd / "a.jsonld", article(description=None))
    r = run("check", ".", "--format", "parsable", cwd=cwd)
    assert (r.code, parsable(r.out)) == (0, [("a.jsonld", "missing-description")])


def test_pyproject_with_a_tool_that_is_no_table(cwd: Path) -> None:
    write_json(cwd / "a.jsonld", article())
    # No [tool.newslint] table in it: passed over, as any pyproject.toml without one.
    (cwd / "pyproject.toml").write_text("tool = 1\n# [tool.newslint]\n", encoding="utf-8")
    assert run("check", ".", cwd=cwd).code == 0
    (cwd / "pyproject.toml").write_text("[tool]\nnewslint = [1]\n# [tool.newslint]\n", encoding="utf-8")
    assert "'tool.newslint' in " in one_line_error(run("check", ".", cwd=cwd))


def test_bad_config_found_by_itself_is_named_too(cwd: Path) -> None:
    (cwd / ".newslint.toml").write_bytes(b"\xff\xfe")
    write_json(cwd / "a.jsonld", article())
    assert ".newslint.toml: invalid TOML: not UTF-8" in one_line_error(run("check", ".", cwd=cwd))


@pytest.mark.parametrize("make", ["directory", "fifo", "loop", "device"])
def test_config_that_is_no_file(cwd: Path, make: str) -> None:
    target = cwd / "conf.toml"
    if make == "directory":
        target.mkdir()
        reason = "is a directory"
    elif make == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(target)  # nobody writes: must not be waited on
        reason = "not a regular file"
    elif make == "loop":
        if sys.platform == "win32":
            pytest.skip("symbolic links need privileges on Windows")
        os.symlink("conf.toml", target)
        reason = ""  # the system's words for a loop differ between systems
    else:
        if not os.path.exists("/dev/zero"):
            pytest.skip("no /dev/zero")
        os.symlink("/dev/zero", target)
        reason = "not a regular file"
    write_json(cwd / "a.jsonld", article())
    line = one_line_error(run("check", "a.jsonld", "--config", "conf.toml", cwd=cwd))
    assert line.startswith(f"newslint: error: cannot read config file conf.toml: {reason}")


BAD_BASELINES = {
    "deep.json": ('{"version": 1, "findings": ' + deep() + "}", "invalid JSON (arrays or objects nested too deeply)"),
    "deep-entry.json": ('{"version": 1, "findings": [{"path": ' + deep() + "}]}", "nested too deeply"),
    "long-number.json": ('{"version": 1, "findings": [{"path": "a", "rule": "r", "message": "m", "count": '
                         + "9" * 5000 + "}]}", "invalid JSON ("),
    "long-version.json": ('{"version": "' + "9" * 100_000 + '", "findings": []}', "has version '99999"),
    "nan.json": ('{"version": NaN, "findings": []}', "has version nan"),
    "bad-count.json": ('{"version": 1, "findings": [{"path": "a", "rule": "r", "message": "m", "count": 1e999}]}',
                       "findings[0] has a count that is not a positive integer"),
    "latin1.json": ('{"version": 1, "findings": [], "x": "caf\xe9"}', "not UTF-8 text"),
}


@pytest.mark.parametrize("name", sorted(BAD_BASELINES))
def test_bad_baselines(cwd: Path, name: str) -> None:
    text, words = BAD_BASELINES[name]
    (cwd / name).write_bytes(text.encode("latin-1" if name.startswith("latin1") else "utf-8"))
    write_json(cwd / "a.jsonld", article())
    line = one_line_error(run("check", "a.jsonld", "--baseline", name, cwd=cwd))
    assert line.startswith("newslint: error: ") and f"baseline {name}" in line and words in line
    assert len(line) < 300


@needs_fifo
def test_baseline_that_is_a_fifo_is_refused_at_once(cwd: Path) -> None:
    os.mkfifo(cwd / "b.json")
    write_json(cwd / "a.jsonld", article())
    assert one_line_error(run("check", "a.jsonld", "--baseline", "b.json", cwd=cwd)) == \
        "newslint: error: cannot read baseline b.json: not a regular file"


@pytest.mark.parametrize("args", [
    ["check", "no\nsuch.html"],
    ["check", "a.jsonld", "--config", "x\n::add-mask::y"],
    ["check", "a.jsonld", "--baseline", "x\r\n::add-mask::y"],
    ["check", "a.jsonld", "--select", "x\n::warning::y"],
    ["rules", "\x1b[31mx\n::error::y"],
    ["convert", "x\n::add-mask::y.txt"],
])
def test_a_bad_value_is_named_on_one_line(cwd: Path, args: list[str]) -> None:
    """Whatever a bad value holds, the error is one line: no line of it starts a workflow command."""
    write_json(cwd / "a.jsonld", article())
    line = one_line_error(run(*args, cwd=cwd))
    assert "\x1b" not in line and "\\n" in line


def test_argparse_errors_are_one_line_too(cwd: Path) -> None:
    proc = newslint("check", "--bogus\n::add-mask::y", "--fail-on", "x\r\n::error::z", cwd=cwd)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and proc.stdout == b""
    assert [line for line in err.splitlines() if ": error: " in line] == [err.splitlines()[-1]]  # after the usage
    assert not any(line.lstrip().startswith("::") for line in err.splitlines())
