"""Where each value of a JSON text stands: JSON path -> (line, column).

``json.loads`` gives values but no positions; findings need both. This module
scans a text that is already known to be valid JSON once, iteratively (deep
nesting cannot overflow the stack), and only when a finding asks for a place.
Object members point at their key, array items at their first character.
"""

from __future__ import annotations

import bisect
import json
import re

from linter.jsonpath import child

_WS = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_SCALAR = re.compile(r"[^\s,\]}]+")


def offsets(text: str, start: int = 0, root: str = "$") -> dict[str, int]:
    """Character offset of every value in the JSON value starting at ``text[start:]``.

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
                path, i = _member(text, i, path, out)
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
                    path, i = _member(text, i, frame[1], out)
                break
            i += 1
            stack.pop()
    return out


def _member(text: str, i: int, obj_path: str, out: dict[str, int]) -> tuple[str, int]:
    m = _STRING.match(text, i)
    if not m:
        return obj_path, len(text)
    raw = m.group()
    key = json.loads(raw) if "\\" in raw else raw[1:-1]
    path = child(obj_path, key)
    out[path] = i
    i = _WS.match(text, m.end()).end() + 1  # skip ':'
    return path, _WS.match(text, i).end()


class LineIndex:
    """Offset -> (line, column), both 1-based."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            self._starts.append(pos + 1)
            pos = find("\n", pos + 1)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1



def position(text: str, offset: int) -> tuple[int, int]:
    """(line, column), 1-based, of ``offset`` in ``text``, without an index (for a few lookups)."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)
