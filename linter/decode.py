"""Bytes to text for article sources, without ever failing.

UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such. Anything
else that is not UTF-8 is decoded as Windows-1252, the usual culprit, and the
caller is told so; NUL bytes mark a binary file.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

#: Sources larger than this are not read (a finding says so).
MAX_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str | None
    encoding: str | None
    problem: str | None = None  # why there is no text
    fallback: bool = False  # decoded with a guess, not as declared UTF-8


def decode(data: bytes) -> Decoded:
    """Decode an article source; ``text`` is ``None`` when it is empty or binary."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _nonempty(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            return Decoded(None, None, "invalid UTF-16 text")
    if b"\x00" in data[:8192]:
        return Decoded(None, None, "binary file (contains NUL bytes)")
    try:
        return _nonempty(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    text = data.decode("cp1252", errors="replace")
    result = _nonempty(text, "windows-1252")
    if result.text is None:
        return result
    return Decoded(result.text, "windows-1252", f"not valid UTF-8 (first bad byte at offset {bad})", True)


def _nonempty(text: str, encoding: str) -> Decoded:
    if not text.strip():
        return Decoded(None, encoding, "empty file")
    return Decoded(text, encoding)
