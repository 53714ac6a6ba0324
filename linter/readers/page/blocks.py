"""The page's structured data as documents to check: every JSON-LD block, and Article microdata.

A JSON-LD block that is not strict JSON is reported (``invalid-json-ld``) and read tolerantly
(comments, trailing commas, CDATA); an empty one is reported. Microdata items of the Article
family and FAQPage become documents too, so they are checked like JSON-LD.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from linter.document import JsonLdDocument, MapLocator, TextLocator
from linter.extract import Block, Page, microdata_items
from linter.graph import kind_of, types_of
from linter.readers import Source
from linter.rules import empty_json_ld_block, finding, invalid_json_ld, parse_error


def read(page: Page, path: str, source: Source) -> None:
    """Add the page's JSON-LD blocks and Article/FAQPage microdata items to ``source``."""
    for block in page.blocks:
        _block(block, path, source)
    for item in microdata_items(page):
        if any(kind_of(types_of(node)) for node in _typed_nodes(item.data)):
            source.documents.append(JsonLdDocument(
                item.data, MapLocator({}, default=(item.line, None)), origin="microdata",
                label="microdata"))
    if page.microdata_error:
        source.findings.append(finding(parse_error, page.microdata_error, path, line=1))


def _block(block: Block, path: str, source: Source) -> None:
    parsed = block.parsed
    where = f"JSON-LD block {block.index + 1}"
    if not block.text.strip():
        source.findings.append(finding(empty_json_ld_block, f"{where} is empty", path,
                                       line=block.line, column=block.column))
        return
    if parsed.error is not None:
        message, line, column = parsed.error
        file_line = block.line + line - 1
        file_column = column + (block.column - 1 if line == 1 else 0)
        if parsed.ok:
            text = f"{where} is not valid JSON ({message}); read after repairing: {', '.join(parsed.repairs)}"
        else:
            text = f"{where} is not valid JSON ({message}); its content cannot be checked"
        found = finding(invalid_json_ld, text, path, line=file_line, column=file_column)
        if parsed.ok:  # in the document the block is about to become: a fix writes that one strictly
            found = replace(found, origin=len(source.documents))
        source.findings.append(found)
    if not parsed.ok:
        return
    locator = TextLocator(parsed.text, block.line - 1, block.column - 1, tuple(parsed.starts))
    if parsed.duplicates:
        from linter.readers import duplicate_keys

        source.findings.extend(duplicate_keys.findings(parsed.duplicates, where, path, block.line, block.column))
    source.documents.append(JsonLdDocument(parsed.data, locator, origin="html", label=where, block=block.index,
                                           repairs=tuple(parsed.repairs)))


def _typed_nodes(data: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            if "@type" in value:
                out.append(value)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return out
