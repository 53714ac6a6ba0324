"""What the page's own Article markup says of it (JSON-LD and microdata, graph resolved).

The strongest evidence a page gives: the publisher wrote it for machines, about this
article. Of several Article nodes, the page's own (:func:`linter.page.page_articles`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from linter.graph import View, source_graph
from linter.page import Evidence, PageFacts, page_articles

RANK = 100


@dataclass(slots=True)
class Markup:
    """The page's own Article node, resolved, and where its properties stand."""

    view: View | None = None
    label: str = "json-ld"
    lines: dict[str, int | None] = field(default_factory=dict)

    def evidence(self, prop: str) -> Evidence | None:
        if self.view is None:
            return None
        value = self.view.data.get(prop)
        if isinstance(value, list):
            value = value[0] if value else None
        if not isinstance(value, str) or not value.strip():
            return None
        return Evidence(value.strip(), f"{self.label} {prop}", self.lines.get(prop), RANK)

    def authors(self) -> list[Evidence]:
        if self.view is None:
            return []
        value = self.view.data.get("author")
        out = []
        for item in value if isinstance(value, list) else [value]:
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(name, list):
                name = name[0] if name else None
            if isinstance(name, str) and name.strip():
                out.append(Evidence(" ".join(name.split()), f"{self.label} author", self.lines.get("author"), RANK))
        return out


#: Types of a node describing the page itself, whose dates speak for an article the page
#: marks up no further (Yoast and others write a WebPage with datePublished).
PAGE_TYPES = frozenset({"WebPage", "ItemPage", "ContactPage", "AboutPage", "CollectionPage", "MedicalWebPage",
                        "ProfilePage", "QAPage", "RealEstateListing", "SearchResultsPage"})


def read(source: Any, facts: PageFacts) -> Markup:
    """The page's own Article markup in ``source`` (its documents), or an empty :class:`Markup`."""
    if not source.documents:
        return Markup()
    graph = source_graph(source)
    own = page_articles(graph, facts)
    for node in graph.of_kind("article"):
        if (node.doc, node.path) in own:
            return _markup(graph, node, source)
    return Markup()


def page_node(source: Any) -> Markup:
    """The page's WebPage node (when it has no Article node), for the dates it states."""
    if not source.documents:
        return Markup()
    graph = source_graph(source)
    for node in graph.nodes:
        if PAGE_TYPES.intersection(node.types):
            found = _markup(graph, node, source)
            found.label = f"{found.label} {node.types[0]}"
            return found
    return Markup()


def _markup(graph: Any, node: Any, source: Any) -> Markup:
    view = graph.view(node)
    document = source.documents[node.doc]
    label = "microdata" if document.origin == "microdata" else "json-ld"
    lines = {}
    for prop in ("headline", "datePublished", "dateModified", "author", "description", "image"):
        if prop in view.data:
            doc, path = view.location(f"{view.path}.{prop}" if view.path != "$" else f"$.{prop}")
            lines[prop] = source.documents[doc].locate(path)[0]
    return Markup(view, label, lines)
