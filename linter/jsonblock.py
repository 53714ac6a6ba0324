"""Parsing one JSON-LD block: strictly first, then tolerantly, saying what had to be repaired.

Real pages carry JSON-LD that browsers' JSON parsers would reject: comments,
trailing commas, a trailing ``;``, CDATA or HTML-comment wrappers, raw newlines
inside strings, HTML entities instead of quotes, two objects back to back.
Google's parser forgives some of these, others make it drop the block. newslint
reports the strict failure (``parse-error``) and then repairs what it can, so
the content is still checked. Repairs keep every character's position (removed
text becomes spaces), so lines and columns still point into the original text.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from linter.scanning import never_fails

MAX_DEPTH_MESSAGE = "JSON nested too deeply to read"
#: Larger blocks get repairs cumulatively only, not in every combination.
_MAX_COMBINATION_BYTES = 64 * 1024


@dataclass(slots=True)
class Parsed:
    """The outcome of parsing one block."""

    data: Any = None
    ok: bool = False  # data holds a value
    error: tuple[str, int, int] | None = None  # strict error: message, offset-based line, column
    repairs: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # keys repeated within one object
    text: str = ""  # the text the data was read from (repaired or original)
    starts: list[int] = field(default_factory=list)  # offsets of back-to-back values


class _Duplicates:
    """``object_pairs_hook`` that builds dicts and notes repeated keys (last one wins, as in JSON.parse)."""

    def __init__(self) -> None:
        self.keys: list[str] = []

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        d = dict(pairs)
        if len(d) != len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    self.keys.append(key)
                seen.add(key)
        return d


def parse_int(digits: str) -> int | float:
    """A JSON integer, read as ``JSON.parse`` reads it even when longer than Python reads ints.

    Python refuses to convert more than 4300 digits (a ``ValueError``, no ``JSONDecodeError``);
    JavaScript reads any number as a double, so a very long one is ``Infinity``.
    """
    try:
        return int(digits)
    except ValueError:
        return float(digits)


def loads(text: str) -> tuple[Any, list[str]]:
    """Strict JSON (``json.JSONDecodeError`` otherwise), with the keys repeated within an object."""
    return _loads(text)


def _loads(text: str, strict: bool = True) -> tuple[Any, list[str]]:
    hook = _Duplicates()
    return json.JSONDecoder(object_pairs_hook=hook, strict=strict, parse_int=parse_int).decode(text), hook.keys


# Tokens outside of which repairs may act: JSON strings are left alone. A string left open
# runs to the end of the text: were it no match, every quote after its opening one would start
# another scan to the end (quadratic time in a block of escaped quotes).
_STRING = r'"(?:[^"\\]|\\.)*(?:"|\\?\Z)'
_COMMENTS = re.compile(rf"({_STRING})|(//[^\n]*|/\*.*?\*/)", re.S)
_TRAILING_COMMA = re.compile(rf"({_STRING})|(,)(?=\s*[}}\]])", re.S)
_WRAPPER_OPEN = re.compile(r"\s*(?://\s*)?(?:<!\[CDATA\[|<!--)")
_WRAPPER_CLOSE = ("]]>", "-->")
_TRAILING_RUN = never_fails(re.compile(r"[\s;]*"))


def _blank(text: str) -> str:
    """Spaces for ``text``, newlines kept, so positions after it do not move."""
    return re.sub(r"[^\n]", " ", text)


def _strip_wrapper(text: str) -> str:
    # Found from both ends, not by one regular expression: a lazy middle between runs of
    # whitespace took cubic time in the length of a run.
    m = _WRAPPER_OPEN.match(text)
    if not m:
        return text
    close = len(text.rstrip()) - 3
    if close < m.end() or not text.startswith(_WRAPPER_CLOSE, close):
        return text
    body_start = len(text) - len(text[m.end():].lstrip())
    body_end = len(text[:close].rstrip())
    if text.endswith("//", 0, body_end):
        body_end = len(text[:body_end - 2].rstrip())
    body_end = max(body_end, body_start)
    return _blank(text[:body_start]) + text[body_start:body_end] + _blank(text[body_end:])


def _strip_comments(text: str) -> str:
    return _COMMENTS.sub(lambda m: m.group(1) or _blank(m.group(2)), text)


def _strip_trailing_commas(text: str) -> str:
    return _TRAILING_COMMA.sub(lambda m: m.group(1) or " ", text)


def _strip_trailing_semicolon(text: str) -> str:
    # The run of ";" and whitespace that ends the text, matched on the reversed text: searched
    # for from the front, every ";" in a long run would start a scan to its end.
    start = text.find(";", len(text) - _TRAILING_RUN(text[::-1], 0).end())
    return text if start == -1 else text[:start] + _blank(text[start:])


def _unescape_entities(text: str) -> str:
    return html.unescape(text) if "&" in text else text


#: Repairs in the order they are tried; each one is kept once it changed the text.
REPAIRS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("CDATA or HTML comment wrapper", _strip_wrapper),
    ("JavaScript comments", _strip_comments),
    ("trailing commas", _strip_trailing_commas),
    ("trailing semicolon", _strip_trailing_semicolon),
    ("HTML entities", _unescape_entities),
)


def parse_block(text: str) -> Parsed:
    """Parse ``text`` strictly; on failure, find the fewest repairs that make it parse."""
    result = Parsed(text=text)
    try:
        result.data, result.duplicates = _loads(text)
        result.ok = True
        return result
    except json.JSONDecodeError as exc:
        result.error = (exc.msg, exc.lineno, exc.colno)
    except RecursionError:
        result.error = (MAX_DEPTH_MESSAGE, 1, 1)
        return result
    if _attempt(text, [], result):
        return result
    # Repairs that change this text, tried in growing combinations: a repair
    # that does not help must not be reported (or poison the next attempt).
    applicable = [(name, fn) for name, fn in REPAIRS if fn(text) != text]
    if len(text) > _MAX_COMBINATION_BYTES:
        combos = [applicable[: i + 1] for i in range(len(applicable))]
    else:
        combos = [list(c) for n in range(1, len(applicable) + 1)
                  for c in itertools.combinations(applicable, n)]
    for combo in combos:
        candidate = text
        for _, fn in combo:
            candidate = fn(candidate)
        if _attempt(candidate, [name for name, _ in combo], result):
            return result
    for combo in ([], applicable):
        candidate = text
        for _, fn in combo:
            candidate = fn(candidate)
        if _concatenated(candidate, [name for name, _ in combo], result):
            return result
    return result


def _attempt(candidate: str, repairs: list[str], result: Parsed) -> bool:
    """Parse ``candidate``, allowing raw control characters in strings when needed."""
    for strict in (True, False):
        try:
            result.data, result.duplicates = _loads(candidate, strict=strict)
        except (json.JSONDecodeError, RecursionError):
            continue
        result.repairs = repairs + ([] if strict else ["control characters in strings"])
        result.ok = True
        result.text = candidate
        return True
    return False


def _concatenated(candidate: str, repairs: list[str], result: Parsed) -> bool:
    """Several JSON values back to back (``{...}{...}``): read them as a list."""
    hook = _Duplicates()
    decoder = json.JSONDecoder(object_pairs_hook=hook, strict=False, parse_int=parse_int)
    values: list[Any] = []
    starts: list[int] = []
    pos = 0
    end = len(candidate)
    try:
        while True:
            while pos < end and candidate[pos] in " \t\r\n,;":
                pos += 1
            if pos >= end:
                break
            starts.append(pos)
            value, pos = decoder.raw_decode(candidate, pos)
            values.append(value)
    except (json.JSONDecodeError, RecursionError):
        return False
    if len(values) > 1:
        result.data = values
        result.ok = True
        result.repairs = [*repairs, "several JSON values back to back"]
        result.duplicates = hook.keys
        result.text = candidate
        result.starts = starts
        return True
    return False
