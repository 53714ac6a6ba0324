"""newslint: a structured-data and SEO linter for news publishers.

Library use::

    import linter

    findings = linter.lint_path("article.txt")      # list[Finding], sorted
    findings = linter.lint_text(text, path="a.txt")  # the same, from a string
    jsonld = linter.convert(text)                    # NewsArticle + FAQPage JSON-LD (dict)

Imports are lazy so that ``newslint`` starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["convert", "lint_path", "lint_text", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from linter.lint import lint_path, lint_text


def convert(text: str, *, path: str = "<text>", config: Any = None) -> dict[str, Any]:
    """Build ``{"@context": ..., "@graph": [NewsArticle, FAQPage?]}`` from a plain-text article."""
    from linter.config import Config
    from linter.convert import build
    from linter.readers.text import parse

    article, _ = parse(text, path, site=(config or Config()).site)
    return build(article).data


def __getattr__(name: str) -> Any:
    if name in ("lint_path", "lint_text"):
        from linter import lint

        return getattr(lint, name)
    raise AttributeError(f"module 'linter' has no attribute {name!r}")
