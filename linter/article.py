"""The Article model: what a reader of an article sees, with the source line of every field.

Readers (``linter/readers/``) fill it; ``linter/build.py`` turns it into JSON-LD
(``linter/conversion.py`` picks the reader).
A field the source does not state stays ``None`` (or empty): newslint never
invents a value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from linter.lexicon import ORGANIZATION

AuthorKind = Literal["Person", "Organization"]


def author_kind(name: str) -> AuthorKind:
    """``Organization`` for a team, desk or agency name ("CiberCuba Editorial Team", "Reuters"), else ``Person``."""
    return "Organization" if ORGANIZATION.search(name) else "Person"


@dataclass(frozen=True, slots=True)
class Text:
    """A piece of text and where it stands in the source (1-based line)."""

    value: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Author:
    name: str
    kind: AuthorKind = "Person"
    line: int | None = None
    description: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date as the source wrote it, and as ISO 8601 when it could be read.

    ``iso`` carries an offset only when the source (or the configured site
    timezone, see ``assumed_timezone``) says which one.
    """

    text: str
    iso: str | None
    line: int | None = None
    has_time: bool = False
    has_offset: bool = False
    assumed_timezone: str | None = None
    #: The top-level front-matter key it was read from, as written (Markdown), for a fix to set;
    #: where the date stands, not what it is (left out of comparisons).
    key: str | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Image:
    url: str | None = None
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None
    line: int | None = None
    credit_is_copyright: bool = False
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True, slots=True)
class FaqItem:
    question: str
    answer: str
    question_line: int | None = None
    answer_line: int | None = None


@dataclass(frozen=True, slots=True)
class Publisher:
    name: str
    url: str | None = None
    logo: str | None = None


@dataclass(slots=True)
class Article:
    """Everything newslint read from one article source."""

    path: str
    headline: Text | None = None
    description: Text | None = None
    authors: list[Author] = field(default_factory=list)
    date_published: DateValue | None = None
    date_modified: DateValue | None = None
    dateline: Text | None = None
    images: list[Image] = field(default_factory=list)
    keywords: list[Text] = field(default_factory=list)
    section: Text | None = None
    language: Text | None = None
    url: Text | None = None
    publisher: Publisher | None = None
    subheadings: list[Text] = field(default_factory=list)
    body: list[Text] = field(default_factory=list)
    faq: list[FaqItem] = field(default_factory=list)
    faq_heading: Text | None = None
