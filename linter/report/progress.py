"""A progress bar on standard error, for people watching a long run in a terminal.

Shown only where someone can see it: standard error is a terminal, ``CI`` is not set, the
terminal is not ``dumb``, and neither ``--quiet`` nor ``--no-progress`` was given. It
redraws one line in place (files or pages done of the total when known, the rate, the time
left, how many have errors, how many could not be fetched), at most a few times a second, and
erases itself when the run ends, so what stays on the screen is the report.

The total may be learnt late: a crawl of sitemaps knows how many pages it has only once the
sitemaps are read. Until then the bar is a counter; from the next update after
:attr:`Progress.total` is set, a bar with the total and the time left.
"""

from __future__ import annotations

import math
import os
import time
from typing import IO

#: Least time between two redraws, in seconds: a fast run is not slowed by its own bar.
INTERVAL = 0.1
_WIDTH = 20


def wanted(stream: IO[str], *, quiet: bool = False, enabled: bool = True) -> bool:
    """Whether a progress bar belongs on ``stream``."""
    if quiet or not enabled:
        return False
    if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no real stream, or a closed one
        return False


def _duration(seconds: float) -> str:
    """``seconds`` as ``m:ss``, or ``h:mm:ss`` from an hour."""
    minutes, secs = divmod(math.ceil(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


class Progress:
    """One line on ``stream``, redrawn by :meth:`update`, erased by :meth:`close`."""

    def __init__(self, stream: IO[str], *, total: int | None, noun: str = "file") -> None:
        self.stream = stream
        #: How many will be done in all; None while unknown (set it when it becomes known).
        self.total = total
        self.noun = noun
        self.start = time.monotonic()
        self._last = -INTERVAL
        self._shown = False
        try:
            "█░".encode(getattr(stream, "encoding", None) or "ascii")
            self._full, self._empty = "█", "░"
        except (UnicodeEncodeError, LookupError):
            self._full, self._empty = "#", "-"

    def line(self, done: int, *, failing: int = 0, unfetched: int = 0, elapsed: float | None = None) -> str:
        """The bar's text (without the cursor movement)."""
        elapsed = time.monotonic() - self.start if elapsed is None else elapsed
        nouns = f"{self.noun}{'' if (self.total or done) == 1 else 's'}"
        if self.total:
            filled = _WIDTH * min(done, self.total) // self.total
            bar = self._full * filled + self._empty * (_WIDTH - filled)
            parts = [f"{bar} {done}/{self.total} {nouns}", f"{100 * done // self.total}%"]
        else:
            parts = [f"{done} {nouns}"]
        if elapsed > 0 and done:
            parts.append(f"{done / elapsed:.1f}/s")
            if self.total and done < self.total:
                parts.append(f"ETA {_duration(elapsed * (self.total - done) / done)}")  # at the rate so far
        parts.append(f"{failing} with errors")
        if unfetched:
            parts.append(f"{unfetched} not fetched")
        return "  ".join(parts)

    def update(self, done: int, *, failing: int = 0, unfetched: int = 0) -> None:
        now = time.monotonic()
        if now - self._last < INTERVAL and done != self.total:
            return
        self._last = now
        width = self._columns() - 1
        self._draw(self.line(done, failing=failing, unfetched=unfetched)[:width])

    def _columns(self) -> int:
        try:
            columns = os.get_terminal_size(self.stream.fileno()).columns
        except (OSError, ValueError, AttributeError):
            columns = 0
        return columns or 80  # a terminal that does not say its size

    def _draw(self, text: str) -> None:
        self.stream.write(f"\r\x1b[2K{text}")
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Erase the bar (before something else is written to the same terminal)."""
        if self._shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._shown = False
            self._last = -INTERVAL  # redraw at the next update

    def close(self, final: str | None = None) -> None:
        """Erase the bar; leave ``final`` in its place, if given."""
        self.clear()
        if final:
            self.stream.write(final + "\n")
            self.stream.flush()
