"""FAQ sections a page shows: question headings with their answers, ``<details>``, ``<dl>``.

An FAQ section opens with a heading the lexicon knows (:data:`linter.lexicon.FAQ_HEADING`);
under it, each question is a subheading (or a paragraph set all in bold) ending in a
question mark, and its answer the paragraphs that follow.
"""

from __future__ import annotations

from typing import Any

from linter.article import FaqItem
from linter.html_text import after, text
from linter.lexicon import FAQ_HEADING
from linter.page import normalize
from linter.readers.page.scope import Scope

_FAQ_WINDOW = 600
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def read(scope: Scope, parts: list[Any]) -> list[FaqItem]:
    """Question and answer pairs of the FAQ sections among ``parts`` (headings, details, dl)."""
    items: list[FaqItem] = []
    for el in parts:
        tag = el.tag
        if tag == "details":
            item = _details_item(el)
            if item is not None and not scope.excluded(el):
                items.append(item)
        elif tag == "dl":
            if not scope.excluded(el):
                items.extend(_dl_items(el))
        elif FAQ_HEADING.match(" ".join(el.text_content().split())) and not scope.excluded(el):
            items.extend(_faq_section(el, scope))
    out: list[FaqItem] = []
    seen: set[str] = set()
    for item in sorted(items, key=lambda i: i.question_line or 0):
        key = normalize(item.question)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def is_question(shown: str) -> bool:
    shown = shown.rstrip()
    return len(shown) > 3 and (shown.endswith(("?", "？")) or (shown.startswith("¿") and "?" in shown))


def _faq_section(heading: Any, scope: Scope) -> list[FaqItem]:
    """Question headings (ending in "?") and the paragraphs under each, after an FAQ heading."""
    level = int(heading.tag[1])
    items: list[FaqItem] = []
    question: tuple[str, int | None] | None = None
    answer: list[str] = []
    answer_line: int | None = None

    def close() -> None:
        if question is not None and answer:
            items.append(FaqItem(question[0], " ".join(answer), question[1], answer_line))

    # Within the heading's own container: an FAQ section does not run into the page around it
    # (a container holding the heading alone is the heading's wrapper, not the section).
    container = heading.getparent()
    while container is not None and container is not scope.body and len(container) == 1:
        container = container.getparent()
    for el in after(heading, container if container is not None else scope.body, _FAQ_WINDOW):
        tag = el.tag
        if tag in _HEADINGS:
            shown = " ".join(el.text_content().split())
            if int(tag[1]) <= level:
                break
            if is_question(shown):
                close()
                question, answer, answer_line = (shown, el.sourceline), [], None
            elif question is not None:
                break  # a subheading that is no question ends the FAQ
        elif tag in ("details", "dl", "summary") or scope.excluded(el):
            break  # read on their own (or not the article's)
        elif tag in ("p", "li"):
            parent = el.getparent()
            shown = text(el) if parent is None or parent.tag != "li" else ""  # a list item's text is read once
            if not shown:
                continue
            if is_question(shown) and _all_bold(el):
                close()
                question, answer, answer_line = (shown, el.sourceline), [], None
            elif question is not None:
                answer.append(shown)
                answer_line = answer_line or el.sourceline
    close()
    return items


def _all_bold(el: Any) -> bool:
    """A paragraph that is all bold text: a question set as ``<p><strong>...?</strong></p>``."""
    children = [c for c in el if isinstance(c.tag, str)]
    return (len(children) == 1 and children[0].tag in ("strong", "b")
            and not (el.text or "").strip() and not (children[0].tail or "").strip())


def _details_item(details: Any) -> FaqItem | None:
    summary = details.find("summary")
    if summary is None:
        return None
    question = text(summary)
    if not is_question(question):
        return None
    answer = text(details, skip=summary)
    if not answer:
        return None
    answer_el = summary.getnext()
    line = answer_el.sourceline if answer_el is not None else summary.sourceline
    return FaqItem(question, answer, summary.sourceline, line)


def _dl_items(dl: Any) -> list[FaqItem]:
    items: list[FaqItem] = []
    question: Any = None
    answers: list[Any] = []

    def close() -> None:
        if question is not None and answers:
            answer = " ".join(t for t in (text(a) for a in answers) if t)
            if answer:
                items.append(FaqItem(text(question), answer, question.sourceline, answers[0].sourceline))

    for el in dl.iter("dt", "dd"):
        if el.tag == "dt":
            close()
            question, answers = (el, []) if is_question(text(el)) else (None, [])
        elif question is not None:
            answers.append(el)
    close()
    return items
