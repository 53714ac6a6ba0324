"""Small typing aids for hand-written scanners (the head scanner, JSON positions)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast


def never_fails(pattern: re.Pattern[str]) -> Callable[[str, int], re.Match[str]]:
    """``pattern.match``, typed as never returning ``None``.

    Only for patterns that match the empty string (``[ \\t]*``), which ``match`` at any
    position of any string: the scanners call these in their innermost loops, where a
    ``None`` check would be a branch that can never be taken. No wrapper is added: the
    bound method itself is returned.
    """
    if pattern.match("") is None:
        raise ValueError(f"{pattern.pattern!r} can fail to match")
    return cast("Callable[[str, int], re.Match[str]]", pattern.match)
