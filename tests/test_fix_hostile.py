"""newslint fix against hostile pages and trees (issue 11: items 3, 5, 7 and fix's part of 8).

Every attack that once made ``fix`` break a page or a tree is reproduced here: scripts that
only look like newslint's, ``</head>`` inside a script's string or a comment, links, hard
links, owners, a page edited while ``fix`` works on it, FIFOs and devices, leftovers of a
killed run. Where the block goes is checked against html5lib, the reference implementation
of the HTML parsing standard in Python, and the pages that broke are loaded in a real
Chromium (Debian's, driven by Playwright as in ``tests/test_html_report.py``) before and
after the fix: the same title, head, body and live script behaviour, plus one block in head.
"""

from __future__ import annotations

import json
import os
import re
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.config import Config
from linter.fix import TEMP_PREFIX, Fixed, fix_bytes, fix_path, write_fixed
from linter.html_head import _tag, read_head
from linter.lint import lint_path
from tests.util import FIXTURES

# seconds to minutes: generated inputs, subprocesses and real servers per case: not in `make test-fast`.
pytestmark = pytest.mark.slow

PAGE = FIXTURES / "html" / "article-no-json-ld.html"
ANCHOR = b"<title>"  # what a test adds to the head goes before the page's title
#: The block fix writes (the scripts of the attacks below hold look-alikes, without its JSON).
BLOCK_RE = re.compile(rb'<script type="application/ld\+json" data-generator="newslint">\n\{\n  "@context".*?</script>',
                      re.S)


def with_head(extra: bytes, base: bytes | None = None) -> bytes:
    """The fixture page with ``extra`` written into its head."""
    base = PAGE.read_bytes() if base is None else base
    assert base.count(ANCHOR) == 1
    return base.replace(ANCHOR, extra + ANCHOR)


def fixed(data: bytes) -> bytes:
    result = fix_bytes(data, "page.html", Config())
    assert result.problem is None, result.problem
    assert result.changed and result.after is not None
    return result.after


def only_block_added(before: bytes, after: bytes) -> None:
    """``after`` is ``before`` with one newslint block and its line break inserted, nothing else."""
    blocks = list(BLOCK_RE.finditer(after))
    assert len(blocks) == 1
    assert after[:blocks[0].start()] + after[blocks[0].end() + 1:] == before


def head_and_body(data: bytes) -> tuple[list[str], str]:
    """As lxml (and so ``check``) reads the page: the head's element tags, and the body's first tag."""
    from linter.extract import parse_page

    root = parse_page(data).root
    return [el.tag for el in root.find("head")], root.find("body")[0].tag


def findings_of(tmp_path: Path, data: bytes) -> set[str]:
    path = tmp_path / "check.html"
    path.write_bytes(data)
    return {f.rule for f in lint_path(path, config=Config())}


# --- item 3: which block is newslint's, where the head ends --------------------------------------

@pytest.mark.parametrize("attr", [b'data-generator="newslint-analytics"', b'data-generator="Newslint"',
                                  b'data-generator="newslint "', b"data-generator=newslint2",
                                  b'data-generator="&#110;ewslint-x"'])
def test_a_script_whose_generator_is_not_exactly_newslint_is_not_ours(attr: bytes) -> None:
    theirs = b'<script ' + attr + b'>window.analytics = {"@type": "x"};</script>\n'
    before = with_head(theirs)
    after = fixed(before)
    assert theirs in after  # byte for byte
    only_block_added(before, after)


def test_attribute_names_are_case_insensitive_and_values_exact() -> None:
    stale = b'<SCRIPT TYPE="Application/LD+JSON" DATA-GENERATOR="newslint">{"stale": true}</SCRIPT>\n'
    after = fixed(with_head(stale))
    assert b'"stale"' not in after and len(BLOCK_RE.findall(after)) == 1
    again = fix_bytes(after, "page.html", Config())  # ours from then on: nothing more to do
    assert again.problem is None and not again.changed


MARKER_IN_STRING = (b"<script>\nwindow.log = [];\n"
                    b"var tpl = '<script type=\"application/ld+json\" data-generator=\"newslint\">{\"old\": 1}';\n"
                    b"window.log.push('template ' + tpl.length);\nwindow.log.push('live code ran');\n</script>\n")
HEAD_END_IN_STRING = (b"<script>\nwindow.log = [];\nvar markup = \"<p>x</p></head><body>\";\n"
                      b"window.log.push(markup.length, 'live code ran');\n</script>\n")
HEAD_END_IN_COMMENT = b"<!-- old layout: <meta name=\"x\"></head><body> -->\n"
#: Script data escapes: after "<!--<script>" a "</script>" does not end the script, "-->" does.
HEAD_END_IN_ESCAPED_SCRIPT = (b"<script>\nwindow.log = ['escaped'];\n/* <!--<script> */ var s = \"</script></head>\";"
                              b" /* --> */\nwindow.log.push(s.length);\n</script>\n")
ATTACKS = {"marker in a script string": MARKER_IN_STRING, "</head> in a script string": HEAD_END_IN_STRING,
           "</head> in a comment": HEAD_END_IN_COMMENT, "</head> in an escaped script": HEAD_END_IN_ESCAPED_SCRIPT}


@pytest.mark.parametrize("name", list(ATTACKS))
def test_text_that_looks_like_markup_is_left_as_it_is(name: str, tmp_path: Path) -> None:
    before = with_head(ATTACKS[name])
    after = fixed(before)
    assert ATTACKS[name] in after  # the live code, the string, the comment: untouched
    block = BLOCK_RE.search(after)
    assert block is not None and after.index(b"</head>", block.end()) == block.end() + 1  # at the real end
    only_block_added(before, after)
    tags_before, body_before = head_and_body(before)
    tags_after, body_after = head_and_body(after)
    assert tags_after == [*tags_before, "script"] and body_after == body_before == "nav"  # <title> in head
    # check sees the markup now, and a second run has nothing to do.
    assert "missing-article-markup" in findings_of(tmp_path, before)
    assert "missing-article-markup" not in findings_of(tmp_path, after)
    again = fix_bytes(after, "page.html", Config())
    assert again.problem is None and not again.changed


def test_a_page_whose_head_is_implied_gets_the_block_in_it() -> None:
    """No ``</head>`` written: the head ends where the parser ends it (here at ``<div>``)."""
    before = PAGE.read_bytes().replace(b"</head>\n<body>\n", b"").replace(b"nav>", b"div>")
    after = fixed(before)
    assert after.index(b"</script>\n<div>") > 0
    assert head_and_body(after) == (head_and_body(before)[0] + ["script"], "div")


@pytest.mark.parametrize("data, why", [
    (b"<p>a fragment, an include of a template</p>\n", "no <head>"),
    (b"<title>no head tag</title><p>body</p>\n", "no <head>"),
    (b"<!-- <head> --><p>commented out</p>\n", "no <head>"),
])
def test_a_fragment_without_a_head_is_left_alone(data: bytes, why: str) -> None:
    result = fix_bytes(data, "part.html", Config())
    assert not result.changed and result.problem is not None and why in result.problem.message


def test_an_unclosed_block_of_ours_is_left_alone() -> None:
    data = with_head(b'<script type="application/ld+json" data-generator="newslint">{"old": 1}\n')
    result = fix_bytes(data, "page.html", Config())
    assert not result.changed and result.problem is not None and "no end tag" in result.problem.message


def test_a_block_of_ours_outside_the_head_is_left_alone() -> None:
    data = PAGE.read_bytes().replace(b"<article>", b'<script type="application/ld+json" data-generator="newslint">'
                                                   b'{"old": 1}</script>\n<article>')
    result = fix_bytes(data, "page.html", Config())
    assert not result.changed and result.problem is not None
    assert result.problem.line == 11 and "move it there or delete it" in result.problem.message


def test_a_change_that_would_move_the_charset_declaration_is_rolled_back() -> None:
    """The browser looks for ``<meta charset>`` in the first 1024 bytes: a block pushing it out would
    change how every other character is read. The check after the edit sees it, nothing is written."""
    page = (b"<!doctype html>\n<html>\n<head>\n<title>Cooperaci\xf3n militar</title>\n</head>\n<body>\n"
            b"<h1>Cooperaci\xf3n militar</h1>\n<p>" + b"Texto. " * 120 + b'</p>\n<meta charset="windows-1252">\n'
            b"</body>\n</html>\n")
    assert 900 < page.index(b"<meta charset") < 1024
    result = fix_bytes(page, "page.html", Config())
    assert not result.changed and result.problem is not None
    assert "charset declaration would move" in result.problem.message


def test_a_utf16_page_is_left_alone() -> None:
    data = b"\xff\xfe" + PAGE.read_bytes().decode("utf-8").encode("utf-16-le")
    result = fix_bytes(data, "page.html", Config())
    assert not result.changed and result.problem is not None and "UTF-16" in result.problem.message


# --- the parser against the reference ------------------------------------------------------------

FRAGMENTS = ["<head>", "</head>", "<body>", "</body>", "<html>", "<title>", "</title>", "<script>", "</script>",
             "</script >", "</SCRIPT>", "<script type='application/ld+json' data-generator='newslint'>", "<!--",
             "-->", "--!>", "<!-->", "<style>", "</style>", "<noscript>", "</noscript>", "<meta charset=utf-8>",
             "<link rel=x>", "<p>", "x", " ", "\n", "\r\n", "\r", "'", '"', "<template>", "</template>",
             "<noframes>", "</noframes>", "<base>", "&#32;", "&amp;", "<", ">", "/", "-", "<!", "</", "<?x>",
             "<svg>", "<div>", "=", "<meta content='>'>", "</br>", "<head x='</head>'>", "<!--<script>",
             "</script>-->", "\t", "\f", "<title a='</title>'>", "<script/>", "<frameset>", "</html>", "<scrIpt>",
             "</scripta>", "<script ", "</ script>", "<!DOCTYPE x>", "<![CDATA[x]]>", "</p>", "&nbsp;",
             "</title x=\">\">", "< script>", "--", "<!---->", "<a b=c/>", "<a b='c'd=e>"]
HTML = "{http://www.w3.org/1999/xhtml}"
PROBE = '<script type="application/ld+json" data-generator="newslint" id="probe">{}</script>\n'


def _reference_shape(root: Any) -> list[tuple[Any, ...]]:
    """html5lib's tree as a flat list (text in <head> without whitespace), newslint's blocks left out."""
    out: list[tuple[Any, ...]] = []

    def text(value: str | None, depth: int, in_head: bool) -> None:
        value = "".join(value.split()) if value and in_head else value
        if value:
            if out and out[-1][0] == "text" and out[-1][1] == depth:
                out[-1] = ("text", depth, out[-1][2] + value)
            else:
                out.append(("text", depth, value))

    def walk(el: Any, depth: int) -> None:
        tag = el.tag if isinstance(el.tag, str) else "#comment"
        out.append(("element", depth, tag, tuple(sorted(el.attrib.items())) if isinstance(el.tag, str) else el.text))
        in_head = tag == HTML + "head"
        if isinstance(el.tag, str):
            text(el.text, depth + 1, in_head)
        for child in el:
            if child.get("data-generator") != "newslint":
                walk(child, depth + 1)
            text(child.tail, depth + 1, in_head)

    walk(root, 0)
    return out


def _reference(text: str) -> Any:
    html5lib = pytest.importorskip("html5lib")
    return html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree", fullTree=True)).parse(text, scripting=True)


def assert_head_read_like_the_reference(text: str) -> None:
    head = read_head(text)
    if not head.written:
        return
    probed = text[:head.end] + PROBE + text[head.end:]
    before, after = _reference(text), _reference(probed)
    reference_head = after.find(HTML + "html").find(HTML + "head")
    assert [el.get("id") for el in reference_head].count("probe") == 1, "the block is not in <head>"
    assert _reference_shape(before) == _reference_shape(after), "the page is not the same page"
    if head.reason != "template":  # what the head holds, elements and their extent
        children = [el for el in before.find(HTML + "html").find(HTML + "head") if isinstance(el.tag, str)]
        assert [el.tag[len(HTML):] for el in children] == [e.name for e in head.elements]
        for el, mine in zip(children, head.elements, strict=False):
            end_tag = f"</{mine.name}>"
            if mine.name in ("script", "style", "noscript", "noframes") and mine.closed \
                    and text[mine.end - len(end_tag):mine.end].lower() == end_tag:
                start_tag = _tag(text, mine.start, end_tag=False)
                assert start_tag is not None
                inner = text[start_tag.end:mine.end - len(end_tag)]
                assert (el.text or "") == inner.replace("\r\n", "\n").replace("\r", "\n")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["<head>", "<!doctype html><html><head>", "<html><head><title>t</title>", ""]),
       st.lists(st.sampled_from(FRAGMENTS), max_size=24))
def test_the_head_is_read_as_the_reference_parser_reads_it(prefix: str, parts: list[str]) -> None:
    assert_head_read_like_the_reference(prefix + "".join(parts))


@pytest.mark.parametrize("name", ["aeb-0ec95c7261", "htmldate-ts-1754856212", "metascraper-wsj",
                                  "traf-die-partei.net.luebeck", "newspaper-theonion.com1", "aeb-f105de6e63"])
def test_real_pages_get_the_block_where_the_reference_parser_puts_the_head(name: str) -> None:
    import gzip

    from linter.extract import sniff_encoding

    data = gzip.decompress((FIXTURES / "pages" / f"{name}.html.gz").read_bytes())
    # Their own markup switched off, so that fix writes into every one of them.
    data = re.sub(rb"(?i)application/ld\+json", b"application/x-off", data).replace(b"itemtype", b"data-x")
    after = fixed(data)
    before_tree, after_tree = _reference(sniff_encoding(data)[0]), _reference(sniff_encoding(after)[0])
    head = after_tree.find(HTML + "html").find(HTML + "head")
    assert [el.get("data-generator") for el in head].count("newslint") == 1
    assert _reference_shape(before_tree) == _reference_shape(after_tree)


# --- in a browser --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    from tests.test_html_report import CHROMIUM, CHROMIUM_ARGS

    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


FACTS = """() => ({
  title: document.title,
  head: Array.from(document.head.children).filter(e => e.getAttribute('data-generator') !== 'newslint')
        .map(e => e.outerHTML),
  body: Array.from(document.body.children).map(e => e.tagName),
  bodyText: document.body.innerText.length,
  log: window.log === undefined ? null : window.log,
  blocks: Array.from(document.querySelectorAll('script[data-generator="newslint"]'))
          .map(s => [s.parentNode.nodeName, JSON.parse(s.textContent)['@graph'][0]['@type']]),
})"""


def in_chromium(browser: Any, path: Path) -> dict[str, Any]:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(path.resolve().as_uri())
        facts = page.evaluate(FACTS)
    finally:
        page.close()
    facts["errors"] = errors
    return facts


@pytest.mark.parametrize("name", ["marker in a script string", "</head> in a script string", "</head> in a comment"])
def test_the_page_is_the_same_page_in_chromium(chromium: Any, tmp_path: Path, name: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(with_head(ATTACKS[name]))
    before = in_chromium(chromium, path)
    result = fix_path(str(path), Config(root=tmp_path))
    assert result.problem is None and result.changed
    after = in_chromium(chromium, path)
    assert before["blocks"] == [] and after["blocks"] == [["HEAD", "NewsArticle"]]
    assert before["errors"] == after["errors"] == []
    assert before["title"].startswith("Cuba y China")
    assert before["body"][0] == "NAV" and before["bodyText"] > 100
    assert {k: v for k, v in after.items() if k != "blocks"} == {k: v for k, v in before.items() if k != "blocks"}
    if name != "</head> in a comment":
        assert before["log"] and before["log"][-1] == "live code ran"


# --- files: item 5 (one way to open input) -------------------------------------------------------

def test_a_fifo_named_as_a_page_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "page.html"
    os.mkfifo(fifo)
    result = fix_path(str(fifo), Config(root=tmp_path))
    assert not result.changed and result.problem is not None
    assert "not a regular file" in result.problem.message
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_is_refused(tmp_path: Path, device: str) -> None:
    link = tmp_path / "page.html"
    link.symlink_to(device)
    result = fix_path(str(link), Config(root=tmp_path))
    assert not result.changed and result.problem is not None
    inside = fix_path(str(link), Config(root=Path("/")))  # even where the tree holds the device
    assert inside.problem is not None and "not a regular file" in inside.problem.message
    assert link.is_symlink()


def test_the_command_refuses_a_fifo_and_a_device_link_in_one_line_each(tmp_path: Path) -> None:
    from tests.test_cli import run

    (tmp_path / ".git").mkdir()
    os.mkfifo(tmp_path / "fifo.html")
    (tmp_path / "zero.html").symlink_to("/dev/zero")
    r = run("fix", "fifo.html", "zero.html", cwd=tmp_path)
    assert r.code == 1
    assert "fifo.html: cannot read file: not a regular file; left unchanged" in r.err
    assert "zero.html: symlink to a file outside the tree being fixed" in r.err


# --- files: item 7 (links, owners, concurrent edits) ---------------------------------------------

def test_a_symlinked_page_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    target = tmp_path / "pages" / "real.html"
    target.write_bytes(PAGE.read_bytes())
    link = tmp_path / "latest.html"
    link.symlink_to("pages/real.html")
    result = fix_path(str(link), Config(root=tmp_path))
    assert result.problem is None and result.changed and result.target == str(target)
    assert link.is_symlink() and os.readlink(link) == "pages/real.html"
    assert target.read_bytes() == result.after
    assert not fix_path(str(link), Config(root=tmp_path)).changed  # through the link or not: done


def test_a_link_out_of_the_tree_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "elsewhere").mkdir()
    outside = tmp_path / "elsewhere" / "page.html"
    outside.write_bytes(PAGE.read_bytes())
    link = tmp_path / "site" / "page.html"
    link.symlink_to(outside)
    result = fix_path(str(link), Config(root=tmp_path / "site"))
    assert not result.changed and result.problem is not None
    assert "outside the tree being fixed" in result.problem.message
    assert outside.read_bytes() == PAGE.read_bytes() and link.is_symlink()
    # Told that the tree is wider, fix writes through.
    assert fix_path(str(link), Config(root=tmp_path / "site"), tree=str(tmp_path)).changed


def test_a_symlink_loop_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.html").symlink_to("b.html")
    (tmp_path / "b.html").symlink_to("a.html")
    result = fix_path(str(tmp_path / "a.html"), Config(root=tmp_path))
    assert not result.changed and result.problem is not None and "cannot read file" in result.problem.message


@pytest.mark.parametrize("write", [True, False])
def test_a_hard_linked_page_is_left_alone(tmp_path: Path, write: bool) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.read_bytes())
    os.link(page, tmp_path / "copy.html")
    result = fix_path(str(page), Config(root=tmp_path), write=write)
    assert not result.changed and result.problem is not None and "2 hard links" in result.problem.message
    assert page.read_bytes() == PAGE.read_bytes() and page.stat().st_nlink == 2


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give files away")
def test_owner_group_and_mode_are_kept(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.read_bytes())
    os.chown(page, 4321, 8765)
    os.chmod(page, 0o640)
    result = fix_path(str(page), Config(root=tmp_path))
    assert result.problem is None and result.changed
    st = page.stat()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (4321, 8765, 0o640)


@pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="needs root to become another user")
def test_a_page_whose_owner_cannot_be_kept_is_left_alone() -> None:
    """A user who may write a page but not give a file to its owner: replacing it would take it over."""
    import shutil
    import tempfile

    top = Path(tempfile.mkdtemp(prefix="newslint-owner-"))  # pytest's folders are root's alone
    try:
        os.chmod(top, 0o755)
        folder = top / "shared"
        folder.mkdir()
        os.chmod(folder, 0o777)
        page = folder / "page.html"
        page.write_bytes(PAGE.read_bytes())
        os.chmod(page, 0o666)
        fix_path(str(page), Config(root=folder), write=False)  # every module loaded while we may read them
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: user and group "nobody", then fix
            code = 1
            try:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
                result = fix_path(str(page), Config(root=folder))
                os.write(write, (result.problem.message if result.problem else "written").encode())
                code = 0
            finally:
                os._exit(code)
        os.close(write)
        with os.fdopen(read) as fh:
            said = fh.read()
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        assert said.startswith("cannot keep the file's owner and group (0:0)"), said
        assert page.read_bytes() == PAGE.read_bytes() and page.stat().st_uid == 0
        assert [p.name for p in folder.iterdir()] == ["page.html"]
    finally:
        shutil.rmtree(top)


def test_an_edit_made_while_fix_works_is_kept(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.read_bytes())
    planned = fix_path(str(page), Config(root=tmp_path), write=False)
    assert planned.changed
    edited = PAGE.read_bytes().replace(b"Cuba y China", b"Cuba, China")
    page.write_bytes(edited)  # someone saves the page meanwhile
    result = write_fixed(planned)
    assert not result.changed and result.problem is not None and "changed while fix" in result.problem.message
    assert page.read_bytes() == edited
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_an_edit_that_keeps_size_and_times_is_seen_too(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.read_bytes())
    planned = fix_path(str(page), Config(root=tmp_path), write=False)
    st = page.stat()
    with open(page, "r+b") as fh:  # same size, same inode, times put back
        fh.write(b"<!DOCTYPE")
    os.utime(page, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert isinstance(planned, Fixed) and planned.identity is not None
    result = write_fixed(planned)
    assert result.problem is not None and page.read_bytes().startswith(b"<!DOCTYPE")


# --- files: item 8 (what a killed run leaves) ----------------------------------------------------

def test_a_later_run_removes_what_a_killed_run_left(tmp_path: Path) -> None:
    from tests.test_cli import run

    (tmp_path / ".git").mkdir()
    site = tmp_path / "site"
    site.mkdir()
    (site / "page.html").write_bytes(PAGE.read_bytes())
    hour_ago = time.time() - 3600
    stale = site / f"{TEMP_PREFIX}k1ll3d_x.tmp"
    fresh = site / f"{TEMP_PREFIX}w0rk1ng_.tmp"  # another run's, being written right now
    theirs = site / f"{TEMP_PREFIX}notes.tmp"  # not a name fix makes
    for p in (stale, fresh, theirs):
        p.write_bytes(b"<!doctype html><head>half a pa")
    for p in (stale, theirs):
        os.utime(p, (hour_ago, hour_ago))
    stale_dir = site / f"{TEMP_PREFIX}abcdefgh.tmp"
    stale_dir.mkdir()
    os.utime(stale_dir, (hour_ago, hour_ago))

    dry = run("fix", "site", "--diff", "--unsafe-fixes", cwd=tmp_path)  # a dry run removes nothing
    assert dry.code == 1 and stale.exists()
    done = run("fix", "site", "--unsafe-fixes", cwd=tmp_path)
    assert done.code == 0, done.err
    assert sorted(p.name for p in site.iterdir()) == sorted([fresh.name, theirs.name, stale_dir.name, "page.html"])
    assert BLOCK_RE.search((site / "page.html").read_bytes())


def test_reports_are_still_written_whole(tmp_path: Path) -> None:
    from linter.report.atomic import AtomicFile

    target = tmp_path / "report.json"
    target.write_text("old")
    os.chmod(target, 0o604)
    out = AtomicFile(str(target))
    out.stream.write(json.dumps({"new": True}))
    assert target.read_text() == "old"
    out.commit()
    assert json.loads(target.read_text()) == {"new": True} and stat.S_IMODE(target.stat().st_mode) == 0o604
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]
