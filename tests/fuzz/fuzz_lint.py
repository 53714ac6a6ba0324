"""Coverage-guided fuzz target (atheris) for newslint's entry points: any input gives findings.

The first byte of an input chooses what the rest goes through (see :data:`MODES`):
``lint_text`` on an HTML page or a JSON-LD file, or ``lint_bytes`` with the html,
jsonld, markdown or text reader. Text for ``lint_text`` is decoded with
``surrogateescape``, so every byte string is some ``str`` (bytes that are not UTF-8
become lone surrogates, which a caller's ``str`` may hold too).

A crash is any exception escaping ``lint_text``/``lint_bytes`` (``RecursionError`` and
``MemoryError`` included), or a result that is not a list of findings. A hang is caught
by libFuzzer's ``-timeout=`` (``make fuzz`` sets it). Run with ``make fuzz``; see
``tests/fuzz/README.md``.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from datetime import UTC, datetime

import atheris

with atheris.instrument_imports(include=["linter"]):
    import linter
    from linter.findings import Finding, Severity
    from linter.lint import lint_bytes, lint_text

    # newslint imports readers and rules lazily; only modules imported inside this block are
    # instrumented, so every one of them is imported now.
    for _module in pkgutil.walk_packages(linter.__path__, "linter."):
        if not _module.name.endswith("__main__"):
            importlib.import_module(_module.name)

#: A fixed "now", so whether a date is in the future does not depend on the day.
NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)

#: (function, path) for each value of the first byte, modulo their number.
MODES = (
    ("text", "page.html"),
    ("text", "doc.jsonld"),
    ("bytes", "page.html"),
    ("bytes", "doc.jsonld"),
    ("bytes", "article.md"),
    ("bytes", "article.txt"),
    ("redirect", None),  # a Location header a crawled page answers with
    ("fix", "page.html"),  # newslint fix on a page (nothing written)
)

#: The page a fuzzed redirect comes from.
REDIRECT_BASE = "http://127.0.0.1:8080/news/a/b?c=1"


def lint_input(data: bytes) -> list[Finding]:
    """Lint ``data`` as its first byte says; what a crash reproducer runs too."""
    if not data:
        return []
    how, path = MODES[data[0] % len(MODES)]
    body = data[1:]
    if how == "text":
        return lint_text(body.decode("utf-8", "surrogateescape"), path=path, now=NOW)
    if how == "redirect":
        return redirect(body.decode("latin-1"))
    if how == "fix":
        return fix(body)
    return lint_bytes(body, path, now=NOW)


def redirect(location: str) -> list[Finding]:
    """A redirect target resolves to an address a crawl can fetch, or is refused with a reason."""
    from linter.sources.fetch import RedirectError, redirect_target, url_problem

    try:
        target = redirect_target(REDIRECT_BASE, location)
    except RedirectError as exc:
        if not str(exc) or "\n" in str(exc):
            raise ValueError(f"redirect refused without a one-line reason: {exc!r}") from None
        return []
    if not target.startswith(("http://", "https://")) or url_problem(target) is not None:
        raise ValueError(f"redirect_target gave an address a crawl cannot fetch: {target!r}")
    return []


def fix(page: bytes) -> list[Finding]:
    """``fix`` on a page either leaves it (with a reason) or gives bytes holding the original."""
    from linter.config import Config
    from linter.fix import fix_bytes

    result = fix_bytes(page, "page.html", Config())
    if result.problem is not None:
        return [result.problem]
    # One block is added or replaced: a page can only shrink when it had blocks of ours.
    if result.after is not None and result.changed and len(result.after) <= len(page) and b"newslint" not in page:
        raise ValueError("fix made a page without a block of its own smaller")
    return []


def check_findings(findings: object) -> None:
    """What every result must be: a list of findings, each well formed."""
    if not isinstance(findings, list):
        raise TypeError(f"lint returned {type(findings).__name__}, not a list")
    for f in findings:
        if not isinstance(f, Finding):
            raise TypeError(f"lint returned a {type(f).__name__} among its findings")
        if not isinstance(f.severity, Severity) or not f.rule or not isinstance(f.message, str):
            raise ValueError(f"malformed finding: {f!r}")
        if (f.line is not None and f.line < 1) or (f.column is not None and f.column < 1):
            raise ValueError(f"finding outside the file (line {f.line}, column {f.column}): {f!r}")


def test_one_input(data: bytes) -> None:
    # No try/except here: whatever escapes is the finding (atheris reports it with its traceback).
    check_findings(lint_input(data))


def main() -> None:
    # Deep JSON and HTML must be handled by newslint's own limits, not by a larger stack.
    sys.setrecursionlimit(1000)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
