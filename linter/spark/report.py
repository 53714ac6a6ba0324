"""The job's small outputs, made on the driver from the summary table: ``summary.csv`` and ``report.html``.

``report.html`` is one file with nothing to fetch (inline CSS allowed by its hash, no script), in
the look of ``newslint check --report`` (its CSS and escaping, :mod:`linter.report.html_report`):
the run's counts, the findings by rule (how many, on how many pages and hosts), and a rule × host
table for the hosts with the most pages (pages with the rule's findings, of the host's pages).
Every value from a page (host names, rule names of house schemas) is escaped.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass, field

from linter.report.html_report import _CSS, breakable, esc
from linter.spark.rows import Tally

__all__ = ["HostCount", "RuleCount", "SummaryFacts", "summary_csv", "summary_html"]

#: How many hosts the rule × host table shows (those with the most pages).
TOP_HOSTS = 20
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_MORE_CSS = """
table.matrix td, table.matrix th { white-space: nowrap; }
table.matrix th.host { max-width: 9em; overflow-wrap: anywhere; white-space: normal; font-weight: 600;
                       font-size: 12px; }
table.matrix td.n { width: auto; }
.note { color: var(--muted); margin: 6px 0 0; }
"""
_STYLE = _CSS + _MORE_CSS
_CSP = ("default-src 'none'; style-src 'sha256-"
        + base64.b64encode(hashlib.sha256(_STYLE.encode("utf-8")).digest()).decode("ascii") + "'")


@dataclass(frozen=True, slots=True)
class RuleCount:
    """One rule's findings over the whole run."""

    rule: str
    severity: str
    findings: int
    pages: int
    hosts: int


@dataclass(frozen=True, slots=True)
class HostCount:
    host: str | None  # none: files, and records whose URL is unknown
    pages: int


@dataclass(slots=True)
class SummaryFacts:
    """What the report shows: counts of the run, by rule, and by rule and host for the top hosts."""

    output: str
    tally: Tally
    seconds: float
    rules: list[RuleCount]
    hosts: list[HostCount]  # the hosts with the most pages, most first
    host_count: int  # every host seen
    #: ``(rule, host) -> (findings, pages)`` for the hosts of ``hosts``.
    cells: dict[tuple[str, str | None], tuple[int, int]] = field(default_factory=dict)


def summary_csv(rows: Iterable[tuple[str, str, str | None, int, int]]) -> str:
    """The summary table as CSV: ``rule,severity,host,findings,pages``, one line per rule and host."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("rule", "severity", "host", "findings", "pages"))
    for rule, severity, host, findings, pages in rows:
        writer.writerow((_cell(rule), severity, _cell(host or ""), findings, pages))
    return out.getvalue()


def _cell(text: str) -> str:
    # A spreadsheet runs a cell that starts with = + - @ as a formula: a host name is data.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def summary_html(facts: SummaryFacts) -> str:
    """The self-contained report."""
    from linter import __version__

    t = facts.tally
    rules = sorted(facts.rules, key=lambda r: (_SEVERITY_ORDER.get(r.severity, 3), -r.findings, r.rule))
    parts = ['<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
             '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
             f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
             f'<meta name="generator" content="newslint {esc(__version__)}">\n'
             f"<title>newslint spark report: {t.linted:,} pages</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
             f'<header>\n<h1>newslint spark report</h1>\n<p class="meta">{breakable(facts.output)}: '
             f"{t.records:,} records read in {facts.seconds:,.0f} s by newslint {esc(__version__)}</p>\n"]
    cards = [(t.records, "records read", ""), (t.pages, "HTML pages", ""), (t.linted, "pages linted", ""),
             (t.failures, "failures", "error" if t.failures else ""), (t.findings, "findings", ""),
             (facts.host_count, "hosts", "")]
    parts.append('<section class="cards" id="summary">' + "".join(
        f'<div class="card {cls}"><span class="n">{n:,}</span><span class="l">{esc(label)}</span></div>'
        for n, label, cls in cards) + "</section>\n</header>\n<main>\n")
    parts.append(_rules_table(rules))
    parts.append(_matrix(rules, facts))
    parts.append(f"</main>\n<footer>newslint {esc(__version__)}</footer>\n</body>\n</html>\n")
    return "".join(parts)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _rules_table(rules: list[RuleCount]) -> str:
    out = ['<section id="rules">\n<h2>Findings by rule</h2>\n<div class="panel">\n']
    if not rules:
        out.append('<p class="clean">No findings.</p>\n</div>\n</section>\n')
        return "".join(out)
    out.append("<table>\n<thead><tr><th>Rule</th><th>Severity</th><th>Findings</th><th>Pages</th><th>Hosts</th>"
               "</tr></thead>\n<tbody>\n")
    for r in rules:
        out.append(f'<tr><td><code class="rule">{esc(r.rule)}</code></td>'
                   f'<td><span class="sev {esc(r.severity)}">{esc(r.severity)}</span></td>'
                   f'<td class="n">{r.findings:,}</td><td class="n">{r.pages:,}</td>'
                   f'<td class="n">{r.hosts:,}</td></tr>\n')
    out.append("</tbody>\n</table>\n</div>\n</section>\n")
    return "".join(out)


def _matrix(rules: list[RuleCount], facts: SummaryFacts) -> str:
    hosts = facts.hosts
    out = ['<section id="hosts">\n<h2>Rules by host</h2>\n<div class="panel">\n']
    if not rules or not hosts:
        out.append('<p class="clean">Nothing to show.</p>\n</div>\n</section>\n')
        return "".join(out)
    out.append('<table class="matrix">\n<thead><tr><th>Rule</th>')
    for h in hosts:
        name = h.host if h.host is not None else "(files)"
        out.append(f'<th class="host" title="{esc(name)}: {_plural(h.pages, "page")}">{breakable(name)}<br>'
                   f'<span class="meta">{_plural(h.pages, "page")}</span></th>')
    out.append("</tr></thead>\n<tbody>\n")
    for r in rules:
        out.append(f'<tr><td><code class="rule">{esc(r.rule)}</code></td>')
        for h in hosts:
            findings, pages = facts.cells.get((r.rule, h.host), (0, 0))
            if findings:
                out.append(f'<td class="n" title="{_plural(findings, "finding")} on {pages:,} of '
                           f'{_plural(h.pages, "page")}">{pages:,}</td>')
            else:
                out.append('<td class="n zero">0</td>')
        out.append("</tr>\n")
    out.append("</tbody>\n</table>\n")
    shown = len(hosts)
    out.append(f'<p class="note">Pages with the rule\'s findings, for the {shown:,} host{"s" if shown != 1 else ""} '
               f"with the most pages (of {facts.host_count:,}); every host is in summary.csv.</p>\n")
    out.append("</div>\n</section>\n")
    return "".join(out)
