"""What ``newslint spark INPUT...`` reads: the INPUT arguments made into a list of work.

An INPUT is
- a WARC file (``.warc``, ``.warc.gz``), on this machine or behind a file system URI Spark knows
  (``s3a://``, ``gs://``, ``hdfs://``, ``file://``...);
- a folder on this machine: every WARC file and every HTML page (``.html``, ``.htm``) under it,
  walked as ``newslint check`` walks folders (hidden and build folders left out);
- a folder or a glob behind a URI (``s3a://bucket/crawl/``, ``hdfs:///crawls/*.warc.gz``): the WARC
  files in it, listed by Spark's own file system (:mod:`linter.spark.job`);
- any other file on this machine: a list of INPUTs, one a line (``#`` starts a comment; gzipped
  when its name ends in ``.gz``, as Common Crawl's ``warc.paths.gz``). A relative path in it is
  relative to the list's folder.

Local files are read by the tasks, streamed from their paths: the paths must name the same files
on every machine of the cluster (one machine, a shared mount). What the command line names must
exist here (a usage error otherwise); what a list names is only opened by the task that reads it,
and one that cannot be opened is a ``warc-record-error`` row, not the end of the job.
"""

from __future__ import annotations

import gzip
import os
import re
from dataclasses import dataclass, field
from typing import Literal

from linter.lint import SKIP_DIRS
from linter.output import UsageError
from linter.readers import reader_for
from linter.sources import is_warc

__all__ = ["Inputs", "Item", "expand", "is_uri"]

#: ``scheme://``: a path for Spark's (Hadoop's) file systems, not this machine's.
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
#: How deep lists may name lists.
MAX_DEPTH = 8


@dataclass(frozen=True, slots=True)
class Item:
    """One local file to lint: a WARC archive, or an HTML page."""

    kind: Literal["warc", "html"]
    path: str


@dataclass(slots=True)
class Inputs:
    """What the job reads: local files, and URIs for Spark's file systems."""

    local: list[Item] = field(default_factory=list)
    #: WARC files, folders or globs of them, as URIs (``s3a://...``).
    remote: list[str] = field(default_factory=list)

    @property
    def warcs(self) -> list[Item]:
        return [i for i in self.local if i.kind == "warc"]

    @property
    def pages(self) -> list[Item]:
        return [i for i in self.local if i.kind == "html"]


def is_uri(path: str) -> bool:
    """Whether ``path`` is a URI for Spark's file systems (``s3a://b/k``), not a path here."""
    return bool(_URI.match(path))


def expand(arguments: list[str], *, output: str | None = None) -> Inputs:
    """The work the INPUT arguments name, each file once, in order; a usage error for a missing path.

    ``output``: the job's output folder, never walked (its ``report.html`` is no page to lint).
    """
    inputs = Inputs()
    seen: set[str] = set()
    skip = os.path.realpath(output) if output is not None and not is_uri(output) else None
    for argument in arguments:
        if not is_uri(argument) and not os.path.lexists(argument):
            raise UsageError(f"no such file or directory: {argument}")
        _add(argument, inputs, seen, depth=0, skip=skip)
    return inputs


def _add(path: str, inputs: Inputs, seen: set[str], *, depth: int, skip: str | None) -> None:
    if is_uri(path):
        if path not in seen:
            seen.add(path)
            inputs.remote.append(path)
        return
    if os.path.isdir(path):
        for found in _walk(path, skip):
            _add_file(found, inputs, seen)
    elif is_warc(path) or reader_for(path) == "html":
        _add_file(path, inputs, seen)
    elif not os.path.exists(path):
        # (a list's line naming nothing here: the task that reads it says so, as a row)
        _add_file(path, inputs, seen)
    else:
        if depth >= MAX_DEPTH:
            raise UsageError(f"{path}: lists of inputs nested too deeply (more than {MAX_DEPTH})")
        for line in _lines(path):
            _add(line, inputs, seen, depth=depth + 1, skip=skip)


def _add_file(path: str, inputs: Inputs, seen: set[str]) -> None:
    path = os.path.normpath(path)
    if path in seen:
        return
    seen.add(path)
    # (a file of another kind named in a list is read as an archive: it is not one, and its row says so)
    inputs.local.append(Item("html" if reader_for(path) == "html" else "warc", path))


def _walk(folder: str, skip: str | None) -> list[str]:
    """The WARC files and HTML pages under ``folder``, sorted, as ``newslint check`` walks a folder
    (and not under ``skip``)."""
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith(".")
                         and (skip is None or os.path.realpath(os.path.join(root, d)) != skip))
        for name in names:
            if is_warc(name) or reader_for(name) == "html":
                full = os.path.join(root, name)
                if os.path.isfile(full):  # (not a FIFO or a device met in the walk)
                    found.append(full)
    return sorted(found)


def _lines(path: str) -> list[str]:
    """The INPUTs a list file names, relative ones made relative to its folder."""
    try:
        if path.endswith(".gz"):
            with gzip.open(path, "rt", encoding="utf-8", errors="replace") as fh:
                text = fh.read()
        else:
            with open(path, encoding="utf-8", errors="replace") as fh:
                text = fh.read()
    except (OSError, EOFError) as exc:
        raise UsageError(f"cannot read the list of inputs {path}: {getattr(exc, 'strerror', None) or exc}") from None
    if "\x00" in text:
        raise UsageError(f"{path} is neither a WARC file, an HTML page nor a list of inputs (one a line)")
    base = os.path.dirname(path)
    out = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line if is_uri(line) or os.path.isabs(line) else os.path.join(base, line))
    return out
