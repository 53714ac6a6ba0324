"""Reader for plain-text articles, as copied from a published page (English and Spanish).

The layout it understands, top to bottom (every part optional but the headline):

- headline: the first line;
- standfirst: the paragraph(s) between the headline and the first byline,
  date, photo or page-chrome line;
- byline: ``By A``, ``By A and B``, ``By A, B and C``, ``Por A y B``;
- dates: ``Published 3 March 2025, 18:05 CET``, ``Updated: ...``,
  ``Publicado: 2 de enero de 2025, 14:10 (GMT-5)``, ``Actualizado: ...``, ISO dates;
- photos: a caption with its credit (``Photo ©``, ``Photo:``, ``Foto ©``,
  ``Foto:``, ``(Photo: ...)``, ``Credit:``), possibly glued together as a copy
  from a page leaves them (``...Dong JunPhoto © CCTV Video Capture``), and an
  image URL on a line of its own;
- page chrome, dropped: ``Related videos:``, ``Videos relacionados:``, ...;
- a dateline opening the body: ``BEIRUT, June 2 (Reuters) -``;
- body paragraphs and subheadings;
- an FAQ section: ``Frequently Asked Questions ...``, ``FAQ``, ``Preguntas
  frecuentes ...``; questions end in ``?`` or start with ``Q:``/``P:``; answers
  are the paragraphs up to the next question or heading;
- tags: ``Filed under:``, ``Archivado en:``, ``Tags:``;
- an author block at the end: a name line, then a one-paragraph bio.

Nothing is guessed: a part the text does not have stays absent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.article import Article, Author, DateValue, FaqItem, Image, Publisher, Text
from linter.config import Config, SiteConfig
from linter.convert import build_documents
from linter.dates import parse_date
from linter.readers import Source
from linter.rules import finding

_CHROME = re.compile(
    r"^(related videos|videos relacionados|related( articles| stories| content)?|"
    r"art[íi]culos relacionados|noticias relacionadas|advertisement|publicidad|anuncio|"
    r"read more|read also|see also|lee tambi[ée]n|leer m[áa]s|ver tambi[ée]n|more on this|"
    r"share( this( article| story)?)?|compartir|comments?|comentarios|subscribe|"
    r"suscr[íi]bete|sign up|newsletter|most read|lo m[áa]s le[íi]do)\s*:?\s*$",
    re.I,
)
_BYLINE = re.compile(r"^(?:by|por|written by|escrito por|words by|text by|texto de)\s+(?P<names>.+)$", re.I)
_DATE_LABEL = re.compile(
    r"^(?P<label>first published|published|publication date|posted|last updated|updated|"
    r"modified|publicado|fecha de publicaci[óo]n|actualizado|[úu]ltima actualizaci[óo]n|"
    r"modificado)\s*(?:on|el|at|:)?\s*:?\s*(?P<date>.+)$",
    re.I,
)
_MODIFIED_LABELS = ("updated", "last updated", "modified", "actualizado", "última actualización",
                    "ultima actualizacion", "última actualizacion", "ultima actualización", "modificado")
_CREDIT_LABEL = r"(?:photo(?:graph)?|foto(?:graf[íi]a)?|image|imagen|picture|credit|cr[ée]dito)"
_CREDIT_SEP = r"(?:\s*(?i:credit|cr[ée]dito)?\s*(?P<sep>©|:|\(c\))\s*)"
# "...captionPhoto © Credit" (glued, as copies leave it) or "... caption. Photo: Credit".
# Case-sensitive on purpose: the label is capitalised ("Photo", "Foto").
_CAPTION_CREDIT = re.compile(
    r"^(?P<caption>.{1,300}?\S)\s*(?P<label>Photo(?:graph)?|Foto(?:graf[íi]a)?|Image|Imagen|Picture|"
    rf"Credit|Cr[ée]dito){_CREDIT_SEP}(?P<credit>.+)$"
)
_CAPTION_PAREN = re.compile(rf"^(?P<caption>.*?)\s*\(\s*(?P<label>{_CREDIT_LABEL})\s*(?:credit|cr[ée]dito)?\s*(?P<sep>©|:)\s*(?P<credit>[^)]+)\)\s*$", re.I)
_CREDIT_ONLY = re.compile(rf"^(?P<label>{_CREDIT_LABEL}){_CREDIT_SEP}(?P<credit>.+)$", re.I)
_IMAGE_URL = re.compile(r"^(?:(?:image|imagen|photo|foto)\s*(?:url)?\s*:\s*)?(?P<url>https?://\S+?\.(?:jpe?g|png|webp|gif|avif)(?:\?\S*)?)$", re.I)
_FAQ_HEADING = re.compile(
    r"^(frequently asked questions|faqs?|preguntas frecuentes|preguntas y respuestas|"
    r"q\s*&\s*a|questions and answers)\b", re.I,
)
_QUESTION_PREFIX = re.compile(r"^(?:q|p|pregunta|question)\s*[:.]\s*", re.I)
_ANSWER_PREFIX = re.compile(r"^(?:a|r|respuesta|answer)\s*[:.]\s*", re.I)
_TAGS = re.compile(r"^(?:filed under|archivado en|tags|etiquetas|temas|topics|keywords|palabras clave)\s*:\s*(?P<tags>.*)$", re.I)
_SECTION = re.compile(r"^(?:section|secci[óo]n)\s*:\s*(?P<section>.+)$", re.I)
_ABOUT_AUTHOR = re.compile(r"^(?:about the author|sobre el autor|sobre la autora|acerca del autor)\s*:?\s*$", re.I)
_DATELINE = re.compile(
    r"^(?P<dateline>(?P<place>[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ.'’ ]{2,40}?)"
    r"(?:,\s*(?P<when>[A-Za-zé]{3,10}\.?\s+\d{1,2}|\d{1,2}\s+[a-zé]{3,10}\.?))?)"
    r"\s*(?:\((?P<agency>[^)]{1,40})\))?\s*\.?\s*[-–—]+\s+(?=\S)"
)
_ORGANIZATION = re.compile(
    r"\b(team|staff|desk|newsroom|editorial|editors|redacci[óo]n|equipo|agency|agencia|"
    r"news service|wire|bureau|reuters|associated press|afp|efe|europa press|bloomberg|"
    r"ap|dpa|ansa|xinhua|newsdesk|contributors|colaboradores)\b",
    re.I,
)
_ROLE = re.compile(
    r"\b(correspondent|reporter|editor|writer|journalist|columnist|contributor|analyst|"
    r"corresponsal|redactor[a]?|periodista|columnista|enviad[oa] especial|special envoy)\b",
    re.I,
)
_BIO_HINT = re.compile(
    r"\b(journalist|reporter|correspondent|editor|writer|columnist|team|covers|covering|"
    r"periodista|redactor|corresponsal|equipo|escribe|cubre|is an?|es una?)(s|es)?\b",
    re.I,
)
_NAME_SPLIT = re.compile(r"\s*(?:,\s*(?:and|y|&)\s+|,\s*|\s+and\s+|\s+y\s+|\s*&\s*)\s*")
_SEGMENT_SPLIT = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+(?=(?:published|updated|publicado|actualizado)\b)", re.I)
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


def parse(text: str, path: str, *, site: SiteConfig | None = None) -> tuple[Article, list]:
    """The :class:`Article` a plain-text copy holds, and reader findings."""
    site = site or SiteConfig()
    lines = _lines(text)
    article = Article(path=path)
    findings: list = []
    _apply_site(article, site)
    if not lines:
        return article, findings

    article.headline = Text(lines[0].text, lines[0].no)
    rest = lines[1:]
    end, block_author = _author_block(rest)
    rest = rest[:end]
    tags_at = next((i for i, ln in enumerate(rest) if _TAGS.match(ln.text)), None)
    if tags_at is not None:
        _tags(rest[tags_at:], article)
        rest = rest[:tags_at]
    faq_at = next((i for i, ln in enumerate(rest) if _is_faq_heading(ln)), None)
    if faq_at is not None:
        _faq(rest[faq_at:], article)
        rest = rest[:faq_at]
    _header_and_body(rest, article, site, findings)
    if block_author is not None:
        _merge_author(article, block_author)
    return article, findings


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    blank = True
    for no, raw in enumerate(text.splitlines(), start=1):
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


def _apply_site(article: Article, site: SiteConfig) -> None:
    if site.publisher:
        article.publisher = Publisher(site.publisher, site.url, site.logo)
    if site.language:
        article.language = Text(site.language)


def _header_and_body(lines: list[_Line], article: Article, site: SiteConfig, findings: list) -> None:
    """Standfirst, byline, dates, photos, then body paragraphs and subheadings."""
    first_meta = next((i for i, ln in enumerate(lines[:3]) if _is_meta(ln.text)), None)
    n = 0
    if first_meta:
        standfirst = lines[:first_meta]
        article.description = Text(" ".join(ln.text for ln in standfirst), standfirst[0].no)
        n = first_meta
    pending_url: tuple[str, int] | None = None
    in_body = False
    while n < len(lines):
        ln = lines[n]
        following = lines[n + 1] if n + 1 < len(lines) else None
        n += 1
        if not in_body and _meta_line(ln, article, site, findings):
            continue
        if (m := _IMAGE_URL.match(ln.text)):
            pending_url = (m["url"], ln.no)
            continue
        # A caption line followed, in the same paragraph, by a credit line.
        if following and not following.after_blank and _CREDIT_ONLY.match(following.text) \
                and not _image(ln, None):
            image = _image(following, None, caption=ln)
            n += 1
        else:
            image = _image(ln, pending_url)
        if image is not None:
            if pending_url:
                image, pending_url = _with_url(image, pending_url), None
            article.images.append(image)
            continue
        in_body = True
        if (m := _SECTION.match(ln.text)):
            article.section = Text(m["section"].strip(), ln.no)
        elif _is_subheading(ln, following):
            article.subheadings.append(Text(ln.text, ln.no))
        else:
            if not article.body and article.dateline is None and (m := _DATELINE.match(ln.text)):
                article.dateline = Text(m["dateline"].strip(), ln.no)
            article.body.append(Text(ln.text, ln.no))
    if pending_url:
        article.images.append(Image(url=pending_url[0], line=pending_url[1]))


def _with_url(image: Image, url: tuple[str, int]) -> Image:
    from dataclasses import replace

    return replace(image, url=url[0])


def _is_meta(text: str) -> bool:
    return bool(
        _byline_names(text) or _DATE_LABEL.match(text) and _date_of(text)
        or _CAPTION_CREDIT.match(text) or _CAPTION_PAREN.match(text)
        or _CREDIT_ONLY.match(text) or _IMAGE_URL.match(text)
        or _is_bare_date(text)
    )


def _meta_line(ln: _Line, article: Article, site: SiteConfig, findings: list) -> bool:
    """Read a byline / date line of the header; ``False`` when the line is neither."""
    segments = _SEGMENT_SPLIT.split(ln.text)
    used = False
    for seg in segments:
        names = _byline_names(seg)
        if names:
            for name in names:
                article.authors.append(Author(name, _kind(name), ln.no))
            used = True
            continue
        m = _DATE_LABEL.match(seg)
        if m and _date_of(seg):
            modified = m["label"].lower() in _MODIFIED_LABELS
            _set_date(article, m["date"], ln.no, modified, site, findings)
            used = True
            continue
        if _is_bare_date(seg) and article.date_published is None:
            # A date alone under the headline is the article's publication date.
            _set_date(article, seg, ln.no, False, site, findings)
            used = True
    return used


def _is_bare_date(text: str) -> bool:
    """A short line that is only a date (and time), not prose that starts with one."""
    return len(text) <= 50 and parse_date(text) is not None


def _date_of(text: str) -> str | None:
    m = _DATE_LABEL.match(text)
    if not m:
        return None
    value = m["date"].strip()
    # "Updated coverage of..." is prose, not a date line: a date line has digits.
    return value if re.search(r"\d", value) else None


def _set_date(
    article: Article, raw: str, line: int, modified: bool, site: SiteConfig, findings: list
) -> None:
    raw = raw.strip()
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
            "timezone-from-config",
            f"date has no timezone; used the site timezone ({parsed.assumed_timezone})",
            article.path, line=line,
        ))
    if modified:
        if article.date_modified is None:
            article.date_modified = value
    elif article.date_published is None:
        article.date_published = value


def _byline_names(text: str) -> list[str]:
    m = _BYLINE.match(text)
    if not m:
        return []
    names = [n.strip(" .,;") for n in _NAME_SPLIT.split(m["names"].strip())]
    names = [n for n in names if n and not _ROLE.search(n)]
    if not names or not all(_looks_like_name(n) for n in names):
        return []
    return names


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in name):
        return False
    particles = {"de", "del", "la", "las", "los", "van", "von", "da", "do", "dos", "di", "le", "bin", "al", "y"}
    return all(w[0].isupper() or w.lower() in particles for w in words)


def _kind(name: str) -> str:
    return "Organization" if _ORGANIZATION.search(name) else "Person"


def _image(ln: _Line, pending_url: tuple[str, int] | None, *, caption: _Line | None = None) -> Image | None:
    """The photo a caption/credit line describes, or ``None`` if ``ln`` is not one."""
    t = ln.text
    m = None if caption else (_CAPTION_PAREN.match(t) or _CAPTION_CREDIT.match(t))
    if m:
        caption_text = m["caption"].strip() or None
    else:
        m = _CREDIT_ONLY.match(t)
        if not m:
            return None
        caption_text = caption.text if caption else None
    credit = m["credit"].strip().rstrip(")").strip()
    if not credit or len(t) > 400:
        return None
    sep = (m["sep"] or "").lower()
    is_copyright = sep in ("©", "(c)") or credit.startswith("©")
    credit = credit.lstrip("©").strip()
    return Image(
        url=pending_url[0] if pending_url else None,
        caption=caption_text,
        credit=credit,
        line=caption.no if caption else ln.no,
        credit_is_copyright=is_copyright,
    )


def _is_subheading(ln: _Line, following: _Line | None) -> bool:
    t = ln.text
    if following is None or len(t) > 100 or len(t.split()) > 14:
        return False
    last = t.rstrip(_CLOSERS)[-1:] if t.rstrip(_CLOSERS) else ""
    return bool(last) and last not in _TERMINAL and not t.endswith(",")


def _is_faq_heading(ln: _Line) -> bool:
    t = ln.text
    return bool(_FAQ_HEADING.match(t)) and len(t.split()) <= 16 and not t.endswith(".")


def _is_question(text: str) -> bool:
    return bool(_QUESTION_PREFIX.match(text)) or (text.rstrip(_CLOSERS).endswith("?") and len(text) <= 300)


def _faq(lines: list[_Line], article: Article) -> None:
    """Question/answer pairs after the FAQ heading, up to a non-question heading."""
    article.faq_heading = Text(lines[0].text, lines[0].no)
    question: _Line | None = None
    answer: list[_Line] = []

    def flush() -> None:
        if question is not None:
            q = _QUESTION_PREFIX.sub("", question.text).strip()
            paragraphs = [_ANSWER_PREFIX.sub("", a.text).strip() for a in answer]
            article.faq.append(FaqItem(
                question=q,
                answer=_join_answer(paragraphs),
                question_line=question.no,
                answer_line=answer[0].no if answer else None,
            ))

    for n, ln in enumerate(lines[1:], start=1):
        if _is_question(ln.text):
            flush()
            question, answer = ln, []
        elif question is None:
            continue
        elif answer and _is_subheading(ln, lines[n + 1] if n + 1 < len(lines) else None):
            break  # a heading ends the FAQ section
        else:
            answer.append(ln)
    flush()


def _join_answer(paragraphs: list[str]) -> str:
    if len(paragraphs) <= 1:
        return paragraphs[0] if paragraphs else ""
    from html import escape

    return "".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)


def _tags(lines: list[_Line], article: Article) -> None:
    m = _TAGS.match(lines[0].text)
    assert m is not None
    values = m["tags"]
    if values.strip():
        for tag in re.split(r"\s*[,;|·]\s*", values):
            if tag.strip():
                article.keywords.append(Text(tag.strip(), lines[0].no))
        return
    # Tags on the following lines: short lines up to the next blank line.
    for ln in lines[1:]:
        if ln.after_blank:
            break
        for tag in re.split(r"\s*[,;|·]\s*", ln.text):
            if tag.strip():
                article.keywords.append(Text(tag.strip(), ln.no))


def _author_block(lines: list[_Line]) -> tuple[int, Author | None]:
    """``name`` + ``bio`` closing the text (optionally under "About the author").

    Returns where the block starts (``len(lines)`` when there is none) and its author.
    """
    if len(lines) < 3:
        return len(lines), None
    name_ln, bio_ln = lines[-2], lines[-1]
    has_label = bool(_ABOUT_AUTHOR.match(lines[-3].text))
    name, bio = name_ln.text, bio_ln.text
    is_block = (
        name_ln.after_blank
        and bio_ln.after_blank
        and _looks_like_name(name)
        and name[-1:] not in _TERMINAL
        and len(bio) > len(name)
        and (has_label or bool(_BIO_HINT.search(bio)) or name.split()[0] in bio)
    )
    if not is_block:
        return len(lines), None
    start = len(lines) - 3 if has_label else len(lines) - 2
    return start, Author(name, _kind(name), name_ln.no, description=bio)


def _merge_author(article: Article, block: Author) -> None:
    """The closing author block names a byline author (add the bio) or the only author."""
    from dataclasses import replace

    for i, author in enumerate(article.authors):
        if author.name.casefold() == block.name.casefold():
            article.authors[i] = replace(author, description=block.description)
            return
    article.authors.append(block)
