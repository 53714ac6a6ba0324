"""Build schema.org NewsArticle and FAQPage JSON-LD from an :class:`~linter.article.Article`
(the pipeline's *build* step).

A pure function of the article: only what the article states goes in. A date
that could not be read is passed through as written, so the checks report it
instead of it silently vanishing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from linter.article import Article, Author, DateValue, Image
from linter.document import JsonLdDocument, MapLocator, Position
from linter.jsonpath import child

CONTEXT = "https://schema.org"


@dataclass(frozen=True, slots=True)
class Built:
    """JSON-LD built from an article, with the source line of every part."""

    data: dict[str, Any]
    positions: dict[str, Position]
    copies: dict[str, str]  # a value written again from the same source fact -> the first one


def build(article: Article) -> Built:
    """``{"@context": "https://schema.org", "@graph": [NewsArticle, FAQPage?]}``."""
    positions: dict[str, Position] = {}
    copies: dict[str, str] = {}
    graph: list[dict[str, Any]] = []
    root = "$.@graph"

    news_path = child(root, len(graph))
    graph.append(_news_article(article, news_path, positions, copies))
    if article.faq or article.faq_heading:
        faq_path = child(root, len(graph))
        graph.append(_faq_page(article, faq_path, positions))
    headline_line = article.headline.line if article.headline else 1
    positions.setdefault("$", (headline_line, 1))
    return Built({"@context": CONTEXT, "@graph": graph}, positions, copies)


def build_documents(article: Article) -> list[JsonLdDocument]:
    """The built JSON-LD as a document for the checks (lines point into the article)."""
    built = build(article)
    return [JsonLdDocument(built.data, MapLocator(built.positions), origin="generated",
                           copies=built.copies)]


def _at(positions: dict[str, Position], path: str, line: int | None) -> None:
    if line is not None:
        positions[path] = (line, 1)


def _copy(copies: dict[str, str], path: str, first: str, *keys: str) -> None:
    """Record that ``keys`` of the node at ``path`` repeat its ``first``: one fact, found once."""
    for key in keys:
        copies[child(path, key)] = child(path, first)


def _news_article(a: Article, path: str, pos: dict[str, Position],
                  copies: dict[str, str]) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "NewsArticle"}
    _at(pos, path, a.headline.line if a.headline else 1)
    if a.url:
        node["@id"] = f"{a.url.value}#article"
    if a.headline:
        node["headline"] = a.headline.value
        _at(pos, child(path, "headline"), a.headline.line)
    if a.description:
        node["description"] = a.description.value
        _at(pos, child(path, "description"), a.description.line)
    if a.authors:
        authors_path = child(path, "author")
        node["author"] = [
            _author(author, child(authors_path, i), pos) for i, author in enumerate(a.authors)
        ]
        _at(pos, authors_path, a.authors[0].line)
    for prop, value in (("datePublished", a.date_published), ("dateModified", a.date_modified)):
        if value is not None:
            node[prop] = _date(value)
            _at(pos, child(path, prop), value.line)
    if a.dateline:
        node["dateline"] = a.dateline.value
        _at(pos, child(path, "dateline"), a.dateline.line)
    if a.images:
        images_path = child(path, "image")
        node["image"] = [_image(img, child(images_path, i), pos, copies)
                         for i, img in enumerate(a.images)]
        _at(pos, images_path, a.images[0].line)
    if a.keywords:
        node["keywords"] = [k.value for k in a.keywords]
        _at(pos, child(path, "keywords"), a.keywords[0].line)
    if a.section:
        node["articleSection"] = a.section.value
        _at(pos, child(path, "articleSection"), a.section.line)
    if a.language:
        node["inLanguage"] = a.language.value
        _at(pos, child(path, "inLanguage"), a.language.line)
    if a.publisher:
        publisher: dict[str, Any] = {"@type": "Organization", "name": a.publisher.name}
        if a.publisher.url:
            publisher["url"] = a.publisher.url
        if a.publisher.logo:
            publisher["logo"] = {"@type": "ImageObject", "url": a.publisher.logo}
        node["publisher"] = publisher
    if a.url:
        node["url"] = a.url.value
        node["mainEntityOfPage"] = a.url.value
        _at(pos, child(path, "url"), a.url.line)
        _at(pos, child(path, "mainEntityOfPage"), a.url.line)
        _at(pos, child(path, "@id"), a.url.line)
        _copy(copies, path, "url", "mainEntityOfPage", "@id")
    return node


def _author(author: Author, path: str, pos: dict[str, Position]) -> dict[str, Any]:
    _at(pos, path, author.line)
    node: dict[str, Any] = {"@type": author.kind, "name": author.name}
    if author.url:
        node["url"] = author.url
    if author.description:
        node["description"] = author.description
    return node


def _date(value: DateValue) -> str:
    return value.iso if value.iso is not None else value.text


def _image(img: Image, path: str, pos: dict[str, Position], copies: dict[str, str]) -> dict[str, Any]:
    _at(pos, path, img.line)
    node: dict[str, Any] = {"@type": "ImageObject"}
    if img.url:
        node["contentUrl"] = img.url
        node["url"] = img.url
        _copy(copies, path, "contentUrl", "url")
    if img.caption:
        node["caption"] = img.caption
    if img.alt:
        node["description"] = img.alt
    if img.credit:
        node["creditText"] = img.credit
        if img.credit_is_copyright:
            node["copyrightNotice"] = f"© {img.credit}"
    if img.width:
        node["width"] = img.width
    if img.height:
        node["height"] = img.height
    return node


def _faq_page(a: Article, path: str, pos: dict[str, Position]) -> dict[str, Any]:
    _at(pos, path, a.faq_heading.line if a.faq_heading else None)
    questions = []
    entity_path = child(path, "mainEntity")
    for i, item in enumerate(a.faq):
        q_path = child(entity_path, i)
        _at(pos, q_path, item.question_line)
        _at(pos, child(q_path, "name"), item.question_line)
        answer_path = child(q_path, "acceptedAnswer")
        _at(pos, answer_path, item.answer_line or item.question_line)
        questions.append({
            "@type": "Question",
            "name": item.question,
            "acceptedAnswer": {"@type": "Answer", "text": item.answer},
        })
    node: dict[str, Any] = {"@type": "FAQPage", "mainEntity": questions}
    if a.language:
        node["inLanguage"] = a.language.value
    return node


def to_json(data: Any) -> str:
    """Pretty JSON, UTF-8 characters kept as they are."""
    return json.dumps(data, indent=2, ensure_ascii=False)


def to_script_blocks(data: dict[str, Any]) -> str:
    """One ``<script type="application/ld+json">`` block per node, ready to paste.

    ``</`` is escaped as ``<\\/`` so no string can close the script element early,
    and ``<!--`` as ``\\u003c!--`` so none can switch the HTML parser into the
    escaped-script state (where a later ``</script>`` is not the end). Both
    are valid JSON string escapes, and ``<`` only ever occurs inside strings.
    """
    blocks = []
    for node in data.get("@graph", [data]):
        doc = {"@context": data.get("@context", CONTEXT), **node}
        body = to_json(doc).replace("</", "<\\/").replace("<!--", "\\u003c!--")
        blocks.append(f'<script type="application/ld+json">\n{body}\n</script>')
    return "\n".join(blocks)
