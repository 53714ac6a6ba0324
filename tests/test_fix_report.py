"""Fixes where the source lives: SARIF ``fixes``, the fix line of GitHub annotations, JSON ``edits``.

Real pages linted through the real command line. A replacement is held to what matters: applied
to the file's text by its lines and columns, as a SARIF viewer applies it, it gives exactly what
``newslint check --fix`` writes (for a page with one fix), and the SARIF log is valid against
the official SARIF 2.1.0 schema.
"""

from __future__ import annotations

import io
import json
import random
import shutil
from pathlib import Path

import jsonschema
import pytest

from linter.config import Config
from linter.findings import Finding, Severity
from linter.fixes.edits import position, replacements, smallest
from linter.fixes.model import AddMember, Fix, Replacement, Safety
from linter.lint import lint_bytes
from linter.report import github_format, sarif_format
from linter.report.summary import RunSummary
from tests.rules.html_page import page
from tests.test_cli import run
from tests.test_report_formats import parse_github, sarif_validator, valid_sarif
from tests.util import NOW, article

__all__ = ["sarif_validator"]  # the fixture, shared with the SARIF format's tests

RULE = "wrong-case-type"
TITLE = "write 'newsarticle' as 'NewsArticle'"


@pytest.fixture
def cwd(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    return tmp_path


def apply(text: str, edits: list[dict]) -> str:
    """``text`` with SARIF replacements made, by line and column, each on the text as it was (in order)."""
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n" or (ch == "\r" and text[i + 1:i + 2] != "\n")]

    def offset(line: int, column: int) -> int:
        return starts[line - 1] + column - 1

    out, done = [], 0
    for edit in sorted(edits, key=lambda e: (e["deletedRegion"]["startLine"], e["deletedRegion"]["startColumn"])):
        region = edit["deletedRegion"]
        start = offset(region["startLine"], region["startColumn"])
        end = offset(region["endLine"], region["endColumn"])
        assert done <= start <= end
        out += [text[done:start], edit.get("insertedContent", {}).get("text", "")]
        done = end
    return "".join(out) + text[done:]


def fixed_by_check(cwd: Path, name: str) -> str:
    """What ``newslint check --fix`` writes for the page ``name`` (made on a copy)."""
    (cwd / "copy").mkdir(exist_ok=True)
    shutil.copy(cwd / name, cwd / "copy" / name)
    run("check", "--fix", "--exit-zero", f"copy/{name}", cwd=cwd)
    return (cwd / "copy" / name).read_bytes().decode("utf-8")


def sarif_results(cwd: Path, validator: jsonschema.Draft4Validator, *args: str) -> tuple[list[dict], dict]:
    r = run("check", *args, "--format", "sarif", cwd=cwd)
    assert r.err == ""
    [sarif_run] = valid_sarif(r.out, validator)["runs"]
    return sarif_run["results"], {d["id"]: d for d in sarif_run["tool"]["driver"]["rules"]}


def lower_case_page(**props: object) -> str:
    return page(data=article(**{"@type": "newsarticle"}, **props))


# -- SARIF --------------------------------------------------------------------------------------

def test_sarif_fix_makes_what_check_fix_writes(cwd: Path, sarif_validator: jsonschema.Draft4Validator) -> None:
    text = lower_case_page()
    (cwd / "story.html").write_text(text, encoding="utf-8")
    results, rules = sarif_results(cwd, sarif_validator, "story.html")
    [result] = [r for r in results if r["ruleId"] == RULE]
    [fix] = result["fixes"]
    assert fix["description"]["text"] == f"{TITLE} (safe)"
    assert fix["properties"] == {"safety": "safe"}
    [change] = fix["artifactChanges"]
    assert change["artifactLocation"] == result["locations"][0]["physicalLocation"]["artifactLocation"]
    [replacement] = change["replacements"]
    # The smallest change: the letters whose case differs, on the finding's line.
    line = result["locations"][0]["physicalLocation"]["region"]["startLine"]
    assert replacement == {
        "deletedRegion": {"startLine": line, "startColumn": 13, "endLine": line, "endColumn": 18},
        "insertedContent": {"text": "NewsA"},
    }
    assert text.splitlines()[line - 1] == '  "@type": "newsarticle",'
    after = apply(text, change["replacements"])
    assert after == fixed_by_check(cwd, "story.html") == text.replace('"newsarticle"', '"NewsArticle"')
    # Code scanning shows the message: it tells the fix too.
    assert result["message"]["text"].endswith(f"\nfix (safe): {TITLE} \u2014 newslint check --fix")
    assert rules[RULE]["properties"]["fixable"] == "always"
    assert all(r.get("fixes") is None for r in results if r["ruleId"] != RULE)


def test_two_fixes_in_one_block_are_two_independent_replacements(
        cwd: Path, sarif_validator: jsonschema.Draft4Validator) -> None:
    author = [{"@type": "person", "name": "Jane Doe", "url": "https://example.com/staff/jane-doe"}]
    text = lower_case_page(author=author)
    (cwd / "story.html").write_text(text, encoding="utf-8")
    results, _ = sarif_results(cwd, sarif_validator, "story.html")
    fixed = {r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]: r["fixes"][0]["artifactChanges"][0]
             for r in results if r["ruleId"] == RULE}
    assert set(fixed) == {"$.@type", "$.author[0].@type"}
    # Each one alone changes its own type and nothing else...
    assert apply(text, fixed["$.@type"]["replacements"]) == text.replace('"newsarticle"', '"NewsArticle"')
    assert apply(text, fixed["$.author[0].@type"]["replacements"]) == text.replace('"person"', '"Person"')
    # ...and, made together, they are what check --fix writes.
    both = [*fixed["$.@type"]["replacements"], *fixed["$.author[0].@type"]["replacements"]]
    assert apply(text, both) == fixed_by_check(cwd, "story.html")


def test_columns_count_characters_and_lines_any_line_break(
        cwd: Path, sarif_validator: jsonschema.Draft4Validator) -> None:
    # One line holding non-ASCII text before the type, in a page with CR LF line breaks and a BOM.
    block = json.dumps({**article(headline="Nørrebro 🚲 Straße"), "@type": "newsarticle"}, ensure_ascii=False)
    text = page(data=None).replace("</head>", f'<script type="application/ld+json">{block}</script>\n</head>')
    text = text.replace("\n", "\r\n")
    (cwd / "story.html").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    results, _ = sarif_results(cwd, sarif_validator, "story.html")
    [result] = [r for r in results if r["ruleId"] == RULE]
    [replacement] = result["fixes"][0]["artifactChanges"][0]["replacements"]
    region = replacement["deletedRegion"]
    line = text.split("\r\n")[region["startLine"] - 1]
    assert line[region["startColumn"] - 1:region["endColumn"] - 1] == "newsa"  # code points, not bytes
    after = "\ufeff" + apply(text, [replacement])
    assert after == fixed_by_check(cwd, "story.html")


def test_a_fix_that_cannot_be_made_alone_has_no_replacement(
        cwd: Path, sarif_validator: jsonschema.Draft4Validator) -> None:
    # A UTF-16 page: check reads it, the engine writes only ASCII-compatible encodings.
    (cwd / "story.html").write_bytes(lower_case_page().encode("utf-16"))
    results, _ = sarif_results(cwd, sarif_validator, "story.html")
    [result] = [r for r in results if r["ruleId"] == RULE]
    assert "fixes" not in result
    assert result["message"]["text"].endswith(f"fix (safe): {TITLE} \u2014 newslint check --fix")
    [finding] = [f for f in run("check", "story.html", "--format", "json", cwd=cwd).json()["findings"]
                 if f["rule"] == RULE]
    assert finding["fix"]["edits"] == []


def test_a_json_file_with_a_bom(cwd: Path, sarif_validator: jsonschema.Draft4Validator) -> None:
    text = json.dumps(article(**{"@type": "newsarticle"}), indent=2)
    (cwd / "story.jsonld").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    results, _ = sarif_results(cwd, sarif_validator, "story.jsonld")
    [result] = [r for r in results if r["ruleId"] == RULE]
    [replacement] = result["fixes"][0]["artifactChanges"][0]["replacements"]
    assert replacement["deletedRegion"]["startLine"] == 3  # the BOM counts for nothing
    assert "\ufeff" + apply(text, [replacement]) == fixed_by_check(cwd, "story.jsonld")


# -- github -------------------------------------------------------------------------------------

def test_github_annotation_tells_the_fix(cwd: Path) -> None:
    (cwd / "story.html").write_text(lower_case_page(), encoding="utf-8")
    out = run("check", "story.html", "--format", "github", cwd=cwd).out
    [line] = [line for line in out.splitlines() if f"title={RULE}" in line]
    command, props, message = parse_github(line)  # one command, on one line
    assert (command, props["file"]) == ("warning", "story.html")
    assert message.splitlines()[-1] == f"fix (safe): {TITLE} \u2014 newslint check --fix"
    assert "%0Afix (safe): " in line


# -- json ---------------------------------------------------------------------------------------

def test_json_findings_carry_their_edits(cwd: Path) -> None:
    text = lower_case_page()
    (cwd / "story.html").write_text(text, encoding="utf-8")
    r = run("check", "story.html", "--format", "json", cwd=cwd).json()
    assert r["version"] == 1
    [finding] = [f for f in r["findings"] if f["rule"] == RULE]
    [edit] = finding["fix"]["edits"]
    assert finding["fix"] == {"safety": "safe", "title": TITLE, "evidence": None, "edits": [edit]}
    assert edit == {"start_line": finding["line"], "start_column": 13, "end_line": finding["line"],
                    "end_column": 18, "text": "NewsA"}
    assert all(f["fix"] is None for f in r["findings"] if f["rule"] != RULE)


def test_standard_input_gets_edits_too(cwd: Path) -> None:
    text = lower_case_page()
    r = run("check", "-", "--stdin-filename", "story.html", "--format", "json", cwd=cwd,
            stdin=text.encode("utf-8")).json()
    [finding] = [f for f in r["findings"] if f["rule"] == RULE]
    assert [e["text"] for e in finding["fix"]["edits"]] == ["NewsA"]


def test_many_files_in_worker_processes(cwd: Path) -> None:
    # More files than one process lints: the edits come from the workers.
    for i in range(40):
        (cwd / f"story{i:02}.html").write_text(lower_case_page(), encoding="utf-8")
    r = run("check", ".", "--format", "json", "--jobs", "2", cwd=cwd).json()
    edits = [f["fix"]["edits"] for f in r["findings"] if f["rule"] == RULE]
    assert len(edits) == 40 and all(len(e) == 1 for e in edits)


def test_text_output_makes_no_edits(cwd: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from linter import cli
    from linter.fixes import edits

    def refuse(*args: object, **kwargs: object) -> list:
        raise AssertionError("edits made for a format that does not show them")

    (cwd / "story.html").write_text(lower_case_page(), encoding="utf-8")
    monkeypatch.chdir(cwd)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setattr(edits, "replacements", refuse)
    monkeypatch.setattr(edits, "lint_path_with_edits", refuse)
    for fmt in ("text", "parsable", "junit", "github"):
        assert cli.main(["check", "story.html", "--format", fmt, "--exit-zero", "-o", f"out.{fmt}"]) == 0
    assert "fix (safe)" in (cwd / "out.github").read_text(encoding="utf-8")


def test_check_fix_with_sarif_reports_the_file_as_written(
        cwd: Path, sarif_validator: jsonschema.Draft4Validator) -> None:
    (cwd / "story.html").write_text(lower_case_page(), encoding="utf-8")
    results, _ = sarif_results(cwd, sarif_validator, "story.html", "--fix")
    assert [r for r in results if r["ruleId"] == RULE or "fixes" in r] == []


def test_an_unsafe_fix_names_its_evidence_and_an_insertion_is_an_empty_region(
        sarif_validator: jsonschema.Draft4Validator) -> None:
    # No rule offers an unsafe fix yet: a finding as one would give it, written by the reporters.
    fix = Fix(Safety.UNSAFE, "add author 'Jane Doe'", (AddMember("$", "author", "Jane Doe"),),
              evidence="visible byline, line 42", edits=(Replacement(3, 5, 3, 5, '"author": "Jane Doe", '),))
    f = Finding("missing-author", Severity.ERROR, "article has no author", "a,b:c%.html", 3, 5, "$",
                authority="google", fix=fix)
    stream = io.StringIO()
    report = sarif_format.Report(stream)
    report.start()
    report.file(f.path, [f])
    report.finish(RunSummary(1, 1, 0, 0))
    [result] = valid_sarif(stream.getvalue(), sarif_validator)["runs"][0]["results"]
    line = "fix (unsafe): add author 'Jane Doe' (visible byline, line 42) \u2014 newslint check --fix --unsafe-fixes"
    assert result["message"]["text"] == f"article has no author\n{line}"
    assert result["fixes"] == [{
        "description": {"text": "add author 'Jane Doe' (unsafe: visible byline, line 42)"},
        "artifactChanges": [{
            "artifactLocation": result["locations"][0]["physicalLocation"]["artifactLocation"],
            "replacements": [{"deletedRegion": {"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 5},
                              "insertedContent": {"text": '"author": "Jane Doe", '}}],
        }],
        "properties": {"safety": "unsafe", "evidence": "visible byline, line 42"},
    }]
    command, props, message = parse_github(github_format.command(f))
    assert (command, props["file"], message.splitlines()[-1]) == ("error", "a,b:c%.html", line)


# -- the library ----------------------------------------------------------------------------------

def test_replacements_in_the_library() -> None:
    data = lower_case_page().encode("utf-8")
    findings = lint_bytes(data, "story.html", now=NOW)
    with_edits = replacements(data, "story.html", findings, Config())
    assert with_edits == findings  # the same findings: only their fixes carry more
    [fixed] = [f for f in with_edits if f.fix is not None and f.fix.edits]
    assert fixed.rule == RULE
    assert fixed.fix is not None and fixed.fix.edits == (Replacement(fixed.line or 0, 13, fixed.line or 0, 18, "NewsA"),)
    assert [f for f in findings if f.fix is not None and f.fix.edits] == []  # linting alone makes none
    assert replacements(data, "story.html", findings, Config(), unsafe=False) == with_edits  # it is safe


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("abc", "aXc", (1, 2, 1, 3, "X")),
    ("abc", "abXc", (1, 3, 1, 3, "X")),  # an insertion: an empty region
    ("abc", "ac", (1, 2, 1, 3, "")),
    ("a\r\nb", "a\r\nB", (2, 1, 2, 2, "B")),
    ("a\r\nb", "a\nb", (1, 2, 2, 1, "\n")),  # never between CR and LF
    ("a\r\nb", "a\r\n\r\nb", (2, 1, 2, 1, "\r\n")),
    ("x\ry", "x\rY", (2, 1, 2, 2, "Y")),
    ("é🚲a", "é🚲A", (1, 3, 1, 4, "A")),
    ("same", "same", (1, 5, 1, 5, "")),
])
def test_smallest(old: str, new: str, expected: tuple[int, int, int, int, str]) -> None:
    r = smallest(old, new)
    assert (r.start_line, r.start_column, r.end_line, r.end_column, r.text) == expected


def test_smallest_always_gives_the_new_text() -> None:
    rng = random.Random(15)
    alphabet = ["a", "b", "\n", "\r", "\r\n", "é", "🚲"]
    for _ in range(2000):
        old = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        new = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        r = smallest(old, new)
        edit = {"deletedRegion": {"startLine": r.start_line, "startColumn": r.start_column,
                                  "endLine": r.end_line, "endColumn": r.end_column},
                "insertedContent": {"text": r.text}}
        assert apply(old, [edit]) == new, (old, new, r)


def test_position() -> None:
    assert position("ab\r\ncd\ref\ngh", 0) == (1, 1)
    assert position("ab\r\ncd\ref\ngh", 4) == (2, 1)
    assert position("ab\r\ncd\ref\ngh", 7) == (3, 1)
    assert position("ab\r\ncd\ref\ngh", 12) == (4, 3)
