"""Where a fix changes a file: each finding's fix made alone, as one replacement of the file's text.

Code-scanning viewers and review tools show a fix as a change of text (SARIF's ``fixes``,
``--format json``'s ``edits``), not as operations on a JSON document. For each finding that
carries a fix, :func:`replacements` makes that fix alone on the file's bytes, with the engine's
own round (:mod:`linter.fixes.engine`: the same edit of the block or front-matter key and the
same check of the page that ``check --fix`` makes, without checking the file again after), then
cuts the difference between the text before and after to the stretch that changes: what
precedes and follows it in both is left out, so the replacement is the smallest one.

Each replacement stands on the file as it is: two fixes in one block are two replacements, each
made without the other. A fix the engine cannot make alone (the edit would change the page
otherwise, the file is in an encoding it does not write) gets none, and neither does a fix that
raises (a bug costs that fix its edit, never the report). ``check --fix`` may still make it in
a later round, once the fixes made before it have changed the file.

Making a fix costs about what reading the file costs, so only the formats that show edits ask
for them (:data:`FORMATS`); the others lint as fast as without them. ``github`` is not one:
a workflow command cannot carry a change, and its annotation tells the fix in words.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from linter.findings import Finding
from linter.fixes.model import Replacement

if TYPE_CHECKING:
    from linter.config import Config
    from linter.fixes.engine import Before
    from linter.readers import Source

#: The formats that show a fix's edits; the others do not pay for them.
FORMATS = frozenset({"sarif", "json"})


def lint_path_with_edits(path: str | os.PathLike[str], *, config: Config,
                         now: datetime | None = None) -> list[Finding]:
    """:func:`linter.lint.lint_path`, with each fix's edits (``lint_files(lint=...)`` takes it)."""
    from linter.inputfile import InputError, TooLarge, read_input
    from linter.lint import lint_path, read_and_check
    from linter.readers import source_kind

    p = str(path)
    try:
        data = read_input(p)
    except (TooLarge, InputError):
        return lint_path(p, config=config, now=now)  # the finding it reports for a file it cannot read
    source, findings = read_and_check(data, p, config=config, now=now)  # (what it read: the edits start from it)
    if source is None:
        return findings
    return replacements(data, p, findings, config, kind=source_kind(p), source=source)


#: Fixes of one file given their edits at most (see :func:`replacements`).
MAX_EDITS = 100


def replacements(data: bytes, path: str, findings: list[Finding], config: Config, *,
                 unsafe: bool = True, kind: str | None = None, source: Source | None = None) -> list[Finding]:
    """``findings`` (those of the file ``path``, whose bytes are ``data``) with their fixes' edits.

    Each fix (unsafe ones too, unless ``unsafe`` is false) is made alone on ``data`` and stored
    as one :class:`Replacement` in :attr:`Fix.edits`. ``kind`` is the reader the findings were
    read with, when not the one ``path`` names. ``source``: ``data`` as that reader read it, the
    findings checked from it (else it is read again); its page is released here.

    The file is read once for all its fixes, but each edit is checked by reading the page it
    makes, so only the first :data:`MAX_EDITS` fixes of a file get theirs (a hostile page with a
    fix on each of 10,000 nodes took minutes); ``check --fix`` still makes them all.
    """
    try:
        return _with_edits(data, path, findings, config, unsafe, kind, source)
    finally:
        if source is not None and source.page is not None:
            source.page.release()


def _with_edits(data: bytes, path: str, findings: list[Finding], config: Config, unsafe: bool, kind: str | None,
                source: Source | None) -> list[Finding]:
    from linter.fixes.engine import before, wanted

    chosen = [i for i, f in enumerate(findings) if wanted(f, unsafe=unsafe)][:MAX_EDITS]
    if not chosen:
        return findings
    from linter.lint import read_source
    from linter.readers import source_kind

    kind = source_kind(path, kind=kind, data=data) or "text"
    own = source is None  # (read here: released here; one given is released by replacements)
    try:
        codec = _codec(data, kind)
        if codec is None:
            return findings
        if source is None:
            source = read_source(data, path, kind, config)
        text = _text(data, codec)
        read = before(data) if kind == "html" else None  # (the page read once, for all its fixes)
    except Exception:  # what linting the same bytes did not raise: a bug here costs the edits only
        if os.environ.get("NEWSLINT_DEBUG"):
            raise
        return findings
    out = list(findings)
    try:
        for i in chosen:
            f = findings[i]
            assert f.fix is not None
            try:
                edit = _alone(data, text, kind, source, f, config, codec, read)
            except Exception:
                if os.environ.get("NEWSLINT_DEBUG"):
                    raise
                edit = None
            if edit is not None:
                out[i] = replace(f, fix=replace(f.fix, edits=(edit,)))
    finally:
        if own and source.page is not None:
            source.page.release()
    return out


def _alone(data: bytes, text: str, kind: str, source: Source, finding: Finding, config: Config,
           codec: str, read: Before | str | None) -> Replacement | None:
    """``finding``'s fix made alone on ``data`` (read as ``text``), as a replacement of ``text``, or ``None``."""
    from linter.fixes.engine import _round

    made = _round(data, kind, source, [finding], config, read)
    if isinstance(made, str):
        return None
    after, taken, _ = made
    if not taken or after == data:
        return None
    return smallest(text, _text(after, codec))


def _codec(data: bytes, kind: str) -> str | None:
    """The encoding the engine edits the file in: a page's own, else UTF-8; ``None`` if it edits none."""
    if kind != "html":
        return "utf-8"
    from linter.fix import _decode

    decoded = _decode(data)
    return None if isinstance(decoded, str) else decoded.codec


def _text(data: bytes, codec: str) -> str:
    # SARIF's lines and columns do not count a byte order mark; bytes the encoding cannot read
    # stay one character each, so that the text still matches the file around them.
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    return data.decode(codec, "surrogateescape")


def smallest(old: str, new: str) -> Replacement:
    """The one replacement that makes ``new`` of ``old``: the stretch between what both start and end with.

    A boundary is never put between the CR and the LF of a line break, where a line and column
    could not name it.
    """
    start = _common_prefix(old, new)
    tail = _common_suffix(old, new, min(len(old), len(new)) - start)
    end, new_end = len(old) - tail, len(new) - tail
    if start > 0 and old[start - 1:start + 1] == "\r\n":
        start -= 1
    if end > 0 and old[end - 1:end + 1] == "\r\n":
        end += 1
        new_end += 1
    line, column = position(old, start)
    end_line, end_column = position(old, end)
    return Replacement(line, column, end_line, end_column, new[start:new_end])


def position(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of ``offset`` in ``text`` (CR LF, CR and LF are one line break each)."""
    breaks = text.count("\n", 0, offset) + text.count("\r", 0, offset) - text.count("\r\n", 0, offset)
    line_start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    return breaks + 1, offset - line_start + 1


def _common_prefix(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` start with alike (halving: slices compare in C)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    """How many characters (at most ``limit``) ``a`` and ``b`` end with alike."""
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid:len(a) - lo] == b[len(b) - mid:len(b) - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo
