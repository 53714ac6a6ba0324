"""Minimal edits of one JSON text: a fix's operations applied to the characters they concern.

A rule's fix is operations on a document's value (:mod:`linter.fixes.model`), but the file
holds text someone wrote, or a CMS template wrote for them. Serialising the fixed value
afresh would rewrite every line of the block, and the one property that changed would drown
in a diff of indentation, key order and escapes. So each operation becomes the smallest
splice of the text:

- :class:`~linter.fixes.model.SetValue` replaces the characters of one value;
- :class:`~linter.fixes.model.RenameKey` replaces one key's string token, escapes and all;
- :class:`~linter.fixes.model.AddMember` inserts one member, first or last, with its comma;
- :class:`~linter.fixes.model.Strict` deletes what a tolerant read ignored (comments, trailing
  commas, a CDATA or HTML-comment wrapper, a trailing semicolon) and the lines that leaves
  empty, and escapes control characters written raw in strings.

Every other character stays: indentation, spacing, key order, ``\\u00e9`` and ``\\/`` in
strings, ``1.0`` and ``1e3``. New text is written the way its neighbours are (:class:`_Style`):
in a container laid out one member a line, new objects and arrays are laid out the same way,
one indentation unit (spaces or tabs, as the block has it) deeper than their key; in a
container on one line they stay on one line, with its separators (``", "`` or ``","``,
``": "`` or ``":"``); CRLF line breaks stay CRLF.

The edited text is read back and compared with :func:`~linter.fixes.model.apply_data`, key
order included: an edit that would read as anything else raises :class:`EditError` rather
than return wrong text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from linter.fixes.model import AddMember, JsonOp, RenameKey, SetValue, Strict, apply_data
from linter.jsonblock import parse_block, parse_int
from linter.jsonpos import Walker, split_path
from linter.scanning import never_fails

__all__ = ["EditError", "apply"]


class EditError(ValueError):
    """An operation that does not fit the text: a path that is not there, a key that is, a text
    that is not JSON, or an edit that could not be made without guessing."""


def apply(text: str, ops: Sequence[JsonOp], *, ensure_ascii: bool = False, escape_lt: bool = False) -> str:
    """``text`` (one JSON text) with ``ops`` applied, changing only the bytes they concern.

    ``ensure_ascii`` writes the non-ASCII characters of new text as ``\\u`` escapes (a page not
    in UTF-8); ``escape_lt`` writes every ``<`` of new text as ``\\u003c`` (a script element,
    which ``</script`` or ``<!--`` in a string would end or derail). A :class:`Strict` among
    ``ops`` is applied first, the others then in order, each on the text the last one left.
    """
    if any(isinstance(op, Strict) for op in ops):
        text = _strict(text)
    try:
        expected = apply_data(_read(text), tuple(ops))
    except ValueError as exc:  # EditError from _read is one too
        raise EditError(str(exc)) from None
    writer = _Writer(ensure_ascii=ensure_ascii, escape_lt=escape_lt)
    for op in ops:
        if isinstance(op, SetValue):
            text = _set_value(text, op, writer)
        elif isinstance(op, RenameKey):
            text = _rename_key(text, op, writer)
        elif isinstance(op, AddMember):
            text = _add_member(text, op, writer)
    if not _same(_read(text), expected):
        raise EditError("the edited text would not read as the fixed document")
    return text


# --- reading --------------------------------------------------------------------------------

_ws = never_fails(re.compile(r"[ \t\n\r]*"))
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
# Strict (no raw control characters in strings); big integers read as JSON.parse reads them, not refused.
_DECODER = json.JSONDecoder(parse_int=parse_int)


def _read(text: str) -> Any:
    """The value of a strict JSON text (the only kind an edit's result may be)."""
    try:
        return _DECODER.decode(text)
    except (ValueError, RecursionError) as exc:
        raise EditError(f"not strict JSON ({exc})") from None


@dataclass(frozen=True, slots=True)
class _Entry:
    """One member of an object, or item of an array, and where its parts stand."""

    key: str | None  # the decoded name; None for an array item
    start: int  # the key's opening quote, or the item's first character
    key_end: int  # after the key's closing quote (an item: its start)
    value: int
    end: int  # after the value


@dataclass(frozen=True, slots=True)
class _Container:
    """An object or array: its brackets and its entries."""

    open: int
    close: int
    entries: list[_Entry]


def _value_end(text: str, pos: int) -> int:
    try:
        return _DECODER.raw_decode(text, pos)[1]
    except (ValueError, RecursionError):
        raise EditError(f"no JSON value at offset {pos}") from None


def _container(text: str, pos: int) -> _Container:
    """The object or array whose bracket is at ``pos``, read entry by entry."""
    closing = "}" if text[pos] == "{" else "]"
    entries: list[_Entry] = []
    at = _ws(text, pos + 1).end()
    if text.startswith(closing, at):
        return _Container(pos, at, entries)
    while True:
        if closing == "}":
            m = _STRING.match(text, at)
            if m is None:
                raise EditError(f"no member name at offset {at}")
            raw = m.group()
            value = _ws(text, _ws(text, m.end()).end() + 1).end()
            key = json.loads(raw) if "\\" in raw else raw[1:-1]
            entry = _Entry(key, at, m.end(), value, _value_end(text, value))
        else:
            entry = _Entry(None, at, at, at, _value_end(text, at))
        entries.append(entry)
        after = _ws(text, entry.end).end()
        if text.startswith(",", after):
            at = _ws(text, after + 1).end()
        elif text.startswith(closing, after):
            return _Container(pos, after, entries)
        else:
            raise EditError(f"no {closing!r} or ',' at offset {after}")


def _segments(path: str) -> list[str | int]:
    segments = split_path(path)
    if segments is None:
        raise EditError(f"not a JSON path: {path}")
    return segments


def _value_at(text: str, segments: list[str | int], path: str) -> int:
    """Offset of the value at ``segments`` (the :class:`Walker` gives a member's key)."""
    pos = Walker(text).find(segments)
    if pos is None:
        raise EditError(f"no value at {path}")
    if segments and isinstance(segments[-1], str):
        m = _STRING.match(text, pos)
        if m is None:
            raise EditError(f"no member name at offset {pos}")
        pos = _ws(text, _ws(text, m.end()).end() + 1).end()
    return pos


def _parent(text: str, segments: list[str | int], path: str) -> tuple[_Container, _Entry]:
    """The container holding the value at ``segments`` (not the root), and its entry there.

    A name repeated in an object means its last member, as ``json.loads`` reads it.
    """
    pos = _value_at(text, segments[:-1], path)
    last = segments[-1]
    if text[pos] != ("[" if isinstance(last, int) else "{"):
        raise EditError(f"no value at {path}")
    container = _container(text, pos)
    if isinstance(last, int):
        if last < len(container.entries):
            return container, container.entries[last]
    else:
        for entry in reversed(container.entries):
            if entry.key == last:
                return container, entry
    raise EditError(f"no value at {path}")


# --- style ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Style:
    """How new text is laid out where it goes."""

    multiline: bool  # containers one entry a line
    indent: str  # indentation of the line the new text starts on
    unit: str  # one level of indentation deeper
    item_sep: str  # between entries on one line, comma included
    key_sep: str  # between a name and its value, colon included
    newline: str


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[,:]', re.S)
_LINE_INDENT = re.compile(r"(?:^|\n)([ \t]*)(?=[^ \t\r\n])")
_INDENT = never_fails(re.compile(r"[ \t]*"))
#: Tokens and lines read to learn a document's separators and indentation: a style shows in
#: its first few, and a megabyte of values must not be read to find it.
_STYLE_SAMPLE = 4096


def _document_style(text: str) -> _Style:
    """The block's style as a whole: the fallback for containers that do not show theirs."""
    start = _ws(text, 0).end()
    end = len(text.rstrip())
    multiline = text.find("\n", start, end) != -1
    newline = "\r\n" if text.find("\r\n", 0, end + 2) != -1 else "\n"
    key_sep = item_sep = None
    for m in islice(_TOKEN.finditer(text, start, end), _STYLE_SAMPLE):
        if m.group() not in (",", ":"):
            continue
        sep = _around(text, m.start(), m.end())
        if "\n" in sep:
            continue
        if m.group() == ":":
            key_sep = key_sep or sep
        else:
            item_sep = item_sep or sep
        if key_sep and item_sep:
            break
    key_sep = key_sep or ": "
    item_sep = item_sep or (", " if key_sep.endswith(" ") else ",")
    unit = ""
    previous: str | None = None
    for m in islice(_LINE_INDENT.finditer(text, 0, end), _STYLE_SAMPLE):
        indent = m.group(1)
        if previous is not None and len(indent) > len(previous) and indent.startswith(previous):
            unit = indent[len(previous):]
            break
        previous = indent
    return _Style(multiline, _line_indent(text, start), unit, item_sep, key_sep, newline)


def _around(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with the whitespace either side of it."""
    while start > 0 and text[start - 1] in " \t\r\n":
        start -= 1
    return text[start:_ws(text, end).end()]


def _line_indent(text: str, pos: int) -> str:
    """The indentation of the line ``pos`` is on."""
    return _INDENT(text, text.rfind("\n", 0, pos) + 1).group()


def _starts_line(text: str, pos: int) -> bool:
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos == 0 or text[pos - 1] == "\n"


def _container_style(text: str, container: _Container, document: _Style) -> _Style:
    """The style of ``container``'s entries (``indent``: theirs), the document's where it shows none."""
    entries = container.entries
    outer = _line_indent(text, container.open)
    if not entries:
        multiline = document.multiline or "\n" in text[container.open:container.close]
        return _Style(multiline, outer + document.unit, document.unit, document.item_sep, document.key_sep,
                      document.newline)
    gaps = [text[container.open + 1:entries[0].start], text[entries[-1].end:container.close]]
    if len(entries) > 1:
        gaps.append(text[entries[0].end:entries[1].start])
    multiline = any("\n" in gap for gap in gaps)
    indent = next((_line_indent(text, e.start) for e in (entries[-1], entries[0]) if _starts_line(text, e.start)),
                  outer + document.unit)
    unit = indent[len(outer):] if len(indent) > len(outer) and indent.startswith(outer) else document.unit
    item_sep = document.item_sep
    if len(entries) > 1 and "\n" not in gaps[2]:
        item_sep = gaps[2]
    key_sep = document.key_sep
    first = entries[0]
    if first.key is not None and "\n" not in text[first.key_end:first.value]:
        key_sep = text[first.key_end:first.value]
    return _Style(multiline, indent, unit, item_sep, key_sep, document.newline)


@dataclass(frozen=True, slots=True)
class _Writer:
    """Writes new JSON text: the caller's escaping, the place's style."""

    ensure_ascii: bool
    escape_lt: bool

    def write(self, value: Any, style: _Style) -> str:
        try:
            text = self._dumps(value, style, self.ensure_ascii)
            if not self.ensure_ascii and not _encodes(text):  # a lone surrogate: no page can hold it
                text = self._dumps(value, style, True)
        except (TypeError, ValueError, RecursionError) as exc:
            raise EditError(f"not a JSON value ({exc})") from None
        return text.replace("<", "\\u003c") if self.escape_lt else text

    @staticmethod
    def _dumps(value: Any, style: _Style, ascii_only: bool) -> str:
        if not style.multiline:
            return json.dumps(value, ensure_ascii=ascii_only, allow_nan=False,
                              separators=(style.item_sep, style.key_sep))
        # json.dumps escapes line breaks in strings: every "\n" it writes is between tokens.
        text = json.dumps(value, ensure_ascii=ascii_only, allow_nan=False, indent=style.unit,
                          separators=(",", style.key_sep))
        return text.replace("\n", style.newline + style.indent)


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# --- operations -----------------------------------------------------------------------------

def _splice(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _set_value(text: str, op: SetValue, writer: _Writer) -> str:
    segments = _segments(op.path)
    document = _document_style(text)
    if not segments:
        start = _ws(text, 0).end()
        return _splice(text, start, _value_end(text, start), writer.write(op.value, document))
    container, entry = _parent(text, segments, op.path)
    style = _container_style(text, container, document)
    # Laid out from the line its key (or the item) is on, whatever stands before it there.
    style = _Style(style.multiline, _line_indent(text, entry.start), style.unit, style.item_sep, style.key_sep,
                   style.newline)
    return _splice(text, entry.value, entry.end, writer.write(op.value, style))


#: A string is written the same in every style.
_A_STRING = _Style(False, "", "", ",", ":", "\n")


def _rename_key(text: str, op: RenameKey, writer: _Writer) -> str:
    segments = _segments(op.path)
    if not segments or not isinstance(segments[-1], str):
        raise EditError(f"no member at {op.path}")
    container, entry = _parent(text, segments, op.path)
    if sum(e.key == entry.key for e in container.entries) > 1:
        raise EditError(f"{entry.key!r} is a member name more than once at {op.path}")
    return _splice(text, entry.start, entry.key_end, writer.write(op.key, _A_STRING))


def _add_member(text: str, op: AddMember, writer: _Writer) -> str:
    segments = _segments(op.path)
    pos = _value_at(text, segments, op.path)
    if text[pos] != "{":
        raise EditError(f"no object at {op.path}")
    container = _container(text, pos)
    style = _container_style(text, container, _document_style(text))
    member = writer.write(op.key, style) + style.key_sep + writer.write(op.value, style)
    entries = container.entries
    if not entries:
        gap = style.newline + style.indent + member + style.newline + _line_indent(text, pos) if style.multiline \
            else member
        return _splice(text, pos + 1, container.close, gap)
    sep = "," + style.newline + style.indent if style.multiline else style.item_sep
    if op.first:
        return _splice(text, entries[0].start, entries[0].start, member + sep)
    return _splice(text, entries[-1].end, entries[-1].end, sep + member)


# --- strict ---------------------------------------------------------------------------------

#: Repairs (:data:`linter.jsonblock.REPAIRS` and the like) whose effect is no deletion: what the
#: text meant there would have to be guessed, so no strict text is written for them.
_UNMAPPED = frozenset({"HTML entities", "several JSON values back to back"})
_CONTROL_REPAIR = "control characters in strings"


def _strict(text: str) -> str:
    """``text`` as strict JSON: what a tolerant read blanked out is deleted, and the lines left empty."""
    parsed = parse_block(text)
    if not parsed.ok:
        raise EditError("not JSON, even read tolerantly")
    if not parsed.repairs:
        return text
    unmapped = [r for r in parsed.repairs if r in _UNMAPPED]
    if unmapped or parsed.starts or len(parsed.text) != len(text):
        raise EditError(f"cannot write strictly without guessing ({', '.join(unmapped or parsed.repairs)})")
    out = _delete(text, _spans(text, _blanked(text, parsed.text)))
    if _CONTROL_REPAIR in parsed.repairs:
        out = _STRING.sub(lambda m: _CONTROL.sub(_escape_control, m.group()), out)
    if not _same(_read(out), parsed.data):
        raise EditError("the strict text would not read as the tolerant one")
    return out


_SMALL = 16
_CONTROL = re.compile(r"[\x00-\x1f]")


def _escape_control(m: re.Match[str]) -> str:
    return json.dumps(m.group())[1:-1]


def _blanked(text: str, repaired: str) -> Iterator[tuple[int, int]]:
    """Runs of characters the repairs turned into spaces.

    Found by halving the stretches that differ, as slices compare in C: a character loop over
    a megabyte of JSON with a comment on every line took longer than parsing it.
    """
    start = end = -1
    for i in _differing(text, repaired, 0, len(text)):
        if i != end:
            if start >= 0:
                yield start, end
            start = i
        end = i + 1
    if start >= 0:
        yield start, end


def _differing(a: str, b: str, lo: int, hi: int) -> Iterator[int]:
    """Offsets in ``[lo, hi)`` where ``a`` and ``b`` differ, whitespace aside, in order."""
    stack = [(lo, hi)]
    while stack:
        lo, hi = stack.pop()
        if a[lo:hi] == b[lo:hi]:
            continue
        if hi - lo <= _SMALL:
            # Blanked whitespace is no deletion: a "\r" blanked with the ";" before it ends a line.
            yield from (i for i in range(lo, hi) if a[i] != b[i] and a[i] not in " \t\r\n")
        else:
            mid = (lo + hi) // 2
            stack.append((mid, hi))
            stack.append((lo, mid))


def _spans(text: str, runs: Iterator[tuple[int, int]]) -> list[list[int]]:
    """Spans to delete: runs joined across the spaces between them (``, // note``), and a block
    comment whole, its blank lines included (they are not blanked: nothing tells them apart)."""
    spans: list[list[int]] = []
    for start, end in runs:
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
            continue
        if text.startswith("/*", start):
            close = text.find("*/", start + 2)
            end = max(end, close + 2) if close >= 0 else end
        if spans and not text[spans[-1][1]:start].strip(" \t"):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return spans


def _delete(text: str, spans: list[list[int]]) -> str:
    """``text`` without ``spans``, tidied: a line they leave blank goes, and so do the spaces a
    comment at a line's end would leave trailing."""
    out: list[str] = []
    done = 0
    for start, end in spans:
        before, after = start, end
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        while after < len(text) and text[after] in " \t\r":
            after += 1
        line_start = before == 0 or text[before - 1] == "\n"
        line_end = after == len(text) or text[after] == "\n"
        if line_start and line_end:
            if after < len(text):
                end = after + 1
            elif before > 0:  # the last line: the line break before it goes instead
                before -= 2 if text.startswith("\r\n", before - 2) else 1
                end = after
            else:
                end = after
            start = before
        elif line_end:
            start = before
            end = _spaces_end(text, end)
        elif line_start or (text[start - 1] in " \t" and text[end] in " \t"):
            end = _spaces_end(text, end)
        start = max(start, done)
        if end > start:
            out.append(text[done:start])
            done = end
    out.append(text[done:])
    return "".join(out)


def _spaces_end(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


# --- comparing ------------------------------------------------------------------------------

def _same(a: Any, b: Any) -> bool:
    """Whether two values are the same JSON: key order, and ``1`` against ``1.0`` or ``true``, count.

    Compared as the JSON the C encoder writes for them: a walk in Python took longer than the
    rest of an edit of a big block, and NaN read from a text is NaN again, not unequal.
    """
    try:
        return json.dumps(a) == json.dumps(b)
    except (TypeError, ValueError, RecursionError):
        return False
