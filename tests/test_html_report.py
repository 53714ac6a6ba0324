"""--report FILE: the self-contained HTML report, checked as HTML and in a real headless Chromium.

The browser is Debian's ``chromium`` (installed here with apt-get when missing and we may;
the tests skip only if it cannot be had), driven by Playwright for Python through
``executable_path``: no browser is ever downloaded. The page is loaded from ``file://`` with
every network request recorded (there must be none), console errors collected (a
Content-Security-Policy violation would be one), and a screenshot saved under pytest's
temporary folder and as ``build/report-screenshot.png`` for people to look at.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from linter import rules
from linter.findings import Finding, Severity
from linter.report.html_report import HtmlReport
from linter.report.summary import RunSummary
from tests.test_cli import run, write_json
from tests.util import ROOT, SEED, article

# drives Debian's Chromium (/usr/bin/chromium) headless: not in `make test-fast`.
pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
HOSTILE_KEY = "<script>window.pwned=1</script>"
HOSTILE_NAME = "<img src=x onerror=window.pwned=2>.jsonld"
SEVERITY_ORDER = ("error", "warning", "info")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    shutil.copy(SEED, tmp_path / "seed.txt")
    (tmp_path / "sub").mkdir()
    write_json(tmp_path / "sub" / "warn.jsonld", article(description=None, dateModified=None))
    write_json(tmp_path / "no-date.jsonld", article(datePublished=None))
    write_json(tmp_path / HOSTILE_NAME, {**article(author=None), HOSTILE_KEY: "x"})
    (tmp_path / "broken.jsonld").write_text('{"@type": "NewsArticle",\n  "headline": }\n', encoding="utf-8")
    write_json(tmp_path / "clean.jsonld", article())
    return tmp_path


def lint_json(cwd: Path) -> dict[str, Any]:
    return run("check", ".", "--format", "json", cwd=cwd).json()


# -- the file -----------------------------------------------------------------------------------

def test_report_besides_the_format(tree: Path) -> None:
    plain = run("check", ".", "--format", "json", cwd=tree)
    r = run("check", ".", "--format", "json", "--report", "report.html", cwd=tree)
    assert (r.code, r.out, r.err) == (plain.code, plain.out, "")  # the report adds a file, nothing else
    doc = lxml.html.parse(str(tree / "report.html")).getroot()
    data = plain.json()
    rows = doc.xpath('//table[@id="pages"]/tbody/tr')
    assert len(rows) == data["summary"]["files"] == 6
    assert len(doc.xpath("//li[@data-rule]")) == len(data["findings"])
    assert [row.xpath("string(td[1])") for row in rows] == sorted(row.xpath("string(td[1])") for row in rows)
    # Nothing to fetch, and nothing but the report's own script may run.
    assert not doc.xpath("//link | //img | //iframe | //object | //embed | //*[@src]")
    assert len(doc.xpath("//script")) == 1
    csp = doc.xpath('string(//meta[@http-equiv="Content-Security-Policy"]/@content)')
    assert csp.startswith("default-src 'none'; style-src 'sha256-")
    assert "unsafe-inline" not in csp
    # The hostile name and key are text, where they belong.
    assert HOSTILE_NAME in [row.xpath("string(td[1])") for row in rows]
    assert any(HOSTILE_KEY in li.text_content() for li in doc.xpath("//li[@data-rule='unknown-property']"))
    raw = (tree / "report.html").read_text(encoding="utf-8")
    assert "<img src=x" not in raw and HOSTILE_KEY not in raw


def test_report_is_not_linted_and_replaced_whole(tree: Path) -> None:
    (tree / "out").mkdir()
    run("check", ".", "--report", "report.html", cwd=tree)
    first = (tree / "report.html").read_text(encoding="utf-8")
    r = run("check", ".", "--report", "report.html", "--format", "json", cwd=tree)
    assert r.json()["summary"]["files"] == 6  # an .html file in the tree, not linted: it is ours
    assert (tree / "report.html").read_text(encoding="utf-8") == first
    assert not [p for p in tree.iterdir() if p.name.endswith(".tmp")]
    assert oct((tree / "report.html").stat().st_mode & 0o777) != oct(0o600)


def test_report_of_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    r = run("check", "empty", "--report", "r.html", cwd=tmp_path)
    assert r.code == 0
    doc = lxml.html.parse(str(tmp_path / "r.html")).getroot()
    assert doc.xpath('//table[@id="pages"]/tbody/tr') == []
    assert "No findings." in doc.xpath('string(//section[@id="chart"])')


def test_pages_are_linked_only_when_they_are_web_pages(tmp_path: Path) -> None:
    report = HtmlReport(str(tmp_path / "r.html"))
    for url in ("https://example.com/a?x=1&y=<2>", "javascript:alert(1)"):
        report.file(url, [Finding("fetch-error", Severity.ERROR, "HTTP 404", url)])
    report.finish(RunSummary(2, 2, 0, 0, noun="page", fetch_failures=2, rules=(("fetch-error", 2),)))
    doc = lxml.html.parse(str(tmp_path / "r.html")).getroot()
    assert doc.xpath("//a/@href") == ["https://example.com/a?x=1&y=<2>"]
    assert doc.xpath("string(//thead//th[1])") == "Page"
    assert "could not be fetched" in doc.xpath('string(//section[@id="summary"])')


def fake_pages(count: int) -> Iterator[tuple[str, list[Finding]]]:
    """``count`` pages with a varied, known mix of findings (built without linting, for scale)."""
    kinds = [("missing-author", "article has no author", None),
             ("missing-date-modified", "article has no dateModified", "$"),
             ("missing-image-license", "image has no license or acquireLicensePage", "$.image[0]")]
    for i in range(count):
        path = f"https://news.example.com/{i // 100:03}/story-{i:05}.html"
        found = [rules.finding(rules.registry()[rule], message, path, line=10 + k, json_path=jp)
                 for k, (rule, message, jp) in enumerate(kinds) if i % (k + 2) == 0]
        yield path, found


def expected_of(count: int) -> tuple[Counter[str], Counter[str], int]:
    by_rule, by_severity, with_findings = Counter(), Counter(), 0
    for _, found in fake_pages(count):
        with_findings += bool(found)
        for rule in {f.rule for f in found}:
            by_rule[rule] += 1
        for severity in {f.severity.value for f in found}:
            by_severity[severity] += 1
    return by_rule, by_severity, with_findings


def write_big_report(path: Path, count: int) -> None:
    report = HtmlReport(str(path))
    files = errors = warnings = infos = 0
    for page, found in fake_pages(count):
        files += 1
        report.file(page, found)
        errors += sum(f.severity is Severity.ERROR for f in found)
        warnings += sum(f.severity is Severity.WARNING for f in found)
        infos += sum(f.severity is Severity.INFO for f in found)
    report.finish(RunSummary(files, errors, warnings, infos, noun="page"))


def test_report_memory_stays_flat(tmp_path: Path) -> None:
    """The rows go to a temporary file as they come; what stays in memory is counts."""
    tracemalloc.start()
    try:
        write_big_report(tmp_path / "big.html", 10_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = (tmp_path / "big.html").stat().st_size
    assert size > 3_000_000
    assert peak < size  # the report is never held whole


# -- in the browser -----------------------------------------------------------------------------

def _install_chromium() -> None:
    """Debian's chromium, when we are root with apt-get (as CI is); quietly nothing otherwise."""
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        subprocess.run(["apt-get", "update"], env=env, capture_output=True, timeout=600, check=False)
        subprocess.run(["apt-get", "install", "-y", "chromium"], env=env, capture_output=True, timeout=1200,
                       check=False)
    except (OSError, subprocess.TimeoutExpired):
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        _install_chromium()
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing and could not be installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class Loaded:
    """A report open in the browser, with what it asked for and what it complained about."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("dialog", lambda dialog: (self.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)

    def visible_rows(self) -> int:
        return self.page.evaluate("Array.from(document.querySelectorAll('#pages tbody tr'))"
                                  ".filter(r => r.getClientRects().length > 0).length")

    def visible_findings(self) -> list[tuple[str, str]]:
        return [tuple(x) for x in self.page.evaluate(
            "Array.from(document.querySelectorAll('#pages li[data-rule]'))"
            ".filter(li => li.getClientRects().length > 0)"
            ".map(li => [li.dataset.rule, li.dataset.severity])")]

    def select(self, rule: str = "", severity: str = "") -> None:
        self.page.select_option("#filter-rule", rule)
        self.page.select_option("#filter-severity", severity)

    def close(self) -> None:
        assert self.requests == [self.url]  # the file itself, nothing else
        assert self.errors == []
        self.page.close()


def screenshot(loaded: Loaded, tmp_path: Path, name: str) -> Path:
    shot = tmp_path / name
    loaded.page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 10_000
    build = ROOT / "build"
    build.mkdir(exist_ok=True)
    shutil.copy(shot, build / name)
    return shot


def test_report_in_chromium(browser: Any, tree: Path, tmp_path: Path) -> None:
    data = lint_json(tree)
    assert run("check", ".", "--report", "report.html", cwd=tree).code == 1
    findings = data["findings"]
    loaded = Loaded(browser, tree / "report.html")
    page = loaded.page

    assert page.title() == "newslint report: 6 files"
    numbers = page.locator("#summary .card .n").all_inner_texts()
    summary = data["summary"]
    assert numbers[:4] == [str(summary[k]) for k in ("files", "errors", "warnings", "infos")]

    # The chart: one bar per rule, drawn, errors first, then warnings, then infos, longest first within.
    chart = page.locator("#chart svg")
    box = chart.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100
    by_rule = Counter(f["rule"] for f in findings)
    assert len({worst_severity(findings, rule) for rule in by_rule}) == 3  # the order is put to the test
    assert chart_order(loaded) == expected_chart_order(findings)
    assert bar_lengths_follow_counts(loaded, by_rule)

    # The table: every file, every finding, all shown at first.
    table = page.locator("#pages")
    assert (table.bounding_box() or {}).get("height", 0) > 100
    assert loaded.visible_rows() == 6
    assert len(loaded.visible_findings()) == len(findings)
    assert page.locator("#shown").inner_text() == f"Showing 6 of 6 files, {len(findings)} findings"
    assert page.evaluate("window.pwned") is None  # the hostile name and key did not run
    assert page.locator("img").count() == 0
    screenshot(loaded, tmp_path, "report-screenshot.png")

    # Filtering by rule, by severity, by both; then back to everything.
    def files_with(rule: str = "", severity: str = "") -> set[str]:
        return {f["path"] for f in findings
                if (not rule or f["rule"] == rule) and (not severity or f["severity"] == severity)}

    for rule, severity in [("missing-date-published", ""), ("", "warning"), ("", "error"),
                           ("missing-author-url", "warning"), ("missing-author", "warning"), ("", "")]:
        loaded.select(rule, severity)
        expected = files_with(rule, severity) if rule or severity else set(files_with()) | {"clean.jsonld"}
        assert loaded.visible_rows() == len(expected), (rule, severity)
        shown = loaded.visible_findings()
        assert shown == [(f["rule"], f["severity"]) for f in findings
                         if (not rule or f["rule"] == rule) and (not severity or f["severity"] == severity)]
    # A bar of the chart filters by its rule; a second click shows everything again.
    for rule in ("missing-date-published", "unknown-property"):
        click_bar(loaded, rule)
        assert page.locator("#filter-rule").input_value() == rule
        assert loaded.visible_rows() == len(files_with(rule))
        assert loaded.visible_findings() == [(f["rule"], f["severity"]) for f in findings if f["rule"] == rule]
        assert page.locator("#chart .bar.selected").evaluate_all("bs => bs.map(b => b.dataset.rule)") == [rule]
    click_bar(loaded, "unknown-property")
    assert page.locator("#filter-rule").input_value() == ""
    assert loaded.visible_rows() == 6 and len(loaded.visible_findings()) == len(findings)
    assert page.locator("#chart .bar.selected").count() == 0
    # ...and from the keyboard.
    page.locator('#chart .bar[data-rule="missing-date-published"]').focus()
    page.keyboard.press("Enter")
    assert loaded.visible_rows() == len(files_with("missing-date-published"))
    page.keyboard.press("Enter")
    assert loaded.visible_rows() == 6

    # Every hint is shown, under its finding, in words.
    hinted = [f for f in findings if f.get("hint")]
    assert hinted
    hints = page.evaluate("Array.from(document.querySelectorAll('#pages li[data-rule]'))"
                          ".map(li => { const h = li.querySelector('.hint');"
                          " return h && h.getClientRects().length ? h.innerText : null; })")
    assert hints == [f.get("hint") or None for f in findings]
    loaded.close()


def worst_severity(findings: list[dict[str, Any]], rule: str) -> int:
    return min(SEVERITY_ORDER.index(f["severity"]) for f in findings if f["rule"] == rule)


def expected_chart_order(findings: list[dict[str, Any]]) -> list[str]:
    """Rules by their worst severity (errors first), then by count (most first), then by name."""
    by_rule = Counter(f["rule"] for f in findings)
    return sorted(by_rule, key=lambda rule: (worst_severity(findings, rule), -by_rule[rule], rule))


def chart_order(loaded: Loaded) -> list[str]:
    return loaded.page.locator("#chart .bar").evaluate_all("bs => bs.map(b => b.dataset.rule)")


def bar_lengths_follow_counts(loaded: Loaded, by_rule: Counter[str]) -> bool:
    """Each bar drawn, as long as its count says (to the pixel; the shortest is 1 px at least)."""
    lengths = loaded.page.evaluate(
        "Object.fromEntries(Array.from(document.querySelectorAll('#chart .bar')).map(b => [b.dataset.rule,"
        " Array.from(b.querySelectorAll('rect')).reduce((sum, r) => sum + r.getBBox().width, 0)]))")
    unit = max(lengths.values()) / max(by_rule.values())
    return lengths.keys() == by_rule.keys() and all(abs(lengths[r] - unit * n) <= 1.5 for r, n in by_rule.items())


def click_bar(loaded: Loaded, rule: str) -> None:
    loaded.page.locator(f'#chart .bar[data-rule="{rule}"] text.label').click()


def line_of_each_character(loaded: Loaded, selector: str) -> list[tuple[str, int]]:
    """Each character of the element's text, with the top of the line it is drawn on."""
    return [(c, top) for c, top in loaded.page.evaluate("""sel => {
        const out = [], walker = document.createTreeWalker(document.querySelector(sel), NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            for (let i = 0; i < n.data.length; i++) {
                const range = document.createRange();
                range.setStart(n, i);
                range.setEnd(n, i + 1);
                out.push([n.data[i], Math.round(range.getClientRects()[0].top)]);
            }
        }
        return out;
    }""", selector)]


LONG_URL = ("https://news.example.com/politics/2026/12/31/parliament-votes-on-the-budget-after-a-long-night/"
            "index.html?utm_source=newsletter&utm_medium=email&utm_campaign=morning_briefing")
LONG_FILE = "content/archive/2026/december/international_correspondents_weekly_roundup_edition.jsonld"


def test_chart_order_wrapping_and_hints_in_chromium(browser: Any, tmp_path: Path) -> None:
    """Issue 14: an info rule with many findings stays below the errors; long URLs and file
    names wrap between words, not inside one; hints are shown; a bar click filters and clears."""
    report = HtmlReport(str(tmp_path / "r.html"))
    mix = [("missing-image-license", Severity.INFO, 9), ("missing-date-modified", Severity.WARNING, 4),
           ("missing-author", Severity.ERROR, 1), ("missing-date-published", Severity.ERROR, 3),
           ("missing-author-url", Severity.WARNING, 4)]
    findings: list[dict[str, Any]] = []
    for i, path in enumerate([LONG_URL, LONG_FILE, "short.jsonld"]):
        found = [Finding(rule, severity, f"{rule} (#{k})", path, line=k + 1, hint=f"add it: {rule} number {k}")
                 for rule, severity, n in mix for k in range(n) if k % 3 == i]
        report.file(path, found)
        findings += [{"rule": f.rule, "severity": f.severity.value, "path": path, "hint": f.hint} for f in found]
    report.finish(RunSummary(3, 4, 8, 9, noun="page"))
    loaded = Loaded(browser, tmp_path / "r.html")
    page = loaded.page

    assert chart_order(loaded) == ["missing-date-published", "missing-author", "missing-author-url",
                                   "missing-date-modified", "missing-image-license"]
    assert chart_order(loaded) == expected_chart_order(findings)
    assert bar_lengths_follow_counts(loaded, Counter(f["rule"] for f in findings))

    # Paths wrap where a reader would break them (after "/", "_", "-", before "?" "&" "="), within
    # their column, and a word is never cut in two.
    cells = page.locator("#pages td.path")
    style = cells.first.evaluate("td => [getComputedStyle(td).overflowWrap, getComputedStyle(td).wordBreak]")
    assert style == ["anywhere", "normal"]
    assert cells.evaluate_all("tds => tds.map(td => td.textContent)") == [LONG_URL, LONG_FILE, "short.jsonld"]
    for n in (1, 2):
        selector = f"#pages tbody tr:nth-child({n}) td.path"
        chars = line_of_each_character(loaded, selector)
        assert "".join(c for c, _ in chars) == (LONG_URL, LONG_FILE)[n - 1]
        tops = sorted({top for _, top in chars})
        assert len(tops) >= 3, tops  # it did wrap
        for word in re.finditer(r"[A-Za-z0-9]+", "".join(c for c, _ in chars)):
            assert len({chars[i][1] for i in range(word.start(), word.end())}) == 1, word.group()
        assert page.locator(selector).evaluate("td => td.scrollWidth <= td.clientWidth")
    assert page.locator("#pages td.path a").get_attribute("href") == LONG_URL

    # Hints, shown under their findings.
    hints = page.locator("#pages li[data-rule] .hint")
    assert hints.count() == len(findings)
    assert hints.all_inner_texts() == [f["hint"] for f in findings]
    assert all(box and box["height"] > 0 for box in (hints.nth(i).bounding_box() for i in range(hints.count())))

    # A bar filters to its rule; clicking it again clears the filter; another bar moves it.
    click_bar(loaded, "missing-image-license")
    assert loaded.visible_findings() == [("missing-image-license", "info")] * 9
    assert loaded.visible_rows() == 3
    click_bar(loaded, "missing-author")
    assert loaded.visible_findings() == [("missing-author", "error")] and loaded.visible_rows() == 1
    click_bar(loaded, "missing-author")
    assert len(loaded.visible_findings()) == len(findings) and loaded.visible_rows() == 3
    assert page.locator("#filter-rule").input_value() == ""
    screenshot(loaded, tmp_path, "report-wrapping-screenshot.png")
    loaded.close()


def test_ten_thousand_pages_in_chromium(browser: Any, tmp_path: Path) -> None:
    count = 10_000
    write_big_report(tmp_path / "big.html", count)
    by_rule, by_severity, with_findings = expected_of(count)
    loaded = Loaded(browser, tmp_path / "big.html")
    page = loaded.page
    assert loaded.visible_rows() == count
    assert page.locator("#chart .bar").count() == len(by_rule)
    assert page.locator("#shown").inner_text().startswith(f"Showing {count} of {count} pages, ")
    loaded.select("missing-image-license")
    assert loaded.visible_rows() == by_rule["missing-image-license"]
    loaded.select("", "warning")
    assert loaded.visible_rows() == by_severity["warning"]
    loaded.select("missing-author", "warning")
    assert loaded.visible_rows() == 0
    assert page.locator("#shown").inner_text() == f"Showing 0 of {count} pages, 0 findings"
    loaded.select()
    assert loaded.visible_rows() == count
    screenshot(loaded, tmp_path, "report-10000-screenshot.png")
    loaded.close()
    assert with_findings < count  # some pages are clean: they are rows too
