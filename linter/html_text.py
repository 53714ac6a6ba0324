"""The text an HTML element shows, and walks over the elements around one (for every HTML reader).

Speed: on an lxml tree every element Python touches costs about a microsecond, and every
XPath test on an attribute's value about half of one. Text is collected with one compiled
XPath; the walks filter tags in C where they can.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from lxml import etree

XPath = etree.XPath

_TEXT_NODES = XPath("descendant-or-self::text()[not(parent::script or parent::style or parent::noscript "
                    "or parent::template)]")
#: Text a page hides from sight and keeps for screen readers ("Image caption", "Credit").
SCREEN_READER = re.compile(r"sr-only|visually-?hidden|screen-?reader|off-?screen|hidefromview|(?:^|\s)u-h(?:$|\s)",
                           re.I)


def text(el: Any, *, sep: str = "", skip: Any = None) -> str:
    """The text ``el`` shows, whitespace collapsed (screen-reader-only labels left out).

    ``skip``: an element inside ``el`` whose text is left out (a credit inside a caption).
    """
    if skip is None and len(el) == 0:
        return " ".join((el.text or "").split())
    parts: list[Any] = []
    nodes: list[Any] = _TEXT_NODES(el)  # type: ignore[assignment]  # text() gives smart strings
    # Each element judged once per call (inside a screen-reader-only label, or ``skip``?): deep
    # nesting costs one climb, not one per text node below it.
    hidden: dict[Any, bool] = {}

    def label(node: Any) -> bool:
        cls = node.get("class")
        return node is skip or bool(cls and SCREEN_READER.search(cls))

    for node in nodes:
        owner = node.getparent()
        if node.is_tail:
            owner = owner.getparent()
        if owner is not None and owner is not el and any_ancestor(owner, el, hidden, label):
            continue
        parts.append(node)
    return " ".join(sep.join(parts).split())


def any_ancestor(el: Any, stop: Any, memo: dict[Any, bool], test: Callable[[Any], bool]) -> bool:
    """Whether ``test`` holds for ``el`` or an ancestor below ``stop``.

    The answer is remembered in ``memo`` for every element climbed, so the many elements of one
    container cost one climb between them.
    """
    chain: list[Any] = []
    node = el
    result = False
    while node is not None and node is not stop:
        cached = memo.get(node)
        if cached is not None:
            result = cached
            break
        chain.append(node)
        if test(node):
            result = True
            break
        node = node.getparent()
    for seen in chain:
        memo[seen] = result
    return result


def after(start: Any, stop: Any, limit: int, tags: tuple[str, ...] = ()) -> Iterator[Any]:
    """Up to ``limit`` elements following ``start`` in document order (not inside it), within ``stop``.

    With ``tags``, only elements of those tags (lxml skips the others without making Python
    objects of them: icons' SVG paths, scripts, images).
    """
    n = 0
    node = start
    while True:
        nxt = node.getnext()
        while nxt is None:
            node = node.getparent()
            if node is None or node is stop:
                return
            nxt = node.getnext()
        node = nxt
        for el in node.iter(*tags):
            if isinstance(el.tag, str):
                yield el
                n += 1
                if n >= limit:
                    return


def before(start: Any, stop: Any, limit: int) -> Iterator[Any]:
    """Up to ``limit`` elements before ``start``: its preceding siblings and its parent's, nearest first."""
    n = 0
    node = start
    for _ in range(2):
        for sibling in node.itersiblings(preceding=True):
            for el in sibling.iter():
                if isinstance(el.tag, str):
                    yield el
                    n += 1
                    if n >= limit:
                        return
        node = node.getparent()
        if node is None or node is stop:
            return
