"""``check --fix``, ``--unsafe-fixes``, ``--diff`` and ``fix``, run as the real command line on real files.

The fixable finding is ``wrong-case-type`` (``"@type": "newsarticle"``), the first rule with a
fix. The pages are the news page of the rule tests, whose markup agrees with what it shows,
so that what remains after the fix is what ``check`` finds on the fixed file, and nothing
else is fixable. Each run is a subprocess (:func:`tests.test_cli.run`): no traceback, no
internal error.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
from pathlib import Path

import pytest

from linter.report.summary import RunSummary
from linter.report.text_format import fix_summary
from tests.rules.html_page import page
from tests.test_cli import Result, one_line_error, run
from tests.test_precommit import CLEAN_MARKDOWN, CONFIG
from tests.util import article

WRONG = '"@type": "newsarticle"'
RIGHT = '"@type": "NewsArticle"'
#: The news page, its markup's type in the wrong case: one fixable finding.
PAGE = page(data=article(**{"@type": "newsarticle"}))
#: The same page with its JSON-LD written by hand: one line, no spaces, Windows line endings.
COMPACT = (page(data=None).replace("</head>", '<script type="application/ld+json">'
                                   + json.dumps(article(**{"@type": "newsarticle"}), separators=(",", ":"))
                                   + "</script>\n</head>").replace("\n", "\r\n"))
FIXED_LINE = "Fixed 1 finding (wrong-case-type 1)."


@pytest.fixture
def cwd(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()  # no configuration from above the test's folder
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))  # as given: no line-ending translation
    return path


def findings(r: Result) -> set[tuple[str, str, str | None]]:
    """``(path, rule, json_path)`` of each finding of a ``--format json`` run."""
    return {(f["path"], f["rule"], f["json_path"]) for f in r.json()["findings"]}


# --- check --fix -----------------------------------------------------------------------------------

@pytest.mark.parametrize("html", [PAGE, COMPACT], ids=["indented", "compact-crlf"])
def test_check_fix_changes_only_the_type_and_reports_what_remains(cwd: Path, html: str) -> None:
    path = write(cwd / "page.html", html)
    before = findings(run("check", "page.html", "--format", "json", cwd=cwd))
    assert ("page.html", "wrong-case-type", "$.@type") in before

    r = run("check", "--fix", "page.html", cwd=cwd)
    # The block's one value, and not one other byte: formatting and line endings kept.
    assert path.read_bytes() == fixed_bytes("page.html", html.encode())
    # The report is that of the fixed file, with what was fixed said before the totals.
    after = run("check", "page.html", cwd=cwd)
    lines = r.out.splitlines()
    assert FIXED_LINE in lines
    assert [line for line in lines if line != FIXED_LINE] == after.out.splitlines()
    assert "wrong-case-type" not in after.out and "fixable" not in after.out
    # No finding the fix did not take away was added, none other taken away.
    assert findings(run("check", "page.html", "--format", "json", cwd=cwd)) == before - {
        ("page.html", "wrong-case-type", "$.@type")}
    assert r.code == after.code == 0  # warnings and infos remain: no failure
    assert r.err == ""


def test_the_exit_status_is_that_of_the_findings_that_remain(cwd: Path) -> None:
    no_author = write(cwd / "no-author.html", page(data=article(**{"@type": "newsarticle", "author": None})))
    r = run("check", "--fix", "no-author.html", cwd=cwd)
    assert r.code == 1 and "missing-author" in r.out and FIXED_LINE in r.out.splitlines()
    assert RIGHT in no_author.read_text()

    write(cwd / "page.html", PAGE)
    strict = ("--strict", "--select", "wrong-case-type")
    assert run("check", *strict, "page.html", cwd=cwd).code == 1  # the warning fails a strict run
    fixed = run("check", "--fix", *strict, "page.html", cwd=cwd)
    assert fixed.code == 0, fixed.out
    assert fixed.out.splitlines()[-2:] == [FIXED_LINE, "No problems found in 1 file."]


def test_a_second_fix_changes_nothing(cwd: Path) -> None:
    path = write(cwd / "page.html", PAGE)
    run("check", "--fix", "page.html", cwd=cwd)
    once = path.read_bytes()
    os.utime(path, ns=(0, 0))  # a rewrite of the same bytes would show in the times
    again = run("check", "--fix", "page.html", cwd=cwd)
    assert path.read_bytes() == once and path.stat().st_mtime_ns == 0
    assert "Fixed" not in again.out
    diff = run("check", "--diff", "page.html", cwd=cwd)
    assert (diff.code, diff.out, diff.err) == (0, "", "newslint: nothing to fix in 1 file\n")


def test_json_after_fix_holds_the_findings_that_remain(cwd: Path) -> None:
    write(cwd / "page.html", PAGE)
    before = findings(run("check", "page.html", "--format", "json", cwd=cwd))
    r = run("check", "--fix", "page.html", "--format", "json", cwd=cwd)
    assert findings(r) == before - {("page.html", "wrong-case-type", "$.@type")}  # stdout: the JSON alone
    assert findings(r) == findings(run("check", "page.html", "--format", "json", cwd=cwd))


# --- --diff and --unsafe-fixes ---------------------------------------------------------------------

def test_diff_prints_the_fix_writes_nothing_and_applies(cwd: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = write(cwd / "page.html", PAGE)
    r = run("check", "--diff", "page.html", cwd=cwd)
    assert r.code == 1
    assert path.read_text() == PAGE
    assert r.out.startswith("--- a/page.html\n+++ b/page.html\n@@ ")
    assert [line for line in r.out.splitlines() if line[:1] in "+-"] == [
        "--- a/page.html", "+++ b/page.html", f"-  {WRONG},", f"+  {RIGHT},"]
    assert r.err == "newslint: would fix 1 finding in 1 of 1 file (wrong-case-type 1)\n"
    # `fix --diff` is the same, and the diff is one `git apply` takes, to the file `--fix` writes.
    assert run("fix", "--diff", "page.html", cwd=cwd).out == r.out
    other = tmp_path_factory.mktemp("apply")
    write(other / "page.html", PAGE)
    subprocess.run(["git", "apply", "-"], cwd=other, input=r.out.encode(), check=True, timeout=60)
    run("check", "--fix", "page.html", cwd=cwd)
    assert (other / "page.html").read_bytes() == path.read_bytes()


def test_diff_of_a_file_without_a_final_line_break(cwd: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    # The type last, so that the hunk reaches the last line, which has no line break.
    text = json.dumps({**article(**{"@type": None}), "@type": "newsarticle"}, indent=2)
    path = write(cwd / "story.jsonld", text)
    r = run("fix", "--diff", "story.jsonld", cwd=cwd)
    assert r.code == 1 and r.out.endswith("}\n\\ No newline at end of file\n")
    other = tmp_path_factory.mktemp("apply")
    write(other / "story.jsonld", text)
    subprocess.run(["git", "apply", "-"], cwd=other, input=r.out.encode(), check=True, timeout=60)
    assert run("fix", "story.jsonld", cwd=cwd).code == 0
    assert (other / "story.jsonld").read_bytes() == path.read_bytes() == text.replace(WRONG, RIGHT).encode()


def test_unsafe_fixes_without_fix_or_diff_writes_nothing(cwd: Path) -> None:
    path = write(cwd / "page.html", PAGE)
    r = run("check", "--unsafe-fixes", "page.html", cwd=cwd)
    assert path.read_text() == PAGE
    assert r.code == 0 and "Fixed" not in r.out
    # What --fix would make: the one safe fix (the unsafe ones are counted with it, as ruff does).
    assert "1 finding fixable with --fix." in r.out.splitlines()


@pytest.mark.parametrize("args", [["check", "--fix", "-"], ["check", "--diff", "-"],
                                  ["check", "--fix", "--unsafe-fixes", "page.html", "-"], ["fix", "-"],
                                  ["fix", "--diff", "-"]])
def test_standard_input_cannot_be_fixed(cwd: Path, args: list[str]) -> None:
    write(cwd / "page.html", PAGE)
    line = one_line_error(run(*args, cwd=cwd, stdin=PAGE.encode()))
    assert "works on files: give files or directories, not standard input" in line
    assert (cwd / "page.html").read_text() == PAGE


@pytest.mark.parametrize("option", [["--format", "json"], ["-o", "findings.txt"], ["--report", "r.html"],
                                    ["--write-baseline", "b.json"]])
def test_diff_takes_no_report_option(cwd: Path, option: list[str]) -> None:
    """--diff prints the diff and nothing else: a report option would be ignored without a word."""
    write(cwd / "page.html", PAGE)
    line = one_line_error(run("check", "--diff", "page.html", *option, cwd=cwd))
    assert f"{option[0].replace('-o', '--output-file')} does not go with it" in line
    assert sorted(p.name for p in cwd.iterdir()) == [".git", "page.html"]


# --- which fixes: --select and --ignore ------------------------------------------------------------

def test_only_the_selected_rules_fixes_are_made(cwd: Path) -> None:
    path = write(cwd / "page.html", PAGE)
    for args in (["check", "--fix", "--ignore", "wrong-case-type"], ["check", "--fix", "--select", "missing-author"],
                 ["fix", "--ignore", "wrong-case-type"], ["fix", "--select", "missing-author"]):
        r = run(*args, "page.html", cwd=cwd)
        assert path.read_text() == PAGE, args
        assert r.code == 0 and "Fixed" not in r.out, args
    for args in (["check", "--diff", "--ignore", "wrong-case-type"], ["fix", "--diff", "--select", "missing-author"]):
        r = run(*args, "page.html", cwd=cwd)
        assert (r.code, r.out) == (0, ""), args
        assert r.err == "newslint: nothing to fix in 1 file\n"
    assert "unknown rule 'wrong-case-typ'" in one_line_error(run("fix", "--select", "wrong-case-typ", "page.html",
                                                                 cwd=cwd))
    r = run("fix", "--select", "wrong-case-type", "page.html", cwd=cwd)
    assert (r.code, r.out) == (0, "")
    assert r.err == "newslint: fixed 1 finding in 1 of 1 file (wrong-case-type 1); 0 findings remain\n"
    assert path.read_text() == PAGE.replace(WRONG, RIGHT)


def test_fix_with_jobs_is_the_serial_run(cwd: Path) -> None:
    for i in range(3):
        write(cwd / "a" / f"page-{i}.html", PAGE)
        write(cwd / "b" / f"page-{i}.html", PAGE)
    one, many = run("check", "--fix", "a", "-j", "1", cwd=cwd), run("check", "--fix", "b", "-j", "4", cwd=cwd)
    assert (one.code, one.out.replace("a/", "b/")) == (many.code, many.out)
    assert "Fixed 3 findings (wrong-case-type 3)." in many.out.splitlines()


# --- a whole site: fix and fix --diff --------------------------------------------------------------

def make_site(root: Path) -> dict[str, bytes]:
    """Pages, a JSON-LD file, a Markdown article, a file that is no article and a binary page."""
    write(root / ".newslint.toml", CONFIG)  # the site's facts, for the Markdown article
    files = {
        "site/world/cuba-china.html": PAGE.encode(),
        "site/world/compact.htm": COMPACT.encode(),
        "site/feeds/article.jsonld": (json.dumps(article(**{"@type": "newsarticle"}), indent=2) + "\n").encode(),
        "site/stories/tram-line.md": CLEAN_MARKDOWN.encode(),
        "site/crawlers.txt": b"User-agent: *\nDisallow: /drafts/\n",
        "site/broken.html": b"\x00\x01binary",
    }
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return files


def fixed_bytes(name: str, data: bytes) -> bytes:
    if name.endswith((".html", ".htm", ".jsonld")) and b"binary" not in data:
        return data.replace(b'"@type":"newsarticle"', b'"@type":"NewsArticle"').replace(WRONG.encode(),
                                                                                        RIGHT.encode())
    return data


def test_fix_and_diff_on_a_site(cwd: Path) -> None:
    files = make_site(cwd)
    on_disk = {name: (cwd / name).read_bytes for name in files}
    binary = "site/broken.html: binary file (contains NUL bytes); left unchanged"
    passed = "newslint: passed over 1 file that is no article (not-an-article): site/crawlers.txt"

    dry = run("fix", "site", "--diff", cwd=cwd)
    assert dry.code == 1  # changes to make (and a page that cannot be fixed)
    assert all(read() == files[name] for name, read in on_disk.items())
    assert re.findall(r"^\+\+\+ b/(.*)$", dry.out, re.M) == [
        "site/feeds/article.jsonld", "site/world/compact.htm", "site/world/cuba-china.html"]
    assert dry.err.splitlines() == [
        binary, passed,
        "newslint: would fix 3 findings in 3 of 5 files (wrong-case-type 3); 1 file could not be fixed (see above)"]

    first = run("fix", "site", cwd=cwd)
    assert first.code == 1 and first.out == ""  # the binary page fails the run, and says so
    assert all(read() == fixed_bytes(name, files[name]) for name, read in on_disk.items())
    remaining = len(run("check", "site", "--format", "json", cwd=cwd).json()["findings"])
    assert first.err.splitlines() == [
        binary, passed,
        f"newslint: fixed 3 findings in 3 of 5 files (wrong-case-type 3); {remaining} findings remain; "
        "1 file could not be fixed (see above)"]

    # Idempotent: nothing more to fix, nothing written.
    again = run("fix", "site", cwd=cwd)
    assert all(read() == fixed_bytes(name, files[name]) for name, read in on_disk.items())
    assert again.err.splitlines()[-1] == (f"newslint: nothing to fix in 5 files; {remaining} findings remain; "
                                          "1 file could not be fixed (see above)")
    (cwd / "site" / "broken.html").unlink()
    clean = run("fix", "site", "--diff", cwd=cwd)
    assert (clean.code, clean.out) == (0, "")
    assert clean.err.splitlines() == [passed, "newslint: nothing to fix in 4 files"]
    assert run("fix", "site", cwd=cwd).code == 0


def test_check_fix_on_a_site_reports_every_file(cwd: Path) -> None:
    files = make_site(cwd)
    r = run("check", "--fix", "site", cwd=cwd)
    assert r.code == 1  # the binary page's parse-error
    assert all((cwd / name).read_bytes() == fixed_bytes(name, data) for name, data in files.items())
    lines = r.out.splitlines()
    assert "Fixed 3 findings (wrong-case-type 3)." in lines
    assert lines[-1] == run("check", "site", cwd=cwd).out.splitlines()[-1]
    # The binary page is said once, as the parse-error it is, not on stderr as well.
    assert sum(line.endswith("  parse-error") for line in lines) == 1 and "broken.html" not in r.err


def test_a_warc_archive_is_checked_never_fixed(cwd: Path) -> None:
    pytest.importorskip("fastwarc")  # the warc extra
    from tests.test_warc import request, response, write_warc

    url = "https://news.example/world/cuba-china"
    write_warc(cwd / "crawl.warc.gz", [request(url), response(url, PAGE.encode())])
    archive = (cwd / "crawl.warc.gz").read_bytes()
    write(cwd / "page.html", PAGE)
    note = "newslint: crawl.warc.gz: a WARC archive holds pages as fetched, which are checked, never fixed"
    for args in (["fix", "--diff"], ["fix"]):
        r = run(*args, "crawl.warc.gz", "page.html", cwd=cwd)
        assert r.code == (1 if "--diff" in args else 0), r.err
        assert r.err.splitlines()[0] == note and "1 of 1 file (wrong-case-type 1)" in r.err
    # check --fix reads the archive's page, and reports its finding (no fix offered there).
    r = run("check", "--fix", "crawl.warc.gz", cwd=cwd)
    assert "type 'newsarticle' should be written 'NewsArticle'" in r.out and "fixable" not in r.out
    assert (cwd / "crawl.warc.gz").read_bytes() == archive


# --- files fix leaves alone ------------------------------------------------------------------------

def test_files_that_must_not_be_replaced_are_left_alone_and_named(cwd: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    site = cwd / "site"
    read_only = write(site / "read-only.html", PAGE)
    read_only.chmod(0o444)
    outside = write(tmp_path_factory.mktemp("elsewhere") / "page.html", PAGE)
    (site / "out-of-tree.html").symlink_to(outside)
    linked = write(site / "hard-linked.html", PAGE)
    os.link(linked, cwd / "second-name.html")
    inside = write(cwd / "shared" / "page.html", PAGE)
    (site / "in-tree.html").symlink_to(inside)  # a link within the tree: its target is fixed
    # Nothing to fix: how the file could be written does not matter, and it is not named.
    clean = write(site / "read-only-clean.html", PAGE.replace(WRONG, RIGHT))
    clean.chmod(0o444)

    for args in (["fix", "site", "--diff"], ["fix", "site"], ["check", "--fix", "site"]):
        r = run(*args, cwd=cwd)
        # fix fails for a file it could not fix; check's status is that of the findings (warnings here).
        assert r.code == (0 if args[0] == "check" else 1), args
        err = r.err.splitlines()
        assert "site/read-only.html: file is read-only (make it writable to fix it); left unchanged" in err
        assert (f"site/out-of-tree.html: symlink to a file outside the tree being fixed "
                f"({os.path.realpath(outside)}); left unchanged") in err
        assert any(line.startswith("site/hard-linked.html: file has 2 hard links") for line in err)
        assert "read-only-clean" not in r.err
        for path in (read_only, outside, linked):
            assert path.read_text() == PAGE
    assert read_only.stat().st_mode & 0o777 == 0o444
    assert (site / "out-of-tree.html").is_symlink() and (site / "in-tree.html").is_symlink()
    assert (cwd / "second-name.html").read_text() == PAGE and os.stat(linked).st_nlink == 2
    assert inside.read_text() == PAGE.replace(WRONG, RIGHT)
    # `check --fix` still reports the three files' findings, the fixes not made among them.
    r = run("check", "--fix", "site", cwd=cwd)
    lines = r.out.splitlines()
    assert sum(line.endswith("  wrong-case-type") for line in lines) == 3
    assert "3 fixes could not be made." in lines and not any(line.startswith("Fixed") for line in lines)


# --- the summary's words -----------------------------------------------------------------------------

@pytest.mark.parametrize(("counts", "lines"), [
    ({"fixable": 1}, ["1 finding fixable with --fix."]),
    ({"fixable": 1, "unsafe_fixable": 2}, ["1 finding fixable with --fix (2 more with --fix --unsafe-fixes)."]),
    ({"unsafe_fixable": 2}, ["2 findings fixable with --fix --unsafe-fixes."]),
    # `check --unsafe-fixes`: every fix is one `--fix --unsafe-fixes` makes.
    ({"fixable": 1, "unsafe_fixable": 2, "unsafe_shown": True},
     ["3 findings fixable with --fix --unsafe-fixes (1 with --fix alone)."]),
    ({"fixable": 2, "unsafe_shown": True}, ["2 findings fixable with --fix."]),
    # `check --fix`: what was made, what --unsafe-fixes would add, and what could not be made.
    ({"fixing": True, "fixed": (("wrong-case-type", 2), ("other", 1))}, ["Fixed 3 findings (wrong-case-type 2, other 1)."]),
    ({"fixing": True, "fixed": (("wrong-case-type", 1),), "unsafe_fixable": 2},
     [FIXED_LINE, "2 findings fixable with --fix --unsafe-fixes."]),
    ({"fixing": True, "fixable": 1}, ["1 fix could not be made."]),
    ({"fixing": True, "fixable": 1, "unsafe_fixable": 2, "unsafe_shown": True}, ["3 fixes could not be made."]),
    ({"fixing": True}, []),
    ({}, []),
])
def test_summary_says_what_was_fixed_and_what_is_fixable(counts: dict[str, object], lines: list[str]) -> None:
    assert fix_summary(RunSummary(1, 0, 1, 0, **counts)) == lines  # type: ignore[arg-type]


# --- newslint rules --------------------------------------------------------------------------------

def test_rules_say_which_rules_fix_what_they_find(cwd: Path) -> None:
    listing = run("rules", cwd=cwd).out.splitlines()
    row = next(line for line in listing if line.startswith("wrong-case-type "))
    assert re.match(r"^wrong-case-type +warning +schema\.org +fix +Type name in the wrong case$", row), row
    never = next(line for line in listing if line.startswith("future-date "))
    assert " fix" not in never
    # The summaries stand in one column, fixable or not.
    column = {line.index(summary) for line, summary in ((row, "Type name"), (never, never.split("  ")[-1]))}
    assert len(column) == 1, listing

    one = run("rules", "wrong-case-type", cwd=cwd).out
    assert re.search(r"^  fixable: +always \(newslint check --fix", one, re.M), one
    assert "## Fix" in one and "Safe, always" in one
    assert re.search(r"^  fixable: +never$", run("rules", "future-date", cwd=cwd).out, re.M)
    assert re.search(r"^  fixable: +sometimes", run("rules", "missing-author", cwd=cwd).out, re.M)

    described = json.loads(run("rules", "--format", "json", cwd=cwd).out)
    assert all(d["fixable"] in ("always", "sometimes", "never") for d in described)
    assert {d["name"]: d["fixable"] for d in described}["wrong-case-type"] == "always"
    assert json.loads(run("rules", "wrong-case-type", "--format", "json", cwd=cwd).out)["fixable"] == "always"


# --- the newslint-fix pre-commit hook --------------------------------------------------------------

def test_fix_hook_with_real_pre_commit(tmp_path: Path) -> None:
    """pre-commit, given the ``newslint-fix`` hook of this repository's hooks file as a local hook
    running this checkout (tests/test_precommit.py installs it as users do, from the package index)."""
    import sys

    import yaml

    from tests.test_precommit import fix_hook_round_trip, hook_env
    from tests.util import ROOT

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "newslint-fix")
    assert hook["entry"] == "newslint fix"
    hook.update(language="system", entry=shlex.join([sys.executable, "-m", "linter", "fix"]))
    config = json.dumps({"repos": [{"repo": "local", "hooks": [hook]}]})  # JSON is YAML
    env = {**hook_env(tmp_path / "home"), "PYTHONPATH": str(ROOT)}
    fix_hook_round_trip(tmp_path / "newsroom", config, env)
