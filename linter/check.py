"""Checks: every JSON-LD document through the schemas and the python rules.

Generated JSON-LD and JSON-LD found in files or pages go through exactly the
same checks here, so an article source and its published page are judged by
one standard.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from linter import rules, schemas
from linter.article import Article
from linter.config import Config
from linter.document import JsonLdDocument
from linter.findings import Finding
from linter.graph import Graph, View
from linter.jsonpath import join
from linter.page import PageFacts
from linter.readers import Source
from linter.rules import Problem


@dataclass(slots=True)
class Context:
    """What python rules may look at besides the node itself."""

    config: Config
    document: JsonLdDocument  # the document the node (or document rule) is in
    graph: Graph  # every node of the source, across its documents
    article: Article | None = None
    page: PageFacts | None = None
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    documents: list[JsonLdDocument] = field(default_factory=list)
    cache: dict[Any, Any] = field(default_factory=dict)  # work shared by rules (vocabulary checks)


def check_source(source: Source, config: Config, *, now: datetime | None = None) -> list[Finding]:
    """Findings for every JSON-LD document of a source, its nodes, and the source as a whole.

    ``source`` is read and linked: its graph built (:func:`linter.readers.link`, which
    :func:`linter.lint.check_source` calls first); the checks change nothing of it. Before
    selection and severity overrides (see :func:`linter.lint.finish`).
    """
    documents: list[JsonLdDocument] = source.documents
    page: PageFacts | None = source.page
    graph = source.graph
    if graph is None:
        raise ValueError(f"{source.path}: its documents are not linked (linter.readers.link)")
    found: list[tuple[Finding, JsonLdDocument]] = []
    if documents:
        ctx = Context(config, documents[0], graph, source.article, page, documents=documents)
        if now is not None:
            ctx.now = now
        for document in documents:
            ctx.document = document
            for rule, check in rules.document_checks():
                found.extend(_found(rule, check(document, ctx), None, ctx, source))
        for node in graph.nodes:
            kind = node.kind
            if kind is None:
                continue
            view = graph.view(node)
            ctx.document = documents[node.doc]
            for v in schemas.validate(kind, view.data, house=config.schemas):
                doc, json_path = view.location(join(view.path, v.path))
                found.append((_finding(v.rule, v.message, source, documents[doc], json_path, v, doc),
                              documents[doc]))
            for rule, node_check in rules.node_checks(kind):
                found.extend(_found(rule, node_check(view, ctx), view, ctx, source))
    out = _one_per_fact(found)
    out.extend(_source_rules(source, config))
    return out


def _source_rules(source: Source, config: Config) -> list[Finding]:
    """Rules that judge a whole source (all its documents together), and a page's HTML."""
    out: list[Finding] = []
    for rule, check in rules.source_checks(page=source.page is not None):
        for problem in check(source, config):
            out.append(rules.finding(rule, problem.message, source.path, line=problem.line,
                                     json_path=problem.json_path, source_kind=source.kind))
    return out


def _one_per_fact(found: list[tuple[Finding, JsonLdDocument]]) -> list[Finding]:
    """One finding of a rule per fact of the source.

    JSON-LD that newslint built may state one source fact twice (an image's ``contentUrl`` and
    ``url``, both from one ``src``): a rule finding both is reported once, at the value written
    first (see :attr:`JsonLdDocument.copies`).
    """
    kept: dict[object, Finding] = {}
    for f, document in found:
        if f.json_path is None or not document.copies:
            kept[id(f)] = f
            continue
        fact = document.fact(f.json_path)
        key = (f.rule, id(document), fact)
        first = kept.get(key)
        if first is None or (f.json_path == fact and first.json_path != fact):
            kept[key] = f
    return list(kept.values())


def _found(rule: rules.Rule, problems: Iterator[Problem], view: View | None, ctx: Context,
           source: Source) -> Iterator[tuple[Finding, JsonLdDocument]]:
    """Findings of ``rule``'s problems with a document (``view`` None) or with the node ``view``."""
    for problem in problems:
        json_path = problem.json_path
        document = ctx.document
        if json_path is not None and view is not None:
            doc, json_path = view.location(json_path)
            document = ctx.documents[doc] if ctx.documents else document
        origins = ctx.cache.get("origins")
        if origins is None:  # each document's index, once: looked up per finding, a page of many blocks was quadratic
            origins = ctx.cache["origins"] = {id(d): i for i, d in enumerate(source.documents)}
        origin = origins[id(document)]
        f = _finding(rule.name, problem.message, source, document, json_path, None, origin)
        if problem.line is not None:
            f = replace(f, line=problem.line, column=None)
        yield f, document


def _finding(rule: str, message: str, source: Source, document: JsonLdDocument,
             json_path: str | None, violation: schemas.Violation | None, origin: int) -> Finding:
    line, column = document.locate(json_path) if json_path else (None, None)
    meta = rules.get(rule)
    if meta is None and violation is not None:  # a house schema's own rule: the schema says the rest
        from linter.findings import Severity

        return Finding(rule, Severity(violation.severity or "error"), message, source.path, line, column,
                       json_path, violation.authority or "newsroom", violation.hint, origin=origin)
    assert meta is not None, f"schema rule {rule!r} has no module"
    return replace(rules.finding(meta, message, source.path, line=line, column=column, json_path=json_path,
                                 source_kind=source.kind), origin=origin)
