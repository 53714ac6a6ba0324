"""What a fix is: edits of one JSON-LD document (or front-matter key) a rule offers for a finding.

A rule module that can fix some of its findings declares it with two names::

    FIX: Final = Fixable.SOMETIMES      # or Fixable.ALWAYS; no FIX means never

    def fix(request: Request) -> Fix | None:
        ...

The engine (:mod:`linter.fixes.engine`) calls ``fix`` for each of the rule's findings, with
the document the finding is in and what the source shows (:class:`Request`). The rule answers
with a :class:`Fix`: its :class:`Safety`, a title, and operations on the document's JSON value
(:data:`JsonOp`) or on a Markdown article's front matter (:class:`SetKey`), never bytes. The
engine turns them into the smallest edit of the file's text, keeping the rest of the block's
formatting and every byte outside it, and checks the result before anything is written.

Safety, as ruff has it:

- ``SAFE``: the meaning cannot change (a type's letter case, a misspelt property with one
  close match, a relative URL made absolute against the page's own address, tolerated JSON
  written strictly). ``newslint check --fix`` applies these.
- ``UNSAFE``: the fix adds a fact the markup did not state, read from elsewhere on the page
  (the visible byline as ``author``). It cites that evidence (:attr:`Fix.evidence`), and is
  applied only with ``--unsafe-fixes``. A fact without evidence is never offered.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from linter.jsonpos import split_path

if TYPE_CHECKING:
    from linter.config import Config
    from linter.document import JsonLdDocument
    from linter.findings import Finding
    from linter.readers import Source


class Safety(str, Enum):  # noqa: UP042  (str() gives the value, as for Severity)
    """Whether a fix may change what the markup means (see the module docstring)."""

    SAFE = "safe"
    UNSAFE = "unsafe"

    def __str__(self) -> str:
        return self.value


class Fixable(str, Enum):  # noqa: UP042
    """How often a rule can offer a fix, as ``newslint rules`` shows it."""

    ALWAYS = "always"
    SOMETIMES = "sometimes"
    NEVER = "never"

    def __str__(self) -> str:
        return self.value


# --- operations on a JSON value -------------------------------------------------------------
# Paths are JSON paths as findings give them ($.author[0].name, $["odd key"]).

@dataclass(frozen=True, slots=True)
class SetValue:
    """Replace the value at ``path`` (which exists) with ``value``."""

    path: str
    value: Any


@dataclass(frozen=True, slots=True)
class RenameKey:
    """Rename the object member at ``path`` (whose last segment is its key) to ``key``, in place."""

    path: str
    key: str


@dataclass(frozen=True, slots=True)
class AddMember:
    """Add ``key: value`` to the object at ``path`` (``key`` absent): first when ``first``, else last."""

    path: str
    key: str
    value: Any
    first: bool = False


@dataclass(frozen=True, slots=True)
class Strict:
    """Write a block read tolerantly (comments, trailing commas, CDATA...) as strict JSON."""


JsonOp = SetValue | RenameKey | AddMember | Strict


@dataclass(frozen=True, slots=True)
class SetKey:
    """Set the top-level front-matter key ``key`` (which exists) to the scalar ``value``."""

    key: str
    value: str | int | float | bool


@dataclass(frozen=True, slots=True)
class InsertBlock:
    """Write the JSON-LD newslint builds from the page into a page that has none (``linter.fix``)."""


Op = JsonOp | SetKey | InsertBlock


@dataclass(frozen=True, slots=True)
class Replacement:
    """A change of a file's text: what stands from start to end (end excluded) replaced by ``text``.

    Lines and columns are 1-based, a column counted in characters (Unicode code points, as
    SARIF's ``unicodeCodePoints``), a line break being CR LF, CR or LF (as findings count
    lines), the text read after any byte order mark. An insertion ends where it starts.
    """

    start_line: int
    start_column: int
    end_line: int
    end_column: int
    text: str

    def as_dict(self) -> dict[str, object]:
        return {"start_line": self.start_line, "start_column": self.start_column,
                "end_line": self.end_line, "end_column": self.end_column, "text": self.text}


@dataclass(frozen=True, slots=True)
class Fix:
    """A rule's repair for one finding."""

    safety: Safety
    #: What it does, in the imperative, lower case: ``rename 'datePublised' to 'datePublished'``.
    title: str
    ops: tuple[Op, ...]
    #: Unsafe fixes: where on the page the fact comes from (``visible byline, line 42``).
    evidence: str | None = None
    #: The fix made alone on the file, as changes of its text, for the reports that show them
    #: (SARIF, JSON; :mod:`linter.fixes.edits`). Empty when not asked for, or when the fix
    #: cannot be made alone.
    edits: tuple[Replacement, ...] = ()

    @property
    def target(self) -> str:
        """``"document"`` (JSON ops), ``"front-matter"`` or ``"page"`` (a new block)."""
        if any(isinstance(op, SetKey) for op in self.ops):
            return "front-matter"
        if any(isinstance(op, InsertBlock) for op in self.ops):
            return "page"
        return "document"

    def as_dict(self) -> dict[str, object]:
        return {"safety": self.safety.value, "title": self.title, "evidence": self.evidence,
                "edits": [edit.as_dict() for edit in self.edits]}


@dataclass(frozen=True, slots=True)
class Request:
    """What a rule's ``fix`` is given: the finding, its document, and the source it was read from."""

    finding: Finding
    document: JsonLdDocument | None  # None: the finding is on the source, not in a document
    source: Source
    config: Config

    def value(self, path: str | None = None) -> Any:
        """The value at ``path`` (default: the finding's JSON path) in the document, or ``MISSING``."""
        path = path if path is not None else self.finding.json_path
        if self.document is None or path is None:
            return MISSING
        return value_at(self.document.data, path)

    @property
    def base_url(self) -> str | None:
        """The page's own absolute address: where it was fetched from, else its absolute canonical URL."""
        from linter.readers import base_url

        return base_url(self.source.page)


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


#: No value at a path.
MISSING: Any = _Missing()


def value_at(data: Any, path: str) -> Any:
    """The value at the JSON path ``path`` in ``data``, or :data:`MISSING`."""
    segments = split_path(path)
    if segments is None:
        return MISSING
    try:
        return _walk(data, segments)
    except ValueError:
        return MISSING


def apply_data(data: Any, ops: tuple[JsonOp, ...] | list[JsonOp]) -> Any:
    """``data`` with ``ops`` applied, as a new value: what the edited text must read as.

    Raises ``ValueError`` for an operation that does not fit ``data`` (a path that is not there,
    a member that exists already): the engine then leaves the document alone.
    """
    out = copy.deepcopy(data)
    for op in ops:
        if isinstance(op, Strict):
            continue
        segments = split_path(op.path)
        if segments is None:
            raise ValueError(f"not a JSON path: {op.path}")
        if isinstance(op, AddMember):
            target = _walk(out, segments)
            if not isinstance(target, dict) or op.key in target:
                raise ValueError(f"cannot add {op.key!r} at {op.path}")
            items = list(target.items())
            items.insert(0 if op.first else len(items), (op.key, copy.deepcopy(op.value)))
            target.clear()
            target.update(items)
            continue
        if not segments:
            if isinstance(op, SetValue):
                out = copy.deepcopy(op.value)
                continue
            raise ValueError("the top-level value has no key to rename")
        parent, last = _walk(out, segments[:-1]), segments[-1]
        if isinstance(op, SetValue):
            if _has(parent, last):
                parent[last] = copy.deepcopy(op.value)
            else:
                raise ValueError(f"no value at {op.path}")
        elif isinstance(op, RenameKey):
            if not (isinstance(last, str) and isinstance(parent, dict) and last in parent) or op.key in parent:
                raise ValueError(f"cannot rename {op.path} to {op.key!r}")
            items = [(op.key if k == last else k, v) for k, v in parent.items()]
            parent.clear()
            parent.update(items)
    return out


def _walk(data: Any, segments: list[str | int]) -> Any:
    value = data
    for seg in segments:
        if not _has(value, seg):
            raise ValueError("path not in the document")
        value = value[seg]
    return value


def _has(container: Any, seg: str | int) -> bool:
    """Whether ``container`` has the item or member ``seg`` (an index is never a key, nor a key an index)."""
    if isinstance(seg, int):
        return isinstance(container, list) and 0 <= seg < len(container)
    return isinstance(container, dict) and seg in container
