"""The real command line, run as a subprocess on real files.

Every run happens in a temporary working directory (so no configuration is
found unless a test writes one), with Python warnings turned into errors as in
the test suite itself, and every run is checked for a Python traceback.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from linter import rules
from tests.util import SEED, article

SEED_NAME = "seed.txt"
#: What the seed lacks (see README): dates, publisher, image URL, author URL.
SEED_RULES = {"missing-date-published", "missing-date-modified", "missing-publisher",
              "missing-image-url", "missing-author-url"}
PARSABLE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?:(?P<column>\d+):)? \[(?P<severity>error|warning|info)\] "
    r"(?P<message>.+) \((?P<rule>[a-z0-9]+(?:-[a-z0-9]+)*)\)$"
)
SUMMARY = re.compile(r"^(Found \d+ errors?, \d+ warnings?, \d+ infos? in \d+ files?\.|No problems found in \d+ files?\.)$")
FINDING_KEYS = {"rule", "severity", "message", "path", "line", "column", "json_path", "authority", "hint", "fix"}
ANSI = "\x1b["


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> dict:
        return json.loads(self.out)

    def rules(self) -> set[str]:
        return {f["rule"] for f in self.json()["findings"]}


def run(*args: str, cwd: Path, stdin: bytes | None = None, env: dict[str, str] | None = None) -> Result:
    """``python -m linter ARGS`` in ``cwd``; never a traceback, output always UTF-8."""
    base = {k: v for k, v in os.environ.items()
            if k not in ("NO_COLOR", "FORCE_COLOR", "NEWSLINT_DEBUG", "PYTHONIOENCODING", "GITHUB_ACTIONS")}
    base["PYTHONWARNINGS"] = "error"
    proc = subprocess.run(
        [sys.executable, "-m", "linter", *args],
        cwd=cwd, input=stdin if stdin is not None else b"", capture_output=True,
        env={**base, **(env or {})}, timeout=120,
    )
    result = Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))
    assert "Traceback" not in result.err, result.err
    assert "internal error" not in result.err, result.err
    return result


def one_line_error(result: Result) -> str:
    """The single diagnostic line of a usage error; nothing on stdout."""
    assert result.code == 2, result
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("newslint: error: ")
    return lines[0]


@pytest.fixture
def cwd(tmp_path: Path) -> Path:
    # A `.git` folder ends the upward search for a configuration file here, so a
    # .newslint.toml or pyproject.toml above the temporary directory cannot leak in.
    (tmp_path / ".git").mkdir()
    return tmp_path


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


@pytest.fixture
def seed(cwd: Path) -> Path:
    return Path(shutil.copy(SEED, cwd / SEED_NAME))


@pytest.fixture
def clean(cwd: Path) -> Path:
    return write_json(cwd / "clean.jsonld", article())


@pytest.fixture
def tree(cwd: Path) -> Path:
    """A few files with findings of every severity, in nested folders."""
    shutil.copy(SEED, cwd / "b-seed.txt")
    (cwd / "sub").mkdir()
    shutil.copy(SEED, cwd / "sub" / "a-seed.txt")
    write_json(cwd / "sub" / "warn.jsonld", article(description=None, dateModified=None))
    write_json(cwd / "a.json", article(datePublished=None))
    (cwd / "broken.jsonld").write_text('{"@type": "NewsArticle",\n  "headline": }\n', encoding="utf-8")
    write_json(cwd / "clean.jsonld", article())
    return cwd


# -- exit codes ---------------------------------------------------------------------------------

def test_clean_file_exits_0(cwd: Path, clean: Path) -> None:
    r = run("check", "clean.jsonld", cwd=cwd)
    assert r.code == 0
    assert r.out == "No problems found in 1 file.\n"
    assert r.err == ""


def test_errors_exit_1(cwd: Path, seed: Path) -> None:
    r = run("check", SEED_NAME, "--format", "json", cwd=cwd)
    assert r.code == 1
    assert r.rules() >= SEED_RULES
    assert r.err == ""


def test_warnings_only_exit_0_unless_strict(cwd: Path) -> None:
    write_json(cwd / "warn.jsonld", article(description=None))
    r = run("check", "warn.jsonld", "--format", "json", cwd=cwd)
    assert r.code == 0
    assert {(f["rule"], f["severity"]) for f in r.json()["findings"]} == {("missing-description", "warning")}
    assert run("check", "warn.jsonld", "--strict", cwd=cwd).code == 1


def test_infos_do_not_fail_even_with_strict(cwd: Path) -> None:
    write_json(cwd / "info.jsonld", article(image=[{
        "@type": "ImageObject", "contentUrl": "https://example.com/photos/lead.jpg",
        "caption": "The two ministers in Beijing.", "creditText": "Jane Smith/Reuters"}]))
    r = run("check", "info.jsonld", "--format", "json", "--strict", cwd=cwd)
    assert {f["severity"] for f in r.json()["findings"]} == {"info"}
    assert r.code == 0


def test_exit_zero_still_reports(cwd: Path, seed: Path) -> None:
    r = run("check", SEED_NAME, "--exit-zero", "--format", "parsable", cwd=cwd)
    assert r.code == 0
    assert "(missing-date-published)" in r.out
    assert run("check", SEED_NAME, "--exit-zero", "--strict", cwd=cwd).code == 0


@pytest.mark.parametrize("args", [
    ["check", "--select", "no-such-rule", "seed.txt"],
    ["check", "--ignore", "missing-date-published,no-such-rule", "seed.txt"],
    ["check", "missing.txt"],
    ["check", "seed.txt", "missing-dir/"],
    ["check", "--config", "missing.toml", "seed.txt"],
    ["check", "--config", "broken.toml", "seed.txt"],
    ["check", "--config", "unknown-key.toml", "seed.txt"],
    ["check", "seed.txt", "-o", "missing-dir/out.txt"],
    ["convert", "--config", "broken.toml", "seed.txt"],
])
def test_usage_and_config_errors_exit_2(cwd: Path, seed: Path, args: list[str]) -> None:
    (cwd / "broken.toml").write_text("select = [\n", encoding="utf-8")
    (cwd / "unknown-key.toml").write_text("colour = true\n", encoding="utf-8")
    one_line_error(run(*args, cwd=cwd))
    assert not (cwd / "missing-dir").exists()


@pytest.mark.parametrize("args", [
    ["check", "--no-such-option", "seed.txt"],
    ["check", "--format", "xml", "seed.txt"],
    ["convert"],
    ["no-such-command"],
    [],
])
def test_bad_command_lines_exit_2(cwd: Path, seed: Path, args: list[str]) -> None:
    r = run(*args, cwd=cwd)
    assert r.code == 2
    assert r.out == ""
    assert "usage: newslint" in r.err


def test_unknown_rule_suggests_the_closest(cwd: Path, seed: Path) -> None:
    line = one_line_error(run("check", "--select", "missing-date-publishd", SEED_NAME, cwd=cwd))
    assert "unknown rule 'missing-date-publishd' in --select" in line
    assert "did you mean 'missing-date-published'?" in line


def test_version(cwd: Path) -> None:
    import linter

    r = run("--version", cwd=cwd)
    assert (r.code, r.out) == (0, f"newslint {linter.__version__}\n")


# -- selection ----------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["--select", "missing-date-published,missing-image-url"],
    ["--select", "missing-date-published", "--select", "missing-image-url"],
    ["--select", " missing-date-published , missing-image-url ,"],
])
def test_select(cwd: Path, seed: Path, args: list[str]) -> None:
    r = run("check", SEED_NAME, "--format", "json", *args, cwd=cwd)
    assert r.rules() == {"missing-date-published", "missing-image-url"}
    assert r.code == 1


@pytest.mark.parametrize("args", [
    ["--ignore", "missing-date-published,missing-image-url"],
    ["--ignore", "missing-date-published", "--ignore", "missing-image-url"],
])
def test_ignore(cwd: Path, seed: Path, args: list[str]) -> None:
    everything = run("check", SEED_NAME, "--format", "json", cwd=cwd).rules()
    r = run("check", SEED_NAME, "--format", "json", *args, cwd=cwd)
    assert r.rules() == everything - {"missing-date-published", "missing-image-url"}
    assert r.code == 0  # the seed's only errors are gone; warnings do not fail


def test_select_then_ignore(cwd: Path, seed: Path) -> None:
    r = run("check", SEED_NAME, "--format", "json", "--select", "missing-date-published,missing-publisher",
            "--ignore", "missing-date-published", cwd=cwd)
    assert r.rules() == {"missing-publisher"}
    assert r.code == 0


def test_parse_error_cannot_be_ignored(cwd: Path) -> None:
    (cwd / "broken.jsonld").write_text("{", encoding="utf-8")
    r = run("check", "broken.jsonld", "--format", "json", "--ignore", "parse-error", cwd=cwd)
    assert r.rules() == {"parse-error"}
    assert r.code == 1


# -- output formats -----------------------------------------------------------------------------

def test_parsable_lines(cwd: Path, tree: Path) -> None:
    r = run("check", ".", "--format", "parsable", cwd=cwd)
    assert r.code == 1
    lines = r.out.splitlines()
    findings = run("check", ".", "--format", "json", cwd=cwd).json()["findings"]
    assert len(lines) == len(findings) > 0
    for line, f in zip(lines, findings, strict=False):
        m = PARSABLE.match(line)
        assert m, line
        assert m["path"] == f["path"]
        assert (int(m["line"]), m["column"] and int(m["column"])) == (f["line"] or 1, f["column"])
        assert (m["severity"], m["message"], m["rule"]) == (f["severity"], f["message"], f["rule"])


def test_json_shape(cwd: Path, tree: Path) -> None:
    r = run("check", ".", "--format", "json", cwd=cwd)
    assert r.code == 1
    data = r.json()
    assert set(data) == {"version", "findings", "summary"}
    assert data["version"] == 1
    # Keys are only ever added: fetch_failures, rules and baseline came with the CI formats.
    assert set(data["summary"]) == {"files", "errors", "warnings", "infos", "fetch_failures", "rules", "baseline"}
    assert data["summary"]["files"] == 6
    for f in data["findings"]:
        assert set(f) == FINDING_KEYS
        assert f["severity"] in ("error", "warning", "info")
        assert f["line"] is None or (isinstance(f["line"], int) and f["line"] >= 1)
        assert f["column"] is None or (isinstance(f["column"], int) and f["column"] >= 1)
        assert f["json_path"] is None or f["json_path"].startswith("$")
    for severity, key in (("error", "errors"), ("warning", "warnings"), ("info", "infos")):
        assert data["summary"][key] == sum(f["severity"] == severity for f in data["findings"])
    assert {f["severity"] for f in data["findings"]} == {"error", "warning", "info"}
    assert {f["path"] for f in data["findings"]} == {
        "a.json", "b-seed.txt", "broken.jsonld", os.path.join("sub", "a-seed.txt"), os.path.join("sub", "warn.jsonld")}


def test_json_with_no_files(cwd: Path) -> None:
    (cwd / "empty-dir").mkdir()
    r = run("check", "empty-dir", "--format", "json", cwd=cwd)
    assert r.code == 0
    assert r.json() == {"version": 1, "findings": [], "summary": {"files": 0, "errors": 0, "warnings": 0, "infos": 0,
                                                                  "fetch_failures": 0, "rules": {}, "baseline": None}}


def test_findings_sorted(cwd: Path, tree: Path) -> None:
    findings = run("check", ".", "--format", "json", cwd=cwd).json()["findings"]
    order = [(f["path"], f["line"] or 0, f["column"] or 0, f["rule"]) for f in findings]
    assert order == sorted(order)
    assert len({f["path"] for f in findings}) > 1


def test_findings_sorted_with_stdin_among_files(cwd: Path, tree: Path) -> None:
    r = run("check", "sub", "-", "a.json", "--stdin-filename", "m.jsonld", "--format", "json", cwd=cwd,
            stdin=json.dumps(article(headline=None)).encode())
    paths = [f["path"] for f in r.json()["findings"]]
    assert "m.jsonld" in paths
    assert paths == sorted(paths)
    assert r.json()["summary"]["files"] == 4


@pytest.mark.parametrize("fmt", ["text", "parsable", "json"])
def test_output_is_deterministic(cwd: Path, tree: Path, fmt: str) -> None:
    first = run("check", ".", "--format", fmt, cwd=cwd)
    second = run("check", ".", "--format", fmt, cwd=cwd)
    assert first == second
    # The order of the arguments does not matter either.
    third = run("check", "sub", "a.json", "b-seed.txt", "broken.jsonld", "clean.jsonld", "--format", fmt, cwd=cwd)
    assert third == first


def test_text_grouped_by_file(cwd: Path, tree: Path) -> None:
    r = run("check", ".", cwd=cwd)
    assert r.code == 1
    findings = run("check", ".", "--format", "json", cwd=cwd).json()["findings"]
    paths = sorted({f["path"] for f in findings})
    lines = r.out.splitlines()
    headers = [line for line in lines if line and not line.startswith(" ")]
    # One header per file with findings, in path order, then the summary (the most frequent rules,
    # the infos, then the totals); clean files are not listed.
    assert headers[:-3] == paths
    assert headers[-3].startswith("Top rules: ")
    assert SUMMARY.match(headers[-1])
    assert lines[-1] == headers[-1]
    summary = run("check", ".", "--format", "json", cwd=cwd).json()["summary"]
    assert lines[-1] == (f"Found {summary['errors']} errors, {summary['warnings']} warnings, "
                         f"{summary['infos']} infos in {summary['files']} files.")
    # Each finding sits under its own file's header.
    current = None
    seen = []
    for line in lines[:-1]:
        if line and not line.startswith(" "):
            current = line
        elif re.match(r"^  \d+:\d+ ", line):
            rule = line.split()[-1]
            seen.append((current, rule))
    assert seen == [(f["path"], f["rule"]) for f in findings]


def test_text_shows_json_path_and_hint(cwd: Path, seed: Path) -> None:
    r = run("check", SEED_NAME, "--select", "missing-date-published", cwd=cwd)
    [f] = run("check", SEED_NAME, "--select", "missing-date-published", "--format", "json", cwd=cwd).json()["findings"]
    assert (f["line"], f["column"], f["json_path"]) == (1, 1, "$.@graph[0]")
    assert r.out.splitlines() == [
        SEED_NAME,
        f"  1:1  error    {f['message']}  missing-date-published",
        "       at $.@graph[0]",
        f"       hint: {f['hint']}",
        "",
        "Found 1 error, 0 warnings, 0 infos in 1 file.",
    ]


ODD_NAMES = ["two\nlines.jsonld", "escape\x1b[31m.jsonld", "tab\there.jsonld", "line\u2028sep.jsonld"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_one_finding_per_line_whatever_the_file_name(cwd: Path, name: str) -> None:
    """Control characters in a path are shown escaped: lines stay whole, the terminal untouched."""
    write_json(cwd / name, article(description=None, dateModified=None))
    findings = run("check", ".", "--format", "json", cwd=cwd).json()["findings"]
    assert [(f["path"], f["rule"]) for f in findings] == [(name, "missing-date-modified"),
                                                          (name, "missing-description")]
    parsable = run("check", ".", "--format", "parsable", cwd=cwd).out
    assert len(parsable.splitlines()) == len(findings)
    assert all(PARSABLE.match(line) for line in parsable.splitlines())
    for out in (parsable, run("check", ".", "--color", "never", cwd=cwd).out):
        assert "\x1b" not in out
        assert "\u2028" not in out
        assert "\t" not in out
    text = run("check", ".", cwd=cwd).out.splitlines()
    assert len(text) == 2 * 3 + 3  # header, two findings with path and hint, blank, summary
    assert not text[0].startswith(" ")


def test_file_name_that_is_not_utf8(cwd: Path) -> None:
    name = os.fsencode(cwd) + b"/caf\xe9.jsonld"
    with open(name, "wb") as fh:
        fh.write(json.dumps(article(description=None)).encode())
    strict = {"PYTHONIOENCODING": "utf-8:strict"}
    data = run("check", ".", "--format", "json", cwd=cwd, env=strict).json()
    assert [f["path"] for f in data["findings"]] == ["caf\ufffd.jsonld"]  # as in every output: no lone surrogate
    for fmt in ("text", "parsable"):
        r = run("check", ".", "--format", fmt, cwd=cwd, env=strict)
        assert r.code == 0
        assert "missing-description" in r.out
    r = run("check", ".", "--format", "parsable", "-o", "out.txt", cwd=cwd, env=strict)
    assert "missing-description" in (cwd / "out.txt").read_text(encoding="utf-8")


def _json_values(out: str) -> list[object]:
    """The JSON in an output: the whole of it, or each <script> block's."""
    blocks = re.findall(r'<script type="application/ld\+json">\n(.*?)\n</script>', out, re.S)
    return [json.loads(b) for b in blocks] if blocks else [json.loads(out)]


@pytest.mark.parametrize("args", [
    ["convert", SEED_NAME],
    ["convert", SEED_NAME, "--format", "script"],
    ["rules", "--format", "json"],
    ["check", "pekín.jsonld", "--format", "json"],
])
def test_json_on_an_ascii_terminal(cwd: Path, seed: Path, args: list[str]) -> None:
    """Output stays valid JSON, with the same values, where the terminal cannot show accents."""
    write_json(cwd / "pekín.jsonld", article(description=None))
    utf8 = run(*args, cwd=cwd)
    ascii_only = run(*args, cwd=cwd, env={"PYTHONIOENCODING": "ascii:strict"})
    assert not utf8.out.isascii()
    assert ascii_only.out.isascii()
    assert _json_values(ascii_only.out) == _json_values(utf8.out)
    assert (ascii_only.code, ascii_only.err) == (utf8.code, utf8.err)


@pytest.mark.parametrize("fmt", ["text", "parsable"])
def test_text_on_an_ascii_terminal(cwd: Path, fmt: str) -> None:
    write_json(cwd / "pekín.jsonld", article(description=None))
    r = run("check", "pekín.jsonld", "--format", fmt, cwd=cwd, env={"PYTHONIOENCODING": "ascii:strict"})
    assert r.code == 0
    assert "pek\\xedn.jsonld" in r.out  # escaped, not a crash
    assert "missing-description" in r.out


# -- colour -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "env", "coloured"), [
    ([], {}, False),  # piped
    ([], {"NO_COLOR": "1"}, False),
    ([], {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),
    ([], {"FORCE_COLOR": "1"}, True),
    (["--color", "always"], {}, True),
    (["--color", "always"], {"NO_COLOR": "1"}, True),  # asked for on the command line
    (["--color", "never"], {"FORCE_COLOR": "1"}, False),
])
def test_colour(cwd: Path, seed: Path, args: list[str], env: dict[str, str], coloured: bool) -> None:
    r = run("check", SEED_NAME, *args, cwd=cwd, env=env)
    assert r.code == 1
    assert (ANSI in r.out) is coloured
    assert ANSI not in r.err


@pytest.mark.parametrize("fmt", ["parsable", "json"])
def test_colour_only_in_text(cwd: Path, seed: Path, fmt: str) -> None:
    r = run("check", SEED_NAME, "--format", fmt, "--color", "always", cwd=cwd, env={"FORCE_COLOR": "1"})
    assert ANSI not in r.out


def test_coloured_text_is_the_plain_text_with_escapes(cwd: Path, seed: Path) -> None:
    plain = run("check", SEED_NAME, cwd=cwd).out
    coloured = run("check", SEED_NAME, "--color", "always", cwd=cwd).out
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


# -- standard input and output file -------------------------------------------------------------

def test_stdin_jsonld(cwd: Path) -> None:
    body = json.dumps(article(description=None)).encode()
    r = run("check", "-", "--stdin-filename", "x.jsonld", "--format", "json", cwd=cwd, stdin=body)
    assert r.code == 0
    assert [(f["rule"], f["path"]) for f in r.json()["findings"]] == [("missing-description", "x.jsonld")]
    assert r.json()["summary"]["files"] == 1


def test_stdin_filename_picks_the_reader(cwd: Path) -> None:
    r = run("check", "-", "--stdin-filename", "x.jsonld", "--format", "parsable", cwd=cwd,
            stdin=b'{"@type": "NewsArticle",\n  "headline": }\n')
    assert r.code == 1
    m = PARSABLE.match(r.out)
    assert m and r.out.count("\n") == 1, r.out
    assert (m["path"], m["line"], m["column"], m["severity"], m["rule"]) == ("x.jsonld", "2", "15", "error", "parse-error")


def test_stdin_text_is_the_same_as_the_file(cwd: Path, seed: Path) -> None:
    from_file = run("check", SEED_NAME, "--format", "json", cwd=cwd).json()
    from_stdin = run("check", "-", "--stdin-filename", SEED_NAME, "--format", "json", cwd=cwd,
                     stdin=seed.read_bytes()).json()
    assert from_stdin == from_file
    default_name = run("check", "-", "--format", "json", cwd=cwd, stdin=seed.read_bytes()).json()
    assert {f["path"] for f in default_name["findings"]} == {"<stdin>"}
    assert len(default_name["findings"]) == len(from_file["findings"])


def test_output_file(cwd: Path, seed: Path) -> None:
    expected = run("check", SEED_NAME, "--format", "json", cwd=cwd)
    r = run("check", SEED_NAME, "--format", "json", "-o", "report.json", cwd=cwd)
    assert (r.code, r.out, r.err) == (1, "", "")
    assert (cwd / "report.json").read_text(encoding="utf-8") == expected.out
    r = run("check", SEED_NAME, "--output-file", "report.txt", cwd=cwd)
    assert (cwd / "report.txt").read_text(encoding="utf-8") == run("check", SEED_NAME, cwd=cwd).out


def test_output_file_inside_the_linted_tree_is_not_linted(cwd: Path, seed: Path) -> None:
    first = run("check", ".", "--format", "json", "-o", "report.json", cwd=cwd)
    assert first.code == 1
    data = json.loads((cwd / "report.json").read_text(encoding="utf-8"))
    assert {f["path"] for f in data["findings"]} == {SEED_NAME}
    assert data["summary"]["files"] == 1
    # Again, now that the report exists (and is JSON, which newslint reads).
    run("check", ".", "--format", "json", "-o", "report.json", cwd=cwd)
    assert json.loads((cwd / "report.json").read_text(encoding="utf-8")) == data


def test_closed_pipe_is_not_an_error(cwd: Path, tree: Path) -> None:
    """The reader leaving is no error, nor does it change the exit status: it is what was found."""
    expected = run("check", ".", cwd=cwd).code
    assert expected == 1  # the tree has errors
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    for unbuffered in ({}, {"PYTHONUNBUFFERED": "1"}):
        proc = subprocess.Popen([sys.executable, "-m", "linter", "check", "."], cwd=cwd,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env={**env, **unbuffered})
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        err = proc.stderr.read().decode()
        proc.stderr.close()
        assert proc.wait(timeout=120) == expected
        assert err == ""


# -- rules --------------------------------------------------------------------------------------

def test_rules_lists_every_rule(cwd: Path) -> None:
    r = run("rules", cwd=cwd)
    assert r.code == 0
    names = [line.split()[0] for line in r.out.splitlines()]
    assert names == list(rules.registry())
    for line, rule in zip(r.out.splitlines(), rules.registry().values(), strict=False):
        assert line.split()[1:3] == [rule.severity.value, rule.authority]


def test_rules_shows_one_rules_docs(cwd: Path) -> None:
    r = run("rules", "missing-date-published", cwd=cwd)
    assert r.code == 0
    assert r.out.startswith("missing-date-published\n")
    for section in rules.SECTIONS:
        assert f"## {section}\n" in r.out
    positions = [r.out.index(f"## {section}") for section in rules.SECTIONS]
    assert positions == sorted(positions)
    assert "severity:  error" in r.out
    assert "https://developers.google.com/search/docs/appearance/publication-dates" in r.out


def test_rules_unknown_name(cwd: Path) -> None:
    line = one_line_error(run("rules", "nope", cwd=cwd))
    assert "unknown rule 'nope'" in line
    # Nothing is close to "nope": the message says where the names are instead of a wild guess.
    assert "'newslint rules' lists them all" in line
    line = one_line_error(run("rules", "missing-date-publishd", cwd=cwd))
    assert "did you mean 'missing-date-published'?" in line


def test_rules_json(cwd: Path) -> None:
    r = run("rules", "--format", "json", cwd=cwd)
    assert r.code == 0
    data = json.loads(r.out)
    assert [d["name"] for d in data] == list(rules.registry())
    keys = {"name", "severity", "default_severity", "authority", "kind", "enabled", "summary", "source", "hint",
            "fixable", "doc"}
    assert all(set(d) == keys for d in data)
    one = json.loads(run("rules", "missing-date-published", "--format", "json", cwd=cwd).out)
    assert one == next(d for d in data if d["name"] == "missing-date-published")
    assert all(f"## {section}" in one["doc"] for section in rules.SECTIONS)


# -- convert ------------------------------------------------------------------------------------

def test_convert_json(cwd: Path, seed: Path) -> None:
    r = run("convert", SEED_NAME, cwd=cwd)
    assert (r.code, r.err) == (0, "")
    data = json.loads(r.out)
    assert data["@context"] == "https://schema.org"
    assert [node["@type"] for node in data["@graph"]] == ["NewsArticle", "FAQPage"]
    assert data["@graph"][0]["headline"] == SEED.read_text(encoding="utf-8").splitlines()[0]
    assert "datePublished" not in data["@graph"][0]  # the seed states no date: none is invented
    assert run("convert", SEED_NAME, cwd=cwd) == r


def test_convert_script(cwd: Path, seed: Path) -> None:
    graph = json.loads(run("convert", SEED_NAME, cwd=cwd).out)["@graph"]
    r = run("convert", SEED_NAME, "--format", "script", cwd=cwd)
    assert (r.code, r.err) == (0, "")
    blocks = re.findall(r'<script type="application/ld\+json">\n(.*?)\n</script>', r.out, re.S)
    assert len(blocks) == len(graph) == r.out.count("<script")
    for block, node in zip(blocks, graph, strict=False):
        doc = json.loads(block)
        assert doc == {"@context": "https://schema.org", **node}


def test_convert_stdin(cwd: Path, seed: Path) -> None:
    assert run("convert", "-", cwd=cwd, stdin=seed.read_bytes()).out == run("convert", SEED_NAME, cwd=cwd).out


def test_convert_site_config(cwd: Path, seed: Path) -> None:
    (cwd / ".newslint.toml").write_text('[site]\npublisher = "The Daily Example"\n', encoding="utf-8")
    article_node = json.loads(run("convert", SEED_NAME, cwd=cwd).out)["@graph"][0]
    assert article_node["publisher"]["name"] == "The Daily Example"
    isolated = json.loads(run("convert", SEED_NAME, "--isolated", cwd=cwd).out)["@graph"][0]
    assert "publisher" not in isolated


def test_convert_latin1_warns_on_stderr_only(cwd: Path) -> None:
    (cwd / "latin1.txt").write_bytes("Título de la noticia\n\nPor Ana López\n\nCuerpo.\n".encode("latin-1"))
    r = run("convert", "latin1.txt", cwd=cwd)
    assert r.code == 0
    assert json.loads(r.out)["@graph"][0]["headline"] == "Título de la noticia"
    assert r.err.startswith("newslint: warning: latin1.txt: not valid UTF-8")
    assert len(r.err.splitlines()) == 1


@pytest.mark.parametrize(("make", "arg", "words"), [
    (lambda d: write_json(d / "a.jsonld", article()), "a.jsonld", "JSON-LD already"),
    (lambda d: (d / "folder").mkdir(), "folder", "is a directory"),
    (lambda d: None, "missing.txt", "cannot read missing.txt"),
    (lambda d: (d / "empty.txt").write_bytes(b""), "empty.txt", "empty file"),
    (lambda d: (d / "blank.txt").write_bytes(b" \n\t\n"), "blank.txt", "empty file"),
    (lambda d: (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "image.txt", "binary"),
    (lambda d: (d / "notes.rst").write_text("Notes\n", encoding="utf-8"), "notes.rst", "cannot convert notes.rst"),
])
def test_convert_refuses(cwd: Path, make, arg: str, words: str) -> None:
    make(cwd)
    line = one_line_error(run("convert", arg, cwd=cwd))
    assert words in line


# -- configuration ------------------------------------------------------------------------------

def test_site_publisher_from_dotfile(cwd: Path, seed: Path) -> None:
    assert "missing-publisher" in run("check", SEED_NAME, "--format", "json", cwd=cwd).rules()
    (cwd / ".newslint.toml").write_text('[site]\npublisher = "The Daily Example"\n', encoding="utf-8")
    r = run("check", SEED_NAME, "--format", "json", cwd=cwd)
    assert "missing-publisher" not in r.rules()
    assert SEED_RULES - {"missing-publisher"} <= r.rules()
    assert "missing-publisher" in run("check", SEED_NAME, "--format", "json", "--isolated", cwd=cwd).rules()


def test_site_publisher_from_pyproject(cwd: Path, seed: Path) -> None:
    (cwd / "pyproject.toml").write_text(
        '[project]\nname = "site"\n\n[tool.newslint.site]\npublisher = "The Daily Example"\n', encoding="utf-8")
    assert "missing-publisher" not in run("check", SEED_NAME, "--format", "json", cwd=cwd).rules()


def test_pyproject_without_newslint_table_is_passed_over(cwd: Path, seed: Path) -> None:
    (cwd / "pyproject.toml").write_text('[project]\nname = "site"\n[tool.other]\ncolour = 1\n', encoding="utf-8")
    r = run("check", SEED_NAME, "--format", "json", cwd=cwd)
    assert r.code == 1
    assert r.rules() >= SEED_RULES


def test_config_found_from_a_subdirectory(cwd: Path, seed: Path) -> None:
    (cwd / ".newslint.toml").write_text('select = ["missing-image-url"]\n', encoding="utf-8")
    (cwd / "deeper").mkdir()
    assert run("check", "../" + SEED_NAME, "--format", "json", cwd=cwd / "deeper").rules() == {"missing-image-url"}


@pytest.mark.parametrize("filename", [".newslint.toml", "pyproject.toml"])
def test_config_options(cwd: Path, tree: Path, filename: str) -> None:
    table = "[tool.newslint]\n" if filename == "pyproject.toml" else ""
    (cwd / filename).write_text(
        table
        + 'select = ["missing-date-published", "missing-date-modified", "missing-image-url", "missing-description"]\n'
        'ignore = ["missing-image-url"]\n'
        'exclude = ["b-seed.txt"]\n'
        'severity = { missing-date-modified = "error" }\n'
        'per-file-ignores = { "sub/**" = ["missing-date-published"] }\n',
        encoding="utf-8",
    )
    findings = run("check", ".", "--format", "json", cwd=cwd).json()["findings"]
    got = {(f["path"], f["rule"], f["severity"]) for f in findings}
    assert got == {
        ("a.json", "missing-date-published", "error"),
        ("broken.jsonld", "parse-error", "error"),
        (os.path.join("sub", "a-seed.txt"), "missing-date-modified", "error"),
        (os.path.join("sub", "warn.jsonld"), "missing-date-modified", "error"),
        (os.path.join("sub", "warn.jsonld"), "missing-description", "warning"),
    }
    # The command line's --select replaces the configured selection; --ignore adds to it.
    r = run("check", ".", "--format", "json", "--select", "missing-description", cwd=cwd)
    assert {f["rule"] for f in r.json()["findings"]} == {"missing-description", "parse-error"}
    r = run("check", ".", "--format", "json", "--ignore", "missing-date-modified", cwd=cwd)
    assert "missing-date-modified" not in r.rules()
    assert "missing-date-published" in r.rules()


def test_explicit_config_file(cwd: Path, seed: Path) -> None:
    (cwd / "house.toml").write_text('[tool.newslint]\nselect = ["missing-image-url"]\n', encoding="utf-8")
    assert run("check", SEED_NAME, "--format", "json", "--config", "house.toml", cwd=cwd).rules() == {
        "missing-image-url"}


@pytest.mark.parametrize(("filename", "text", "key"), [
    (".newslint.toml", "colour = true\n", "'colour'"),
    (".newslint.toml", '[site]\npublisher = "X"\nlogo-url = "https://example.com/l.png"\n', "'site.logo-url'"),
    ("pyproject.toml", "[tool.newslint]\nselct = []\n", "'tool.newslint.selct'"),
    ("pyproject.toml", '[tool.newslint.site]\nname = "X"\n', "'tool.newslint.site.name'"),
    (".newslint.toml", 'ignore = ["missing-date"]\n', "'missing-date'"),
    (".newslint.toml", 'severity = { missing-description = "fatal" }\n', "'severity.missing-description'"),
    (".newslint.toml", "select = [\n", "invalid TOML"),
])
def test_bad_config_exits_2_naming_the_key(cwd: Path, seed: Path, filename: str, text: str, key: str) -> None:
    (cwd / filename).write_text(text, encoding="utf-8")
    for args in (["check", SEED_NAME], ["convert", SEED_NAME]):
        line = one_line_error(run(*args, cwd=cwd))
        assert key in line
        assert filename in line
    assert run("check", SEED_NAME, "--isolated", cwd=cwd).code == 1


# -- streams ------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["text", "parsable", "json"])
def test_stdout_holds_only_findings(cwd: Path, fmt: str) -> None:
    """A source read with a fallback is a finding on stdout, not a diagnostic on stderr."""
    (cwd / "latin1.txt").write_bytes(SEED.read_text(encoding="utf-8").replace("\u201c", '"').replace(
        "\u201d", '"').replace("\u2019", "'").encode("latin-1"))
    r = run("check", "latin1.txt", "--format", fmt, cwd=cwd)
    assert r.code == 1
    assert r.err == ""
    assert "non-utf8-encoding" in r.out


def test_rules_show_the_configured_severity_and_what_is_off(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        '[tool.newslint]\nignore = ["pending-term"]\n[tool.newslint.severity]\nmissing-article-markup = "error"\n',
        encoding="utf-8")
    listing = run("rules", cwd=tmp_path)
    lines = {ln.split()[0]: ln for ln in listing.out.splitlines()}
    assert lines["missing-article-markup"].split()[1] == "error"
    assert lines["pending-term"].endswith("(off)") and not lines["missing-title"].endswith("(off)")
    shown = run("rules", "missing-article-markup", cwd=tmp_path)
    assert "severity:  error (configured; default warning)" in shown.out
    described = {d["name"]: d for d in run("rules", "--format", "json", cwd=tmp_path).json()}
    assert (described["missing-article-markup"]["severity"], described["missing-article-markup"]["default_severity"]) \
        == ("error", "warning")
    assert described["pending-term"]["enabled"] is False
    isolated = {d["name"]: d for d in run("rules", "--format", "json", "--isolated", cwd=tmp_path).json()}
    assert isolated["missing-article-markup"]["severity"] == "warning" and isolated["pending-term"]["enabled"]


def test_rules_help_says_what_the_command_does() -> None:
    result = run("rules", "--help", cwd=Path.cwd())
    assert result.code == 0 and "List every rule newslint knows" in result.out


def test_check_help_names_every_kind_of_input(tmp_path: Path) -> None:
    from linter.readers import READERS

    text = " ".join(run("check", "--help", cwd=tmp_path).out.split())  # (argparse wraps the lines)
    assert "Markdown" in text
    for extension in READERS:
        assert extension in text, extension


def test_color_is_an_option_of_the_commands_that_report_findings_only(tmp_path: Path) -> None:
    # convert prints JSON to be piped on, fix a diff: colour would corrupt both, so neither takes it.
    shutil.copy(SEED, tmp_path / "a.txt")
    for command in (["convert", "a.txt"], ["fix", "a.html"]):
        r = run(*command, "--color", "always", cwd=tmp_path)
        assert r.code == 2 and "unrecognized arguments: --color" in r.err, r.err
    assert "--color" not in run("convert", "--help", cwd=tmp_path).out
    converted = run("convert", "a.txt", cwd=tmp_path, env={"FORCE_COLOR": "1"})
    assert converted.code == 0 and "\x1b[" not in converted.out
    json.loads(converted.out)
    assert run("check", "a.txt", "--color", "never", cwd=tmp_path).code in (0, 1)
