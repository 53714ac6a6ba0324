"""The CI formats (github, sarif, junit), --fail-on, the closing summary and the progress bar.

Real files linted through the real command line; every output parsed back: SARIF validated
against the official SARIF 2.1.0 schema (tests/fixtures/sarif/), JUnit read by an XML
parser, workflow commands unescaped as the Actions runner reads them.
"""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from urllib.parse import unquote_to_bytes, urlsplit

import jsonschema
import pytest

from linter import rules
from linter.findings import Finding, Severity
from linter.report import github_format, junit_format, sarif_format
from linter.report.summary import RunSummary
from linter.rules import missing_title
from tests.test_cli import Result, one_line_error, run, write_json
from tests.util import FIXTURES, SEED, article

SARIF_SCHEMA = FIXTURES / "sarif" / "sarif-schema-2.1.0.json"
#: A key that is no schema.org property: its name comes back quoted in a message and a JSON path.
HOSTILE_KEY = "<script>window.pwned=1</script>50%,\x01"
GITHUB = re.compile(r"^::(?P<command>error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


@pytest.fixture
def cwd(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    return tmp_path


@pytest.fixture
def tree(cwd: Path) -> Path:
    """Files with findings of every severity, odd names, a clean file and one that does not parse."""
    shutil.copy(SEED, cwd / "seed.txt")
    (cwd / "sub dir").mkdir()
    write_json(cwd / "sub dir" / "warn.jsonld", article(description=None, dateModified=None))
    write_json(cwd / "pekín #1.jsonld", article(datePublished=None))
    write_json(cwd / "a,b:c%.jsonld", {**article(), HOSTILE_KEY: "x"})
    (cwd / "broken.jsonld").write_text('{"@type": "NewsArticle",\n  "headline": }\n', encoding="utf-8")
    write_json(cwd / "clean.jsonld", article())
    return cwd


def findings_of(cwd: Path, *args: str) -> list[dict]:
    return run("check", ".", "--format", "json", *args, cwd=cwd).json()["findings"]


# -- github -------------------------------------------------------------------------------------

def unescape_data(text: str) -> str:
    """What the Actions runner makes of a message (its escapes undone, %25 last)."""
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def unescape_property(text: str) -> str:
    return unescape_data(text.replace("%3A", ":").replace("%2C", ","))


def parse_github(line: str) -> tuple[str, dict[str, str], str]:
    m = GITHUB.match(line)
    assert m, line
    props = dict(p.split("=", 1) for p in m["props"].split(","))
    return m["command"], {k: unescape_property(v) for k, v in props.items()}, unescape_data(m["message"])


def test_github_one_command_per_finding(tree: Path) -> None:
    r = run("check", ".", "--format", "github", cwd=tree)
    assert r.code == 1
    assert r.err == ""
    findings = findings_of(tree)
    lines = r.out.splitlines()
    assert len(lines) == len(findings) > 5
    commands = {"error": "error", "warning": "warning", "info": "notice"}
    for line, f in zip(lines, findings, strict=False):
        command, props, message = parse_github(line)
        assert command == commands[f["severity"]]
        assert props["file"] == f["path"]
        assert (props["line"], props["col"]) == (str(f["line"]), str(f["column"]))
        assert props["title"] == f["rule"]
        expected = f["message"] + (f" (at {f['json_path']})" if f["json_path"] else "")
        assert message.split("\nhint: ")[0] == expected
        assert message.endswith(f"\nhint: {f['hint']}")
    assert {command for command, _, _ in map(parse_github, lines)} == {"error", "warning", "notice"}


def test_github_escapes_names_and_messages(tree: Path) -> None:
    """A file name with , : % and a message with a newline and % stay one command, read back whole."""
    lines = run("check", "a,b:c%.jsonld", "--format", "github", cwd=tree).out.splitlines()
    [line] = [x for x in lines if "title=unknown-property" in x]
    assert "file=a%2Cb%3Ac%25.jsonld," in line
    assert "\x01" not in line and "\r" not in line
    _, props, message = parse_github(line)
    assert props["file"] == "a,b:c%.jsonld"
    assert "window.pwned=1</script>50%," in message
    assert message.count("\n") == 1  # before the hint
    assert "\\x01" in message  # a control character is shown, not sent to the log


def test_github_escape_functions() -> None:
    assert github_format.escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert github_format.escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    assert github_format.escape_data("tab\tand \x1b[31m") == "tab\\tand \\x1b[31m"


def test_github_annotates_a_url_without_file() -> None:
    f = Finding("fetch-error", Severity.ERROR, "HTTP 404", "https://example.com/a,b", line=None)
    command, props, message = parse_github(github_format.command(f))
    assert (command, props) == ("error", {"title": "fetch-error"})
    assert message == "https://example.com/a,b: HTTP 404"


@pytest.mark.parametrize(("env", "args", "expected"), [
    ({"GITHUB_ACTIONS": "true"}, [], "github"),
    ({"GITHUB_ACTIONS": "true"}, ["--format", "parsable"], "parsable"),
    ({"GITHUB_ACTIONS": "false"}, [], "text"),
    ({}, [], "text"),
])
def test_github_is_the_default_in_actions(cwd: Path, env: dict[str, str], args: list[str], expected: str) -> None:
    shutil.copy(SEED, cwd / "seed.txt")
    out = run("check", "seed.txt", *args, cwd=cwd, env=env).out
    first = out.splitlines()[0]
    assert {"github": first.startswith("::warning file=seed.txt,"), "parsable": first.startswith("seed.txt:"),
            "text": first == "seed.txt"}[expected], out


# -- sarif --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    jsonschema.Draft4Validator.check_schema(schema)
    checker = jsonschema.FormatChecker()
    assert {"uri", "uri-reference"} <= set(checker.checkers), "rfc3986-validator missing: URIs go unchecked"
    return jsonschema.Draft4Validator(schema, format_checker=checker)


def valid_sarif(text: str, validator: jsonschema.Draft4Validator) -> dict:
    log = json.loads(text)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    return log


def test_sarif_is_valid_and_complete(tree: Path, sarif_validator: jsonschema.Draft4Validator) -> None:
    write_json(tree / "case.jsonld", article(**{"@type": "newsarticle"}))  # a finding with a fix
    r = run("check", ".", "--format", "sarif", cwd=tree)
    assert (r.code, r.err) == (1, "")
    log = valid_sarif(r.out, sarif_validator)
    assert log["version"] == "2.1.0"
    [sarif_run] = log["runs"]
    driver = sarif_run["tool"]["driver"]
    assert driver["name"] == "newslint"
    results = sarif_run["results"]
    findings = findings_of(tree)
    assert len(results) == len(findings)
    levels = {"error": "error", "warning": "warning", "info": "note"}
    base = sarif_run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert Path(bytes(unquote_to_bytes(urlsplit(base).path)).decode()) == tree.resolve()
    for result, f in zip(results, findings, strict=False):
        assert (result["ruleId"], result["level"]) == (f["rule"], levels[f["severity"]])
        # A fix is told on the message's last line (what code scanning shows), and given as edits.
        fix = f"\nfix ({f['fix']['safety']}): {f['fix']['title']}" if f["fix"] else ""
        assert result["message"]["text"].startswith(f["message"] + fix)
        assert result["message"]["text"].count("\n") == f["message"].count("\n") + bool(fix)
        assert len(result.get("fixes", [])) == (1 if f["fix"] and f["fix"]["edits"] else 0)
        assert driver["rules"][result["ruleIndex"]]["id"] == f["rule"]
        [location] = result["locations"]
        artifact = location["physicalLocation"]["artifactLocation"]
        assert artifact["uriBaseId"] == "%SRCROOT%"
        assert not urlsplit(artifact["uri"]).scheme  # relative
        assert os.fsdecode(unquote_to_bytes(artifact["uri"])) == f["path"]
        assert (tree / f["path"]).is_file()
        assert location["physicalLocation"]["region"]["startLine"] == f["line"]
        if f["json_path"]:
            assert location["logicalLocations"] == [{"fullyQualifiedName": f["json_path"], "kind": "object"}]
    assert len({r["partialFingerprints"]["newslintFinding/v2"] for r in results}) == len(results)
    assert any("fixes" in r for r in results)
    # Every rule that fired is described, once, from the registry.
    assert sorted(d["id"] for d in driver["rules"]) == sorted({f["rule"] for f in findings})
    registry = rules.registry()
    for descriptor in driver["rules"]:
        rule = registry[descriptor["id"]]
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert descriptor["helpUri"] == rule.source
        assert descriptor["defaultConfiguration"]["level"] == levels[rule.severity.value]
        assert descriptor["properties"]["fixable"] == rule.fixable
        assert descriptor["help"]["markdown"] == rule.doc.strip()
        if rule.kind == "python":
            assert "## What it does" in descriptor["help"]["markdown"]


def test_sarif_fingerprints_survive_moved_lines(cwd: Path) -> None:
    """An edit that moves a finding to another line keeps its fingerprint: code scanning sees the same alert."""
    write_json(cwd / "a.jsonld", article(description=None))
    before = json.loads(run("check", "a.jsonld", "--format", "sarif", cwd=cwd).out)["runs"][0]["results"]
    (cwd / "a.jsonld").write_text("\n\n\n" + json.dumps(article(description=None), indent=4), encoding="utf-8")
    after = json.loads(run("check", "a.jsonld", "--format", "sarif", cwd=cwd).out)["runs"][0]["results"]
    assert [r["locations"][0]["physicalLocation"]["region"] for r in before] != \
           [r["locations"][0]["physicalLocation"]["region"] for r in after]
    assert [r["partialFingerprints"] for r in before] == [r["partialFingerprints"] for r in after]


def test_sarif_fingerprints_survive_reworded_messages() -> None:
    """A release that words a message better keeps every alert: the fingerprint is path, rule,
    JSON path and which of equal findings it is, never the message."""
    first = Finding("missing-author", Severity.ERROR, "article has no author", "a.jsonld", 3, 1, "$.@graph[0]")
    reworded = Finding("missing-author", Severity.ERROR, "the article names no author", "a.jsonld", 9, 1,
                       "$.@graph[0]")
    assert sarif_format.fingerprint(first, 1) == sarif_format.fingerprint(reworded, 1)
    assert sarif_format.fingerprint(first, 1) != sarif_format.fingerprint(first, 2)
    other = Finding("missing-author", Severity.ERROR, "article has no author", "a.jsonld", 3, 1, "$.@graph[1]")
    assert sarif_format.fingerprint(first, 1) != sarif_format.fingerprint(other, 1)


def test_sarif_with_nothing_found(cwd: Path, sarif_validator: jsonschema.Draft4Validator) -> None:
    write_json(cwd / "clean.jsonld", article())
    (cwd / "empty").mkdir()
    for target in ("clean.jsonld", "empty"):
        r = run("check", target, "--format", "sarif", "-o", "out.sarif", cwd=cwd)
        assert (r.code, r.out, r.err) == (0, "", "")
        log = valid_sarif((cwd / "out.sarif").read_text(encoding="utf-8"), sarif_validator)
        assert log["runs"][0]["results"] == []
        assert log["runs"][0]["tool"]["driver"]["rules"] == []


def test_sarif_odd_file_names(cwd: Path, sarif_validator: jsonschema.Draft4Validator) -> None:
    """Names that are not UTF-8, or hold spaces, '#', '?', '%' or a leading 'c:', are still valid URI references.

    A byte that is not UTF-8 is U+FFFD, as in every output (a lone surrogate in SARIF is invalid JSON for strict readers).
    """
    names = [os.fsencode(cwd) + b"/caf\xe9.jsonld", str(cwd / "c:odd ?#%.jsonld").encode()]
    for name in names:
        with open(name, "wb") as fh:
            fh.write(json.dumps(article(description=None)).encode())
    r = run("check", ".", "--format", "sarif", cwd=cwd, env={"PYTHONIOENCODING": "ascii:strict"})
    assert r.out.isascii()
    log = valid_sarif(r.out, sarif_validator)
    uris = [res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for res in log["runs"][0]["results"]]
    shown = [os.path.basename(n).replace(b"\xe9", "\ufffd".encode()) for n in names]
    assert sorted(unquote_to_bytes(u) for u in uris) == sorted(shown)
    assert "c%3Aodd%20%3F%23%25.jsonld" in uris


def test_sarif_absolute_paths_and_urls(tmp_path: Path, sarif_validator: jsonschema.Draft4Validator) -> None:
    """A crawled page is its absolute URL; a file given by absolute path an absolute file: URI."""
    import io

    out = io.StringIO()
    report = sarif_format.Report(out)
    report.start()
    url = "https://example.com/news/a story?id=1#top"
    report.file(url, [Finding("fetch-error", Severity.ERROR, "HTTP 404", url)])
    page = str(tmp_path / "page one.html")
    report.file(page, [rules.finding(missing_title, "page has no title", page, line=3)])
    report.finish(RunSummary(2, 2, 0, 0, noun="page"))
    log = valid_sarif(out.getvalue(), sarif_validator)
    first, second = (r["locations"][0]["physicalLocation"]["artifactLocation"] for r in log["runs"][0]["results"])
    assert first == {"uri": "https://example.com/news/a%20story?id=1#top"}
    assert second == {"uri": Path(page).as_uri()}
    # Each rule that fired is described once, in order of first use.
    assert [d["id"] for d in log["runs"][0]["tool"]["driver"]["rules"]] == ["fetch-error", "missing-title"]


# -- junit --------------------------------------------------------------------------------------

def junit(text: str) -> ET.Element:
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites"
    return root


def test_junit_one_testcase_per_file(tree: Path) -> None:
    r = run("check", ".", "--format", "junit", cwd=tree)
    assert (r.code, r.err) == (1, "")
    root = junit(r.out)
    [suite] = root.findall("testsuite")
    cases = suite.findall("testcase")
    paths = sorted(str(p.relative_to(tree)) for p in tree.rglob("*") if p.is_file() and p.parent.name != ".git")
    assert [c.get("name") for c in cases] == paths
    findings = findings_of(tree)
    failing = sorted({f["path"] for f in findings if f["severity"] == "error"})
    assert sorted(c.get("name") for c in cases if c.find("failure") is not None) == failing
    for attrs in (root.attrib, suite.attrib):
        assert (attrs["tests"], attrs["failures"], attrs["errors"]) == (str(len(paths)), str(len(failing)), "0")
    for case in cases:
        mine = [f for f in findings if f["path"] == case.get("name")]
        failure, out = case.find("failure"), case.find("system-out")
        errors = [f for f in mine if f["severity"] == "error"]
        others = [f for f in mine if f["severity"] != "error"]
        assert (failure is not None) == bool(errors)
        if errors:
            lines = failure.text.splitlines()
            assert len(lines) == len(errors)
            assert all("[error] " in line and f"({f['rule']})" in line for line, f in zip(lines, errors, strict=False))
        assert (out is not None) == bool(others)
        if not mine:
            assert list(case) == []  # a clean file is a passed test


def test_junit_fail_on_warning(tree: Path) -> None:
    root = junit(run("check", "sub dir", "--format", "junit", "--fail-on", "warning", cwd=tree).out)
    [case] = root.iter("testcase")
    assert case.find("failure").get("message") == "2 warnings"
    root = junit(run("check", "sub dir", "--format", "junit", cwd=tree).out)
    [case] = root.iter("testcase")
    assert case.find("failure") is None and case.find("system-out") is not None


def test_junit_is_valid_xml_whatever_the_names_and_messages(tree: Path) -> None:
    name = "esc\x1b[31m<&>\".jsonld"
    write_json(tree / name, {**article(), HOSTILE_KEY: "x"})
    with open(os.fsencode(tree) + b"/caf\xe9.jsonld", "wb") as fh:
        fh.write(json.dumps(article(datePublished=None)).encode())
    for env in ({}, {"PYTHONIOENCODING": "ascii:strict"}):
        r = run("check", ".", "--format", "junit", cwd=tree, env=env)
        root = junit(r.out)
        names = [c.get("name") for c in root.iter("testcase")]
        assert "esc\\x1b[31m<&>\".jsonld" in names
        assert "caf\ufffd.jsonld" in names  # a lone surrogate is U+FFFD in every output
        hostile = next(c for c in root.iter("testcase") if c.get("name") == name.replace("\x1b", "\\x1b"))
        assert "'<script>window.pwned=1</script>50%,\\x01'" in hostile.find("failure").text


def test_junit_fetch_failure_is_an_error() -> None:
    import io

    out = io.StringIO()
    report = junit_format.Report(out)
    report.start()
    report.file("https://example.com/gone", [Finding("fetch-error", Severity.ERROR, "HTTP 410 Gone",
                                                     "https://example.com/gone")])
    report.file("https://example.com/ok", [])
    report.finish(RunSummary(2, 1, 0, 0, noun="page", fetch_failures=1))
    root = junit(out.getvalue())
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("2", "0", "1")
    gone = root.find("./testsuite/testcase[@name='https://example.com/gone']")
    assert gone.find("error").get("message") == "HTTP 410 Gone"
    assert gone.get("file") is None


# -- exit status --------------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "code_errors", "code_warnings"), [
    ([], 1, 0),
    (["--fail-on", "error"], 1, 0),
    (["--fail-on", "warning"], 1, 1),
    (["--fail-on", "never"], 0, 0),
    (["--strict"], 1, 1),
    (["--exit-zero"], 0, 0),
    (["--exit-zero", "--fail-on", "warning"], 0, 0),
    (["--strict", "--fail-on", "error"], 1, 0),
])
def test_fail_on(cwd: Path, args: list[str], code_errors: int, code_warnings: int) -> None:
    write_json(cwd / "errors.jsonld", article(datePublished=None))
    write_json(cwd / "warnings.jsonld", article(description=None))
    write_json(cwd / "infos.jsonld", article(image=[{
        "@type": "ImageObject", "contentUrl": "https://example.com/photos/lead.jpg",
        "caption": "The two ministers in Beijing.", "creditText": "Jane Smith/Reuters"}]))
    for fmt in ("text", "sarif", "junit"):
        assert run("check", "errors.jsonld", "--format", fmt, *args, cwd=cwd).code == code_errors
        assert run("check", "warnings.jsonld", "--format", fmt, *args, cwd=cwd).code == code_warnings
    assert run("check", "infos.jsonld", *args, cwd=cwd).code == 0


def test_fail_on_rejects_other_values(cwd: Path) -> None:
    r = run("check", ".", "--fail-on", "info", cwd=cwd)
    assert r.code == 2
    assert "argument --fail-on: invalid choice: 'info'" in r.err


# -- summary ------------------------------------------------------------------------------------

def test_text_summary_names_the_top_rules(tree: Path) -> None:
    lines = run("check", ".", cwd=tree).out.splitlines()
    findings = findings_of(tree)
    counts = Counter(f["rule"] for f in findings if f["severity"] != "info")
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    assert lines[-3] == "Top rules: " + ", ".join(f"{r} ({n})" for r, n in top) + ", ..."
    infos = sorted(Counter(f["rule"] for f in findings if f["severity"] == "info").items(),
                   key=lambda kv: (-kv[1], kv[0]))
    assert lines[-2] == f"{sum(n for _, n in infos)} infos (" + ", ".join(f"{r} {n}" for r, n in infos[:5]) \
        + (", ..." if len(infos) > 5 else "") + ")."
    assert re.match(r"^Found \d+ errors, \d+ warnings, \d+ infos in 6 files\.$", lines[-1])


def test_infos_are_grouped_not_top_rules(cwd: Path) -> None:
    # Advice on every page (pending-term, faq-rich-result-retired) must not lead the summary.
    faq = {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
        {"@type": "Question", "name": "Why?", "acceptedAnswer": {"@type": "Answer", "text": "Because."}}]}
    for i in range(3):
        write_json(cwd / f"faq{i}.jsonld", faq)
    for name in ("a", "b"):
        write_json(cwd / f"{name}.jsonld", article(description=None, dateModified=None))
    out = run("check", ".", cwd=cwd).out.splitlines()
    assert out[-3] == "Top rules: missing-date-modified (2), missing-description (2)"
    assert re.match(r"^\d+ infos \(faq-rich-result-retired 3(, [a-z-]+ \d+)*\)\.$", out[-2]), out[-2]


def test_json_summary_keys(tree: Path) -> None:
    data = run("check", ".", "--format", "json", cwd=tree).json()
    summary = data["summary"]
    assert set(summary) == {"files", "errors", "warnings", "infos", "fetch_failures", "rules", "baseline"}
    assert summary["rules"] == dict(Counter(f["rule"] for f in data["findings"]))
    assert list(summary["rules"].values()) == sorted(summary["rules"].values(), reverse=True)
    assert (summary["fetch_failures"], summary["baseline"]) == (0, None)


@pytest.mark.parametrize("fmt", ["github", "sarif", "junit"])
def test_machine_formats_stay_pure(tree: Path, fmt: str) -> None:
    """Nothing but the format on stdout, nothing on stderr; the same bytes with -o."""
    r = run("check", ".", "--format", fmt, cwd=tree)
    assert r.err == ""
    assert "Found " not in r.out and "Top rules" not in r.out
    to_file = run("check", ".", "--format", fmt, "-o", f"out.{fmt}", cwd=tree)
    assert (to_file.out, to_file.err) == ("", "")
    assert (tree / f"out.{fmt}").read_text(encoding="utf-8") == r.out
    assert run("check", ".", "--format", fmt, cwd=tree) == r  # deterministic


# -- progress -----------------------------------------------------------------------------------

def run_with_terminal_stderr(*args: str, cwd: Path, env: dict[str, str] | None = None) -> tuple[Result, str]:
    """``newslint ARGS`` with stderr on a pseudo-terminal (stdout piped); what the terminal got."""
    base = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_ACTIONS", "TERM", "NO_COLOR")}
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "linter", *args], cwd=cwd, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=slave, env={**base, "TERM": "xterm", **(env or {})})
    os.close(slave)
    screen = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed its end
            break
        if not chunk:
            break
        screen += chunk
    os.close(master)
    out = proc.stdout.read().decode("utf-8")  # type: ignore[union-attr]
    proc.stdout.close()  # type: ignore[union-attr]
    code = proc.wait(timeout=120)
    return Result(code, out, ""), screen.decode("utf-8").replace("\r\n", "\n")


def test_progress_bar_on_a_terminal(tree: Path) -> None:
    result, screen = run_with_terminal_stderr("check", ".", "--format", "json", cwd=tree)
    assert result.code == 1
    assert json.loads(result.out)["summary"]["files"] == 6  # stdout untouched
    assert "Traceback" not in screen
    assert "\r\x1b[2K" in screen
    failing = len({f["path"] for f in findings_of(tree) if f["severity"] == "error"})
    assert re.search(rf"6/6 files  100%  [\d.]+/s  {failing} with errors", screen), repr(screen)
    # The bar is erased at the end and the outcome left in its place.
    summary = run("check", ".", cwd=tree).out.splitlines()[-1]
    assert screen.endswith(f"\r\x1b[2Knewslint: {summary}\n"), repr(screen[-200:])


@pytest.mark.parametrize(("args", "env"), [
    (["--no-progress"], {}),
    (["-q"], {}),
    (["--quiet"], {}),
    ([], {"CI": "true"}),
    ([], {"TERM": "dumb"}),
])
def test_no_progress_bar(tree: Path, args: list[str], env: dict[str, str]) -> None:
    result, screen = run_with_terminal_stderr("check", ".", "--format", "json", *args, cwd=tree, env=env)
    assert result.code == 1
    assert screen == ""


def test_no_progress_bar_when_stderr_is_not_a_terminal(tree: Path) -> None:
    assert run("check", ".", cwd=tree, env={"CI": ""}).err == ""


def test_progress_line_without_a_total() -> None:
    import io

    from linter.report.progress import Progress

    bar = Progress(io.StringIO(), total=None, noun="page")
    assert bar.line(12, failing=3, unfetched=2, elapsed=4.0) == "12 pages  3.0/s  3 with errors  2 not fetched"
    bar = Progress(io.StringIO(), total=40, noun="file")
    assert bar.line(10, elapsed=5.0) == "#####--------------- 10/40 files  25%  2.0/s  ETA 0:15  0 with errors"


# -- bad command lines --------------------------------------------------------------------------

@pytest.mark.parametrize("option", ["--report", "--write-baseline"])
@pytest.mark.parametrize("target", ["missing-dir/out", "a-dir", "a-file/out"])
def test_unwritable_targets_are_one_line_errors(cwd: Path, option: str, target: str) -> None:
    shutil.copy(SEED, cwd / "seed.txt")
    (cwd / "a-dir").mkdir()
    (cwd / "a-file").write_text("x", encoding="utf-8")
    line = one_line_error(run("check", "seed.txt", option, target, cwd=cwd))
    assert f"cannot write {'report' if option == '--report' else 'baseline'} {target}: " in line
    assert sorted(p.name for p in cwd.iterdir()) == [".git", "a-dir", "a-file", "seed.txt"]  # no temporary left


# -- CI integration: the GitHub Action's script and the plain CI example ------------------------

ACTION = FIXTURES.parent.parent / "action.yml"
CI_EXAMPLE = FIXTURES.parent.parent / "examples" / "ci.sh"


def ci_env(**extra: str) -> dict[str, str]:
    """The environment of a CI job: CI set, newslint on PATH (this interpreter's scripts folder)."""
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR")}
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    env["CI"] = "true"
    env["PYTHONWARNINGS"] = "error"
    return {**env, **extra}


def action_step() -> tuple[str, dict[str, str]]:
    import yaml

    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert {"command", "paths", "urls", "sitemap", "fail-on", "baseline"} <= set(action["inputs"])
    steps = action["runs"]["steps"]
    assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif@") for s in steps)
    assert any(s.get("uses", "").startswith("actions/setup-python@") for s in steps)
    [step] = [s for s in steps if s.get("id") == "newslint"]
    return step["run"], step["env"]


def run_action(cwd: Path, **inputs: str) -> tuple[subprocess.CompletedProcess[str], dict[str, str]]:
    """The action's newslint step as the runner runs it: inputs through the environment."""
    import yaml

    script, env_template = action_step()
    defaults = {k: str(v.get("default", "")) for k, v in
                yaml.safe_load(ACTION.read_text(encoding="utf-8"))["inputs"].items()}
    values = {**defaults, **inputs}
    env = {name: re.sub(r"\$\{\{ inputs\.([a-z-]+) \}\}", lambda m: values[m.group(1)], template)
           for name, template in env_template.items()}
    output = cwd / "github-output.txt"
    output.write_text("", encoding="utf-8")
    proc = subprocess.run(["bash", "-e", "-c", script], cwd=cwd, capture_output=True, text=True, timeout=300,
                          env=ci_env(GITHUB_OUTPUT=str(output), **env))
    outputs = dict(line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines())
    return proc, outputs


def test_action_runs_newslint_into_sarif(tree: Path, sarif_validator: jsonschema.Draft4Validator) -> None:
    proc, outputs = run_action(tree, paths="seed.txt\n  broken.jsonld\n", **{"fail-on": "warning"})
    assert proc.returncode == 0, proc.stderr  # the step itself never fails: the upload comes first
    assert outputs == {"exit-code": "1"}
    log = valid_sarif((tree / "newslint.sarif").read_text(encoding="utf-8"), sarif_validator)
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]} \
        == {"seed.txt", "broken.jsonld"}
    proc, outputs = run_action(tree, paths="clean.jsonld\tseed.txt", **{"fail-on": "never", "report": "r.html"})
    assert outputs == {"exit-code": "0"}
    assert json.loads((tree / "newslint.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    assert (tree / "r.html").is_file()
    write_json(tree / "warn.jsonld", article(description=None))
    proc, outputs = run_action(tree, paths="clean.jsonld warn.jsonld")
    assert outputs == {"exit-code": "0"}  # warnings only: fail-on error by default


def test_action_with_a_baseline(tree: Path) -> None:
    run("check", "seed.txt", "--write-baseline", "base.json", cwd=tree)
    proc, outputs = run_action(tree, paths="seed.txt", baseline="base.json", args="--select missing-image-url")
    assert outputs == {"exit-code": "0"}, proc.stdout + proc.stderr
    assert json.loads((tree / "newslint.sarif").read_text(encoding="utf-8"))["runs"][0]["results"] == []
    proc, outputs = run_action(tree, paths="seed.txt", baseline="missing.json")
    assert outputs == {"exit-code": "2"}
    assert "newslint: error: cannot read baseline missing.json" in proc.stderr


def test_action_inputs_are_not_shell_code(tree: Path) -> None:
    proc, outputs = run_action(tree, paths="$(touch pwned) `touch pwned2` ; touch pwned3")
    assert outputs == {"exit-code": "2"}  # no such files: a usage error, nothing run
    assert not list(tree.glob("pwned*"))
    proc, outputs = run_action(tree, command="lint")
    assert outputs == {"exit-code": "2"}
    assert "::error title=newslint::command must be check or crawl, not 'lint'" in proc.stdout


def workflow_commands(log: str) -> list[str]:
    """The lines of a step's log the runner would act on: each starts with ``::``."""
    return [line for line in log.splitlines() if line.lstrip().startswith("::")]


def test_action_inputs_are_not_workflow_commands(tree: Path) -> None:
    """An input holding a line break cannot smuggle a workflow command (::add-mask::, ::set-env::) into the log."""
    injection = "\n::add-mask::secret\r\n::stop-commands::x\n"
    proc, outputs = run_action(tree, command="bogus" + injection + "50%")
    assert outputs == {"exit-code": "2"}
    assert workflow_commands(proc.stdout + proc.stderr) == [
        "::error title=newslint::command must be check or crawl, not "
        "'bogus%0A::add-mask::secret%0D%0A::stop-commands::x%0A50%25'"]
    # Every other input reaches newslint as one argument each and shows in the log on one line.
    for name in ("paths", "baseline", "report", "sarif-file", "fail-on", "args"):
        proc, outputs = run_action(tree, **{"paths": "seed.txt", name: "x" + injection})
        # A report or SARIF file may have such a name; the others are wrong values: exit 2.
        assert outputs == {"exit-code": "1" if name in ("report", "sarif-file") else "2"}, (name, proc.stdout)
        assert workflow_commands(proc.stdout + proc.stderr) == [], (name, proc.stdout, proc.stderr)
        assert "::add-mask::" in proc.stdout + proc.stderr  # shown, quoted or escaped, not acted on
    proc, outputs = run_action(tree, command="crawl", urls="http://127.0.0.1:9/" + injection,
                               sitemap="x" + injection)
    assert outputs == {"exit-code": "2"}
    assert workflow_commands(proc.stdout + proc.stderr) == []


def test_ci_example_writes_junit_and_html(tree: Path) -> None:
    proc = subprocess.run(["sh", str(CI_EXAMPLE), "."], cwd=tree, capture_output=True, text=True, timeout=300,
                          env=ci_env(NEWSLINT_INSTALL=""))
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ""
    root = junit((tree / "reports" / "newslint-junit.xml").read_text(encoding="utf-8"))
    assert root.get("tests") == "6"
    assert (tree / "reports" / "newslint.html").is_file()
    assert "findings at or above 'error'" in proc.stdout
    # With a baseline of today's findings the job passes; a broken setting stops it with 2.
    run("check", ".", "--write-baseline", "base.json", cwd=tree)
    proc = subprocess.run(["sh", str(CI_EXAMPLE)], cwd=tree, capture_output=True, text=True, timeout=300,
                          env=ci_env(NEWSLINT_INSTALL="", NEWSLINT_BASELINE="base.json"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = subprocess.run(["sh", str(CI_EXAMPLE)], cwd=tree, capture_output=True, text=True, timeout=300,
                          env=ci_env(NEWSLINT_INSTALL="", NEWSLINT_FAIL_ON="sometimes"))
    assert proc.returncode == 2


def test_ci_example_without_newslint_says_how_to_install_it(tmp_path: Path) -> None:
    """newslint is not on the package index: the script installs nothing unless told how."""
    env = {k: v for k, v in ci_env().items() if k != "NEWSLINT_INSTALL"}
    env["PATH"] = "/usr/bin:/bin"  # no newslint on it
    proc = subprocess.run(["sh", str(CI_EXAMPLE)], cwd=tmp_path, capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 2 and "set NEWSLINT_INSTALL" in proc.stderr, proc.stderr
    assert not (tmp_path / "reports").exists()


# -- one place in every format -----------------------------------------------------------------

def test_a_finding_without_a_column_has_none_in_any_format() -> None:
    """JSON's ``"column": null`` is no ``:1`` elsewhere (figure-missing-credit at line 39)."""
    import io

    from linter.report import json_format, parsable_format, text_format

    found = Finding("figure-missing-credit", Severity.WARNING, "figure has no credit", "page.html", line=39)
    out = {}
    for name, module in (("text", text_format), ("parsable", parsable_format), ("json", json_format),
                         ("github", github_format), ("sarif", sarif_format), ("junit", junit_format)):
        stream = io.StringIO()
        report = module.Report(stream, failing=Severity.WARNING)
        report.start()
        report.file("page.html", [found])
        report.finish(RunSummary(1, 0, 1, 0))
        out[name] = stream.getvalue()
    assert json.loads(out["json"])["findings"][0]["column"] is None
    assert "  39  warning  figure has no credit" in out["text"] and "39:1" not in out["text"]
    assert out["parsable"] == "page.html:39: [warning] figure has no credit (figure-missing-credit)\n"
    assert ",line=39," in out["github"] and "col=" not in out["github"]
    region = json.loads(out["sarif"])["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 39}
    assert "page.html:39: [warning] figure has no credit" in out["junit"] and "39:1" not in out["junit"]
    # With a column, every format gives it.
    with_column = Finding("relative-url", Severity.WARNING, "url is not absolute", "page.html", line=39, column=7)
    stream = io.StringIO()
    parsable_format.Report(stream).file("page.html", [with_column])
    assert stream.getvalue().startswith("page.html:39:7: [warning]")
