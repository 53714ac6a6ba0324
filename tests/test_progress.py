"""The progress bar (``linter/report/progress.py``): a counter until the total is known, then a
bar with the total and the time left, whenever the total comes (issue 14: ``crawl --sitemap``).

Without a terminal, the bar is driven on a fake stream that says it is one; end to end,
``newslint crawl --sitemap`` runs with its standard error on a pseudo-terminal against a
sitemap served on 127.0.0.1.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from linter.findings import Finding, Severity
from linter.output import ReportOptions, emit
from linter.report import progress
from linter.report.progress import Progress
from linter.sources.crawl import Crawl, CrawlOptions
from linter.sources.fetch import FetchOptions
from tests.fixtures.crawl.site import corpus_page
from tests.test_crawl_hostile import Answers, sitemap
from tests.test_report_formats import run_with_terminal_stderr
from tests.util import NOW

PAGE = corpus_page("aeb-aadb38e527")
ERASE = "\r\x1b[2K"


class Terminal(io.StringIO):
    """Standard error as a terminal: what the bar draws, kept."""

    def isatty(self) -> bool:
        return True

    def frames(self) -> list[str]:
        """Each line drawn, in order (the erasures between them dropped)."""
        return [frame for frame in self.getvalue().split(ERASE) if frame]


def on_terminal(monkeypatch: pytest.MonkeyPatch) -> Terminal:
    """A terminal on ``sys.stderr``, every update drawn (no redraw interval), CI not set.

    Called in the test itself: pytest's capture puts its own ``sys.stderr`` back between setup and call.
    """
    stream = Terminal()
    monkeypatch.setattr(sys, "stderr", stream)
    monkeypatch.setattr(progress, "INTERVAL", 0.0)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    return stream


# -- the line -------------------------------------------------------------------------------------

def test_a_counter_until_the_total_is_known_then_a_bar_with_the_time_left() -> None:
    bar = Progress(io.StringIO(), total=None, noun="page")
    assert bar.line(30, elapsed=10.0) == "30 pages  3.0/s  0 with errors"
    bar.total = 120  # the sitemaps are read
    assert bar.line(30, elapsed=10.0) == "#####--------------- 30/120 pages  25%  3.0/s  ETA 0:30  0 with errors"
    assert bar.line(120, elapsed=40.0) == "#################### 120/120 pages  100%  3.0/s  0 with errors"


@pytest.mark.parametrize(("left", "shown"), [(0.2, "0:01"), (59.0, "0:59"), (61.0, "1:01"), (3725.0, "1:02:05")])
def test_time_left(left: float, shown: str) -> None:
    bar = Progress(io.StringIO(), total=2, noun="file")
    assert f"ETA {shown}  " in bar.line(1, elapsed=left)


def test_no_time_left_before_anything_is_done() -> None:
    assert "ETA" not in Progress(io.StringIO(), total=10).line(0, elapsed=3.0)


# -- emit: a total learnt on the way --------------------------------------------------------------

def test_emit_shows_the_bar_from_when_the_total_is_known(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = on_terminal(monkeypatch)
    known: list[int] = []

    def results() -> Iterator[tuple[str, list[Finding]]]:
        for i in range(6):
            if i == 3:
                known.append(6)  # as a crawl does once its sitemaps are read
            path = f"https://example.com/{i}"
            yield path, [Finding("missing-author", Severity.ERROR, "article has no author", path)] if i % 2 else []

    code = emit(ReportOptions(format="json", noun="page"), results(), io.StringIO(),
                total=lambda: known[0] if known else None)
    assert code == 1
    frames = terminal.frames()
    assert frames[-1].startswith("newslint: ")  # the outcome, where the bar was
    bars = frames[:-1]
    assert re.fullmatch(r"0 pages  0 with errors", bars[0]), bars
    assert [re.match(r"\d+ pages?  ", line) is not None for line in bars] == [True] * 4 + [False] * 3, bars
    assert re.match(r"#+-* 4/6 pages  66%  [\d.]+/s  ETA 0:0\d  2 with errors$", bars[4]), bars
    assert re.match(r"#{20} 6/6 pages  100%  [\d.]+/s  3 with errors$", bars[-1]), bars


def test_emit_with_a_total_known_up_front(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = on_terminal(monkeypatch)
    results = [(f"{i}.jsonld", []) for i in range(3)]
    emit(ReportOptions(format="json"), iter(results), io.StringIO(), total=3)
    assert terminal.frames()[0] == "-------------------- 0/3 files  0%  0 with errors"
    assert "3/3 files  100%" in terminal.frames()[-2]


# -- a crawl learns its total ---------------------------------------------------------------------

@pytest.fixture
def answers() -> Iterator[Answers]:
    with Answers() as a:
        yield a


def listed(answers: Answers, count: int) -> str:
    """A sitemap of ``count`` pages on ``answers``; its URL."""
    answers.routes["/sitemap.xml"] = sitemap([answers.page(f"/news/{i}.html", PAGE) for i in range(count)])
    return answers.url("/sitemap.xml")


@pytest.mark.parametrize(("limit", "total"), [(None, 13), (50, 13), (5, 5)])
def test_a_crawl_knows_its_total_once_the_sitemaps_are_read(answers: Answers, limit: int | None,
                                                            total: int) -> None:
    """None at first; then every result, the missing sitemap's finding too; ``limit`` caps it."""
    sitemaps = [listed(answers, 12), answers.url("/missing.xml")]
    run = Crawl(sitemaps=sitemaps, now=NOW,
                options=CrawlOptions(fetch=FetchOptions(timeout=5, backoff=0), jobs=1, window=2, limit=limit))
    assert run.total is None
    seen = [run.total for _ in run]
    assert len(seen) == total == run.total
    assert seen[0] is None  # the window holds the listing back: the total comes late...
    assert {n for n in seen if n is not None} == {total}  # ...and is never a wrong number


@pytest.mark.parametrize(("args", "total"), [((), 12), (("--limit", "5"), 5)])
def test_crawl_sitemap_shows_a_bar_on_a_terminal(answers: Answers, tmp_path: Path, args: tuple[str, ...],
                                                 total: int) -> None:
    """The issue's run: ``crawl --sitemap`` on a terminal ends on a full bar, not a bare counter."""
    result, screen = run_with_terminal_stderr("crawl", "--sitemap", listed(answers, 12), "--jobs", "1",
                                              "--timeout", "5", "--format", "json", *args, cwd=tmp_path)
    assert result.code in (0, 1), screen
    assert "Traceback" not in screen
    assert re.search(re.escape(ERASE) + rf"\S{{20}} {total}/{total} pages  100%  [\d.]+/s  \d+ with errors", screen), repr(screen)
    assert screen.endswith("\n") and f"{ERASE}newslint: " in screen
