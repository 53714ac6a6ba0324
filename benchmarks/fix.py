"""``python -m benchmarks fix``: ``check --fix --unsafe-fixes`` on every real page, then ``check`` again.

On ``../shared/corpus`` (pages and JSON-LD examples) and ``../shared/eval`` (457 pages), each
file is fixed in memory with every fix (safe and unsafe), as ``newslint check --fix
--unsafe-fixes`` fixes it, and checked again. Printed per set:

- fixes made per rule, and files changed;
- **left fixable**: findings that still carry a fix after fixing (should be none: the fix loop
  runs until nothing it can make is left), apart from the fixes the engine refused because the
  file, checked again, had a finding it had not before (counted as **not made**);
- **added**: findings of a rule that the fixed file has more of than the original (a fix must
  add no finding), with examples; findings on the value of a property a fix renamed
  (``datemodified`` → ``dateModified``) are counted apart as **revealed**: that value is checked
  for the first time, and its own problems (a date without a time) were there all along; and
  a page without markup that gets the block ``convert`` builds (``missing-article-markup``'s
  unsafe fix) has, in place of that one finding, the findings of that block: the facts the
  page does not state (no publisher, no image), counted apart as **gaps**;
- **unparsed**: fixed files that no longer read (a page lxml cannot parse, or a JSON-LD block
  that was strict JSON and is not any more);
- **outside**: fixed files whose bytes changed outside their JSON-LD blocks' content (and the
  one block ``InsertBlock`` writes into a page without markup): fixes edit nothing else.

Files the engine left alone (``problem``) are counted with their reasons. Nothing is written.
"""

from __future__ import annotations

import gzip
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from linter.config import Config
from linter.extract import parse_page
from linter.fixes.engine import fix_bytes, outside_blocks
from linter.jsonblock import loads
from linter.lint import lint_bytes

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _files() -> Iterator[tuple[str, str, bytes]]:
    """``(set, name, bytes)`` of every file measured."""
    corpus = SHARED / "corpus"
    for path in sorted((corpus / "pages").glob("*.html.gz")):
        yield "corpus pages", path.name[:-3], gzip.decompress(path.read_bytes())
    for path in sorted((corpus / "jsonld").glob("*.jsonld")):
        yield "corpus JSON-LD", path.name, path.read_bytes()
    for path in sorted((SHARED / "eval" / "pages").glob("*.html.gz")):
        yield "eval pages", path.name[:-3], gzip.decompress(path.read_bytes())


def _strict_blocks(data: bytes) -> list[bool] | None:
    """Whether each JSON-LD block of the page is strict JSON (``None``: no page lxml reads)."""
    try:
        page = parse_page(data)
    except ValueError:
        return None
    out = []
    for block in page.blocks:
        try:
            loads(block.text)
            out.append(True)
        except ValueError:
            out.append(False)
    return out


def run(argv: list[str] | None = None) -> None:
    if not SHARED.is_dir():
        print("fix: ../shared is not beside the project; nothing to measure")
        return
    config = Config()
    sets: dict[str, Counter[str]] = {}
    fixed: dict[str, Counter[str]] = {}
    problems: dict[str, Counter[str]] = {}
    examples: list[str] = []
    reveals: Counter[str] = Counter()
    gaps: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    started = time.perf_counter()
    for group, name, data in _files():
        count = sets.setdefault(group, Counter())
        made = fixed.setdefault(group, Counter())
        left_alone = problems.setdefault(group, Counter())
        count["files"] += 1
        before = lint_bytes(data, name, config=config)
        outcome = fix_bytes(data, name, config, unsafe=True)
        if outcome.problem:
            left_alone[outcome.problem.split(" (")[0]] += 1
        refused.update(outcome.refused)
        if outcome.after == data:
            continue
        count["changed"] += 1
        made.update(outcome.applied)
        after = outcome.findings
        left = [f.rule for f in after if f.fix is not None and (f.rule, f.json_path, f.fix.title)
                not in outcome.refused_keys]
        if left:
            count["left fixable"] += 1
            examples.append(f"{name}: left fixable: {left}")
        had = Counter((b.rule, b.json_path) for b in before)
        new = []
        for f in after:  # the findings after that were not there before (a path counted as often as it was)
            if had[(f.rule, f.json_path)]:
                had[(f.rule, f.json_path)] -= 1
            else:
                new.append(f)
        revealed = [f for f in new if f.json_path and any(
            f.json_path == p or f.json_path.startswith((p + ".", p + "[")) for p in outcome.renamed)]
        added = Counter(f.rule for f in after) - Counter(f.rule for f in before)
        added -= Counter(f.rule for f in revealed)
        if revealed:
            count["revealed"] += 1
            reveals.update(f.rule for f in revealed)
        if added and outcome.applied["missing-article-markup"]:
            # A page without markup got the block convert builds: its findings are that block's
            # gaps, what the page does not state (and newslint never invents), in place of the
            # one missing-article-markup finding.
            count["inserted"] += 1
            gaps.update(added)
            added = Counter()
        if added:
            count["added"] += 1
            examples.append(f"{name}: added {dict(added)}")
        if name.endswith(".html"):
            was, now = _strict_blocks(data), _strict_blocks(outcome.after)
            if now is None or (was is not None and (len(now) < len(was) or any(
                    w and not n for w, n in zip(was, now, strict=False)))):
                count["unparsed"] += 1
                examples.append(f"{name}: a block no longer strict JSON")
            if outside_blocks(data) != outside_blocks(outcome.after):
                count["outside"] += 1
                examples.append(f"{name}: bytes changed outside the JSON-LD blocks")
        else:
            try:
                loads(outcome.after.decode("utf-8-sig"))
            except ValueError:
                count["unparsed"] += 1
                examples.append(f"{name}: no longer strict JSON")
    seconds = time.perf_counter() - started
    for group, count in sets.items():
        total = sum(fixed[group].values())
        print(f"{group}: {count['files']} files, {count['changed']} changed by {total} fixes; "
              f"left fixable {count['left fixable']}, added findings {count['added']}, "
              f"revealed by a rename {count['revealed']}, blocks inserted {count['inserted']}, "
              f"unparsed {count['unparsed']}, changed outside blocks {count['outside']}")
        for rule, n in fixed[group].most_common():
            print(f"  {rule:<32} {n:>5}")
        for why, n in problems[group].most_common():
            print(f"  left alone: {why} ({n})")
    if reveals:
        print(f"revealed: findings on a renamed property's own value, checked for the first time: {dict(reveals)}")
    if refused:
        print(f"not made, as they would have added a finding: {dict(refused)}")
    if gaps:
        print(f"gaps of inserted blocks (facts the pages do not state): {dict(gaps.most_common())}")
    for line in examples[:20]:
        print("  !", line)
    print(f"fix: {sum(c['files'] for c in sets.values())} files in {seconds:.1f} s")
    if any(c["left fixable"] or c["added"] or c["unparsed"] or c["outside"] for c in sets.values()):
        sys.exit(1)
