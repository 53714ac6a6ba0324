"""Newsroom words in the languages newslint reads: one place, used by every reader.

Month and weekday names, the labels that say which date a page shows (published or
updated), the words that open a byline, the words no person is named. English,
Spanish, German, French, Portuguese, Italian and Dutch, and the numeric forms of
Chinese, Japanese and Korean dates with their labels (and, for dates only, the month
names of Romanian, Polish and Russian, which are no word of another language). A word added here is known to
the plain-text, Markdown and HTML readers alike.

Everything is lower case; callers compare case-insensitively.
"""

from __future__ import annotations

import re

from linter.patterns import lazy

#: Month names and their usual abbreviations, by language, to the month number.
MONTHS: dict[str, int] = {}
_MONTH_NAMES = {
    "en": ("january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
           "august aug", "september sep sept", "october oct", "november nov", "december dec"),
    "es": ("enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun", "julio jul",
           "agosto ago", "septiembre setiembre sep sept set", "octubre oct", "noviembre nov", "diciembre dic"),
    "de": ("januar jänner jan", "februar feber feb", "märz maerz mär mrz", "april apr", "mai",
           "juni jun", "juli jul", "august aug", "september sep sept", "oktober okt", "november nov",
           "dezember dez"),
    "fr": ("janvier janv", "février fevrier févr fevr fév", "mars", "avril avr", "mai", "juin",
           "juillet juil", "août aout", "septembre sept", "octobre oct", "novembre nov",
           "décembre decembre déc dec"),
    "pt": ("janeiro jan", "fevereiro fev", "março marco mar", "abril abr", "maio mai", "junho jun",
           "julho jul", "agosto ago", "setembro set", "outubro out", "novembro nov", "dezembro dez"),
    "it": ("gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag", "giugno giu",
           "luglio lug", "agosto ago", "settembre set sett", "ottobre ott", "novembre nov", "dicembre dic"),
    "nl": ("januari jan", "februari feb", "maart mrt", "april apr", "mei", "juni jun", "juli jul",
           "augustus aug", "september sep sept", "oktober okt", "november nov", "december dec"),
    # Beyond the seven: month names that are no word of another language, so cheap to know.
    "ro": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"),
    "pl": ("stycznia styczeń", "lutego luty", "marca marzec", "kwietnia kwiecień", "maja maj", "czerwca czerwiec",
           "lipca lipiec", "sierpnia sierpień", "września wrzesień", "października październik",
           "listopada listopad", "grudnia grudzień"),
    "ru": ("января январь", "февраля февраль", "марта март", "апреля апрель", "мая май", "июня июнь",
           "июля июль", "августа август", "сентября сентябрь", "октября октябрь", "ноября ноябрь",
           "декабря декабрь"),
}
for _names in _MONTH_NAMES.values():
    for _number, _forms in enumerate(_names, start=1):
        for _form in _forms.split():
            MONTHS.setdefault(_form, _number)

#: Weekday names (Monday = 0), full and abbreviated, by language.
WEEKDAYS: dict[str, int] = {}
_WEEKDAY_NAMES = {
    "en": ("monday mon", "tuesday tue tues", "wednesday wed", "thursday thu thurs", "friday fri",
           "saturday sat", "sunday sun"),
    "es": ("lunes lun", "martes", "miércoles miercoles mié mie", "jueves jue", "viernes vie",
           "sábado sabado sáb sab", "domingo dom"),
    "de": ("montag mo", "dienstag di", "mittwoch mi", "donnerstag do", "freitag fr", "samstag sonnabend sa",
           "sonntag so"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "pt": ("segunda-feira segunda", "terça-feira terca-feira terça terca", "quarta-feira quarta",
           "quinta-feira quinta", "sexta-feira sexta", "sábado sabado", "domingo"),
    "it": ("lunedì lunedi", "martedì martedi", "mercoledì mercoledi", "giovedì giovedi", "venerdì venerdi",
           "sabato", "domenica"),
    "nl": ("maandag ma", "dinsdag", "woensdag wo", "donderdag", "vrijdag vr", "zaterdag za", "zondag zo"),
}
for _days in _WEEKDAY_NAMES.values():
    for _number, _forms in enumerate(_days):
        for _form in _forms.split():
            WEEKDAYS.setdefault(_form, _number)

# Two-letter German and Dutch weekday abbreviations are ordinary words elsewhere ("do", "so",
# "di", "mi"): they count as weekdays only written as such, with a capital and a comma or dot
# ("Di, 21. April 2020"), which :mod:`linter.dates` checks.
SHORT_WEEKDAYS = frozenset(w for w in WEEKDAYS if len(w) == 2)

#: Labels of the date an article was first published, and of its last update, as pages
#: print them before the date ("Published 3 March 2025", "Aktualisiert am 4.3.2025",
#: "입력 2023.11.02."). Regular-expression fragments, matched case-insensitively, longest first.
PUBLISHED_LABELS = (
    r"first\s+published", r"originally\s+published", r"date\s+published", r"publication\s+date",
    r"published(?:\s+on)?", r"posted(?:\s+on)?", r"released",
    r"fecha\s+de\s+publicaci[óo]n", r"publicad[oa](?:\s+el)?", r"publicad[oa]\s+em",
    r"ver[öo]ffentlicht(?:\s+am)?", r"erschienen(?:\s+am)?", r"erstellt(?:\s+am)?", r"publiziert(?:\s+am)?",
    r"publi[ée]e?(?:\s+le)?", r"mise?\s+en\s+ligne(?:\s+le)?", r"paru(?:\s+le)?",
    r"pubblicat[oa](?:\s+il)?", r"data\s+di\s+pubblicazione",
    r"gepubliceerd(?:\s+op)?", r"geplaatst(?:\s+op)?",
    # A bare "Date:" stands for the publication date only with its colon ("Datum: 03.02.2022").
    r"date\s*(?=:)", r"datum\s*(?=:)", r"fecha\s*(?=:)", r"data\s*(?=:)", r"datum\s+der\s+ver[öo]ffentlichung",
    r"입력", r"등록", r"작성", r"기사입력", r"公開日?", r"発行日?", r"投稿日", r"掲載日?", r"发布(?:时间|日期)?",
    r"發佈(?:時間)?", r"发表(?:时间|于)?", r"發表(?:時間|於)?",
)
MODIFIED_LABELS = (
    r"last\s+updated(?:\s+on)?", r"updated(?:\s+on)?", r"last\s+modified", r"modified(?:\s+on)?",
    r"last\s+edited", r"[úu]ltima\s+actualizaci[óo]n", r"actualizad[oa](?:\s+el)?", r"modificad[oa]",
    r"zuletzt\s+aktualisiert(?:\s+am)?", r"aktualisiert(?:\s+am)?", r"zuletzt\s+ge[äa]ndert(?:\s+am)?",
    r"ge[äa]ndert(?:\s+am)?", r"letzte\s+aktualisierung", r"stand",
    r"mis\s+[àa]\s+jour(?:\s+le)?", r"modifi[ée]e?(?:\s+le)?", r"derni[èe]re\s+mise\s+[àa]\s+jour",
    r"atualizad[oa](?:\s+em)?", r"[úu]ltima\s+atualiza[çc][ãa]o",
    r"aggiornat[oa](?:\s+il)?", r"ultimo\s+aggiornamento", r"modificat[oa](?:\s+il)?",
    r"laatst\s+bijgewerkt(?:\s+op)?", r"bijgewerkt(?:\s+op)?", r"gewijzigd(?:\s+op)?",
    r"수정", r"업데이트", r"최종수정", r"更新日?(?:時)?", r"更新(?:时间|日期)?", r"最終更新日?", r"修改(?:时间)?",
)


def _alternation(fragments: tuple[str, ...]) -> str:
    return "|".join(sorted(fragments, key=len, reverse=True))


#: A date label, its kind told by the group that matched (``published`` or ``modified``).
#: Labels are whole words (CJK labels stand alone or before a colon, space or digit).
DATE_LABEL = lazy(
    r"(?:^|(?<=[\s|•·,;(\[]))(?:(?P<modified>" + _alternation(MODIFIED_LABELS) + r")|(?P<published>"
    + _alternation(PUBLISHED_LABELS) + r"))(?=$|[\s:：.,]|\d)(?:\s*[:：])?"
    # the small words between a label and its date: "on", "el", "em", "le", "il", "am", "op"
    r"(?:\s+(?:on|at|el|em|le|il|am|um|op|den|del|du|vom|the)(?=\s))*\s*",
    re.I,
)

#: Lower-case pieces of a date label in the lexicon's languages ("publi" for published,
#: publicado, publié, pubblicato...). A hint only: the label itself is read with
#: :data:`DATE_LABEL`.
DATE_LABEL_HINTS = (
    "publi", "pubblic", "stand", "updat", "actualiz", "modif", "posted", "released", "ver\u00f6ffentl",
    "veroeffentl", "aktualis", "erschien", "erstellt", "ge\u00e4ndert", "geaendert", "mis \u00e0 jour",
    "mis a jour", "mis en ligne", "mise en ligne", "paru", "atualiz", "aggiorn", "bijgewerkt", "geplaatst",
    "gewijzigd", "edited", "date:", "datum:", "fecha:", "data:", "date :", "datum :",
    # Korean: 입력 (entered), 수정 (revised), 등록 (registered), 작성 (written), 업데이트 (update)
    "\uc785\ub825", "\uc218\uc815", "\ub4f1\ub85d", "\uc791\uc131", "\uc5c5\ub370\uc774\ud2b8",
    # Japanese and Chinese: published, issued, posted, carried, updated, released, announced, revised
    "\u516c\u958b", "\u767a\u884c", "\u6295\u7a3f", "\u63b2\u8f09", "\u66f4\u65b0", "\u53d1\u5e03", "\u767c\u4f48",
    "\u53d1\u8868", "\u767c\u8868", "\u4fee\u6539",
)
#: Words that open a byline ("By Jane Doe", "Por ...", "Von ..."), by language.
BYLINE_PREFIXES = (
    r"(?:written|posted|published|reported|words|text|story|reporting|compiled|photos?)\s+by", r"by",
    r"escrito\s+por", r"publicado\s+por", r"texto\s+de", r"por",
    r"geschrieben\s+von", r"ein\s+(?:beitrag|artikel)\s+von", r"von",
    r"[ée]crit\s+par", r"publi[ée]\s+par", r"par",
    r"escrito\s+por", r"por",
    r"scritto\s+da", r"di",
    r"geschreven\s+door", r"door",
)

#: Particles inside personal names ("Ana de la Torre", "Ludwig van Beethoven").
NAME_PARTICLES = frozenset({
    "de", "del", "la", "las", "los", "van", "von", "der", "den", "da", "do", "dos", "das", "di", "le", "bin",
    "al", "el", "ibn", "ter", "te", "du", "des", "y", "e", "zu", "vom", "zum", "af", "op", "het", "'t",
})

#: Labels that stand before a byline's names ("Author: ...", "Autor: ...", "Texto: ...").
BYLINE_LABELS = (
    r"authors?\s*:", r"autor(?:es|a|en|in)?\s*:", r"auteure?s?\s*:", r"autore\s*:", r"firma\s*:",
    r"textos?\s*:", r"text\s*:", r"reporting\s*:", r"verfasser(?:in)?\s*:",
)

#: A byline's opening words, up to its first name ("By ", "Von ", "Texto: ").
BYLINE_OPENER = lazy(
    r"^(?:" + _alternation(BYLINE_PREFIXES + BYLINE_LABELS) + r")(?=[\s:])[\s:]*",
    re.I,
)
#: The byline openers no name starts with: :data:`BYLINE_OPENER` but the name particles. In a
#: byline "Di Marco Rossi" is Marco Rossi's; in an author's name field "Di Maria" or "Von der
#: Leyen" is the name, so a name field opening with one of these holds a byline, not a name.
NAME_FIELD_BYLINE_OPENER = lazy(
    r"^(?:" + _alternation(tuple(w for w in BYLINE_PREFIXES + BYLINE_LABELS if w not in NAME_PARTICLES))
    + r")(?=[\s:])[\s:]*",
    re.I,
)

#: Headings of an FAQ section, by language ("Frequently asked questions", "Preguntas frecuentes",
#: "Häufig gestellte Fragen", "Questions fréquentes", "Perguntas frequentes", "Domande frequenti",
#: "Veelgestelde vragen").
FAQ_HEADING = lazy(
    r"^(?:frequently\s+asked\s+questions|faqs?\b|f\.a\.q|questions\s+and\s+answers|q\s*&\s*a\b|common\s+questions|"
    r"preguntas\s+frecuentes|preguntas\s+y\s+respuestas|"
    r"h[äa]ufig\s+gestellte\s+fragen|h[äa]ufige\s+fragen|fragen\s+und\s+antworten|"
    r"questions\s+fr[ée]quentes|foire\s+aux\s+questions|questions\s+et\s+r[ée]ponses|"
    r"perguntas\s+frequentes|perguntas\s+e\s+respostas|"
    r"domande\s+frequenti|domande\s+e\s+risposte|"
    r"veelgestelde\s+vragen|vragen\s+en\s+antwoorden)",
    re.I,
)

#: Labels that open a picture's credit inside or under its caption ("Photo: Jane Smith/Reuters",
#: "(Foto: Andina)", "Copyright: Gisele Wender", "Zeichnung: W. Hasemann"): a regular-expression
#: alternation, matched as written (the case of a label matters: "Source" opens a credit,
#: "source" may be prose).
CREDIT_LABELS = (
    r"Photo(?:graph)?s?|PHOTOS?|Foto(?:graf[íi]a)?s?|FOTOS?|Fotograf(?:ie|in)?|Images?|IMAGE|Imagen|Immagine|"
    r"Picture|Illustrations?|Ilustraci[óo]n|Video|Credits?|CREDITS?|Cr[ée]dito|Cr[ée]dits?\s+photo|"
    r"Cr[ée]dit|Source|SOURCE|Fuente|Fonte|Bron|Bild(?:quelle|nachweis|er)?|Quelle|Copyright|COPYRIGHT|"
    r"Zeichnung(?:en)?|Grafik|Infografik|Karikatur|Afbeelding|Beeld|Fot\."
)

#: Credit labels that name a picture ("Photo", "Foto", "Bild", "Credit"): on a line of their own
#: they open a picture's credit. The others of :data:`CREDIT_LABELS` ("Source", "Quelle",
#: "Video", "Copyright") say a credit only next to a picture (in or under its caption); in plain
#: text "Source: Reuters" or "Video: the storm" alone is no photo.
PICTURE_CREDIT_LABELS = (
    r"Photo(?:graph)?s?|PHOTOS?|Foto(?:graf[íi]a)?s?|FOTOS?|Fotograf(?:ie|in)?|Images?|IMAGE|Imagen|Immagine|"
    r"Picture|Illustrations?|Ilustraci[óo]n|Credits?|CREDITS?|Cr[ée]dito|Cr[ée]dits?\s+photo|Cr[ée]dit|"
    r"Bild(?:quelle|nachweis|er)?|Zeichnung(?:en)?|Grafik|Infografik|Karikatur|Afbeelding|Beeld|Fot\."
)
#: What may stand between a credit label and the credit: a colon, a copyright sign, and the words
#: "by" of the lexicon's languages ("Photo by ...", "Foto de ...", "Bild von ...").
CREDIT_SEPARATOR_WORDS = ("by", "de", "por", "von", "par", "di", "door")
#: Words between a credit label and its separator: "Photo credit:", "Foto crédito:".
CREDIT_WORDS = r"credit|cr[ée]dito"

#: A person's trade in a byline or a bio, singular (plurals are matched by :data:`ROLE`): a byline
#: part holding one is a job title, not a name ("Jane Doe, Senior Correspondent").
ROLES = (
    r"correspondent", r"reporter", r"editor", r"writer", r"journalist", r"columnist", r"contributor", r"analyst",
    r"producer", r"photographer", r"special\s+envoy", r"staff\s+writer", r"senior", r"chief", r"head\s+of",
    r"corresponsal", r"redactor[a]?", r"periodista", r"columnista", r"colaborador[a]?", r"enviad[oa]\s+especial",
    r"director[a]?", r"escritor[a]?", r"fot[óo]graf[oa]",
    r"redakteur(?:in)?", r"korrespondent(?:in)?", r"fotograf(?:in)?",
    r"journaliste", r"r[ée]dact(?:eur|rice)", r"correspondant[e]?", r"photographe",
    r"giornalista", r"corrispondente", r"inviat[oa]\s+special[e]?", r"redattore", r"redattrice",
    r"jornalista", r"correspondente", r"rep[óo]rter",
    r"redacteur", r"verslaggever", r"correspondent", r"fotograaf",
)
#: A role word, singular or plural ("editors", "corresponsales", "redactoras").
ROLE = lazy(r"\b(?:" + "|".join(sorted(set(ROLES), key=len, reverse=True)) + r")(?:e?s|as|i|en|innen)?\b", re.I)
#: Words that qualify a role in a job title ("Senior Correspondent", "Managing Editor").
ROLE_QUALIFIERS = (r"senior", r"chief", r"staff", r"contributing", r"special", r"foreign", r"political", r"deputy",
                   r"managing")
_JOB_TITLE = (r"\b(?:" + "|".join(ROLE_QUALIFIERS) + r")?\s*(?:"
              + "|".join(sorted({r for r in ROLES if r not in ROLE_QUALIFIERS}, key=len, reverse=True)) + ")")
#: A job title inside an author's name field ("Jane Doe, Senior Correspondent"): a role of
#: :data:`ROLES` with its qualifier, if any. Stricter than :data:`ROLE`, which reads bylines: a
#: qualifier alone is no job title ("John Senior" is a name), and neither is a plural, which in
#: a field naming one person is part of something else ("newyorker.com/contributors/roz-chast").
JOB_TITLE = lazy(_JOB_TITLE + r"\b", re.I)
#: A job title ending a part of a name field, singular or plural ("Jane Doe, Correspondent",
#: "Jane Doe and John Smith, Correspondents"): no second author.
JOB_TITLE_AT_END = lazy(_JOB_TITLE + r"(?:e?s|as|i|en|innen)?$", re.I)
#: Honorifics before a name ("Dr.", "Prof.", "Sra."): an author's name is the name alone.
HONORIFICS = ("dr", "prof", "mr", "mrs", "ms", "mx", "sir", "dame", "sr", "sra", "srta", "dra", "lic", "ing")
#: What may follow a person's name and is still that one person's ("Jr.", "III", "PhD").
NAME_SUFFIXES = ("jr", "sr", "ii", "iii", "iv", "phd", "md")
#: Verbs a short bio says its subject's work with ("covers", "escribe").
BIO_VERBS = (r"covers", r"covering", r"writes", r"reports\s+on", r"escribe", r"cubre", r"schreibt", r"[ée]crit",
             r"scrive", r"escreve", r"schrijft",
             r"reporting\s+on", r"has\s+reported", r"informa\s+sobre", r"se\s+ocupa\s+de",
             r"berichtet", r"couvre", r"cobre", r"si\s+occupa\s+di", r"doet\s+verslag",
             # A German woman's trade, which ROLE (whose endings are plurals) does not read.
             r"ist\s+(?:\w+\s+)?(?:journalistin|reporterin|autorin|kolumnistin)")
#: A bio that opens with its subject's trade where :data:`JOB_TITLE` does not read it: German
#: feminine forms ("Journalistin mit Schwerpunkt ...").
BIO_TRADE_OPENERS = (r"journalistin", r"reporterin", r"autorin", r"kolumnistin", r"freie\s+journalistin",
                     r"freier\s+journalist")
#: A bio that opens with its subject's team ("A team of journalists ...", "El equipo de ...").
TEAM_OPENERS = (r"an?\s+(?:team|group)\s+of", r"un\s+equipo\s+de", r"el\s+equipo\s+de", r"the\s+\w+\s+team\b",
                r"das\s+team\s+(?:von|der)", r"l'[ée]quipe\s+de", r"la\s+redazione\s+di", r"a\s+equipe\s+d[aoe]",
                r"het\s+team\s+van",
                # The same without an article, or with "we are": "Equipo de periodistas ...", "Somos un
                # equipo de ...", "Une équipe de ...", "Ein Team von ...", "Una squadra di ...".
                r"(?:we\s+are\s+)?an?\s+(?:team|group)\s+of", r"(?:team|group)\s+of",
                r"(?:somos\s+)?(?:un\s+)?(?:equipo|grupo)\s+de", r"la\s+redacci[óo]n\s+de",
                r"(?:wir\s+sind\s+)?(?:ein|unser)\s+team\s+(?:von|aus)", r"die\s+redaktion\s+(?:von|der|des)",
                r"(?:nous\s+sommes\s+)?une\s+[ée]quipe\s+de", r"[ée]quipe\s+de", r"la\s+r[ée]daction\s+d",
                r"(?:somos\s+)?(?:uma\s+)?equip[ea]\s+de", r"um\s+grupo\s+de", r"a\s+reda[çc][ãa]o\s+d[aoe]",
                r"(?:siamo\s+)?(?:un|il)\s+(?:team|gruppo)\s+di", r"(?:una|la)\s+squadra\s+di",
                r"(?:wij\s+zijn\s+)?een\s+(?:team|groep)\s+van", r"de\s+redactie\s+van")
#: A newsroom desk named by its trade alone ("Redacción", "The Editors"): the line names no one, so
#: a closing "Redacción" and a bio make no author; "Redacción de CiberCuba" does.
DESK_WORDS = frozenset({
    "newsroom", "staff", "editorial team", "the editors", "editors", "team", "the team", "desk", "news desk",
    "redacción", "redaccion", "la redacción", "equipo", "equipo editorial", "redaktion", "die redaktion",
    "rédaction", "redaction", "la rédaction", "redação", "redacao", "a redação", "equipe", "equipa",
    "redazione", "la redazione", "redactie", "de redactie",
})
#: Elided particles glued to a name's next word ("Jeanne d'Arc", "Rédaction d'Exemple",
#: "Redazione dell'Esempio").
ELIDED_PARTICLES = ("d'", "d’", "l'", "l’", "dell'", "dell’", "dall'", "dall’")

#: Words joining the names of a byline ("A and B", "A y B", "A und B", "A et B", "A e B"). Not Dutch
#: "en": it is also Spanish "in" ("Por Juan Pérez, corresponsal en Bruselas"), and a place after the
#: names is the likelier reading (:data:`BYLINE_PLACE`), so "Jan de Vries en Piet Jansen" gives one name.
NAME_CONJUNCTIONS = ("and", "y", "und", "et", "e")
#: The names of a byline split at its commas and conjunctions.
NAME_SPLIT = lazy(
    r"\s*(?:,\s*(?:" + "|".join(NAME_CONJUNCTIONS) + r"|&)\s+|,\s*|"
    + "|".join(rf"\s+{w}\s+" for w in NAME_CONJUNCTIONS) + r"|\s*&\s*)\s*"
)
#: A Dutch byline ("Door ...", "Geschreven door ..."): there "en" joins names ("Door Jan de Vries en
#: Piet Jansen"), as "and" does, and is no Spanish "in".
DUTCH_BYLINE_OPENER = lazy(r"^(?:geschreven\s+)?door\s", re.I)
DUTCH_NAME_SPLIT = lazy(r"\s*(?:,\s*en\s+|\s+en\s+)\s*")
#: Prepositions of a place after a byline's names ("By Jane Doe in Beirut", "Por Ana Pérez en Madrid",
#: "Von Anna Schmidt aus Berlin"). Those that are also name particles ("da", "do": "Luiz da Silva")
#: stand for a place only after a comma ("Por Ana Silva, do Rio").
PLACE_PREPOSITIONS = ("in", "en", "em", "from", "desde", "aus", "à", "a", "da", "do", "na", "no", "nel", "nach",
                      "uit", "vanuit")
BYLINE_PLACE = lazy(
    r"(?:,\s*(?:" + "|".join(PLACE_PREPOSITIONS) + r")|\s+(?:"
    + "|".join(p for p in PLACE_PREPOSITIONS if p not in NAME_PARTICLES) + r"))\s+"
    r"[A-ZÁÉÍÓÚÑÃÕÂÊÔÇÄÖÜ][\w.'’ -]*$"
)

#: Prefixes of a question and of its answer in an FAQ ("Q:", "P:" for pregunta/pergunta, "F:" for
#: Frage, "D:" for domanda, "V:" for vraag; "A:", "R:" for respuesta/réponse/resposta/risposta).
#: The letters new to a reader ("F", "D", "V") count with a colon only: "D. Smith said" is no question.
QUESTION_PREFIX = lazy(
    r"^(?:(?:q|p|pregunta|pergunta|question|frage|domanda|vraag)\s*[:.]|(?:f|d|v)\s*:)\s*", re.I)
ANSWER_PREFIX = lazy(r"^(?:a|r|antwort|respuesta|resposta|r[ée]ponse|risposta|antwoord|answer)\s*[:.]\s*", re.I)

#: Labels of a line holding an image's address ("Image URL: https://...jpg").
IMAGE_URL_LABELS = ("image", "imagen", "imagem", "immagine", "photo", "foto", "bild", "afbeelding")

#: Lines of page chrome a copied article carries ("Related videos:", "Lee también"): not the story.
CHROME_LINE = lazy(
    r"^(related videos|videos relacionados|related( articles| stories| content)?|"
    r"art[íi]culos relacionados|noticias relacionadas|advertisement|publicidad|anuncio|"
    r"read more|read also|see also|lee tambi[ée]n|leer m[áa]s|ver tambi[ée]n|more on this|"
    r"share( this( article| story)?)?|compartir|comments?|comentarios|subscribe|"
    r"suscr[íi]bete|sign up|newsletter|most read|lo m[áa]s le[íi]do|"
    r"anzeige|werbung|mehr zum thema|das k[öo]nnte sie auch interessieren|lire aussi|publicit[ée]|"
    r"leia tamb[ée]m|leggi anche|pubblicit[àa]|lees ook|advertentie|"
    # The English lines in each language: related videos and stories, read also, share, comments,
    # subscribe, newsletter, most read.
    r"contenido relacionado|te puede interesar|m[áa]s sobre este tema|"
    r"videos? zum thema|[äa]hnliche artikel|verwandte artikel|weiterlesen|lesen sie (auch|mehr)|siehe auch|"
    r"(artikel )?teilen|kommentare|(jetzt )?abonnieren|meistgelesen|am meisten gelesen|"
    r"vid[ée]os? (associ[ée]e?s|li[ée]e?s|similaires)|articles? (associ[ée]s|li[ée]s)|sur le m[êe]me sujet|"
    r"[àa] lire aussi|lire la suite|voir aussi|partager( cet article)?|commentaires|s'abonner|abonnez-vous|"
    r"les plus lu(e)?s|"
    r"v[íi]deos relacionados|not[íi]cias relacionadas|mat[ée]rias relacionadas|artigos relacionados|publicidade|"
    r"leia mais|veja tamb[ée]m|compartilh(ar|e)|partilhar|coment[áa]rios|assine|assinar|subscrever|"
    r"(as )?mais lid[ao]s|"
    r"video correlati|articoli correlati|notizie correlate|leggi di pi[ùu]|vedi anche|condividi|commenti|"
    r"abbonati|iscriviti|(i )?pi[ùu] lett[ie]|"
    r"gerelateerde (video'?s|artikelen)|lees meer|zie ook|delen|deel dit artikel|reacties|abonneren|"
    r"nieuwsbrief|meest gelezen)\s*:?\s*$",
    re.I,
)
#: Labels of an article's tags ("Filed under:", "Archivado en:", "Schlagwörter:").
TAG_LABELS = (r"filed\s+under", r"archivado\s+en", r"tags", r"etiquetas", r"temas", r"topics", r"keywords",
              r"palabras\s+clave", r"schlagw[öo]rter", r"themen", r"mots[- ]cl[ée]s", r"sujets",
              r"argomenti", r"assuntos", r"trefwoorden", r"onderwerpen",
              # "Filed under" as publishing systems translate it, and single-word labels.
              r"abgelegt\s+unter", r"class[ée]\s+dans", r"arquivado\s+em", r"archiviato\s+in",
              r"gearchiveerd\s+onder", r"tag", r"palavras[- ]chave", r"parole\s+chiave", r"stichw[öo]rter")
#: Labels of an article's section ("Section:", "Sección:", "Rubrik:", "Rubrique:").
SECTION_LABELS = (r"section", r"secci[óo]n", r"rubrik", r"ressort", r"rubrique", r"sezione", r"se[çc][ãa]o",
                  r"rubriek")
#: Headings over an author's bio ("About the author", "Sobre el autor", "Über den Autor").
ABOUT_AUTHOR = lazy(
    r"^(?:about the author|about the authors|sobre el autor|sobre la autora|sobre los autores|"
    r"acerca del autor|acerca de la autora|[üu]ber den autor|[üu]ber die autorin|[àa] propos de l'auteur|"
    r"sobre o autor|sobre a autora|sull'autore|l'autore|over de auteur|"
    r"sobre os autores|sobre as autoras|[üu]ber die autoren|[àa] propos de l'(?:autrice|auteure)|"
    r"[àa] propos des auteurs|sull'autrice|l'autrice|gli autori|over de auteurs|over de schrijver)\s*:?\s*$",
    re.I,
)

#: Words of buttons and links standing next to a byline ("Follow", "Share", "Email").
BUTTON = lazy(r"^(?:follow|share|e-?mail|subscribe|view|more|read|see|click|contact|seguir|compartir|"
              r"ver|leer|suscr[íi]bete|folgen|teilen|mehr|suivre|partager|segui|volg)\b", re.I)
#: Words no person is named by; a byline holding one alone names nobody.
NOT_A_NAME = frozenset({
    "share", "follow", "email", "e-mail", "twitter", "facebook", "linkedin", "instagram", "more", "menu",
    "home", "news", "comments", "comment", "author", "authors", "autor", "autoren", "bio", "about", "contact",
    "view", "profile", "posts", "all posts", "subscribe", "advertisement", "sponsored", "opinion", "analysis",
    "by", "por", "von", "and", "see all", "view all", "more from", "read more", "staff", "editor", "artikel",
    "beitrag", "redaktion", "politik", "wirtschaft", "sport", "sports", "kultur", "culture", "business",
    "world", "local", "lokales", "meinung", "opinión", "economía", "deportes", "internacional",
    "nacional", "tecnología", "technology", "science", "ciencia", "gesellschaft", "panorama", "feuilleton",
    "anzeige", "werbung", "publicidad", "foto", "photo", "fotos", "photos", "bild", "video", "videos",
    "admin", "administrator", "guest", "gast", "anonymous", "unknown", "user", "n/a", "none", "null",
})
#: Words a personal name does not open with: prepositions and articles that start a place
#: ("Em São Paulo", "In Berlin") or a phrase.
NOT_A_FIRST_WORD = frozenset({
    "em", "en", "in", "im", "am", "an", "aus", "from", "at", "on", "the", "a", "à", "au", "aux",
    "da", "do", "na", "no", "nel", "nella", "der", "die", "das", "dem", "den", "le", "la", "les", "el", "il",
    "lo", "los", "las", "het", "een", "uit", "op", "bei", "nach", "für", "for", "with", "mit", "con", "com",
    "avec", "per", "sur", "über", "about", "this", "that", "our", "unser", "unsere", "mehr", "more", "all",
    "alle", "todos", "tous", "tutti", "read", "lesen", "leer", "lire", "artikel", "article", "artículo",
    "beitrag", "post", "posted", "written", "geschrieben", "foto", "photo", "bild", "quelle", "source",
    "fuente", "image", "video",
})
#: News agencies that sign a dateline ("Berlin (dpa) -", "Paris (AFP) -"): with one of them in
#: brackets a place in ordinary capitals opens a dateline without its date.
NEWS_AGENCIES = lazy(
    r"^(?:reuters|ap|afp|efe|dpa|ansa|lusa|anp|belga|apa|sda|ats|kna|epd|xinhua|europa press|agência brasil|"
    r"ag[êe]ncia brasil|adnkronos|agi|ap/dpa|afp/dpa|dpa/afp|reuters/dpa)$",
    re.I,
)
#: Small words inside a place's name ("Rio de Janeiro", "Frankfurt am Main", "Den Haag").
PLACE_PARTICLES = NAME_PARTICLES | frozenset({"am", "an", "sur", "sul", "sull'"})
#: Words naming a newsroom, an agency or a team rather than a person ("Redacción", "Reuters").
ORGANIZATION = lazy(
    r"\b(team|staff|desk|newsroom|editorial|editors|redacci[óo]n|redaktion|r[ée]daction|redazione|redactie|"
    r"reda[çc][ãa]o|equipo|agency|ag[eê]ncia|agentur|agence|news service|wire|bureau|reuters|associated press|"
    r"afp|efe|europa press|bloomberg|ap|dpa|ansa|xinhua|kna|epd|apa|sda|lusa|anp|belga|newsdesk|contributors|"
    r"colaboradores|news|press|presse|media|magazine)\b",
    re.I,
)
