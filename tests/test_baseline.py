"""Baselines: --write-baseline records a run's findings, --baseline leaves them out of later runs.

Real files linted through the real command line; the baseline file read back as JSON.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from linter.findings import Finding, Severity
from linter.report.baseline import Baseline, Recorder, key_of
from tests.test_cli import one_line_error, run, write_json
from tests.util import SEED, article

BASELINE = "newslint-baseline.json"


@pytest.fixture
def cwd(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    return tmp_path


@pytest.fixture
def archive(cwd: Path) -> Path:
    """An archive with old problems: errors, warnings and infos in several files."""
    (cwd / "2019").mkdir()
    shutil.copy(SEED, cwd / "2019" / "seed.txt")
    write_json(cwd / "2019" / "a.jsonld", article(datePublished=None, description=None))
    write_json(cwd / "2020.jsonld", article(author=None))
    write_json(cwd / "clean.jsonld", article())
    return cwd


def findings(cwd: Path, *args: str) -> list[dict]:
    """The findings of the archive's articles (not of a baseline beside them: that is JSON like any)."""
    return run("check", "2019", "2020.jsonld", "clean.jsonld", "--format", "json", *args, cwd=cwd).json()["findings"]


def test_write_baseline_records_every_finding(archive: Path) -> None:
    everything = findings(archive)
    r = run("check", ".", "--write-baseline", BASELINE, "--format", "json", cwd=archive)
    assert r.code == 0  # writing a baseline is not a failed run
    assert r.json()["findings"] == everything  # the report is still written
    assert r.err == f"newslint: wrote {len(everything)} findings of 4 files to baseline {BASELINE}\n"
    data = json.loads((archive / BASELINE).read_text(encoding="utf-8"))
    assert (data["version"], data["tool"]) == (2, "newslint")
    entries = data["findings"]
    assert all(set(e) == {"path", "rule", "json_path", "count"} for e in entries)  # no message, no line
    assert sum(e["count"] for e in entries) == len(everything)
    keys = [(e["path"], e["rule"], e["json_path"] or "") for e in entries]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)
    assert {(e["path"], e["rule"]) for e in entries} == {(f["path"], f["rule"]) for f in everything}
    assert "line" not in entries[0]


def test_baseline_file_is_stable(archive: Path) -> None:
    run("check", ".", "--write-baseline", BASELINE, cwd=archive)
    first = (archive / BASELINE).read_bytes()
    # Again, from another order of arguments and with the baseline itself in the tree.
    run("check", "2020.jsonld", "clean.jsonld", "2019", "--write-baseline", BASELINE, "--jobs", "1", cwd=archive)
    assert (archive / BASELINE).read_bytes() == first
    assert first.endswith(b"]\n}\n")


def test_baseline_hides_known_findings(archive: Path) -> None:
    known = len(findings(archive))
    run("check", ".", "--write-baseline", BASELINE, cwd=archive)
    r = run("check", ".", "--baseline", BASELINE, "--format", "json", cwd=archive)
    assert r.code == 0
    data = r.json()
    assert data["findings"] == []
    assert data["summary"]["baseline"] == {"path": BASELINE, "matched": known, "stale": 0}
    assert (data["summary"]["errors"], data["summary"]["files"]) == (0, 4)  # the baseline file is not linted
    text = run("check", ".", "--baseline", BASELINE, cwd=archive).out.splitlines()
    assert text == [f"Baseline {BASELINE}: {known} known findings not shown.", "No new problems found in 4 files."]
    # The same with --fail-on warning: the warnings are known too.
    assert run("check", ".", "--baseline", BASELINE, "--fail-on", "warning", cwd=archive).code == 0


def test_baseline_survives_moved_lines(archive: Path) -> None:
    """Edits that move every finding to other lines (reformatting, lines added above) leave them known."""
    before = findings(archive)
    run("check", ".", "--write-baseline", BASELINE, cwd=archive)
    data = article(datePublished=None, description=None)
    (archive / "2019" / "a.jsonld").write_text("\n\n\n" + json.dumps(data, indent=8), encoding="utf-8")
    seed = (archive / "2019" / "seed.txt").read_text(encoding="utf-8").split("\n\n", 1)
    (archive / "2019" / "seed.txt").write_text(seed[0] + "\n\n\n\n" + seed[1], encoding="utf-8")
    after = findings(archive)
    moved = {(f["path"], f["rule"], f["json_path"], f["message"]) for f in after}
    assert moved == {(f["path"], f["rule"], f["json_path"], f["message"]) for f in before}
    assert [f["line"] for f in after] != [f["line"] for f in before]  # the lines did move
    r = run("check", ".", "--baseline", BASELINE, "--format", "json", cwd=archive)
    assert (r.code, r.json()["findings"]) == (0, [])


def test_new_findings_are_reported_and_fixed_ones_counted(archive: Path) -> None:
    matched = len(findings(archive))
    run("check", ".", "--write-baseline", BASELINE, cwd=archive)
    # 2020.jsonld gets a new problem; 2019/a.jsonld has its description back (one warning fixed).
    write_json(archive / "2020.jsonld", article(author=None, headline=None))
    write_json(archive / "2019" / "a.jsonld", article(datePublished=None))
    r = run("check", ".", "--baseline", BASELINE, "--format", "json", cwd=archive)
    assert r.code == 1
    data = r.json()
    assert [(f["path"], f["rule"]) for f in data["findings"]] == [("2020.jsonld", "missing-headline")]
    assert data["summary"]["baseline"] == {"path": BASELINE, "matched": matched - 1, "stale": 1}
    assert data["summary"]["errors"] == 1
    text = run("check", ".", "--baseline", BASELINE, cwd=archive).out.splitlines()
    assert text[-2] == (f"Baseline {BASELINE}: {matched - 1} known findings not shown, 1 recorded finding fixed "
                        f"since (--write-baseline {BASELINE} drops it).")
    assert text[-1].startswith("Found 1 error, 0 warnings, 0 infos in 4 files")
    # Written again from the baseline run: the fixed finding is dropped, the new one recorded.
    run("check", ".", "--baseline", BASELINE, "--write-baseline", BASELINE, cwd=archive)
    r = run("check", ".", "--baseline", BASELINE, "--format", "json", cwd=archive)
    assert (r.code, r.json()["summary"]["baseline"]["stale"]) == (0, 0)


def test_only_the_files_checked_count_as_fixed(archive: Path) -> None:
    run("check", ".", "--write-baseline", BASELINE, cwd=archive)
    r = run("check", "2020.jsonld", "--baseline", BASELINE, "--format", "json", cwd=archive)
    assert r.json()["summary"]["baseline"] == {"path": BASELINE, "matched": 1, "stale": 0}
    # The baseline keys paths as checked from here: ./2020.jsonld and sub/../2020.jsonld are the same file.
    r = run("check", "./2019/../2020.jsonld", "--baseline", BASELINE, "--format", "json", cwd=archive)
    assert r.json()["findings"] == []


def test_counts_per_key() -> None:
    """Two equal findings where the baseline records one: one is new."""
    def f(line: int) -> Finding:
        return Finding("image-missing-alt", Severity.WARNING, "image has no alt text", "p.html", line=line)

    recorder = Recorder()
    recorder.add([f(3)])
    baseline = Baseline("b.json", dict(recorder.counts))
    assert baseline.filter("p.html", [f(10), f(20)]) == [f(20)]
    use = baseline.use()
    assert (use.matched, use.stale) == (1, 0)
    baseline = Baseline("b.json", {key_of(f(1)): 3})
    assert baseline.filter("p.html", [f(5)]) == []
    assert baseline.use().stale == 2


@pytest.mark.parametrize(("content", "words"), [
    (None, f"cannot read baseline {BASELINE}: no such file (record one with --write-baseline {BASELINE})"),
    ("{", f"cannot read baseline {BASELINE}: invalid JSON"),
    (b"\xff\xfe{}", f"cannot read baseline {BASELINE}: not UTF-8"),
    ("[]", f"{BASELINE} is not a newslint baseline"),
    ('{"version": 3, "findings": []}', "has version 3; this newslint reads versions 1 and 2"),
    ('{"version": true, "findings": []}', "has version True"),
    ('{"version": 1, "findings": {}}', "findings must be a list"),
    ('{"version": 2, "findings": [{"path": "a"}]}', "findings[0] has no rule string"),
    ('{"version": 1, "findings": [{"path": "a", "rule": "r", "message": 3}]}',
     "findings[0] has a message that is not a string"),
    ('{"version": 1, "findings": [{"path": "a", "rule": "r", "message": "m", "count": 0}]}',
     "findings[0] has a count that is not a positive integer"),
    ('{"version": 1, "findings": [{"path": "a", "rule": "r", "message": "m", "json_path": 3}]}',
     "findings[0] has a json_path that is not a string or null"),
])
def test_bad_baseline_is_a_one_line_error(archive: Path, content: str | bytes | None, words: str) -> None:
    if isinstance(content, bytes):
        (archive / BASELINE).write_bytes(content)
    elif content is not None:
        (archive / BASELINE).write_text(content, encoding="utf-8")
    for fmt in ("text", "sarif"):
        line = one_line_error(run("check", ".", "--baseline", BASELINE, "--format", fmt, cwd=archive))
        assert words in line


def test_baseline_with_a_directory_is_an_error(archive: Path) -> None:
    (archive / "dir").mkdir()
    assert "cannot read baseline dir: is a directory" in one_line_error(
        run("check", ".", "--baseline", "dir", cwd=archive))


def test_baseline_with_non_utf8_file_names(cwd: Path) -> None:
    import os

    with open(os.fsencode(cwd) + b"/caf\xe9.jsonld", "wb") as fh:
        fh.write(json.dumps(article(description=None)).encode())
    assert run("check", ".", "--write-baseline", BASELINE, cwd=cwd).code == 0
    json.loads((cwd / BASELINE).read_text(encoding="utf-8"))  # valid UTF-8 JSON
    r = run("check", ".", "--baseline", BASELINE, "--format", "json", cwd=cwd)
    assert (r.json()["findings"], r.json()["summary"]["baseline"]["matched"]) == ([], 1)


def test_quiet_write_baseline(archive: Path) -> None:
    r = run("check", ".", "--write-baseline", BASELINE, "-q", cwd=archive)
    assert (r.code, r.err) == (0, "")
    assert (archive / BASELINE).is_file()


def test_a_reworded_message_is_still_known(archive: Path) -> None:
    """Identity is path, rule and JSON path: a release that words a message better (here the
    recorded messages are all rewritten) does not turn known findings into new ones."""
    known = len(findings(archive))
    run("check", ".", "--write-baseline", BASELINE, cwd=archive)
    data = json.loads((archive / BASELINE).read_text(encoding="utf-8"))
    assert all("message" not in e for e in data["findings"])
    r = run("check", ".", "--baseline", BASELINE, "--format", "json", cwd=archive)
    assert (r.code, r.json()["findings"], r.json()["summary"]["baseline"]["matched"]) == (0, [], known)


def test_version_1_baselines_are_read_and_their_messages_ignored(archive: Path) -> None:
    """A baseline written by an earlier newslint (version 1, with messages) keeps working,
    whatever its messages say; --write-baseline then writes version 2."""
    everything = findings(archive)
    run("check", ".", "--write-baseline", BASELINE, cwd=archive)
    data = json.loads((archive / BASELINE).read_text(encoding="utf-8"))
    old = {"version": 1, "tool": "newslint",
           "findings": [{**e, "message": f"an older wording {i}"} for i, e in enumerate(data["findings"])]}
    (archive / BASELINE).write_text(json.dumps(old), encoding="utf-8")
    r = run("check", ".", "--baseline", BASELINE, "--format", "json", cwd=archive)
    assert (r.code, r.json()["findings"]) == (0, [])
    assert r.json()["summary"]["baseline"] == {"path": BASELINE, "matched": len(everything), "stale": 0}
    run("check", ".", "--write-baseline", BASELINE, cwd=archive)
    assert json.loads((archive / BASELINE).read_text(encoding="utf-8"))["version"] == 2
