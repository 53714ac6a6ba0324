"""What a page states outside its markup, read for the unsafe fixes that copy it into the markup.

A fix that adds a fact to a page's Article markup (its byline as ``author``, its head's
publication date as ``datePublished``, its headline, a figure's caption and credit) reads it
here, from the same page facts (:class:`linter.page.PageFacts`) the consistency rules hold the
markup against: ``author-not-visible`` and ``byline-not-in-markup`` (the visible bylines),
``date-published-mismatch`` (the dates the page shows, its ``article:published_time``),
``headline-mismatch`` (the visible headline), ``conflicting-articles`` (the other article
nodes). A fact is offered only when the page states it without contradicting itself, so the
value a fix adds is one those rules accept: a fix never trades its finding for theirs.

Only the page's own article is completed (:func:`linter.page.page_articles`): a teaser's or a
related story's node is not the page's, and the page's byline is not its author.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from linter.fixes.model import AddMember, SetValue
from linter.graph import source_graph
from linter.jsonpath import child
from linter.page import normalize, page_articles
from linter.patterns import lazy

if TYPE_CHECKING:
    from linter.article import Author
    from linter.fixes.model import Fix, Request
    from linter.graph import Graph, View
    from linter.page import Figure, PageFacts


def own_article(request: Request) -> View | None:
    """The page's own article node when the finding stands on that node (``$``, ``$.@graph[0]``).

    ``None`` for a finding elsewhere, a node that is not the page's own article, or a document
    that is not a JSON-LD block of an HTML page.
    """
    page, document, finding = request.source.page, request.document, request.finding
    if page is None or document is None or document.origin != "html" or finding.origin is None:
        return None
    graph = source_graph(request.source)
    at = (finding.origin, finding.json_path)
    if at not in page_articles(graph, page):
        return None
    node = next((n for n in graph.of_kind("article") if (n.doc, n.path) == at), None)
    return graph.view(node) if node is not None else None


def own_article_on_page(request: Request) -> tuple[View, PageFacts, str] | None:
    """:func:`own_article`, with the page it is read from and the finding's JSON path: what every
    fix adding a fact of the page to its article starts from (``None``: no such article)."""
    view, page, path = own_article(request), request.source.page, request.finding.json_path
    if view is None or page is None or path is None:
        return None
    return view, page, path


def article_holding(request: Request, prop: str) -> tuple[View, Any] | None:
    """The page's own article one of whose ``prop`` values the finding stands on, and that value.

    For findings on a property's value (an image, an author list): the view resolves
    references, so the value may stand in another node, or another block, than the article.
    """
    page, document, finding = request.source.page, request.document, request.finding
    if page is None or document is None or document.origin != "html" or finding.origin is None:
        return None
    graph = source_graph(request.source)
    own = page_articles(graph, page)
    for node in graph.of_kind("article"):
        if (node.doc, node.path) not in own:
            continue
        view = graph.view(node)
        if prop in view.data and view.location(child(view.path, prop)) == (finding.origin, finding.json_path):
            return view, view.data[prop]
        for value, path in view.values(prop):
            if view.location(path) == (finding.origin, finding.json_path):
                return view, value
    return None


def put(request: Request, path: str, key: str, value: Any) -> AddMember | SetValue:
    """The operation giving the object at ``path`` the member ``key``: added, or set where it
    stands empty (``"author": ""``, which the checks read as missing)."""
    target = request.value(path)
    if isinstance(target, dict) and key in target:
        return SetValue(child(path, key), value)
    return AddMember(path, key, value)


def conflicts(graph: Graph, view: View, prop: str, value: str) -> bool:
    """Whether giving the article ``view`` ``prop`` = ``value`` would make ``conflicting-articles``
    report it: another article node (the first of the page's, or any other when ``view`` is the
    first) states another headline or publication date."""
    from linter.dates import parse_iso

    def same(a: Any) -> bool:
        if not isinstance(a, str):
            return True
        if prop == "headline":
            return normalize(a) == normalize(value)
        mine, theirs = parse_iso(value), parse_iso(a)
        return (mine if mine is not None else value.strip()) == (theirs if theirs is not None else a.strip())

    first = graph.first("article")
    if first is None:
        return False
    if (first.doc, first.path) != (view.doc, view.path):
        return not same(first.data.get(prop))
    return any(not same(graph.view(n).data.get(prop)) for n in graph.of_kind("article")
               if (n.doc, n.path) != (first.doc, first.path))


# --- bylines ---------------------------------------------------------------------------------

def author_object(byline: Author) -> dict[str, Any]:
    """A byline as an author node: its kind and name, and its profile link when the byline gives one."""
    out: dict[str, Any] = {"@type": byline.kind, "name": byline.name}
    if byline.url and byline.url.startswith(("http://", "https://")):
        out["url"] = byline.url
    return out


def byline_evidence(bylines: list[Author]) -> str:
    """``visible byline 'Jane Doe' and 'Omar Haddad', line 42``."""
    names = [repr(b.name) for b in bylines]
    said = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    lines = ", ".join(dict.fromkeys(str(b.line) for b in bylines))
    return f"visible byline {said}, line{'s' if ',' in lines else ''} {lines}"


# --- figures ---------------------------------------------------------------------------------

def image_urls(value: Any) -> list[str]:
    """The addresses an image of the markup gives: a URL, or an ImageObject's ``url`` and ``contentUrl``."""
    if isinstance(value, str):
        return [value]
    if not isinstance(value, dict):
        return []
    out: list[str] = []
    for prop in ("url", "contentUrl"):
        found = value.get(prop)
        out.extend(u for u in (found if isinstance(found, list) else [found]) if isinstance(u, str))
    return out


def figures_showing(page: PageFacts, urls: list[str], base: str | None) -> list[Figure]:
    """The article's figures showing the image at one of ``urls``: the same address, resolved
    against the page's, its scheme and fragment aside, and its query string too when the path
    names the image file (``lead.jpg?w=1200`` is the same picture in another size). An image
    service's address (``imrs.php?src=...&w=1440``) names its picture in the query: that counts,
    less the numbers that size it. Nothing looser: a caption copied to another picture is false."""
    wanted = {k for url in urls if (k := _image_key(url, base)) is not None}
    return [f for f in page.figures if f.src and _image_key(f.src, base) in wanted]


_IMAGE_FILE = lazy(r"\.(?:jpe?g|png|gif|webp|avif|svg)$", re.I)


def _image_key(url: str, base: str | None) -> tuple[str, str, str] | None:
    from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

    url = url.strip()
    if not url or url.startswith("data:"):
        return None
    try:
        parts = urlsplit(urljoin(base, url) if base else url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    query = ""
    if not _IMAGE_FILE.search(parts.path):
        query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                                 if not v.isdigit()))
    return parts.netloc.lower(), parts.path, query


def image_fix(request: Request, *, prop: str, title: str) -> Fix | None:
    """The fix giving the article's image the fact ``prop`` (``caption`` or ``creditText``) the
    figure showing it states: added to its ImageObject; or, for a bare image URL, an ImageObject
    with its ``url`` and every fact the figure states (so that the caption's fix and the
    credit's are one edit). ``None`` unless the figures showing that image state it, the same."""
    from linter.fixes.model import Fix, Safety

    found = article_holding(request, "image")
    page = request.source.page
    path = request.finding.json_path
    if found is None or page is None or path is None:
        return None
    figures = figures_showing(page, image_urls(found[1]), request.base_url)
    facts = {name: fact for name, shown in (("caption", "caption"), ("creditText", "credit"))
             if (fact := _figure_fact(figures, shown)) is not None}
    if prop not in facts:
        return None
    written = request.value()
    op: AddMember | SetValue
    if isinstance(written, str):
        op = SetValue(path, {"@type": "ImageObject", "url": written, **{k: v for k, (v, _) in facts.items()}})
        cited = facts
    elif isinstance(written, dict):
        op = put(request, path, prop, facts[prop][0])
        cited = {prop: facts[prop]}
    else:
        return None
    value = facts[prop][0]
    evidence = " and ".join(f"figure {'credit' if name == 'creditText' else name} {_short(v)!r}"
                            for name, (v, _) in cited.items())
    line = facts[prop][1].line
    return Fix(Safety.UNSAFE, f"{title} ({_short(value)!r})", (op,),
               evidence=f"{evidence}, line {line}" if line else evidence)


def _figure_fact(figures: list[Figure], shown: str) -> tuple[str, Figure] | None:
    """The caption (or credit) the figures state, with the first figure stating it; ``None`` when
    none states one, they state different ones, or a credit does not read as a credit alone."""
    stated = [f for f in figures if getattr(f, shown)]
    values = {getattr(f, shown) for f in stated}
    if len(values) != 1:
        return None
    value: str = values.pop()
    if shown == "credit" and not plain_credit(value):
        return None
    return value, stated[0]


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


#: Most words a credit read from a figure may have: "Luke Sharrett for The Washington Post" has six;
#: more is a caption read with it ("pixabay Ein Gericht ist kein Ort für Maskenmuffel").
_CREDIT_WORDS = 6


def plain_credit(credit: str) -> bool:
    """Whether a figure's credit, as the page reader took it, reads as a credit alone: a name or
    an agency, no label left on it ("by Regan", "crédito: ..."), no date ("R. Hollinger,
    19.01.2022"), not a caption read with it. A credit that fails this stays on the page only."""
    from linter.lexicon import BYLINE_OPENER

    return (0 < len(credit.split()) <= _CREDIT_WORDS and ":" not in credit
            and not any(c.isdigit() for c in credit) and BYLINE_OPENER.match(credit) is None)
