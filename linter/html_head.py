"""Where a page's ``<head>`` ends and which elements are in it, as a browser's HTML parser reads it.

``newslint fix`` edits pages as bytes, so it has to know where the parser really puts things:
a ``</head>`` inside a script's string or a comment is text, not the end of the head, and
``<script data-generator="newslint">`` inside a JavaScript string is no element at all.
Searching the text for such strings gets these wrong; this module reads the page the way the
HTML standard says browsers do (https://html.spec.whatwg.org/multipage/parsing.html): its
tokenizer states (data, tags and attributes, comments, DOCTYPE, RCDATA, RAWTEXT and script data
with its escaped states) and the tree-construction modes that build the head (initial, before
html, before head, in head, text, after head), with scripting enabled as in a browser (the
content of ``<noscript>`` is raw text). Every offset it gives is a position in the text it was
given, where ``\\r`` counts as the whitespace the parser makes of it.

It reads only up to where the body starts: the head is built from that part alone, and the
rest of the page is parsed the same whatever is written into the head, provided the parser
is left in the state it was in (data state, "in head" mode), as a complete ``<script>`` element
leaves it. It also stops at a ``<template>`` (whose content follows the body's rules) and at the
end of the file. Each step jumps with one search: the time is linear in the part read.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from string import ascii_lowercase, ascii_uppercase
from types import MappingProxyType

from linter.scanning import never_fails

__all__ = ["Element", "Head", "Token", "read_head"]

# The parser's whitespace, in every pattern below, has CR in it: the input stream turns CR LF
# and CR into LF, which is whitespace wherever CR is met, so token boundaries are the same
# without that rewriting (and offsets stay those of the text given).
_SPACES = re.compile(r"[\t\n\f\r ]*")
_TAG_NAME = re.compile(r"[^\t\n\f\r />]*")
_ATTR_NAME_REST = re.compile(r"[^\t\n\f\r />=]*")
_UNQUOTED = re.compile(r"[^\t\n\f\r >]*")
_ALPHAS = re.compile(r"[A-Za-z]*")
_COMMENT_END = re.compile(r"--!?>")
_LT_OR_GT = re.compile(r"[<>]")
_LOWER = str.maketrans(ascii_uppercase, ascii_lowercase)  # tag and attribute names: ASCII only
_NOT_SPACE = re.compile(r"[^\t\n\f\r ]")
_SPACES_AT = never_fails(_SPACES)
_TAG_NAME_AT = never_fails(_TAG_NAME)
_ATTR_NAME_REST_AT = never_fails(_ATTR_NAME_REST)
_UNQUOTED_AT = never_fails(_UNQUOTED)
_ALPHAS_AT = never_fails(_ALPHAS)

_VOID_IN_HEAD = frozenset({"base", "basefont", "bgsound", "link", "meta"})
#: Elements of the head whose start tag switches the tokenizer to RCDATA or RAWTEXT.
_RCDATA = frozenset({"title"})
_RAWTEXT = frozenset({"style", "noframes", "noscript"})  # noscript: scripting is enabled
#: Start tags "in head" keeps in the head; the others end it.
_IN_HEAD = _VOID_IN_HEAD | _RCDATA | _RAWTEXT | {"script", "template"}
#: Start tags "after head" sends back into the head (a <noscript> there starts the body).
_BACK_TO_HEAD = _IN_HEAD - {"noscript"}
_LIKE_ANYTHING_ELSE = frozenset({"head", "body", "html", "br"})  # end tags not ignored before the head


_NONE: Mapping[str, str] = MappingProxyType({})


def _lower(name: str) -> str:
    return name.translate(_LOWER)


@dataclass(frozen=True, slots=True)
class Element:
    """An element of the head: its start tag's ``<`` to its end tag's ``>`` (the start tag alone if void)."""

    name: str
    #: A script's attributes, as written (character references not decoded); empty for other
    #: elements, whose attributes nothing here needs (reading them all would double the time).
    attrs: Mapping[str, str]
    start: int
    end: int
    closed: bool = True  # False: a raw-text element that the end of the file ended


@dataclass(frozen=True, slots=True)
class Token:
    """One token read in the head part of the page (whitespace-only text is not kept)."""

    kind: str  # "start", "end", "comment", "doctype", "element" (a script, title... whole)
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Head:
    """What the parser builds the head from."""

    written: bool  # the page writes a <head> start tag or a </head> end tag (it is no fragment)
    end: int  # an element written here becomes the head's last child so far: where the head ends
    elements: tuple[Element, ...]  # start tags the parser puts into the head, in order
    tokens: tuple[Token, ...]  # all read but whitespace: what else the edit must leave as it was
    stop: int  # where reading stopped: the body's first token, a <template>, or the end
    reason: str  # "body", "template" or "end of file"


class _Tag:
    """A tag read; its attributes are read from their source only when asked for (few are)."""

    __slots__ = ("_attrs", "_source", "end", "name", "self_closing")

    def __init__(self, name: str, attrs: dict[str, str] | None, end: int, self_closing: bool,
                 source: str = "") -> None:
        self.name, self._attrs, self._source, self.end, self.self_closing = name, attrs, source, end, self_closing

    @property
    def attrs(self) -> dict[str, str]:
        if self._attrs is None:
            self._attrs = {}
            for a in _PLAIN_ATTR.finditer(self._source):
                value = a.group(2) or ""
                self._attrs.setdefault(_lower(a.group(1)), value[1:-1] if value[:1] in ("'", '"') else value)
        return self._attrs


#: A tag as most are written (attributes after whitespace, plain names, values quoted or plain):
#: read with one match. Anything else (and the end of the file) goes through :func:`_tag_by_state`,
#: whose reading of everything this matches is the same.
_PLAIN_TAG = re.compile(
    r"""</?([A-Za-z][^\t\n\f\r />]*)"""
    r"""((?:[\t\n\f\r ]+[^\t\n\f\r />="'<][^\t\n\f\r />="'<]*"""
    r"""(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r >"'<=`]+))?)*)"""
    r"""[\t\n\f\r ]*(/?)>""")
_PLAIN_ATTR = re.compile(
    r"""[\t\n\f\r ]+([^\t\n\f\r />="'<]+)(?:[\t\n\f\r ]*=[\t\n\f\r ]*("[^"]*"|'[^']*'|[^\t\n\f\r >"'<=`]+))?""")


def _tag(s: str, i: int, *, end_tag: bool) -> _Tag | None:
    """The tag whose ``<`` is at ``i`` (its name starts with a letter), or ``None`` if the file ends in it."""
    m = _PLAIN_TAG.match(s, i)
    if m is None:
        return _tag_by_state(s, i, end_tag=end_tag)
    return _Tag(_lower(m.group(1)), None, m.end(), m.group(3) == "/", m.group(2))


def _tag_by_state(s: str, i: int, *, end_tag: bool) -> _Tag | None:
    """:func:`_tag`, following the tokenizer's states one by one.

    The tag name, attribute name and value, and self-closing start tag states: a ``>`` inside
    a quoted value does not end the tag, a ``/`` not before ``>`` is skipped, the first of two
    attributes of one name is kept.
    """
    n = len(s)
    j = _TAG_NAME_AT(s, i + (2 if end_tag else 1)).end()
    name = _lower(s[i + (2 if end_tag else 1):j])
    attrs: dict[str, str] = {}
    while True:  # before attribute name
        j = _SPACES_AT(s, j).end()
        if j >= n:
            return None
        c = s[j]
        if c == ">":
            return _Tag(name, attrs, j + 1, False)
        if c == "/":  # self-closing start tag state
            if j + 1 >= n:
                return None
            if s[j + 1] == ">":
                return _Tag(name, attrs, j + 2, True)
            j += 1
            continue
        k = _ATTR_NAME_REST_AT(s, j + 1).end()  # the first character may be "="
        attr = _lower(s[j:k])
        j = _SPACES_AT(s, k).end()  # after attribute name
        if j >= n:
            return None
        value = ""
        if s[j] == "=":
            j = _SPACES_AT(s, j + 1).end()  # before attribute value
            if j >= n:
                return None
            quote = s[j]
            if quote in "\"'":
                k = s.find(quote, j + 1)
                if k == -1:
                    return None
                value, j = s[j + 1:k], k + 1
            elif quote != ">":
                k = _UNQUOTED_AT(s, j).end()
                value, j = s[j:k], k
        attrs.setdefault(attr, value)


def _end_tag_named(s: str, i: int, name: str) -> tuple[int, _Tag | None] | None:
    """At ``i``, ``</`` + letters: ``(after the letters, the end tag)`` when they spell an end tag of ``name``.

    The raw-text states' "appropriate end tag": exactly those letters, then whitespace, ``/``
    or ``>``. ``None`` for no end tag of ``name``; the tag is ``None`` if the file ends in it.
    """
    k = _ALPHAS_AT(s, i + 2).end()
    if k == i + 2 or k >= len(s) or s[k] not in "\t\n\f\r />" or _lower(s[i + 2:k]) != name:
        return None
    return k, _tag(s, i, end_tag=True)


def _raw_text_end(s: str, start: int, name: str) -> int | None:
    """Where the end tag of the RCDATA or RAWTEXT element ``name`` ends, from ``start`` on."""
    pattern = _END_TAGS.get(name)
    if pattern is None:
        pattern = _END_TAGS[name] = re.compile(rf"</{name}(?=[\t\n\f\r />])", re.I | re.A)
    m = pattern.search(s, start)
    if m is None:
        return None
    tag = _tag(s, m.start(), end_tag=True)
    return tag.end if tag else None


_END_TAGS: dict[str, re.Pattern[str]] = {}


def _script_end(s: str, i: int) -> int | None:
    """Where a script element's end tag ends, its content starting at ``i``; ``None`` if it never ends.

    Script data, escaped (after ``<!--``) and double escaped (after ``<!--<script>``) states:
    ``</script>`` ends the element unless double escaped, ``-->`` ends either escape.
    """
    n = len(s)
    state, dashes_from = "data", 0  # the escaped states' dashes count only from where they began
    while True:
        if state == "data":
            i = s.find("<", i)
            if i == -1:
                return None
            if s.startswith("</", i):
                found = _end_tag_named(s, i, "script")
                if found is not None:
                    return found[1].end if found[1] else None
                i += 2
            elif s.startswith("<!--", i):
                state, dashes_from, i = "escaped", i + 2, i + 4
            else:
                i += 1
            continue
        m = _LT_OR_GT.search(s, i)
        if m is None:
            return None
        i = m.start()
        if s[i] == ">":
            if i - 2 >= dashes_from and s[i - 2:i] == "--":
                state = "data"  # "-->" ends the escape, double or not
            i += 1
            continue
        # "<" in an escaped state
        if i + 1 >= n:
            return None
        if s[i + 1] == "/":
            k = _ALPHAS_AT(s, i + 2).end()
            if state == "escaped":
                found = _end_tag_named(s, i, "script")
                if found is not None:
                    return found[1].end if found[1] else None
                i = max(k, i + 2)
            elif k < n and s[k] in "\t\n\f\r />" and _lower(s[i + 2:k]) == "script":
                state, dashes_from, i = "escaped", k + 1, k + 1  # double escape end
            else:
                i = max(k, i + 2)
        elif state == "escaped" and s[i + 1] in _ASCII_LETTERS:
            k = _ALPHAS_AT(s, i + 1).end()
            if k < n and s[k] in "\t\n\f\r />":
                if _lower(s[i + 1:k]) == "script":
                    state = "double"
                dashes_from, i = k + 1, k + 1  # the delimiter is consumed by the double escape start
            else:
                i = k
        else:
            i += 1


_ASCII_LETTERS = frozenset(ascii_lowercase + ascii_uppercase)


def _whitespace_only(text: str) -> bool:
    """Whether text is all whitespace for tree construction (character references decoded)."""
    if _NOT_SPACE.search(text) is None:
        return True
    return "&" in text and _NOT_SPACE.search(html.unescape(text)) is None


class _Reader:
    """The head-building part of the HTML parser, over one text."""

    def __init__(self, s: str) -> None:
        self.s = s
        self.mode = "initial"
        self.written = False
        self.end: int | None = None
        self.elements: list[Element] = []
        self.tokens: list[Token] = []

    def read(self) -> Head:
        s, n, i = self.s, len(self.s), 0
        while i < n:
            lt = s.find("<", i)
            if lt != i:  # text up to the next "<"
                stop = lt if lt != -1 else n
                at = self._text(i, stop)
                if at is not None:
                    return self._stop(at, "body")
                i = stop
                continue
            done = self._markup(i)
            if isinstance(done, Head):
                return done
            i = done
        return self._at_eof(n, n)

    # -- tokens ------------------------------------------------------------------------------------

    def _markup(self, i: int) -> int | Head:
        """Read the token at the ``<`` at ``i``; the offset after it, or the result if reading stops."""
        s, n = self.s, len(self.s)
        nxt = s[i + 1] if i + 1 < n else ""
        if nxt in _ASCII_LETTERS:
            tag = _tag(s, i, end_tag=False)
            if tag is None:  # the file ends inside the tag: the parser drops it
                return self._at_eof(i, len(s))
            return self._start(i, tag)
        if nxt == "/":
            after = s[i + 2] if i + 2 < n else ""
            if after in _ASCII_LETTERS:
                tag = _tag(s, i, end_tag=True)
                if tag is None:
                    return self._at_eof(i, len(s))
                return self._end_tag(i, tag)
            if after == ">":  # "</>": no token at all
                return i + 3
            if after == "":
                return self._text_or_stop(i, n)
            return self._comment(i, self._until_gt(i + 2))  # bogus comment
        if nxt == "!":
            if s.startswith("--", i + 2):
                j = i + 4
                if s.startswith(">", j):
                    end = j + 1
                elif s.startswith("->", j):
                    end = j + 2
                else:
                    m = _COMMENT_END.search(s, j)
                    end = m.end() if m else -1
                return self._comment(i, end)
            if _lower(s[i + 2:i + 9]) == "doctype":
                return self._doctype(i, self._until_gt(i + 9))
            return self._comment(i, self._until_gt(i + 2))  # bogus comment, <![CDATA[ included
        if nxt == "?":
            return self._comment(i, self._until_gt(i + 1))
        return self._text_or_stop(i, i + 1)  # a "<" that starts nothing is text

    def _until_gt(self, j: int) -> int:
        k = self.s.find(">", j)
        return k + 1 if k != -1 else -1

    def _text_or_stop(self, i: int, stop: int) -> int | Head:
        at = self._text(i, stop)
        return self._stop(at, "body") if at is not None else stop

    def _text(self, i: int, stop: int) -> int | None:
        """Text from ``i`` to ``stop``; where the body starts, if it does in it."""
        text = self.s[i:stop]
        if _whitespace_only(text):
            return None  # whitespace is ignored before the head, kept in it and after it
        first = i + _NOT_SPACE.search(text).start()  # type: ignore[union-attr]
        self._close_head(first)
        return first

    def _comment(self, i: int, end: int) -> int | Head:
        if end == -1:  # the comment runs to the end of the file
            return self._at_eof(i, len(self.s), token=Token("comment", i, len(self.s)))
        self.tokens.append(Token("comment", i, end))
        return end

    def _doctype(self, i: int, end: int) -> int | Head:
        if end == -1:
            return self._at_eof(i, len(self.s), token=Token("doctype", i, len(self.s)))
        self.tokens.append(Token("doctype", i, end))
        if self.mode == "initial":
            self.mode = "before html"
        return end

    # -- tree construction -------------------------------------------------------------------------

    def _start(self, i: int, tag: _Tag) -> int | Head:
        name = tag.name
        if self.mode == "initial":
            self.mode = "before html"
        if self.mode == "before html":
            self.mode = "before head"
            if name == "html":
                self.tokens.append(Token("start", i, tag.end))
                return tag.end
        if self.mode == "before head":
            if name == "html":
                self.tokens.append(Token("start", i, tag.end))
                return tag.end
            self.mode = "in head"
            if name == "head":
                self.written = True
                self.tokens.append(Token("start", i, tag.end))
                return tag.end
        if self.mode == "in head":
            if name in ("html", "head"):  # merged into the html element / ignored
                self.tokens.append(Token("start", i, tag.end))
                return tag.end
            if name in _IN_HEAD:
                return self._head_element(i, tag)
            self._close_head(i)
            return self._stop(i, "body")
        # after head
        if name in _BACK_TO_HEAD:
            return self._head_element(i, tag)
        if name in ("html", "head"):
            self.tokens.append(Token("start", i, tag.end))
            return tag.end
        return self._stop(i, "body")

    def _end_tag(self, i: int, tag: _Tag) -> int | Head:
        name = tag.name
        if self.mode in ("initial", "before html", "before head"):
            if self.mode == "initial":
                self.mode = "before html"
            if name not in _LIKE_ANYTHING_ELSE:  # ignored
                self.tokens.append(Token("end", i, tag.end))
                return tag.end
            self.mode = "in head"  # an implied <html> and <head>, then this tag again
        if self.mode == "in head":
            if name == "head":
                self.written = True
                self._close_head(i)
                self.tokens.append(Token("end", i, tag.end))
                return tag.end
            if name in ("body", "html", "br"):
                self._close_head(i)
                return self._stop(i, "body")
            self.tokens.append(Token("end", i, tag.end))  # ignored
            return tag.end
        if name in ("body", "html", "br"):  # after head: "anything else" starts the body
            return self._stop(i, "body")
        self.tokens.append(Token("end", i, tag.end))  # ignored
        return tag.end

    def _head_element(self, i: int, tag: _Tag) -> int | Head:
        name = tag.name
        if name == "template":  # its content is parsed with the body's rules: read no further
            self._close_head(i)
            return self._stop(i, "template")
        if name in _VOID_IN_HEAD:
            self.elements.append(Element(name, _NONE, i, tag.end))
            self.tokens.append(Token("start", i, tag.end))
            return tag.end
        attrs: Mapping[str, str]
        if name == "script":
            end, attrs = _script_end(self.s, tag.end), tag.attrs
        else:
            end, attrs = _raw_text_end(self.s, tag.end, name), _NONE
        if end is None:  # the element runs to the end of the file
            self.elements.append(Element(name, attrs, i, len(self.s), closed=False))
            return self._at_eof(i, len(self.s), token=Token("element", i, len(self.s)))
        self.elements.append(Element(name, attrs, i, end))
        self.tokens.append(Token("element", i, end))
        return end

    def _close_head(self, at: int) -> None:
        """The head ends at ``at`` (the first time only)."""
        if self.mode != "after head":
            if self.end is None:
                self.end = at
            self.mode = "after head"

    def _at_eof(self, at: int, stop: int, *, token: Token | None = None) -> Head:
        """The file ends; ``at``: the start of what it cut short (a tag, a comment, an element)."""
        if token is not None:
            self.tokens.append(token)
        self._close_head(at)
        return self._stop(stop, "end of file")

    def _stop(self, at: int, reason: str) -> Head:
        self._close_head(at)
        assert self.end is not None
        return Head(self.written, self.end, tuple(self.elements), tuple(self.tokens), at, reason)


def read_head(text: str) -> Head:
    """Read the head of the page ``text`` (decoded, unchanged otherwise) as a browser's parser would."""
    return _Reader(text).read()
