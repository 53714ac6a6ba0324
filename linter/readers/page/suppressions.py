"""A page's own suppressions: ``<!-- newslint: ignore RULE -->`` comments.

``ignore`` covers the next element (a comment just before a ``<script type="application/ld+json">``
covers that block), ``ignore-file`` the whole page.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from lxml import etree

from linter.extract import Page
from linter.readers import Source, Suppression
from linter.rules import finding, unknown_suppression

#: ``newslint: ignore missing-author, missing-image-url`` (names split on commas and/or spaces).
_DIRECTIVE = re.compile(r"\s*newslint:\s*(?P<directive>[^\s,]*)(?P<names>.*)", re.S)
_NAMES = re.compile(r"[^\s,]+")
_DIRECTIVES = ("ignore", "ignore-file")


def read(page: Page, path: str, source: Source) -> None:
    """Read the page's ``<!-- newslint: ... -->`` comments into ``source.suppressions``.

    ``ignore`` covers the lines of the next element: from its start tag to the line its
    last descendant's text and the closing tags after it end on (see :func:`_last_line`).
    A comment that is the last thing inside its parent covers the element after that parent.
    ``ignore-file`` covers the whole page. A directive newslint does not know, or one that
    names no rule, is an ``unknown-suppression`` finding (as is an unknown rule name, reported
    when the suppressions are applied).
    """
    root = page.root
    # Comments before <html> or after </html> are the root's siblings, not its descendants.
    outside = (node for node in itertools.chain(root.itersiblings(preceding=True), root.itersiblings())
               if node.tag is etree.Comment)
    for comment in itertools.chain(outside, root.iter(etree.Comment)):
        text = comment.text or ""
        m = _DIRECTIVE.match(text)
        if m is None:
            continue
        # libxml2 gives a comment the line it ends on; the suppression is written where it starts.
        end = comment.sourceline or 1
        line = max(1, end - text.count("\n"))
        directive = m["directive"]
        names = tuple(dict.fromkeys(_NAMES.findall(m["names"])))
        if directive not in _DIRECTIVES:
            source.findings.append(finding(
                unknown_suppression, f"unknown newslint directive '{directive}' (a comment reads "
                "'newslint: ignore RULE' or 'newslint: ignore-file RULE')", path, line=line))
        elif not names:
            source.findings.append(finding(
                unknown_suppression, f"suppression names no rule ('newslint: {directive} RULE')", path,
                line=line))
        elif directive == "ignore-file":
            source.suppressions.append(Suppression(names, line))
        else:
            target = _next_element(comment)
            if target is None:  # nothing follows: it covers its own line, where nothing is reported
                source.suppressions.append(Suppression(names, line, line, end))
            else:
                first = target.sourceline or end
                source.suppressions.append(Suppression(names, line, first, max(first, _last_line(target))))


def _next_element(node: Any) -> Any:
    """The first element after ``node`` in document order that does not contain it."""
    while node is not None:
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str):
                return sibling
        node = node.getparent()
    return None


def _last_line(el: Any) -> int:
    """The line ``el``'s end tag stands on, as far as the tree tells.

    lxml knows the line of each start tag only. After the start of ``el``'s last descendant
    in document order come only that descendant's text and the tails of it and its ancestors
    up to ``el``: their line breaks lead to the end tag. (A character reference for a line
    break counts as one; an end tag broken over lines is not seen.)
    """
    last = el
    while len(last):
        last = last[-1]
    # A comment's sourceline is already the line it ends on.
    newlines = (last.text or "").count("\n") if isinstance(last.tag, str) else 0
    node = last
    while node is not el:
        newlines += (node.tail or "").count("\n")
        node = node.getparent()
    return (last.sourceline or el.sourceline or 1) + newlines
