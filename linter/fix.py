"""``newslint fix``: write the JSON-LD ``convert`` builds into HTML pages, touching nothing else.

newslint owns the JSON-LD blocks it writes, and only those: they carry
``data-generator="newslint"``. A page that has one gets its content replaced;
a page without one gets a new block right before ``</head>``. Every other byte
of the file stays as it was (the edit is made on the bytes, not on a re-serialised
tree), a second run changes nothing, and a file is replaced atomically: a temporary
file in the same directory is written, flushed to disk and renamed over the
original, with its permission bits, so a crash at any moment leaves the old file
or the new one, never a truncated one. Files that cannot be read as pages are
left alone and reported.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import os
import re
import tempfile
from dataclasses import dataclass

from linter.config import Config
from linter.findings import Finding

MARKER = 'data-generator="newslint"'
_OWNED = re.compile(
    rb"""<script\b[^>]*\bdata-generator\s*=\s*["']?newslint["']?[^>]*>.*?</script\s*>""",
    re.I | re.S,
)
_HEAD_END = re.compile(rb"</head\s*>", re.I)
_HEAD_START = re.compile(rb"<head\b[^>]*>", re.I)
_TEMP_PREFIX = ".newslint-fix-"


@dataclass(frozen=True, slots=True)
class Fixed:
    """What fixing one file came to: its new bytes (``None`` when unchanged) or why it was left alone."""

    path: str
    before: bytes
    after: bytes | None
    problem: Finding | None = None

    @property
    def changed(self) -> bool:
        return self.after is not None and self.after != self.before


def fix_bytes(data: bytes, path: str, config: Config) -> Fixed:
    """The page with newslint's JSON-LD block written in (pure: nothing is written to disk)."""
    from linter import rules
    from linter.convert import build
    from linter.lint import read_source
    from linter.readers.html import article_from

    owned = list(_OWNED.finditer(data))
    # The page is read without newslint's own blocks: what is written depends only on what
    # the page shows and its other markup, so a second run writes the same bytes.
    source = read_source(_without(data, owned), path, "html", config)
    if source.page is None:
        problem = next((f for f in source.findings if f.rule == "parse-error"), None)
        return Fixed(path, data, None, problem or rules.finding("parse-error", "not an HTML page", path))
    theirs = _own_markup(source)
    if theirs:
        return Fixed(path, data, None, rules.finding(
            "parse-error", f"page has {theirs} markup of its own; left unchanged (newslint replaces only "
            f"blocks marked {MARKER}: remove that markup, or mark its block so newslint owns it)", path))
    document = build(article_from(source.page, path, config)).data
    # ASCII only (\u escapes), so the block is right in any ASCII-compatible page encoding;
    # every "<" escaped, so no value can end the script element early ("</script>", "<!--").
    body = json.dumps(document, indent=2, ensure_ascii=True).replace("<", "\\u003c")
    newline = b"\r\n" if b"\r\n" in data else b"\n"
    block = (f'<script type="application/ld+json" {MARKER}>\n{body}\n</script>'
             .replace("\n", newline.decode()).encode("ascii"))
    if owned:
        first = owned[0]
        after = data[:first.start()] + block + data[first.end():]
        for extra in reversed(owned[1:]):  # a second block of ours would repeat the first
            shift = len(block) - (first.end() - first.start())
            after = after[:extra.start() + shift] + after[extra.end() + shift:]
        return Fixed(path, data, after)
    end = _HEAD_END.search(data)
    if end is not None:
        return Fixed(path, data, data[:end.start()] + block + newline + data[end.start():])
    start = _HEAD_START.search(data)
    if start is not None:
        return Fixed(path, data, data[:start.end()] + newline + block + data[start.end():])
    return Fixed(path, data, None, rules.finding(
        "parse-error", "page has no <head> to write the JSON-LD into; left unchanged", path))


def _without(data: bytes, blocks: list[re.Match[bytes]]) -> bytes:
    for m in reversed(blocks):
        data = data[:m.start()] + data[m.end():]
    return data


def _own_markup(source: object) -> str | None:
    """The type of an Article-family or FAQPage node the page marks up itself, if any."""
    from linter.graph import source_graph

    graph = source_graph(source)
    for kind in ("article", "faqpage"):
        node = next(graph.of_kind(kind), None)
        if node is not None:
            return "/".join(node.types) or kind
    return None


def fix_path(path: str, config: Config, *, write: bool = True) -> Fixed:
    """Fix one file on disk (``write=False``: only compute the change)."""
    from linter import rules
    from linter.decode import MAX_BYTES

    try:
        if os.path.getsize(path) > MAX_BYTES:
            return Fixed(path, b"", None, rules.finding("parse-error", "file too large to fix; left unchanged", path))
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return Fixed(path, b"", None, rules.finding("parse-error", f"cannot read file: {exc.strerror or exc}", path))
    result = fix_bytes(data, path, config)
    if write and result.changed:
        assert result.after is not None
        try:
            write_atomically(path, result.after)
        except OSError as exc:
            return Fixed(path, data, None, rules.finding(
                "parse-error", f"cannot write file: {exc.strerror or exc}; left unchanged", path))
    return result


def write_atomically(path: str, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that it is, at every moment, the old file or the new one."""
    directory = os.path.dirname(os.path.abspath(path))
    mode = os.stat(path).st_mode & 0o7777
    fd, temp = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    with contextlib.suppress(OSError):  # the rename itself, durable (not on every platform)
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def diff(result: Fixed) -> str:
    """A unified diff of the change, for ``--diff``."""
    if not result.changed:
        return ""
    assert result.after is not None
    before = result.before.decode("utf-8", "replace").splitlines(keepends=True)
    after = result.after.decode("utf-8", "replace").splitlines(keepends=True)
    return "".join(difflib.unified_diff(before, after, f"a/{result.path}", f"b/{result.path}"))
