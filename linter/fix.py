"""``newslint fix``: write the JSON-LD ``convert`` builds into HTML pages, touching nothing else.

newslint owns the JSON-LD blocks it writes, and only those: ``<script type="application/ld+json"
data-generator="newslint">`` elements of the page's ``<head>``, the attribute's value exactly
``newslint`` (``newslint-analytics`` or ``Newslint`` belong to someone else). A page that has
one gets it replaced where it stands (a second one of ours is removed); a page without one
gets a new block as the last element of its head. Every other byte of the file stays as it
was (the edit is made on the bytes, not on a re-serialised tree), and a second run changes
nothing.

Where the block goes is found the way a browser's HTML parser reads the page
(:mod:`linter.html_head`), never by searching the text: a ``</head>`` or a ``<script ...>``
inside a script's string or a comment is text, not markup. A page must write its head (a
``<head>`` or ``</head>`` tag): a fragment without one (a template's include) is no page to
put an article's markup into.

Before anything is written the new page is read again, and it must be the old page plus
exactly that one block: the same tokens and elements elsewhere as the browser's parser reads
them, the same tree as lxml (which ``check`` reads pages with) builds it apart from the block
(whitespace in the head aside), the block in ``<head>`` holding what was built, and ``check``
finding the Article markup in it. Otherwise the page is left as it was and a finding says why.
Pages in an encoding that is not ASCII-compatible (UTF-16) are left alone too.

A page with Article or FAQPage markup of its own is left as it is too, but that is no failure
(:attr:`Fixed.note`, not :attr:`Fixed.problem`): there is nothing for ``fix`` to fix there, and
a run over a site whose pages all carry their own markup succeeds, as ``ruff --fix`` does when
nothing it can fix remains. A run fails (exit 1) only for pages it could not fix, or with
``--diff``, for changes still to make.

The block's JSON is UTF-8 in a UTF-8 page (``Nørrebrogade``, as ``convert`` prints it) and
``\\u`` escapes in other encodings; every ``<`` is escaped in both (:func:`script_json`).

Files on disk
    A file is replaced atomically (:mod:`linter.report.atomic`): a temporary file beside it is
    written, flushed to disk, given the file's permission bits, owner and group, and renamed
    over it, so a crash at any moment leaves the old page or the new one. Files that cannot
    be read as pages are left alone and reported, as is everything below.

    - A symbolic link is followed and its target is written (the link stays a link), when the
      target lies inside the tree being fixed (the project's root unless told otherwise);
      a link out of the tree is left alone: fixing a tree never writes outside it.
    - A file with other hard links is left alone. Writing in place would keep the links but
      lose atomicity (a crash midway leaves half a page, under every name); renaming keeps
      atomicity but splits this name from the others, which would keep the old page. Neither
      is what the user asked for, so ``fix`` says so and writes nothing: give the page a file
      of its own (``cp page.html x && mv x page.html``) to fix it.
    - A read-only file (no write permission bit, or none for this user) is left alone: a rename
      would replace it all the same, as the folder is what it needs to be writable.

    These two are asked only of a file with something to change: one with nothing to fix is
    no file left alone.
    - A file whose owner or group cannot be kept (the process may not set them) is left alone.
    - A file changed by someone else while ``fix`` works on it is left alone, with their
      change: its size, times, inode and content are compared, just before the rename, with
      what was read. (No file system offers an atomic compare-and-rename: a change in the
      microseconds between that last look and the rename would still be lost.)
    - The temporary files of a killed run (``.newslint-fix-*.tmp``) are removed by a later run
      writing in their folder, once older than ten minutes (see :mod:`linter.report.atomic`).

    ``fix_path(..., write=False)`` computes a change without writing it; :func:`write_fixed`
    writes it later, with the same checks against the file as it was read.
"""

from __future__ import annotations

import codecs
import dataclasses
import difflib
import hashlib
import json
import os
import re
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from linter.config import Config
from linter.findings import Finding
from linter.html_head import Element, Head, read_head

MARKER = 'data-generator="newslint"'
GENERATOR = "newslint"
TEMP_PREFIX = ".newslint-fix-"
_JSON_LD = "application/ld+json"
#: The bytes of every ASCII character must be themselves: the block's markup is written as ASCII.
_ASCII_PROBE = string.printable
#: A charset declaration the way browsers prescan for one (in the first 1024 bytes).
_CHARSET_META = re.compile(rb"<meta[^>]+charset", re.I)
_SPACE = " \t\n\f\r"  # HTML's whitespace
_PRESCAN = 1024
_SNIFF = 4096  # how far newslint itself looks (linter.extract.sniff_encoding)


@dataclass(frozen=True, slots=True)
class Fixed:
    """What fixing one file came to: its new bytes (``None`` when unchanged) or why it was left alone."""

    path: str
    before: bytes
    after: bytes | None
    problem: Finding | None = None
    #: Why a page was left as it is without that being a failure: it carries Article markup of
    #: its own, which is no problem ``fix`` was asked to fix (a run over such pages succeeds, as
    #: ``ruff --fix`` does when nothing it can fix remains). Shown to the user; not counted.
    note: str | None = None
    #: The file to write, when read from disk (a symlinked page's target), and what it was
    #: then (:func:`write_fixed` writes only over that same file, unchanged).
    target: str | None = None
    identity: tuple[int, ...] | None = None
    #: Fixes made, by rule (``check --fix``), and what ``check`` finds in the result.
    applied: Mapping[str, int] = dataclasses.field(default_factory=dict)
    findings: list[Finding] | None = None

    @property
    def changed(self) -> bool:
        return self.after is not None and self.after != self.before


def _left_alone(path: str, data: bytes, why: str, *, line: int | None = None) -> Fixed:
    from linter import rules
    from linter.rules import parse_error

    return Fixed(path, data, None, rules.finding(parse_error, f"{why}; left unchanged", path, line=line))


# --- the page ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Decoded:
    """A page's text, decoded so that it encodes back to exactly its bytes."""

    bom: bytes
    text: str
    codec: str

    def edit(self, body: bytes, edits: Sequence[tuple[int, int, str]]) -> tuple[str, bytes]:
        """The text and bytes with ``edits`` (``(start, end, text)``, in order) made.

        Only the edited stretches change: the bytes between them are the original's, found by
        encoding the text between edits (linear, however many edits).
        """
        texts: list[str] = []
        out: list[bytes] = [self.bom]
        pos = byte = 0
        for start, end, new in edits:
            keep = len(self.text[pos:start].encode(self.codec, "surrogateescape"))
            gone = len(self.text[start:end].encode(self.codec, "surrogateescape"))
            texts += [self.text[pos:start], new]
            out += [body[byte:byte + keep], new.encode(self.codec, "surrogateescape")]
            pos, byte = end, byte + keep + gone
        texts.append(self.text[pos:])
        out.append(body[byte:])
        return "".join(texts), b"".join(out)


def _decode(data: bytes) -> _Decoded | str:
    """The page's text in the encoding a browser would read it in, or why it cannot be edited safely."""
    from linter.extract import sniff_encoding

    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "page is UTF-16 and fix writes only ASCII-compatible encodings"
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    body = data[len(bom):]
    codec = "utf-8" if bom else sniff_encoding(data)[1]
    try:
        if _ASCII_PROBE.encode(codec) != _ASCII_PROBE.encode("ascii"):
            return f"page is {codec} and fix writes only ASCII-compatible encodings"
        text = body.decode(codec, "surrogateescape")
        same = text.encode(codec, "surrogateescape") == body
    except (LookupError, UnicodeError):
        same = False
    if not same:
        return f"page's bytes do not read back the same in {codec}"
    return _Decoded(bom, text, codec)


def _ours(element: Element) -> bool:
    """A JSON-LD block marked as newslint's (values as written: an escaped one is not taken)."""
    return (element.name == "script" and element.attrs.get("data-generator") == GENERATOR
            and element.attrs.get("type", "").split(";", 1)[0].strip(" \t\n\f\r").lower() == _JSON_LD)


def fix_bytes(data: bytes, path: str, config: Config) -> Fixed:
    """The page with newslint's JSON-LD block written in (pure: nothing is written to disk)."""
    from linter.build import build
    from linter.lint import read_source
    from linter.readers.page.article import article_from

    decoded = _decode(data)
    if isinstance(decoded, str):
        return _left_alone(path, data, decoded)
    head = read_head(decoded.text)
    owned = [e for e in head.elements if _ours(e)]
    body = data[len(decoded.bom):]
    without = decoded.edit(body, [(e.start, e.end, "") for e in owned])[1] if owned else data
    # The page is read without newslint's own blocks: what is written depends only on what
    # the page shows and its other markup, so a second run writes the same bytes.
    source = read_source(without, path, "html", config)
    if source.page is None:
        from linter import rules
        from linter.rules import parse_error

        problem = next((f for f in source.findings if f.rule == "parse-error"), None)
        return Fixed(path, data, None, problem or rules.finding(parse_error, "not an HTML page", path))
    if not head.written:
        return _left_alone(path, data, "page has no <head> to write the JSON-LD into")
    unclosed = next((e for e in owned if not e.closed), None)
    if unclosed is not None:
        return _left_alone(path, data, f"newslint's block ({MARKER}) has no end tag: the rest of the page "
                           "is inside it", line=_line(decoded.text, unclosed.start))
    theirs = _own_markup(source)
    if theirs:
        return Fixed(path, data, None, note=f"page has {theirs} markup of its own; left unchanged (newslint "
                     f"replaces only blocks marked {MARKER}: remove that markup, or mark its block so newslint "
                     "owns it)")
    document = build(article_from(source.page, path, config)).data
    del source  # one tree at a time: a page of many elements makes a big one
    without_root = _lxml_root(without)
    stray = [s.sourceline or 1 for s in _marked(without_root)]
    if stray:
        return _left_alone(path, data, f"a script marked {MARKER} (line {stray[0]}) is not a JSON-LD block of "
                           "the page's <head>, the only ones newslint replaces: move it there or delete it",
                           line=stray[0])
    # Of the tree only a digest is kept, for the comparison with the new page's.
    before_shape = _tree_digest(without_root)
    del without_root
    newline = "\r\n" if "\r\n" in decoded.text else "\n"
    payload = script_json(document, utf8=decoded.codec == "utf-8")
    block = f'<script type="application/ld+json" {MARKER}>\n{payload}\n</script>'.replace("\n", newline)
    if owned:  # replaced where it stands; a second block of ours would repeat the first
        edits = [(owned[0].start, owned[0].end, block)] + [(e.start, e.end, "") for e in owned[1:]]
    else:
        edits = [(head.end, head.end, block + newline)]
    plan = _Plan(data, decoded, head, owned, before_shape, edits[0][0], block, document)
    after_text, after = decoded.edit(body, edits)
    mismatch = _verify(plan, after, after_text, path, config)
    if mismatch:
        return _left_alone(path, data, f"the page would not be the same page with the block ({mismatch})")
    return Fixed(path, data, after)


def script_json(document: Any, *, utf8: bool) -> str:
    """``document`` as JSON to stand in a ``<script>`` element of a page.

    Every ``<`` is escaped (``\\u003c``), so no value can end the script element early
    (``</script>``) or start one of the script data escapes (``<!--``) that would make the
    parser read on past its end; JSON has ``<`` nowhere but in strings. A UTF-8 page gets
    its characters as they are (``Nørrebrogade``, as ``convert`` prints them); a page in
    another encoding gets ``\\u`` escapes, right in any ASCII-compatible one.
    """
    text = json.dumps(document, indent=2, ensure_ascii=not utf8)
    if utf8 and not _encodes(text):  # a lone surrogate is no character a page can hold
        text = json.dumps(document, indent=2, ensure_ascii=True)
    return text.replace("<", "\\u003c")


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class _Plan:
    """A page and the one block to be written into it, for :func:`_verify`."""

    data: bytes
    decoded: _Decoded
    head: Head
    owned: list[Element]
    shape: bytes  # digest of lxml's tree of the page without newslint's blocks (:func:`_tree_digest`)
    block_at: int
    block: str
    document: Any


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _lxml_root(data: bytes) -> Any:
    """lxml's tree of the page, as ``check`` builds it (``None`` for no page at all)."""
    from linter.extract import parse_page

    try:
        return parse_page(data).root
    except ValueError:
        return None


def _marked(root: Any) -> list[Any]:
    """The script elements marked as newslint's in lxml's tree."""
    if root is None:
        return []
    return [s for s in root.iter("script") if s.get("data-generator") == GENERATOR]


def _own_markup(source: object) -> str | None:
    """The type of an Article-family or FAQPage node the page marks up itself, if any."""
    from linter.graph import source_graph

    graph = source_graph(source)
    for kind in ("article", "faqpage"):
        node = next(graph.of_kind(kind), None)
        if node is not None:
            return "/".join(node.types) or kind
    return None


# --- the check before writing ------------------------------------------------------------------

def _verify(plan: _Plan, after: bytes, after_text: str, path: str, config: Config) -> str | None:
    """Why ``after`` is not the page plus exactly the one block, or ``None`` if it is."""
    from linter.lint import read_source

    decoded, head = plan.decoded, plan.head
    try:
        if after[len(decoded.bom):].decode(decoded.codec, "surrogateescape") != after_text:
            return "its bytes do not read as the edited text"
    except UnicodeError:
        return "its bytes do not read as the edited text"
    # As a browser reads it: the same tokens around one block of ours, in the head, and the
    # parser back in the same state where it stops reading the head.
    new_head = read_head(after_text)
    ours = [e for e in new_head.elements if _ours(e)]
    if [(e.start, e.end, e.closed) for e in ours] != [(plan.block_at, plan.block_at + len(plan.block), True)]:
        return "the browser would not read one block of newslint's in <head>"
    if (new_head.reason, new_head.written, after_text[new_head.stop:]) != (head.reason, head.written,
                                                                          decoded.text[head.stop:]):
        return "the browser would read where <head> ends differently"
    if _tokens(decoded.text, head, plan.owned) != _tokens(after_text, new_head, ours):
        return "the browser would read the markup around it differently"
    if not decoded.bom:  # (the block has no "<" to add one: all are escaped)
        for bound in (_PRESCAN, _SNIFF):
            if ([m.group() for m in _CHARSET_META.finditer(plan.data, 0, bound)]
                    != [m.group() for m in _CHARSET_META.finditer(after, 0, bound)]):
                return "its charset declaration would move out of the part browsers read it from"
    # As lxml, and so ``check``, reads it: the same tree around one block, in the head, that
    # holds what was built, and the Article markup found.
    after_root = _lxml_root(after)
    marked = _marked(after_root)
    if len(marked) != 1 or getattr(marked[0].getparent(), "tag", None) != "head":
        return "check would not find one block of newslint's in <head>"
    try:
        written = json.loads(marked[0].text or "")
    except ValueError:
        return "check would not read the block's JSON"
    if written != json.loads(json.dumps(plan.document)):
        return "check would read other JSON-LD in the block"
    if _tree_digest(after_root, marked[0]) != plan.shape:
        return "check would read the rest of the page differently"
    del after_root, marked
    if _own_markup(read_source(after, path, "html", config)) is None:
        return "check would not find the Article markup"
    return None


def _tokens(text: str, head: Head, owned: Sequence[Element]) -> list[tuple[str, str]]:
    spans = {(e.start, e.end) for e in owned}
    return [(t.kind, text[t.start:t.end]) for t in head.tokens if (t.start, t.end) not in spans]


def _tree_digest(root: Any, skip: Any = None) -> bytes:
    """A digest of lxml's tree with ``skip`` taken out, to tell whether two pages are the same page.

    The tree is serialised as XML, where every character of text is escaped (different trees
    give different text), and ``skip``'s own serialisation, found once in it, is cut out: the
    text on either side of it then runs together, as in the tree without it. Whitespace-only
    text directly in ``<head>``, which no browser shows, is dropped first (the block comes
    with a line break of its own): the tree is changed in doing so.
    """
    from lxml import etree

    head = root.find("head")
    if head is not None:
        # Only ever set to None: lxml refuses to set text holding characters XML does not
        # allow (a form feed), which an HTML page may well have.
        if not (head.text or "").strip(_SPACE):
            head.text = None
        for child in head:
            if not (child.tail or "").strip(_SPACE):
                child.tail = None
    text = etree.tostring(root, method="xml", encoding="unicode")
    if skip is not None:
        piece = etree.tostring(skip, method="xml", encoding="unicode", with_tail=False)
        if text.count(piece) != 1:
            return b""
        text = text.replace(piece, "", 1)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=32).digest()


# --- files ---------------------------------------------------------------------------------------

def _identity(st: os.stat_result) -> tuple[int, ...]:
    """What tells a file from the same file changed: which file it is, its size, times and links."""
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_mode, st.st_nlink,
            st.st_uid, st.st_gid)


def _inside(path: str, tree: str) -> bool:
    return os.path.commonpath([path, tree]) == tree


def fix_path(path: str, config: Config, *, write: bool = True, tree: str | None = None,
             compute: Callable[[bytes, str, Config], Fixed] | None = None) -> Fixed:
    """Fix one file on disk (``write=False``: only compute the change, for :func:`write_fixed` or a diff).

    ``tree``: the folder being fixed, which a symlinked page's target must lie in
    (default: the project's root, ``config.root``). ``compute`` makes the change of the file's
    bytes (default: :func:`fix_bytes`, newslint's block; ``check --fix`` gives the rules' fixes).
    """
    from linter.inputfile import InputError, read_input
    from linter.report.atomic import remove_stale

    target = path
    if os.path.islink(path):
        target = os.path.realpath(path)
        root = os.path.realpath(tree if tree is not None else config.root)
        if not _inside(target, root):
            return _left_alone(path, b"", f"symlink to a file outside the tree being fixed ({target})")
    try:
        seen = os.stat(target)
        data = read_input(target)
        # Not following links from here on: the file to replace is this one, not a link made in its place.
        now = os.stat(target, follow_symlinks=False)
    except InputError as exc:
        return _left_alone(path, b"", str(exc))
    except OSError as exc:
        return _left_alone(path, b"", f"cannot read file: {exc.strerror or exc}")
    if _identity(seen) != _identity(now):
        return _left_alone(path, data, "file changed while it was being read")
    result = dataclasses.replace((compute or fix_bytes)(data, path, config), target=target, identity=_identity(now))
    if not result.changed:  # nothing to write: how the file could be written does not matter
        return result
    # A rename would replace a read-only file as easily as any other (the folder is what must
    # be writable), and root may write any file: the file's own write bits are what say "keep".
    if not now.st_mode & 0o222 or not os.access(target, os.W_OK):
        return _left_alone(path, data, "file is read-only (make it writable to fix it)")
    if now.st_nlink > 1:
        return _left_alone(path, data, f"file has {now.st_nlink} hard links, and fix replaces a file whole, "
                           "which would part this name from the others: give it a file of its own to fix it")
    if write:  # what a killed run left here
        remove_stale(os.path.dirname(os.path.abspath(target)), TEMP_PREFIX)
    return write_fixed(result) if write else result


def write_fixed(result: Fixed) -> Fixed:
    """Write what :func:`fix_path` computed, unless the file is no longer the one it read."""
    from linter.inputfile import InputError, read_input
    from linter.report.atomic import OwnerNotKept, TargetChanged, replace_bytes

    if not result.changed or result.target is None or result.after is None:
        return result
    target = result.target

    def unchanged() -> bool:
        try:
            if _identity(os.stat(target, follow_symlinks=False)) != result.identity:
                return False
            return read_input(target) == result.before
        except (InputError, OSError):
            return False

    try:
        replace_bytes(target, result.after, prefix=TEMP_PREFIX, keep_owner=True, unchanged=unchanged)
    except TargetChanged:
        return _left_alone(result.path, result.before, "file changed while fix was working on it (run fix again)")
    except OwnerNotKept as exc:
        return _left_alone(result.path, result.before, str(exc))
    except OSError as exc:
        return _left_alone(result.path, result.before, f"cannot write file: {exc.strerror or exc}")
    return result


def diff(result: Fixed) -> str:
    """A unified diff of the change, for ``--diff``, that ``patch -p1`` and ``git apply`` take.

    Lines end at line feeds only (a form feed or U+2028 in a page is no line break to
    ``patch``), and a last line without one is marked ``\\ No newline at end of file``.
    """
    if not result.changed:
        return ""
    assert result.after is not None
    before = _lines(result.before.decode("utf-8", "replace"))
    after = _lines(result.after.decode("utf-8", "replace"))
    out = []
    for line in difflib.unified_diff(before, after, f"a/{result.path}", f"b/{result.path}"):
        out.append(line if line.endswith("\n") else f"{line}\n\\ No newline at end of file\n")
    return "".join(out)


def _lines(text: str) -> list[str]:
    return re.findall(r"[^\n]*\n|[^\n]+\Z", text)
