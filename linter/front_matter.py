"""The front-matter keys a Markdown article's fields are read from, by default.

A module of its own so that configuration (``[tool.newslint.front-matter]`` is checked against
it) and the Markdown reader both read it without importing each other.
"""

from __future__ import annotations

#: Article fields and the front-matter keys read for each, tried in order.
FRONT_MATTER_FIELDS: dict[str, tuple[str, ...]] = {
    "headline": ("title", "headline"),
    "description": ("description", "summary", "excerpt"),
    "date_published": ("date", "publishDate", "published", "pubDate", "datePublished", "published_at"),
    "date_modified": ("lastmod", "updated", "modified", "updatedDate", "dateModified", "last_modified_at",
                      "updated_at"),
    "authors": ("authors", "author"),
    "image": ("image", "images", "cover", "featured_image", "featuredImage", "heroImage", "thumbnail"),
    "image_caption": ("image_caption", "imageCaption"),
    "image_credit": ("image_credit", "imageCredit"),
    "image_alt": ("image_alt", "imageAlt"),
    "keywords": ("tags", "keywords"),
    "section": ("categories", "category", "section"),
    "language": ("lang", "language"),
    "draft": ("draft",),  # named so a house map of it is valid; not read: a draft is linted like any article
    "url": ("url", "permalink", "canonical_url", "canonicalURL"),
    "faq": ("faq",),
}
