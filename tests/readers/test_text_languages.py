"""The plain-text reader reads every family it knows in English in the lexicon's other languages.

Each family (author end block, byline, dates, photos, FAQ, tags, section, page chrome, dateline)
is checked in English, Spanish, German, French, Portuguese, Italian and Dutch; then the cases
that must not make an author, a dateline or chrome, in those languages.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from linter.article import Article, Author, FaqItem, Image, Text
from linter.config import SiteConfig
from linter.readers.text import parse
from tests.util import FIXTURES, ROOT

SPANISH_SEED = FIXTURES / "articles" / "es-seed-redaccion.txt"

LANGUAGES = ("en", "es", "de", "fr", "pt", "it", "nl")


def read(text: str) -> Article:
    article, findings = parse(text, "snippet.txt", site=SiteConfig())
    assert findings == []
    return article


# --- the Spanish seed -------------------------------------------------------

def test_spanish_seed_ending_reads_the_newsroom_as_author():
    path = SPANISH_SEED
    a, findings = parse(path.read_text(encoding="utf-8"), str(path), site=SiteConfig())
    assert findings == []
    assert a.authors == [Author(
        "Redacción de CiberCuba", "Organization", 33,
        description="Equipo de periodistas comprometidos con informar sobre la actualidad cubana y temas de "
                    "interés global. En CiberCuba trabajamos para ofrecer noticias veraces y análisis crítico.",
    )]
    assert a.images == [Image(
        caption="Álvaro López Miera, ministro de las Fuerzas Armadas, y su homólogo chino Dong Jun",
        credit="Captura de video CCTV", line=5, credit_is_copyright=True,
    )]
    assert a.faq_heading == Text("Preguntas frecuentes sobre la cooperación militar entre Cuba y China", 21)
    assert [(f.question_line, f.answer_line) for f in a.faq] == [(23, 25), (27, 29)]
    assert a.subheadings == [Text("“Amistad especial” y respaldo a Xi", 13), Text("Antecedentes y sospechas", 17)]
    # "Videos relacionados:", "Archivado en:", the team and its bio are no body text.
    assert [t.line for t in a.body] == [9, 11, 15, 19]
    assert a.keywords == [] and a.date_published is None


def test_spanish_seed_converts_with_an_organization_author():
    done = subprocess.run([sys.executable, "-m", "linter", "convert", str(SPANISH_SEED), "--isolated"],
                          capture_output=True, timeout=120, cwd=ROOT, check=True)
    article = json.loads(done.stdout)["@graph"][0]
    assert article["author"] == [{
        "@type": "Organization", "name": "Redacción de CiberCuba",
        "description": "Equipo de periodistas comprometidos con informar sobre la actualidad cubana y temas de "
                       "interés global. En CiberCuba trabajamos para ofrecer noticias veraces y análisis crítico.",
    }]


# --- author end block: a team, then its bio ---------------------------------

TEAM_LABEL = {"en": "Filed under:", "es": "Archivado en:", "de": "Abgelegt unter:", "fr": "Classé dans :",
              "pt": "Arquivado em:", "it": "Archiviato in:", "nl": "Gearchiveerd onder:"}
TEAM = {
    "en": ("CiberCuba Editorial Team",
           "A team of journalists committed to reporting on Cuban current affairs and topics of global "
           "interest. At CiberCuba, we work to deliver truthful news and critical analysis."),
    "es": ("Redacción de Ejemplo",
           "Equipo de periodistas comprometidos con informar sobre la actualidad local y temas de interés global."),
    "de": ("Redaktion Beispielblatt",
           "Ein Team von Journalistinnen und Journalisten, das über das aktuelle Geschehen in der Region und "
           "Themen von weltweitem Interesse berichtet."),
    "fr": ("Rédaction d'Exemple",
           "Une équipe de journalistes engagés à couvrir l'actualité régionale et les sujets d'intérêt mondial."),
    "pt": ("Redação Exemplo",
           "Equipe de jornalistas comprometidos em informar sobre a atualidade brasileira e temas de interesse "
           "global."),
    "it": ("Redazione Esempio",
           "Una squadra di giornalisti impegnati a raccontare l'attualità italiana e i temi di interesse globale."),
    "nl": ("Redactie Voorbeeld",
           "Een team van journalisten dat zich inzet voor berichtgeving over het binnenlandse nieuws en "
           "onderwerpen van wereldwijd belang."),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_team_and_bio_after_a_bare_tags_label(lang):
    name, bio = TEAM[lang]
    a = read(f"Headline\n\nBody.\n\n{TEAM_LABEL[lang]}\n\n{name}\n\n{bio}")
    assert a.authors == [Author(name, "Organization", 7, description=bio)]
    assert a.body == [Text("Body.", 3)] and a.keywords == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_team_and_bio_closing_the_article(lang):
    name, bio = TEAM[lang]
    a = read(f"Headline\n\nBody.\n\n{name}\n\n{bio}")
    assert a.authors == [Author(name, "Organization", 5, description=bio)]


@pytest.mark.parametrize(("lang", "bio"), [
    ("en", "We are a team of journalists covering the city."),
    ("es", "Somos un equipo de periodistas que cubre la actualidad local."),
    ("es", "El equipo de periodistas de la sección de Local."),
    ("es", "Un grupo de periodistas que cubre la actualidad local."),
    ("de", "Wir sind ein Team von Journalisten aus der Region."),
    ("fr", "L'équipe de journalistes de la rubrique Régions."),
    ("pt", "Uma equipa de jornalistas dedicada à atualidade regional."),
    ("it", "Un team di giornalisti che racconta l'attualità locale."),
    ("nl", "Wij zijn een team van journalisten uit de regio."),
])
def test_team_bio_openings(lang, bio):
    name = TEAM[lang][0]
    a = read(f"Headline\n\nBody.\n\n{name}\n\n{bio}")
    assert a.authors == [Author(name, "Organization", 5, description=bio)]


# --- author end block: a person, then their bio -----------------------------

PERSON = {
    "en": ("Jane Doe", "Jane Doe is a reporter covering health policy."),
    "es": ("María López", "María López es periodista y cubre temas de salud pública desde 2015."),
    "de": ("Anna Schmidt", "Anna Schmidt ist Journalistin und berichtet über Gesundheitspolitik."),
    "fr": ("Marie Dubois", "Marie Dubois est journaliste au service politique."),
    "pt": ("Ana Souza", "Ana Souza é jornalista e escreve sobre saúde pública."),
    "it": ("Giulia Rossi", "Giulia Rossi è giornalista e si occupa di politica interna."),
    "nl": ("Anna de Vries", "Anna de Vries is journalist en schrijft over de zorg."),
}
TRADE = {
    "en": "Reporter covering health policy since 2015.",
    "es": "Periodista especializada en salud pública.",
    "de": "Journalistin mit Schwerpunkt Gesundheitspolitik.",
    "fr": "Journaliste spécialisée en santé publique.",
    "pt": "Jornalista especializada em saúde pública.",
    "it": "Giornalista specializzata in sanità pubblica.",
    "nl": "Journalist gespecialiseerd in de zorg.",
}
ABOUT = {"en": "About the author", "es": "Sobre la autora", "de": "Über die Autorin", "fr": "À propos de l'autrice",
         "pt": "Sobre a autora", "it": "L'autrice", "nl": "Over de auteur"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_person_and_bio_naming_them(lang):
    name, bio = PERSON[lang]
    a = read(f"Headline\n\nBody.\n\n{name}\n\n{bio}")
    assert a.authors == [Author(name, "Person", 5, description=bio)]
    assert a.body == [Text("Body.", 3)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_person_and_bio_opening_with_their_trade(lang):
    name = PERSON[lang][0]
    a = read(f"Headline\n\nBody.\n\n{name}\n\n{TRADE[lang]}")
    assert a.authors == [Author(name, "Person", 5, description=TRADE[lang])]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_about_the_author_label(lang):
    name, bio = PERSON[lang]
    a = read(f"Headline\n\nBody.\n\n{ABOUT[lang]}\n\n{name}\n\n{bio}\n\nMore about her.")
    assert a.authors == [Author(name, "Person", 7, description=f"{bio} More about her.")]
    assert a.body == [Text("Body.", 3)] and a.subheadings == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_bio_of_the_byline_author_is_merged(lang):
    name, bio = PERSON[lang]
    opener = BYLINE[lang][0].split()[0]
    a = read(f"Headline\n\n{opener} {name}\n\nBody.\n\n{name}\n\n{bio}")
    assert a.authors == [Author(name, "Person", 3, description=bio)]


# --- header: byline, dates, section ----------------------------------------

BYLINE = {
    "en": ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    "es": ("Por Juan Pérez y María López", ["Juan Pérez", "María López"]),
    "de": ("Von Anna Schmidt und Max Müller", ["Anna Schmidt", "Max Müller"]),
    "fr": ("Par Marie Dubois et Paul Martin", ["Marie Dubois", "Paul Martin"]),
    "pt": ("Por Ana Souza e João Lima", ["Ana Souza", "João Lima"]),
    "it": ("Di Giulia Rossi e Marco Bianchi", ["Giulia Rossi", "Marco Bianchi"]),
    "nl": ("Door Jan de Vries en Piet Jansen", ["Jan de Vries", "Piet Jansen"]),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_byline(lang):
    line, names = BYLINE[lang]
    a = read(f"Headline\n\n{line}\n\nBody.")
    assert [(au.name, au.line) for au in a.authors] == [(n, 3) for n in names]


@pytest.mark.parametrize(("line", "names"), [
    ("Geschreven door Jan de Vries, Piet Jansen en Els Bakker", ["Jan de Vries", "Piet Jansen", "Els Bakker"]),
    ("Door Jan de Vries in Brussel", ["Jan de Vries"]),
    # Spanish "en" is "in": a place, not a second name.
    ("Por Juan Pérez, corresponsal en Bruselas", ["Juan Pérez"]),
    ("Par Valéry Giscard d'Estaing", ["Valéry Giscard d'Estaing"]),
])
def test_byline_conjunctions_and_particles(line, names):
    assert [au.name for au in read(f"Headline\n\n{line}\n\nBody.").authors] == names


DATES = {
    "en": ("Published 3 March 2025, 18:05 CET", "Updated 4 March 2025, 10:00 CET"),
    "es": ("Publicado el 3 de marzo de 2025, 18:05", "Actualizado el 4 de marzo de 2025, 10:00"),
    "de": ("Veröffentlicht am 3. März 2025, 18:05 Uhr", "Aktualisiert am 4. März 2025, 10:00 Uhr"),
    "fr": ("Publié le 3 mars 2025 à 18h05", "Mis à jour le 4 mars 2025 à 10h00"),
    "pt": ("Publicado em 3 de março de 2025, 18:05", "Atualizado em 4 de março de 2025, 10:00"),
    "it": ("Pubblicato il 3 marzo 2025 alle 18:05", "Aggiornato il 4 marzo 2025 alle 10:00"),
    "nl": ("Gepubliceerd op 3 maart 2025, 18:05", "Bijgewerkt op 4 maart 2025, 10:00"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_date_lines(lang):
    published, modified = DATES[lang]
    a = read(f"Headline\n\n{BYLINE[lang][0]}\n{published}\n{modified}\n\nBody.")
    assert a.date_published is not None and a.date_modified is not None
    assert (a.date_published.iso or "")[:16] == "2025-03-03T18:05" and a.date_published.line == 4
    assert (a.date_modified.iso or "")[:16] == "2025-03-04T10:00" and a.date_modified.line == 5


SECTION = {"en": "Section", "es": "Sección", "de": "Ressort", "fr": "Rubrique", "pt": "Seção", "it": "Sezione",
           "nl": "Rubriek"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_section_line(lang):
    a = read(f"Headline\n\n{SECTION[lang]}: Mundo\n{BYLINE[lang][0]}\n\nBody.")
    assert a.section == Text("Mundo", 3)
    assert [au.name for au in a.authors] == BYLINE[lang][1]


# --- photos -----------------------------------------------------------------

PHOTO = {
    "en": ("Workers inspect the dam.", "Photo: Reuters", "Credit: City of Phoenix"),
    "es": ("Un embalse en la provincia.", "Foto: EFE", "Crédito: Ayuntamiento de Sevilla"),
    "de": ("Ein Stausee in Bayern.", "Foto: dpa", "Bild: Stadt Köln"),
    "fr": ("Un barrage dans les Alpes.", "Photo : AFP", "Crédit photo : Ville de Lyon"),
    "pt": ("Uma represa em Minas Gerais.", "Foto: Agência Brasil", "Crédito: Prefeitura do Rio"),
    "it": ("Una diga in Trentino.", "Foto: ANSA", "Immagine: Comune di Roma"),
    "nl": ("Een dijk in Zeeland.", "Foto: ANP", "Beeld: Gemeente Utrecht"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("which", [1, 2])
def test_caption_and_credit_line(lang, which):
    caption, *credits = PHOTO[lang]
    credit_line = credits[which - 1]
    a = read(f"Headline\n\nStandfirst.\n\n{caption}\n{credit_line}\n\nBody.")
    credit = credit_line.split(":", 1)[1].strip()
    assert a.images == [Image(caption=caption, credit=credit, line=5)]
    assert a.body == [Text("Body.", 8)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_caption_glued_to_its_credit(lang):
    caption, credit_line, _ = PHOTO[lang]
    label, credit = (part.strip() for part in credit_line.split(":", 1))
    a = read(f"Headline\n\nStandfirst.\n\n{caption}{label} © {credit}\n\nBody.")
    assert a.images == [Image(caption=caption, credit=credit, line=5, credit_is_copyright=True)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_credit_in_brackets(lang):
    caption, credit_line, _ = PHOTO[lang]
    a = read(f"Headline\n\nStandfirst.\n\n{caption} ({credit_line})\n\nBody.")
    assert a.images == [Image(caption=caption, credit=credit_line.split(":", 1)[1].strip(), line=5)]


# --- FAQ, tags ---------------------------------------------------------------

FAQ = {"en": ("Frequently asked questions", "Q:", "A:"), "es": ("Preguntas frecuentes", "P:", "R:"),
       "de": ("Häufig gestellte Fragen", "F:", "A:"), "fr": ("Questions fréquentes", "Q :", "R :"),
       "pt": ("Perguntas frequentes", "P:", "R:"), "it": ("Domande frequenti", "D:", "R:"),
       "nl": ("Veelgestelde vragen", "V:", "A:")}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_faq_heading_and_questions(lang):
    heading = FAQ[lang][0]
    a = read(f"Headline\n\nBody.\n\n{heading}\n\nWhy now?\n\nBecause the river rose.")
    assert a.faq_heading == Text(heading, 5)
    assert a.faq == [FaqItem("Why now?", "Because the river rose.", 7, 9)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_faq_question_and_answer_prefixes(lang):
    heading, q, r = FAQ[lang]
    a = read(f"Headline\n\nBody.\n\n{heading}\n\n{q} When does work start\n{r} In the autumn.")
    assert a.faq == [FaqItem("When does work start", "In the autumn.", 7, 8)]


TAGS = {"en": "Tags", "es": "Etiquetas", "de": "Schlagwörter", "fr": "Mots-clés", "pt": "Palavras-chave",
        "it": "Tag", "nl": "Trefwoorden"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tags_on_the_label_line(lang):
    a = read(f"Headline\n\nBody.\n\n{TAGS[lang]}: Cuba, China")
    assert a.keywords == [Text("Cuba", 5), Text("China", 5)]
    assert a.body == [Text("Body.", 3)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tags_under_a_bare_label(lang):
    a = read(f"Headline\n\nBody.\n\n{TEAM_LABEL[lang]}\n\nCuba\n\nChina")
    assert a.keywords == [Text("Cuba", 7), Text("China", 9)]
    assert a.body == [Text("Body.", 3)]


# --- page chrome, dateline ---------------------------------------------------

CHROME = {
    "en": ["Related videos:", "Related articles", "Advertisement", "Read more", "Share this article", "Comments",
           "Subscribe", "Newsletter", "Most read"],
    "es": ["Videos relacionados:", "Noticias relacionadas", "Publicidad", "Lee también", "Compartir", "Comentarios",
           "Suscríbete", "Contenido relacionado", "Lo más leído"],
    "de": ["Videos zum Thema", "Mehr zum Thema", "Anzeige", "Lesen Sie auch", "Teilen", "Kommentare", "Abonnieren",
           "Newsletter", "Meistgelesen"],
    "fr": ["Vidéos associées", "Sur le même sujet", "Publicité", "Lire aussi", "Partager", "Commentaires",
           "S'abonner", "Newsletter", "Les plus lus"],
    "pt": ["Vídeos relacionados", "Notícias relacionadas", "Publicidade", "Leia também", "Compartilhar",
           "Comentários", "Assine", "Newsletter", "Mais lidas"],
    "it": ["Video correlati", "Articoli correlati", "Pubblicità", "Leggi anche", "Condividi", "Commenti", "Abbonati",
           "Newsletter", "I più letti"],
    "nl": ["Gerelateerde video's", "Gerelateerde artikelen", "Advertentie", "Lees ook", "Delen", "Reacties",
           "Abonneren", "Nieuwsbrief", "Meest gelezen"],
}


@pytest.mark.parametrize(("lang", "chrome"), [(lang, c) for lang in LANGUAGES for c in CHROME[lang]])
def test_page_chrome_is_dropped(lang, chrome):
    a = read(f"Headline\n\nBody.\n\n{chrome}\n\nMore.")
    assert a.body == [Text("Body.", 3), Text("More.", 7)] and a.subheadings == []


DATELINE = {
    "en": ("BEIRUT, June 2 (Reuters) - Lebanon reopened its border.", "BEIRUT, June 2"),
    "es": ("La Habana, 15 abr (EFE).- El Gobierno anunció cambios.", "La Habana, 15 abr"),
    "de": ("Frankfurt am Main (dpa) - Die Bundesbank hat neue Zahlen vorgelegt.", "Frankfurt am Main"),
    "fr": ("Paris (AFP) - Le gouvernement a annoncé des mesures.", "Paris"),
    "pt": ("Rio de Janeiro, 3 mar (Lusa) - O Governo aprovou novas regras.", "Rio de Janeiro, 3 mar"),
    "it": ("Roma, 3 mar (ANSA) - Il governo ha approvato nuove regole.", "Roma, 3 mar"),
    "nl": ("Den Haag (ANP) - Het kabinet heeft nieuwe regels aangekondigd.", "Den Haag"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_dateline(lang):
    line, dateline = DATELINE[lang]
    a = read(f"Headline\n\n{BYLINE[lang][0]}\n\n{line}\n\nMore.")
    assert a.dateline == Text(dateline, 5)


# --- what is not read ----------------------------------------------------------

@pytest.mark.parametrize(("closing", "paragraph"), [
    # A sentence-case subheading of proper nouns reads like a name; the paragraph mentions it in passing.
    ("Reacción de Washington", "Desde Washington, el portavoz del Departamento de Estado escribe en un comunicado "
                               "que la alianza es una amenaza para la región."),
    # A plural trade opens news, not a bio.
    ("Detención de Pérez", "Periodistas independientes denunciaron este lunes la detención de Pérez en La Habana."),
    # A team opening after a person's name is no bio of that person.
    ("Miguel Díaz-Canel", "Un equipo de médicos cubanos llegó este martes a Caracas para reforzar los hospitales."),
    ("Angela Merkel", "Ein Team von Ärzten hat am Dienstag die Klinik in Berlin übernommen."),
    ("Emmanuel Macron", "Des journalistes ont suivi la visite du président à Marseille."),
])
def test_a_closing_paragraph_that_is_no_bio_makes_no_author(closing, paragraph):
    a = read(f"Titular\n\nCuerpo.\n\n{closing}\n\n{paragraph}")
    assert a.authors == []
    assert a.subheadings == [Text(closing, 5)] and a.body[-1] == Text(paragraph, 7)


@pytest.mark.parametrize("desk", ["Redacción", "Redaktion", "La rédaction", "Redação", "Redazione", "Redactie",
                                  "Newsroom"])
def test_a_desk_word_alone_names_no_author(desk):
    """A closing "Redacción" says a newsroom wrote it, not which: no author is invented from it."""
    team_bio = "Equipo de periodistas comprometidos con informar sobre la actualidad local."
    assert read(f"Titular\n\nCuerpo.\n\n{desk}\n\n{team_bio}").authors == []
    a = read(f"Titular\n\nCuerpo.\n\n{desk}")
    assert a.authors == [] and a.body == [Text("Cuerpo.", 3), Text(desk, 5)]


def test_a_desk_word_under_an_about_label_names_no_author():
    a = read("Titular\n\nCuerpo.\n\nSobre el autor\n\nRedacción\n\nEquipo de periodistas de la casa.")
    assert a.authors == []


@pytest.mark.parametrize("line", [
    "Die Regierung (SPD) - so heißt es aus Berlin - plant neue Regeln.",
    "Los socios (PSOE y Sumar) - según fuentes del Gobierno - negocian el presupuesto.",
])
def test_brackets_that_are_no_agency_make_no_dateline(line):
    a = read(f"Headline\n\n{BYLINE['de'][0]}\n\n{line}\n\nMore.")
    assert a.dateline is None and a.body[0] == Text(line, 5)


@pytest.mark.parametrize("line", [
    "Teilen Sie uns Ihre Meinung mit.", "Delen is een deugd, zei de burgemeester.",
    "Tag: Montag war ein ruhiger Tag im Parlament.",
])
def test_sentences_opening_with_a_chrome_or_tag_word_stay_body(line):
    a = read(f"Headline\n\nBody.\n\n{line}\n\nMore.")
    assert Text(line, 5) in a.body and a.keywords == []
