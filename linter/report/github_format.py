"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

``::error file=PATH,line=L,col=C,title=RULE::MESSAGE`` (``warning`` for warnings, ``notice``
for infos), escaped as the Actions runner reads them: ``%``, CR and LF in the message;
those and ``:`` and ``,`` in property values. The hint follows the message on its own line.
A crawled page (a URL, not a file of the repository) is annotated without ``file``, its URL
leading the message. Picked by default when ``GITHUB_ACTIONS=true``.

A finding's fix is told on the annotation's last line (``fix (safe): write 'newsarticle' as
'NewsArticle' — newslint check --fix``), escaped like the rest: still one annotation. An
annotation cannot carry a change to apply: GitHub shows a suggested change ("Commit
suggestion") only in a pull request's review comments, which are posted through its API, not
by workflow commands. For those, run a review tool on the SARIF log, whose results carry each
fix as a replacement of the file's text (``--format sarif``; reviewdog's ``-f=sarif`` with
``-reporter=github-pr-review`` posts them as suggestions).
"""

from __future__ import annotations

import os
import re
from typing import IO

from linter.findings import Finding, Severity
from linter.report import fix_line, one_line
from linter.report.summary import RunSummary

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def escape_data(text: str) -> str:
    """A message as the runner reads it back: ``%``, CR and LF percent-encoded."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return one_line(text)  # other controls (an ESC from a hostile page) shown, not sent to the log


def escape_property(text: str) -> str:
    """A property value (``file=``, ``title=``): the data escapes plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def is_url(path: str) -> bool:
    return bool(_URL.match(path))


def command(f: Finding) -> str:
    """The workflow command annotating ``f``."""
    props = []
    message = f.message
    if is_url(f.path):
        message = f"{f.path}: {message}"
    else:
        props.append(f"file={escape_property(f.path.replace(os.sep, '/'))}")
        if f.line:
            props.append(f"line={f.line}")
            if f.column:
                props.append(f"col={f.column}")
    props.append(f"title={escape_property(f.rule)}")
    if f.json_path:
        message += f" (at {f.json_path})"
    if f.hint:
        message += f"\nhint: {f.hint}"
    if f.fix is not None:
        message += f"\n{fix_line(f)}"
    return f"::{_COMMAND[f.severity]} {','.join(props)}::{escape_data(message)}"


class Report:
    def __init__(self, stream: IO[str], *, color: bool = False, failing: Severity | None = Severity.ERROR) -> None:
        self.stream = stream

    def start(self) -> None:
        pass

    def file(self, path: str, findings: list[Finding]) -> None:
        for f in findings:
            self.stream.write(command(f) + "\n")

    def finish(self, summary: RunSummary) -> None:
        pass
