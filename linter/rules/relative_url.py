"""URL is not absolute.

## What it does
Reports a URL-valued property (`url`, `contentUrl`, `image`, `logo`, `sameAs`,
`mainEntityOfPage`, `thumbnailUrl`, `license`, ...) whose value is not an absolute `http(s)`
URL: a relative path (`/photos/lead.jpg`), a protocol-relative URL (`//cdn.example.com/...`)
or something that is no URL at all.

## Why it matters
Google's structured data guidelines ask for absolute URLs. JSON-LD is read apart from the page
(by feeds, answer engines, social networks), where a relative URL points nowhere.

## Example
```json
{"@type": "ImageObject", "contentUrl": "/photos/lead.jpg"}
```

## Use instead
```json
{"@type": "ImageObject", "contentUrl": "https://example.com/photos/lead.jpg"}
```

## Fix
Safe, sometimes: in a page, a root-relative (`/photos/lead.jpg`) or protocol-relative
(`//cdn.example.com/lead.jpg`) URL is written out in full, resolved as a browser and a JSON-LD
processor resolve it: against the page's `<base href>` if it has one, else the page's own
address (where it was fetched from, else its absolute canonical URL). A path relative to the
page's folder (`photos/lead.jpg`, `../lead.jpg`) is resolved only against an address known to
be the page's (fetched, or an absolute `<base href>`), not against a canonical URL, which may
stand in another folder. Never for text that is no URL reference (spaces, `javascript:`,
`data:`, a host without its scheme such as `example.com/lead.jpg`, a word), for a page whose
canonical URL and `og:url` name different hosts, for a document with an `@base`, nor in a
`.jsonld` file, which has no address to resolve against.

## Options
`[tool.newslint.site] url`: text and Markdown sources resolve relative image URLs against it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urljoin, urlsplit

from linter.fixes.model import Fix, Fixable, Request, Safety, SetValue
from linter.jsonpath import child
from linter.patterns import lazy
from linter.rules import Problem, Target
from linter.vocab import URL_PROPERTIES

if TYPE_CHECKING:
    from linter.check import Context
    from linter.document import JsonLdDocument

NAME = "relative-url"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/sd-policies"
HINT = "write the full URL, starting with https://"
TARGET: Final = Target.DOCUMENT
FIX: Final = Fixable.SOMETIMES

_ABSOLUTE = lazy(r"^https?://[^\s/]+\S*$", re.I)
_SCHEME = lazy(r"^[A-Za-z][A-Za-z0-9+.-]*:")
#: A first path segment that reads as a host name (``example.com/...``): a URL without its scheme.
_HOST_LIKE = lazy(r"^[^/]*\.[^/]*(?:/|$)")


def check(document: JsonLdDocument, ctx: Context) -> Iterator[Problem]:
    # Only containers are pushed; paths of other values are built when reported.
    stack: list[tuple[Any, str]] = [(document.data, "$")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if key in URL_PROPERTIES:
                    yield from _check_urls(key, item, child(path, key))
                if isinstance(item, (dict, list)):
                    stack.append((item, child(path, key)))
        elif isinstance(value, list):
            stack.extend((item, child(path, i)) for i, item in enumerate(value)
                         if isinstance(item, (dict, list)))


def _check_urls(key: str, value: Any, path: str) -> Iterator[Problem]:
    items = value if isinstance(value, list) else [value]
    for i, item in enumerate(items):
        if isinstance(item, str) and item.strip() and not _ABSOLUTE.match(item.strip()):
            where = child(path, i) if isinstance(value, list) else path
            yield Problem(f"{key} is not an absolute URL ({_short(item)})", where)


def _short(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 60 else text[:57] + "..."


def fix(request: Request) -> Fix | None:
    written = request.value()
    path = request.finding.json_path
    document = request.document
    if not isinstance(written, str) or path is None or document is None or document.origin != "html":
        return None
    base, known = _base(request)
    reference = written.strip()
    if base is None or _has_base(document.data) or not _reference(reference, folder=known):
        return None
    resolved = urljoin(base, reference)
    if not _ABSOLUTE.match(resolved) or not urlsplit(resolved).hostname:
        return None
    return Fix(Safety.SAFE, f"write {_short(written)!r} as {_short(resolved)!r}", (SetValue(path, resolved),))


def _base(request: Request) -> tuple[str | None, bool]:
    """The URL the page's relative URLs resolve against, and whether it is known to be the page's own.

    The page's ``<base href>`` if any, resolved against the page's address; else that address:
    where the page was fetched from (known), else its absolute canonical URL (a stand-in, and
    only when ``og:url`` does not name another host).
    """
    page = request.source.page
    if page is None:
        return None, False
    href = page.base_href
    if href and _ABSOLUTE.match(href):
        return href, True
    fetched = page.url if page.url and _ABSOLUTE.match(page.url) else None
    address = request.base_url
    if address is not None and not fetched:
        og = page.meta.get("og:url")
        og_url = og.value if og is not None else ""
        if _ABSOLUTE.match(og_url) and _origin(og_url) != _origin(address):
            return None, False  # which host is the page's own?
    if href:
        if _SCHEME.match(href) or address is None:
            return None, False
        return urljoin(address, href), bool(fetched)
    if address is None or not _ABSOLUTE.match(address):
        return None, False
    return address, bool(fetched)


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or "").lower()


def _reference(text: str, *, folder: bool) -> bool:
    """Whether ``text`` is a relative URL reference a fix may resolve (``folder``: one relative to
    the page's folder too, not only to its host's root or its scheme)."""
    if not text or any(c.isspace() for c in text) or _SCHEME.match(text):
        return False  # no URL, or one with a scheme of its own (javascript:, data:, ftp:)
    if text.startswith("//"):
        return bool(urlsplit(text).hostname)
    if text.startswith("/"):
        return True
    if not folder:
        return False
    if text.startswith(("./", "../")):
        return True
    # photos/lead.jpg: a path of folders; not a word (Logo), a handle (@jane) or a host (x.com/jane)
    return "/" in text and text[0] not in "@?#" and not _HOST_LIKE.match(text)


def _has_base(data: Any) -> bool:
    """Whether a ``@context`` in ``data`` sets ``@base``, against which JSON-LD resolves instead."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            context = value.get("@context")
            for item in context if isinstance(context, list) else [context]:
                if isinstance(item, dict) and "@base" in item:
                    return True
            stack.extend(v for v in value.values() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            stack.extend(v for v in value if isinstance(v, (dict, list)))
    return False
