"""``--report FILE``: a self-contained HTML report, written besides the chosen ``--format``.

One file with nothing to fetch (inline CSS, JavaScript and SVG; a Content-Security-Policy
that allows only its own style and script, by hash), so it opens from ``file://``, from a CI
artifact or as an e-mail attachment: the summary numbers, a bar chart of findings by rule
(errors first, then warnings, then infos, most frequent first within each; a click on a bar
shows only that rule's findings, a second click all again), and a table of the files or pages
with their findings and hints, filterable by rule and severity. Long paths and URLs wrap at
their ``/`` (and ``?``, ``&``, ``#``, ``=``, ``_``), not inside a word.

Built as the run goes: each file's row is written to a temporary file (in memory while
small) and only counts are kept, so memory stays flat with thousands of pages; the head,
whose numbers are known only at the end, is written before the rows are copied after it.
The report replaces its target only once complete. Every value from a file or page (paths,
messages, JSON paths) is escaped: a hostile page title quoted in a message stays text.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import tempfile
from collections import Counter, defaultdict
from html import escape
from typing import IO

from linter.findings import Finding, Severity
from linter.report import markup_safe
from linter.report.atomic import AtomicFile
from linter.report.summary import RunSummary

_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)

_CSS = """
:root { --error: #c62828; --warning: #b26a00; --info: #1d64b0; --line: #d8dde3; --muted: #5b6570; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2329;
       background: #f5f7f9; }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 10px; }
.meta { color: var(--muted); margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 18px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; min-width: 130px; }
.card .n { display: block; font-size: 26px; font-weight: 650; font-variant-numeric: tabular-nums; }
.card .l { color: var(--muted); }
.card.error .n { color: var(--error); } .card.warning .n { color: var(--warning); }
.card.info .n { color: var(--info); }
.panel { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px; overflow-x: auto; }
#chart svg { display: block; max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
#chart .bar { cursor: pointer; }
#chart .bar:hover .label, #chart .bar:focus .label { text-decoration: underline; }
#chart .bar:focus { outline: none; }
#chart.filtered .bar:not(.selected) { opacity: .35; }
#chart .bar.selected .label { font-weight: 650; }
#chart .label { fill: #1d2329; } #chart .count { fill: var(--muted); }
.e { fill: var(--error); } .w { fill: var(--warning); } .i { fill: var(--info); }
.legend { display: flex; gap: 16px; margin: 0 0 10px; color: var(--muted); }
.legend span::before { content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 6px;
                       border-radius: 2px; vertical-align: -1px; }
.legend .le::before { background: var(--error); } .legend .lw::before { background: var(--warning); }
.legend .li::before { background: var(--info); }
#filters { display: flex; flex-wrap: wrap; gap: 16px; align-items: center; margin-bottom: 12px; }
#filters select { font: inherit; padding: 3px 6px; margin-left: 6px; }
#shown { color: var(--muted); }
table { width: 100%; border-collapse: collapse; background: #fff; }
th, td { text-align: left; vertical-align: top; padding: 7px 10px; border-bottom: 1px solid var(--line); }
th { background: #eef1f4; position: sticky; top: 0; }
td.n { text-align: right; font-variant-numeric: tabular-nums; width: 5em; }
td.path { width: 28%; overflow-wrap: anywhere; font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
          font-size: 13px; }
td.path a { color: inherit; }
ul.findings { list-style: none; margin: 0; padding: 0; }
ul.findings li { padding: 2px 0; overflow-wrap: anywhere; }
.hint { color: var(--muted); font-size: 12px; margin: 1px 0 3px 62px; }
.sev { display: inline-block; min-width: 58px; font-size: 11px; font-weight: 650; text-transform: uppercase; }
.sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--info); }
.where, .jp { color: var(--muted); font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; }
code.rule { font-size: 12px; background: #eef1f4; padding: 0 4px; border-radius: 3px; white-space: nowrap; }
.clean { color: var(--muted); }
.zero { color: #aab2ba; }
footer { color: var(--muted); padding: 24px; text-align: center; }
"""

_JS = """
"use strict";
(function () {
  var rule = document.getElementById("filter-rule");
  var severity = document.getElementById("filter-severity");
  var shown = document.getElementById("shown");
  var table = document.getElementById("pages");
  var noun = table.getAttribute("data-noun");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var items = rows.map(function (row) { return Array.prototype.slice.call(row.querySelectorAll("li[data-rule]")); });
  function apply() {
    var r = rule.value, s = severity.value, filtering = r !== "" || s !== "", pages = 0, findings = 0;
    for (var i = 0; i < rows.length; i++) {
      var visible = 0;
      for (var j = 0; j < items[i].length; j++) {
        var li = items[i][j];
        var ok = (r === "" || li.getAttribute("data-rule") === r)
                 && (s === "" || li.getAttribute("data-severity") === s);
        li.hidden = !ok;
        if (ok) { visible++; }
      }
      var show = !filtering || visible > 0;
      rows[i].hidden = !show;
      if (show) { pages++; findings += visible; }
    }
    shown.textContent = "Showing " + pages + " of " + rows.length + " " + noun + ", " + findings +
      (findings === 1 ? " finding" : " findings");
  }
  var chart = document.getElementById("chart");
  var bars = Array.prototype.slice.call(document.querySelectorAll("#chart .bar"));
  function mark() {
    chart.classList.toggle("filtered", rule.value !== "");
    bars.forEach(function (bar) {
      var on = bar.getAttribute("data-rule") === rule.value;
      bar.classList.toggle("selected", on);
      bar.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }
  function changed() { mark(); apply(); }
  rule.addEventListener("change", changed);
  severity.addEventListener("change", apply);
  bars.forEach(function (bar) {
    function toggle() {
      var r = bar.getAttribute("data-rule");
      rule.value = rule.value === r ? "" : r;  /* a second click shows everything again */
      changed();
      if (rule.value !== "") { table.scrollIntoView(); }
    }
    bar.addEventListener("click", toggle);
    bar.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); toggle(); }
    });
  });
  changed();
})();
"""


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


_CSP = f"default-src 'none'; style-src {_hash(_CSS)}; script-src {_hash(_JS)}; img-src data:"


def esc(text: str) -> str:
    """``text`` as HTML text or a quoted attribute value: markup and unsafe characters escaped."""
    return escape(markup_safe(text), quote=True)


#: Where a path or URL may wrap: after its slashes and underscores, before ? & # =.
_BREAKS = re.compile(r"(?<=[/_])(?=[^/_])|(?<=[^?&#=])(?=[?&#=])")


def breakable(text: str) -> str:
    """``text`` escaped as :func:`esc` does, with ``<wbr>`` where it may wrap between words."""
    return "<wbr>".join(esc(part) for part in _BREAKS.split(text))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class HtmlReport:
    """The report at ``path``, fed like a reporter: :meth:`file` per file, then :meth:`finish`.

    Creating it checks that ``path`` can be written (``OSError`` if not); :meth:`abort`
    drops a report that will not be finished.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._target = AtomicFile(path)
        self._out = self._target.stream
        self._rows: IO[str] = tempfile.SpooledTemporaryFile(  # noqa: SIM115  (open until finish())
            max_size=4 << 20, mode="w+", encoding="utf-8", errors="backslashreplace", newline="\n")
        self._by_rule: defaultdict[str, Counter[Severity]] = defaultdict(Counter)

    def file(self, path: str, findings: list[Finding]) -> None:
        counts = Counter(f.severity for f in findings)
        for f in findings:
            self._by_rule[f.rule][f.severity] += 1
        w = self._rows.write
        if path.startswith(("https://", "http://")):
            shown = f'<a href="{esc(path)}" rel="noopener noreferrer">{breakable(path)}</a>'
        else:
            shown = breakable(path)
        w(f'<tr><td class="path">{shown}</td>')
        for s in _SEVERITIES:
            w(f'<td class="n{"" if counts[s] else " zero"}">{counts[s]}</td>')
        if not findings:
            w('<td class="clean">no problems</td></tr>\n')
            return
        w('<td><ul class="findings">')
        for f in findings:
            jp = f' <span class="jp">{esc(f.json_path)}</span>' if f.json_path else ""
            hint = f'<div class="hint">{esc(f.hint)}</div>' if f.hint else ""
            w(f'<li data-rule="{esc(f.rule)}" data-severity="{f.severity.value}">'
              f'<span class="sev {f.severity.value}">{f.severity.value}</span> '
              f'<span class="where">{f.line or 1}:{f.column or 1}</span> {esc(f.message)} '
              f'<code class="rule">{esc(f.rule)}</code>{jp}{hint}</li>')
        w("</ul></td></tr>\n")

    def finish(self, summary: RunSummary) -> None:
        """Write the report and put it in place."""
        from linter import __version__

        w = self._out.write
        noun = f"{summary.noun}s"
        w('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
          '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
          f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
          f'<meta name="generator" content="newslint {esc(__version__)}">\n'
          f"<title>newslint report: {esc(summary.things())}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n")
        w(f'<header>\n<h1>newslint report</h1>\n<p class="meta">{esc(summary.things())} checked '
          f"by newslint {esc(__version__)}</p>\n")
        w(self._cards(summary))
        w("</header>\n<main>\n")
        w(self._chart())
        w(f'<section id="table-section">\n<h2>{noun.capitalize()}</h2>\n<form id="filters">\n'
          '<label>Rule<select id="filter-rule"><option value="">all rules</option>')
        for rule in sorted(self._by_rule):
            w(f'<option value="{esc(rule)}">{esc(rule)} ({sum(self._by_rule[rule].values())})</option>')
        w('</select></label>\n<label>Severity<select id="filter-severity"><option value="">all severities</option>')
        for s in _SEVERITIES:
            w(f'<option value="{s.value}">{s.value}s</option>')
        w('</select></label>\n<output id="shown"></output>\n</form>\n'
          f'<div class="panel"><table id="pages" data-noun="{noun}">\n'
          f"<thead><tr><th>{summary.noun.capitalize()}</th><th>Errors</th><th>Warnings</th><th>Infos</th>"
          "<th>Findings</th></tr></thead>\n<tbody>\n")
        self._rows.seek(0)
        shutil.copyfileobj(self._rows, self._out)
        self._rows.close()
        w(f"</tbody>\n</table></div>\n</section>\n</main>\n<footer>newslint {esc(__version__)}</footer>\n"
          f"<script>{_JS}</script>\n</body>\n</html>\n")
        self._target.commit()

    def abort(self) -> None:
        """Drop the unfinished report; the target is left as it was."""
        self._rows.close()
        self._target.abort()

    def _cards(self, summary: RunSummary) -> str:
        cards = [(summary.files, f"{summary.noun}s checked", ""), (summary.errors, "errors", "error"),
                 (summary.warnings, "warnings", "warning"), (summary.infos, "infos", "info")]
        if summary.fetch_failures:
            cards.append((summary.fetch_failures, "could not be fetched", "error"))
        if summary.baseline is not None:
            cards.append((summary.baseline.matched, "in the baseline, not shown", ""))
            cards.append((summary.baseline.stale, "baseline entries fixed", ""))
        body = "".join(f'<div class="card {cls}"><span class="n">{n}</span><span class="l">{esc(label)}</span></div>'
                       for n, label, cls in cards)
        return f'<section class="cards" id="summary">{body}</section>\n'

    def _chart(self) -> str:
        """Findings by rule as a horizontal stacked bar chart (inline SVG): by severity, then most frequent."""
        out = ['<section id="chart">\n<h2>Findings by rule</h2>\n<div class="panel">\n']
        if not self._by_rule:
            out.append('<p class="clean">No findings.</p>\n</div>\n</section>\n')
            return "".join(out)
        order = sorted(self._by_rule.items(), key=_chart_order)
        top = max(sum(counts.values()) for _, counts in order)
        label_w, bar_w, row_h, pad = 270, 560, 22, 4
        width, height = label_w + bar_w + 60, row_h * len(order) + pad
        out.append('<p class="legend"><span class="le">errors</span><span class="lw">warnings</span>'
                   '<span class="li">infos</span></p>\n')
        out.append(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
                   f'height="{height}" role="img" aria-label="Findings by rule">\n')
        for i, (rule, counts) in enumerate(order):
            y = pad + i * row_h
            total = sum(counts.values())
            tip = f"{rule}: " + ", ".join(_plural(counts[s], s.value) for s in _SEVERITIES if counts[s])
            out.append(f'<g class="bar" data-rule="{esc(rule)}" tabindex="0" role="button" aria-pressed="false">'
                       f'<title>{esc(tip)}</title>'
                       f'<text class="label" x="{label_w - 8}" y="{y + 14}" text-anchor="end">{esc(rule)}</text>')
            x = float(label_w)
            for s, cls in zip(_SEVERITIES, "ewi", strict=False):
                if counts[s]:
                    w = max(bar_w * counts[s] / top, 1.0)
                    out.append(f'<rect class="{cls}" x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}"/>')
                    x += w
            out.append(f'<text class="count" x="{x + 6:.1f}" y="{y + 14}">{total}</text></g>\n')
        out.append("</svg>\n</div>\n</section>\n")
        return "".join(out)



def _chart_order(item: tuple[str, Counter[Severity]]) -> tuple[int, int, str]:
    """A rule's place in the chart: its worst severity (errors first), then most findings, then name."""
    rule, counts = item
    worst = next(i for i, s in enumerate(_SEVERITIES) if counts[s])
    return worst, -sum(counts.values()), rule
