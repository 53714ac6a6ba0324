"""Where a value of a JSON text stands: JSON path -> character offset -> (line, column).

``json.loads`` gives values but no positions; findings need both. Rather than
indexing every value of a document (a Python loop over every token), a path is
found by walking down its segments only: at each object the member names are
read, and every value that is not on the way is skipped by the C decoder
(``raw_decode``). A document with a few findings costs a few short walks; one with
a finding on every value costs one pass, as the walks remember the way (:class:`Walker`).
Object members point at their key, array items at their first character.
"""

from __future__ import annotations

import json
import re
from array import array
from bisect import bisect_right

from linter.scanning import never_fails

_WS = re.compile(r"[ \t\n\r]*")
_ws = never_fails(_WS)
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_SEGMENT = re.compile(r'\.([^.\[]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]')
_DECODER = json.JSONDecoder(strict=False)


def split_path(path: str) -> list[str | int] | None:
    """``$.@graph[0]["odd key"]`` -> ``["@graph", 0, "odd key"]`` (``None`` if it is no path)."""
    if not path.startswith("$"):
        return None
    out: list[str | int] = []
    pos = 1
    while pos < len(path):
        m = _SEGMENT.match(path, pos)
        if not m:
            return None
        if m.group(1) is not None:
            out.append(m.group(1))
        elif m.group(2) is not None:
            out.append(int(m.group(2)))
        else:
            out.append(json.loads(m.group(3)))
        pos = m.end()
    return out


class Walker:
    """Finds paths in one JSON text, remembering what each walk learnt about the way.

    A walk down ``$.@graph[5000]`` skips the 5,000 items before the one it wants; a walk
    down ``$.x`` reads every member of the object, the last ``x`` winning. Walked afresh
    for every finding, a graph of many nodes or an object of many members each with a
    finding took quadratic time. Here every array remembers the offsets of the items
    skipped so far, and every object read the offsets of its members, so each value is
    skipped at most once whatever the number of walks (objects of a few members are read
    again: a bounded cost), and the memory held is for the containers walked through only.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._items: dict[int, list[int]] = {}  # array's "[" -> offsets of the items found so far
        self._done: set[int] = set()  # arrays whose every item is in _items
        self._members: dict[int, dict[str, tuple[int, int]]] = {}  # object's "{" -> name -> (key, value)

    def find(self, segments: list[str | int], start: int = 0) -> int | None:
        """Offset of the value at ``segments`` in the value at ``start`` (a member: its key)."""
        text = self.text
        pos = _ws(text, start).end()
        for depth, seg in enumerate(segments):
            if pos >= len(text):
                return None
            if isinstance(seg, int):
                if text[pos] != "[":
                    return None
                found = self._item(pos, seg)
                if found is None:
                    return None
                pos = found
            else:
                if text[pos] != "{":
                    return None
                member = self._object(pos).get(seg)
                if member is None:
                    return None
                if depth == len(segments) - 1:
                    return member[0]
                pos = member[1]
        return pos

    def _item(self, array: int, index: int) -> int | None:
        items = self._items.get(array)
        if items is None:
            items = self._items[array] = []
        if index < len(items):
            return items[index]
        if array in self._done:
            return None
        text = self.text
        if items:
            after = _skip(text, items[-1])
            if after is None or after >= len(text) or text[after] != ",":
                self._done.add(array)
                return None
            pos = _ws(text, after + 1).end()
        else:
            pos = _ws(text, array + 1).end()
        while True:
            if pos >= len(text) or text[pos] == "]":
                self._done.add(array)
                return None
            items.append(pos)
            if len(items) > index:
                return pos
            after = _skip(text, pos)
            if after is None or after >= len(text) or text[after] != ",":
                self._done.add(array)
                return None
            pos = _ws(text, after + 1).end()

    def _object(self, obj: int) -> dict[str, tuple[int, int]]:
        members = self._members.get(obj)
        if members is None:
            members, end = _members(self.text, _ws(self.text, obj + 1).end())
            # Small objects are read again when walked through again: remembering every node
            # of a big graph would cost more memory than its text.
            if len(members) > _REMEMBERED_MEMBERS or end - obj > _REMEMBERED_CHARACTERS:
                self._members[obj] = members
        return members


#: Objects with more members than this, or longer than this, have their members remembered
#: by a :class:`Walker`.
_REMEMBERED_MEMBERS = 32
_REMEMBERED_CHARACTERS = 2048


def _members(text: str, pos: int) -> tuple[dict[str, tuple[int, int]], int]:
    """``name -> (key offset, value offset)`` of the object whose first member is at ``pos``,
    and the offset where the reading stopped (the object's end, when it is well formed).

    The last occurrence of a name wins, as it does in ``json.loads``.
    """
    ws = _ws
    found: dict[str, tuple[int, int]] = {}
    while pos < len(text) and text[pos] != "}":
        m = _STRING.match(text, pos)
        if not m:
            return found, pos
        raw = m.group()
        key = _key(raw) if "\\" in raw else raw[1:-1]
        colon = ws(text, m.end()).end()
        value = ws(text, colon + 1).end()
        found[key] = (pos, value)
        after = _skip(text, value)
        if after is None or after >= len(text):
            return found, len(text)
        pos = ws(text, after + 1).end() if text[after] == "," else after
    return found, pos


def _key(raw: str) -> str:
    """A member name with escapes, decoded as the tolerant parse decoded it (control characters
    allowed); an escape JSON does not know is left as written."""
    try:
        name: str = json.loads(raw, strict=False)  # a JSON string: always a str
    except ValueError:
        return raw[1:-1]
    return name


def _skip(text: str, pos: int) -> int | None:
    """Offset after the value at ``pos`` and the whitespace that follows it."""
    try:
        _, end = _DECODER.raw_decode(text, pos)
    except (ValueError, RecursionError):
        return None
    return _ws(text, end).end() if end < len(text) else end


def position(text: str, offset: int) -> tuple[int, int]:
    """(line, column), 1-based, of ``offset`` in ``text`` (one lookup; for many, :class:`Lines`)."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


class Lines:
    """(line, column) of offsets in one text, by binary search in the offsets its lines start at.

    Counting the line breaks before each offset took quadratic time for a text with a finding
    on every line; the table costs one pass and eight bytes a line.
    """

    def __init__(self, text: str) -> None:
        self.starts = array("q", [0])
        self.starts.extend(m.end() for m in _NEWLINE.finditer(text))

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


_NEWLINE = re.compile("\n")
