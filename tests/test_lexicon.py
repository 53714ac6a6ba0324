"""Newsroom words live in :mod:`linter.lexicon`, and every reader reads them alike.

Bylines and date labels are read by the plain-text and page readers (a Markdown article states
them in its front matter); credits and FAQ headings by all three.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from linter.config import Config
from linter.readers import markdown, text
from linter.readers.page import read_bytes

LINTER = Path(__file__).resolve().parent.parent / "linter"
READERS = [LINTER / "readers" / "text.py", LINTER / "readers" / "markdown.py", LINTER / "credits.py",
           LINTER / "figures.py", *sorted((LINTER / "readers" / "page").glob("*.py"))]
#: Modules besides the readers that read newsroom words: the Article model (organisation
#: bylines) and the rules (bylines, job titles, name particles in author names).
WORD_READERS = [LINTER / "article.py", *sorted((LINTER / "rules").glob("*.py"))]
#: Words of the lexicon that no reader may spell out for itself (lower case, searched in literals).
LEXICON_WORDS = ("correspondent", "photographer", "periodista", "corresponsal", "actualizado", "aktualisiert",
                 "publicado", "preguntas", "frequently", "escrito", "bijgewerkt", "입력", "수정", "veröffentlicht",
                 "photo(?:graph)?", "foto(?:graf", "crédito", "cr[ée]dito", "filed under", "about the author",
                 "related videos", "associated press", "subscribe", "pregunta", "ver[öo]ffentl",
                 "columnist", "redactor", "redacci", "posted by", "written by", "europa press")
#: Names of ``class`` and ``id`` attributes: markup, not words a reader sees, kept with the code
#: that reads the markup.
MARKUP_VOCABULARIES = {"CREDIT_CLASS", "CAPTION_CLASS", "_PUBLISHED_CLASS", "_MODIFIED_CLASS", "_PICTURE_CLASS",
                       "_BYLINE_PART", "_NOT_BYLINE_PART", "_DATE_CLASS_PIECES", "_NOT_CONTENT_PARTS",
                       "AUTHOR_HREF", "CHROME_WORDS", "_CHROME_PARTS"}
#: A rule module's declarations: prose for the user (a hint may say "photographer"), not words read.
RULE_DECLARATIONS = {"NAME", "SEVERITY", "AUTHORITY", "SOURCE", "HINT", "HINTS"}


def _literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant):
            skip.add(id(body[0].value))  # a docstring
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in MARKUP_VOCABULARIES
                                                for t in node.targets):
            skip.update(id(n) for n in ast.walk(node.value))
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value and path.parent.name == "rules" and any(
                isinstance(t, ast.Name) and t.id in RULE_DECLARATIONS
                for t in (node.targets if isinstance(node, ast.Assign) else [node.target])):
            skip.update(id(n) for n in ast.walk(node.value))
    return [(n.lineno, n.value) for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in skip]


@pytest.mark.parametrize("path", READERS + WORD_READERS, ids=lambda p: str(p.relative_to(LINTER)))
def test_no_reader_keeps_a_word_list_of_its_own(path):
    found = [(line, value) for line, value in _literals(path)
             if any(word in value.lower() for word in LEXICON_WORDS)]
    assert found == [], f"{path.name}: newsroom words belong in linter/lexicon.py"


def _page(inner: str) -> str:
    return (f"<!doctype html>\n<html lang=\"en\"><head><title>T</title></head><body><article>\n"
            f"<h1>Ministers meet in Beijing</h1>\n{inner}\n<p>{'Body text. ' * 30}</p>\n"
            f"<p>{'More text. ' * 30}</p>\n</article></body></html>\n")


def _facts(html: str):
    source = read_bytes(html.encode("utf-8"), "page.html", Config())
    assert source.page is not None
    return source.page


BYLINES = [("en", "By Jane Doe"), ("es", "Por Ana Pérez"), ("pt", "Por João Silva"), ("de", "Von Anna Schmidt"),
           ("fr", "Par Jean Dupont"), ("it", "Di Marco Rossi"), ("nl", "Door Jan Jansen"),
           ("en", "By Jane Doe and Omar Haddad"), ("de", "Von Anna Schmidt und Max Müller"),
           ("pt", "Por Luiz da Silva"), ("es", "Por Juan Pérez, corresponsal")]


@pytest.mark.parametrize(("lang", "line"), BYLINES)
def test_bylines_read_alike(lang, line):
    by_text = [a.name for a in text.parse(f"Ministers meet in Beijing\n\n{line}\n\nBody text.", "a.txt")[0].authors]
    by_page = [a.name for a in _facts(_page(f"<p>{line}</p>")).bylines]
    assert by_text == by_page and by_text, (by_text, by_page)


DATES = [
    ("en", "Published 3 March 2025", "Updated 4 March 2025"),
    ("es", "Publicado: 3 de marzo de 2025", "Actualizado: 4 de marzo de 2025"),
    ("pt", "Publicado em 3 de março de 2025", "Atualizado em 4 de março de 2025"),
    ("de", "Veröffentlicht am 3. März 2025", "Aktualisiert am 4. März 2025"),
    ("fr", "Publié le 3 mars 2025", "Mis à jour le 4 mars 2025"),
    ("it", "Pubblicato il 3 marzo 2025", "Aggiornato il 4 marzo 2025"),
    ("nl", "Gepubliceerd op 3 maart 2025", "Bijgewerkt op 4 maart 2025"),
    ("ko", "입력 2025.03.03.", "수정 2025.03.04."),
]


@pytest.mark.parametrize(("lang", "published", "modified"), DATES)
def test_date_labels_read_alike(lang, published, modified):
    article = text.parse(f"Ministers meet in Beijing\n\n{published}\n{modified}\n\nBody text.", "a.txt")[0]
    assert (article.date_published.iso, article.date_modified.iso) == ("2025-03-03", "2025-03-04")
    page_dates = {(d.role, d.iso) for d in _facts(_page(f"<p>{published}</p>\n<p>{modified}</p>")).dates}
    assert {("published", "2025-03-03"), ("modified", "2025-03-04")} <= page_dates


CREDITS = [("en", "Photo: Lars Holm / Daily Example"), ("es", "Foto: Lars Holm / Daily Example"),
           ("de", "Bild: Lars Holm / Daily Example"), ("fr", "Crédit: Lars Holm / Daily Example"),
           ("it", "Foto: Lars Holm / Daily Example"), ("nl", "Beeld: Lars Holm / Daily Example"),
           ("en", "Credit: Lars Holm / Daily Example"), ("en", "Photo © Lars Holm / Daily Example")]


@pytest.mark.parametrize(("lang", "credit"), CREDITS)
def test_credits_read_alike(lang, credit):
    caption = "The harbour at dawn."
    want = "Lars Holm / Daily Example"
    by_text = text.parse(f"Ministers meet in Beijing\n\nBody text.\n\n{caption} {credit}\n\nMore text.",
                         "a.txt")[0].images
    in_caption = markdown.parse(f'# Ministers meet\n\n![Harbour](a.jpg "{caption} {credit}")\n', "a.md")[0].images
    # issue 14: a credit given on its own kept its label in Markdown alone
    in_front = markdown.parse(f'---\ntitle: T\nimage: a.jpg\nimage_credit: "{credit}"\n---\nBody.\n',
                              "a.md")[0].images
    figure = _facts(_page(f'<figure><img src="a.jpg" alt="Harbour"><figcaption>{caption} {credit}'
                          f'</figcaption></figure>')).figures
    credit_el = _facts(_page(f'<figure><img src="a.jpg" alt="Harbour"><figcaption>{caption} '
                             f'<span class="credit">{credit}</span></figcaption></figure>')).figures
    assert [i.credit for i in (*by_text, *in_caption, *in_front)] == [want] * 3
    assert [f.credit for f in (*figure, *credit_el)] == [want] * 2
    copyright_ = "©" in credit
    assert {i.credit_is_copyright for i in (*by_text, *in_caption, *in_front)} == {copyright_}
    assert {f.credit_is_copyright for f in (*figure, *credit_el)} == {copyright_}


FAQ = [("en", "Frequently asked questions"), ("es", "Preguntas frecuentes"), ("de", "Häufig gestellte Fragen"),
       ("fr", "Questions fréquentes"), ("pt", "Perguntas frequentes"), ("it", "Domande frequenti"),
       ("nl", "Veelgestelde vragen"), ("en", "FAQ")]


@pytest.mark.parametrize(("lang", "heading"), FAQ)
def test_faq_headings_read_alike(lang, heading):
    q, a = "What happened in Beijing?", "The ministers met for two days."
    by_text = text.parse(f"Ministers meet in Beijing\n\nBody text.\n\n{heading}\n\n{q}\n\n{a}\n", "a.txt")[0].faq
    by_md = markdown.parse(f"# Ministers meet\n\nBody text.\n\n## {heading}\n\n### {q}\n\n{a}\n", "a.md")[0].faq
    html = _page("").replace("</article>", f"<h2>{heading}</h2>\n<h3>{q}</h3>\n<p>{a}</p>\n</article>")
    by_page = _facts(html).faq
    assert [(i.question, i.answer) for i in by_text] == [(q, a)]
    assert [(i.question, i.answer) for i in by_md] == [(q, a)]
    assert [(i.question, i.answer) for i in by_page] == [(q, a)]


@pytest.mark.parametrize("prefix", ["Q: ", "P: ", "Pregunta: ", "F: ", "Frage: ", "D: ", "Domanda: ", "V: "])
def test_question_prefixes_read_alike(prefix):
    q = "What happened in Beijing?"
    by_text = text.parse(f"Headline\n\nBody text.\n\nFAQ\n\n{prefix}{q}\n\nA: They met.\n", "a.txt")[0].faq
    by_md = markdown.parse(f"# Headline\n\n## FAQ\n\n{prefix}{q}\nA: They met.\n", "a.md")[0].faq
    assert [i.question for i in by_text] == [q]
    assert [re.sub(r"^\w+:\s*", "", i.question) for i in by_md] == [q]
