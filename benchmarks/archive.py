"""A whole archive: ``newslint check`` on 10,000 articles, serial (``--jobs 1``) and on two workers.

The archive is generated from the test fixtures (the seed and ``tests/fixtures/articles``
plain-text articles, ``tests/fixtures/markdown`` front matter styles, the page layout of
``tests/fixtures/html`` and, one HTML file in 50, a real page of ``tests/fixtures/pages``):
40% ``.txt``, 30% ``.md``, 30% ``.html``, in ``YEAR/MONTH`` folders, with varied headlines,
bylines, dates and formats, and some deliberate problems (no byline, no date, no image, a date
without a time zone or in the future, an author as a plain string, broken JSON-LD or front
matter, a misspelt type). It is deterministic and cached in
``~/.cache/newslint-bench/archive-*``, keyed by :data:`GENERATOR` and a hash of the fixtures.

Each run is a fresh ``newslint check DIR --format json -o FILE --isolated --jobs N`` process,
alternating N = 1 and 2. Memory, two ways: the kernel's high-water mark from ``wait4`` (the
largest single process of the tree: main process or a worker), and ``/proc`` polled every
50 ms for each process of the tree: peak of the main process, of the largest worker, and of
the sum over the tree, as RSS (pages shared by forked workers counted once per process) and
as PSS (shared pages split between the processes sharing them, which is what the run costs
the machine). The JSON outputs of all runs must be byte-identical: a parallel run writes what
a serial run writes, in the same order.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from benchmarks.corpus import ROOT

#: Bump when the generated archive changes, so that the cache is rebuilt.
GENERATOR = 1
FIXTURES = ROOT / "tests" / "fixtures"
POLL_S = 0.05


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newslint-bench"


def run(files: int = 10_000, repeats: int = 3, jobs: tuple[int, ...] = (1, 2)) -> dict[str, Any]:
    t0 = time.perf_counter()
    archive, fresh = archive_dir(files)
    made = time.perf_counter() - t0
    counts = _counts(archive)
    total = sum(counts.values())
    print(f"archive: {total} files ({', '.join(f'{n} {ext}' for ext, n in sorted(counts.items()))},"
          f" {_size(archive) / 1e6:.1f} MB) in {archive}"
          f" ({'generated in' if fresh else 'cached; checked in'} {made:.1f} s)")
    print(f"  load average before: {_loadavg()}; CPUs: {os.cpu_count()}")
    runs: dict[int, list[dict[str, float]]] = {j: [] for j in jobs}
    outputs: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(repeats):
            for j in jobs:
                out = Path(tmp) / f"jobs{j}-{r}.json"
                runs[j].append(_measure(archive, out, j))
                outputs[out.name] = hashlib.sha256(out.read_bytes()).hexdigest()
        first = Path(tmp) / f"jobs{jobs[0]}-0.json"
        same = len(set(outputs.values())) == 1
        summary = json.loads(first.read_text())["summary"]
        detail = "" if same else _first_difference(Path(tmp), sorted(outputs))
    print(f"  load average after:  {_loadavg()}")
    print(f"  {'jobs':>4}  {'files/s best':>12} {'median':>7}  {'wall s (best)':>13}"
          f"  {'ru_maxrss':>9}  {'main RSS':>8}  {'worker RSS':>10}  {'sum RSS':>8}  {'sum PSS':>8}"
          "   (peak MB, median)")
    result: dict[str, Any] = {"files": total}
    for j in jobs:
        rs = runs[j]
        rates = [total / r["wall"] for r in rs]
        med = {k: statistics.median(r[k] for r in rs) for k in rs[0]}
        print(f"  {j:>4}  {max(rates):>12.0f} {statistics.median(rates):>7.0f}  {min(r['wall'] for r in rs):>13.1f}"
              f"  {med['ru_maxrss']:>9.0f}  {med['main_rss']:>8.0f}  {med['worker_rss']:>10.0f}"
              f"  {med['sum_rss']:>8.0f}  {med['sum_pss']:>8.0f}")
        result[f"jobs{j}_files_s"] = statistics.median(rates)
        result[f"jobs{j}_sum_pss_mb"] = med["sum_pss"]
    print(f"  ({repeats} runs each, alternating; ru_maxrss: largest single process of the tree, from wait4;"
          f" the others from /proc every {POLL_S * 1000:.0f} ms; worker: the largest worker)")
    print(f"  findings: {summary['errors']} errors, {summary['warnings']} warnings, {summary['infos']} infos"
          f" in {summary['files']} files; top rules: "
          + ", ".join(f"{k} {v}" for k, v in list(summary["rules"].items())[:5]))
    print(f"  outputs of all {sum(len(r) for r in runs.values())} runs identical (jobs {', '.join(map(str, jobs))}):"
          f" {'yes' if same else 'NO'} (sha256 {next(iter(outputs.values()))[:16]}){detail}")
    result["identical"] = same
    return result


# --- running newslint -------------------------------------------------------------------------------


def _newslint() -> list[str]:
    script = Path(sys.executable).with_name("newslint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "linter"]


def _measure(archive: Path, out: Path, jobs: int) -> dict[str, float]:
    """Run newslint once; wall time, exit status and memory figures (MB)."""
    cmd = [*_newslint(), "check", "articles", "--format", "json", "-o", str(out), "--isolated", "--jobs", str(jobs)]
    err = out.with_suffix(".stderr")
    env = {**os.environ, "NO_COLOR": "1"}
    actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
               (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
               (os.POSIX_SPAWN_OPEN, 2, str(err), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)]
    cwd = os.getcwd()
    os.chdir(archive)  # posix_spawn has no cwd; relative paths keep the output short
    try:
        t0 = time.perf_counter()
        pid = os.posix_spawn(cmd[0], cmd, env, file_actions=actions)
    finally:
        os.chdir(cwd)
    peak = {"main_rss": 0.0, "worker_rss": 0.0, "sum_rss": 0.0, "sum_pss": 0.0}
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        _sample(pid, peak)
        time.sleep(POLL_S)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # 1: findings, as expected
        raise RuntimeError(f"newslint exited {code}: {err.read_text()[-2000:]}")
    # Linux reports ru_maxrss in KiB.
    return {"wall": wall, "ru_maxrss": usage.ru_maxrss / 1024, **{k: v / 1024 for k, v in peak.items()}}


def _sample(pid: int, peak: dict[str, float]) -> None:
    """One look at the process tree under ``pid``: RSS and PSS (KiB) of each process."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    stat = fh.read()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, frontier = [pid], [pid]
    while frontier:
        frontier = [p for p, parent in parents.items() if parent in frontier]
        tree += frontier
    rss_sum = pss_sum = 0.0
    for p in tree:
        rss, pss = _memory(p)
        rss_sum += rss
        pss_sum += pss
        key = "main_rss" if p == pid else "worker_rss"
        peak[key] = max(peak[key], rss)
    peak["sum_rss"] = max(peak["sum_rss"], rss_sum)
    peak["sum_pss"] = max(peak["sum_pss"], pss_sum)


def _memory(pid: int) -> tuple[float, float]:
    rss = pss = 0.0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = float(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = float(line.split()[1])
    except OSError:
        pass
    return rss, pss


def _first_difference(folder: Path, names: list[str]) -> str:
    base = (folder / names[0]).read_text().splitlines()
    for name in names[1:]:
        other = (folder / name).read_text().splitlines()
        for i, (a, b) in enumerate(zip(base, other, strict=False)):
            if a != b:
                return f"\n    {names[0]} and {name} differ at line {i + 1}:\n      {a[:150]}\n      {b[:150]}"
        if len(base) != len(other):
            return f"\n    {names[0]} has {len(base)} lines, {name} {len(other)}"
    return ""


def _loadavg() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def _counts(folder: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, _, names in os.walk(folder / "articles"):
        for name in names:
            ext = os.path.splitext(name)[1]
            counts[ext] = counts.get(ext, 0) + 1
    return counts


def _size(folder: Path) -> int:
    return sum(os.path.getsize(os.path.join(root, n)) for root, _, names in os.walk(folder) for n in names)


# --- the archive ------------------------------------------------------------------------------------


def archive_dir(files: int) -> tuple[Path, bool]:
    """The generated archive for ``files`` files (made now if not cached), and whether it was made now."""
    digest = hashlib.sha256()
    for path in _fixture_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    folder = cache_root() / f"archive-g{GENERATOR}-{files}-{digest.hexdigest()[:10]}"
    if (folder / "COMPLETE").exists():
        return folder, False
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
    try:
        generate(work / "articles", files)
        (work / "COMPLETE").write_text(f"generator {GENERATOR}, {files} files\n")
        try:
            work.rename(folder)
        except OSError:  # made meanwhile by another run
            shutil.rmtree(work)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return folder, True


def _fixture_files() -> list[Path]:
    return sorted([*(ROOT / "seeds").glob("*.txt"), *(FIXTURES / "articles").glob("*.txt"),
                   *(FIXTURES / "markdown").glob("*.md"), *(FIXTURES / "pages").glob("*.html.gz")])


@dataclass(frozen=True)
class _Story:
    """What an article of the archive is made of: a fixture's words."""

    lang: str
    headline: str
    standfirst: str | None
    paragraphs: tuple[str, ...]


_META_LINE = re.compile(
    r"^(by |por |published|publicado|updated|actualizado|photo|foto|related|videos|reporting by|filed under|"
    r"archivado|tags:|about the author|\(photo)", re.I)

NAMES = {
    "en": ["Jane Doe", "Omar Haddad", "Li Wei", "Helen Park", "Sara Khalil", "Tom Hughes", "Mia Chen",
           "Maria Gonzalez", "Siobhán Murphy", "David Okafor", "Priya Natarajan", "Lukas Becker",
           "Emma Johansson", "Kwame Mensah", "Rachel Goldberg", "Hiroshi Tanaka", "Aoife Byrne", "Ben Carter"],
    "es": ["Juan Pérez", "María López", "Ana Ruiz", "Carlos Pérez", "Lucía Fernández", "Jorge Castillo",
           "Marta Pich", "Diego Herrera", "Valentina Rojas", "Andrés Morales", "Camila Torres", "Pablo Navarro"],
}
DESKS = {"en": ["Staff reporter", "Newsroom"], "es": ["Redacción de Ejemplo", "Agencias"]}
ANGLES = {
    "en": ["{h}", "{h}", "{h}", "Live: {h}", "Analysis: {h}", "{h}: what we know", "{h}, officials say",
           "Update: {h}", "Explainer: {h}", "{h} — reaction"],
    "es": ["{h}", "{h}", "{h}", "En directo: {h}", "Análisis: {h}", "{h}: lo que sabemos", "Última hora: {h}"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}
OFFSETS = [0, 1, 2, 3, -3, -4, -5, 9, 5.5]
CREDITS = ["Reuters/Jane Smith", "AP/John Doe", "EFE", "AFP/Getty Images", "Staff photographer", "PA/Niall Carson"]
START = datetime(2015, 1, 1, tzinfo=UTC)
DAYS = (datetime(2025, 6, 30, tzinfo=UTC) - START).days


def _stories() -> list[_Story]:
    stories = []
    for path in sorted([*(ROOT / "seeds").glob("*.txt"), *(FIXTURES / "articles").glob("*.txt")]):
        blocks = [b.strip() for b in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if b.strip()]
        lang = "es" if path.name.startswith("es-") else "en"
        stand = blocks[1] if len(blocks) > 2 and len(blocks[1]) > 40 and not _META_LINE.match(blocks[1]) else None
        body = tuple(" ".join(b.split()) for b in blocks[2 if stand else 1:] if len(b) > 70 and not _META_LINE.match(b))
        stories.append(_Story(lang, blocks[0], stand, body or (blocks[0],)))
    for path in sorted((FIXTURES / "markdown").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        title = re.search(r"""^title\s*[:=]\s*["']?(.+?)["']?\s*$""", text, re.M)
        desc = re.search(r"""^(?:description|summary|excerpt)\s*[:=]\s*["']?(.+?)["']?\s*$""", text, re.M)
        body = text.split("---", 2)[-1] if text.startswith("---") else text.split("+++", 2)[-1]
        paras = tuple(" ".join(b.split()) for b in re.split(r"\n\s*\n", body)
                      if len(b.strip()) > 70 and not b.strip().startswith(("{", "<", "#", "!")))
        if title and paras:
            stories.append(_Story("es" if path.name.startswith("es-") else "en", title[1], desc[1] if desc else None,
                                  paras))
    return stories


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:50].rstrip("-")


@dataclass
class _Facts:
    """One generated article: what it says, and which problems it was given."""

    story: _Story
    headline: str
    authors: list[str]
    published: datetime | None
    modified: datetime | None
    image: bool
    no_zone: bool


def _facts(rng: random.Random, stories: list[_Story]) -> _Facts:
    story = rng.choice(stories)
    headline = rng.choice(ANGLES[story.lang]).format(h=story.headline)
    roll = rng.random()
    if roll < 0.08:
        authors: list[str] = []  # problem: no byline
    elif roll < 0.12:
        authors = [rng.choice(DESKS[story.lang])]
    else:
        authors = rng.sample(NAMES[story.lang], rng.choice((1, 1, 1, 2, 2, 3)))
    hours = rng.choice(OFFSETS)
    zone = timezone(timedelta(hours=hours))
    published: datetime | None = (START + timedelta(days=rng.randrange(DAYS), minutes=rng.randrange(6, 23 * 60))
                                  ).astimezone(zone).replace(second=0, microsecond=0)
    roll = rng.random()
    if roll < 0.06:
        published = None  # problem: no date
    elif roll < 0.07:
        published = published.replace(year=2031)  # problem: a date in the future
    modified = None
    if published and rng.random() < 0.35:
        # 1 in 20 updates is dated before publication (a problem).
        modified = published + timedelta(minutes=rng.randrange(20, 3000) * (-1 if rng.random() < 0.05 else 1))
    return _Facts(story, headline, authors, published, modified, image=rng.random() > 0.1,
                  no_zone=rng.random() < 0.04)


def generate(folder: Path, files: int) -> None:
    """Write the ``files`` articles into ``folder`` (deterministic)."""
    stories = _stories()
    real_pages = [gzip.decompress(p.read_bytes()) for p in sorted((FIXTURES / "pages").glob("*.html.gz"))]
    for i in range(files):
        rng = random.Random(f"newslint-archive-{GENERATOR}-{i}")
        facts = _facts(rng, stories)
        kind = (".txt", ".txt", ".txt", ".txt", ".md", ".md", ".md", ".html", ".html", ".html")[i % 10]
        when = facts.published or START + timedelta(days=i % DAYS)
        where = folder / f"{when.year}" / f"{when.month:02d}"
        where.mkdir(parents=True, exist_ok=True)
        path = where / f"{_slug(facts.headline)}-{i:05d}{kind}"
        if kind == ".txt":
            path.write_text(_text(rng, facts), encoding="utf-8")
        elif kind == ".md":
            path.write_text(_markdown(rng, facts, i), encoding="utf-8")
        elif i % 50 == 9:
            path.write_bytes(real_pages[(i // 50) % len(real_pages)])
        else:
            path.write_text(_html(rng, facts), encoding="utf-8")


def _iso(d: datetime, *, zone: bool = True) -> str:
    return d.isoformat() if zone else d.replace(tzinfo=None).isoformat()


def _spoken(d: datetime, lang: str, rng: random.Random, *, zone: bool) -> str:
    offset = d.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign, (h, m) = "+-"[minutes < 0], divmod(abs(minutes), 60)
    gmt = "GMT" if not minutes else f"GMT{sign}{h}" + (f":{m:02d}" if m else "")
    month = MONTHS[lang][d.month - 1]
    if lang == "es":
        return f"{d.day} de {month} de {d.year}, {d:%H:%M}" + (f" ({gmt})" if zone else "")
    style = rng.randrange(3)
    if style == 0 or not zone:
        return f"{d.day} {month} {d.year}, {d:%H:%M}" + (f" ({gmt})" if zone else "")
    if style == 1:
        return _iso(d)
    return f"{month} {d.day}, {d.year} {d:%H:%M} {gmt}"


def _byline(names: list[str], lang: str) -> str:
    joiner = " y " if lang == "es" else " and "
    text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + joiner + names[-1]
    return ("Por " if lang == "es" else "By ") + text


def _text(rng: random.Random, f: _Facts) -> str:
    es, zone = f.story.lang == "es", not f.no_zone
    lines = [f.headline, ""]
    if f.story.standfirst:
        lines += [f.story.standfirst, ""]
    head = []
    if f.authors:
        head.append(_byline(f.authors, f.story.lang))
    if f.published:
        head.append(("Publicado: " if es else "Published ") + _spoken(f.published, f.story.lang, rng, zone=zone))
    if f.modified:
        head.append(("Actualizado: " if es else "Updated ") + _spoken(f.modified, f.story.lang, rng, zone=zone))
    if head:
        lines += [*head, ""]
    if f.image:
        if rng.random() < 0.7:
            lines.append(f"https://example.com/photos/{_slug(f.headline)[:30]}.jpg")
        lines += [" ".join(f.story.paragraphs[-1].split()[:8]).rstrip(".,;:") + ".",
                  ("Foto: " if es else "Photo: ") + rng.choice(CREDITS), ""]
    for p in f.story.paragraphs:
        lines += [p, ""]
    return "\n".join(lines)


def _markdown(rng: random.Random, f: _Facts, i: int) -> str:
    body = "\n\n".join(f.story.paragraphs) + "\n"
    slug = _slug(f.headline)
    image = f"https://example.com/photos/{slug[:30]}-{i}.jpg"
    date = _iso(f.published, zone=not f.no_zone) if f.published else None
    style = rng.randrange(3)
    if style == 0:  # Hugo, TOML
        out = ["+++", f"title = {json.dumps(f.headline, ensure_ascii=False)}"]
        if f.story.standfirst:
            out.append(f"summary = {json.dumps(f.story.standfirst, ensure_ascii=False)}")
        if date:
            out.append(f"date = {date}")
        if f.modified:
            out.append(f"lastmod = {_iso(f.modified)}")
        if f.authors:
            out.append(f"authors = {json.dumps(f.authors, ensure_ascii=False)}")
        out.append(f'lang = "{f.story.lang}"')
        if f.image:
            out += ["", "[image]", f'src = "{image}"', 'alt = "Lead photo"',
                    'caption = "The scene on the day"', f'credit = "{rng.choice(CREDITS)}"']
        return "\n".join(out) + "\n+++\n\n" + body
    out = ["---", f"title: {json.dumps(f.headline, ensure_ascii=False)}"]
    if f.story.standfirst:
        out.append(f"description: {json.dumps(f.story.standfirst, ensure_ascii=False)}")
    if date:
        out.append(f"date: {date}")
    if f.modified:
        out.append(f"lastmod: {_iso(f.modified)}")
    if style == 1:  # Hugo, YAML
        if f.authors:
            out += ["authors:", *(f"  - {a}" for a in f.authors)]
        if f.image:
            out += ["images:", f"  - {image}", 'image_caption: "The scene on the day"',
                    f'image_credit: "{rng.choice(CREDITS)}"']
    else:  # Jekyll
        if f.authors:
            out += ["author:", f"  name: {f.authors[0]}", f"  url: https://example.com/authors/{_slug(f.authors[0])}"]
        if f.image:
            out += ["image:", f"  path: {image}", "  alt: Lead photo", "  caption: The scene on the day",
                    f"  credit: {rng.choice(CREDITS)}"]
    out.append(f"tags: [news, {f.story.lang}]")
    if i % 100 == 4:
        out.append("categories: [World")  # problem: front matter that does not parse
    if i % 97 == 5:
        out += ["newslint:", "  ignore: [missing-image-license]"]
    return "\n".join(out) + "\n---\n\n" + body


_PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | The Example Times</title>
<meta name="description" content="{description}">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
{jsonld}</head>
<body>
<nav><a href="/">Home</a></nav>
<article>
<header>
<h1>{title}</h1>
{byline}{time}</header>
{figure}{paragraphs}
</article>
</body>
</html>
"""


def _html(rng: random.Random, f: _Facts) -> str:
    from html import escape

    slug = _slug(f.headline)
    url = f"https://example.com/{f.published.year if f.published else 'news'}/{slug}"
    image = f"https://example.com/photos/{slug[:30]}.jpg"
    credit = rng.choice(CREDITS)
    node: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": f.headline,
                            "mainEntityOfPage": url, "inLanguage": f.story.lang}
    if f.story.standfirst:
        node["description"] = f.story.standfirst
    if f.published:
        node["datePublished"] = _iso(f.published, zone=not f.no_zone)
    if f.modified:
        node["dateModified"] = _iso(f.modified)
    if f.authors:
        people = [{"@type": "Person", "name": a, "url": f"https://example.com/authors/{_slug(a)}"} for a in f.authors]
        node["author"] = people if rng.random() > 0.05 else ", ".join(f.authors)  # problem: a plain string
    if f.image:
        node["image"] = {"@type": "ImageObject", "url": image if rng.random() > 0.04 else f"/photos/{slug[:30]}.jpg",
                         "caption": "The scene on the day", "creditText": credit}
    node["publisher"] = {"@type": "NewsMediaOrganization", "name": "The Example Times",
                         "logo": {"@type": "ImageObject", "url": "https://example.com/logo.png"}}
    roll = rng.random()
    if roll < 0.05:
        jsonld = ""  # no structured data: the reader of the visible page has to do
    else:
        if roll < 0.06:
            node["@type"] = "NewsArtcle"  # problem: a misspelt type
        text = json.dumps(node, ensure_ascii=False, indent=2)
        if roll > 0.98:
            text = text[:-2] + ",\n}"  # problem: a trailing comma, which JSON does not allow
        jsonld = f'<script type="application/ld+json">\n{text}\n</script>\n'
    byline = f'<p class="byline">{escape(_byline(f.authors, f.story.lang))}</p>\n' if f.authors else ""
    time_el = ""
    if f.published:
        shown = _spoken(f.published, f.story.lang, rng, zone=True)
        time_el = f'<p><time datetime="{_iso(f.published)}">{shown}</time></p>\n'
    figure = (f'<figure>\n<img src="{image}" alt="Lead photo">\n'
              f"<figcaption>The scene on the day. Photo: {escape(credit)}</figcaption>\n</figure>\n" if f.image else "")
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in f.story.paragraphs)
    return _PAGE.format(lang=f.story.lang, title=escape(f.headline), description=escape(f.story.standfirst or ""),
                        url=url, jsonld=jsonld, byline=byline, time=time_el, figure=figure, paragraphs=paragraphs)
