"""The document as a browser builds it: its title, its language, and what its head holds.

HTML parsers (browsers, and libxml2 alike) end the ``<head>`` at the first thing that cannot
stand in it: text before ``<head>`` (a PHP warning, a stray byte-order mark), an ``<img>`` or an
``<iframe>`` inside it. The title, meta and link elements written after that point stand in
the body. A browser still gives ``document.title`` (the first ``<title>`` anywhere) and merges
the attributes of a late ``<html>`` tag (its ``lang``) into the document's; search engines may
ignore metadata outside the head ("Use valid HTML to specify page metadata", Google Search
Central). So these facts are read where they stand, and :class:`MovedHead` says what moved
and where the head ended, for the ``head-elements-in-body`` rule.
"""

from __future__ import annotations

import re
from typing import Any

from linter.article import Text
from linter.page import MovedHead, PageFacts

_HTML_TAG = re.compile(r"<html(?=[\s/>])[^>]*>", re.I)
_LANG_ATTR = re.compile(r"""\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.I)
_HEAD_END = re.compile(r"</head\s*>|<body(?=[\s>])", re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
#: Meta tags whose every occurrence counts, not only the first (robots meta tag documentation).
_ADDITIVE = frozenset({"robots", "googlebot"})
_HEAD_ONLY = ("title", "meta", "link", "base")
#: Meta tags a page may repeat, one value each (several authors): all are kept.
REPEATED = frozenset({"author", "article:author", "citation_author", "dc.creator", "dcterms.creator",
                      "parsely-author", "sailthru.author", "og:article:author", "book:author"})


def read(root: Any, text: str, facts: PageFacts) -> None:
    """Fill ``facts`` with the document's title, language, meta tags and canonical link."""
    head = root.find("head")
    if head is not None:
        _elements(head.iter(*_HEAD_ONLY), facts, head)
    body = root.find("body")
    if body is not None:
        moved = _moved(body, text)
        if moved is not None:
            facts.moved_head = moved
            _elements(iter(moved.elements), facts, body)
    if facts.title is None:
        facts.title = _first_title(root)
    facts.lang = _lang(root, text)
    description = facts.meta.get("description")
    if description is not None and description.value:
        facts.meta_description = description


def _elements(elements: Any, facts: PageFacts, container: Any) -> None:
    for el in elements:
        tag = el.tag
        if tag == "title":
            # Not an SVG's <title> (an icon's tooltip).
            if facts.title is None and el.text and el.text.strip() and not _in_svg(el, container):
                facts.title = Text(" ".join(el.text.split()), el.sourceline)
        elif tag == "meta":
            content = el.get("content")
            if content is None:
                continue
            prop = el.get("itemprop")
            if prop and el.get("itemscope") is None and prop not in facts.item_meta:
                facts.item_meta[prop] = Text(content.strip(), el.sourceline)
            # <meta property="og:description" name="description" content="..."> sets both.
            value = content.strip()
            prop_key = (el.get("property") or "").strip().lower()
            name_key = (el.get("name") or "").strip().lower()
            keys = sorted((prop_key, name_key)) if prop_key and name_key and prop_key != name_key \
                else (prop_key or name_key,) if prop_key or name_key else ()
            for key in keys:
                first = facts.meta.get(key)
                if first is None or (key in _ADDITIVE and not first.value):
                    facts.meta[key] = Text(value, el.sourceline)
                elif key in _ADDITIVE and value:
                    # Crawlers add up the directives of all robots tags (a second tag's
                    # noindex counts); the first tag's line is kept.
                    facts.meta[key] = Text(f"{first.value}, {value}", first.line)
                if key == "og:image" and value:
                    facts.og_images.append(value)
                if key in REPEATED and value:
                    facts.meta_lists.setdefault(key, []).append(Text(value, el.sourceline))
        elif tag == "link" and facts.canonical is None and "canonical" in (el.get("rel") or "").lower().split():
            facts.canonical = Text((el.get("href") or "").strip(), el.sourceline)
        elif tag == "base" and facts.base_href is None:
            facts.base_href = base_href(el)


def base_href(el: Any) -> str | None:
    """The ``href`` of the ``<base>`` element ``el``, if it has one (the first one sets the base URL)."""
    href = el.get("href")
    return href.strip() if href is not None else None


def _in_svg(el: Any, stop: Any) -> bool:
    for up in el.iterancestors():
        if up is stop:
            return False
        if up.tag == "svg":
            return True
    return False


def _first_title(root: Any) -> Text | None:
    """``document.title``: the first non-empty ``<title>`` in the document, wherever it stands."""
    for el in root.iter("title"):
        if el.text and el.text.strip() and not _in_svg(el, root):
            return Text(" ".join(el.text.split()), el.sourceline)
    return None


def _moved(body: Any, text: str) -> MovedHead | None:
    """Title, meta, link and base elements the page wrote in its head that stand in the body."""
    m = _HEAD_END.search(text)
    if m is None:
        return None
    end_line = text.count("\n", 0, m.start()) + 1
    if (body.sourceline or 0) > end_line:
        # libxml2 numbers elements in the order it meets their tags and never moves one: a body
        # begun after the head's end holds nothing written before it (no walk over the body).
        return None
    moved = []
    for el in body.iter(*_HEAD_ONLY):
        line = el.sourceline or 0
        if line > end_line:
            break
        if el.tag != "meta" or el.get("name") or el.get("property") or el.get("http-equiv") or el.get("charset"):
            moved.append(el)
    if not moved:
        return None
    return MovedHead(elements=tuple(moved), ended_at=_where_head_ended(body), line=moved[0].sourceline)


def _where_head_ended(body: Any) -> Text:
    """What ended the head: the text or element that opens the body (``Warning: ...``, ``<img>``)."""
    junk = (body.text or "").strip()
    if junk:
        return Text(junk[:60], body.sourceline)
    for el in body:
        if isinstance(el.tag, str) and el.tag not in _HEAD_ONLY:
            return Text(f"<{el.tag}>", el.sourceline)
        junk = (el.tail or "").strip()
        if junk:
            return Text(junk[:60], el.sourceline)
    return Text("", body.sourceline)


def _lang(root: Any, text: str) -> Text | None:
    """The ``lang`` of ``<html>`` as browsers merge it: a later ``<html>`` tag's attributes count too."""
    # (``xml:lang`` alone sets no language in an HTML document, in browsers or the HTML standard.)
    lang = root.get("lang")
    if lang and lang.strip():
        return Text(lang.strip(), root.sourceline)
    end = _HEAD_END.search(text)
    prefix = _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text[:end.start() if end else 65536])
    for tag in _HTML_TAG.finditer(prefix):
        attr = _LANG_ATTR.search(tag.group())
        if attr is not None:
            value = next(v for v in attr.groups() if v is not None).strip()
            if value:
                return Text(value, prefix.count("\n", 0, tag.start()) + 1)
    return None



