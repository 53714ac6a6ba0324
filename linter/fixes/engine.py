"""Applying fixes: the smallest edit of the file, checked, then the file checked again until stable.

For one file's bytes, a round reads and checks the file as ``check`` does, takes the fixes
its findings carry (safe ones; unsafe ones too when asked), and makes them:

- operations on a JSON-LD document become an edit of that document's text only: the content
  of its ``<script>`` element in a page, or the whole ``.jsonld`` file
  (:mod:`linter.fixes.jsontext` keeps the block's indentation, key order and the bytes around
  what changes); several fixes in one block are made together, unless two touch the same
  value, when the second waits for the next round;
- a front-matter key of a Markdown article is set with :mod:`linter.fixes.frontmatter`,
  which keeps comments, quoting and order;
- the insertion of a JSON-LD block into a page without markup is :mod:`linter.fix`'s, made
  in a round of its own.

Before a round's result is taken, a page is read again with lxml, as ``check`` reads it: every
JSON-LD block it had, the edited ones holding exactly the JSON the operations give and the
others unchanged, and the rest of the tree the same. Anything else leaves the file as it was
before that round, with a finding that says why. Rounds repeat while fixes remain, at most
:data:`MAX_ROUNDS` times (ruff's loop, bounded the same way), so a fix that makes another
possible is made too, and a fix that undoes itself cannot loop forever.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from linter.config import Config
from linter.findings import Finding
from linter.fix import Fixed
from linter.fixes.model import AddMember, InsertBlock, JsonOp, RenameKey, Safety, SetKey, SetValue, apply_data
from linter.jsonpath import child, parent

if TYPE_CHECKING:
    from linter.extract import Page
    from linter.fix import _Decoded
    from linter.readers import Source

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: Rounds of fix-then-check at most (ruff stops after 100; a news page settles in two or three).
MAX_ROUNDS = 10


@dataclass(slots=True)
class Outcome:
    """What fixing one file's bytes came to."""

    after: bytes  # the fixed bytes (the input's when nothing changed)
    applied: Counter[str] = field(default_factory=Counter)  # fixes made, by rule
    findings: list[Finding] = field(default_factory=list)  # what check finds in ``after``
    problem: str | None = None  # why a fix was not made (the first reason), if one was not
    #: JSON paths of the properties renamed (``RenameKey``, as they are named now): a renamed
    #: property's value is checked for the first time, and may well have findings of its own.
    renamed: list[str] = field(default_factory=list)
    #: Fixes not made because the file, checked again, had a finding it had not before, by rule.
    refused: Counter[str] = field(default_factory=Counter)
    refused_keys: set[tuple[str, str | None, str]] = field(default_factory=set)


def wanted(finding: Finding, *, unsafe: bool) -> bool:
    """Whether ``finding`` carries a fix that a run with (or without) ``--unsafe-fixes`` makes."""
    fix = finding.fix
    return fix is not None and (unsafe or fix.safety is Safety.SAFE)


def fixed(data: bytes, path: str, config: Config, *, unsafe: bool = False,
          now: datetime | None = None) -> Fixed:
    """:func:`fix_bytes` as :mod:`linter.fix`'s file handling takes it (``fix_path(compute=...)``)."""
    from linter import rules
    from linter.rules import parse_error

    try:
        outcome = fix_bytes(data, path, config, unsafe=unsafe, now=now)
    except Exception as exc:  # a bug met fixing one file leaves it alone, reported; the run goes on
        import os

        if os.environ.get("NEWSLINT_DEBUG"):
            raise
        why = f"internal error while fixing: {type(exc).__name__}: {exc}; left unchanged"
        return Fixed(path, data, None, rules.finding(parse_error, why, path))  # findings: to be read afresh
    problem = None
    if outcome.problem is not None:
        done = "its other fixes made" if outcome.after != data else "left unchanged"
        problem = rules.finding(parse_error, f"{outcome.problem}; {done}", path)
    return Fixed(path, data, outcome.after if outcome.after != data else None, problem,
                 applied=dict(outcome.applied), findings=outcome.findings)


def fix_bytes(data: bytes, path: str, config: Config, *, unsafe: bool = False,
              now: datetime | None = None) -> Outcome:
    """``data`` (the file ``path``) with its findings' fixes made, round after round.

    Two guards keep the loop honest. A fix whose finding is still there after it was made is
    not made again (it would repeat its edit every round). And a round's fixes must add no
    finding: if checking the result finds something new (beyond a renamed property's own value,
    checked for the first time, and the block a page without markup is given), the round's
    fixes are tried one at a time, and those that add a finding are not made
    (:attr:`Outcome.refused`).
    """
    from linter.readers import source_kind

    kind = source_kind(path, data=data) or "text"
    outcome = Outcome(data)
    made_before: set[tuple[str, str | None, str]] = set()
    source, findings = _read(data, path, kind, config, now)
    for _ in range(MAX_ROUNDS):
        outcome.findings = findings
        chosen = [f for f in findings if wanted(f, unsafe=unsafe) and _key(f) not in made_before
                  and _key(f) not in outcome.refused_keys]
        if not chosen:
            return outcome
        made = _round(outcome.after, kind, source, chosen, config)
        if isinstance(made, str):
            outcome.problem = made
            return outcome
        after, fixed, skipped = made
        outcome.problem = outcome.problem or skipped
        if after == outcome.after or not fixed:
            return outcome
        next_source, next_findings = _read(after, path, kind, config, now)
        if _adds(findings, next_findings, fixed):
            one = _one_at_a_time(outcome, kind, source, findings, fixed, path, config, now)
            if one is None:
                return outcome
            after, fixed, next_source, next_findings = one
        outcome.after = after
        outcome.applied.update(f.rule for f in fixed)
        outcome.renamed += _renamed(fixed)
        made_before.update(_key(f) for f in fixed)
        source, findings = next_source, next_findings
    outcome.findings = findings
    return outcome


def _key(f: Finding) -> tuple[str, str | None, str]:
    return f.rule, f.json_path, f.fix.title if f.fix is not None else ""


def _renamed(fixed: Iterable[Finding]) -> list[str]:
    return [child(parent(op.path) or "$", op.key) for f in fixed if f.fix is not None
            for op in f.fix.ops if isinstance(op, RenameKey)]


def _adds(before: list[Finding], after: list[Finding], fixed: list[Finding]) -> bool:
    """Whether ``after`` has a finding ``before`` had not, that the fixes made do not account for.

    A renamed property's own value is checked for the first time: its findings were there all
    along. A page given newslint's block has that block's gaps in place of missing-article-markup.
    """
    if any(f.fix is not None and f.fix.target == "page" for f in fixed):
        return False
    had = Counter((f.rule, f.json_path) for f in before)
    renamed = _renamed(fixed)
    # A value replaced by another shape (one author made a list of two) moves its findings:
    # one of a rule under the replaced value before may stand at another path under it after.
    replaced = [op.path for f in fixed if f.fix is not None for op in f.fix.ops if isinstance(op, SetValue)]
    new = []
    for f in after:
        if had[(f.rule, f.json_path)]:
            had[(f.rule, f.json_path)] -= 1
        else:
            new.append(f)
    moved = Counter(rule for (rule, path), n in had.items() for _ in range(n) if _under(path, replaced))
    for f in new:
        if _under(f.json_path, renamed):
            continue
        if _under(f.json_path, replaced) and moved[f.rule]:
            moved[f.rule] -= 1
            continue
        return True
    return False


def _under(path: str | None, roots: list[str]) -> bool:
    return path is not None and any(path == p or path.startswith((p + ".", p + "[")) for p in roots)


def _one_at_a_time(outcome: Outcome, kind: str, source: Source, findings: list[Finding], fixed: list[Finding],
                   path: str, config: Config, now: datetime | None,
                   ) -> tuple[bytes, list[Finding], Source, list[Finding]] | None:
    """The first of ``fixed`` that, made alone, adds no finding; the others that do are refused."""
    for f in fixed:
        made = _round(outcome.after, kind, source, [f], config)
        if isinstance(made, str) or not made[1] or made[0] == outcome.after:
            continue
        after_source, after_findings = _read(made[0], path, kind, config, now)
        if not _adds(findings, after_findings, made[1]):
            return made[0], made[1], after_source, after_findings
        outcome.refused[f.rule] += 1
        outcome.refused_keys.add(_key(f))
    return None


def _read(data: bytes, path: str, kind: str, config: Config, now: datetime | None) -> tuple[Source, list[Finding]]:
    from linter.lint import checked, passed_over, read_source

    source = read_source(data, path, kind, config)
    if passed_over(source.findings):
        return source, source.findings
    return source, checked(source, config, now)


_Made = tuple[bytes, list[Finding], str | None]


def _round(data: bytes, kind: str, source: Source, chosen: list[Finding], config: Config,
           before: Before | str | None = None) -> _Made | str:
    """One round's fixes made: the new bytes, the findings fixed and why a fix was skipped (if one
    was); or why none could be made. ``before``: :func:`before` of ``data``, when already read
    (an HTML page's fixes made one by one compare with one reading of the page)."""
    page_fix = next((f for f in chosen if f.fix is not None and f.fix.target == "page"), None)
    if page_fix is not None:  # a page without markup gets its block, alone: the rest is checked after
        return _insert_block(data, source.path, config, page_fix)
    front = [f for f in chosen if f.fix is not None and f.fix.target == "front-matter"]
    if front and kind == "markdown":
        return _front_matter(data, front)
    documents = [f for f in chosen if f.fix is not None and f.fix.target == "document" and f.origin is not None]
    if not documents:
        return data, [], None
    if kind == "html":
        return _page_blocks(data, source, documents, before)
    if kind == "jsonld":
        return _json_file(data, source, documents)
    return data, [], None


def _planned(findings: Iterable[Finding], data: Any) -> tuple[list[JsonOp], list[Finding], Any]:
    """The operations of ``findings`` that fit together on ``data`` (in order), their findings, the result.

    A fix that touches a value an earlier fix of the round touches (the same value, or one
    inside or around it) waits: the next round's check offers it again, on the edited document,
    if still due. A fix making exactly the edit an earlier one makes (a caption and a credit
    both turning one bare image URL into the same object) is taken with it.
    """
    ops: list[JsonOp] = []
    touched: list[str] = []
    taken: list[Finding] = []
    result = data
    for f in findings:
        assert f.fix is not None
        mine = [op for op in f.fix.ops if not isinstance(op, (SetKey, InsertBlock))]
        if mine and all(op in ops for op in mine):
            taken.append(f)
            continue
        paths = [p for p in map(_touches, mine) if p is not None]
        if any(_overlap(p, q) for p in paths for q in touched):
            continue
        try:
            result = apply_data(data, [*ops, *mine])
        except ValueError:
            continue
        ops.extend(mine)
        touched.extend(paths)
        taken.append(f)
    return ops, taken, result


def _touches(op: JsonOp) -> str | None:
    if isinstance(op, AddMember):
        return child(op.path, op.key)
    if isinstance(op, (SetValue, RenameKey)):
        return op.path
    return None  # Strict: made first, under every other edit


def _overlap(a: str, b: str) -> bool:
    return a == b or b.startswith((a + ".", a + "[")) or a.startswith((b + ".", b + "["))


def _by_document(findings: list[Finding]) -> dict[int, list[Finding]]:
    out: dict[int, list[Finding]] = {}
    for f in findings:
        assert f.origin is not None
        out.setdefault(f.origin, []).append(f)
    return out


def _json_file(data: bytes, source: Source, findings: list[Finding]) -> _Made | str:
    from linter.fixes.jsontext import EditError, apply

    groups = _by_document(findings)
    if len(source.documents) != 1 or list(groups) != [0]:
        return data, [], None
    bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    try:
        text = data[len(bom):].decode("utf-8")
    except UnicodeDecodeError:
        return "the file is not UTF-8, which fix writes JSON files in"
    ops, taken, _ = _planned(groups[0], source.documents[0].data)
    try:
        new = apply(text, ops)
    except EditError as exc:
        return f"the JSON could not be edited ({exc})"
    return bom + new.encode("utf-8"), taken, None


def _front_matter(data: bytes, findings: list[Finding]) -> _Made | str:
    from linter.fixes.frontmatter import EditError, set_key

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return "the file is not UTF-8, which fix writes articles in"
    taken: list[Finding] = []
    keys: set[str] = set()
    for f in findings:
        assert f.fix is not None
        ops = [op for op in f.fix.ops if isinstance(op, SetKey)]
        if any(op.key in keys for op in ops):
            continue  # one edit of a key a round
        try:
            new = text
            for op in ops:
                new = set_key(new, op.key, op.value)
        except EditError as exc:
            return f"the front matter could not be edited ({exc})"
        text = new
        keys.update(op.key for op in ops)
        taken.append(f)
    return text.encode("utf-8"), taken, None


def _insert_block(data: bytes, path: str, config: Config, finding: Finding) -> _Made | str:
    from linter.fix import fix_bytes as insert

    fixed = insert(data, path, config)
    if fixed.problem is not None:
        return fixed.problem.message
    if fixed.after is None:
        return data, [], None
    return fixed.after, [finding], None


# --- a page's JSON-LD blocks -------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Before:
    """An HTML page as every edit of its blocks is compared with: read once, whatever the number of edits."""

    decoded: _Decoded  # the text a browser reads, in the page's encoding
    page: Page  # its JSON-LD blocks
    shape: bytes  # _shape of its tree
    outside: str | None  # outside_blocks of its bytes


def before(data: bytes) -> Before | str:
    """``data`` read for :func:`_page_blocks`, or why its blocks cannot be edited."""
    from linter.extract import parse_page
    from linter.fix import _decode

    decoded = _decode(data)
    if isinstance(decoded, str):
        return decoded
    try:
        page = parse_page(data)
    except ValueError as exc:
        return str(exc)
    outside = _outside(decoded.text, page)
    return Before(decoded, page, _shape(page.root), outside)  # (_shape last: it empties the tree's blocks)


def _page_blocks(data: bytes, source: Source, findings: list[Finding], read: Before | str | None = None,
                 ) -> _Made | str:
    from linter.fixes.jsontext import EditError, apply

    if read is None:
        read = before(data)
    if isinstance(read, str):
        return read
    decoded, page = read.decoded, read.page
    body = data[len(decoded.bom):]
    edits: list[tuple[int, int, str]] = []
    expected: dict[int, Any] = {}
    taken: list[Finding] = []
    skipped: str | None = None
    for origin, group in _by_document(findings).items():
        document = source.documents[origin]
        if document.origin != "html" or document.block is None or document.block >= len(page.blocks):
            continue
        block = page.blocks[document.block]
        span = raw_span(decoded.text, block.line, block.column, block.text)
        if span is None:  # a block is skipped, the others are fixed
            skipped = skipped or f"JSON-LD block {block.index + 1} could not be found in the page's text"
            continue
        ops, mine, result = _planned(group, document.data)
        if not ops:
            continue
        start, end = span
        try:
            new = apply(decoded.text[start:end], ops, ensure_ascii=decoded.codec != "utf-8", escape_lt=True)
        except EditError as exc:
            skipped = skipped or f"JSON-LD block {block.index + 1} could not be edited ({exc})"
            continue
        edits.append((start, end, new))
        expected[block.index] = result
        taken.extend(mine)
    if not edits:
        return data, [], skipped
    edits.sort()
    after = decoded.edit(body, edits)[1]  # (with the page's byte order mark, if it has one)
    checked = _verify_page(read, after, expected)
    if isinstance(checked, str):
        why: str | None = checked
    elif read.outside != _outside_of(after, checked):
        why = "its text outside the JSON-LD blocks would change"
    else:
        why = None
    if why:
        return f"the page would not be the same page with the edit ({why})"
    return after, taken, skipped


def raw_span(text: str, line: int, column: int, content: str) -> tuple[int, int] | None:
    """Where ``content`` (a block's text as lxml reads it, line breaks made LF) stands in ``text``.

    ``line`` and ``column`` (1-based) are where it starts, counted as lxml counts: CR LF and CR
    are one line break each. ``None`` if the text there is not ``content``.
    """
    start = 0
    for _ in range(line - 1):
        m = _LINE_BREAK.search(text, start)
        if m is None:
            return None
        start = m.end()
    start += column - 1
    end = start + len(content)
    if text.startswith(content, start) and "\r" not in text[start:end]:
        return start, end
    i = start
    for ch in content:
        if ch == "\n" and text.startswith("\r\n", i):
            i += 2
        elif (ch == "\n" and text.startswith("\r", i)) or text.startswith(ch, i):
            i += 1
        else:
            return None
    return start, i


def _verify_page(read: Before, after: bytes, expected: dict[int, Any]) -> str | Page:
    """Why ``after`` is not the page ``read`` with exactly the expected blocks' JSON; else ``after`` parsed."""
    from linter.extract import parse_page
    from linter.jsonblock import loads

    try:
        page = parse_page(after)
    except ValueError as exc:
        return str(exc)
    if len(page.blocks) != len(read.page.blocks):
        return "check would read another number of JSON-LD blocks"
    for old, new in zip(read.page.blocks, page.blocks, strict=True):
        if old.index in expected:
            try:
                data = loads(new.text)[0]
            except ValueError:
                return f"JSON-LD block {old.index + 1} would not be strict JSON"
            if json.dumps(data, sort_keys=False) != json.dumps(expected[old.index], sort_keys=False):
                return f"JSON-LD block {old.index + 1} would not hold what the fix gives"
        elif new.text != old.text:
            return f"JSON-LD block {old.index + 1} would change"
    if read.shape != _shape(page.root):
        return "check would read the rest of the page differently"
    return page


def _shape(root: Any) -> bytes:
    """A digest of lxml's tree with the JSON-LD blocks' text left out."""
    import hashlib

    from lxml import etree

    for script in root.iter("script"):
        if (script.get("type") or "").split(";", 1)[0].strip().lower() == "application/ld+json":
            script.text = None
    text = etree.tostring(root, method="xml", encoding="unicode")
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=32).digest()


def outside_blocks(data: bytes) -> str | None:
    """The page's text without its JSON-LD blocks' content and without newslint's own blocks (``None``: unreadable)."""
    from linter.extract import parse_page
    from linter.fix import _decode

    decoded = _decode(data)
    if isinstance(decoded, str):
        return None
    try:
        page = parse_page(data)
    except ValueError:
        return None
    return _outside(decoded.text, page)


def _outside_of(data: bytes, page: Page) -> str | None:
    """:func:`outside_blocks` of ``data``, already parsed as ``page``."""
    from linter.fix import _decode

    decoded = _decode(data)
    return None if isinstance(decoded, str) else _outside(decoded.text, page)


def _outside(text: str, page: Page) -> str | None:
    """:func:`outside_blocks` of a page read as ``text`` (as a browser reads it) and parsed as ``page``."""
    from linter.fix import _ours
    from linter.html_head import read_head

    cuts: list[tuple[int, int]] = []
    for block in page.blocks:
        span = raw_span(text, block.line, block.column, block.text)
        if span is None:
            return None
        cuts.append(span)
    for element in read_head(text).elements:
        if _ours(element):  # the block InsertBlock writes, with the line break after it
            end = element.end + (2 if text.startswith("\r\n", element.end) else
                                 1 if text.startswith("\n", element.end) else 0)
            cuts.append((element.start, end))
    out, pos = [], 0
    for start, end in sorted(cuts):
        if start < pos:  # a block inside newslint's own element: cut with it
            pos = max(pos, end)
            continue
        out.append(text[pos:start])
        pos = end
    out.append(text[pos:])
    return "".join(out)
