"""Input newslint cannot, or can only just, read: always a finding, never a crash.

Each case runs through the library (``linter.lint.lint_path``, ``linter.lint_text``)
and through the real command line.
"""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import linter
from linter.decode import MAX_BYTES
from linter.lint import lint_path
from tests.util import NOW, SEED, article, keys, rules_of

SEED_TEXT = SEED.read_text(encoding="utf-8")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def latin1_seed() -> bytes:
    """The seed as a Latin-1 file: its accents (Á, í, ó, ©) are Latin-1; its curly quotes are not."""
    text = SEED_TEXT.translate({0x201C: '"', 0x201D: '"', 0x2019: "'", 0x2018: "'"})
    return text.encode("latin-1")


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def first_non_ascii(data: bytes) -> tuple[int, int]:
    """Line and column (1-based) of the first byte that is not ASCII."""
    offset = next(i for i, b in enumerate(data) if b >= 0x80)
    return data.count(b"\n", 0, offset) + 1, offset - (data.rfind(b"\n", 0, offset) + 1) + 1


def lint_file(path: Path) -> list:
    return lint_path(path, now=NOW)


def only_parse_error(findings: list) -> str:
    """The message of the one finding, a parse-error."""
    assert [f.rule for f in findings] == ["parse-error"], findings
    assert findings[0].severity == "error"
    return findings[0].message


def run(*args: str, cwd: Path, stdin: bytes = b"") -> Result:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "NEWSLINT_DEBUG")}
    proc = subprocess.run([sys.executable, "-m", "linter", *args], cwd=cwd, input=stdin, capture_output=True,
                          timeout=120, env={**env, "PYTHONWARNINGS": "error"})
    result = Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))
    assert "Traceback" not in result.stderr, result.stderr
    assert "internal error" not in result.stderr, result.stderr
    return result


def cli_findings(path: str, cwd: Path) -> tuple[int, list[dict]]:
    proc = run("check", path, "--format", "json", cwd=cwd)
    assert proc.stderr == ""
    return proc.returncode, json.loads(proc.stdout)["findings"]


@pytest.fixture
def cwd(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()  # no configuration from above the temporary directory
    return tmp_path


# -- unreadable files ---------------------------------------------------------------------------

UNREADABLE = [
    ("empty.txt", b"", "empty file"),
    ("empty.jsonld", b"", "empty file"),
    ("blank.txt", b"  \n\t\r\n\n", "empty file"),
    ("blank.json", b"\n\n   ", "empty file"),
    ("bom-only.txt", codecs.BOM_UTF8, "empty file"),
    ("utf16-blank.txt", "  \n".encode("utf-16"), "empty file"),
    ("image.txt", PNG, "binary"),
    ("image.jsonld", PNG, "binary"),
    ("nul.txt", b"Headline\n\nBy Jane Doe\x00\x00\x00 more", "binary"),
    ("nul.jsonld", b'{"@type": "NewsArticle"}\x00', "binary"),
    ("odd.txt", codecs.BOM_UTF16_LE + b"H\x00i", "UTF-16"),
]


@pytest.mark.parametrize(("name", "data", "words"), UNREADABLE)
def test_unreadable_file(cwd: Path, name: str, data: bytes, words: str) -> None:
    path = cwd / name
    path.write_bytes(data)
    assert words in only_parse_error(lint_file(path))
    code, findings = cli_findings(name, cwd)
    assert code == 1
    assert [(f["rule"], f["path"]) for f in findings] == [("parse-error", name)]


@pytest.mark.parametrize(("text", "words"), [
    ("", "empty"),
    (" \n\t\n", "empty"),
    ("\ufeff", "empty"),
    ("Headline\x00\x00", "binary"),
])
@pytest.mark.parametrize("path", ["a.txt", "a.jsonld"])
def test_unreadable_text(text: str, words: str, path: str) -> None:
    """``lint_text`` judges text as ``lint_path`` judges the file holding it."""
    assert words in only_parse_error(linter.lint_text(text, path=path, now=NOW))


def test_missing_path(cwd: Path) -> None:
    assert "cannot read" in only_parse_error(lint_file(cwd / "missing.txt"))
    proc = run("check", "missing.txt", cwd=cwd)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr == "newslint: error: no such file or directory: missing.txt\n"


def test_directory_given_to_lint_path(cwd: Path) -> None:
    (cwd / "folder.txt").mkdir()
    assert "cannot read" in only_parse_error(lint_file(cwd / "folder.txt"))


@pytest.mark.parametrize("name", ["notes.docx", "photo.png", "feed.xml", "README", "article.TXT.bak"])
def test_unknown_extension_given_explicitly(cwd: Path, name: str) -> None:
    (cwd / name).write_text(SEED_TEXT, encoding="utf-8")
    assert "does not read this kind of file" in only_parse_error(lint_file(cwd / name))
    code, findings = cli_findings(name, cwd)
    assert code == 1
    assert [(f["rule"], f["path"]) for f in findings] == [("parse-error", name)]


def test_extension_case_does_not_matter(cwd: Path) -> None:
    (cwd / "seed.TXT").write_bytes(SEED.read_bytes())
    assert keys(lint_file(cwd / "seed.TXT")) == keys(lint_file(SEED))


def test_file_too_large(cwd: Path) -> None:
    path = cwd / "huge.txt"
    with path.open("wb") as fh:  # sparse: no 32 MB written
        fh.truncate(MAX_BYTES + 1)
    assert "too large" in only_parse_error(lint_file(path))
    code, findings = cli_findings("huge.txt", cwd)
    assert code == 1
    assert [f["rule"] for f in findings] == ["parse-error"]


# -- encodings ----------------------------------------------------------------------------------

def test_latin1_article_is_read_with_a_warning_and_checked(cwd: Path) -> None:
    data = latin1_seed()
    (cwd / "latin1.txt").write_bytes(data)
    (cwd / "utf8.txt").write_bytes(data.decode("latin-1").encode("utf-8"))
    latin1, utf8 = lint_file(cwd / "latin1.txt"), lint_file(cwd / "utf8.txt")
    line, column = first_non_ascii(data)
    warning = [f for f in latin1 if f.rule == "non-utf8-encoding"]
    assert [(f.line, f.column, f.severity) for f in warning] == [(line, column, "warning")]
    assert f"offset {next(i for i, b in enumerate(data) if b >= 0x80)}" in warning[0].message
    # Apart from the warning, the article is judged exactly as its UTF-8 twin.
    assert keys(latin1) - keys(warning) == keys(utf8)
    assert "missing-date-published" in rules_of(latin1)
    assert "non-utf8-encoding" not in rules_of(utf8)

    code, findings = cli_findings("latin1.txt", cwd)
    assert code == 1
    assert {(f["rule"], f["line"]) for f in findings} == {(f.rule, f.line) for f in latin1}
    # The accents come through: the caption is the same as from the UTF-8 file.
    converted = run("convert", "latin1.txt", cwd=cwd)
    assert converted.returncode == 0
    assert "not valid UTF-8" in converted.stderr
    image = json.loads(converted.stdout)["@graph"][0]["image"][0]
    assert image == json.loads(run("convert", "utf8.txt", cwd=cwd).stdout)["@graph"][0]["image"][0]
    assert image["caption"].startswith("Álvaro López Miera")


def test_latin1_jsonld(cwd: Path) -> None:
    data = json.dumps(article(headline="Díaz-Canel en Pekín"), ensure_ascii=False, indent=2).encode("latin-1")
    (cwd / "latin1.jsonld").write_bytes(data)
    findings = lint_file(cwd / "latin1.jsonld")
    assert keys(findings) == {("non-utf8-encoding", first_non_ascii(data)[0], None)}


@pytest.mark.parametrize(("name", "bom", "codec"), [
    ("utf16-native", b"", "utf-16"),  # Python writes the BOM itself, in the machine's order
    ("utf16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
    ("utf16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
    ("utf32-le", codecs.BOM_UTF32_LE, "utf-32-le"),
    ("utf32-be", codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_utf16_and_utf32_with_bom(cwd: Path, name: str, bom: bytes, codec: str) -> None:
    path = cwd / f"{name}.txt"
    path.write_bytes(bom + SEED_TEXT.encode(codec))
    findings = lint_file(path)
    warning = {("non-utf8-encoding", 1, None)}
    assert keys(findings) == keys(lint_file(SEED)) | warning
    assert next(f for f in findings if f.rule == "non-utf8-encoding").severity == "warning"
    code, cli = cli_findings(path.name, cwd)
    assert code == 1
    assert {(f["rule"], f["line"], f["json_path"]) for f in cli} == keys(findings)


@pytest.mark.parametrize("suffix", [".txt", ".jsonld"])
def test_utf8_bom_changes_nothing(cwd: Path, suffix: str) -> None:
    body = SEED.read_bytes() if suffix == ".txt" else json.dumps(article(description=None), indent=2).encode()
    (cwd / f"plain{suffix}").write_bytes(body)
    (cwd / f"bom{suffix}").write_bytes(codecs.BOM_UTF8 + body)
    with_bom, without = lint_file(cwd / f"bom{suffix}"), lint_file(cwd / f"plain{suffix}")
    assert [(f.rule, f.line, f.column, f.json_path) for f in with_bom] == [
        (f.rule, f.line, f.column, f.json_path) for f in without]
    assert "non-utf8-encoding" not in rules_of(with_bom)
    # The library, given text a reader kept the BOM in, agrees.
    text = (codecs.BOM_UTF8 + body).decode("utf-8")
    assert keys(linter.lint_text(text, path=f"plain{suffix}", now=NOW)) == keys(without)


def test_utf8_bom_keeps_json_positions(cwd: Path) -> None:
    (cwd / "broken.jsonld").write_bytes(codecs.BOM_UTF8 + b'{\n  "headline": "x",,\n}\n')
    [finding] = lint_file(cwd / "broken.jsonld")
    assert (finding.rule, finding.line, finding.column) == ("parse-error", 2, 19)


def test_bom_then_bad_bytes(cwd: Path) -> None:
    (cwd / "mixed.txt").write_bytes(codecs.BOM_UTF8 + "Título\n\nPor Ana López\n".encode("latin-1"))
    findings = lint_file(cwd / "mixed.txt")
    [warning] = [f for f in findings if f.rule == "non-utf8-encoding"]
    assert (warning.line, warning.column) == (1, 2)  # the í of Título
    assert "offset 4" in warning.message  # bytes into the file, BOM included


# -- malformed and deep JSON --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "line", "column"), [
    ('{\n  "headline": "x",,\n}\n', 2, 19),
    ('{"@type": "NewsArticle", "headline": "x"', 1, 41),
    ('{"@type": "NewsArticle",\n "headline": "unterminated\n}', 2, 27),
    ('{\r\n  "a": ?\r\n}', 2, 8),
    ('[{"@type": "NewsArticle"}]\n{"@type": "FAQPage"}\n', 2, 1),
    ("{'@type': 'NewsArticle'}", 1, 2),
    ('{"headline": "x"}\n\n\n   ]', 4, 4),
])
def test_malformed_json_position(cwd: Path, text: str, line: int, column: int) -> None:
    (cwd / "broken.jsonld").write_bytes(text.encode("utf-8"))
    for findings in (lint_file(cwd / "broken.jsonld"), linter.lint_text(text, path="broken.jsonld", now=NOW)):
        only_parse_error(findings)
        assert (findings[0].line, findings[0].column) == (line, column)
    code, cli = cli_findings("broken.jsonld", cwd)
    assert code == 1
    assert [(f["rule"], f["line"], f["column"]) for f in cli] == [("parse-error", line, column)]


DEEP = [
    ("arrays", "[" * 100_000 + "]" * 100_000),
    ("objects", '{"a":' * 100_000 + "1" + "}" * 100_000),
    ("in-article", json.dumps(article())[:-1] + ', "about": ' + "[" * 100_000 + "]" * 100_000 + "}"),
    ("unclosed", "[" * 100_000),
]


@pytest.mark.parametrize(("name", "text"), DEEP, ids=[d[0] for d in DEEP])
def test_deeply_nested_json(cwd: Path, name: str, text: str) -> None:
    (cwd / "deep.jsonld").write_text(text, encoding="utf-8")
    only_parse_error(lint_file(cwd / "deep.jsonld"))
    only_parse_error(linter.lint_text(text, path="deep.jsonld", now=NOW))
    code, cli = cli_findings("deep.jsonld", cwd)
    assert code == 1
    assert [f["rule"] for f in cli] == ["parse-error"]


@pytest.mark.parametrize("depth", [200, 500, 700])
def test_nested_json_that_parses_is_checked(depth: int) -> None:
    """Deep, but within what JSON reading allows: checked like any document (no crash)."""
    text = json.dumps(article())[:-1] + ', "about": ' + "[" * depth + '{"@type": "Thing"}' + "]" * depth + "}"
    findings = linter.lint_text(text, path="deep.jsonld", now=NOW)
    assert "parse-error" not in rules_of(findings)
    bare = "[" * depth + "]" * depth
    assert "parse-error" not in rules_of(linter.lint_text(bare, path="deep.jsonld", now=NOW))


def test_stdin_bad_input(cwd: Path) -> None:
    for data, name, words in ((PNG, "x.jsonld", "binary"), (b"", "x.txt", "empty"),
                              (b"[" * 100_000, "x.jsonld", "")):
        proc = run("check", "-", "--stdin-filename", name, "--format", "json", cwd=cwd, stdin=data)
        assert proc.returncode == 1
        [finding] = json.loads(proc.stdout)["findings"]
        assert (finding["rule"], finding["path"]) == ("parse-error", name)
        assert words in finding["message"]


# -- a tree of all of these ---------------------------------------------------------------------

def make_tree(root: Path) -> dict[str, str]:
    """Bad files of every kind, and files the walk passes over; returns {bad path: what is wrong}."""
    (root / "drafts" / "old").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "node_modules").mkdir()
    bad = {}
    for name, data, words in UNREADABLE:
        (root / "drafts" / name).write_bytes(data)
        bad[os.path.join("drafts", name)] = words
    (root / "drafts" / "old" / "broken.jsonld").write_text('{"headline": "x",,}', encoding="utf-8")
    bad[os.path.join("drafts", "old", "broken.jsonld")] = ""  # the JSON reader's own wording
    (root / "drafts" / "old" / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    bad[os.path.join("drafts", "old", "deep.json")] = ""
    (root / "drafts" / "old" / "huge.txt").write_bytes(b"")
    with (root / "drafts" / "old" / "huge.txt").open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    bad[os.path.join("drafts", "old", "huge.txt")] = "too large"
    os.symlink(root / "nowhere.txt", root / "dangling.txt")
    bad["dangling.txt"] = "cannot read"
    # Readable, with findings but no parse-error.
    (root / "latin1.txt").write_bytes(latin1_seed())
    (root / "utf16.txt").write_bytes(SEED_TEXT.encode("utf-16"))
    (root / "bom.txt").write_bytes(codecs.BOM_UTF8 + SEED.read_bytes())
    shutil.copy(SEED, root / "seed.txt")
    (root / "clean.jsonld").write_text(json.dumps(article()), encoding="utf-8")
    # Passed over: unknown extensions, hidden and vendored folders, a FIFO (opening it would block).
    (root / "photo.png").write_bytes(PNG)
    (root / "notes.rst").write_bytes(b"\xff\xfe\x00garbage")
    (root / "README").write_text("read me", encoding="utf-8")
    (root / "drafts" / "page.xml").write_text("<p>", encoding="utf-8")
    (root / ".hidden" / "bad.txt").write_bytes(PNG)
    (root / "node_modules" / "bad.json").write_bytes(b"{")
    os.mkfifo(root / "drafts" / "pipe.txt")
    return bad


def snapshot(root: Path) -> dict[str, tuple[bytes | None, int]]:
    out = {}
    for dirpath, _, names in os.walk(root):
        for name in names:
            p = Path(dirpath, name)
            st = p.lstat()
            regular = p.is_file() and not p.is_symlink()
            out[str(p.relative_to(root))] = (p.read_bytes() if regular else None, st.st_mtime_ns)
    return out


def test_tree_of_bad_files(cwd: Path) -> None:
    bad = make_tree(cwd)
    before = snapshot(cwd)
    proc = run("check", ".", "--format", "json", cwd=cwd)
    assert proc.returncode == 1
    assert proc.stderr == ""
    data = json.loads(proc.stdout)
    parse_errors = {f["path"]: f["message"] for f in data["findings"] if f["rule"] == "parse-error"}
    assert set(parse_errors) == set(bad)
    for path, words in bad.items():
        assert words in parse_errors[path], (path, parse_errors[path])
    paths = {f["path"] for f in data["findings"]}
    assert paths == set(bad) | {"latin1.txt", "utf16.txt", "bom.txt", "seed.txt"}
    assert data["summary"]["files"] == len(bad) + 5
    assert {f["path"] for f in data["findings"] if f["rule"] == "non-utf8-encoding"} == {"latin1.txt", "utf16.txt"}
    # The other formats get through it too.
    for fmt in ("text", "parsable"):
        other = run("check", ".", "--format", fmt, cwd=cwd)
        assert (other.returncode, other.stderr) == (1, "")
        assert all(path in other.stdout for path in bad)
    assert snapshot(cwd) == before


def test_tree_of_bad_files_through_the_library(cwd: Path) -> None:
    from linter.config import Config
    from linter.lint import collect_files

    bad = make_tree(cwd)
    before = snapshot(cwd)
    files = collect_files([str(cwd)], Config(root=cwd))
    assert {os.path.relpath(f, cwd) for f in files} == set(bad) | {
        "latin1.txt", "utf16.txt", "bom.txt", "seed.txt", "clean.jsonld"}
    for f in files:
        findings = lint_path(f, now=NOW)
        rel = os.path.relpath(f, cwd)
        if rel in bad:
            assert bad[rel] in only_parse_error(findings)
        else:
            assert "parse-error" not in rules_of(findings)
    assert snapshot(cwd) == before


def test_suppressions_still_apply_when_the_checks_run_out_of_stack(monkeypatch) -> None:
    """A source too deep for the checks keeps its reader findings, minus what it suppresses."""
    from importlib import import_module

    from linter.lint import lint_bytes

    check = import_module("linter.check")  # the module (the package's attribute is the library's check())

    def overflow(*args, **kwargs):
        raise RecursionError

    monkeypatch.setattr(check, "check_source", overflow)
    text = "---\ntitle: Caf\u00e9\n{}---\nBody.\n"
    plain = lint_bytes(text.format("").encode("cp1252"), "a.md")  # not UTF-8: a reader finding
    assert sorted(f.rule for f in plain) == ["non-utf8-encoding", "parse-error"]
    quiet = lint_bytes(text.format("newslint:\n  ignore: [non-utf8-encoding]\n").encode("cp1252"), "a.md")
    assert [f.rule for f in quiet] == ["parse-error"]


@pytest.mark.parametrize(("key", "expected"), [
    ('"a\\/b\x05c"', {("invalid-json-ld", 3), ("unknown-property", 3)}),
    ('"a\\qb"', {("invalid-json-ld", 3)}),
], ids=["control-character", "unknown-escape"])
def test_member_names_the_tolerant_parse_reads_are_located(key: str, expected: set[tuple[str, int]]) -> None:
    # Found by the fuzzer: a member name with an escape and a raw control character (which the
    # tolerant parse reads) made locating its finding raise. Its findings stand at its line.
    from linter.lint import lint_text

    html = f'<script type="application/ld+json">\n{{"@type": "NewsArticle",\n {key}: 1}}\n</script>'
    found = {(f.rule, f.line) for f in lint_text(html, path="page.html")
             if f.rule in ("invalid-json-ld", "unknown-property")}
    assert found == expected
