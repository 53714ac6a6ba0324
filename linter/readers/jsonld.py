"""Reader for ``.json`` and ``.jsonld`` files: JSON-LD validated as it is."""

from __future__ import annotations

import json

from linter.config import Config
from linter.document import JsonLdDocument, TextLocator
from linter.jsonblock import loads
from linter.readers import Source
from linter.rules import finding, not_an_article, parse_error


def read(text: str, path: str, config: Config) -> Source:
    source = Source(path)
    try:
        data, duplicates = loads(text)
    except json.JSONDecodeError as exc:
        source.findings.append(finding(parse_error, f"invalid JSON: {exc.msg}", path,
                                       line=exc.lineno, column=exc.colno))
        return source
    except RecursionError:
        source.findings.append(finding(parse_error, "JSON nested too deeply to read", path, line=1, column=1))
        return source
    if path.lower().endswith(".json") and not _looks_like_json_ld(data):
        # A .json file met in a folder is as likely package.json, a baseline or a report as
        # JSON-LD: without a JSON-LD keyword at its top it is not newslint's to judge.
        source.findings.append(finding(not_an_article, "not an article (JSON without a JSON-LD keyword such as "
                                                       "@context or @type at its top): passed over", path))
        return source
    if duplicates:
        from linter.readers import duplicate_keys

        source.findings.extend(duplicate_keys.findings(duplicates, "the document", path, 1, 1))
    source.documents.append(JsonLdDocument(data, TextLocator(text), origin="file"))
    return source


def _looks_like_json_ld(data: object) -> bool:
    """Whether a ``.json`` document has JSON-LD keywords (``@context``, ``@type``, ...) at its top."""
    items = data if isinstance(data, list) else [data]
    return any(isinstance(item, dict) and any(isinstance(k, str) and k.startswith("@") for k in item)
               for item in items[:100])

