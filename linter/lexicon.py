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
for _names in _WEEKDAY_NAMES.values():
    for _number, _forms in enumerate(_names):
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
