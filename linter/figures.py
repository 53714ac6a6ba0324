"""Pictures in HTML, wherever HTML is read: a page, or a ``<figure>`` block in a Markdown article.

What one ``<figure>`` (or one ``<img>``) holds: the image's address (lazy-loading attributes
first), its alt text, its caption and its credit. Which figures are the article's own is
the page reader's business (:mod:`linter.readers.page.figures`); these helpers read one.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from linter.credits import clean_credit, split_credit
from linter.html_text import text
from linter.page import Figure

CREDIT_CLASS = re.compile(r"credit|copyright|photographer|fotograf|source|attribution|byline|autor|author|"
                          r"quelle|fuente|bildnachweis|cr[ée]dit", re.I)
CAPTION_CLASS = re.compile(r"caption|legend|leyenda|pie[-_]?de[-_]?foto|(?:image|img|photo|foto|pic)[-_]*(?:desc|cap)|"
                           r"bildunterschrift|didascalia|l[ée]gende|onderschrift|legenda", re.I)
#: "a.jpg 1x,b.jpg 2x" and "a.jpg 300w, b.jpg 600w"; a bare comma may stand inside a URL.
_SRCSET_SPLIT = re.compile(r"(?<=\d[wx]),|,\s+")
#: How many elements after a picture may hold its caption and credit.
CAPTION_SIBLINGS = 2


def figure(fig: Any) -> Figure | None:
    """What a ``<figure>`` shows: ``None`` for one without an image (a quotation, a video, an embed).

    Its caption is its ``<figcaption>`` (or an element classed as a caption); a caption set
    right after the figure, outside it, counts too (:func:`caption_after`).
    """
    img = next(fig.iter("img", "amp-img"), None)
    src = image_src(img) if img is not None else None
    if src is None:
        for source in fig.iter("source"):
            urls = srcset_urls(source.get("srcset") or source.get("data-srcset") or "")
            if urls:
                src = urls[0]
                break
    if img is None and src is None:
        return None
    alt = img.get("alt") if img is not None else None
    caption_el = next(fig.iter("figcaption"), None)
    if caption_el is None:
        caption_el = next((el for el in fig.iter() if el is not fig and isinstance(el.tag, str)
                           and CAPTION_CLASS.search(el.get("class") or "")), None)
    credit_el = next((el for el in fig.iter() if el is not fig and isinstance(el.tag, str)
                      and (el.tag == "cite" or CREDIT_CLASS.search(f"{el.get('class') or ''} "
                                                                   f"{el.get('itemprop') or ''}"))), None)
    if caption_el is None and credit_el is None:
        caption_el, credit_el = caption_after(fig)
    caption, credit, copyright_ = caption_and_credit(caption_el, credit_el)
    if credit is None:
        credit = credit_after(fig)
    return Figure(src, None if alt is None else alt.strip(), caption, credit, fig.sourceline, True,
                  credit_is_copyright=copyright_)


#: Containers a credit below a gallery or a picture may stand after (their next siblings are read).
_UP_TO_GALLERY = 4
_STOP = frozenset({"article", "body", "main", "section"})


def credit_after(el: Any) -> str | None:
    """A credit stated right under a picture or its gallery: a short text opening with a credit
    label ("Copyright: Gisele Wender", "Fotos: dpa") or a copyright sign, outside the figure.

    A gallery's pictures share the credit under the gallery; a picture followed by another
    that is not its gallery's gets none from below (what follows belongs to the next one).
    """
    node = el
    for _ in range(_UP_TO_GALLERY):
        for sibling in itertools.islice(node.itersiblings(), 2):
            if not isinstance(sibling.tag, str):
                continue
            if _holds_picture(sibling):
                if not _gallery(node):
                    return None
                break  # the gallery's next picture: its credit stands under the gallery
            shown = text(sibling, sep=" ")
            if shown and len(shown) <= 200:
                caption, credit, _ = split_credit(shown)
                if credit is not None and (caption is None or len(caption) <= 150):
                    return credit
        parent = node.getparent()
        if parent is None or parent.tag in _STOP:
            return None
        node = parent
    return None


def _holds_picture(el: Any) -> bool:
    return el.tag in ("img", "picture", "figure") or next(el.iter("img", "figure"), None) is not None


def _gallery(node: Any) -> bool:
    """Whether ``node`` and the elements beside it are all pictures: a gallery's items."""
    parent = node.getparent()
    if parent is None:
        return False
    items = [c for c in parent if isinstance(c.tag, str)]
    return len(items) > 1 and all(_holds_picture(c) for c in items)


def caption_after(el: Any) -> tuple[Any, Any]:
    """A caption and a credit set right after a picture, outside it: ``</figure><figcaption>``
    (which parsers move out of the figure), ``<p class="caption">``."""
    caption_el = credit_el = None
    siblings = [s for s in itertools.islice(el.itersiblings(), 4) if isinstance(s.tag, str)]
    for sibling in siblings[:CAPTION_SIBLINGS]:
        if sibling.tag in ("img", "picture", "figure") or next(sibling.iter("img"), None) is not None:
            break
        for inner in itertools.islice(sibling.iter(), 12):
            if not isinstance(inner.tag, str):
                continue
            names = f"{inner.get('class') or ''} {inner.get('itemprop') or ''}"
            if caption_el is None and (inner.tag == "figcaption" or CAPTION_CLASS.search(names)):
                caption_el = inner
            elif credit_el is None and CREDIT_CLASS.search(names):
                credit_el = inner
    return caption_el, credit_el


def caption_and_credit(caption_el: Any, credit_el: Any) -> tuple[str | None, str | None, bool]:
    """The caption, the credit, and whether the credit was shown as a copyright ("© ...")."""
    caption = credit = None
    copyright_ = False
    if credit_el is not None:
        credit, copyright_ = clean_credit(text(credit_el))
    if caption_el is not None:
        if credit_el is caption_el:
            # A caption classed as the credit: its text may still hold both.
            split = split_credit(text(caption_el))
            return split if split[1] is not None else (None, credit, copyright_)
        inside = credit_el is not None and any(up is caption_el for up in credit_el.iterancestors())
        caption = text(caption_el, skip=credit_el if inside else None)
        if credit is None and caption:
            caption, credit, copyright_ = split_credit(caption)
    return caption or None, credit or None, copyright_


def image_src(img: Any) -> str | None:
    """The image an ``img`` shows: lazy-loading attributes first (``src`` is then a placeholder)."""
    for attr in ("data-src", "data-lazy-src", "data-original", "data-url"):
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value
    src = (img.get("src") or "").strip()
    if src and not src.startswith("data:"):
        return src
    for attr in ("srcset", "data-srcset", "data-lazy-srcset"):
        urls = srcset_urls(img.get(attr) or "")
        if urls:
            return urls[0]
    return None


def srcset_urls(srcset: str) -> list[str]:
    urls = []
    for candidate in _SRCSET_SPLIT.split(srcset.strip()):
        url = candidate.strip().split(" ", 1)[0]
        if url and not url.startswith("data:"):
            urls.append(url)
    return urls


def decorative(img: Any) -> bool:
    """A tracking pixel, a spacer or an icon: tiny, or marked as presentational."""
    if img.get("role") == "presentation" or img.get("aria-hidden") == "true":
        return True
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) <= 50:
            return True
    return False
