"""The plain-text reader: each text family, on whole sample articles and on small snippets."""

from __future__ import annotations

import pytest

from linter.article import Article, Author, DateValue, FaqItem, Image, Text
from linter.config import SiteConfig
from linter.readers.text import parse
from tests.util import FIXTURES, SEED

ARTICLES = FIXTURES / "articles"


def read(text: str, *, site: SiteConfig | None = None) -> Article:
    article, findings = parse(text, "snippet.txt", site=site or SiteConfig())
    assert findings == [] or site is not None
    return article


def read_fixture(name: str, *, site: SiteConfig | None = None) -> Article:
    path = ARTICLES / name
    article, _ = parse(path.read_text(encoding="utf-8"), str(path), site=site or SiteConfig())
    return article


# --- the seed --------------------------------------------------------------

SEED_FAQ = [
    (35, 37, "What does the military cooperation between Cuba and China entail?",
     "The military cooperation between Cuba and China focuses on personnel exchange and elevating "
     "military relations to a new level. This agreement was established during a meeting in Beijing "
     "between the defense ministers of both countries. China seeks to strengthen its relationship with "
     "Cuba as a strategic ally in the Caribbean, challenging the influence of the United States in the region."),
    (39, 41, "What is the international reaction to the military alliance between Cuba and China?",
     "The increasing military collaboration between Cuba and China has raised international concerns, "
     "especially in the United States, due to reports about the potential expansion of Chinese spy bases "
     "in Cuba. This alliance is seen as a challenge to U.S. national security, given that Cuba is just "
     "100 miles from its coast."),
    (43, 45, "What implications does the alliance between Cuba and China have for Latin America?",
     "The strategic alliance between Cuba and China could have significant implications for the balance "
     "of power in Latin America, strengthening the presence of the Asian giant in the region and providing "
     "a counterweight to U.S. influence. This relationship is set against a backdrop of South-South "
     "cooperation, promoting a model of authoritarian development and governance."),
    (47, 49, "How does the Cuba-China relationship affect the internal situation in Cuba?",
     "Despite the alliance with China, Cuba continues to face a serious economic and social crisis, with "
     "blackouts, shortages of basic goods, and deterioration of infrastructure. The Cuban regime, however, "
     "seeks support from China not only economically but also politically and militarily, as a way to "
     "withstand international isolation."),
]


def test_seed():
    article, findings = parse(SEED.read_text(encoding="utf-8"), str(SEED), site=SiteConfig())
    assert findings == []
    assert article.headline == Text(
        "The regimes of Cuba and China agree to strengthen their military cooperation", 1)
    assert article.description == Text(
        "The meeting takes place days after Miguel Díaz-Canel traveled to Beijing to participate in the "
        "parade marking the 80th anniversary of the end of World War II in the Pacific, where both "
        'governments stated that their ties are experiencing "their best moment."', 3)
    assert article.authors == [Author(
        "CiberCuba Editorial Team", "Organization", 53,
        description="A team of journalists committed to reporting on Cuban current affairs and topics of "
                    "global interest. At CiberCuba, we work to deliver truthful news and critical analysis.",
    )]
    assert article.date_published is None and article.date_modified is None
    assert article.images == [Image(
        url=None,
        caption="Álvaro López Miera, Minister of the Armed Forces, and his Chinese counterpart Dong Jun",
        credit="CCTV Video Capture", line=5, credit_is_copyright=True,
    )]
    assert article.faq_heading == Text(
        "Frequently Asked Questions about Military Cooperation between Cuba and China", 33)
    assert article.faq == [FaqItem(q, a, ql, al) for ql, al, q, a in SEED_FAQ]
    assert article.keywords == []
    assert article.subheadings == [
        Text("“Special friendship” and support for Xi", 13),
        Text("Background and suspicions", 19),
        Text("A strategic alliance", 27),
    ]
    assert [t.line for t in article.body] == [9, 11, 15, 17, 21, 23, 25, 29, 31]
    assert article.dateline is None
    assert article.language is None and article.publisher is None


# --- the sample articles ---------------------------------------------------

def test_fixture_english_coauthors_faq():
    a = read_fixture("en-coauthors-faq.txt")
    assert a.headline == Text("Council approves new flood barriers for the river district", 1)
    assert a.description == Text(
        "The £40 million scheme will protect about 3,000 homes along the lower river, officials said.", 3)
    assert a.authors == [Author("Jane Doe", "Person", 5), Author("Omar Haddad", "Person", 5),
                         Author("Li Wei", "Person", 5)]
    assert a.date_published == DateValue("3 March 2025, 18:05 CET", "2025-03-03T18:05:00+01:00", 6,
                                          has_time=True, has_offset=True)
    assert a.date_modified == DateValue("4 March 2025, 9:15 am CET", "2025-03-04T09:15:00+01:00", 7,
                                        has_time=True, has_offset=True)
    assert a.images == [Image(caption="Workers inspect the old embankment near the railway bridge on Monday.",
                              credit="Reuters/Jane Smith", line=9)]
    assert a.subheadings == [Text("How the barriers work", 16)]
    assert [t.line for t in a.body] == [12, 14, 18, 20]
    assert a.faq_heading == Text("FAQ", 22)
    assert a.faq == [
        FaqItem("When will construction start?",
                "Work on the first section is scheduled to begin in the autumn, once the summer "
                "tourist season has ended.", 24, 25),
        # The answer's second line continues the same paragraph.
        FaqItem("Who pays for the scheme?",
                "The national government will cover about two thirds of the cost. The council will "
                "fund the rest from its capital budget over five years.", 27, 28),
    ]
    assert a.keywords == [Text("flooding", 31), Text("local government", 31)]
    assert a.dateline is None and a.section is None


def test_fixture_spanish():
    a = read_fixture("es-plan-agua.txt")
    assert a.headline == Text("El Gobierno regional aprueba un plan de ahorro de agua para el verano", 1)
    assert a.description == Text(
        "La medida limitará el riego de jardines y el llenado de piscinas privadas en 40 municipios.", 3)
    assert a.authors == [Author("Juan Pérez", "Person", 5), Author("María López", "Person", 5)]
    assert a.date_published == DateValue("2 de enero de 2025, 14:10 (GMT-5)", "2025-01-02T14:10:00-05:00", 6,
                                          has_time=True, has_offset=True)
    assert a.date_modified == DateValue("3 de enero de 2025, 9:30 (GMT-5)", "2025-01-03T09:30:00-05:00", 7,
                                        has_time=True, has_offset=True)
    assert a.images == [Image(caption="Un embalse con bajo nivel de agua en la provincia, el pasado diciembre.",
                              credit="EFE", line=9)]
    # "Videos relacionados:" (line 12) is page chrome: in no field.
    assert [t.line for t in a.body] == [14, 16, 20]
    assert all("relacionados" not in t.value for t in a.body + a.subheadings)
    assert a.subheadings == [Text("Medidas para los hogares", 18)]
    assert a.faq_heading == Text("Preguntas frecuentes sobre el plan de ahorro de agua", 22)
    assert a.faq == [
        FaqItem("¿Qué municipios están afectados?",
                "Los 40 municipios cuyos embalses están por debajo del 35 % de su capacidad, según la "
                "lista publicada por el Gobierno regional.", 24, 26),
        FaqItem("¿Cuándo entran en vigor las restricciones?",
                "<p>Las restricciones se aplicarán desde el 1 de junio.</p>"
                "<p>El plan se revisará cada mes según el nivel de los embalses.</p>", 28, 30),
    ]
    # Tags one per line under a bare "Archivado en:" label.
    assert a.keywords == [Text("Medio ambiente", 36), Text("Sequía", 38)]
    assert a.language is None  # never guessed from the words


def test_fixture_wire_story():
    a = read_fixture("en-wire-dateline.txt")
    assert a.headline == Text("Lebanon reopens main border crossing after week-long closure", 1)
    assert a.description is None  # no standfirst: the byline follows the headline
    assert a.authors == [Author("Sara Khalil", "Person", 3)]
    assert a.date_published == DateValue("2025-06-02T14:30:00+03:00", "2025-06-02T14:30:00+03:00", 4,
                                          has_time=True, has_offset=True)
    assert a.date_modified == DateValue("2025-06-02T18:45Z", "2025-06-02T18:45:00+00:00", 5,
                                        has_time=True, has_offset=True)
    assert a.dateline == Text("BEIRUT, June 2", 7)
    assert a.body[0].line == 7 and a.body[0].value.startswith("BEIRUT, June 2 (Reuters) - Lebanon reopened")
    assert [t.line for t in a.body] == [7, 9, 11, 13]
    assert a.images == [] and a.faq == [] and a.keywords == []


def test_fixture_inline_credit():
    a = read_fixture("en-inline-credit.txt")
    assert a.description == Text(
        "Grid operators asked households to limit air conditioning during the evening peak.", 3)
    # Byline and date share a line.
    assert a.authors == [Author("Maria Gonzalez", "Person", 5)]
    assert a.date_published == DateValue("June 20, 2025 at 4:30 p.m. ET", "2025-06-20T16:30:00-04:00", 5,
                                          has_time=True, has_offset=True)
    assert a.date_modified is None
    assert a.images == [
        Image(caption="A technician checks a transformer at a substation outside Phoenix on Thursday.",
              credit="AP/John Doe", line=7),
        Image(caption="People wait for water at a cooling centre downtown.", credit="City of Phoenix", line=13),
    ]
    # A sentence about a photo, and a sentence starting "By the end of ...", are body text.
    assert [t.line for t in a.body] == [9, 11, 16]


def test_fixture_about_the_author():
    a = read_fixture("en-about-author.txt")
    # The closing author block names the byline's author: one author, with the bio.
    assert a.authors == [Author(
        "Helen Park", "Person", 5,
        description="Helen Park is a science correspondent covering oceans and climate. "
                    "She previously reported from Seoul and Nairobi.",
    )]
    assert a.date_published == DateValue("12 May 2025", "2025-05-12", 6)
    assert a.date_modified is None
    assert a.subheadings == [Text("What Happens Next", 12)]
    # "About the author", the name and the bio are not body text.
    assert [t.line for t in a.body] == [8, 10, 14]


def test_fixture_spanish_agency_copy():
    a = read_fixture("es-agencia-redaccion.txt")
    assert a.authors == [Author("Redacción de Ejemplo", "Organization", 3)]
    # Cuba keeps daylight saving time: 15 April is UTC-4, not UTC-5.
    assert a.date_published == DateValue("15 de abril de 2025 a las 10:20 (hora de Cuba)",
                                          "2025-04-15T10:20:00-04:00", 4, has_time=True, has_offset=True)
    assert a.dateline == Text("La Habana, 15 abr", 6)
    # A question in the body, outside any FAQ section, stays body text.
    assert a.faq == [] and a.faq_heading is None
    assert Text("¿Bastará para acabar con los apagones?", 10) in a.body
    assert a.keywords == [Text("Cuba", 14), Text("Venezuela", 14), Text("energía", 14)]


def test_fixture_minimal():
    a = read_fixture("minimal.txt")
    assert a.headline == Text("Town library extends weekend opening hours", 1)
    assert a.authors == []
    assert a.date_published is None and a.date_modified is None
    assert a.images == []
    assert a.description is None  # nothing marks a standfirst: not guessed
    assert a.faq == [] and a.keywords == [] and a.dateline is None
    assert [t.line for t in a.body] == [3, 5]


# --- families on snippets --------------------------------------------------

@pytest.mark.parametrize(("line", "names"), [
    ("By Jane Doe", ["Jane Doe"]),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe, John Roe and Ana Gil", ["Jane Doe", "John Roe", "Ana Gil"]),
    ("By Jane Doe, John Roe, and Ana Gil", ["Jane Doe", "John Roe", "Ana Gil"]),
    ("Por Juan Pérez y María López", ["Juan Pérez", "María López"]),
    ("Por Juan Pérez, corresponsal en Bruselas", ["Juan Pérez"]),
    ("By Jane Doe in Beirut", ["Jane Doe"]),
    ("By Jane Doe in Beirut and John Roe in Kyiv", ["Jane Doe", "John Roe"]),
    ("Posted by Jane Doe", ["Jane Doe"]),
    ("Por Juan Pérez | EFE", ["Juan Pérez"]),
    ("By Jane Doe — Reuters", ["Jane Doe"]),
    ("BY JANE DOE", ["JANE DOE"]),
])
def test_byline(line, names):
    a = read(f"Headline\n\n{line}\n\nBody text.")
    assert [(au.name, au.line) for au in a.authors] == [(n, 3) for n in names]


@pytest.mark.parametrize(("name", "kind"), [
    ("Staff", "Organization"),
    ("CiberCuba Editorial Team", "Organization"),
    ("Redacción de Ejemplo", "Organization"),
    ("Reuters", "Organization"),
    ("Jane Doe", "Person"),
])
def test_byline_kind(name, kind):
    a = read(f"Headline\n\nBy {name}\n\nBody text.")
    assert a.authors == [Author(name, kind, 3)]


def test_by_the_end_of_the_year_is_not_a_byline():
    a = read("Headline\n\nBy the end of the year, the council expects to finish the work.\n\nMore text.")
    assert a.authors == []
    assert a.body[0] == Text("By the end of the year, the council expects to finish the work.", 3)


@pytest.mark.parametrize(("line", "field", "raw", "iso"), [
    ("Published 3 March 2025, 18:05 CET", "date_published", "3 March 2025, 18:05 CET", "2025-03-03T18:05:00+01:00"),
    ("Published: 3 March 2025, 18:05 CET", "date_published", "3 March 2025, 18:05 CET", "2025-03-03T18:05:00+01:00"),
    ("Published on March 3, 2025", "date_published", "March 3, 2025", "2025-03-03"),
    ("Updated 4 March 2025, 6:15 pm CET", "date_modified", "4 March 2025, 6:15 pm CET", "2025-03-04T18:15:00+01:00"),
    ("Last updated: 2025-03-04T10:00:00+01:00", "date_modified", "2025-03-04T10:00:00+01:00", "2025-03-04T10:00:00+01:00"),
    ("Publicado: 2 de enero de 2025, 14:10 (GMT-5)", "date_published", "2 de enero de 2025, 14:10 (GMT-5)", "2025-01-02T14:10:00-05:00"),
    ("Publicado el 2 de enero de 2025", "date_published", "2 de enero de 2025", "2025-01-02"),
    ("Actualizado: 3 de enero de 2025, 9:30 (GMT-5)", "date_modified", "3 de enero de 2025, 9:30 (GMT-5)", "2025-01-03T09:30:00-05:00"),
    ("Última actualización: 3 de enero de 2025", "date_modified", "3 de enero de 2025", "2025-01-03"),
    ("2025-06-02", "date_published", "2025-06-02", "2025-06-02"),
    ("Published 3 March 2025 — 18:05 CET", "date_published", "3 March 2025 — 18:05 CET", "2025-03-03T18:05:00+01:00"),
])
def test_date_line(line, field, raw, iso):
    a = read(f"Headline\n\nBy Jane Doe\n{line}\n\nBody text.")
    value = getattr(a, field)
    assert value is not None and (value.text, value.iso, value.line) == (raw, iso, 4)


def test_byline_and_dates_on_one_line():
    a = read("Headline\n\nBy Jane Doe | Published 3 March 2025, 18:05 CET | Updated 4 March 2025, 10:00 CET\n\nBody.")
    assert a.authors == [Author("Jane Doe", "Person", 3)]
    assert (a.date_published.iso, a.date_published.line) == ("2025-03-03T18:05:00+01:00", 3)
    assert (a.date_modified.iso, a.date_modified.line) == ("2025-03-04T10:00:00+01:00", 3)


def test_published_and_updated_without_separator():
    a = read("Headline\n\nPublished 3 March 2025, 18:05 CET Updated 4 March 2025, 10:00 CET\n\nBody.")
    assert a.date_published.iso == "2025-03-03T18:05:00+01:00"
    assert a.date_modified.iso == "2025-03-04T10:00:00+01:00"


def test_lower_case_update_after_a_comma():
    a = read("Headline\n\nPublicado: 2 de enero de 2025, 14:10 (GMT-5), actualizado 3 de enero de 2025, "
             "9:00 (GMT-5)\n\nCuerpo.")
    assert (a.date_published.iso, a.date_published.line) == ("2025-01-02T14:10:00-05:00", 3)
    assert (a.date_modified.iso, a.date_modified.line) == ("2025-01-03T09:00:00-05:00", 3)


def test_a_header_line_with_prose_is_not_read():
    line = "The report was published 3 March 2025 | and it was updated 4 March 2025, officials said."
    a = read(f"Headline\n\nBy Jane Doe\n\n{line}\n\nBody.")
    assert a.date_published is None and a.date_modified is None
    assert a.body[0] == Text(line, 5)


def test_date_without_zone_stays_without_offset():
    a = read("Headline\n\nBy Jane Doe\nPublished 3 March 2025, 18:05\n\nBody.")
    assert a.date_published == DateValue("3 March 2025, 18:05", "2025-03-03T18:05:00", 4, has_time=True)


def test_date_in_site_timezone_is_reported_as_assumed():
    article, findings = parse("Headline\n\nBy Jane Doe\nPublished 3 March 2025, 18:05\n\nBody.",
                              "a.txt", site=SiteConfig(timezone="Europe/Madrid"))
    assert article.date_published == DateValue("3 March 2025, 18:05", "2025-03-03T18:05:00+01:00", 4,
                                                has_time=True, has_offset=True, assumed_timezone="Europe/Madrid")
    assert [(f.rule, f.line) for f in findings] == [("timezone-from-config", 4)]


def test_site_timezone_does_not_override_a_stated_zone():
    article, findings = parse("Headline\n\nPublished 3 March 2025, 18:05 IST\n\nBody.",
                              "a.txt", site=SiteConfig(timezone="Europe/Madrid"))
    assert article.date_published.iso == "2025-03-03T18:05:00"
    assert article.date_published.has_offset is False and findings == []


def test_unreadable_date_is_kept_as_written():
    a = read("Headline\n\nBy Jane Doe\nUpdated: 02/01/2025\n\nBody.")
    assert a.date_modified == DateValue("02/01/2025", None, 4)


@pytest.mark.parametrize("line", [
    "Updated coverage of the storm will follow on our live page.",
    "Updated figures released on Monday show 40 deaths in 2024 and many more injuries.",
    "Published reports suggest the talks collapsed.",
    "3 March 2025 was the day the river rose above the barriers.",
])
def test_prose_is_not_a_date_line(line):
    a = read(f"Headline\n\nBy Jane Doe\n\n{line}\n\nBody text.")
    assert a.date_published is None and a.date_modified is None
    assert a.body[0] == Text(line, 5)


def test_a_date_line_in_the_body_is_not_the_article_date():
    a = read("Headline\n\nBy Jane Doe\n\nBody paragraph one.\n\nPublished 3 March 2025\n\nMore.")
    assert a.date_published is None
    assert Text("Published 3 March 2025", 7) in a.body + a.subheadings


def test_wire_dateline():
    a = read("Headline\n\nBy Jane Doe\n\nBEIRUT, June 2 (Reuters) - Lebanon reopened its border.\n\nMore.")
    assert a.dateline == Text("BEIRUT, June 2", 5)


def test_agency_dateline_in_ordinary_capitals():
    a = read("Titular\n\nPor Redacción de Ejemplo\n\nLa Habana, 15 abr (EFE).- El Gobierno anunció cambios.\n\nMás.")
    assert a.dateline == Text("La Habana, 15 abr", 5)


def test_no_dateline_in_an_ordinary_sentence():
    a = read("Headline\n\nBy Jane Doe\n\nLebanon reopened its border on Monday - officials said.\n\nMore.")
    assert a.dateline is None


@pytest.mark.parametrize(("lines", "caption", "credit", "copyright"), [
    (["Workers inspect the dam.Photo © Jane Smith"], "Workers inspect the dam.", "Jane Smith", True),
    (["Workers inspect the dam. Photo: Reuters/Jane Smith"], "Workers inspect the dam.", "Reuters/Jane Smith", False),
    (["Workers inspect the dam.", "Photo: Reuters/Jane Smith"], "Workers inspect the dam.", "Reuters/Jane Smith", False),
    (["Un embalse en la provincia.", "Foto: EFE"], "Un embalse en la provincia.", "EFE", False),
    (["Un embalse en la provincia.Foto © EFE"], "Un embalse en la provincia.", "EFE", True),
    (["Workers inspect the dam. (Photo: AP/John Doe)"], "Workers inspect the dam.", "AP/John Doe", False),
    (["Workers inspect the dam. (Photo credit: AP)"], "Workers inspect the dam.", "AP", False),
    (["Workers inspect the dam.", "Credit: City of Phoenix"], "Workers inspect the dam.", "City of Phoenix", False),
    (["Photo: Reuters/Jane Smith"], None, "Reuters/Jane Smith", False),
])
def test_photo_caption_and_credit(lines, caption, credit, copyright):
    block = "\n".join(lines)
    a = read(f"Headline\n\nStandfirst.\n\n{block}\n\nBody text.")
    assert a.images == [Image(caption=caption, credit=credit, line=5, credit_is_copyright=copyright)]
    assert a.body == [Text("Body text.", 6 + len(lines))]


def test_image_url_goes_with_the_caption_under_it():
    a = read("Headline\n\nStandfirst.\n\nhttps://example.com/lead.jpg\nWorkers inspect the dam.\n"
             "Photo: Reuters\n\nBody text.")
    assert a.images == [Image(url="https://example.com/lead.jpg", caption="Workers inspect the dam.",
                              credit="Reuters", line=5)]


def test_image_url_under_the_caption_and_credit():
    a = read("Headline\n\nStandfirst.\n\nWorkers inspect the dam.\nPhoto: Reuters\n"
             "https://example.com/lead.jpg\n\nBody text.")
    assert a.images == [Image(url="https://example.com/lead.jpg", caption="Workers inspect the dam.",
                              credit="Reuters", line=5)]
    assert a.body == [Text("Body text.", 9)]


def test_image_url_alone_is_its_own_image():
    a = read("Headline\n\nStandfirst.\n\nhttps://example.com/lead.jpg\n\nBody text.\n\n"
             "Workers inspect the dam.\nPhoto: Reuters\n\nMore.")
    assert a.images == [Image(url="https://example.com/lead.jpg", line=5),
                        Image(caption="Workers inspect the dam.", credit="Reuters", line=9)]


@pytest.mark.parametrize("line", [
    "A photo published by the ministry shows the two ministers shaking hands.",
    "Photographs taken by residents showed the flooded streets.",
    "The photo: a blurry image shared on social media, was later removed by the agency after complaints from readers.",
])
def test_a_sentence_about_a_photo_is_not_a_caption(line):
    a = read(f"Headline\n\nBy Jane Doe\n\n{line}\n\nBody text.")
    assert a.images == []
    assert a.body[0] == Text(line, 5)


@pytest.mark.parametrize("chrome", ["Related videos:", "Videos relacionados:", "Advertisement", "Read more"])
def test_page_chrome_is_dropped(chrome):
    a = read(f"Headline\n\nStandfirst.\n\nBy Jane Doe\n\n{chrome}\n\nBody text.")
    assert a.body == [Text("Body text.", 9)]
    assert a.subheadings == []


def test_subheadings_and_hard_wrapped_paragraphs():
    a = read("Headline\n\nBy Jane Doe\n\nThe first paragraph is\nwrapped over two lines.\n\n"
             "What happens next\n\nThe last paragraph.")
    assert a.body == [Text("The first paragraph is wrapped over two lines.", 5), Text("The last paragraph.", 10)]
    assert a.subheadings == [Text("What happens next", 8)]


@pytest.mark.parametrize("heading", [
    "Frequently Asked Questions about the flood barriers", "FAQ", "FAQs",
    "Preguntas frecuentes sobre el plan",
])
def test_faq_heading(heading):
    a = read(f"Headline\n\nBy Jane Doe\n\nBody.\n\n{heading}\n\nWhy now?\n\nBecause the river rose.")
    assert a.faq_heading == Text(heading, 7)
    assert a.faq == [FaqItem("Why now?", "Because the river rose.", 9, 11)]


def test_faq_q_and_a_prefixes():
    a = read("Headline\n\nBody.\n\nFAQ\n\nQ: When does work start?\nA: In the autumn.\n\n"
             "Q: Who pays?\nA: The government.\n\nThe council pays the rest.")
    assert a.faq == [
        FaqItem("When does work start?", "In the autumn.", 7, 8),
        FaqItem("Who pays?", "<p>The government.</p><p>The council pays the rest.</p>", 10, 11),
    ]


def test_faq_spanish_p_and_r_prefixes():
    a = read("Titular\n\nCuerpo.\n\nPreguntas frecuentes\n\nP: ¿Cuándo empieza?\nR: En otoño.")
    assert a.faq == [FaqItem("¿Cuándo empieza?", "En otoño.", 7, 8)]


def test_faq_ends_at_a_heading_and_the_body_resumes():
    a = read("Headline\n\nBody.\n\nFAQ\n\nWhy?\n\nBecause.\n\nWhat comes next\n\nMore body after.")
    assert a.faq == [FaqItem("Why?", "Because.", 7, 9)]
    assert a.subheadings == [Text("What comes next", 11)]
    assert a.body == [Text("Body.", 3), Text("More body after.", 13)]


def test_faq_answer_html_is_escaped():
    a = read("Headline\n\nBody.\n\nFAQ\n\nWhy?\n\nBecause 1 < 2.\n\nAnd <b>so</b> on.")
    assert a.faq[0].answer == "<p>Because 1 &lt; 2.</p><p>And &lt;b&gt;so&lt;/b&gt; on.</p>"


def test_a_question_outside_an_faq_section_is_body_text():
    a = read("Headline\n\nBy Jane Doe\n\nWill the barriers hold next winter?\n\nEngineers think so.")
    assert a.faq == [] and a.faq_heading is None
    assert a.body == [Text("Will the barriers hold next winter?", 5), Text("Engineers think so.", 7)]


@pytest.mark.parametrize(("block", "tags"), [
    ("Tags: flooding, local government", [("flooding", 9), ("local government", 9)]),
    ("Filed under: Cuba; China", [("Cuba", 9), ("China", 9)]),
    ("Archivado en: Cuba, China", [("Cuba", 9), ("China", 9)]),
    ("Archivado en:\nCuba, China", [("Cuba", 10), ("China", 10)]),
    ("Filed under:\n\nCuba\n\nChina", [("Cuba", 11), ("China", 13)]),
    ("Filed under:", []),
])
def test_tags(block, tags):
    a = read(f"Headline\n\nBy Jane Doe\n\nBody text.\n\nMore text.\n\n{block}")
    assert [(k.value, k.line) for k in a.keywords] == tags
    assert a.body == [Text("Body text.", 5), Text("More text.", 7)]


def test_a_sentence_after_a_tags_word_is_not_tags():
    line = "Topics: the summit will cover trade, security and climate."
    a = read(f"Headline\n\nBy Jane Doe\n\n{line}\n\nBody.")
    assert a.keywords == []
    assert a.body[0] == Text(line, 5)


def test_tags_before_the_faq_do_not_swallow_it():
    a = read("Headline\n\nBody.\n\nTags: a, b\n\nFAQ\n\nWhy?\n\nBecause.")
    assert [k.value for k in a.keywords] == ["a", "b"]
    assert a.faq == [FaqItem("Why?", "Because.", 9, 11)]


def test_author_block_without_byline():
    a = read("Headline\n\nBody text.\n\nJane Doe\n\nJane Doe is a reporter covering health policy.")
    assert a.authors == [Author("Jane Doe", "Person", 5, description="Jane Doe is a reporter covering health policy.")]
    assert a.body == [Text("Body text.", 3)]


def test_author_block_before_the_tags():
    a = read("Headline\n\nBy Jane Doe\n\nBody.\n\nJane Doe\n\nJane Doe is a reporter covering health.\n\n"
             "Archivado en:\n\nSalud")
    assert a.authors == [Author("Jane Doe", "Person", 3, description="Jane Doe is a reporter covering health.")]
    assert a.keywords == [Text("Salud", 13)]


def test_author_block_in_spanish_under_a_label():
    a = read("Titular\n\nCuerpo.\n\nSobre la autora\n\nMaría López\n\n"
             "Periodista especializada en medio ambiente.")
    assert a.authors == [Author("María López", "Person", 7,
                                description="Periodista especializada en medio ambiente.")]


def test_author_block_with_a_longer_bio_before_tags():
    a = read("Headline\n\nBy Jane Doe\n\nBody.\n\nAbout the author\n\nHelen Park\n\n"
             "Helen Park is a reporter.\n\nShe lives in Seoul.\n\nTags: oceans, science")
    assert a.authors == [Author("Jane Doe", "Person", 3),
                         Author("Helen Park", "Person", 9, description="Helen Park is a reporter. She lives in Seoul.")]
    assert [(k.value, k.line) for k in a.keywords] == [("oceans", 15), ("science", 15)]
    assert a.body == [Text("Body.", 5)] and a.subheadings == []


def test_a_closing_subheading_and_paragraph_are_not_an_author_block():
    a = read("Headline\n\nBy Jane Doe\n\nBody.\n\nWhat Happens Next\n\n"
             "The reporter said the council is a key player in the talks.")
    assert a.authors == [Author("Jane Doe", "Person", 3)]
    assert a.subheadings == [Text("What Happens Next", 7)]


def test_section_line_in_the_header():
    a = read("Headline\n\nSection: World\nBy Jane Doe\n\nBody.")
    assert a.section == Text("World", 3)
    assert a.authors == [Author("Jane Doe", "Person", 4)]


def test_site_facts_come_from_config_only():
    a = read("Titular\n\nCuerpo del artículo en español.")
    assert a.language is None and a.publisher is None
    a = read("Titular\n\nCuerpo.", site=SiteConfig(publisher="Diario Ejemplo", url="https://example.com",
                                                    language="es"))
    assert a.language == Text("es") and a.publisher.name == "Diario Ejemplo"


def test_line_numbers_count_only_line_breaks():
    # CRLF and a form feed inside a line must not shift the line numbers.
    a = read("Headline\r\n\r\nBy Jane Doe\r\n\x0cPublished 3 March 2025\r\n\r\nBody.")
    assert a.authors == [Author("Jane Doe", "Person", 3)]
    assert a.date_published.line == 4 and a.body == [Text("Body.", 6)]


def test_empty_text():
    a = read("")
    assert a.headline is None and a.body == []
