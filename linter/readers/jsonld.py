"""Reader for ``.json`` and ``.jsonld`` files: JSON-LD validated as it is."""

from __future__ import annotations

import json

from linter.config import Config
from linter.document import JsonLdDocument, TextLocator
from linter.readers import Source
from linter.rules import finding


def read(text: str, path: str, config: Config) -> Source:
    source = Source(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        source.findings.append(finding("parse-error", f"invalid JSON: {exc.msg}", path, line=exc.lineno, column=exc.colno))
        return source
    except RecursionError:
        source.findings.append(finding("parse-error", "JSON nested too deeply to read", path, line=1, column=1))
        return source
    source.documents.append(JsonLdDocument(data, TextLocator(text), origin="file"))
    return source

