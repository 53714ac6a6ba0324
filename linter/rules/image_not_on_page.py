"""No image of the markup is shown on the page.

## What it does
On an HTML page, reports Article markup whose `image` (a URL, an ImageObject's `url` or
`contentUrl`, or a list of them) names no image the page shows: none is the `src`, a
lazy-loading `data-src` or a `srcset` candidate of an `img` or `picture` source, and none is
the page's `og:image`. Addresses are compared after resolving them against the page's URL (or
its canonical link), without scheme, query string or fragment, so CDN resizing parameters do
not count; two addresses that end in the same folder and file name, or an image service's
address that embeds the other (`/thumbor/1200x675/https%3A%2F%2Fcdn.example.com%2Fa.jpg`),
name the same image in another size, and so does a long file name alone
(`/2048x1152/skynews-jose-mourinho_4841610.jpg`), and the same address with or without an image
extension (`/upload/abc` and `/upload/abc.jpg`: an image service's formats of one picture).

## Why it matters
Google's general structured data guidelines: marked-up content must be visible on the page;
the Article documentation asks for images that belong to the article. An image only the
markup carries (a generic logo, a stale picture from an earlier version) is what search
features show next to the story.

## Example
```html
<figure><img src="/photos/lead.jpg" alt="..."></figure>
<script type="application/ld+json">
{"@type": "NewsArticle", "image": "https://example.com/photos/other.jpg"}
</script>
```

## Use instead
```json
{"@type": "NewsArticle", "image": "https://example.com/photos/lead.jpg"}
```

## Options
None. Pages only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import unquote, urljoin, urlsplit

from linter.jsonpath import child
from linter.page import is_page_article
from linter.patterns import lazy
from linter.rules import Problem, Target

if TYPE_CHECKING:
    from linter.check import Context
    from linter.graph import View
    from linter.page import PageFacts

NAME = "image-not-on-page"
SEVERITY = "warning"
AUTHORITY = "google"
SOURCE = "https://developers.google.com/search/docs/appearance/structured-data/sd-policies"
HINT = "mark up an image the article shows (or its og:image)"
TARGET: Final = Target.ARTICLE


def check(view: View, ctx: Context) -> Iterator[Problem]:
    page = ctx.page
    if page is None or not is_page_article(view, ctx) or "image" not in view.data:
        return
    base = _base(page)
    marked = [keys for value, _ in view.values("image") for url in _urls(value) if (keys := _keys(url, base))]
    if not marked:
        return
    # Only addresses holding one of the file names are parsed (a page shows a hundred images),
    # and every image of the page is only listed when og:image and the figures do not settle it.
    names = {name for keys in marked for key in keys if (name := _file_name(key))}
    names |= {stem for name in list(names) if (stem := _SIZE_SUFFIX.sub("", name)) != name}
    shown: set[str] = set()
    for listed in (lambda: (*page.og_images, *(f.src for f in page.figures if f.src)), lambda: page.image_urls):
        for url in listed():
            if "%" in url or any(name in url for name in names):
                shown.update(_keys(url, base))
        if any(shown.intersection(keys) for keys in marked):
            return
    yield Problem(f"no image of the markup is shown on the page ({len(marked)} checked)", child(view.path, "image"))


#: A file name this long names one image wherever it stands; "960x0.jpg" or "lead.jpg" do not.
_DISTINCT_NAME = 24


def _file_name(key: str) -> str:
    return key.rsplit("/", 1)[-1]


def _urls(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [v for prop in ("url", "contentUrl") for v in _flat(value.get(prop)) if isinstance(v, str)]
    return []


def _flat(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _base(page: PageFacts) -> str | None:
    for value in (page.url, page.canonical.value if page.canonical else None):
        if value and value.startswith(("http://", "https://")):
            return value
    return None


_SIZE_SUFFIX = lazy(r"-\d{2,5}x\d{2,5}(\.\w+)$")
_IMAGE_EXTENSION = lazy(r"\.(?:jpe?g|png|gif|webp|avif)$", re.I)


def _keys(url: str, base: str | None) -> set[str]:
    """What identifies an image address: ``host/path`` (no scheme, query or fragment), its last
    folder and file name, and the same for an address it embeds; empty if it is no address."""
    url = url.strip()
    if not url or url.startswith("data:"):
        return set()
    try:
        if base:
            url = urljoin(base, url)
        parts = urlsplit(url)
    except ValueError:  # an address urllib cannot read ("http://[::1")
        return set()
    keys = {f"{parts.netloc.lower()}{parts.path}"}
    # Image services serve one picture in any format its address asks for ("/upload/abc" and
    # "/upload/abc.jpg"): the address without its image extension names it too.
    bare = _IMAGE_EXTENSION.sub("", parts.path)
    if bare != parts.path:
        keys.add(f"{parts.netloc.lower()}{bare}")
    # WordPress serves each upload in sizes named "photo-520x245.jpg": the same picture.
    unsized = _SIZE_SUFFIX.sub(r"\1", parts.path)
    if unsized != parts.path:
        keys.add(f"{parts.netloc.lower()}{unsized}")
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) >= 2 and "." in segments[-1]:
        keys.add("/".join(segments[-2:]))
        if len(segments[-1]) >= _DISTINCT_NAME:  # "skynews-jose-mourinho_4841610.jpg" in any size folder
            keys.add(segments[-1])
    inner = unquote(parts.path)
    start = inner.find("http", 1)
    if start > 0:
        embedded = inner[start:]
        if "://" not in embedded:  # "/https:/cdn.example.com/a.jpg": a path keeps one slash
            embedded = embedded.replace(":/", "://", 1)
        keys.update(_keys(embedded, None))
    return keys
