"""newslint: a structured-data and SEO linter for news publishers.

Library use::

    import linter

    findings = linter.lint_path("article.txt")      # list[Finding], sorted
    findings = linter.lint_text(text, path="a.txt")  # the same, from a string
    jsonld = linter.convert(text)                    # NewsArticle + FAQPage JSON-LD (dict)
    jsonld = linter.convert(html_bytes, kind="html") # a page's best JSON-LD

Imports are lazy so that ``newslint`` starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["convert", "lint_path", "lint_text", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from linter.lint import lint_path, lint_text


def convert(data: str | bytes, *, kind: str | None = None, path: str = "<text>", url: str | None = None,
            config: Any = None) -> dict[str, Any]:
    """``{"@context": ..., "@graph": [NewsArticle, FAQPage?]}`` for an article source or a page.

    ``kind`` is ``text``, ``markdown`` or ``html``; by default it is sniffed from the data. A page
    gives its best JSON-LD: its own Article markup, completed from what else it shows. Raises
    :class:`linter.conversion.ConversionError` for data that holds no article (empty, binary,
    JSON-LD already). :func:`linter.conversion.convert` gives where each property came from too.
    """
    from linter.conversion import convert as convert_source

    return convert_source(data, kind=kind, path=path, url=url, config=config).data


def __getattr__(name: str) -> Any:
    if name in ("lint_path", "lint_text"):
        from linter import lint

        return getattr(lint, name)
    raise AttributeError(f"module 'linter' has no attribute {name!r}")
