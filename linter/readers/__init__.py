"""Readers: one module per kind of source, each producing a :class:`Source`.

A reader never raises on bad input: what it cannot read becomes a
``parse-error`` finding in ``Source.findings``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Literal, cast

from linter.article import Article
from linter.config import Config, SiteConfig
from linter.document import JsonLdDocument
from linter.findings import Finding
from linter.graph import Graph
from linter.page import PageFacts

#: The kinds of source, one per reader.
SourceKind = Literal["text", "markdown", "html", "jsonld"]

#: File extensions newslint reads, and the reader for each.
READERS: dict[str, SourceKind] = {
    ".txt": "text",
    ".json": "jsonld",
    ".jsonld": "jsonld",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
}


@dataclass(frozen=True, slots=True)
class Suppression:
    """Rules an article turns off for itself: ``newslint: {ignore: [...]}`` in front matter,
    ``<!-- newslint: ignore RULE -->`` before an element of a page.

    ``first``/``last`` bound the lines it covers; ``None`` means the whole file.
    """

    rules: tuple[str, ...]
    line: int | None  # where the suppression is written
    first: int | None = None
    last: int | None = None

    def covers(self, line: int | None) -> bool:
        if self.first is None:
            return True
        return line is not None and self.first <= line <= (self.last if self.last is not None else self.first)


@dataclass(slots=True)
class Source:
    """What one source holds: the visible article and/or JSON-LD documents to check."""

    path: str
    article: Article | None = None
    documents: list[JsonLdDocument] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    page: PageFacts | None = None  # HTML pages: what the page shows besides its markup
    graph: Graph | None = None  # the graph of all its documents: see link()
    suppressions: list[Suppression] = field(default_factory=list)
    kind: SourceKind | None = None  # the reader that read it (None: a file no reader could read)


def link(source: Source) -> Graph:
    """Link ``source``'s documents into the graph its checks judge, and keep it as ``source.graph``.

    The step between reading and checking (:func:`linter.lint.check_source` takes it): relative
    ``@id``s resolve against the page's address (``--url``, else an absolute canonical URL),
    which a page's reader knows only once it has read the page. What reads the graph after the
    checks (a crawl's news sitemap checks, ``python -m linter.schemas``) reads this one. A reader
    may have built a graph without the address while reading (:func:`linter.graph.source_graph`):
    this one replaces it.
    """
    source.graph = Graph(documents=[d.data for d in source.documents], base_url=base_url(source.page))
    return source.graph


def base_url(page: PageFacts | None) -> str | None:
    if page is None:
        return None
    if page.url:
        return page.url
    canonical = page.canonical.value if page.canonical else ""
    return canonical if canonical.startswith(("http://", "https://")) else None


def reader_for(path: str) -> str | None:
    """The reader name for ``path``'s extension, or ``None`` if newslint does not read it."""
    return READERS.get(PurePath(path).suffix.lower())


def source_kind(path: str | None = None, *, kind: str | None = None,
                data: str | bytes | None = None) -> str | None:
    """The reader for a source: the one place that decides it, for the CLI and the library alike.

    ``kind`` given wins; then ``path``'s extension (:data:`READERS`); then, for a source whose
    contents are at hand (``data``: standard input, text given to the library), what it starts
    with (:func:`sniff`). ``None`` for a file named with an extension newslint does not read,
    whose contents are not looked at: a folder's ``package.json`` is no article.
    """
    if kind:
        return kind
    named = reader_for(path) if path else None
    if named or data is None:
        return named
    return sniff(_head(data) if isinstance(data, bytes) else data)


_HTML_START = re.compile(r"\A(?:\ufeff)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|"
                         r"script|link|article|div|p|h1)\b", re.I | re.S)
# Markdown front matter: YAML between --- lines, or TOML between +++ lines (Hugo).
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?(?:---|\+\+\+)[ \t]*\r?\n")
_MARKDOWN_SIGNS = re.compile(r"^(?:#{1,6} \S|!\[[^\]]*\]\(|\* \S|- \S|> \S)", re.M)
_SNIFF = 4096


def sniff(text: str) -> str:
    """``html``, ``jsonld``, ``markdown`` or ``text``, from what the text starts with.

    A page starts with a doctype or a tag; JSON-LD with ``{`` or ``[``; Markdown with front
    matter (``---`` or ``+++``), or shows headings (``# ...``) or images (``![...](...)``) at
    the start of lines. Anything else is a plain-text article.
    """
    head = text[:_SNIFF]
    if _HTML_START.match(head):
        return "html"
    if head.lstrip("\ufeff \t\r\n")[:1] in ("{", "["):
        return "jsonld"
    if _FRONT_MATTER.match(head) or _MARKDOWN_SIGNS.search(head):
        return "markdown"
    return "text"


def _head(data: bytes) -> str:
    """The start of ``data`` as text, decoded as the readers decode it (BOMs, then UTF-8 or a fallback)."""
    from linter.decode import decode

    return decode(data[:_SNIFF]).text or ""  # (a whole number of UTF-16 and UTF-32 units)


def read_text(text: str, path: str, kind: str, config: Config) -> Source:
    """Read decoded ``text`` with the reader ``kind`` (``text``, ``jsonld``, ...)."""
    if kind == "text":
        from linter.readers import text as reader
    elif kind == "jsonld":
        from linter.readers import jsonld as reader  # type: ignore[no-redef]
    elif kind == "markdown":
        from linter.readers import markdown as reader  # type: ignore[no-redef]
    elif kind == "html":
        from linter.readers import page

        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            # Lone surrogates (text decoded with surrogateescape) are no characters: each one
            # becomes U+FFFD, as a browser shows bytes it cannot read, and columns stay put.
            data = re.sub("[\ud800-\udfff]", "\ufffd", text).encode("utf-8")
        return page.read_bytes(data, path, config, declared_encoding="utf-8")
    else:  # pragma: no cover - callers pass known kinds
        raise ValueError(f"unknown reader {kind!r}")
    source = reader.read(text, path, config)
    source.kind = cast("SourceKind", kind)  # one of the three above
    return source


def apply_site(article: Article, site: SiteConfig) -> None:
    """Site-wide facts from ``[tool.newslint.site]`` that an article source does not carry."""
    from linter.article import Publisher, Text

    if site.publisher:
        article.publisher = Publisher(site.publisher, site.url, site.logo)
    if site.language and article.language is None:
        article.language = Text(site.language)
