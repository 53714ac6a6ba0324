"""How right newslint is about real pages it was never tuned on (``python -m benchmarks accuracy``).

On ``../shared/eval`` (457 real article pages; see its README), in one run:

- **Publication day**: the day of the ``datePublished`` that ``newslint convert page.html``
  gives, against the reference day (htmldate's evaluation annotations, pages ``hd-*``), side
  by side with htmldate itself (``find_date(html, original_date=True,
  extensive_search=False)``) on the same pages. A date is *right* when its calendar day (as
  the page states it, no timezone conversion) is the reference day, *wrong* when it is
  another day, *missing* when none is given.
- **Author and headline**: ``convert``'s ``author`` names and ``headline`` against
  metascraper's snapshots (pages ``ms-*``). Matching rule, after normalising both sides
  (Unicode NFKC, case folded, punctuation dropped, spaces collapsed):

  - an author is *right* when one of newslint's author names equals the reference, or the
    reference lists several people ("A and B", "A, B") and they are exactly newslint's;
  - a headline is *right* when it equals the reference, or does once a site-name segment is
    cut from either side (segments before the first or after the last ``|``, `` - ``,
    `` – ``, `` — ``, ``·`` or ``::``: "The Big Tech Threat? | BFI", "Release! - webpack - Medium").

  A reference of ``null`` is not counted.
- **Finding precision**: errors and warnings of ``newslint check`` on two samples of pages,
  each finding judged true or false by reading the page, recorded in
  ``benchmarks/accuracy/judgements.json`` (re-run: the judgements are matched to the findings
  of this run by page, rule, JSON path, subject, and line when a judgement names one; a
  finding nobody judged yet is listed and counted as unjudged, never as true). The *tuned*
  sample (``"sample"``) holds pages newslint was tuned on; the *held-out* sample
  (``"held_out"``) pages judged only after the reader was finished. Each gets its own line;
  ``python -m benchmarks.accuracy --unjudged [--held-out]`` prints skeletons of the findings
  of one sample still to judge.

References are other people's answers and some are wrong (a date from the URL, a UTC instant
for a local day, a mangled byline). ``benchmarks/accuracy/references.json`` records the
corrections made by reading the page, each with its reason; figures are printed both against
the references as published and as corrected.

``--pages N`` measures the first N pages only; ``--show`` prints every disagreement.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
HERE = Path(__file__).resolve().parent / "accuracy"
JUDGEMENTS = HERE / "judgements.json"
CORRECTIONS = HERE / "references.json"


@dataclass(frozen=True, slots=True)
class EvalPage:
    name: str
    url: str
    data: bytes
    day: str | None  # reference publication day (htmldate's annotations)
    author: str | None  # metascraper's snapshot
    title: str | None
    has_snapshot: bool


def eval_pages(limit: int | None = None) -> Iterator[EvalPage]:
    manifest = json.loads((EVAL / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["pages"][:limit]:
        refs = entry.get("references", {})
        snap = refs.get("metascraper_snapshot")
        day = (refs.get("date_published") or {}).get("value")
        yield EvalPage(
            name=entry["name"], url=entry["url"], data=gzip.decompress((EVAL / entry["file"]).read_bytes()),
            day=day, author=(snap or {}).get("author"), title=(snap or {}).get("title"), has_snapshot=snap is not None)


# --- what newslint says of a page ---------------------------------------------------------------

@dataclass(slots=True)
class Facts:
    day: str | None = None
    authors: list[str] = field(default_factory=list)
    headline: str | None = None


def newslint_facts(data: bytes, name: str, url: str | None = None) -> Facts:
    """What ``newslint convert page.html`` says of the page: its datePublished, authors, headline."""
    from linter.conversion import ConversionError, convert

    try:
        document = convert(data, kind="html", path=name, url=url).data
    except ConversionError:
        document = {}
    from linter.graph import kind_of, types_of

    facts = Facts()
    for node in document.get("@graph", []):
        if kind_of(types_of(node)) != "article":
            continue
        published = node.get("datePublished")
        if isinstance(published, str):
            from linter.readers.page.dates import to_iso

            iso = to_iso(published)
            # A malformed value still names its day ("2020-12-05T23:15:0Z"): what convert says.
            loose = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", published.strip())
            facts.day = iso[:10] if iso else (f"{loose[1]}-{loose[2]}-{loose[3]}" if loose else None)
        authors = node.get("author") or []
        for author in authors if isinstance(authors, list) else [authors]:
            author_name = author.get("name") if isinstance(author, dict) else author
            if isinstance(author_name, list):  # {"name": ["Mike Isaac"]}
                author_name = next((n for n in author_name if isinstance(n, str)), None)
            if isinstance(author_name, str) and author_name.strip():
                facts.authors.append(author_name)
        if isinstance(node.get("headline"), str):
            facts.headline = node["headline"]
        break
    return facts


def htmldate_day(data: bytes) -> str | None:
    from htmldate import find_date

    try:
        return find_date(data.decode("utf-8", "replace"), original_date=True, extensive_search=False)
    except Exception:  # a peer's failure is its "missing", as ours would be
        return None


# --- matching -----------------------------------------------------------------------------------

_PUNCT = re.compile(r"[^\w\s]|_", re.U)
_SPACES = re.compile(r"\s+")
_SITE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|·|::)\s+")
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\by\b|\bund\b|\bet\b|\be\b)\s*", re.I)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SPACES.sub(" ", _PUNCT.sub(" ", text)).strip()


def _title_variants(title: str) -> set[str]:
    parts = _SITE_SEPARATOR.split(title.strip())
    variants = {title}
    for cut in range(1, len(parts)):
        variants.add(" ".join(parts[:-cut]))  # "Headline | Site", "Headline - Blog - Medium"
        variants.add(" ".join(parts[cut:]))  # "Site | Headline"
    return {norm(v) for v in variants if norm(v)}


def headline_right(ours: str, reference: str) -> bool:
    return bool(_title_variants(ours) & _title_variants(reference))


def author_right(ours: list[str], reference: str) -> bool:
    names = {norm(n) for n in ours}
    if norm(reference) in names:
        return True
    listed = {norm(n) for n in _NAME_SPLIT.split(reference) if norm(n)}
    return len(listed) > 1 and listed == names


# --- the run ------------------------------------------------------------------------------------

@dataclass(slots=True)
class Score:
    right: int = 0
    wrong: int = 0
    missing: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, verdict: str, example: str | None = None) -> None:
        setattr(self, verdict, getattr(self, verdict) + 1)
        if verdict != "right" and example:
            self.examples.append(f"{verdict}: {example}")

    @property
    def total(self) -> int:
        return self.right + self.wrong + self.missing

    def line(self, label: str) -> str:
        n = self.total or 1
        return (f"  {label:<34} right {self.right:>3} ({self.right / n:6.1%})  wrong {self.wrong:>3} "
                f"({self.wrong / n:5.1%})  missing {self.missing:>3} ({self.missing / n:5.1%})  of {self.total}")


def _day_verdict(ours: str | None, reference: str) -> str:
    if ours is None:
        return "missing"
    return "right" if ours[:10] == reference else "wrong"


def _corrections() -> dict[str, dict[str, Any]]:
    if not CORRECTIONS.is_file():
        return {}
    return {c["page"]: c for c in json.loads(CORRECTIONS.read_text(encoding="utf-8"))["corrections"]}


def run(argv: list[str] | None = None) -> dict[str, Any]:
    argv = list(argv or [])
    limit = int(argv[argv.index("--pages") + 1]) if "--pages" in argv else None
    show = "--show" in argv
    if not (EVAL / "manifest.json").is_file():
        print(f"accuracy: {EVAL} not found (the evaluation pages live beside the project, in ../shared/eval)")
        return {}
    try:
        import htmldate  # noqa: F401
    except ImportError:
        print("accuracy: htmldate is not installed (pip install -e '.[bench]')")
        return {}
    corrections = _corrections()
    scores: dict[str, Score] = {k: Score() for k in (
        "day newslint", "day htmldate", "day newslint (corrected)", "day htmldate (corrected)",
        "author", "author (corrected)", "headline", "headline (corrected)")}
    t_ours = t_theirs = 0.0
    pages = failures = 0
    for page in eval_pages(limit):
        pages += 1
        t0 = time.perf_counter()
        try:
            facts = newslint_facts(page.data, page.name + ".html", page.url)
        except Exception as exc:  # counted, shown: the benchmark must finish to be read
            failures += 1
            print(f"  newslint failed on {page.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            facts = Facts()
        t1 = time.perf_counter()
        theirs = htmldate_day(page.data) if page.day else None
        t2 = time.perf_counter()
        t_ours += t1 - t0
        t_theirs += t2 - t1
        fix = corrections.get(page.name, {})
        if page.day:
            for who, value in (("newslint", facts.day), ("htmldate", theirs)):
                scores[f"day {who}"].add(_day_verdict(value, page.day), f"{page.name}: {value} (reference {page.day})")
                day = fix.get("date_published", page.day)
                if day is not None:
                    scores[f"day {who} (corrected)"].add(_day_verdict(value, day),
                                                         f"{page.name}: {value} (reference {day})")
        for key, reference, ours in (("author", page.author, facts.authors), ("headline", page.title, facts.headline)):
            for label, ref in ((key, reference), (f"{key} (corrected)", fix.get(key, reference))):
                if not ref:
                    continue
                if not ours:
                    verdict = "missing"
                elif key == "author":
                    verdict = "right" if author_right(ours, ref) else "wrong"  # type: ignore[arg-type]
                else:
                    verdict = "right" if headline_right(ours, ref) else "wrong"  # type: ignore[arg-type]
                scores[label].add(verdict, f"{page.name}: {ours!r} (reference {ref!r})")

    print(f"accuracy: {pages} pages from {EVAL}" + (f" ({failures} failed)" if failures else ""))
    print("publication day, against htmldate's annotations (as published / as corrected by reading the page):")
    for key in ("day newslint", "day htmldate", "day newslint (corrected)", "day htmldate (corrected)"):
        print(scores[key].line(key))
    print("author and headline, against metascraper's snapshots:")
    for key in ("author", "author (corrected)", "headline", "headline (corrected)"):
        print(scores[key].line(key))
    print(f"time: newslint convert {t_ours / max(pages, 1) * 1000:.1f} ms/page, "
          f"htmldate {t_theirs / max(scores['day htmldate'].total, 1) * 1000:.1f} ms/page")
    if show:
        for key, score in scores.items():
            if "corrected" in key and score.examples:
                print(f"-- {key}")
                for example in score.examples:
                    print(f"   {example}")
    precision = finding_precision(show=show)
    return {"scores": {k: (s.right, s.wrong, s.missing) for k, s in scores.items()}, "precision": precision}


# --- finding precision --------------------------------------------------------------------------

#: The judged samples, as keys of judgements.json, with how the precision line names them.
SAMPLES = {"sample": "tuned", "held_out": "held-out"}


def _recorded() -> dict[str, Any]:
    """judgements.json as recorded (no samples, no judgements when there is no file yet)."""
    if not JUDGEMENTS.is_file():
        return {"judgements": []}
    return json.loads(JUDGEMENTS.read_text(encoding="utf-8"))


def _judged_key(judgement: dict[str, Any]) -> tuple[str, str, str | None, str | None, int | None]:
    """Page, rule, JSON path, subject, and the line when the judgement names one."""
    return judgement["page"], judgement["rule"], judgement["json_path"], judgement.get("subject"), judgement.get("line")


def _judgement(verdicts: dict[tuple[Any, ...], dict[str, Any]], name: str, finding: Any) -> dict[str, Any] | None:
    """The judgement covering a finding: one naming its line first (the same picture reported at two
    places of a page), then one for its page, rule, JSON path and subject at any line, then one
    without a subject."""
    for subject in (_subject(finding), None):
        for line in (finding.line, None):
            judged = verdicts.get((name, finding.rule, finding.json_path, subject, line))
            if judged is not None:
                return judged
    return None


def _findings(names: list[str]) -> Iterator[tuple[str, Any]]:
    """The errors and warnings of ``newslint check`` on the named pages, in the order named."""
    from linter.config import Config
    from linter.lint import lint_bytes

    by_page = {p.name: p for p in eval_pages() if p.name in set(names)}
    for name in names:
        page = by_page[name]
        for f in lint_bytes(page.data, name + ".html", config=Config(), url=page.url):
            if f.severity.value in ("error", "warning"):
                yield name, f


def finding_precision(*, show: bool = False) -> dict[str, dict[str, int]]:
    """Errors and warnings on each judged sample (tuned, held-out): how many judged true, false, or not yet."""
    recorded = _recorded()
    samples = {key: recorded[key] for key in SAMPLES if recorded.get(key)}
    if not samples:
        print("finding precision: no judgements recorded yet")
        return {}
    verdicts = {_judged_key(j): j for j in recorded["judgements"]}
    return {key: _sample_precision(SAMPLES[key], names, verdicts, show=show) for key, names in samples.items()}


def _sample_precision(label: str, names: list[str], verdicts: dict[tuple[Any, ...], dict[str, Any]], *,
                      show: bool = False) -> dict[str, int]:
    """One sample's tally and its precision line; the false and unjudged findings listed under it."""
    tally: Counter[str] = Counter()
    unjudged_lines: list[str] = []
    false: list[str] = []
    for name, f in _findings(names):
        judged = _judgement(verdicts, name, f)
        if judged is None:
            tally["unjudged"] += 1
            unjudged_lines.append(f"{name}:{f.line}: {f.rule} {f.json_path or ''} {f.message}")
        elif judged["verdict"]:
            tally["true"] += 1
        else:
            tally["false"] += 1
            false.append(f"{name}:{f.line}: {f.rule} {f.message}  ({judged.get('why', '')})")
    judged_n = tally["true"] + tally["false"]
    share = tally["true"] / judged_n if judged_n else 0.0
    print(f"finding precision on {len(names)} {label} pages: {tally['true']} true, {tally['false']} "
          f"false ({share:.1%} true), {tally['unjudged']} not judged yet")
    if show or tally["unjudged"]:
        for line in false:
            print(f"   false: {line}")
        for line in unjudged_lines:
            print(f"   unjudged: {line}")
    return dict(tally)


def _subject(finding: Any) -> str | None:
    """What a finding is about when rule and JSON path do not tell (a figure's file, a byline's name).

    The first quoted name in the message ("byline author 'Jane Doe'"), else what the message
    ends with in parentheses ("figure has no caption (photo.jpg)"), else nothing.
    """
    m = re.search(r"'([^']{1,80})'", finding.message) or re.search(r"\(([^()]{1,80})\)$", finding.message)
    return m.group(1) if m else None


def unjudged(sample: list[str] | None = None, *, held_out: bool = False) -> list[dict[str, Any]]:
    """The errors and warnings on the sample (the tuned one, or the held-out one) that no judgement
    covers yet, as judgement skeletons: one per page, rule, JSON path, subject and line. A judgement
    keeping the skeleton's ``line`` covers that finding only; without it, the finding at any line."""
    recorded = _recorded()
    names = sample or recorded.get("held_out" if held_out else "sample", [])
    verdicts = {_judged_key(j): j for j in recorded["judgements"]}
    seen: set[tuple[Any, ...]] = set()
    out = []
    for name, f in _findings(names):
        key = (name, f.rule, f.json_path, _subject(f), f.line)
        if key not in seen and _judgement(verdicts, name, f) is None:
            seen.add(key)
            out.append({"page": name, "rule": f.rule, "json_path": f.json_path, "subject": key[3],
                        "line": f.line, "message": f.message, "verdict": None, "why": ""})
    return out


if __name__ == "__main__":  # pragma: no cover
    if sys.argv[1:2] == ["--unjudged"]:  # skeletons to judge: python -m benchmarks.accuracy --unjudged [--held-out]
        json.dump(unjudged(held_out="--held-out" in sys.argv[2:]), sys.stdout, indent=1, ensure_ascii=False)
    else:
        run(sys.argv[1:])
