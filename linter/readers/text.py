"""Reader for plain-text articles, as copied from a published page (in every language of :mod:`linter.lexicon`).

The layout it understands, top to bottom (every part optional but the headline):

- headline: the first line;
- standfirst: the paragraph(s) between the headline and the first byline,
  date or photo line, when one comes within the first three lines (without
  one, nothing marks a standfirst and none is read);
- byline: ``By A``, ``By A and B``, ``By A, B and C``, ``Por A y B``,
  ``Door A en B`` (Dutch "en" joins names only after a Dutch opener);
- dates: ``Published 3 March 2025, 18:05 CET``, ``Updated: ...``,
  ``Publicado: 2 de enero de 2025, 14:10 (GMT-5)``, ``Actualizado: ...``, ISO dates;
  a byline and dates may share a line (``By A | Published ...``);
- photos: a caption with its credit (``Photo ©``, ``Photo:``, ``Foto ©``,
  ``Foto:``, ``(Photo: ...)``, ``Credit:``), possibly glued together as a copy
  from a page leaves them (``...Dong JunPhoto © CCTV Video Capture``), or the
  credit on the line under the caption; an image URL on a line of its own
  next to them;
- page chrome, dropped: ``Related videos:``, ``Videos relacionados:``, ...;
- a dateline opening the body: ``BEIRUT, June 2 (Reuters) -``,
  ``La Habana, 15 abr (EFE).-``, ``Berlin (dpa) -`` (without a date, only
  with a news agency in the brackets);
- body paragraphs and subheadings;
- an FAQ section: ``Frequently Asked Questions ...``, ``FAQ``, ``Preguntas
  frecuentes ...``; questions end in ``?`` or start with ``Q:``/``P:``; answers
  are the paragraphs up to the next question or heading;
- tags: ``Filed under:``, ``Archivado en:``, ``Tags:``, with the values on the
  same line or on the short lines below;
- an author block at the end (before or after the tags): a name line, then a
  one-paragraph bio, optionally under ``About the author``: a team
  (``CiberCuba Editorial Team``, ``Redacción de CiberCuba``, ``Redaktion ...``)
  with a bio that opens as a team's (``A team of journalists``, ``Equipo de
  periodistas``), or a person with a bio that opens with their trade or is
  about them. A desk word alone (``Redacción``) names no author.

Every label, opener and chrome line is a word of :mod:`linter.lexicon`, so each
family reads in English, Spanish, German, French, Portuguese, Italian and Dutch.

Nothing is guessed: a part the text does not have stays absent. A line is a
paragraph of its own only after a blank line; consecutive lines are one
paragraph (hard-wrapped text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from linter.article import Article, Author, AuthorKind, DateValue, FaqItem, Image, Text, author_kind
from linter.build import build_documents
from linter.config import Config, SiteConfig
from linter.dates import parse_date, starts_like_date
from linter.findings import Finding
from linter.lexicon import (
    ABOUT_AUTHOR as _ABOUT_AUTHOR,
)
from linter.lexicon import (
    ANSWER_PREFIX as _ANSWER_PREFIX,
)
from linter.lexicon import (
    BIO_TRADE_OPENERS,
    BIO_VERBS,
    BYLINE_OPENER,
    CHROME_LINE,
    CREDIT_WORDS,
    DATE_LABEL,
    DESK_WORDS,
    DUTCH_BYLINE_OPENER,
    DUTCH_NAME_SPLIT,
    ELIDED_PARTICLES,
    IMAGE_URL_LABELS,
    JOB_TITLE,
    MODIFIED_LABELS,
    NEWS_AGENCIES,
    PICTURE_CREDIT_LABELS,
    PLACE_PARTICLES,
    PUBLISHED_LABELS,
    SECTION_LABELS,
    TAG_LABELS,
    TEAM_OPENERS,
)
from linter.lexicon import (
    BYLINE_PLACE as _BYLINE_PLACE,
)
from linter.lexicon import (
    FAQ_HEADING as _FAQ_HEADING,
)
from linter.lexicon import (
    NAME_PARTICLES as _NAME_PARTICLES,
)
from linter.lexicon import (
    NAME_SPLIT as _NAME_SPLIT,
)
from linter.lexicon import (
    QUESTION_PREFIX as _QUESTION_PREFIX,
)
from linter.lexicon import (
    ROLE as _ROLE,
)
from linter.patterns import lazy
from linter.readers import Source, apply_site
from linter.rules import finding, timezone_from_config

# --- page chrome -----------------------------------------------------------
_CHROME = CHROME_LINE
_LINE_BREAK = lazy(r"\r\n|\r|\n")  # what an editor counts as a line (not \f, \u2028, ...)

# --- byline and dates ------------------------------------------------------
_UPPER_START = "(?=[A-ZÁÉÍÓÚÑÄÖÜÀÂÈÊÎÔÛÇ])"
# Several header facts on one line: "By A | Published ... | Updated ...", or a
# capitalised date label following another fact ("... CET Updated 4 March ...").
# Case-sensitive labels: "and was updated 3 March" inside prose is not split.
_SEGMENT_SPLIT = lazy(
    r"\s+[|·•]\s+"
    r"|\s+[–—]\s+(?!\d)"  # not inside a date: "3 March 2025 — 18:05 CET"
    r"|\s*[-,;]?\s+(?=" + _UPPER_START + r"(?i:" + "|".join(PUBLISHED_LABELS + MODIFIED_LABELS) + r")\b)"
    # after a comma the label may be in lower case: "..., updated 4 March 2025"
    r"|\s*[,;]\s+(?=(?i:" + "|".join(MODIFIED_LABELS) + r")\b)"
)
#: Besides its byline and dates, a header line may carry a short tag that is
#: neither (an agency, a city: "Por Juan Pérez | EFE"); it is not read.
_MAX_HEADER_EXTRA_WORDS = 4
#: An unreadable labelled date is kept as written only when this short:
#: longer text after "Updated" is a sentence, not a date.
_MAX_RAW_DATE = 40

# --- photos ----------------------------------------------------------------
_CREDIT_LABEL = rf"(?:{PICTURE_CREDIT_LABELS})"
_CREDIT_SEP = rf"(?:\s*(?i:{CREDIT_WORDS})?\s*(?P<sep>©|:|\(c\))\s*)"
# "...captionPhoto © Credit" (glued, as copies leave it) or "... caption. Photo: Credit".
# Case-sensitive on purpose: the label is capitalised ("Photo", "Foto"), so
# prose mentioning "a photo: ..." is not taken for a caption.
_CAPTION_CREDIT = lazy(rf"^(?P<caption>.{{1,300}}?\S)\s*(?P<label>{PICTURE_CREDIT_LABELS}){_CREDIT_SEP}(?P<credit>.+)$")
# "Caption text. (Photo: AP/John Doe)" / "(Photo credit: AP)".
_CAPTION_PAREN = lazy(
    rf"^(?P<caption>.*?)\s*\(\s*(?P<label>{_CREDIT_LABEL})\s*(?:{CREDIT_WORDS})?\s*(?P<sep>©|:)"
    r"\s*(?P<credit>[^)]+)\)\s*$",
    re.I,
)
# A line holding only the credit: "Photo: Reuters/Jane Smith", "Credit: ...".
_CREDIT_ONLY = lazy(rf"^(?P<label>{_CREDIT_LABEL}){_CREDIT_SEP}(?P<credit>.+)$", re.I)
_IMAGE_URL = lazy(
    r"^(?:(?:" + "|".join(IMAGE_URL_LABELS) + r")\s*(?:url)?\s*:\s*)?"
    r"(?P<url>https?://\S+?\.(?:jpe?g|png|webp|gif|avif)(?:\?\S*)?)$",
    re.I,
)
#: A credit is a name or an agency, not a sentence.
_MAX_CREDIT_CHARS, _MAX_CREDIT_WORDS = 100, 12

# --- sections --------------------------------------------------------------
_QUESTION_NUMBER = lazy(r"^\d{1,2}[.)]\s+")  # "1. What is ...?"
_TAGS = lazy(r"^(?:" + "|".join(TAG_LABELS) + r")\s*:\s*(?P<tags>.*)$", re.I)
_TAG_SPLIT = lazy(r"\s*[,;|·•]\s*")
_SECTION = lazy(r"^(?:" + "|".join(SECTION_LABELS) + r")\s*:\s*(?P<section>.+)$", re.I)
# "BEIRUT, June 2 (Reuters) -": the place in capitals, the agency optional.
_DATELINE_CAPS = lazy(
    r"^(?P<dateline>(?P<place>[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ.'’ ]{2,40}?)"
    r"(?:,\s*(?P<when>[A-Za-zé]{3,10}\.?\s+\d{1,2}|\d{1,2}\s+[a-zé]{3,10}\.?))?)"
    r"\s*(?:\((?P<agency>[^)]{1,40})\))?\s*\.?\s*[-–—]+\s+(?=\S)"
)
# "La Habana, 15 abr (EFE).-", "Berlin (dpa) -": a place in ordinary capitals, so
# the agency in brackets is required to tell it from a sentence; without the
# date, the agency must be a news agency (checked in :func:`_dateline`).
_DATELINE_AGENCY = lazy(
    r"^(?P<dateline>(?P<place>[A-ZÁÉÍÓÚÑ][\wáéíóúñü.'’-]*(?:\s+(?:"
    + "|".join(re.escape(p) for p in sorted(PLACE_PARTICLES, key=len, reverse=True))
    + r"|[A-ZÁÉÍÓÚÑ][\wáéíóúñü.'’-]*)){0,4})"
    r"(?:,\s*(?P<when>[A-Za-zé]{3,10}\.?\s+\d{1,2}|\d{1,2}\s+[a-zé]{3,10}\.?))?)"
    r"\s*\((?P<agency>[^)]{1,40})\)\s*\.?\s*[-–—]+\s*(?=\S)"
)

# --- authors ---------------------------------------------------------------
_MAX_BIO_PARAGRAPHS = 3  # under an "About the author" label
# What a bio says about its subject. "is a" alone is not enough: any closing
# paragraph under a title-case subheading would pass for an author block.
_BIO_VERB = lazy(r"\b(?:" + "|".join(BIO_VERBS) + r")\b", re.I)
# A bio that opens with its subject's team: "A team of journalists ...", "Equipo de periodistas ...".
_TEAM_OPENING = lazy(r"^(?:" + "|".join(TEAM_OPENERS) + r")\b", re.I)
# ... or with its subject's trade, singular: "Periodista especializada en ...",
# "Journalistin mit Schwerpunkt ..."; "Periodistas independientes denunciaron ..." is news.
_TRADE_OPENING = lazy(r"^(?:" + "|".join(BIO_TRADE_OPENERS) + r")\b", re.I)
# Where the first sentence of a bio ends.
_SENTENCE_END = lazy(r"(?<=[.!?…])\s+(?=[^\w\s]*[A-ZÁÉÍÓÚÑÄÖÜÀÂÈÊÎÔÛÇ])")

_TERMINAL = ".!?:;…"
_CLOSERS = "\"'”’»)]"


@dataclass(slots=True)
class _Line:
    no: int  # 1-based line number in the source
    text: str
    after_blank: bool  # a blank line (or the start) comes before it


def read(text: str, path: str, config: Config) -> Source:
    """Read a plain-text article and build its JSON-LD."""
    article, problems = parse(text, path, site=config.site)
    source = Source(path, article=article, findings=problems)
    source.documents.extend(build_documents(article))
    return source


def parse(text: str, path: str, *, site: SiteConfig | None = None) -> tuple[Article, list[Finding]]:
    """The :class:`Article` a plain-text copy holds, and reader findings."""
    site = site or SiteConfig()
    lines = _lines(text)
    article = Article(path=path)
    findings: list[Finding] = []
    apply_site(article, site)
    if not lines:
        return article, findings

    article.headline = Text(lines[0].text, lines[0].no)
    rest = lines[1:]
    # The closing parts first, from the end, so they do not read as body text.
    # The author block is taken before the tags because a bare "Filed under:"
    # may be followed by it (the seed); it may also stand before the tags.
    rest, block_author = _take_author_block(rest)
    rest, had_tags = _take_tags(rest, article)
    if block_author is None and had_tags:
        rest, block_author = _take_author_block(rest)
    rest = _take_faq(rest, article)
    _header_and_body(rest, article, site, findings)
    if block_author is not None:
        _merge_author(article, block_author)
    return article, findings


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    blank = True
    for no, raw in enumerate(_LINE_BREAK.split(text), start=1):
        line = " ".join(raw.replace("\ufeff", "").split())
        if not line:
            blank = True
            continue
        if _CHROME.match(line):
            blank = True
            continue
        out.append(_Line(no, line, blank))
        blank = False
    return out


def _header_and_body(lines: list[_Line], article: Article, site: SiteConfig, findings: list[Finding]) -> None:
    """Standfirst, byline, dates, photos, then body paragraphs and subheadings."""
    first_meta = next(
        (i for i, ln in enumerate(lines[:3]) if _is_meta(ln, lines[i + 1] if i + 1 < len(lines) else None)),
        None,
    )
    n = 0
    if first_meta:
        standfirst = lines[:first_meta]
        article.description = Text(" ".join(ln.text for ln in standfirst), standfirst[0].no)
        n = first_meta
    in_body = False
    last: str | None = None  # what the previous line was: "body", "image", ...
    while n < len(lines):
        ln = lines[n]
        following = lines[n + 1] if n + 1 < len(lines) else None
        n += 1
        if not in_body and _meta_line(ln, article, site, findings):
            last = "meta"
            continue
        if (m := _IMAGE_URL.match(ln.text)):
            n += _image_url(m["url"], ln, lines, n, article, after_image=last == "image")
            last = "image"
            continue
        image, used = _image_at(ln, following)
        if image is not None:
            article.images.append(image)
            n += used
            last = "image"
            continue
        in_body = True
        if (m := _SECTION.match(ln.text)):
            article.section = Text(m["section"].strip(), ln.no)
            last = "section"
        elif _is_subheading(ln, following):
            article.subheadings.append(Text(ln.text, ln.no))
            last = "subheading"
        elif last == "body" and not ln.after_blank:
            # A hard-wrapped paragraph: one paragraph, from its first line.
            previous = article.body[-1]
            article.body[-1] = Text(f"{previous.value} {ln.text}", previous.line)
        else:
            if not article.body and article.dateline is None and (dateline := _dateline(ln.text)) is not None:
                article.dateline = Text(dateline, ln.no)
            article.body.append(Text(ln.text, ln.no))
            last = "body"


def _dateline(text: str) -> str | None:
    """The dateline opening a paragraph ("BEIRUT, June 2", "Berlin"), or ``None``."""
    m = _DATELINE_CAPS.match(text)
    if m is None:
        m = _DATELINE_AGENCY.match(text)
        if m is None or not (m["when"] or NEWS_AGENCIES.match(m["agency"].strip())):
            return None
    dateline: str = m["dateline"]
    return dateline.strip()


def _image_url(url: str, ln: _Line, lines: list[_Line], n: int, article: Article, *, after_image: bool) -> int:
    """Attach an image URL line to the photo on the line next to it; returns lines used.

    The URL belongs to the caption/credit right under it, else to the photo
    right above it (if that one has no URL yet), else it is a photo of its own.
    """
    nxt = lines[n] if n < len(lines) else None
    if nxt is not None and not nxt.after_blank:
        image, used = _image_at(nxt, lines[n + 1] if n + 1 < len(lines) else None)
        if image is not None:
            article.images.append(replace(image, url=url, line=ln.no))
            return 1 + used
    if after_image and not ln.after_blank and article.images and article.images[-1].url is None:
        article.images[-1] = replace(article.images[-1], url=url)
        return 0
    article.images.append(Image(url=url, line=ln.no))
    return 0


def _is_meta(ln: _Line, following: _Line | None) -> bool:
    """Whether a line opens a header fact (byline, date, photo, section), not prose.

    A caption line counts when the credit line under it makes it a photo.
    """
    return bool(
        _meta_segments(ln.text) is not None
        or _SECTION.match(ln.text)
        or _image_at(ln, following)[0] is not None
        or _IMAGE_URL.match(ln.text)
    )


_Fact = tuple[str, "list[str] | str"]  # ("byline", names) | ("published"|"modified", raw date)


def _meta_segments(text: str) -> list[_Fact] | None:
    """The byline and date facts on a header line, or ``None`` if it is not a header line.

    Every part must be a byline or a date, but for short capitalised extras
    beside them (``| EFE``, ``— Reuters``), which are not read.
    """
    facts: list[_Fact] = []
    segments = [seg.strip() for seg in _SEGMENT_SPLIT.split(text) if seg.strip()]
    for seg in segments:
        if (names := _byline_names(seg)):
            facts.append(("byline", names))
        elif (labelled := _labelled_date(seg)) is not None:
            facts.append(labelled)
        elif parse_date(seg) is not None:
            # A date alone under the headline is the article's publication date.
            facts.append(("published", seg))
        elif len(segments) > 1 and len(seg.split()) <= _MAX_HEADER_EXTRA_WORDS \
                and seg[-1] not in _TERMINAL and seg[0].isupper():
            continue
        else:
            return None
    return facts or None


def _labelled_date(seg: str) -> tuple[str, str] | None:
    """``("published"|"modified", raw date)`` for ``Published ...``, ``Actualizado: ...``."""
    m = DATE_LABEL.match(seg)
    if not m:
        return None
    value = seg[m.end():].strip()
    if not value:
        return None
    # "Updated coverage of the storm..." is prose. A date that cannot be read
    # but looks like one ("Updated: 02/01/2025") is kept as written, so the
    # checks report it instead of it vanishing.
    readable = parse_date(value) is not None
    looks_like = starts_like_date(value) and len(value) <= _MAX_RAW_DATE and re.search(r"\d", value)
    if not (readable or looks_like):
        return None
    kind = "modified" if m["modified"] else "published"
    return kind, value


def _meta_line(ln: _Line, article: Article, site: SiteConfig, findings: list[Finding]) -> bool:
    """Read a byline / date / section line of the header; ``False`` when the line is none."""
    if (m := _SECTION.match(ln.text)):
        article.section = Text(m["section"].strip(), ln.no)
        return True
    facts = _meta_segments(ln.text)
    if facts is None:
        return False
    for kind, value in facts:
        if isinstance(value, list):
            for name in value:
                article.authors.append(Author(name, _kind(name), ln.no))
        else:
            _set_date(article, value, ln.no, kind == "modified", site, findings)
    return True


def _set_date(
    article: Article, raw: str, line: int, modified: bool, site: SiteConfig, findings: list[Finding]
) -> None:
    if (article.date_modified if modified else article.date_published) is not None:
        return  # the first one stated wins; later repeats (page footers) do not override it
    parsed = parse_date(raw, default_timezone=site.timezone)
    value = DateValue(
        text=raw,
        iso=parsed.iso if parsed else None,
        line=line,
        has_time=bool(parsed and parsed.has_time),
        has_offset=bool(parsed and parsed.has_offset),
        assumed_timezone=parsed.assumed_timezone if parsed else None,
    )
    if parsed and parsed.assumed_timezone:
        findings.append(finding(
            timezone_from_config,
            f"date has no timezone; used the site timezone ({parsed.assumed_timezone})",
            article.path, line=line,
        ))
    if modified:
        article.date_modified = value
    else:
        article.date_published = value


def _byline_names(text: str) -> list[str]:
    m = BYLINE_OPENER.match(text)
    if not m or m.end() == len(text):
        return []
    parts = _NAME_SPLIT.split(text[m.end():].strip())
    if DUTCH_BYLINE_OPENER.match(text):
        parts = [name for part in parts for name in DUTCH_NAME_SPLIT.split(part)]
    names = [_BYLINE_PLACE.sub("", n).strip(" .,;") for n in parts]
    names = [n for n in names if n and not _ROLE.search(n)]
    if not names or not all(_looks_like_name(n) for n in names):
        return []
    return names


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in name):
        return False
    return all(w[0].isupper() or w.lower() in _NAME_PARTICLES or _elided(w) for w in words)


def _elided(word: str) -> bool:
    """A name word behind an elided particle: "d'Arc", "dell'Esempio"."""
    for particle in ELIDED_PARTICLES:
        if word.lower().startswith(particle):
            rest = word[len(particle):]
            return bool(rest) and rest[0].isupper()
    return False


def _kind(name: str) -> AuthorKind:
    return author_kind(name)


def _image_at(ln: _Line, following: _Line | None) -> tuple[Image | None, int]:
    """The photo a caption/credit line describes, and how many following lines it used.

    A caption followed, in the same paragraph, by a credit line is one photo.
    """
    image = _image(ln)
    if image is not None:
        return image, 0
    if following is not None and not following.after_blank and _CREDIT_ONLY.match(following.text):
        image = _image(following, caption=ln)
        if image is not None:
            return image, 1
    return None, 0


def _image(ln: _Line, *, caption: _Line | None = None) -> Image | None:
    """The photo a caption/credit line describes, or ``None`` if ``ln`` is not one."""
    t = ln.text
    if len(t) > 400:
        return None
    m = None if caption else (_CAPTION_PAREN.match(t) or _CAPTION_CREDIT.match(t))
    if m:
        caption_text = m["caption"].strip() or None
    else:
        m = _CREDIT_ONLY.match(t)
        if not m:
            return None
        caption_text = caption.text if caption else None
    credit = m["credit"].strip()
    if credit.endswith(")") and credit.count(")") > credit.count("("):
        credit = credit[:-1].strip()  # the close of "(Photo: ...)" glued to the credit
    sep = (m["sep"] or "").lower()
    is_copyright = sep in ("©", "(c)") or credit.startswith("©")
    credit = credit.lstrip("©").strip()
    if not credit or len(credit) > _MAX_CREDIT_CHARS or len(credit.split()) > _MAX_CREDIT_WORDS:
        return None
    return Image(
        caption=caption_text,
        credit=credit,
        line=caption.no if caption else ln.no,
        credit_is_copyright=is_copyright,
    )


def _is_subheading(ln: _Line, following: _Line | None) -> bool:
    """A short line standing as a paragraph of its own, without closing punctuation."""
    t = ln.text
    if following is None or not ln.after_blank or not following.after_blank:
        return False
    if len(t) > 100 or len(t.split()) > 14:
        return False
    last = t.rstrip(_CLOSERS)[-1:] if t.rstrip(_CLOSERS) else ""
    return bool(last) and last not in _TERMINAL and not t.endswith(",")


# --- FAQ -------------------------------------------------------------------

def _is_faq_heading(ln: _Line) -> bool:
    t = ln.text
    return bool(_FAQ_HEADING.match(t)) and len(t.split()) <= 16 and not t.endswith(".")


def _is_question(text: str) -> bool:
    return bool(_QUESTION_PREFIX.match(text)) or (text.rstrip(_CLOSERS).endswith("?") and len(text) <= 300)


def _take_faq(lines: list[_Line], article: Article) -> list[_Line]:
    """Read the FAQ section into ``article``; the lines around it are returned."""
    at = next((i for i, ln in enumerate(lines) if _is_faq_heading(ln)), None)
    if at is None:
        return lines
    end = _faq(lines[at:], article)
    return lines[:at] + lines[at + end:]


def _faq(lines: list[_Line], article: Article) -> int:
    """Question/answer pairs after the FAQ heading; returns where the section ends.

    The section ends at a heading (a short paragraph without closing
    punctuation) that comes after an answer.
    """
    article.faq_heading = Text(lines[0].text, lines[0].no)
    question: _Line | None = None
    answer: list[_Line] = []

    def flush() -> None:
        if question is None:
            return
        q = _QUESTION_PREFIX.sub("", question.text).strip()
        q = _QUESTION_NUMBER.sub("", q)
        article.faq.append(FaqItem(
            question=q,
            answer=_join_answer(_paragraphs(answer)),
            question_line=question.no,
            answer_line=answer[0].no if answer else None,
        ))

    end = len(lines)
    for n, ln in enumerate(lines[1:], start=1):
        following = lines[n + 1] if n + 1 < len(lines) else None
        if _is_question(ln.text):
            flush()
            question, answer = ln, []
        elif question is None:
            continue  # an introduction under the heading
        elif answer and (_is_subheading(ln, following) or _ABOUT_AUTHOR.match(ln.text)):
            end = n
            break
        else:
            answer.append(ln)
    flush()
    return end


def _paragraphs(lines: list[_Line]) -> list[str]:
    """Lines grouped into paragraphs at blank lines; an ``A:`` prefix dropped."""
    paragraphs: list[str] = []
    for i, ln in enumerate(lines):
        text = _ANSWER_PREFIX.sub("", ln.text).strip() if i == 0 else ln.text
        if paragraphs and not ln.after_blank:
            paragraphs[-1] = f"{paragraphs[-1]} {text}"
        else:
            paragraphs.append(text)
    return paragraphs


def _join_answer(paragraphs: list[str]) -> str:
    if len(paragraphs) <= 1:
        return paragraphs[0] if paragraphs else ""
    from html import escape

    return "".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)


# --- tags ------------------------------------------------------------------

def _take_tags(lines: list[_Line], article: Article) -> tuple[list[_Line], bool]:
    """Read the tags line (and the tag lines under a bare label); the other lines are returned."""
    at = next((i for i, ln in enumerate(lines) if _is_tags_label(ln.text)), None)
    if at is None:
        return lines, False
    label = lines[at]
    m = _TAGS.match(label.text)
    assert m is not None
    if m["tags"].strip():
        _add_tags(m["tags"], label.no, article)
        return lines[:at] + lines[at + 1:], True
    # "Archivado en:" with the tags under it, one per line or as a list: the
    # short lines that follow, up to the first line that is not a tag.
    end = at + 1
    while end < len(lines) and _is_tag_line(lines[end].text):
        _add_tags(lines[end].text, lines[end].no, article)
        end += 1
    return lines[:at] + lines[end:], True


def _is_tags_label(text: str) -> bool:
    """``Tags: a, b`` or a bare ``Archivado en:``; not "Topics: the summit will cover trade."."""
    m = _TAGS.match(text)
    return bool(m) and (not m["tags"].strip() or _is_tag_line(m["tags"].strip()))


def _add_tags(values: str, line: int, article: Article) -> None:
    for tag in _TAG_SPLIT.split(values):
        if tag.strip():
            article.keywords.append(Text(tag.strip(), line))


def _is_tag_line(text: str) -> bool:
    if text[-1:] in _TERMINAL or _FAQ_HEADING.match(text) or _ABOUT_AUTHOR.match(text) \
            or _TAGS.match(text) or _is_meta(_Line(0, text, True), None):
        return False
    items = [t for t in _TAG_SPLIT.split(text) if t.strip()]
    return bool(items) and all(len(t) <= 60 and len(t.split()) <= 6 for t in items)


# --- author block ----------------------------------------------------------

def _take_author_block(lines: list[_Line]) -> tuple[list[_Line], Author | None]:
    """The author block closing ``lines``: the lines before it, and its author.

    Either under a label ("About the author", then the name, then a bio of up
    to three paragraphs), or, unlabelled, a name line and a one-paragraph bio
    that reads as one (see :func:`_is_bio_of`).
    """
    for k in range(max(0, len(lines) - 1 - _MAX_BIO_PARAGRAPHS - 1), len(lines) - 2):
        if _ABOUT_AUTHOR.match(lines[k].text):
            name_ln, bio = lines[k + 1], lines[k + 2:]
            # Tags under the bio are read first; the block is found again without them.
            if _is_name_line(name_ln) and not any(_TAGS.match(ln.text) for ln in bio):
                description = " ".join(ln.text for ln in bio)
                return lines[:k], Author(name_ln.text, _kind(name_ln.text), name_ln.no, description=description)
            break
    if len(lines) < 3:
        return lines, None
    name_ln, bio_ln = lines[-2], lines[-1]
    if _is_name_line(name_ln) and bio_ln.after_blank and len(bio_ln.text) > len(name_ln.text) \
            and _is_bio_of(bio_ln.text, name_ln.text):
        return lines[:-2], Author(name_ln.text, _kind(name_ln.text), name_ln.no, description=bio_ln.text)
    return lines, None


def _is_name_line(ln: _Line) -> bool:
    return ln.after_blank and _looks_like_name(ln.text) and ln.text[-1:] not in _TERMINAL \
        and not _is_desk(ln.text)


def _is_bio_of(bio: str, name: str) -> bool:
    """Whether a closing paragraph reads as the bio of ``name`` (no label says so).

    It opens with the subject's team ("A team of journalists...", "Equipo de
    periodistas ...": the bio of a team, so ``name`` must name one), or with its
    trade ("Periodista especializada ..."), or its first sentence is about the
    subject (it holds the whole name, or opens with a word of it: "López es
    ...") and says what they do. A paragraph that mentions the name in passing
    ("Desde Washington, el portavoz escribe ...") is not a bio.
    """
    if _TEAM_OPENING.match(bio):
        return _kind(name) == "Organization"
    if _TRADE_OPENING.match(bio) or JOB_TITLE.match(bio):
        return True
    first = _SENTENCE_END.split(bio, maxsplit=1)[0]
    words = [w for w in name.split() if len(w) >= 3 and w.lower() not in _NAME_PARTICLES]
    opening = first.split(maxsplit=1)[0].strip(_CLOSERS + ",:;") if first.split() else ""
    # As written: "la detención de Pérez" in a sentence is no mention of "Detención de Pérez".
    about = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", first) is not None or opening in words
    return about and bool(_ROLE.search(first) or _BIO_VERB.search(first))


def _is_desk(name: str) -> bool:
    """A newsroom desk named by its trade alone ("Redacción"): it names no one."""
    return name.casefold() in DESK_WORDS


def _merge_author(article: Article, block: Author) -> None:
    """The closing author block names a byline author (add the bio) or the only author."""
    for i, author in enumerate(article.authors):
        if author.name.casefold() == block.name.casefold():
            article.authors[i] = replace(author, description=block.description)
            return
    article.authors.append(block)
