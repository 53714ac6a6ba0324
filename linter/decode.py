"""Bytes to text for article sources, without ever failing.

UTF-8 (with or without BOM) is read as such. UTF-16 and UTF-32 with a BOM are
read as such too, and the caller is told the file is not UTF-8. Anything else
that is not UTF-8 is decoded as Windows-1252, the usual culprit, and the caller
is told so. Empty text and text with NUL characters (a binary file) have no text
to read; :func:`clean_text` applies the same judgement to text decoded elsewhere.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

#: Sources larger than this are not read (a finding says so).
MAX_BYTES = 32 * 1024 * 1024

#: How far to look for NUL characters, the mark of a binary file.
_SNIFF = 8192

# UTF-32 first: its little-endian BOM starts with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str | None
    encoding: str | None
    problem: str | None = None  # why there is no text, or why the text is not plain UTF-8
    fallback: bool = False  # decoded with a guess, not as declared UTF-8
    position: tuple[int, int] | None = None  # line and column of the first byte that is not UTF-8

    @property
    def utf8(self) -> bool:
        """Whether the bytes were UTF-8 (what the web reads); false for UTF-16/32 and guesses."""
        return self.encoding == "utf-8"


def decode(data: bytes) -> Decoded:
    """Decode an article source; ``text`` is ``None`` when it is empty or binary."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return Decoded(None, None, f"invalid {label} text")
            return _checked(text, codec, f"encoded as {label}, not UTF-8")
    if b"\x00" in data[:_SNIFF]:
        # Before any decoding: the fallback below would read binary data as text.
        return Decoded(None, None, "binary file (contains NUL bytes)")
    skipped = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    body = data[skipped:]
    try:
        return _checked(body.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    # One byte is one character in Windows-1252, so the byte column is the text column.
    line_start = body.rfind(b"\n", 0, bad) + 1
    position = (body.count(b"\n", 0, bad) + 1, bad - line_start + 1)
    return _checked(body.decode("cp1252", errors="replace"), "windows-1252",
                    f"not valid UTF-8 (first bad byte at offset {skipped + bad})", fallback=True, position=position)


def clean_text(text: str) -> tuple[str, str | None]:
    """``text`` without a leading BOM, and why it cannot be read (empty, binary), if it cannot."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return text, "empty file" if not text else "empty file (only whitespace)"
    if "\x00" in text[:_SNIFF]:
        return text, "binary file (contains NUL characters)"
    return text, None


def _checked(text: str, encoding: str, problem: str | None = None, *, fallback: bool = False,
             position: tuple[int, int] | None = None) -> Decoded:
    text, unreadable = clean_text(text)
    if unreadable:
        return Decoded(None, encoding, unreadable)
    return Decoded(text, encoding, problem, fallback, position)
