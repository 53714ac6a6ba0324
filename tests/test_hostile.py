"""Hostile files: never a traceback, a hang or a blown memory; always findings.

``tests/test_bad_input.py`` covers files newslint cannot read at all (empty, binary, one byte
over the size limit), encodings with a BOM or in Latin-1, malformed JSON, and JSON-LD *files*
nested 100,000 deep; ``tests/test_properties.py`` covers generated inputs and 100,000 nested
``<div>`` through ``lint_text``. Here: larger, deeper and stranger input, through
``lint_path``/``lint_bytes`` and through the real command line in a subprocess
(``newslint check FILE --format json``), which must exit 0 or 1 (findings), never 2, with no
traceback. The subprocess's timeout is a hang guard, not a speed test. The regressions of what
fuzzing found (``tests/fuzz/``) are at the end.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import linter
from linter.decode import MAX_BYTES
from linter.extract import MAX_TAGS
from linter.lint import lint_bytes, lint_path
from tests.util import NOW, SEED, article, rules_of

# seconds to minutes: growth measured by doubling, fuzz-like inputs, subprocesses per case: not in `make test-fast`.
pytestmark = pytest.mark.slow

#: Seconds a command may take before it counts as hung. Generous: two shared CPUs, cold caches.
HANG_GUARD = 60
MB = 1_048_576

_NEWSLINT = Path(sys.executable).with_name("newslint")
NEWSLINT = [str(_NEWSLINT)] if _NEWSLINT.exists() else [sys.executable, "-m", "linter"]

# Runs the command as its only child, so the peak RSS of its children is the command's own
# (the test process's RUSAGE_CHILDREN would hold every earlier test's subprocess too).
# Arguments: the hang guard in seconds, a file for standard input (or ""), the command.
_MEASURE = """
import json, resource, subprocess, sys
stdin = open(sys.argv[2], "rb") if sys.argv[2] else subprocess.DEVNULL
try:
    proc = subprocess.run(sys.argv[3:], stdin=stdin, capture_output=True, timeout=float(sys.argv[1]))
except subprocess.TimeoutExpired:
    sys.exit(print(json.dumps({"hung": True})))
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux, bytes on macOS
print(json.dumps({"hung": False, "code": proc.returncode, "stdout": proc.stdout.decode("utf-8", "replace"),
                  "stderr": proc.stderr.decode("utf-8", "replace"),
                  "rss_mb": rss / (1024 * 1024 if sys.platform == "darwin" else 1024)}))
"""


def cli(*args: str, cwd: Path, stdin: Path | None = None) -> tuple[int, list[dict], float]:
    """Run ``newslint check ARGS --format json``: exit code, findings, peak RSS in MB."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "NEWSLINT_DEBUG")}
    proc = subprocess.run([sys.executable, "-c", _MEASURE, str(HANG_GUARD), str(stdin or ""),
                           *NEWSLINT, "check", *args, "--format", "json"],
                          cwd=cwd, capture_output=True, timeout=HANG_GUARD + 30, env=env, text=True)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert not result["hung"], f"newslint check {' '.join(args)} ran for more than {HANG_GUARD} s"
    assert "Traceback" not in result["stderr"] and "internal error" not in result["stderr"], result["stderr"]
    assert result["code"] in (0, 1), (result["code"], result["stderr"])
    return result["code"], json.loads(result["stdout"])["findings"], result["rss_mb"]


def check_file(cwd: Path, name: str, data: bytes) -> tuple[list, list[dict]]:
    """``name`` holding ``data``, linted by the CLI (first: its timeout guards against a hang) and by ``lint_path``."""
    (cwd / name).write_bytes(data)
    _, from_cli, _ = cli(name, cwd=cwd)
    findings = lint_path(cwd / name)  # the time now, as the command line has it
    assert findings, "every hostile file has something to say"
    assert {f["rule"] for f in from_cli} == rules_of(findings)
    return findings, from_cli


def page(block: str | bytes, *, body: bytes = b"<h1>Headline</h1>") -> bytes:
    """A small page holding one JSON-LD block."""
    if isinstance(block, str):
        block = block.encode("utf-8", "surrogatepass")
    return (b'<!doctype html>\n<html lang="en">\n<head>\n<title>Headline</title>\n'
            b'<script type="application/ld+json">' + block + b"</script>\n</head>\n<body>\n" + body
            + b"\n</body>\n</html>\n")


@pytest.fixture
def cwd(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()  # no configuration from above the temporary directory
    return tmp_path


@pytest.fixture(scope="module")
def resting_rss(tmp_path_factory: pytest.TempPathFactory) -> float:
    """Peak RSS in MB of ``newslint check`` on a small page, on this machine: what starting
    and linting anything costs here (interpreter, lxml, rules), so that memory limits are
    stated as what a hostile input may add, not as figures of one machine."""
    folder = tmp_path_factory.mktemp("resting")
    (folder / ".git").mkdir()
    (folder / "small.html").write_bytes(page('{"@context": "https://schema.org", "@type": "NewsArticle"}'))
    return cli("small.html", cwd=folder)[2]


# -- size ---------------------------------------------------------------------------------------

def test_100_mb_page_is_too_large_and_never_read(cwd: Path, resting_rss: float) -> None:
    with (cwd / "huge.html").open("wb") as fh:  # sparse: nothing like 100 MB is written
        fh.write(b"<!doctype html><html><body>")
        fh.truncate(100 * MB)
    [finding] = lint_path(cwd / "huge.html", now=NOW)
    assert finding.rule == "parse-error" and "too large" in finding.message and "100 MB" in finding.message
    code, findings, rss = cli("huge.html", cwd=cwd)
    assert (code, [f["rule"] for f in findings]) == (1, ["parse-error"])
    # Reading the file would take 100 MB and parsing it gigabytes; not reading it, what starting takes.
    assert rss < resting_rss + 20, f"peak RSS {rss:.0f} MB, {resting_rss:.0f} MB for a small page"


def test_100_mb_on_standard_input_is_read_no_further_than_the_limit(cwd: Path, resting_rss: float) -> None:
    with (cwd / "huge.html").open("wb") as fh:
        fh.write(b"<!doctype html><html><body>")
        fh.truncate(100 * MB)
    code, findings, rss = cli("-", "--stdin-filename", "page.html", cwd=cwd, stdin=cwd / "huge.html")
    assert (code, [(f["rule"], f["path"]) for f in findings]) == (1, [("parse-error", "page.html")])
    assert "too large" in findings[0]["message"]
    # At most the limit and a byte are read (it used to be all of it, then gigabytes to parse it).
    assert rss < resting_rss + MAX_BYTES / MB + 20, f"peak RSS {rss:.0f} MB, {resting_rss:.0f} MB for a small page"


def test_lint_bytes_judges_size_as_lint_path_does() -> None:
    [finding] = lint_bytes(b" " * (MAX_BYTES + 1), "page.html", now=NOW)
    assert finding.rule == "parse-error" and "too large" in finding.message


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"), reason="needs FIFOs and /dev/zero")
def test_fifo_or_device_named_like_an_article(cwd: Path) -> None:
    """Given by name (a directory walk passes over them): opening a FIFO would wait forever, /dev/zero never ends."""
    os.mkfifo(cwd / "pipe.html")
    os.symlink("/dev/zero", cwd / "zero.txt")
    for name in ("pipe.html", "zero.txt"):
        [finding] = lint_path(cwd / name, now=NOW)
        assert finding.rule == "parse-error" and "not a regular file" in finding.message
        code, findings, _ = cli(name, cwd=cwd)
        assert (code, [f["rule"] for f in findings]) == (1, ["parse-error"])


# -- one long line ------------------------------------------------------------------------------

def one_megabyte_graph() -> str:
    """A 1 MB ``@graph`` on one line; its article, last, has an invalid date (a finding far along the line)."""
    people = [{"@type": "Person", "@id": f"#p{i}", "name": f"Person {i}", "description": "x" * 150}
              for i in range(5000)]
    text = json.dumps({"@context": "https://schema.org", "@graph": [*people, article(datePublished="soon")]})
    assert len(text) > MB and "\n" not in text
    return text


def test_one_megabyte_single_line_jsonld_file(cwd: Path) -> None:
    text = one_megabyte_graph()
    findings, from_cli = check_file(cwd, "graph.jsonld", text.encode())
    [date] = [f for f in findings if f.rule == "invalid-date"]
    assert (date.line, date.json_path) == (1, "$.@graph[5000].datePublished")
    assert text[date.column - 1:].startswith('"datePublished": "soon"')
    assert ("invalid-date", 1, date.column) in {(f["rule"], f["line"], f["column"]) for f in from_cli}


def test_one_megabyte_single_line_jsonld_in_a_page(cwd: Path) -> None:
    text = one_megabyte_graph()
    data = page(text)
    findings, _ = check_file(cwd, "graph.html", data)
    [date] = [f for f in findings if f.rule == "invalid-date"]
    line = data.decode().splitlines()[date.line - 1]
    assert line.startswith('<script type="application/ld+json">')
    assert line[date.column - 1:].startswith('"datePublished": "soon"')
    assert "invalid-json-ld" not in rules_of(findings)


#: Blocks the tolerant parser tries to repair, each taking quadratic or cubic time in its length
#: before the regular expressions of linter/jsonblock.py were made linear (80 KB of the first
#: took minutes; the second took minutes at 5 KB).
UNREPAIRABLE = {
    "open-string-of-escaped-quotes": '{"headline": "' + '\\"' * 500_000,
    "open-string-ending-in-backslash": '{"headline": "' + '\\"' * 500_000 + "\\",
    "comment-opener-then-spaces": "<!--" + " " * MB + "{}",
    "cdata-then-spaces": '<![CDATA[{"@type": "NewsArticle"}' + " " * MB + "]]",
    "run-of-semicolons": '{"@type": "NewsArticle"}' + ";" * MB + "x",
    "comment-openers": '{"@type": "NewsArticle", ' + "/*" * 500_000,
}


@pytest.mark.parametrize("name", UNREPAIRABLE)
def test_one_megabyte_block_beyond_repair(cwd: Path, name: str) -> None:
    findings, _ = check_file(cwd, "page.html", page(UNREPAIRABLE[name]))
    assert "invalid-json-ld" in rules_of(findings)


# -- depth --------------------------------------------------------------------------------------

DEEP_PAGES = {
    "divs-closed": b"<div>" * 100_000 + b"text" + b"</div>" * 100_000,
    "divs-unclosed": b"<div>" * 100_000 + b"text",
    "spans": b"<span>" * 100_000 + b"text" + b"</span>" * 100_000,
    "figures": b"<figure>" * 100_000 + b'<img src="/a.jpg" alt="a"><figcaption>Photo: Reuters</figcaption>'
               + b"</figure>" * 100_000,
    "lists": b"<ul><li>" * 100_000 + b"By Jane Doe" + b"</li></ul>" * 100_000,
    "tables": b"<table><tr><td>" * 30_000 + b"x",
    "article-with-block-at-the-bottom": b"<article>" * 100_000 + b'<script type="application/ld+json">'
                                        + json.dumps(article()).encode() + b"</script>",
}


@pytest.mark.parametrize("name", DEEP_PAGES)
def test_100000_nested_elements(cwd: Path, name: str) -> None:
    findings, _ = check_file(cwd, "deep.html", page("{}", body=DEEP_PAGES[name]))
    assert "parse-error" not in rules_of(findings)


@pytest.mark.parametrize(("name", "block"), [
    ("arrays", "[" * 100_000 + "]" * 100_000),
    ("objects", '{"a":' * 100_000 + "1" + "}" * 100_000),
    ("unclosed", "[" * 100_000),
    ("in-article", json.dumps(article())[:-1] + ', "about": ' + "[" * 100_000 + "]" * 100_000 + "}"),
])
def test_100000_nested_json_arrays_in_a_page(cwd: Path, name: str, block: str) -> None:
    """JSON-LD files nested that deep are in test_bad_input; in a page the block is what is unreadable."""
    findings, _ = check_file(cwd, "deep.html", page(block))
    [invalid] = [f for f in findings if f.rule == "invalid-json-ld"]
    assert "nested too deeply" in invalid.message
    assert "parse-error" not in rules_of(findings)  # the rest of the page is still checked
    assert "missing-canonical" in rules_of(findings)


@pytest.mark.parametrize(("name", "data"), [
    ("yaml.md", b"---\ntitle: " + b"[" * 100_000 + b"]" * 100_000 + b"\n---\nBody.\n"),
    ("toml.md", b"+++\ntitle = " + b"[" * 100_000 + b"]" * 100_000 + b"\n+++\nBody.\n"),
    ("toml-tables.md", b"+++\nt = " + b"{a = " * 10_000 + b"1" + b"}" * 10_000 + b"\n+++\nBody.\n"),
])
def test_100000_nested_front_matter(cwd: Path, name: str, data: bytes) -> None:
    findings, _ = check_file(cwd, name, data)
    [error] = [f for f in findings if f.rule == "parse-error"]
    assert "front matter does not parse" in error.message and "nest" in error.message  # libyaml's words or ours


@pytest.mark.parametrize(("name", "data"), [
    ("quotes.md", b">" * 100_000 + b" x\n"),
    ("lists.md", b"".join(b"  " * i + b"- x\n" for i in range(2_000))),
    ("emphasis.md", b"*" * 100_000 + b"x" + b"*" * 100_000 + b"\n"),
    ("links.md", b"[" * 100_000 + b"x" + b"](y)" * 1_000 + b"\n"),
    ("html.md", b"<div>" * 100_000 + b'<img src="a.jpg" alt="a">\n'),
])
def test_deeply_nested_markdown(cwd: Path, name: str, data: bytes) -> None:
    findings, _ = check_file(cwd, name, data)
    assert "parse-error" not in rules_of(findings)


# -- invalid UTF-8 ------------------------------------------------------------------------------

def every_other_byte(data: bytes, bad: int = 0xFF) -> bytes:
    return bytes(b for byte in data for b in (byte, bad))


SOURCES = {
    "html": page(json.dumps(article()), body=b"<h1>Cuba and China agree to strengthen military cooperation</h1>"),
    "md": b"---\ntitle: Cuba and China\ndate: 2025-09-16T10:32:00+02:00\n---\nBy Jane Doe\n\nText.\n",
    "txt": SEED.read_bytes(),
    "jsonld": json.dumps(article(), indent=2).encode(),
}
BREAKAGE = {
    "every-other-byte-ff": every_other_byte,
    "every-other-byte-continuation": lambda data: every_other_byte(data, 0x80),
    "undefined-in-windows-1252": lambda data: every_other_byte(data, 0x81),
    "every-byte-high-bit": lambda data: bytes(b | 0x80 for b in data),
    "truncated-sequences": lambda data: data.replace(b" ", b" \xe2\x82 "),
    "overlong-and-surrogates": lambda data: data.replace(b"e", b"\xc0\xafe\xed\xa0\x80"),
}


@pytest.mark.parametrize("kind", SOURCES)
@pytest.mark.parametrize("breakage", BREAKAGE)
def test_invalid_utf8_everywhere(cwd: Path, kind: str, breakage: str) -> None:
    findings, _ = check_file(cwd, f"broken.{kind}", BREAKAGE[breakage](SOURCES[kind]))
    assert rules_of(findings) & {"non-utf8-encoding", "parse-error"}


def test_invalid_utf8_in_a_page_that_declares_utf8(cwd: Path) -> None:
    data = page(json.dumps(article()).encode().replace(b"a", b"a\xff"), body=b"<h1>Cuba \xff\xfe</h1>")
    findings, _ = check_file(cwd, "declared.html", data.replace(b"<head>", b'<head><meta charset="utf-8">'))
    assert "parse-error" not in rules_of(findings)


# -- NUL bytes ----------------------------------------------------------------------------------

PAD = b"x" * 9_000  # past the 8 KB in which a NUL makes a file binary
NUL_FILES = {
    "first.html": b"\x00" + SOURCES["html"],
    "first.md": b"\x00" + SOURCES["md"],
    "only.txt": b"\x00" * 100,
    "late.txt": SEED.read_bytes() + PAD + b"\x00 tail\n",
    "late.md": SOURCES["md"] + PAD + b"\n\x00\n![alt](b.jpg)\n",
    "late-in-front-matter.md": b"---\ntitle: x" + PAD + b"\x00\n---\nBody.\n",
    "late-in-string.jsonld": json.dumps(article(articleBody="y" * 9_000)).encode()[:-1] + b', "x": "\x00"}',
    "late-after-value.jsonld": json.dumps(article(articleBody="y" * 9_000)).encode() + b"\x00",
    "late.html": SOURCES["html"] + PAD + b"\x00",
    "late-in-block.html": page(json.dumps(article(headline="a\x00b")).encode().replace(b"\\u0000", b"\x00"),
                               body=b"<p>" + PAD + b"</p>"),
    "late-in-attributes.html": page("{}", body=b"<p>" + PAD + b'</p><img src="a\x00.jpg" alt="\x00"><h1>\x00</h1>'
                                    b'<time datetime="2020\x00">x</time>'),
    "late-in-faq.html": page(b"{}", body=b"<p>" + PAD + b'</p><script type="application/ld+json">'
                             b'{"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "q\x00", '
                             b'"acceptedAnswer": {"@type": "Answer", "text": "<p>a\x00</p><h1>x</h1>"}}]}</script>'),
    "utf16.html": "<html><body>\x00<h1>x</h1></body></html>".encode("utf-16"),
}


@pytest.mark.parametrize("name", NUL_FILES)
def test_nul_bytes(cwd: Path, name: str) -> None:
    check_file(cwd, name, NUL_FILES[name])


# -- JSON oddities ------------------------------------------------------------------------------

def members(pairs: list[str]) -> str:
    return '{"@context": "https://schema.org", "@type": "NewsArticle", ' + ", ".join(pairs) + "}"


DUPLICATES = {
    "one-key-10000-times": members(['"headline": "x"'] * 10_000),
    "10000-keys-twice": members([f'"k{i}": {n}' for i in range(10_000) for n in (1, 2)]),
    "10000-objects-repeating-a-key": "[" + ", ".join(['{"@type": "Thing", "name": "a", "name": "b"}'] * 10_000) + "]",
}


@pytest.mark.parametrize("name", DUPLICATES)
def test_10000_duplicate_keys_are_reported_in_a_few_findings(cwd: Path, name: str) -> None:
    findings, from_cli = check_file(cwd, "dup.html", page(DUPLICATES[name]))
    duplicates = [f for f in findings if f.rule == "duplicate-key"]
    assert 1 <= len(duplicates) <= 21, len(duplicates)  # one per key name, 20 at most, then one for the rest
    assert len([f for f in from_cli if f["rule"] == "duplicate-key"]) == len(duplicates)
    if name == "10000-keys-twice":
        assert any("9980 not listed" in f.message for f in duplicates)
    else:
        assert "times" in duplicates[0].message


def test_duplicate_keys_in_a_jsonld_file(cwd: Path) -> None:
    """A JSON-LD file is judged as a page's block is: one duplicate-key finding per name, with a count."""
    findings, _ = check_file(cwd, "dup.jsonld", DUPLICATES["one-key-10000-times"].encode())
    duplicates = [f for f in findings if f.rule == "duplicate-key"]
    assert len(duplicates) == 1 and "times" in duplicates[0].message
    assert "parse-error" not in rules_of(findings)


HUGE_NUMBERS = {
    "exponent": '{"@type": "NewsArticle", "headline": 1e999999, "wordCount": -1e999999}',
    "digits": '{"@type": "NewsArticle", "wordCount": ' + "9" * 100_000 + "}",
    "negative-digits": '{"@type": "NewsArticle", "wordCount": -' + "9" * 5_000 + "}",
    "bare": "1" * 5_000,
    "nan-and-infinity": '{"@type": "NewsArticle", "headline": NaN, "datePublished": Infinity, "wordCount": -Infinity}',
}


@pytest.mark.parametrize("name", HUGE_NUMBERS)
def test_huge_numbers(cwd: Path, name: str) -> None:
    for file_name, data in (("n.jsonld", HUGE_NUMBERS[name].encode()), ("n.html", page(HUGE_NUMBERS[name]))):
        findings, _ = check_file(cwd, file_name, data)
        # Valid JSON (NaN aside, which Python reads): read as JSON.parse would, a number however long.
        assert "parse-error" not in rules_of(findings) and "invalid-json-ld" not in rules_of(findings)
    if name == "exponent":
        assert "invalid-value" in rules_of(lint_path(cwd / "n.jsonld", now=NOW))  # a headline is text


SURROGATES = ('{"@context": "https://schema.org", "@type": "\\ud800", "\\udfff": "x", "headline": "\\ud800", '
              '"author": {"@type": "Person", "name": "\\udc00\\ud800"}, "datePublished": "\\udbff"}')


@pytest.mark.parametrize("suffix", ["jsonld", "html"])
def test_lone_surrogates_escaped_in_json(cwd: Path, suffix: str) -> None:
    data = SURROGATES.encode() if suffix == "jsonld" else page(SURROGATES)
    findings, from_cli = check_file(cwd, f"s.{suffix}", data)
    assert {"unknown-type", "unknown-property"} <= rules_of(findings)
    # The JSON report carries them as U+FFFD, as every output does (tests/test_cli_hostile.py).
    assert any("\ufffd" in (f["message"] + (f["json_path"] or "")) for f in from_cli)
    for fmt in ("text", "parsable"):
        proc = subprocess.run([*NEWSLINT, "check", f"s.{suffix}", "--format", fmt], cwd=cwd, capture_output=True,
                              timeout=HANG_GUARD)
        assert proc.returncode == 1 and b"Traceback" not in proc.stderr, proc.stderr


# -- what fuzzing found (tests/fuzz/) -----------------------------------------------------------

def test_lint_text_page_holding_lone_surrogates() -> None:
    """A str decoded with surrogateescape could not be encoded for the HTML parser (UnicodeEncodeError)."""
    text = "<html lang='en'><head><title>T\udcff</title></head><body><h1>T\udcbf</h1></body></html>"
    findings = linter.lint_text(text, path="page.html", now=NOW)
    assert "missing-canonical" in rules_of(findings) and "parse-error" not in rules_of(findings)


def test_markdown_with_the_head_of_a_page_as_raw_html() -> None:
    """lxml asserts a fragment has one <body>: a head-only document in Markdown raised AssertionError."""
    text = '<html>\n<head>\n<title>x</title>\n<script>var a = "<img";</script>\n'
    assert "parse-error" not in rules_of(linter.lint_text(text, path="a.md", now=NOW))


def test_faq_answer_holding_the_head_of_a_page() -> None:
    answer = "<html><head><title>x</title><script>1</script>"
    doc = {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
        {"@type": "Question", "name": "Why?", "acceptedAnswer": {"@type": "Answer", "text": answer}}]}
    findings = linter.lint_text(json.dumps(doc), path="faq.jsonld", now=NOW)
    [bad] = [f for f in findings if f.rule == "faq-answer-disallowed-html"]
    assert "script" in bad.message


@pytest.mark.parametrize(("front_matter", "words"), [
    ("wordCount = " + "1" * 5_000, "too many digits"),
    ("title = " + "[" * 2_000 + "]" * 2_000, "nested too deeply"),
])
def test_toml_front_matter_python_cannot_read(front_matter: str, words: str) -> None:
    findings = linter.lint_text(f"+++\n{front_matter}\n+++\nBody.\n", path="a.md", now=NOW)
    [error] = [f for f in findings if f.rule == "parse-error"]
    assert words in error.message


def test_page_with_more_tags_than_xpath_can_hold(cwd: Path) -> None:
    """Past 10 million nodes libxml2's XPath fails (XPathEvalError); such a page is refused before parsing."""
    data = b"<html><body>" + b"a<br>" * (MAX_TAGS + 1)
    [finding] = lint_bytes(data, "tags.html", now=NOW)
    assert finding.rule == "parse-error" and "too many tags" in finding.message
    (cwd / "tags.html").write_bytes(data)
    code, findings, _ = cli("tags.html", cwd=cwd)
    assert (code, [f["rule"] for f in findings]) == (1, ["parse-error"])
