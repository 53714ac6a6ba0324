"""JSON-LD documents to check, and how to find the source line of a JSON path in them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from linter.jsonpath import parent
from linter.jsonpos import Lines, Walker, position, split_path

#: Positions counted line break by line break before a table of line starts is built.
_COUNTS_BEFORE_TABLE = 32

Position = tuple[int | None, int | None]


class Locator(Protocol):
    def locate(self, json_path: str) -> Position: ...


@dataclass(slots=True)
class MapLocator:
    """Positions given up front (generated JSON-LD: path -> line of the source field)."""

    positions: dict[str, Position]
    default: Position = (None, None)

    def locate(self, json_path: str) -> Position:
        path: str | None = json_path
        while path is not None:
            if path in self.positions:
                return self.positions[path]
            path = parent(path)
        return self.default


@dataclass(slots=True)
class TextLocator:
    """Positions inside a JSON text, looked up on demand (see :mod:`linter.jsonpos`).

    ``line_offset``/``column_offset`` place the text inside a larger file (a
    ``<script>`` block in an HTML page): the first line of the text is
    ``line_offset + 1`` and its first column is ``column_offset + 1``.
    """

    text: str
    line_offset: int = 0
    column_offset: int = 0
    starts: tuple[int, ...] = ()  # several JSON values back to back, read as ``$[0]``, ``$[1]``...
    _cache: dict[str, Position] = field(default_factory=dict, repr=False)
    _walker: Walker | None = field(default=None, repr=False)
    _lines: Lines | None = field(default=None, repr=False)

    def locate(self, json_path: str) -> Position:
        cached = self._cache.get(json_path)
        if cached is None:
            cached = self._cache[json_path] = self._locate(json_path)
        return cached

    def _locate(self, json_path: str) -> Position:
        path: str | None = json_path
        while path is not None:
            offset = self._offset(path)
            if offset is not None:
                line, col = self._position(offset)
                if line == 1:
                    col += self.column_offset
                return line + self.line_offset, col
            path = parent(path)
        return self.line_offset + 1, self.column_offset + 1

    def _position(self, offset: int) -> tuple[int, int]:
        if self._lines is None:
            if len(self._cache) <= _COUNTS_BEFORE_TABLE:
                return position(self.text, offset)
            # Many findings in one text: a table of line starts beats counting for each.
            self._lines = Lines(self.text)
        return self._lines.position(offset)

    def _offset(self, path: str) -> int | None:
        segments = split_path(path)
        if segments is None:
            return None
        start = 0
        if self.starts:
            if not segments or not isinstance(segments[0], int) or segments[0] >= len(self.starts):
                return self.starts[0] if not segments else None
            start, segments = self.starts[segments[0]], segments[1:]
        if not segments:
            return _skip_ws(self.text, start)
        if self._walker is None:
            self._walker = Walker(self.text)
        return self._walker.find(segments, start)


def _skip_ws(text: str, start: int) -> int:
    while start < len(text) and text[start] in " \t\r\n":
        start += 1
    return start


@dataclass(slots=True)
class JsonLdDocument:
    """One JSON-LD document: generated from an article, a ``.jsonld`` file, or a page block."""

    data: Any
    locator: Locator
    origin: str = "file"  # "generated" | "file" | "html" | "microdata"
    label: str | None = None
    block: int | None = None  # a page's JSON-LD block: its index among the page's blocks
    repairs: tuple[str, ...] = ()  # a block read tolerantly: what was repaired (linter.jsonblock.REPAIRS)
    # JSON-LD newslint built: a value written again from one source fact (an image's ``url``
    # beside its ``contentUrl``, both from one ``src``) -> the path of the value written first.
    copies: Mapping[str, str] = field(default_factory=dict)

    def locate(self, json_path: str) -> Position:
        return self.locator.locate(json_path)

    def fact(self, json_path: str) -> str:
        """The path of the source fact ``json_path`` shows: the first value written from it."""
        if not self.copies:
            return json_path
        path: str | None = json_path
        while path is not None:
            first = self.copies.get(path)
            if first is not None:
                return first + json_path[len(path):]
            path = parent(path)
        return json_path
