"""Photo credits as newsrooms write them inside captions, and how to split them off.

Shared by the HTML and Markdown readers: "Caption. Photo: Jane Smith/Reuters",
"(Foto: Andina)", "Photo © CCTV", "Credit: ...", "... (AP Photo/Jane Doe)".
"""

from __future__ import annotations

import re

from linter.lexicon import CREDIT_LABELS, CREDIT_SEPARATOR_WORDS, CREDIT_WORDS
from linter.patterns import lazy

_CREDIT_LABEL = r"(?:" + CREDIT_LABELS + r")"
# "Caption. Photo: Jane Smith/Reuters", "(Foto: Andina)", "Photo © CCTV", "Credit: ...", "Photo by ..."
_CREDIT_IN_CAPTION = lazy(
    rf"(?:^|(?<=[\s.(\[]))[(\[]?\s*(?P<label>{_CREDIT_LABEL})(?:\s+(?i:{CREDIT_WORDS}))?\s*"
    r"(?P<sep>:|©|\(c\)|" + "|".join(rf"\b{w}\b" for w in CREDIT_SEPARATOR_WORDS) + r")\s*"
    r"(?P<credit>(?:[^()\[\]]|\([^()]*\))+?)\s*[)\]]?\s*\.?\s*$"
)
_COPYRIGHT = lazy(r"(?:^|(?<=[\s(]))\(?\s*©\s*(?P<credit>[^)]+?)\s*\)?\s*\.?\s*$")
# "... (Luke Sharrett for The Washington Post)", "(AP Photo/Jane Doe)", "(reuters)"
_PAREN_CREDIT = lazy(
    r"\((?P<credit>[^()]*?(?:/|\bfor\b|\bvia\b|\breuters\b|\bafp\b|\bap\b|\befe\b|\bepa\b|getty|"
    r"shutterstock|\bphoto\b)[^()]*)\)\s*\.?\s*$",
    re.I,
)

# "Patrons dine at the bar. | Morgan Ellis/The Standard", "Joe Biden / AFP"
_SEPARATED_CREDIT = lazy(r"\s\|\s(?P<credit>[^|]{2,80})$|\s/\s(?P<agency>[^/|]{2,40})$")


def clean_credit(text: str) -> tuple[str | None, bool]:
    """A credit as shown, without its label: ``(Image credit: Getty)`` -> ``Getty``."""
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    m = _CREDIT_IN_CAPTION.match(text) or _COPYRIGHT.match(text)
    copyright_ = "©" in text
    if m and m.start() == 0:
        text = m["credit"]
    text = re.sub(rf"^(?:{CREDIT_WORDS})\s*:?\s*", "", text.strip(), flags=re.I)
    text = text.lstrip("©").strip(" .")
    return text or None, copyright_


def split_credit(text: str) -> tuple[str | None, str | None, bool]:
    """A caption's own words and the credit it ends with, if it states one."""
    for pattern in (_CREDIT_IN_CAPTION, _COPYRIGHT, _PAREN_CREDIT, _SEPARATED_CREDIT):
        m = pattern.search(text)
        if m:
            credit = (m["credit"] or m.groupdict().get("agency") or "").strip(" .").lstrip("©").strip()
            if credit and len(credit) <= 100 and len(credit.split()) <= 12:
                caption = text[:m.start()].strip(" |-–—([")
                return caption or None, credit, "©" in m.group()
    return text, None, False
