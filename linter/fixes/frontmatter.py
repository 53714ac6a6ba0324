"""Set one top-level key of a Markdown article's front matter, changing nothing but its value.

A fix must leave the author's file as they wrote it: comments, quoting, key order, the other
keys, the body, the line endings and a byte-order mark. So the front matter is never dumped
again from data; :func:`set_key` replaces the characters of one value on the key's own line
and nothing else (an empty YAML value, ``description:``, gains a space before the new one).

The front matter is found as :func:`linter.readers.markdown.parse` finds it: YAML between a
``---`` line and a ``---`` or ``...`` line, TOML between ``+++`` lines, at the top of the file
after an optional BOM, lines broken at ``\\r\\n``, ``\\r`` or ``\\n``.

How a new value is written:

- A number or a boolean is written bare (``true``, ``3``, ``1.0e+20``, YAML ``.nan``).
- A string keeps the old value's quoting when the string can be written that way: YAML single
  quotes (``'it''s'``), double quotes (escaped as JSON escapes, which YAML double-quoted and
  TOML basic strings both read), TOML literal ``'...'`` (not for a string holding ``'`` or a
  control character). A bare YAML value stays bare when the string, bare, reads back as that
  same string (``yes``, ``3``, ``a: b`` or ``2025-02-30``, which strict YAML loaders refuse as
  a date, do not). Otherwise the string is double-quoted. TOML strings are always quoted.
- Dates: the Markdown reader reads a YAML timestamp or a TOML date-time as a date, as it reads
  a date written as a string. So when the old value was a bare date, a new ISO date string is
  written bare as well, if the reader gets the same date from it as from the string
  (:func:`linter.dates.parse_date`); ``2025-09-16T10:32:00+02:00`` stays a timestamp.
  A bare value that was not a date (YAML ``2025-01-02 10:00``, which has no seconds and so is
  a string) does not become one: the new date is quoted.

:class:`EditError` is raised, and nothing is changed, whenever the edit would need a guess:
no front matter, the key missing (it is matched as written: ``Title`` is not ``title``, though
the reader finds keys in any case) or written twice, a value that is not a scalar on the key's
own line (YAML block scalars ``|`` ``>``, values on the following lines, multi-line quoted or
flow values, anchors, tags and aliases; TOML arrays, inline tables and ``'''``/``\"\"\"``
strings), keys inside TOML tables or dotted keys (not top-level), a YAML flow mapping
(``{title: x}``) as the whole front matter. The edited file is read again before it is
returned: the key must read as the new value (a string exactly, or the same date as above),
every other key exactly as before, and the body must be unchanged; else :class:`EditError`.
"""

from __future__ import annotations

import math
import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time
from typing import Any, Final

import yaml

from linter.dates import parse_date

__all__ = ["EditError", "set_key"]

_Scalar = str | int | float | bool

_LINE_BREAK: Final = re.compile(r"\r\n|\r|\n")  # as the Markdown reader splits lines
#: Front matter deeper or larger than the reader reads (aliases expanding) is not checked.
_MAX_DEPTH, _MAX_NODES = 32, 100_000
_MERGE: Final = "tag:yaml.org,2002:merge"
_TIMESTAMP: Final = "tag:yaml.org,2002:timestamp"

# Characters YAML reads as line breaks or will not take unescaped, and TOML's control characters.
_YAML_UNQUOTABLE: Final = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
_TOML_UNQUOTABLE: Final = re.compile("['\x00-\x08\x0a-\x1f\x7f]")
_ESCAPE: Final = re.compile('["\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]')
_NAMED_ESCAPES: Final = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f",
                         "\r": "\\r"}
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_REST_OF_LINE: Final = re.compile(r"[ \t]*(?:#.*)?")  # after a value: spaces, then a comment
_TOML_KEY_PART: Final = re.compile(r"[ \t]*(?:([A-Za-z0-9_-]+)|(\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*'))[ \t]*")


class EditError(ValueError):
    """Why a front-matter key cannot be set without guessing; the file is then left as it is."""


def set_key(text: str, key: str, value: str | int | float | bool) -> str:
    """``text`` (a Markdown file) with front-matter key ``key``'s value replaced by ``value``."""
    if isinstance(value, str) and _SURROGATE.search(value):
        raise EditError("the value holds a lone surrogate, which no UTF-8 file can")
    layout = _layout(text)
    spot = _find_yaml(layout, key) if layout.kind == "YAML" else _find_toml(layout, key)
    error = EditError(f"cannot write {value!r} as {key!r}")
    for written, bare in _spellings(layout.kind, spot, value):
        edited = text[:spot.start] + written + text[spot.end:]
        try:
            _check(edited, text, layout, key, value, spot.pairs, dates=bare and spot.date)
        except EditError as exc:
            error = exc
            continue
        return edited
    raise error


# --- where the front matter and the value are -----------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Layout:
    """The front matter of a file: its kind, its lines (without breaks) and where each starts."""

    kind: str  # "YAML" or "TOML", as the reader names them
    lines: list[str]
    starts: list[int]  # offset in the file of each line
    body: int  # offset of the body: after the closing line and its line break


@dataclass(frozen=True, slots=True)
class _Spot:
    """The old value: its offsets in the file, how it was written, and the front matter as read."""

    start: int
    end: int
    style: str  # YAML: plain, empty, ' or "; TOML: bare, ' or "
    date: bool  # a bare date (YAML timestamp, TOML date or date-time)
    pairs: list[tuple[Any, Any]]  # the top-level keys and values, in order


def _layout(text: str) -> _Layout:
    bom = 1 if text.startswith("\ufeff") else 0
    starts, ends = [bom], []
    for m in _LINE_BREAK.finditer(text, bom):
        ends.append(m.start())
        starts.append(m.end())
    ends.append(len(text))
    lines = [text[s:e] for s, e in zip(starts, ends, strict=True)]
    opening = lines[0].rstrip()
    if opening not in ("---", "+++"):
        raise EditError("the file has no front matter")
    kind = "YAML" if opening == "---" else "TOML"
    closing = ("---", "...") if kind == "YAML" else ("+++",)
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in closing), None)
    if end is None:
        raise EditError(f"{kind} front matter is not closed")
    body = starts[end + 1] if end + 1 < len(starts) else len(text)
    return _Layout(kind, lines[1:end], starts[1:end], body)


def _find_yaml(layout: _Layout, key: str) -> _Spot:
    joined = "\n".join(layout.lines)  # what the reader parses
    root = _compose(joined)
    matches = [(k, v) for k, v in root.value
               if isinstance(k, yaml.ScalarNode) and k.tag != _MERGE and k.value == key]
    if not matches:
        raise EditError(f"no top-level key {key!r} in the front matter")
    if len(matches) > 1:
        raise EditError(f"key {key!r} is written {len(matches)} times")
    key_node, node = matches[0]
    if not isinstance(node, yaml.ScalarNode):
        raise EditError(f"{key!r} is not a scalar")
    if node.style in ("|", ">"):
        raise EditError(f"{key!r} is a block scalar")
    start, end = node.start_mark.index, node.end_mark.index
    if start < key_node.end_mark.index:
        raise EditError(f"{key!r} is an alias")  # the node is where its anchor is
    if not re.fullmatch(r"[ \t]*:[ \t]*", joined[key_node.end_mark.index:start]):
        raise EditError(f"{key!r} has its value on the following lines")
    written = joined[start:end]
    if "\n" in written or _YAML_UNQUOTABLE.search(written):
        raise EditError(f"{key!r} has a value over several lines")
    if written[:1] in ("&", "!", "*") or (node.style and not written.startswith(node.style)):
        raise EditError(f"{key!r} has an anchor or a tag")
    line_end = joined.find("\n", end)
    if not _REST_OF_LINE.fullmatch(joined[end:line_end if line_end >= 0 else len(joined)]):
        raise EditError(f"{key!r} is followed by more than a comment on its line")
    # The reader's lines were joined with one "\n" each: back to offsets in the file.
    joined_starts = [0]
    for line in layout.lines[:-1]:
        joined_starts.append(joined_starts[-1] + len(line) + 1)
    no = bisect_right(joined_starts, start) - 1
    offset = layout.starts[no] + start - joined_starts[no]
    style = node.style or ("empty" if start == end else "plain")
    return _Spot(offset, offset + end - start, style, style == "plain" and node.tag == _TIMESTAMP,
                 _yaml_pairs(root))


def _find_toml(layout: _Layout, key: str) -> _Spot:
    data = _toml_data("\n".join(layout.lines))
    found = [(no, at) for no, parts, at in _toml_top_keys(layout.lines) if parts == (key,)]
    if not found:
        raise EditError(f"no top-level key {key!r} in the front matter")
    if len(found) > 1:
        raise EditError(f"key {key!r} is written {len(found)} times")
    no, at = found[0]
    line = layout.lines[no]
    start = at + len(line[at:]) - len(line[at:].lstrip(" \t"))
    first = line[start:start + 1]
    if line.startswith(('"""', "'''"), start):
        raise EditError(f"{key!r} is a multi-line string")
    if first in ("[", "{"):
        raise EditError(f"{key!r} is not a scalar")
    if first == '"':
        end = _basic_string_end(line, start)
    elif first == "'":
        end = line.index("'", start + 1) + 1
    else:
        end = start + len(line[start:].split("#", 1)[0].rstrip(" \t"))
    old = data.get(key)
    if not _REST_OF_LINE.fullmatch(line[end:]) or not _same(_toml_data(f"k = {line[start:end]}").get("k"), old):
        raise EditError(f"cannot tell where the value of {key!r} ends")
    style = first if first in ("'", '"') else "bare"
    offset = layout.starts[no] + start
    return _Spot(offset, offset + end - start, style, style == "bare" and isinstance(old, date),
                 list(data.items()))


def _toml_top_keys(lines: list[str]) -> Iterator[tuple[int, tuple[str, ...], int]]:
    """Each top-level ``key = value`` line: its number, the key's parts, and where ``=`` ends.

    Stops at the first table header: what follows is inside a table. Lines inside multi-line
    strings and arrays are passed over.
    """
    quote: str | None = None  # the delimiter of a multi-line string being read
    depth = 0  # brackets open in a value
    for no, line in enumerate(lines):
        at = 0
        if quote is None and depth == 0:
            stripped = line.lstrip(" \t")
            if stripped.startswith("["):
                return
            if not stripped or stripped.startswith("#"):
                continue
            parts, at = _toml_key(line)
            yield no, parts, at
        quote, depth = _toml_scan(line, at, quote, depth)


def _toml_key(line: str) -> tuple[tuple[str, ...], int]:
    """The (dotted) key a line opens with, and where the ``=`` after it ends."""
    parts: list[str] = []
    at = 0
    while m := _TOML_KEY_PART.match(line, at):
        bare, quoted = m.groups()
        parts.append(bare if quoted is None else quoted[1:-1] if quoted[0] == "'" else
                     str(tomllib.loads(f"k = {quoted}")["k"]))
        at = m.end()
        if line.startswith("=", at):
            return tuple(parts), at + 1
        if not line.startswith(".", at):
            break
        at += 1
    raise EditError(f"cannot read the TOML key in {line!r}")  # tomllib read it: not expected


def _toml_scan(line: str, at: int, quote: str | None, depth: int) -> tuple[str | None, int]:
    """Read a value's text to the end of the line: the multi-line string and brackets still open."""
    while at < len(line):
        if quote is not None:
            if quote == '"""' and line[at] == "\\":
                at += 2
            elif line.startswith(quote, at):
                run = len(line[at:at + 5]) - len(line[at:at + 5].lstrip(quote[0]))
                at, quote = at + run, None  # up to two quotes of the string before its delimiter
            else:
                at += 1
            continue
        c = line[at]
        if c == "#":
            break
        if line.startswith(('"""', "'''"), at):
            quote, at = line[at:at + 3], at + 3
            continue
        if c == '"':
            at = _basic_string_end(line, at)
            continue
        if c == "'":
            at = line.index("'", at + 1) + 1
            continue
        depth += 1 if c in "[{" else -1 if c in "]}" else 0
        at += 1
    return quote, depth


def _basic_string_end(line: str, start: int) -> int:
    """Where the one-line basic string opening at ``start`` ends (after its closing quote)."""
    at = start + 1
    while at < len(line) and line[at] != '"':
        at += 2 if line[at] == "\\" else 1
    if at >= len(line):
        raise EditError("a TOML string is not closed on its line")
    return at + 1


# --- writing the new value -------------------------------------------------------------------------

def _spellings(kind: str, spot: _Spot, value: _Scalar) -> Iterator[tuple[str, bool]]:
    """The ways to write ``value`` here, preferred first, each with whether it is bare."""
    lead = " " if spot.style == "empty" else ""  # "description:" gets "description: x"
    if isinstance(value, bool):
        yield lead + ("true" if value else "false"), True
    elif isinstance(value, int):
        try:
            yield lead + str(value), True
        except ValueError:  # more digits than int() will write
            raise EditError("the number has too many digits") from None
    elif isinstance(value, float):
        yield lead + (_yaml_float(value) if kind == "YAML" else repr(value)), True
    elif kind == "YAML":
        if spot.style == "'" and not _YAML_UNQUOTABLE.search(value):
            yield "'" + value.replace("'", "''") + "'", False
        elif spot.style in ("plain", "empty") and value and not _YAML_UNQUOTABLE.search(value):
            yield lead + value, True
        yield lead + _double_quoted(value), False
    else:
        if spot.style == "'" and not _TOML_UNQUOTABLE.search(value):
            yield "'" + value + "'", False
        elif spot.date and value and not _TOML_UNQUOTABLE.search(value) and "#" not in value:
            yield value, True
        yield _double_quoted(value), False


def _double_quoted(value: str) -> str:
    """A YAML double-quoted scalar or TOML basic string: JSON's escapes, and no raw line breaks."""
    return '"' + _ESCAPE.sub(lambda m: _NAMED_ESCAPES.get(m[0], f"\\u{ord(m[0]):04X}"), value) + '"'


def _yaml_float(value: float) -> str:
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    written = repr(value)
    # YAML 1.1 (PyYAML) reads "1e+20" as a string: a float needs its point.
    return written.replace("e", ".0e", 1) if "e" in written and "." not in written else written


# --- reading it back -------------------------------------------------------------------------------

def _check(edited: str, text: str, layout: _Layout, key: str, value: _Scalar, before: list[tuple[Any, Any]],
           *, dates: bool) -> None:
    """Raise :class:`EditError` unless ``edited`` reads as ``text`` with ``key`` set to ``value``."""
    after_layout = _layout(edited)
    if after_layout.kind != layout.kind or edited[after_layout.body:] != text[layout.body:]:
        raise EditError("the edit would change the body")
    joined = "\n".join(after_layout.lines)
    after = _yaml_pairs(_compose(joined)) if layout.kind == "YAML" else list(_toml_data(joined).items())
    if not _same([p for p in after if p[0] != key], [p for p in before if p[0] != key]):
        raise EditError(f"setting {key!r} would change other keys")
    got = [v for k, v in after if k == key]
    if len(got) != 1 or not _reads_as(got[0], value, dates=dates):
        raise EditError(f"{key!r} would not read back as {value!r}")


def _reads_as(got: Any, value: _Scalar, *, dates: bool) -> bool:
    """Whether the value read back is ``value``: a date only as the reader reads the string."""
    if isinstance(value, str) and not isinstance(got, str):
        if not (dates and isinstance(got, date) and value == value.strip()):
            return False
        as_written = parse_date(value)
        return as_written is not None and as_written == parse_date(got.isoformat())
    return _same(got, value)


def _same(a: Any, b: Any) -> bool:
    """Equal and of the same type (``1`` is not ``True`` nor ``1.0``; NaN is NaN; offsets count)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    if isinstance(a, (date, time)):
        return bool(a.isoformat() == b.isoformat())
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    return bool(a == b)


def _compose(joined: str) -> yaml.MappingNode:
    try:
        root = yaml.compose(joined, Loader=yaml.SafeLoader)  # pure Python: marks count characters
    except (yaml.YAMLError, RecursionError):
        raise EditError("YAML front matter does not parse") from None
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        raise EditError("YAML front matter is not a block mapping of keys to values")
    return root


class _AsWritten(str):
    """A YAML scalar that does not construct (``2025-02-30``, an unknown tag), kept as written.

    The reader keeps it so too, but stricter YAML loaders refuse the file: a new value must
    never read as one, and is never equal to a string (see :func:`_same`).
    """

    __slots__ = ()


def _yaml_pairs(root: yaml.MappingNode) -> list[tuple[Any, Any]]:
    """The top-level keys and values as the reader builds them: keys as written, and a scalar that
    does not construct kept as written (:class:`_AsWritten`)."""
    from yaml.constructor import SafeConstructor

    constructor = SafeConstructor()
    budget = _MAX_NODES

    def read(node: yaml.Node, depth: int) -> Any:
        nonlocal budget
        budget -= 1
        if budget < 0 or depth > _MAX_DEPTH:
            raise EditError("front matter is too large or too deep to check an edit")
        if isinstance(node, yaml.ScalarNode):
            try:
                return constructor.construct_object(node)
            except (ValueError, OverflowError, yaml.YAMLError):
                return _AsWritten(node.value)
        if isinstance(node, yaml.SequenceNode):
            return [read(item, depth + 1) for item in node.value]
        assert isinstance(node, yaml.MappingNode)
        return [(k.value if isinstance(k, yaml.ScalarNode) else read(k, depth + 1), read(v, depth + 1))
                for k, v in node.value]

    return [(k.value if isinstance(k, yaml.ScalarNode) else read(k, 1), read(v, 1)) for k, v in root.value]


def _toml_data(joined: str) -> dict[str, Any]:
    try:
        return tomllib.loads(joined)
    except (tomllib.TOMLDecodeError, ValueError, RecursionError):
        raise EditError("TOML front matter does not parse") from None
