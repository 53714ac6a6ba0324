"""Reporting a run: the output options ``check`` and ``crawl`` share, and the loop that feeds a reporter.

Both commands produce a stream of ``(path, findings)`` pairs in report order; :func:`emit`
writes them as :class:`ReportOptions` say (the format, the HTML report, the baseline, the
progress bar) and decides the exit status, so the two commands report alike whatever their
input. The command line turns its options into a :class:`ReportOptions`; nothing here knows argparse.

The outputs themselves are guarded here too: none may overwrite a file being checked or
another output (:func:`without_outputs`, :func:`check_outputs`), a reader of stdout that goes
away ends nothing, and a failure to write is a one-line error (:class:`Output`).
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, cast

from linter.findings import Finding, Severity

if TYPE_CHECKING:  # pragma: no cover
    from linter.report.atomic import AtomicFile
    from linter.report.baseline import Baseline, Recorder
    from linter.report.html_report import HtmlReport

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

#: ``--fail-on`` values: the least severity that fails the run (``never``: none does).
FAIL_ON = {"error": Severity.ERROR, "warning": Severity.WARNING, "never": None}


class UsageError(Exception):
    """A problem with how newslint was called; reported in one line, exit 2."""


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """How a run is reported; the defaults are those of ``newslint check``."""

    #: text, parsable, json, github, sarif, junit; None: github inside GitHub Actions, else text
    format: str | None = None
    color: str = "auto"  # always, never, or auto: on a terminal unless NO_COLOR is set
    failing: Severity | None = Severity.ERROR  # the least severity that fails the run; None: nothing does
    quiet: bool = False  # nothing on stderr but errors
    progress: bool = True  # a progress bar, when stderr is a terminal and CI is not set
    output_file: str | None = None  # findings written there instead of stdout
    report: str | None = None  # a self-contained HTML report written there too
    baseline: str | None = None  # the findings recorded there are left out
    write_baseline: str | None = None  # every finding recorded there, for a later baseline
    noun: str = "file"  # what one result is: a file, or a page (crawl)


def output_format(options: ReportOptions) -> str:
    """The format asked for; without one, ``github`` inside GitHub Actions, else ``text``."""
    if options.format:
        return options.format
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def _outputs(options: ReportOptions) -> list[tuple[str, str]]:
    """The files a run writes, each with the option naming it."""
    return [(option, path) for option, path in (("--output-file", options.output_file), ("--report", options.report),
                                                ("--write-baseline", options.write_baseline)) if path]


def check_outputs(options: ReportOptions) -> None:
    """Refuse (:class:`UsageError`) two outputs in one file, or an output in the baseline being read.

    Called before anything is written: each would destroy the other, or the baseline before it
    is read. ``--write-baseline`` may name the ``--baseline`` file: it is replaced once read.
    """
    outputs = _outputs(options)
    for i, (option, path) in enumerate(outputs):
        for other_option, other in outputs[i + 1:]:
            if _same_file(path, other):
                raise UsageError(f"{option} {path} and {other_option} {other} are the same file; give each its own")
        baseline = options.baseline
        if baseline and option != "--write-baseline" and _same_file(path, baseline):
            raise UsageError(f"{option} {path} would overwrite the baseline being read (--baseline {baseline})")


def without_outputs(options: ReportOptions, files: list[str], *, named: Iterable[str]) -> list[str]:
    """``files`` to check, without those this run writes or reads besides its input.

    An output (``-o``, ``--report``, ``--write-baseline``) that is one of ``files`` is refused
    with a :class:`UsageError`, before anything is written, rather than overwrite what is being
    checked: always when the file was ``named`` on the command line; when a folder walk found
    it, unless it is the output of an earlier run (:func:`_earlier_output`), which is left out
    and written again. The ``--baseline`` read is left out, never refused.
    """
    check_outputs(options)
    own = {key: (option, path) for option, path in _outputs(options) if (key := _identity(path)) is not None}
    baseline = options.baseline
    read_only = _identity(baseline) if baseline else None
    if not own and read_only is None:
        return files
    explicit = {os.path.normpath(p) for p in named}
    kept = []
    for f in files:
        key = _identity(f)
        if key is not None and key in own:
            option, path = own[key]
            if f in explicit or not _earlier_output(f):
                raise UsageError(f"{option} {path} would overwrite {f}, one of the files being checked; "
                                 "write it elsewhere")
            continue
        if key is not None and key == read_only:
            continue
        kept.append(f)
    return kept


def _identity(path: str) -> tuple[int, int] | None:
    """The file ``path`` leads to, as (device, inode); ``None`` if it is not a regular file."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def _same_file(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one regular file (or would be, once written)."""
    ka, kb = _identity(a), _identity(b)
    if ka is not None or kb is not None:
        return ka == kb
    if os.path.lexists(a) or os.path.lexists(b):  # a device such as /dev/null: shared harmlessly
        return False
    return os.path.realpath(a) == os.path.realpath(b)


#: What an output newslint writes holds near its start (the text format: in its first lines).
_OUTPUT_MARKERS = (
    re.compile(rb'<meta name="generator" content="newslint '),  # --report
    re.compile(rb'\A\{\s*"version": [12],\s*"tool": "newslint"'),  # --write-baseline (versions 1 and 2)
    re.compile(rb'\A\{\s*"version": 1,\s*"findings": \['),  # json
    re.compile(rb'\A\{\s*"\$schema": "https://json\.schemastore\.org/sarif-2\.1\.0\.json"'),  # sarif
    re.compile(rb'\A<\?xml[^>]*>\s*<testsuites name="newslint"'),  # junit
    re.compile(rb"\A::(error|warning|notice) "),  # github
    re.compile(rb"\A[^\n]*:\d+:\d+: \[(error|warning|info)\] "),  # parsable
    re.compile(rb"^  \d+:\d+  (error|warning|info) ", re.M),  # text, a finding
    re.compile(rb"^(No (new )?problems found|Found \d+ errors?, \d+ warnings?, \d+ infos?) in \d+ ", re.M),  # text
)


def _earlier_output(path: str) -> bool:
    """Whether the file at ``path`` is empty or looks like an output of newslint, by its first bytes."""
    from linter.inputfile import InputError, read_start

    try:
        head = read_start(path, 4096)
    except InputError:
        return False
    return not head.strip() or any(marker.search(head) for marker in _OUTPUT_MARKERS)


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def open_output(path: str | None) -> Output:
    """Where findings go: ``path``, or stdout; never fails on a character (odd file names, lone surrogates)."""
    if path is None:
        return Output(sys.stdout, "standard output")
    try:
        # Not blocking: a FIFO nobody reads is an error (ENXIO) at once, not a run that never starts.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _NONBLOCK | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        reason = "a FIFO nobody reads" if exc.errno == errno.ENXIO else exc.strerror or exc
        raise UsageError(f"cannot write {path}: {reason}") from None
    if _NONBLOCK:
        os.set_blocking(fd, True)
    return Output(open(fd, "w", encoding="utf-8", errors="backslashreplace"), path)


class Output:
    """The stream findings are written to, its failures turned into what they mean for the run.

    - The reader of standard output goes away (``newslint check | head -1``): what is left to
      write is dropped and the run goes on to its end (as in a linter that reports only once
      all is checked, such as ruff), so that ``--report`` and ``--write-baseline`` are written
      whole and the exit status says what was found.
    - Any other failure to write (a full disk): a one-line error naming the output, exit 2.
    """

    def __init__(self, stream: IO[str], name: str) -> None:
        self.stream = stream
        self.name = name
        self.reader_gone = False

    def write(self, text: str) -> int:
        if not self.reader_gone:
            try:
                self.stream.write(text)
            except BrokenPipeError:
                self._reader_left()
            except OSError as exc:
                raise UsageError(f"cannot write {self.name}: {exc.strerror or exc}") from None
        return len(text)

    def flush(self) -> None:
        if not self.reader_gone:
            try:
                self.stream.flush()
            except BrokenPipeError:
                self._reader_left()
            except OSError as exc:
                raise UsageError(f"cannot write {self.name}: {exc.strerror or exc}") from None

    def close(self) -> None:
        """Close a file written to (stdout stays open for the flush at exit)."""
        if self.stream is sys.stdout or self.stream is sys.__stdout__:
            return
        try:
            self.stream.close()
        except BrokenPipeError:  # a pipe named with -o, its reader gone
            pass
        except OSError as exc:
            raise UsageError(f"cannot write {self.name}: {exc.strerror or exc}") from None

    def __getattr__(self, name: str) -> object:  # encoding, isatty, fileno... of the stream
        return getattr(self.stream, name)

    def _reader_left(self) -> None:
        self.reader_gone = True
        # What is still buffered would fail at every flush, the last at exit: from now on the
        # descriptor leads to the null device.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(devnull, self.stream.fileno())
            finally:
                os.close(devnull)
        except (OSError, ValueError, AttributeError):  # no descriptor (a StringIO): nothing buffered to fail
            pass


def note(text: str) -> None:
    """A line for the user on stderr; stderr closed with stdout (``2>&1 | head``) does not end the run."""
    try:
        sys.stderr.write(text + "\n")
    except (BrokenPipeError, ValueError):
        pass


def use_color(color: str, stream: IO[str]) -> bool:
    """Whether text output to ``stream`` is coloured, by ``color`` (``auto``, ``always``, ``never``)."""
    if color != "auto":
        return color == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return _isatty(stream)


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def emit(options: ReportOptions, results: Iterable[tuple[str, list[Finding]]], out: IO[str] | Output, *,
         total: int | Callable[[], int | None] | None = None, fixed: Mapping[str, int] | None = None,
         unsafe_fixes: bool = False) -> int:
    """Report ``results`` (in the order given) to ``out``; the exit status.

    ``total`` is how many results will come, for the progress bar: a number known up front, or
    a function asked at each result until it knows (a crawl learns its total once its
    sitemaps are read), or None. ``fixed``: the fixes made on the way (``check --fix``), by rule,
    filled in as ``results`` are taken, for the summary (``None``: no fixes were made, only
    offered). ``unsafe_fixes``: the run was given ``--unsafe-fixes``, so the summary counts
    unsafe fixes as fixable. The baseline
    (``--baseline``) is read and the files to write (``--report``, ``--write-baseline``)
    are checked before the first result is taken: a bad path costs no linting.
    """
    # What a plain run does not use is imported only when asked for: every run pays for imports.
    from linter.lint import passed_over
    from linter.report import no_surrogates, printable, reporter
    from linter.report import progress as progress_bar
    from linter.report.summary import Tally

    out = out if isinstance(out, Output) else Output(out, "standard output" if out is sys.stdout
                                                     else options.output_file or "the output")
    # An Output writes as its stream does, and hands everything else (isatty...) to it.
    stream = cast("IO[str]", out)
    fmt = output_format(options)
    failing = options.failing
    quiet = options.quiet
    baseline: Baseline | None = None
    if options.baseline:
        from linter.report.baseline import BaselineError, load

        try:
            baseline = load(options.baseline)
        except BaselineError as exc:
            raise UsageError(str(exc)) from None
    html: HtmlReport | None = None
    baseline_out: AtomicFile | None = None
    recorder: Recorder | None = None
    try:
        if options.report:
            from linter.report.html_report import HtmlReport

            html = _create(HtmlReport, options.report, "report")
        if options.write_baseline:
            from linter.report.atomic import AtomicFile
            from linter.report.baseline import Recorder

            baseline_out = _create(AtomicFile, options.write_baseline, "baseline")
            recorder = Recorder()
    except UsageError:
        if html is not None:
            html.abort()
        raise

    noun = options.noun
    tally = Tally(noun=noun)
    skipped: list[str] = []  # files passed over as no article (not-an-article)
    bar = None
    learn_total = total if callable(total) else None
    if progress_bar.wanted(sys.stderr, quiet=quiet, enabled=options.progress):
        bar = progress_bar.Progress(sys.stderr, total=None if callable(total) else total, noun=noun)
    shares_terminal = bar is not None and _isatty(stream)  # findings and bar on one screen: take turns
    report = reporter(fmt, stream, color=use_color(options.color, stream) and fmt == "text", failing=failing)
    try:
        report.start()
        if bar is not None:
            if learn_total is not None:
                bar.total = learn_total()
            bar.update(0)  # at once: the first result may be a while coming (workers starting, a slow site)
        for path, findings in results:
            if passed_over(findings):  # no article: not reported, not counted (named on stderr below)
                skipped.append(path)
                if bar is not None:
                    bar.update(tally.files + len(skipped), failing=tally.files_failing,
                               unfetched=tally.fetch_failures)
                continue
            # Every output shows a finding alike: no lone surrogate ("\ud83d" in JSON-LD, a
            # file name that is not UTF-8) reaches any of them, the baseline included.
            path, findings = no_surrogates(path), [printable(f) for f in findings]
            if recorder is not None:
                recorder.add(findings)
            if baseline is not None:
                findings = baseline.filter(path, findings)
            tally.add(findings)
            if shares_terminal and findings:
                bar.clear()  # type: ignore[union-attr]
            report.file(path, findings)
            if html is not None:
                html.file(path, findings)
            if bar is not None:
                if shares_terminal:
                    out.flush()
                if learn_total is not None and bar.total is None:
                    bar.total = learn_total()
                bar.update(tally.files + len(skipped), failing=tally.files_failing,
                           unfetched=tally.fetch_failures)
        if fixed is not None:
            tally.fixing = True
            tally.fixed.update(fixed)
        tally.unsafe_shown = unsafe_fixes
        summary = tally.summary(baseline.use() if baseline is not None else None)
        if bar is not None:
            from linter.report.text_format import summary_lines

            # Machine formats keep their output pure; whoever watches the terminal still sees the outcome.
            bar.close(None if fmt == "text" and shares_terminal else f"newslint: {summary_lines(summary)[-1]}")
            bar = None
        report.finish(summary)
        if skipped and not quiet:
            note(passed_over_note(skipped))
        if html is not None:
            html.finish(summary)
            html = None
        if baseline_out is not None and recorder is not None:
            baseline_out.stream.write(recorder.dumps())
            baseline_out.commit()
            baseline_out = None
            if not quiet:
                note(f"newslint: wrote {recorder.total} finding{'' if recorder.total == 1 else 's'} "
                     f"of {summary.things()} to baseline {options.write_baseline}")
    finally:
        if bar is not None:
            bar.clear()
        if html is not None:
            html.abort()
        if baseline_out is not None:
            baseline_out.abort()

    if recorder is not None or failing is None:
        return EXIT_OK
    counts = {Severity.ERROR: summary.errors, Severity.WARNING: summary.warnings, Severity.INFO: summary.infos}
    if any(n for severity, n in counts.items() if severity.rank >= failing.rank):
        return EXIT_FINDINGS
    return EXIT_OK


def passed_over_note(paths: list[str]) -> str:
    """One line on stderr naming the files passed over as no article (the first few)."""
    from linter.report import one_line

    shown = ", ".join(paths[:5]) + (f" and {len(paths) - 5} more" if len(paths) > 5 else "")
    n = len(paths)
    return one_line(f"newslint: passed over {n} file{'' if n == 1 else 's'} that {'is' if n == 1 else 'are'} "
                    f"no article (not-an-article): {shown}")


def _create(kind, path: str, what: str):  # type: ignore[no-untyped-def]
    try:
        return kind(path)
    except OSError as exc:
        raise UsageError(f"cannot write {what} {path}: {exc.strerror or exc}") from None
