"""Bylines a page shows: the names of the article's authors, as readers see them.

Read from byline elements near the headline (``class``/``id`` naming a byline or an author,
``rel=author`` links, ``itemprop=author``) and from lines opening with "By", "Por", "Von",
"Par", "Di", "Door" (:data:`linter.lexicon.BYLINE_OPENER`). A byline counts only when what it
holds is nothing but names: a place ("Em São Paulo"), a month, a section, a label
("Artikel von"), a photo credit inside a caption, a job title or a date are not names.
"""

from __future__ import annotations

import re
from typing import Any, cast
from urllib.parse import urljoin

from linter.article import Author, author_kind
from linter.html_text import XPath, text
from linter.lexicon import BUTTON as _BUTTON
from linter.lexicon import BYLINE_OPENER, MODIFIED_LABELS, MONTHS, NAME_PARTICLES, PUBLISHED_LABELS, WEEKDAYS
from linter.lexicon import BYLINE_PLACE as _BYLINE_PLACE
from linter.lexicon import NAME_SPLIT as _NAME_SPLIT
from linter.lexicon import NOT_A_FIRST_WORD as _NOT_A_FIRST_WORD
from linter.lexicon import NOT_A_NAME as _NOT_A_NAME
from linter.lexicon import ROLE as _ROLE
from linter.page import normalize
from linter.readers.page.scope import Scope

_NESTING = 12  # levels one byline element is looked for inside another
MAX_BYLINE_CHARS = 150

_ITEMPROP_NAME = XPath("descendant::*[contains(concat(' ', normalize-space(@itemprop), ' '), ' name ')]"
                       "[not(self::meta or self::link)]")
#: Parts of a class or id naming a byline, and parts that name something else next to it.
_BYLINE_PART = frozenset({"byline", "author", "authors", "autor", "autores", "autora", "firma", "authorname",
                          "bylinebody", "authorbyline", "auteur", "verfasser", "writer"})
_NOT_BYLINE_PART = frozenset({
    "comment", "comments", "bio", "box", "avatar", "img", "image", "images", "photo", "pic", "picture", "thumb",
    "social", "description", "desc", "tooltip", "form", "warning", "intro", "button", "role", "function",
    "title", "created", "hidden", "twitter", "handle", "follow", "more", "related", "timestamp", "date",
    "time", "datetime", "wrapper", "wrap", "container", "icon", "label", "job", "position", "email", "mail",
    "bypostauthor", "top", "speakable", "statement", "count", "type", "meta", "gear", "text",
    "details", "info", "block", "profile", "content", "list", "card", "credit", "caption", "copyright",
    "url", "link", "links", "logo", "tagline", "headshot", "from", "source", "by", "line",
})
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_PART_SPLIT = re.compile(r"[-_\s]+")
#: Containers a name in which is a picture's credit, not the article's byline.
_PICTURE_TAGS = frozenset({"figure", "figcaption", "picture"})
_PICTURE_CLASS = re.compile(r"caption|credit|copyright|photo|foto|image|bild|gallery", re.I)

_MONTH_WORDS = "|".join(sorted((m for m in MONTHS if len(m) > 2), key=len, reverse=True))
_WEEKDAY_WORDS = "|".join(sorted((w for w in WEEKDAYS if len(w) > 3), key=len, reverse=True))
#: Where a byline's names end: a separator, a bracket, a date, a date label, a time.
_BYLINE_END = re.compile(
    r"\s*(?:[|•·/(\[]|\s[-–—]\s|\s[-–—]$|\d|\b(?:" + "|".join(PUBLISHED_LABELS + MODIFIED_LABELS)
    + r"|(?-i:am|le|el|il|op|em|vom)|on\s+(?:" + _WEEKDAY_WORDS + r"))\b|\b(?:" + _WEEKDAY_WORDS + r")\b|\b(?:"
    + _MONTH_WORDS + r")\.?\s+\d)",
    re.I,
)
#: A one-word label before the names: "Autori: Anna Ūdre", "Texto: ..." (no name holds a colon).
_NAME_LABEL = re.compile(r"^[^\s:]+\s*:\s*")
AUTHOR_HREF = re.compile(
    r"/(?:author|authors|autor|autores|autora|autoren|auteur|auteurs|autore|autori|staff|people|profiles?|"
    r"journalists?|contributors?|reporters?|columnists?|writers?|redaccion|periodistas?)(?:/|$|\?)", re.I)


def is_rel_author(el: Any) -> bool:
    return "author" in (el.get("rel") or "").lower().split()


def is_byline_element(el: Any) -> bool:
    """An element a byline stands in, by its ``rel``, ``itemprop``, ``class`` or ``id``."""
    if el.tag == "a" and is_rel_author(el):
        return True
    props = (el.get("itemprop") or "").split()
    if "author" in props or "creator" in props:
        return True
    for token in f"{el.get('class') or ''} {el.get('id') or ''}".split():
        parts = _PART_SPLIT.split(_CAMEL.sub("-", token).lower())
        if any(p in _NOT_BYLINE_PART for p in parts):
            continue
        if any(p in _BYLINE_PART for p in parts):
            return True
    return False


def read(scope: Scope) -> list[Author]:
    """The names the page's bylines give, in page order, each once."""
    found: list[tuple[int, str, str | None]] = []
    header = scope.header()
    for el in _innermost([el for el in header.bylines if is_byline_element(el)], scope):
        if _in_picture(el):
            continue
        found.extend((el.sourceline or 0, name, url) for name, url in _names_in(el, scope))
    for el in header.by_lines:
        shown = text(el, sep=" ")
        if len(shown) <= MAX_BYLINE_CHARS and not scope.excluded(el) and not _in_picture(el):
            found.extend((el.sourceline or 0, name, url)
                         for name, url in _with_urls(el, names(shown, need_prefix=True), scope))
    out: list[Author] = []
    seen: set[str] = set()
    for line, name, url in sorted(found, key=lambda f: f[0]):
        key = normalize(name)
        if key not in seen:
            seen.add(key)
            out.append(Author(name, author_kind(name), line or None, url=url))
    return out


def _innermost(found: list[Any], scope: Scope) -> list[Any]:
    """Byline elements, the innermost of nested ones (``<div class=byline><a rel=author>``)."""
    if not found:
        return []
    members = set(found)
    outer: set[Any] = set()
    for el in found:
        for depth, up in enumerate(el.iterancestors()):
            if depth >= _NESTING or up is scope.body:
                break
            if up in members:
                outer.add(up)
    return [el for el in found if el not in outer and not scope.excluded(el)]


def _in_picture(el: Any) -> bool:
    """A name inside a figure or its caption: the picture's credit, not the article's byline."""
    for depth, up in enumerate(el.iterancestors()):
        if depth >= 6:
            break
        if up.tag in _PICTURE_TAGS or _PICTURE_CLASS.search(up.get("class") or ""):
            return True
    return False


def _names_in(el: Any, scope: Scope) -> list[tuple[str, str | None]]:
    prop = f" {el.get('itemprop') or ''} "
    if " author " in prop or " creator " in prop:
        for sub in cast("list[Any]", _ITEMPROP_NAME(el)):
            return _with_urls(el, names(text(sub, sep=" ")), scope)
    shown = text(el, sep=" ")
    if len(shown) > MAX_BYLINE_CHARS * 2:
        return []
    found = names(shown)
    if len(shown) <= MAX_BYLINE_CHARS and (not found or len(el)):
        # The author's own link names the author better than text with buttons around it
        # ("Jane Doe Follow", "Jane Doe @janedoe").
        linked = [n for a in el.iter("a") if AUTHOR_HREF.search(a.get("href") or "") or is_rel_author(a)
                  for n in names(text(a, sep=" "))]
        if not found:
            found = linked
        elif linked:
            found = [next((n for n in linked if normalize(n) in normalize(name)), name) for name in found]
    return _with_urls(el, found, scope)


def _with_urls(el: Any, found: list[str], scope: Scope) -> list[tuple[str, str | None]]:
    """Each name with the profile link the byline gives it, if any."""
    if not found:
        return []
    links: dict[str, str] = {}
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if href and not href.startswith(("#", "mailto:", "javascript:")):
            links.setdefault(normalize(text(a, sep=" ")), href)
    out = []
    for name in found:
        href = links.get(normalize(name))
        out.append((name, absolute(href, scope.base) if href else None))
    return out


def absolute(url: str, base: str | None) -> str | None:
    """``url`` made absolute against the page's URL; ``None`` when that cannot be done."""
    url = url.strip()
    if url.startswith(("http://", "https://")):
        return url
    return urljoin(base, url) if base else None


def names(shown: str, *, need_prefix: bool = False) -> list[str]:
    """The names a byline text gives: ``By A``, ``A and B``, ``A, B and C``, ``Por A y B``, ``Von A und B``.

    Nothing but names: the opener, a job title, a place, a date after the names are dropped;
    a text holding anything else than names gives none.
    """
    shown = " ".join(shown.split())
    m = BYLINE_OPENER.match(shown)
    if m:
        shown = shown[m.end():]
    elif need_prefix:
        return []
    shown = _NAME_LABEL.sub("", shown)
    shown = _BYLINE_END.split(shown, maxsplit=1)[0]
    shown = _BYLINE_PLACE.sub("", shown).strip(" .,;:-–—")
    if not shown:
        return []
    out = []
    for i, part in enumerate(_NAME_SPLIT.split(shown)):
        role = _ROLE.search(part)
        if role is not None:
            # "Jane Doe Senior Contributor": the name stands before the title; in "Jane Doe,
            # AP Auto Writer" the part after the comma is all title.
            part = part[:role.start()] if i == 0 else ""
        part = part.strip(" .,;:-–—")
        if not part or part.casefold() in _NOT_A_NAME or _BUTTON.match(part):
            continue
        if not looks_like_name(part):
            return []
        out.append(part)
    return out if len(out) <= 8 else []


def looks_like_name(name: str) -> bool:
    """Whether ``name`` can be a person's or an organisation's name (not a place, month, label...)."""
    if len(name) > 60 or "@" in name or "http" in name or any(c.isdigit() for c in name):
        return False
    words = name.split()
    if not 1 <= len(words) <= 6:
        return False
    first = words[0].strip("\"'“”‘’«»()").lower()
    if first in _NOT_A_FIRST_WORD or name.casefold() in _NOT_A_NAME:
        return False
    if len(words) == 1 and (first in MONTHS or first in WEEKDAYS):
        return False  # "Oktober", "Monday": a date's word, not a name
    for word in words:
        word = word.strip("\"'“”‘’«»()")
        if not word:
            continue
        initial = word[0]
        caseless = initial.isalpha() and initial.lower() == initial.upper()
        if not (initial.isupper() or caseless) and word.lower() not in NAME_PARTICLES:
            return False
    return True


