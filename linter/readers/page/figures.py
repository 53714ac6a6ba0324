"""The article's own pictures: its figures and the images of its body, with caption and credit.

Only the story's pictures count: not an author's avatar, a logo, an icon, a sharing button,
an ad, a tracking pixel, nor a teaser of another story (a picture that links to another page,
or stands outside the page's own ``article``). A caption set right after its figure counts
as its caption.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from linter.credits import split_credit
from linter.figures import (
    CAPTION_CLASS,
    CAPTION_SIBLINGS,
    CREDIT_CLASS,
    caption_and_credit,
    decorative,
    figure,
    image_src,
    srcset_urls,
)
from linter.html_text import any_ancestor, text
from linter.page import Figure
from linter.readers.page.scope import CHROME_WORDS, Scope

#: Parts of a class, id or address marking an image that is no picture of the story.
_NOT_CONTENT_PARTS = ("avatar", "author", "autor", "byline", "logo", "icon", "emoji", "share", "social",
                      "sponsor", "advert", "headshot", "profile", "badge", "button", "pixel", "tracking",
                      "spacer", "blank.gif", "/px.gif", "banner", "teaser", "thumbnail", "gravatar", "placeholder",
                      "related", "promo", "breadcrumb", "breadcumb", "rounded-full", "affiliate")
_NOT_CONTENT_WORDS = frozenset({"tags", "tag", "tag-list", "taglist"})
#: Where sites keep the graphics of their own pages (arrows, icons, bullets), not their stories' pictures.
_SITE_ASSET = re.compile(r"(?:^|/)(?:images?|img|icons?|assets|static|themes?|skins?|layout|design|gfx|graphics)/"
                         r"[^?#]*\.(?:png|gif|svg)(?:[?#]|$)", re.I)
#: Ad sizes in an image's name ("728-90-de.png", "300x250.jpg").
_AD_SIZE = re.compile(r"(?<!\d)(?:728|300|160|970|320|468)[-_x×](?:90|250|600|50|60)(?!\d)")
_IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg")
#: Declared sizes at or under which an image outside a figure is a thumbnail or a button.
_THUMBNAIL_WIDTH, _THUMBNAIL_HEIGHT = 160, 90


#: A post's own lead picture, as WordPress and its themes name it ("thumbnail" elsewhere is a teaser's).
_LEAD_PICTURE = re.compile(r"\b(?:entry|post|single|featured|article)[-_]thumbnail\b")


def not_content_names(names: str) -> bool:
    low = _LEAD_PICTURE.sub(" ", names.lower())
    for part in _NOT_CONTENT_PARTS:
        if part in low:
            return True
    words = low.replace("_", " ").replace("-", " ").split()
    return not CHROME_WORDS.isdisjoint(words) or not _NOT_CONTENT_WORDS.isdisjoint(low.split())


def _not_content_element(node: Any) -> bool:
    names = " ".join(v for v in (node.get("class"), node.get("id"), node.get("data-testid")) if v)
    return bool(names) and not_content_names(names)


def _site_graphic(img: Any) -> bool:
    """A graphic of the site (an arrow, an icon: a PNG, GIF or SVG from its image folder) or an ad banner."""
    src = image_src(img) or ""
    return bool(_SITE_ASSET.search(src)) or bool(_AD_SIZE.search(src.rsplit("/", 1)[-1]))


def read(scope: Scope, figures: list[Any]) -> list[Figure]:
    """The article's pictures, in page order."""
    out: list[Figure] = []
    links: dict[int, str] = {}  # a loose picture -> the image file it links to
    memo: dict[Any, bool] = {}
    in_article = scope.main
    for fig in figures:
        if scope.excluded(fig) or next(fig.iterdescendants("figure"), None) is not None:
            continue  # a gallery's figures are read one by one
        if in_article is not None and not any(up is in_article for up in fig.iterancestors("article")):
            continue  # outside the page's own article: the site's, or another story's
        img = next(fig.iter("img", "amp-img"), None)
        if img is not None and (_links_elsewhere(img) or _not_content(img, scope.body, memo)):
            continue
        if _not_content_element(fig):
            continue
        found = figure(fig)
        if found is not None:
            out.append(found)
    body = scope.article_body()
    if body is not None:
        for img in body.iter("img"):
            if decorative(img) or _thumbnail(img) or _links_elsewhere(img) or _site_graphic(img) \
                    or not_content_names(f"{img.get('src') or ''} {img.get('data-src') or ''}"):
                continue
            if next(img.iterancestors("figure"), None) is not None:
                continue
            if _not_content(img, body, memo) or scope.excluded(img):
                continue
            out.append(_loose_image(img))
            link = _image_link(img)
            if link:
                links[id(out[-1])] = link
    out.sort(key=lambda f: f.line or 0)
    return _once(out, links)


def _once(figures: list[Figure], links: dict[int, str]) -> list[Figure]:
    """Each picture once, where it first stands: a strip of thumbnails linking to the article's
    pictures (an index of its images, a slider) shows no picture of its own."""
    seen: set[str] = set()
    out = []
    for fig in figures:
        keys = {k for k in (fig.src.strip() if fig.src else None, links.get(id(fig))) if k}
        if keys & seen:
            continue
        seen |= keys
        out.append(fig)
    return out


def _link_around(img: Any) -> Any:
    """The ``<a>`` a picture is in, up to four levels up, if any."""
    node = img
    for _ in range(4):
        node = node.getparent()
        if node is None:
            return None
        if node.tag == "a":
            return node
    return None


def _image_link(img: Any) -> str | None:
    """The image file a picture links to (to enlarge it), if it does."""
    link = _link_around(img)
    if link is None:
        return None
    href = (link.get("href") or "").strip()
    return href if href.split("?", 1)[0].lower().endswith(_IMAGE_EXTENSIONS) else None


def _not_content(img: Any, scope: Any, memo: dict[Any, bool]) -> bool:
    """An author's photo, a logo, an icon or a sharing button, not an image of the story."""
    return any_ancestor(img, scope, memo, _not_content_element)


#: Most elements a box framing one picture holds (the picture, its caption, its credit...).
_BOX_CHILDREN = 6


def _elements(el: Any) -> int:
    """How many elements ``el`` holds (not its comments: Vue and React pages are full of them)."""
    return sum(1 for child in el if isinstance(child.tag, str))


def _loose_image(img: Any) -> Figure:
    """An image of the article body outside any ``figure``.

    A box holding this one image and a caption or credit element (a WordPress
    ``wp-caption``, ``<div class="image-desc">`` next to a ``<picture>``...) counts
    as its figure.
    """
    src = image_src(img)
    alt = img.get("alt")
    alt = None if alt is None else alt.strip()
    inner = img
    # Up a few levels: libxml2 nests <img> inside <source> elements it does not know are void.
    for _ in range(5):
        caption_el = credit_el = None
        # The elements right after the image (or the element wrapping it), a level or two
        # deep: a caption follows its picture, and what comes before (a byline) is not its
        # credit; another image ends the search.
        siblings = [el for el in itertools.islice(inner.itersiblings(), 6) if isinstance(el.tag, str)]
        for sibling in siblings[:CAPTION_SIBLINGS]:
            if sibling.tag in ("img", "picture", "figure") or next(sibling.iter("img"), None) is not None:
                break
            for el in itertools.islice(sibling.iter(), 12):
                if not isinstance(el.tag, str):
                    continue
                names = f"{el.get('class') or ''} {el.get('itemprop') or ''}"
                if caption_el is None and CAPTION_CLASS.search(names):
                    caption_el = el
                elif credit_el is None and CREDIT_CLASS.search(names):
                    credit_el = el
        if caption_el is not None or credit_el is not None:
            caption, credit, copyright_ = caption_and_credit(caption_el, credit_el)
            return Figure(src, alt, caption, credit, inner.sourceline, True, credit_is_copyright=copyright_)
        # An unclassed text right under the picture that ends with a credit is its caption
        # ("Cowboyboots von Crocs. Foto: Crocs").
        for sibling in siblings[:1]:
            if sibling.tag in ("img", "picture", "figure") or next(sibling.iter("img"), None) is not None:
                break
            shown = text(sibling, sep=" ")
            if 0 < len(shown) <= 300:
                caption, credit, copyright_ = split_credit(shown)
                if credit is not None:
                    return Figure(src, alt, caption, credit, inner.sourceline, True, credit_is_copyright=copyright_)
        parent = inner.getparent()
        if parent is None or parent.tag in ("article", "body", "main", "section") or _elements(parent) > _BOX_CHILDREN:
            break  # (a box of many elements is the story's text, not this picture's frame)
        inner = parent
    return Figure(src, alt, None, None, img.sourceline, False)


def _links_elsewhere(img: Any) -> bool:
    """An image that is a link to another page: a related story's or a product's thumbnail.

    (A link to the image file itself, to enlarge it, is still the story's picture.)
    """
    link = _link_around(img)
    if link is None:
        return False
    href = (link.get("href") or "").split("?", 1)[0].lower()
    return bool(href) and not href.startswith("#") and not href.endswith(_IMAGE_EXTENSIONS)


def _thumbnail(img: Any) -> bool:
    width = (img.get("width") or "").strip().removesuffix("px")
    height = (img.get("height") or "").strip().removesuffix("px")
    return ((width.isdigit() and int(width) <= _THUMBNAIL_WIDTH)
            or (height.isdigit() and int(height) <= _THUMBNAIL_HEIGHT))


def image_urls(body: Any) -> frozenset[str]:
    """Every image address the body shows (``src``, lazy-loading attributes, ``srcset``)."""
    urls: set[str] = set()
    for el in body.iter("img", "source", "amp-img"):
        for attr in ("src", "data-src", "data-lazy-src", "data-original", "data-url"):
            value = el.get(attr)
            if value and not value.startswith("data:"):
                urls.add(value.strip())
        for attr in ("srcset", "data-srcset", "data-lazy-srcset"):
            value = el.get(attr)
            if value:
                urls.update(srcset_urls(value))
    return frozenset(urls)
