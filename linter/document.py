"""JSON-LD documents to check, and how to find the source line of a JSON path in them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from linter.jsonpath import parent
from linter.jsonpos import LineIndex, offsets

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
    """Positions inside a JSON text, computed on first use.

    ``line_offset``/``column_offset`` place the text inside a larger file (a
    ``<script>`` block in an HTML page): the first line of the text is
    ``line_offset + 1`` and its first column is ``column_offset + 1``.
    """

    text: str
    line_offset: int = 0
    column_offset: int = 0
    starts: tuple[int, ...] = ()  # several JSON values back to back, read as ``$[0]``, ``$[1]``...
    _offsets: dict[str, int] | None = field(default=None, repr=False)
    _lines: LineIndex | None = field(default=None, repr=False)

    def locate(self, json_path: str) -> Position:
        if self._offsets is None:
            if self.starts:
                self._offsets = {"$": self.starts[0]}
                for i, start in enumerate(self.starts):
                    self._offsets.update(offsets(self.text, start, f"$[{i}]"))
            else:
                self._offsets = offsets(self.text)
            self._lines = LineIndex(self.text)
        path: str | None = json_path
        while path is not None:
            off = self._offsets.get(path)
            if off is not None:
                assert self._lines is not None
                line, col = self._lines.position(off)
                if line == 1:
                    col += self.column_offset
                return line + self.line_offset, col
            path = parent(path)
        return self.line_offset + 1, self.column_offset + 1


@dataclass(slots=True)
class JsonLdDocument:
    """One JSON-LD document: generated from an article, a ``.jsonld`` file, or a page block."""

    data: Any
    locator: Locator
    origin: str = "file"  # "generated" | "file" | "html" | "microdata"
    label: str | None = None

    def locate(self, json_path: str) -> Position:
        return self.locator.locate(json_path)
