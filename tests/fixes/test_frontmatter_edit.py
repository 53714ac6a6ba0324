"""The front-matter editor: one key's value changes, every other byte of the file stays.

Concrete before/after cases for each way a value is written (YAML bare, quoted, with a comment,
CRLF, BOM; TOML basic, literal, bare date-times, tables), the cases that must refuse, and a
property test over generated front matters.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.fixes.frontmatter import EditError, set_key
from linter.readers.markdown import parse

BODY = "\n# Heading\n\nSome text.\n"


@pytest.mark.parametrize(("before", "key", "value", "after"), [
    # YAML, bare: stays bare while it reads back as the same string, else double quotes.
    ("---\ntitle: Old title\n---\n", "title", "New title", "---\ntitle: New title\n---\n"),
    ("---\ntitle: Old\n---\n", "title", "New: a colon", '---\ntitle: "New: a colon"\n---\n'),
    ("---\ntitle: Old\n---\n", "title", "a # not a comment", '---\ntitle: "a # not a comment"\n---\n'),
    ("---\ntitle: Old\n---\n", "title", "yes", '---\ntitle: "yes"\n---\n'),
    ("---\ntitle: Old\n---\n", "title", "", '---\ntitle: ""\n---\n'),
    ("---\ntitle: Old\n---\n", "title", " padded ", '---\ntitle: " padded "\n---\n'),
    ("---\ncount: 3\n---\n", "count", "4", '---\ncount: "4"\n---\n'),
    # An inline comment stays, and so does the space before it.
    ("---\ndate: 2025-01-02 10:00  # local time\n---\n", "date", "2025-01-03 11:00",
     "---\ndate: 2025-01-03 11:00  # local time\n---\n"),
    # Single quotes: YAML's own escape ('').
    ("---\ntitle: 'Old'  # c\n---\n", "title", "It's new", "---\ntitle: 'It''s new'  # c\n---\n"),
    ("---\ntitle: 'Old'\n---\n", "title", "two\nlines", '---\ntitle: "two\\nlines"\n---\n'),
    # Double quotes: JSON's escapes; YAML's line breaks (U+2028, U+0085) escaped too.
    ('---\ntitle: "Old"\n---\n', "title", 'say "hi" \\ o/', '---\ntitle: "say \\"hi\\" \\\\ o/"\n---\n'),
    ('---\ntitle: "Old"\n---\n', "title", "a\u2028b\x85c\td", '---\ntitle: "a\\u2028b\\u0085c\\td"\n---\n'),
    ('---\ntitle: "Old"\n---\n', "title", "Größe — été 東京", '---\ntitle: "Größe — été 東京"\n---\n'),
    # A quoted key, another key's odd formatting, key order: all kept.
    ('---\n"title":   Old   # c\nauthors: [ "A" ,  B ]\n---\n', "title", "New",
     '---\n"title":   New   # c\nauthors: [ "A" ,  B ]\n---\n'),
    # An empty value gets one.
    ("---\ndescription:\ntitle: x\n---\n", "description", "Hi", "---\ndescription: Hi\ntitle: x\n---\n"),
    ("---\ndescription:   # todo\n---\n", "description", "Hi", "---\ndescription: Hi   # todo\n---\n"),
    # Numbers and booleans are bare, whatever the old quoting.
    ("---\ndraft: 'no'\n---\n", "draft", True, "---\ndraft: true\n---\n"),
    ("---\nweight: 1\n---\n", "weight", 1e20, "---\nweight: 1.0e+20\n---\n"),
    ("---\nweight: 1\n---\n", "weight", -math.inf, "---\nweight: -.inf\n---\n"),
    ("---\nweight: 1.5\n---\n", "weight", 7, "---\nweight: 7\n---\n"),
    # YAML dates: a bare timestamp stays bare when the new string is the same date...
    ("---\ndate: 2025-01-02T10:00:00Z\n---\n", "date", "2025-09-16T10:32:00+02:00",
     "---\ndate: 2025-09-16T10:32:00+02:00\n---\n"),
    ("---\ndate: 2025-01-02\n---\n", "date", "2025-01-03", "---\ndate: 2025-01-03\n---\n"),
    ("---\ndate: 2025-02-30\n---\n", "date", "2025-02-28", "---\ndate: 2025-02-28\n---\n"),
    ("---\ndate: 2025-01-02\n---\n", "date", "soon", "---\ndate: soon\n---\n"),
    # A bare value that would not construct (the reader keeps it, stricter loaders refuse it) is
    # never written; one already in the file stays as it is.
    ("---\ntitle: x\ndate: 2025-02-30\n---\n", "title", "2025-02-30", '---\ntitle: "2025-02-30"\ndate: 2025-02-30\n---\n'),
    ("---\ndate: 2025-02-30\n---\n", "date", "2025-02-31", '---\ndate: "2025-02-31"\n---\n'),
    ("---\ntitle: x\n---\n", "title", "!foo bar", '---\ntitle: "!foo bar"\n---\n'),
    # ... a bare string that was no timestamp does not become one.
    ("---\ndate: 2025-01-02 10:00\n---\n", "date", "2025-09-16T10:32:00+02:00",
     '---\ndate: "2025-09-16T10:32:00+02:00"\n---\n'),
    ("---\ndate: '2025-01-02'\n---\n", "date", "2025-01-03", "---\ndate: '2025-01-03'\n---\n"),
    # Line endings, a BOM, a "..." closing line, the body: as they were.
    ("\ufeff---\r\ntitle: Old\r\nlang: en\r\n---\r\nbody: x\r\n", "title", "New",
     "\ufeff---\r\ntitle: New\r\nlang: en\r\n---\r\nbody: x\r\n"),
    ("---\rtitle: Old\r...\rtitle: body\r", "title", "New", "---\rtitle: New\r...\rtitle: body\r"),
    ("--- \ntitle: Old\n---", "title", "New", "--- \ntitle: New\n---"),
    # TOML: strings keep their quotes; a literal string cannot hold "'".
    ("+++\ntitle = 'Old' # c\n+++\n", "title", "New", "+++\ntitle = 'New' # c\n+++\n"),
    ("+++\ntitle = 'Old'\n+++\n", "title", "It's", '+++\ntitle = "It\'s"\n+++\n'),
    ("+++\ntitle = 'Old'\n+++\n", "title", 'a "q" \\', "+++\ntitle = 'a \"q\" \\'\n+++\n"),
    ("+++\ntitle = 'Old'\n+++\n", "title", "tab\tbell\x07", "+++\ntitle = \"tab\\tbell\\u0007\"\n+++\n"),
    ('+++\ntitle="Old"#c\n+++\n', "title", 'a "q"\n', '+++\ntitle="a \\"q\\"\\n"#c\n+++\n'),
    ('+++\n"title" = "a \\" # b"  # c\n+++\n', "title", "x", '+++\n"title" = "x"  # c\n+++\n'),
    ("+++\ntitle = 'Old'\n[params]\ntitle = 'Inner'\n+++\n", "title", "New",
     "+++\ntitle = 'New'\n[params]\ntitle = 'Inner'\n+++\n"),
    # A key written inside a multi-line string or array is not a key.
    ('+++\nx = """\ntitle = 1\n"""\ny = [\n  "title = 2",\n]\ntitle = "Old"\n+++\n', "title", "New",
     '+++\nx = """\ntitle = 1\n"""\ny = [\n  "title = 2",\n]\ntitle = "New"\n+++\n'),
    # TOML date-times: bare stays bare for an ISO date-time, else a basic string.
    ("+++\ndate = 2025-01-02T10:00:00Z # utc\n+++\n", "date", "2025-09-16T10:32:00+02:00",
     "+++\ndate = 2025-09-16T10:32:00+02:00 # utc\n+++\n"),
    ("+++\ndate = 2025-01-02 10:00:00\n+++\n", "date", "2025-09-16 10:32:00+02:00",
     "+++\ndate = 2025-09-16 10:32:00+02:00\n+++\n"),
    ("+++\ndate = 2025-01-02\n+++\n", "date", "3 March 2025", '+++\ndate = "3 March 2025"\n+++\n'),
    ("+++\ndraft = false\nweight = 1\n+++\n", "draft", True, "+++\ndraft = true\nweight = 1\n+++\n"),
    ("+++\nweight = 1\n+++\n", "weight", 1e20, "+++\nweight = 1e+20\n+++\n"),
    ("\ufeff+++\r\ntitle = \"Old\"\r\n+++\r\nbody\r\n", "title", "New", "\ufeff+++\r\ntitle = \"New\"\r\n+++\r\nbody\r\n"),
])
def test_sets_the_value_and_nothing_else(before: str, key: str, value: Any, after: str) -> None:
    assert set_key(before + BODY, key, value) == after + BODY


@pytest.mark.parametrize(("text", "key", "why"), [
    ("# no front matter\n", "title", "no front matter"),
    ("---\ntitle: x\n", "title", "not closed"),
    ("---\nother: x\n---\n", "title", "no top-level key"),
    ("---\ntitle: a\ntitle: b\n---\n", "title", "2 times"),
    ("---\ntitle: |\n  x\n---\n", "title", "block scalar"),
    ("---\ntitle: >-\n  x\n---\n", "title", "block scalar"),
    ("---\ntitle:\n  x\n---\n", "title", "following lines"),
    ("---\ntitle: a\n  b\n---\n", "title", "several lines"),
    ('---\ntitle: "a\n  b"\n---\n', "title", "several lines"),
    ("---\ntitle: [a, b]\n---\n", "title", "not a scalar"),
    ("---\ntitle: {a: 1}\n---\n", "title", "not a scalar"),
    ("---\nparams:\n  title: x\n---\n", "title", "no top-level key"),
    ("---\na: &t x\ntitle: *t\n---\n", "title", "alias"),
    ("---\ntitle: &t x\nb: *t\n---\n", "title", "anchor"),
    ("---\ntitle: !!str 1\n---\n", "title", "tag"),
    ("---\n{title: x}\n---\n", "title", "block mapping"),
    ("---\ntitle: [\n---\n", "title", "does not parse"),
    ("+++\n[params]\ntitle = 'x'\n+++\n", "title", "no top-level key"),
    ("+++\ntitle.main = 'x'\n+++\n", "title", "no top-level key"),
    ("+++\ntitle = ['x']\n+++\n", "title", "not a scalar"),
    ("+++\ntitle = {a = 1}\n+++\n", "title", "not a scalar"),
    ("+++\ntitle = '''x'''\n+++\n", "title", "multi-line string"),
    ('+++\ntitle = """\nx"""\n+++\n', "title", "multi-line string"),
    ("+++\ntitle = 'x'\ntitle = 'y'\n+++\n", "title", "does not parse"),
])
def test_refuses_what_it_would_have_to_guess(text: str, key: str, why: str) -> None:
    with pytest.raises(EditError, match=why):
        set_key(text + BODY, key, "new")


def test_refuses_a_lone_surrogate() -> None:
    with pytest.raises(EditError, match="surrogate"):
        set_key("---\ntitle: x\n---\n", "title", "\ud800")


def test_setting_the_same_value_changes_nothing() -> None:
    text = "---\ntitle: 'It''s'  # c\ndate: 2025-01-02T10:00:00Z\nn: 3\n---\n"
    for key, value in (("title", "It's"), ("date", "2025-01-02T10:00:00Z"), ("n", 3)):
        assert set_key(text, key, value) == text


def test_the_markdown_reader_reads_the_new_values() -> None:
    text = "\ufeff---\r\ntitle: 'Old'\r\ndate: 2025-01-02T10:00:00Z\r\n---\r\n# Old\r\n"
    text = set_key(set_key(text, "title", "It's new"), "date", "2025-09-16T10:32:00+02:00")
    article, findings, _ = parse(text, "a.md")
    assert not findings
    assert article.headline is not None and article.headline.value == "It's new"
    assert article.date_published is not None and article.date_published.iso == "2025-09-16T10:32:00+02:00"
    assert "date: 2025-09-16T10:32:00+02:00\r\n" in text


# --- generated front matters ------------------------------------------------------------------------

@dataclass(frozen=True)
class _Generated:
    """A generated file, the values its front matter holds, and where the target's value is."""

    text: str
    values: dict[str, Any]
    key: str
    start: int
    end: int


KEY_NAMES = st.lists(st.from_regex(r"[a-z][a-z0-9_]{0,7}", fullmatch=True), min_size=1, max_size=5, unique=True)
WORDS = st.from_regex(r"[A-Za-z][A-Za-z0-9]{0,6}( [A-Za-z0-9.,]{1,6}){0,3}", fullmatch=True)
ANY_TEXT = st.text(max_size=20)  # surrogates left out: no file holds them
QUOTABLE = st.text(st.characters(exclude_categories=["Cc", "Cs", "Zl", "Zp"]), max_size=20)
NEW_VALUES = st.one_of(ANY_TEXT, WORDS, st.sampled_from(["yes", "3", "2025-09-16T10:32:00+02:00", "a: b", "#", "'"]))


def _yaml_bare(text: str) -> bool:
    return bool(yaml.safe_load(f"k: {text}") == {"k": text})


def _double(text: str) -> str:
    """A double-quoted value written otherwise than the editor writes it: every odd character as \\U."""
    return '"' + "".join(c if c.isprintable() and c not in '"\\' else f"\\U{ord(c):08x}" for c in text) + '"'


@st.composite
def _files(draw: st.DrawFn, kind: str) -> _Generated:
    keys = draw(KEY_NAMES)
    eol = draw(st.sampled_from(["\n", "\r\n", "\r"] if kind == "YAML" else ["\n", "\r\n"]))
    fence = "---" if kind == "YAML" else "+++"
    out = ("\ufeff" if draw(st.booleans()) else "") + fence + eol
    values: dict[str, Any] = {}
    spans: dict[str, tuple[int, int]] = {}
    for key in keys:
        style = draw(st.sampled_from(["bare", "single", "double"]))
        if style == "bare":
            value = draw(WORDS.filter(_yaml_bare)) if kind == "YAML" else draw(st.integers(-99, 99))
            written = str(value)
        elif style == "single":
            value = draw(QUOTABLE.filter(lambda s: "'" not in s)) if kind == "TOML" else draw(QUOTABLE)
            written = "'" + (value if kind == "TOML" else value.replace("'", "''")) + "'"
        else:
            value = draw(ANY_TEXT)
            written = _double(value)
        lead = f"{key}{draw(st.sampled_from([':', ': ', ':   '] if kind == 'YAML' else ['=', ' = ', '  =  ']))}"
        if kind == "YAML" and lead.endswith(":"):
            lead += " "
        comment = draw(st.sampled_from(["", " # note", "   #x: 'y'"]))
        spans[key] = (len(out) + len(lead), len(out) + len(lead) + len(written))
        out += lead + written + comment + eol
        values[key] = value
    if kind == "TOML" and draw(st.booleans()):
        out += f"[params]{eol}{keys[0]} = 'inner'{eol}"  # the same key inside a table: not touched
        values["params"] = {keys[0]: "inner"}
    out += fence + eol + draw(st.sampled_from(["", "body", f"# {keys[0]}: x{eol}{fence}{eol}text"]))
    key = draw(st.sampled_from(keys))
    return _Generated(out, values, key, *spans[key])


def _front(text: str, kind: str) -> Any:
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    end = lines.index("---" if kind == "YAML" else "+++", 1)
    joined = "\n".join(lines[1:end])
    return yaml.safe_load(joined) if kind == "YAML" else tomllib.loads(joined)


@settings(max_examples=100, deadline=timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["YAML", "TOML"]).flatmap(lambda kind: st.tuples(st.just(kind), _files(kind))), NEW_VALUES)
def test_only_the_value_changes(generated: tuple[str, _Generated], new: str) -> None:
    kind, file = generated
    assert _front(file.text, kind) == file.values  # the generator writes what it means
    edited = set_key(file.text, file.key, new)
    tail = len(file.text) - file.end
    assert edited[:file.start] == file.text[:file.start]
    assert edited[len(edited) - tail:] == file.text[file.end:]
    written = edited[file.start:len(edited) - tail]
    assert "\n" not in written and "\r" not in written
    expected = dict(file.values)
    expected[file.key] = new
    got = _front(edited, kind)
    if kind == "YAML" and not isinstance(got[file.key], str):  # a bare timestamp only ever replaces one
        pytest.fail(f"{new!r} written as {written!r}")
    assert got == expected
