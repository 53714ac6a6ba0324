"""The ``newslint`` command line.

Findings go to stdout, diagnostics to stderr. Exit codes: 0 no errors, 1 errors
found (or warnings too with ``--strict``), 2 usage, configuration or internal error.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import IO, TYPE_CHECKING, Any

from linter import __version__
from linter.output import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, FAIL_ON, UsageError

if TYPE_CHECKING:  # pragma: no cover
    from linter.config import Config
    from linter.findings import Finding
    from linter.fix import Fixed
    from linter.output import ReportOptions

__all__ = ["EXIT_ERROR", "EXIT_FINDINGS", "EXIT_OK", "UsageError", "build_parser", "main"]


def _rule_names(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"expected 0 (one per CPU) or a positive number, not {value!r}")
    return jobs


class _Parser(argparse.ArgumentParser):
    """argparse, its usage errors on one line whatever an argument holds (a line break, an escape)."""

    def error(self, message: str):  # type: ignore[no-untyped-def]  # -> NoReturn
        from linter.report import one_line

        super().error(one_line(message))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newslint",
        description="Structured-data and SEO linter for news articles (schema.org NewsArticle, FAQPage).",
    )
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="lint article sources (text, Markdown), pages and JSON-LD files",
                           description="Lint article sources (plain text .txt, Markdown .md and .markdown), "
                                       "published pages (.html, .htm) and JSON-LD files (.json, .jsonld). "
                                       "Directories are searched for files newslint reads; files that are no "
                                       "article (requirements.txt, robots.txt, README.md, package.json) are "
                                       "passed over and named on standard error.")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                       help="files or directories (default: .); - reads standard input")
    check.add_argument("--select", type=_rule_names, action="extend", metavar="RULES",
                       help="run only these rules (comma-separated names); replaces the configured selection")
    check.add_argument("--ignore", type=_rule_names, action="extend", metavar="RULES",
                       help="skip these rules (comma-separated names), on top of the configuration")
    check.add_argument("--stdin-filename", metavar="NAME",
                       help="name (and so reader, by extension) for input read from standard input")
    check.add_argument("-j", "--jobs", type=_jobs, default=0, metavar="N",
                       help="worker processes for many files (default: 0, one per CPU; 1: none); "
                            "the output is the same whatever N (--fix and --diff work one file at a time)")
    _fix_options(check)
    add_output_options(check)
    _common(check)
    check.set_defaults(func=cmd_check)

    convert = sub.add_parser("convert", help="print the JSON-LD newslint builds for an article",
                             description="Build schema.org NewsArticle and FAQPage JSON-LD from an article source.")
    convert.add_argument("path", metavar="PATH",
                         help="article source (.txt, .md) or page (.html); - reads standard input")
    convert.add_argument("--kind", choices=("text", "markdown", "html"),
                         help="what PATH holds (default: from its extension; standard input is sniffed)")
    convert.add_argument("--url", metavar="URL", help="the page's address, to resolve its relative links")
    convert.add_argument("--explain", action="store_true",
                         help="also print, on standard error, where each property came from")
    convert.add_argument("--format", choices=("json", "script"), default="json",
                         help="json: one JSON-LD document with @graph (default); "
                              "script: <script type=\"application/ld+json\"> blocks to paste into a page")
    _common(convert)
    convert.set_defaults(func=cmd_convert)

    fix = sub.add_parser("fix", help="make the fixes rules offer, in place (check --fix without the report)",
                         description="Make the fixes newslint's rules offer for what they find, in place: the "
                                     "safe ones (a type's letter case, a misspelt property, a relative URL made "
                                     "absolute, tolerated JSON written strictly...), and with --unsafe-fixes also "
                                     "those that add a fact the page states elsewhere (the visible byline as "
                                     "author, the caption's credit) or write the JSON-LD 'convert' builds into a "
                                     "page without Article markup. Only the JSON-LD block or front-matter key a "
                                     "fix repairs changes; files are replaced atomically. What was fixed, and how "
                                     "many findings remain, is said on standard error; 'newslint check' shows "
                                     "them. Exit status 1 when a file could not be fixed (read-only, hard-linked, "
                                     "unreadable; each is named), else 0; with --diff, also 1 when there are "
                                     "changes to make.")
    fix.add_argument("paths", nargs="+", metavar="PATH",
                     help="pages (.html), JSON-LD files and Markdown articles, or directories holding them")
    fix.add_argument("--unsafe-fixes", action="store_true",
                     help="also make the unsafe fixes (facts read from elsewhere on the page, each citing its "
                          "evidence; a JSON-LD block for a page without Article markup)")
    fix.add_argument("--diff", action="store_true",
                     help="print the changes as a unified diff instead of writing them (exit 1 if there are any)")
    fix.add_argument("--select", type=_rule_names, action="extend", metavar="RULES",
                     help="make only these rules' fixes (comma-separated names); replaces the configured selection")
    fix.add_argument("--ignore", type=_rule_names, action="extend", metavar="RULES",
                     help="make no fixes of these rules (comma-separated names), on top of the configuration")
    _common(fix)
    fix.set_defaults(func=cmd_fix)

    crawl = sub.add_parser("crawl", help="fetch published pages over HTTP and lint them",
                           description="Fetch pages (URLs, a URL file, sitemaps) and lint each with the checks of "
                                       "'newslint check page.html'. Pages listed in a Google News sitemap are also "
                                       "checked against their entry. Reported in input order; a page's path is "
                                       "its URL as given.")
    crawl.add_argument("urls", nargs="*", metavar="URL", help="pages to lint (http or https)")
    crawl.add_argument("--urls-file", metavar="FILE", help="URLs to lint, one a line (- reads standard input)")
    crawl.add_argument("--sitemap", action="append", metavar="URL",
                       help="sitemap or sitemap index whose pages to lint (.xml, .xml.gz, Google News "
                            "sitemaps); repeatable")
    crawl.add_argument("--warc", metavar="FILE",
                       help="also record the pages fetched in FILE (.warc.gz: request and response records, "
                            "as fetched), to lint them again without the network: newslint check FILE "
                            "(needs the warc extra: pip install fastwarc)")
    crawl.add_argument("--allow-host", action="append", metavar="HOST[:PORT]",
                       help="also crawl pages sitemaps list on this host (repeatable; '*': any); by default "
                            "only the hosts of the URLs and sitemaps given are crawled, and pages elsewhere "
                            "are reported as sitemap-lists-other-host")
    crawl.add_argument("--limit", type=_crawl_number(int, 0), metavar="N", help="lint at most N pages")
    crawl.add_argument("--include", action="append", metavar="REGEX",
                       help="lint only page URLs this regular expression matches (repeatable: any of them)")
    crawl.add_argument("--exclude", action="append", metavar="REGEX",
                       help="skip page URLs this regular expression matches (repeatable)")
    crawl.add_argument("--since", metavar="DATE",
                       help="lint only sitemap pages last modified or published on or after DATE "
                            "(YYYY-MM-DD or an ISO 8601 date-time)")
    crawl.add_argument("--select", type=_rule_names, action="extend", metavar="RULES",
                       help="run only these rules (comma-separated names); replaces the configured selection")
    crawl.add_argument("--ignore", type=_rule_names, action="extend", metavar="RULES",
                       help="skip these rules (comma-separated names), on top of the configuration")
    crawl.add_argument("-j", "--jobs", type=_jobs, default=0, metavar="N",
                       help="worker processes linting the pages (default: 0, one per CPU; 1: none, a thread, "
                            "where a page past its time budget is interrupted only between two Python steps)")
    crawl.add_argument("--concurrency", type=_crawl_number(int, 1), default=8, metavar="N",
                       help="requests at once (default: 8)")
    crawl.add_argument("--per-host", type=_crawl_number(int, 1), default=4, metavar="N",
                       help="requests at once to one host (default: 4)")
    crawl.add_argument("--timeout", type=_crawl_number(float, 0.001), default=10.0, metavar="SECONDS",
                       help="wait at most this long to connect or for data (default: 10); a request taking "
                            "five times as long in all is given up, and so is linting a page for as long "
                            "(at least 10 s): a lint-timeout")
    crawl.add_argument("--retries", type=_crawl_number(int, 0), default=2, metavar="N",
                       help="tries again after 429, 502, 503 and 504 answers (default: 2)")
    crawl.add_argument("--max-size", type=_crawl_number(float, 0.001), default=10.0, metavar="MB",
                       help="largest page read, decompressed (default: 10; at most 32)")
    crawl.add_argument("--user-agent", metavar="TEXT",
                       help=f"User-Agent header, also matched against robots.txt (default: newslint/{__version__} ...)")
    crawl.add_argument("--ignore-robots", action="store_true", help="fetch pages robots.txt disallows")
    add_output_options(crawl)
    _common(crawl)
    crawl.set_defaults(func=cmd_crawl)

    spark = sub.add_parser("spark", help="lint WARC archives and HTML pages on Apache Spark, into Parquet tables",
                           description="Lint every HTML page of WARC archives (and folders of HTML pages) on "
                                       "Apache Spark, with the checks of 'newslint check', and write the findings, "
                                       "pages and summary tables (Parquet), summary.csv and report.html under "
                                       "--output. With no cluster, runs on this machine (local[*]). Needs the "
                                       "spark extra (pip install 'newslint[spark]') and a Java runtime.")
    spark.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="WARC files (.warc, .warc.gz), folders of them or of HTML pages, or files listing "
                            "them one a line; here, or behind a URI Spark reads (s3a://, gs://, hdfs://)")
    spark.add_argument("--output", required=True, metavar="DIR",
                       help="folder the tables are written to (replaced on each run), here or behind a URI")
    spark.add_argument("--master", metavar="URL",
                       help="Spark master (default: spark-submit's, else SPARK_MASTER, else local[*])")
    spark.add_argument("--partitions", type=_crawl_number(int, 1), metavar="N",
                       help="tasks the local files are linted in (default: one per WARC file, HTML pages "
                            "1,000 a task)")
    spark.add_argument("--select", type=_rule_names, action="extend", metavar="RULES",
                       help="run only these rules (comma-separated names); replaces the configured selection")
    spark.add_argument("--ignore", type=_rule_names, action="extend", metavar="RULES",
                       help="skip these rules (comma-separated names), on top of the configuration")
    spark.add_argument("-q", "--quiet", action="store_true",
                       help="nothing on stderr but errors and Spark's own: no progress, no summary line")
    _common(spark)
    spark.set_defaults(func=cmd_spark)

    rules = sub.add_parser(
        "rules", help="list the rules, or show one rule's documentation",
        description="List every rule newslint knows (built in, and the house rules the\n"
                    "configuration's schemas name) with its severity, authority, whether it can fix\n"
                    "what it finds (fix: always, fix?: sometimes) and summary, or show one rule's\n"
                    "documentation. Severities are as configured\n"
                    "([tool.newslint] severity); rules the configuration leaves out are marked (off).",
        epilog="examples:\n  newslint rules\n  newslint rules missing-date-published\n"
               "  newslint rules --format json | jq '.[] | select(.severity == \"error\") | .name'",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    rules.add_argument("name", nargs="?", metavar="NAME", help="rule to show")
    rules.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    rules.add_argument("--config", metavar="FILE", help="configuration file (default: nearest .newslint.toml "
                                                        "or pyproject.toml with [tool.newslint])")
    rules.add_argument("--isolated", action="store_true", help="ignore all configuration files")
    rules.set_defaults(func=cmd_rules)
    return parser


def _crawl_number(cast: Callable[[str], float], minimum: float) -> Callable[[str], float]:
    """A ``type=`` for argparse: a finite number of at least ``minimum``."""
    def number(value: str) -> float:
        import math

        n: float | None
        try:
            n = cast(value)
        except ValueError:
            n = None
        if n is None or not math.isfinite(n) or n < minimum:  # (nan is below nothing; inf overflows)
            raise argparse.ArgumentTypeError(f"expected a number of at least {minimum:g}, not {value!r}")
        return n
    return number


def add_output_options(p: argparse.ArgumentParser) -> None:
    """The options of every command that reports findings (:func:`report_options` reads them)."""
    from linter.report import FORMATS

    out = p.add_argument_group("output")
    out.add_argument("--format", choices=FORMATS, default=None,
                     help="output format: text (default), parsable, json, github (workflow commands; the default "
                          "when GITHUB_ACTIONS=true), sarif (code scanning) or junit (test reports)")
    out.add_argument("-o", "--output-file", metavar="FILE", help="write findings to FILE instead of stdout")
    out.add_argument("--report", metavar="FILE",
                     help="also write a self-contained HTML report to FILE (summary, chart, filterable table)")
    out.add_argument("-q", "--quiet", action="store_true",
                     help="nothing on stderr but errors: no progress bar, no notes")
    out.add_argument("--no-progress", dest="progress", action="store_false",
                     help="no progress bar (shown only when stderr is a terminal and CI is not set)")
    out.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                     help="colour the text output (default: auto, on a terminal unless NO_COLOR is set)")
    status = p.add_argument_group("exit status")
    status.add_argument("--fail-on", choices=tuple(FAIL_ON), default=None,
                        help="least severity that makes the exit status 1 (default: error)")
    status.add_argument("--strict", action="store_true", help="exit 1 on warnings too: --fail-on warning")
    status.add_argument("--exit-zero", action="store_true",
                        help="exit 0 even when findings are reported: --fail-on never (wins over both)")
    status.add_argument("--baseline", metavar="FILE",
                        help="leave out the findings recorded in FILE: only new ones are reported and fail the run")
    status.add_argument("--write-baseline", metavar="FILE",
                        help="record every finding of this run in FILE, for --baseline; exits 0")


def report_options(args: argparse.Namespace, *, noun: str = "file") -> ReportOptions:
    """The options :func:`add_output_options` added, as the reporter takes them."""
    from linter.findings import Severity
    from linter.output import ReportOptions

    if args.exit_zero:
        failing = None
    elif args.fail_on:
        failing = FAIL_ON[args.fail_on]
    else:
        failing = Severity.WARNING if args.strict else Severity.ERROR
    return ReportOptions(format=args.format, color=args.color, failing=failing, quiet=args.quiet,
                         progress=args.progress, output_file=args.output_file, report=args.report,
                         baseline=args.baseline, write_baseline=args.write_baseline, noun=noun)


def _fix_options(p: argparse.ArgumentParser) -> None:
    group = p.add_argument_group("fixes")
    group.add_argument("--fix", action="store_true",
                       help="make the safe fixes rules offer, in place, then report what remains "
                            "(only the selected rules' fixes: --select, --ignore)")
    group.add_argument("--unsafe-fixes", action="store_true",
                       help="with --fix or --diff, also make the unsafe fixes (facts read from elsewhere on the "
                            "page, each citing its evidence); without, count them as fixable in the summary")
    group.add_argument("--diff", action="store_true",
                       help="print the fixes as a unified diff instead of making them, and no report "
                            "(exit 1 if there are any)")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="FILE", help="configuration file (default: nearest .newslint.toml "
                                                    "or pyproject.toml with [tool.newslint])")
    p.add_argument("--isolated", action="store_true", help="ignore all configuration files")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    _escape_unencodable(sys.stdout)
    try:
        code: int = args.func(args)
        _flush_stdout()
        return code
    except UsageError as exc:
        _error(str(exc))
        return EXIT_ERROR
    except BrokenPipeError:
        # Output piped into `head` and closed (`convert`, `rules`: check, crawl and fix keep
        # going, see linter.output.Output): not an error of ours. What is still buffered
        # goes to devnull, or the flush at exit would complain (exit 120).
        _discard_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the promise: never a traceback
        if os.environ.get("NEWSLINT_DEBUG"):
            raise
        _error(f"internal error: {type(exc).__name__}: {exc} (set NEWSLINT_DEBUG=1 for a traceback)")
        return EXIT_ERROR


def _flush_stdout() -> None:
    """Flush what is left for stdout: a reader gone by now changes nothing, a full disk is an error."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        # All was linted and reported elsewhere (--report): the exit status stands, as it
        # does when the reader leaves earlier (linter.output.Output).
        _discard_stdout()
    except OSError as exc:
        raise UsageError(f"cannot write standard output: {exc.strerror or exc}") from None


def _discard_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real stdout (embedded, tests): nothing to flush
        pass


def _error(message: str) -> None:
    from linter.report import one_line

    # One line whatever a bad value holds: a file name with a line break, or one that would
    # read as a workflow command ("\n::add-mask::") in a CI log.
    sys.stderr.write(f"newslint: error: {one_line(message)}\n")


def _config(args: argparse.Namespace) -> Config:
    from linter.config import Config, ConfigError, load_config

    if args.isolated:
        return Config()
    try:
        return load_config(args.config)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def _unknown_rule(name: str, where: str = "", *, known: Sequence[str] | None = None) -> UsageError:
    """``name`` is no rule: a usage error with the closest rule name (of ``known``, by default
    the built-in rules)."""
    from linter import rules

    if known is None:
        hint = rules.suggest(name)
    else:
        import difflib

        hint = next(iter(difflib.get_close_matches(name, known, n=1, cutoff=0.6)), None)
    advice = f"did you mean '{hint}'?" if hint else "'newslint rules' lists them all"
    return UsageError(f"unknown rule '{name}'{where} ({advice})")


def _escape_unencodable(stream: IO[str]) -> None:
    # A strict stream would turn a file name that is not UTF-8, or a character the
    # terminal's encoding lacks, into a crash halfway through the output.
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(errors="backslashreplace")
        except (ValueError, OSError):  # pragma: no cover - a stream that cannot change
            pass


def _read_stdin() -> bytes:
    if sys.stdin is None:  # started with standard input closed
        raise UsageError("cannot read standard input: it is closed")
    from linter.decode import MAX_BYTES

    # One byte more than is linted tells input too large, without holding all of it in memory.
    return sys.stdin.buffer.read(MAX_BYTES + 1)


def _read_file(name: str, doing: str) -> bytes:
    """The bytes of input file ``name``, read as ``check`` reads files; a usage error if it cannot be."""
    from linter.inputfile import InputError, TooLarge, read_input

    try:
        return read_input(name)
    except TooLarge:  # converting the part read would mislead
        raise UsageError(f"{name} is too large to {doing}") from None
    except InputError as exc:  # a FIFO, a device, a link that loops: never waited on, never read forever
        raise UsageError(f"cannot read {name}: {exc.reason}") from None


def _write_json(text: str) -> None:
    """Write JSON (or script blocks holding JSON) to stdout, valid whatever its encoding."""
    from linter.report import no_surrogates

    text = no_surrogates(text)  # as in every output: strict JSON readers reject a lone one, even escaped
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        # Non-ASCII characters only occur inside JSON strings here, where \u escapes
        # mean the same; a stream's own escaping (\xc1) would not be JSON.
        text = re.sub(r"[^\x00-\x7f]", lambda m: json.dumps(m.group())[1:-1], text)
    sys.stdout.write(text)


def _selected_config(args: argparse.Namespace) -> Config:
    """The configuration with ``--select`` and ``--ignore`` applied (unknown names: a usage error)."""
    from dataclasses import replace

    from linter import rules

    config = _config(args)
    known = {*rules.registry(), *config.house_rules}
    for option, names in (("--select", args.select), ("--ignore", args.ignore)):
        for name in names or ():
            if name not in known:
                raise _unknown_rule(name, f" in {option}")
    if args.select:
        config = replace(config, select=frozenset(args.select))
    if args.ignore:
        config = replace(config, ignore=config.ignore | frozenset(args.ignore))
    return config


def cmd_check(args: argparse.Namespace) -> int:
    from linter.fixes import edits
    from linter.lint import collect_files, lint_bytes, lint_files, lint_path
    from linter.output import emit, open_output, output_format, without_outputs
    from linter.readers import source_kind
    from linter.sources import is_warc

    if (args.fix or args.diff) and "-" in args.paths:
        raise UsageError(f"{'--diff' if args.diff else '--fix'} works on files: give files or directories, "
                         "not standard input")
    config = _selected_config(args)
    options = report_options(args)
    # Fixes as edits of the files' text cost a second edit per fix: made only for the formats that show them.
    with_edits = output_format(options) in edits.FORMATS
    if args.diff:
        # The diff is all --diff prints: an option for the report would be ignored without a word.
        reporting = next((option for option, value in (("--format", args.format), ("--output-file", args.output_file),
                                                        ("--report", args.report), ("--baseline", args.baseline),
                                                        ("--write-baseline", args.write_baseline)) if value), None)
        if reporting:
            raise UsageError(f"--diff prints the fixes as a diff, and no report: {reporting} does not go with it")
        return _diff(args, config)

    stdin = "-" in args.paths
    paths = [p for p in args.paths if p != "-"]
    # lexists: a link that loops or points nowhere is there, unreadable; linting reports it
    # as that file's parse-error, as it does for such a link met in a directory.
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        raise UsageError(f"no such file or directory: {missing[0]}")

    # Collected before the output file is opened, and without it: a report written
    # into the tree being linted must not be linted itself, empty or half-written.
    files = collect_files(paths, config, archives=True)
    # Refused before the output is opened (truncated): an output that is one of the files
    # being checked, or that another output or the baseline is.
    files = without_outputs(options, files, named=paths)
    # WARC archives: each HTML record is one result, in record order, where the archive sorts.
    archives = {f for f in files if is_warc(f)}
    if archives:
        from linter.sources import warc_check  # without the warc extra: one line, exit 2, before any output
    out = open_output(args.output_file)
    stdin_name = args.stdin_filename or "<stdin>"
    # One order for everything reported, standard input included: by path.
    sources = sorted([*((f, False) for f in files), *([(stdin_name, True)] if stdin else [])])

    run: _FixRun | None = None
    results: Generator[tuple[str, list[Finding]], None, None]
    if args.fix:
        # One file at a time, whatever --jobs says: each is fixed, written, then checked again.
        # (A WARC archive is a record of pages as fetched: read, never fixed.)
        run = _FixRun()
        results = ((path, _with_edits(result, findings, config) if with_edits else findings)
                   for path, result, findings in _fixing([f for f in files if f not in archives], config,
                                                         unsafe=args.unsafe_fixes, write=True, run=run, reported=True))
    else:
        # Files are linted in order (by worker processes when there are many), standard input
        # when its turn comes.
        results = lint_files([path for path, from_stdin in sources if not from_stdin and path not in archives],
                             config, jobs=args.jobs, lint=edits.lint_path_with_edits if with_edits else lint_path)

    def in_order() -> Iterator[tuple[str, list[Finding]]]:
        for path, from_stdin in sources:
            if from_stdin:
                data = _read_stdin()
                # Without a name saying what it is, what it starts with does (front matter: Markdown).
                kind = source_kind(path, data=data)
                findings = lint_bytes(data, path, kind=kind, config=config)
                yield path, edits.replacements(data, path, findings, config, kind=kind) if with_edits else findings
            elif path in archives:
                yield from warc_check.lint_warc(path, config=config)  # (imported above)
            else:
                yield next(results)

    try:
        # (How many pages an archive holds is known once it is read.)
        return emit(options, in_order(), out, total=None if archives else len(sources),
                    fixed=run.made if run is not None else None, unsafe_fixes=args.unsafe_fixes)
    finally:
        results.close()  # stops the workers if the run ends early
        out.close()  # a file's last bytes, and a full disk found writing them


def _with_edits(result: Fixed, findings: list[Finding], config: Config) -> list[Finding]:
    """The findings of a file ``check --fix`` wrote (or left alone), their fixes with their edits of it."""
    from linter.fixes.edits import lint_path_with_edits, replacements
    from linter.lint import lint_file_safely

    if result.findings is None:  # left alone, and read again: what is on disk now
        return lint_file_safely(result.path, config=config, lint=lint_path_with_edits)
    return replacements(result.after if result.after is not None else result.before, result.path, findings, config)


@dataclass(slots=True)
class _FixRun:
    """What fixing files came to so far: the counts of the line ``fix`` and ``--diff`` end with."""

    files: int = 0  # files fixed or looked at (not those passed over as no article)
    changed: int = 0  # files changed (or, with --diff, that would be)
    failed: int = 0  # files that could not be fixed, each named on stderr
    partly: int = 0  # files fixed in part: a fix could not be made, the others were (named too)
    made: Counter[str] = field(default_factory=Counter)  # fixes made (or that would be), by rule
    remaining: int = 0  # findings in the files once fixed
    unsafe_left: int = 0  # of those, findings with an unsafe fix, which --unsafe-fixes would make
    passed_over: list[str] = field(default_factory=list)  # files that are no article: not fixed, not counted

    def say(self, *, diff: bool, unsafe: bool) -> None:
        """The files passed over, as ``check`` names them, and the closing line, on stderr."""
        from linter.output import note, passed_over_note

        if self.passed_over:
            note(passed_over_note(self.passed_over))
        note(self.line(diff=diff, unsafe=unsafe))

    def line(self, *, diff: bool, unsafe: bool) -> str:
        """The closing line on stderr: ``newslint: fixed 3 findings in 2 of 5 files (rule 3); ...``."""
        fixes = sum(self.made.values())
        if fixes:
            by_rule = sorted(self.made.items(), key=lambda item: (-item[1], item[0]))
            rules = ", ".join(f"{rule} {n}" for rule, n in by_rule[:5]) + (", ..." if len(by_rule) > 5 else "")
            line = (f"{'would fix' if diff else 'fixed'} {_count(fixes, 'finding')} in {self.changed} of "
                    f"{_count(self.files, 'file')} ({rules})")
        else:
            line = f"nothing to fix in {_count(self.files, 'file')}"
        more = f"{self.unsafe_left} fixable with --unsafe-fixes" if self.unsafe_left and not unsafe else ""
        if not diff:
            line += f"; {_count(self.remaining, 'finding')} remain{'s' if self.remaining == 1 else ''}"
            line += f" ({more})" if more else ""
        elif more:
            line += f"; {self.unsafe_left} more with --unsafe-fixes"
        if self.failed or self.partly:
            parts = [f"{_count(self.failed, 'file')} could not be fixed"] if self.failed else []
            if self.partly:
                parts.append(f"{self.partly} only in part" if self.failed
                             else f"{_count(self.partly, 'file')} only in part")
            line += f"; {', '.join(parts)} (see above)"
        return f"newslint: {line}"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _fixing(files: Sequence[str], config: Config, *, unsafe: bool, write: bool, run: _FixRun,
            reported: bool = False) -> Generator[tuple[str, Fixed, list[Finding]], None, None]:
    """Each file fixed (``write=False``: only computed) with what ``check`` finds in it then, counted in ``run``.

    A file that could not be fixed is named on stderr with the reason: a problem of the file
    (read-only, hard-linked, a symlink out of the tree, changed meanwhile), a fix that could not
    be made, or a file newslint cannot read at all (a parse-error: binary, not text), unless
    the findings are ``reported`` (``check --fix``), where its parse-error says it once. Files
    passed over as no article are neither fixed nor counted.
    """
    from linter.fix import fix_path
    from linter.fixes.engine import fixed
    from linter.lint import lint_file_safely, passed_over
    from linter.output import note
    from linter.report import one_line

    compute = partial(fixed, unsafe=unsafe)  # a bug met fixing a file leaves it alone, named
    for path in files:
        result = fix_path(path, config, write=write, compute=compute, tree=".")
        findings = result.findings if result.findings is not None else lint_file_safely(path, config=config)
        if passed_over(findings):
            run.passed_over.append(path)
        else:
            run.files += 1
            why = _not_fixed(result, [] if reported else findings)
            if why is not None:
                if result.changed:
                    run.partly += 1
                else:
                    run.failed += 1
                note(one_line(why))
            if result.changed:
                run.changed += 1
                run.made.update(result.applied)
            run.remaining += len(findings)
            run.unsafe_left += sum(1 for f in findings if f.fix is not None and f.fix.safety.value == "unsafe")
        yield path, result, findings


def _not_fixed(result: Fixed, findings: Sequence[Finding]) -> str | None:
    """Why a file could not be fixed (``path[:line]: reason``), or ``None``; ``findings``: those to
    look for a parse-error in, when the file has no problem of its own."""
    problem = result.problem
    if problem is None and not result.changed:
        # A file newslint cannot read at all (binary, not text, too large) has nothing to fix.
        unread = next((f for f in findings if f.rule == "parse-error"), None)
        if unread is not None:
            problem = dataclasses.replace(unread, message=f"{unread.message}; left unchanged")
    if problem is None:
        return None
    line = f":{problem.line}" if problem.line is not None else ""
    return f"{result.path}{line}: {problem.message}"


def _files_to_fix(paths: Sequence[str], config: Config) -> list[str]:
    """The files ``fix`` and ``--diff`` work on; a WARC archive named among them is left out, and said so.

    An archive records pages as they were fetched: ``check`` reads them, nothing is written
    there (a directory's archives are not collected at all).
    """
    from linter.lint import collect_files
    from linter.output import note
    from linter.report import one_line
    from linter.sources import is_warc

    missing = [p for p in paths if not os.path.lexists(p)]  # a looping link: its problem, in _fixing
    if missing:
        raise UsageError(f"no such file or directory: {missing[0]}")
    files = collect_files(paths, config)
    for archive in (f for f in files if is_warc(f)):
        note(one_line(f"newslint: {archive}: a WARC archive holds pages as fetched, which are checked, never fixed"))
    return [f for f in files if not is_warc(f)]


def _diff(args: argparse.Namespace, config: Config) -> int:
    """``check --diff`` and ``fix --diff``: the fixes as a unified diff on stdout; exit 1 if there are any."""
    from linter.fix import diff
    from linter.output import Output

    files = _files_to_fix(args.paths, config)
    out = Output(sys.stdout, "standard output")  # `--diff | head`: every file is still judged, for the status
    run = _FixRun()
    for _, result, _ in _fixing(files, config, unsafe=args.unsafe_fixes, write=False, run=run):
        if result.changed:
            out.write(diff(result))
    out.flush()
    run.say(diff=True, unsafe=args.unsafe_fixes)
    return EXIT_FINDINGS if run.changed or run.failed or run.partly else EXIT_OK


def cmd_crawl(args: argparse.Namespace) -> int:
    from linter.output import check_outputs, emit, open_output
    from linter.sources.crawl import USER_AGENT, CrawlInputError, CrawlOptions, FetchOptions, from_command, parse_since
    from linter.sources.urls import MB

    config = _selected_config(args)
    options = report_options(args, noun="page")
    check_outputs(options)
    try:
        fetch = FetchOptions(concurrency=args.concurrency, per_host=args.per_host, timeout=args.timeout,
                             retries=args.retries, max_bytes=int(args.max_size * MB),
                             user_agent=args.user_agent or USER_AGENT)
        crawl = CrawlOptions(fetch=fetch, robots=not args.ignore_robots, limit=args.limit,
                             include=tuple(args.include or ()), exclude=tuple(args.exclude or ()),
                             since=parse_since(args.since) if args.since else None, jobs=args.jobs,
                             allow_hosts=tuple(args.allow_host or ()), warc=args.warc)
        run = from_command(args.urls, urls_file=args.urls_file, sitemaps=args.sitemap or (), config=config,
                           options=crawl)
    except CrawlInputError as exc:
        raise UsageError(str(exc)) from None
    out = open_output(options.output_file)
    try:
        return emit(options, run, out, total=lambda: run.total)  # known once the sitemaps are read
    finally:
        run.close()  # stops fetching and the workers if the report ends early
        out.close()  # a file's last bytes, and a full disk found writing them


def cmd_spark(args: argparse.Namespace) -> int:
    """``newslint spark``: the job runs, the tables are written; exit 0 whatever they hold (a batch job's
    findings are its output, not its failure)."""
    from linter.spark.job import JobFailed, SparkOptions, run  # (PySpark: only here)

    config = _selected_config(args)
    progress = None if args.quiet else _spark_progress
    options = SparkOptions(output=args.output, master=args.master, partitions=args.partitions, config=config,
                           progress=progress, console_progress=not args.quiet and sys.stderr.isatty())
    try:
        done = run(args.inputs, options)
    except JobFailed as exc:
        _error(str(exc))
        return EXIT_ERROR
    if not args.quiet:
        t = done.tally
        sys.stderr.write(f"newslint spark: {t.records:,} records, {t.linted:,} HTML pages linted, "
                         f"{t.failures:,} failure{'s' if t.failures != 1 else ''}, {t.findings:,} "
                         f"finding{'s' if t.findings != 1 else ''} in {done.seconds:,.0f} s {_arrow()} {done.output}\n")
    return EXIT_OK


def _arrow() -> str:
    try:
        "\u2192".encode(sys.stderr.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return "->"
    return "\u2192"


def _spark_progress(tally: Any) -> None:
    sys.stderr.write(f"newslint spark: {tally.records:,} records, {tally.linted:,} pages linted, "
                     f"{tally.failures:,} failures so far\n")


def cmd_convert(args: argparse.Namespace) -> int:
    from linter.build import to_json, to_script_blocks
    from linter.conversion import ConversionError, convert
    from linter.decode import MAX_BYTES
    from linter.readers import source_kind

    config = _config(args)
    if args.path == "-":
        data, name = _read_stdin(), "<stdin>"
        if len(data) > MAX_BYTES:  # read only up to the limit: converting the part would mislead
            raise UsageError(f"{name} is too large to convert")
        kind = source_kind(name, kind=args.kind, data=data)
    else:
        name = args.path
        if os.path.isdir(name):
            raise UsageError(f"{name} is a directory; convert reads one article")
        kind = source_kind(name, kind=args.kind)
        if kind is None:
            raise UsageError(f"cannot convert {name}: newslint reads articles from .txt and .md files "
                             "and pages from .html files (or say which with --kind)")
        if kind == "jsonld":
            raise UsageError(f"{name} is JSON-LD already; use 'newslint check {name}' to validate it")
        data = _read_file(name, "convert")
    if kind != "html" and not data.startswith(b"\xef\xbb\xbf") and b"\x00" not in data[:8192]:
        from linter.decode import decode

        decoded = decode(data)
        if decoded.text is not None and not decoded.utf8:
            sys.stderr.write(f"newslint: warning: {name}: {decoded.problem}; read as {decoded.encoding}\n")
    try:
        converted = convert(data, kind=kind, path=name, url=args.url, config=config)
    except ConversionError as exc:
        raise UsageError(f"cannot convert {name}: {exc}") from None
    _write_json((to_script_blocks(converted.data) if args.format == "script" else to_json(converted.data)) + "\n")
    if args.explain:
        # Beside the JSON-LD, not in it: standard output stays one document to pipe on.
        lines = converted.explain() or ["(no property: the article states none of its facts)"]
        sys.stderr.write("".join(f"{line}\n" for line in lines))
    return EXIT_OK


def cmd_fix(args: argparse.Namespace) -> int:
    """``newslint fix``: ``check --fix`` without the report (ruff's ``--fix-only``): what was fixed on stderr.

    Exit 1 for a file that could not be fixed (with ``--diff``, also for changes to make), else
    0 whatever findings remain: ``newslint check`` judges those. The ``newslint-fix`` pre-commit
    hook relies on it: it fails when files were changed, which pre-commit sees by itself.
    """

    if "-" in args.paths:
        raise UsageError("fix works on files: give files or directories, not standard input")
    config = _selected_config(args)
    if args.diff:
        return _diff(args, config)
    run = _FixRun()
    for _ in _fixing(_files_to_fix(args.paths, config), config, unsafe=args.unsafe_fixes, write=True, run=run):
        pass
    run.say(diff=False, unsafe=args.unsafe_fixes)
    return EXIT_FINDINGS if run.failed or run.partly else EXIT_OK


def cmd_rules(args: argparse.Namespace) -> int:
    from linter import rules

    config = _config(args)
    described = [_described(rule, config) for rule in rules.registry().values()]
    described += [_described_house(rule, config) for rule in config.house_rules.values()]
    if args.name:
        one = next((d for d in described if d["name"] == args.name), None)
        if one is None:
            raise _unknown_rule(args.name, known=[str(d["name"]) for d in described])
        selected = [one]
    else:
        selected = described
    if args.format == "json":
        _write_json(json.dumps(selected if not args.name else selected[0], indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    if args.name:
        d = selected[0]
        severity = str(d["severity"]) + ("" if d["severity"] == d["default_severity"]
                                         else f" (configured; default {d['default_severity']})")
        lines = [f"{d['name']}\n", f"  severity:  {severity}", f"  authority: {d['authority']}"]
        if not d["enabled"]:
            lines.append("  enabled:   no (left out by the configuration)")
        if d["source"]:
            lines.append(f"  source:    {d['source']}")
        if d["hint"]:
            lines.append(f"  hint:      {d['hint']}")
        lines.append(f"  fixable:   {_FIXABLE[str(d['fixable'])]}")
        sys.stdout.write("\n".join(lines) + f"\n\n{str(d['doc']).strip()}\n")
        return EXIT_OK
    width = max(len(str(d["name"])) for d in selected)
    for d in selected:
        mark = "" if d["enabled"] else "  (off)"
        name = str(d["name"]).ljust(width)
        fixable = {"always": "fix", "sometimes": "fix?"}.get(str(d["fixable"]), "")
        sys.stdout.write(f"{name}  {d['severity']:<7}  {d['authority']:<10}  {fixable:<4}  {d['summary']}{mark}\n")
    return EXIT_OK


_FIXABLE = {"always": "always (newslint check --fix; see the rule's Fix section for its safety)",
            "sometimes": "sometimes (newslint check --fix; see the rule's Fix section for when and its safety)",
            "never": "never"}


def _described(rule: Any, config: Config) -> dict[str, object]:
    """A built-in rule as `newslint rules` shows it, with the configuration's severity."""
    return {"name": rule.name, "severity": config.severity.get(rule.name, rule.severity).value,
            "default_severity": rule.severity.value, "authority": rule.authority, "kind": rule.kind,
            "enabled": config.enabled(rule.name, rule.authority), "summary": rule.summary,
            "source": rule.source, "hint": rule.hint, "fixable": rule.fixable, "doc": rule.doc.strip()}


def _described_house(rule: Any, config: Config) -> dict[str, object]:
    """A house schema's rule as `newslint rules` shows it (its schema is its documentation)."""
    try:
        where = os.path.relpath(rule.schema)
    except ValueError:  # another drive
        where = rule.schema
    default = rule.severity
    configured = config.severity.get(rule.name)
    return {"name": rule.name, "severity": configured.value if configured else default,
            "default_severity": default, "authority": rule.authority, "kind": "house",
            "enabled": config.enabled(rule.name, rule.authority), "summary": f"house rule ({where})",
            "source": where, "hint": rule.hint or "", "fixable": "never",
            "doc": f"A house rule, named by the schema {where}."}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
