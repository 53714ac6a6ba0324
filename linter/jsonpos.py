"""Where a value of a JSON text stands: JSON path -> character offset -> (line, column).

``json.loads`` gives values but no positions; findings need both. Rather than
indexing every value of a document (a Python loop over every token), a path is
found by walking down its segments only: at each object the member names are
read, and every value that is not on the way is skipped by the C decoder
(``raw_decode``). A document with a few findings costs a few short walks.
Object members point at their key, array items at their first character.
"""

from __future__ import annotations

import json
import re

_WS = re.compile(r"[ \t\n\r]*")
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


def find(text: str, segments: list[str | int], start: int = 0) -> int | None:
    """Offset of the value at ``segments`` in the JSON value at ``text[start:]`` (``None``: absent)."""
    ws = _WS.match
    pos = ws(text, start).end()
    for depth, seg in enumerate(segments):
        if pos >= len(text):
            return None
        last = depth == len(segments) - 1
        if isinstance(seg, int):
            if text[pos] != "[":
                return None
            pos = ws(text, pos + 1).end()
            for _ in range(seg):
                after = _skip(text, pos)
                if after is None or after >= len(text) or text[after] != ",":
                    return None
                pos = after
                pos = ws(text, pos + 1).end()
            if pos >= len(text) or text[pos] == "]":
                return None
        else:
            if text[pos] != "{":
                return None
            found = _member(text, ws(text, pos + 1).end(), seg)
            if found is None:
                return None
            key_pos, value_pos = found
            if last:
                return key_pos
            pos = value_pos
    return pos


def _member(text: str, pos: int, name: str) -> tuple[int, int] | None:
    """``(key offset, value offset)`` of member ``name`` in the object starting at ``pos``.

    The last occurrence wins, as it does in ``json.loads``.
    """
    ws = _WS.match
    found: tuple[int, int] | None = None
    while pos < len(text) and text[pos] != "}":
        m = _STRING.match(text, pos)
        if not m:
            return found
        raw = m.group()
        key = json.loads(raw) if "\\" in raw else raw[1:-1]
        colon = ws(text, m.end()).end()
        value = ws(text, colon + 1).end()
        if key == name:
            found = (pos, value)
        after = _skip(text, value)
        if after is None or after >= len(text):
            return found
        pos = ws(text, after + 1).end() if text[after] == "," else after
    return found


def _skip(text: str, pos: int) -> int | None:
    """Offset after the value at ``pos`` and the whitespace that follows it."""
    try:
        _, end = _DECODER.raw_decode(text, pos)
    except (ValueError, RecursionError):
        return None
    return _WS.match(text, end).end() if end < len(text) else end


def position(text: str, offset: int) -> tuple[int, int]:
    """(line, column), 1-based, of ``offset`` in ``text``."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)
