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

from linter.jsonpath import child

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


_SCALAR = re.compile(r"[^\s,\]}]+")


def index_all(text: str, start: int = 0, root: str = "$") -> dict[str, int]:
    """Character offset of every value (one pass; for documents with many findings) in the JSON value starting at ``text[start:]``.

    Paths start at ``root`` (``$[1]`` for the second of several values back to back).
    """
    out: dict[str, int] = {}
    ws = _WS.match
    i = ws(text, start).end()
    path = root
    out[path] = i
    # Each frame: [kind, container path, item count].
    stack: list[list] = []
    n = len(text)
    while i < n:
        c = text[i]
        if c == "{" or c == "[":
            i = ws(text, i + 1).end()
            if i < n and text[i] == ("}" if c == "{" else "]"):
                i += 1
            elif c == "{":
                stack.append(["o", path, 0])
                path, i = _index_member(text, i, path, out)
                continue
            else:
                stack.append(["a", path, 0])
                path = f"{path}[0]"
                out[path] = i
                continue
        elif c == '"':
            m = _STRING.match(text, i)
            i = m.end() if m else n
        else:
            m = _SCALAR.match(text, i)
            i = m.end() if m else i + 1
        # A value ended: move to the next sibling, or close containers.
        while True:
            i = ws(text, i).end()
            if not stack or i >= n:
                return out
            frame = stack[-1]
            if text[i] == ",":
                i = ws(text, i + 1).end()
                if frame[0] == "a":
                    frame[2] += 1
                    path = f"{frame[1]}[{frame[2]}]"
                    out[path] = i
                else:
                    path, i = _index_member(text, i, frame[1], out)
                break
            i += 1
            stack.pop()
    return out


def _index_member(text: str, i: int, obj_path: str, out: dict[str, int]) -> tuple[str, int]:
    m = _STRING.match(text, i)
    if not m:
        return obj_path, len(text)
    raw = m.group()
    key = json.loads(raw) if "\\" in raw else raw[1:-1]
    path = child(obj_path, key)
    out[path] = i
    i = _WS.match(text, m.end()).end() + 1  # skip ':'
    return path, _WS.match(text, i).end()




def position(text: str, offset: int) -> tuple[int, int]:
    """(line, column), 1-based, of ``offset`` in ``text``."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)
