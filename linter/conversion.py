"""From an article source or a page to JSON-LD: what ``newslint convert`` and :func:`linter.convert` do.

* A plain-text article or a Markdown one: the NewsArticle (and FAQPage) newslint builds from it.
* A page: its best JSON-LD, its own Article markup completed from what else it shows
  (:mod:`linter.readers.page.article`); nothing is invented.

Each property comes with where it was read (``datePublished ← meta article:published_time,
line 14``), which ``convert --explain`` prints. What kind of source a text is, when no file
name says, is sniffed from its first characters (:func:`linter.readers.source_kind`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from linter.config import Config
from linter.readers import sniff, source_kind

__all__ = ["ConversionError", "Converted", "convert", "sniff"]

KINDS = ("text", "markdown", "html")


class ConversionError(ValueError):
    """The input holds no article to convert (one line, for the user)."""


@dataclass(slots=True)
class Converted:
    """JSON-LD for one article, and where each of its article's properties came from."""

    data: dict[str, Any]
    sources: dict[str, str] = field(default_factory=dict)  # property -> "meta article:published_time, line 14"

    def explain(self) -> list[str]:
        """One line per property: ``datePublished ← meta article:published_time, line 14``."""
        return [f"{prop} \u2190 {where}" for prop, where in self.sources.items()]


def convert(data: str | bytes, *, kind: str | None = None, path: str = "<text>", url: str | None = None,
            config: Config | None = None) -> Converted:
    """The JSON-LD for ``data`` (text, or bytes as read from a file), read as :func:`linter.readers.source_kind`
    says: ``kind`` if given, else by ``path``'s extension, else by what ``data`` starts with.

    Raises :class:`ConversionError` for input that holds no article: empty or binary data,
    JSON-LD (already converted), a page that cannot be parsed, a Markdown file whose front
    matter cannot be read.
    """
    from linter.decode import decode

    config = config or Config()
    if isinstance(data, bytes):
        # A page is read from its bytes: it declares its own encoding (<meta charset>).
        if source_kind(path, kind=kind, data=data) == "html":
            return _page(data, path, url, config)
        decoded = decode(data)
        if decoded.text is None:
            raise ConversionError(decoded.problem or "unreadable")
        text = decoded.text
    else:
        text = data
    kind = source_kind(path, kind=kind, data=text)
    if kind == "html":
        return _page(text.encode("utf-8", "surrogatepass"), path, url, config, declared="utf-8")
    if kind == "jsonld":
        raise ConversionError("this is JSON-LD already; use 'newslint check' to validate it")
    if kind == "markdown":
        from linter.readers import markdown

        article, problems, _ = markdown.parse(text, path, site=config.site, fields=config.front_matter)
        broken = next((f for f in problems if f.rule == "parse-error"), None)
        if broken is not None:
            raise ConversionError(f"{broken.message} (line {broken.line})")
    elif kind == "text":
        from linter.readers.text import parse

        article, _ = parse(text, path, site=config.site)
    else:
        raise ValueError(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")
    from linter.build import build

    return Converted(build(article).data, _lines(article))


def _page(data: bytes, path: str, url: str | None, config: Config, declared: str | None = None) -> Converted:
    from linter.lint import page_problem
    from linter.readers.page import read_bytes
    from linter.readers.page.article import convert as convert_page

    problem = page_problem(data)
    if problem:
        raise ConversionError(problem)
    source = read_bytes(data, path, config, url=url, declared_encoding=declared)
    if source.page is None:
        raise ConversionError(next((f.message for f in source.findings if f.rule == "parse-error"), "not a page"))
    page = convert_page(source, config)
    return Converted(page.data, page.sources)


def _lines(article: Any) -> dict[str, str]:
    """Where an article source stated each property (its line), for ``--explain``."""
    where: dict[str, str] = {}
    for prop, value in (("headline", article.headline), ("description", article.description),
                        ("author", article.authors[0] if article.authors else None),
                        ("datePublished", article.date_published), ("dateModified", article.date_modified),
                        ("image", article.images[0] if article.images else None),
                        ("articleSection", article.section), ("inLanguage", article.language),
                        ("url", article.url)):
        if value is None:
            continue
        line = getattr(value, "line", None)
        where[prop] = f"line {line}" if line else "site configuration"
    if article.publisher is not None:
        where["publisher"] = "site configuration ([tool.newslint.site])"
    return where
