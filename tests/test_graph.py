"""The node graph: references across blocks, nodes merged by @id, and bounded work on hostile graphs."""

from __future__ import annotations

from linter.graph import Graph


def test_nodes_sharing_an_id_are_merged() -> None:
    doc = {"@graph": [
        {"@type": "NewsArticle", "author": {"@type": "Person", "@id": "#jane", "name": "Jane Doe"}},
        {"@type": "Person", "@id": "#jane", "url": "https://example.com/jane"},
    ]}
    graph = Graph(doc)
    view = graph.view(graph.nodes[0])
    assert view.data["author"]["url"] == "https://example.com/jane"
    # the merged property points at the node that states it
    assert view.location("$.@graph[0].author.url") == (0, "$.@graph[1].url")


def test_reference_cycles_terminate() -> None:
    doc = {"@graph": [
        {"@type": "NewsArticle", "@id": "#a", "isPartOf": {"@id": "#b"}},
        {"@type": "WebPage", "@id": "#b", "mainEntity": {"@id": "#a"}, "breadcrumb": {"item": {"@id": "#b", "name": "x"}}},
    ]}
    graph = Graph(doc)
    view = graph.view(graph.nodes[0])
    assert view.data["isPartOf"]["@type"] == "WebPage"


def test_fan_out_of_references_is_bounded() -> None:
    # Each node refers twice to the next: resolving naively copies 2**40 objects.
    nodes = [{"@type": "Thing", "@id": f"#n{i}", "a": {"@id": f"#n{i + 1}"}, "b": {"@id": f"#n{i + 1}"}}
             for i in range(40)]
    nodes[0]["@type"] = "NewsArticle"
    graph = Graph({"@graph": nodes})
    view = graph.view(graph.nodes[0])
    assert view.budget < 0  # the copy stopped at its budget instead of growing to 2**40 objects
    assert view.data["a"]["@type"] == "Thing"
