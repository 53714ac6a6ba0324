"""newslint fix: only its own script block changes, a second run changes nothing, writes are atomic."""

from __future__ import annotations

import difflib
import json
import os
import re
import stat
from pathlib import Path

import pytest

from linter.config import Config
from linter.fix import MARKER, diff, fix_bytes, fix_path, script_json
from tests.util import FIXTURES

PAGE = FIXTURES / "html" / "article-no-json-ld.html"


def changed_lines(before: bytes, after: bytes) -> list[str]:
    a, b = before.decode("utf-8", "replace").splitlines(), after.decode("utf-8", "replace").splitlines()
    return [line for line in difflib.ndiff(a, b) if line[:1] in "+-"]


def owned_block(data: bytes) -> str:
    m = re.search(rb'<script type="application/ld\+json" data-generator="newslint">(.*?)</script>', data, re.S)
    assert m, "no newslint block"
    return m.group(1).decode("utf-8")


def test_inserts_one_block_before_head_end_and_nothing_else() -> None:
    before = PAGE.read_bytes()
    result = fix_bytes(before, "page.html", Config())
    assert result.changed and result.after is not None
    added = [line for line in changed_lines(before, result.after) if line.startswith("+ ")]
    removed = [line for line in changed_lines(before, result.after) if line.startswith("- ")]
    assert removed == []
    assert added[0] == f'+ <script type="application/ld+json" {MARKER}>' and added[-1] == "+ </script>"
    # every other byte is the original's: the file minus the block is the file
    start = result.after.index(b'<script type="application/ld+json" data-generator')
    end = result.after.index(b"</script>", start) + len(b"</script>\n")
    assert result.after[:start] + result.after[end:] == before
    assert result.after.index(b"</script>", start) < result.after.index(b"</head>")
    data = json.loads(owned_block(result.after))
    assert data["@graph"][0]["@type"] == "NewsArticle"


def test_second_run_changes_nothing() -> None:
    once = fix_bytes(PAGE.read_bytes(), "page.html", Config()).after
    assert once is not None
    again = fix_bytes(once, "page.html", Config())
    assert again.after == once and not again.changed


def test_replaces_its_own_block_and_leaves_other_blocks_alone() -> None:
    other = b'<script type="application/ld+json">{"@context": "https://schema.org", "@type": "WebSite"}</script>\n'
    stale = (b'<script type="application/ld+json" data-generator="newslint">{"old": true}</script>\n'
             b'<script type="application/ld+json" data-generator="newslint">{"older": true}</script>\n')
    before = PAGE.read_bytes().replace(b"</head>", other + stale + b"</head>")
    result = fix_bytes(before, "page.html", Config())
    assert result.after is not None
    assert result.after.count(b'data-generator="newslint"') == 1
    assert other in result.after and b'"old"' not in result.after and b'"older"' not in result.after


def test_block_is_utf8_and_cannot_close_the_script_early() -> None:
    # Characters as convert prints them (no N\u00f8rrebrogade escapes), but never a "<".
    html = PAGE.read_bytes().replace(b"Cuba y China", "Cuba &lt;/script&gt;&lt;!-- y China, Nørrebrogade".encode())
    result = fix_bytes(html, "page.html", Config())
    assert result.after is not None
    block = owned_block(result.after)
    assert "Nørrebrogade" in block and "\\u00f8" not in block
    assert "<" not in block and "</" not in block and "<!--" not in block
    assert "Cuba </script><!-- y China, Nørrebrogade" in json.dumps(json.loads(block), ensure_ascii=False)
    assert fix_bytes(result.after, "page.html", Config()).after == result.after  # a second run: the same bytes


def test_script_json_escapes_every_lt_and_falls_back_to_ascii() -> None:
    document = {"headline": "a </script> b <!-- c <\u2028 Nørre", "odd": "\ud800"}
    text = script_json(document, utf8=True)
    assert "<" not in text and json.loads(text) == document and text.isascii()  # (the lone surrogate)
    del document["odd"]
    text = script_json(document, utf8=True)
    assert "<" not in text and json.loads(text) == document and "Nørre" in text
    assert script_json(document, utf8=False).isascii()


def test_windows_line_endings_and_encodings_are_kept() -> None:
    html = PAGE.read_bytes().decode("utf-8").replace("\n", "\r\n")
    html = html.replace('<meta charset="utf-8">', '<meta charset="windows-1252">').encode("cp1252")
    result = fix_bytes(html, "page.html", Config())
    assert result.after is not None
    assert b"\n" not in result.after.replace(b"\r\n", b"")  # no bare LF introduced
    start = result.after.index(b"<script type=\"application/ld+json\" data-generator")
    end = result.after.index(b"</script>", start) + len(b"</script>\r\n")
    assert result.after[:start] + result.after[end:] == html
    assert "Cooperación".lower() not in owned_block(result.after)  # escaped, not re-encoded bytes


@pytest.mark.parametrize("data", [b"", b"\x89PNG\r\n\x1a\n\x00\x00binary", b"plain words, no markup"])
def test_what_cannot_be_fixed_is_left_untouched_and_reported(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.html"
    path.write_bytes(data)
    mtime = path.stat().st_mtime_ns
    result = fix_path(str(path), Config())
    assert not result.changed and result.problem is not None and result.problem.rule == "parse-error"
    assert path.read_bytes() == data and path.stat().st_mtime_ns == mtime


def test_writes_keep_mode_bits_and_leave_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.read_bytes())
    os.chmod(path, 0o640)
    result = fix_path(str(path), Config())
    assert result.changed
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_bytes() == result.after
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_dry_run_writes_nothing_and_diff_shows_the_block(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.read_bytes())
    result = fix_path(str(path), Config(), write=False)
    assert path.read_bytes() == PAGE.read_bytes()
    text = diff(result)
    assert text.startswith(f"--- a/{path}") and f"+<script type=\"application/ld+json\" {MARKER}>" in text


def test_a_page_with_its_own_article_markup_is_left_alone(tmp_path: Path) -> None:
    theirs = (b'<script type="application/ld+json">{"@context": "https://schema.org", '
              b'"@type": "NewsArticle", "headline": "Theirs"}</script>\n')
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.read_bytes().replace(b"</head>", theirs + b"</head>"))
    before = path.read_bytes()
    result = fix_path(str(path), Config())
    assert not result.changed and result.problem is None and result.note is not None
    assert "NewsArticle markup of its own" in result.note
    assert path.read_bytes() == before


def test_pages_with_markup_of_their_own_get_no_block_of_ours(tmp_path: Path) -> None:
    """A page whose CMS writes its own NewsArticle is fixed like any page, never given a second article."""
    from tests.test_cli import run

    (tmp_path / ".git").mkdir()
    theirs = (b'<script type="application/ld+json">{"@context": "https://schema.org", '
              b'"@type": "NewsArticle", "headline": "Theirs"}</script>\n')
    pages = [tmp_path / f"page-{i}.html" for i in range(2)]
    for page in pages:
        page.write_bytes(PAGE.read_bytes().replace(b"</head>", theirs + b"</head>"))
    before = [page.read_bytes() for page in pages]
    safe = run("fix", ".", cwd=tmp_path)  # nothing safe to fix: a success, and nothing written
    assert (safe.code, safe.out) == (0, ""), safe.err
    assert [page.read_bytes() for page in pages] == before
    unsafe = run("fix", ".", "--unsafe-fixes", "--diff", cwd=tmp_path)
    assert MARKER not in unsafe.out and "missing-article-markup" not in unsafe.err, unsafe.err


# --- the command ----------------------------------------------------------------------------------

def make_pages(root: Path, count: int) -> dict[Path, tuple[bytes, bytes]]:
    """``count`` pages without Article markup (some with a stale block of ours, replaced where it
    stands), with their bytes before and after ``fix --unsafe-fixes``."""
    from linter.fixes.engine import fix_bytes as fix_all

    base = PAGE.read_bytes()
    pages = {}
    for i in range(count):
        html = base.replace(b"Cuba y China", f"Cuba y China ({i})".encode())
        if i % 3 == 0:  # a stale block of ours, to be replaced
            html = html.replace(b"</head>", b'<script type="application/ld+json" data-generator="newslint">'
                                            b'{"stale": true}</script>\n</head>')
        path = root / f"section-{i % 5}" / f"page-{i:04}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(html)
        outcome = fix_all(html, str(path), Config(), unsafe=True)
        assert outcome.applied["missing-article-markup"] == 1 and outcome.after.count(MARKER.encode()) == 1
        assert outcome.after.startswith(html[:html.index(b"</head>") - 200])
        pages[path] = (html, outcome.after)
    return pages


def test_fix_command_writes_reports_and_is_idempotent(tmp_path: Path) -> None:
    from tests.test_cli import run

    (tmp_path / ".git").mkdir()
    pages = make_pages(tmp_path / "site", 6)
    (tmp_path / "site" / "broken.html").write_bytes(b"\x00\x01binary")
    (tmp_path / "site" / "notes.txt").write_text("not a page, not touched\n")

    safe = run("fix", "site", "--diff", cwd=tmp_path)  # the block is an unsafe fix: not without asking
    assert MARKER not in safe.out and "more with --unsafe-fixes" in safe.err, safe.err

    dry = run("fix", "site", "--diff", "--unsafe-fixes", cwd=tmp_path)
    assert dry.code == 1  # changes pending (and a page that cannot be fixed)
    assert all(path.read_bytes() == before for path, (before, _) in pages.items())
    assert dry.out.count("+++ b/") == 6 and "site/broken.html: binary file" in dry.err
    assert "in 6 of 8 files" in dry.err.splitlines()[-1], dry.err  # notes.txt is read too: nothing to fix

    first = run("fix", "site", "--unsafe-fixes", cwd=tmp_path)
    assert first.code == 1 and first.out == ""  # 1: the binary page could not be fixed
    assert all(path.read_bytes() == after for path, (_, after) in pages.items())
    assert (tmp_path / "site" / "broken.html").read_bytes() == b"\x00\x01binary"
    assert (tmp_path / "site" / "notes.txt").read_text() == "not a page, not touched\n"

    (tmp_path / "site" / "broken.html").unlink()
    again = run("fix", "site", "--diff", "--unsafe-fixes", cwd=tmp_path)
    assert again.code == 0 and again.out == "", again.err


def test_fix_fixes_article_sources_too_and_refuses_missing_files(tmp_path: Path) -> None:
    from tests.test_cli import one_line_error, run

    story = tmp_path / "story.md"
    story.write_text("---\ntitle: T\n---\nBody\n")
    r = run("fix", "story.md", cwd=tmp_path)
    assert r.code == 0 and story.read_text() == "---\ntitle: T\n---\nBody\n", r.err
    assert "no such file" in one_line_error(run("fix", "missing.html", cwd=tmp_path))


@pytest.mark.parametrize("wait_for", [0, 1, 150])
def test_a_kill_at_any_moment_leaves_every_file_old_or_new(tmp_path: Path, wait_for: int) -> None:
    """SIGKILL the command mid-run (before any write, after the first, mid-way): no file is truncated."""
    import signal
    import subprocess
    import sys
    import time

    pages = make_pages(tmp_path, 300)
    proc = subprocess.Popen([sys.executable, "-m", "linter", "fix", "--unsafe-fixes", "--isolated", str(tmp_path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if wait_for:
            deadline = time.monotonic() + 120  # a guard against a hang, not a timing
            while sum(p.read_bytes() == after for p, (_, after) in pages.items()) < wait_for:
                assert proc.poll() is None, "finished before it could be killed"
                assert time.monotonic() < deadline
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    states = {"old": 0, "new": 0}
    for path, (before, after) in pages.items():
        data = path.read_bytes()
        assert data in (before, after), f"{path} is neither the old file nor the new one"
        states["old" if data == before else "new"] += 1
    assert states["new"] >= wait_for
    assert states["old"] > 0  # the kill came mid-run
    # A rerun finishes the work, whatever temporary file the kill left behind.
    subprocess.run([sys.executable, "-m", "linter", "fix", "--unsafe-fixes", "--isolated", str(tmp_path)], check=False,
                   capture_output=True, timeout=300)
    assert all(path.read_bytes() == after for path, (_, after) in pages.items())
