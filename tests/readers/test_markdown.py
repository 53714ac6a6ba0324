"""The Markdown reader: front matter of each generator family (YAML and TOML), the body, on
whole sample articles and on small snippets.

Expected lines are found in the text itself (:func:`tests.rules.line_of`), never counted by hand.
"""

from __future__ import annotations

import pytest

from linter.article import Article, Author, DateValue, FaqItem, Image, Text
from linter.config import SiteConfig
from linter.findings import Finding
from linter.readers import READERS, Suppression, reader_for
from linter.readers.markdown import _toml_key_lines, parse
from tests.rules import line_of
from tests.util import FIXTURES

MARKDOWN = FIXTURES / "markdown"


def fixture(name: str, *, site: SiteConfig | None = None, fields: dict[str, list[str]] | None = None,
            ) -> tuple[str, Article, list[Finding], list[Suppression]]:
    path = MARKDOWN / name
    text = path.read_text(encoding="utf-8")
    article, findings, suppressions = parse(text, str(path), site=site or SiteConfig(), fields=fields)
    return text, article, findings, suppressions


def snippet(text: str, *, site: SiteConfig | None = None,
            fields: dict[str, list[str]] | None = None) -> tuple[Article, list[Finding]]:
    article, findings, _ = parse(text, "snippet.md", site=site or SiteConfig(), fields=fields)
    return article, findings


def test_registered_for_md_and_markdown() -> None:
    assert READERS[".md"] == READERS[".markdown"] == "markdown"
    assert reader_for("posts/2025/story.MD") == "markdown"


# --- whole articles ----------------------------------------------------------------------------------

def test_hugo_yaml() -> None:
    text, a, findings, suppressions = fixture("hugo-yaml.md")
    assert findings == [] and suppressions == []
    assert a.headline == Text("Cuba and China agree to strengthen their military cooperation", 2)
    assert a.description is not None and a.description.line == line_of(text, "description:")
    assert a.date_published == DateValue("2025-09-16T10:32:00+02:00", "2025-09-16T10:32:00+02:00",
                                         line_of(text, "date:"), has_time=True, has_offset=True)
    assert a.date_modified == DateValue("2025-09-16T12:05:00+02:00", "2025-09-16T12:05:00+02:00",
                                        line_of(text, "lastmod:"), has_time=True, has_offset=True)
    assert a.authors == [Author("Jane Doe", "Person", line_of(text, "- Jane Doe")),
                         Author("Carlos Pérez", "Person", line_of(text, "- Carlos Pérez"))]
    assert a.images == [
        # The lead: the front matter's image, with image_caption and image_credit ("©" kept as a flag).
        Image(url="https://example.com/photos/beijing-meeting.jpg",
              caption="Álvaro López Miera and his Chinese counterpart Dong Jun in Beijing",
              credit="CCTV Video Capture", line=line_of(text, "beijing-meeting.jpg"), credit_is_copyright=True),
        # The figure shortcode: attr is the credit; no site URL, so the src stays relative.
        Image(url="/photos/dong-jun-lopez-miera.jpg", caption="Dong Jun greets Álvaro López Miera at the Bayi building",
              credit="Xinhua/Li Gang", alt="Two ministers shake hands", line=line_of(text, "{{< figure")),
    ]
    assert a.keywords == [Text("Cuba", line_of(text, "- Cuba")), Text("China", line_of(text, "- China")),
                          Text("Defence", line_of(text, "- Defence"))]
    assert a.section == Text("World", line_of(text, "categories:"))
    assert a.faq_heading == Text("FAQ", line_of(text, "## FAQ"))
    assert a.faq == [
        FaqItem("What does the military cooperation between Cuba and China entail?",
                "It focuses on personnel exchange and on raising military relations to a new level.",
                line_of(text, "### What does"), line_of(text, "It focuses")),
        FaqItem("What has Washington said?",
                "<p>The State Department said it was following the talks closely.</p>"
                "<p>It has not announced any measures.</p>",
                line_of(text, "### What has"), line_of(text, "The State Department")),
    ]
    assert a.subheadings == [Text('"Special friendship" and support for Xi', line_of(text, "## \"Special"))]
    # The visible text: paragraphs on one line each, no shortcode, no FAQ.
    assert a.body == [
        Text('The defence ministers of Cuba and China agreed on Tuesday to raise their military cooperation '
             '"to a new level", Cuban state media reported.', line_of(text, "The defence ministers of")),
        Text('López Miera thanked Beijing for its support and praised the "special friendship" between the two '
             "Communist parties.", line_of(text, "López Miera thanked")),
    ]
    assert a.language is None and a.url is None and a.publisher is None


def test_hugo_toml() -> None:
    text, a, findings, _ = fixture("hugo-toml.md")
    assert findings == []
    assert a.headline == Text("Storm Éowyn leaves 700,000 homes without power", line_of(text, "title ="))
    assert a.description == Text("Record winds of 183 km/h hit the west coast overnight.", line_of(text, "summary ="))
    assert a.date_published == DateValue("2025-01-24T07:15:00+00:00", "2025-01-24T07:15:00+00:00",
                                         line_of(text, "date ="), has_time=True, has_offset=True)
    assert a.date_modified is not None and a.date_modified.iso == "2025-01-24T11:40:00+00:00"
    assert a.date_modified.line == line_of(text, "lastmod =")
    assert a.authors == [Author("Siobhán Murphy", "Person", line_of(text, "authors ="))]
    assert a.images == [
        Image(url="https://example.com/photos/eowyn-galway.jpg",
              caption="Waves break over the promenade in Salthill, Galway", credit="Niall Carson/PA",
              alt="Waves breaking over the promenade in Salthill", line=line_of(text, "[image]")),
        # A Markdown image: its title is the caption, the credit it ends with split off.
        Image(url="https://example.com/photos/eowyn-trees.jpg", caption="Fallen trees block the N59 near Oughterard.",
              credit="Joe O'Shaughnessy", alt="Fallen trees on a road", line=line_of(text, "![Fallen trees")),
    ]
    assert [k.value for k in a.keywords] == ["weather", "Ireland", "storms"]
    assert a.section == Text("News", line_of(text, "categories ="))
    assert a.language == Text("en-IE", line_of(text, "lang ="))
    assert a.subheadings == [Text("Schools closed", line_of(text, "## Schools"))]


def test_jekyll() -> None:
    text, a, findings, _ = fixture("jekyll.md")
    assert findings == []
    assert a.headline == Text("City council approves new tram line to the airport", line_of(text, "title:"))
    assert a.description == Text("The 14-kilometre line is due to open in 2029.", line_of(text, "excerpt:"))
    # A naive YAML timestamp, no site timezone: no offset is invented.
    assert a.date_published == DateValue("2025-03-03 18:05:00", "2025-03-03T18:05:00", line_of(text, "date:"),
                                         has_time=True, has_offset=False)
    assert a.date_modified is None
    assert a.authors == [Author("Ana Ruiz", "Person", line_of(text, "author:"),
                                url="https://example.com/authors/ana-ruiz")]
    assert a.images == [
        Image(url="/assets/images/tram-depot.jpg", caption="A tram leaves the Sant Andreu depot", credit="Marta Pich",
              alt="A tram leaving the depot", line=line_of(text, "image:")),
        Image(url="/assets/images/tram-map.png", caption="The planned route, with 18 stops", credit="City council",
              alt="Map of the new line", line=line_of(text, "{% include figure.html")),
    ]
    assert a.section == Text("local", line_of(text, "categories:"))
    assert [k.value for k in a.keywords] == ["trams", "airport", "council"]
    assert a.url == Text("/2025/03/03/tram-line-airport/", line_of(text, "permalink:"))


def test_jekyll_with_site_url_and_timezone() -> None:
    site = SiteConfig(url="https://example.com", timezone="Europe/Madrid")
    text, a, findings, _ = fixture("jekyll.md", site=site)
    assert a.date_published == DateValue("2025-03-03 18:05:00", "2025-03-03T18:05:00+01:00", line_of(text, "date:"),
                                         has_time=True, has_offset=True, assumed_timezone="Europe/Madrid")
    assert [(f.rule, f.line) for f in findings] == [("timezone-from-config", line_of(text, "date:"))]
    assert a.url == Text("https://example.com/2025/03/03/tram-line-airport/", line_of(text, "permalink:"))
    assert [img.url for img in a.images] == ["https://example.com/assets/images/tram-depot.jpg",
                                             "https://example.com/assets/images/tram-map.png"]


def test_astro() -> None:
    text, a, findings, _ = fixture("astro.md")
    assert findings == []
    assert a.date_published is not None and a.date_published.iso == "2025-06-02T23:40:00+01:00"
    assert a.date_published.line == line_of(text, "publishDate:")
    assert a.date_modified is not None and a.date_modified.iso == "2025-06-03T08:10:00+01:00"
    assert a.date_modified.line == line_of(text, "updated:")
    assert a.authors == [Author("Tom Hughes", "Person", line_of(text, "author:"))]
    assert a.images == [
        Image(url="./images/station-concourse.jpg", alt="Passengers on the concourse of Manchester Piccadilly",
              line=line_of(text, "cover:")),
        # An HTML figure: caption and credit read as on pages.
        Image(url="/images/union-leaders.jpg", caption="Union leaders speak to reporters after the talks.",
              credit="Danny Lawson/PA", alt="Union leaders outside the talks", line=line_of(text, "<figure>")),
    ]
    assert [(k.value, k.line) for k in a.keywords] == [(k, line_of(text, "tags:")) for k in ("rail", "strikes", "unions")]


def test_astro_page_relative_image_resolves_against_the_site() -> None:
    _, a, _, _ = fixture("astro.md", site=SiteConfig(url="https://example.com/news"))
    assert [img.url for img in a.images] == ["https://example.com/news/images/station-concourse.jpg",
                                             "https://example.com/images/union-leaders.jpg"]


def test_spanish_faq() -> None:
    text, a, findings, _ = fixture("es-preguntas-frecuentes.md")
    assert findings == []
    assert a.language == Text("es", line_of(text, "lang:"))
    assert a.authors == [Author("Laura Martínez", "Person", line_of(text, "- name: Laura"),
                                url="https://example.com/autores/laura-martinez")]
    assert a.images == [Image(url="https://example.com/fotos/embalse-sau.jpg",
                              caption="El embalse de Sau, al 12% de su capacidad.", credit="Quique García/EFE",
                              line=line_of(text, "image:"))]
    assert a.faq_heading == Text("Preguntas frecuentes", line_of(text, "## Preguntas frecuentes"))
    assert a.faq == [
        FaqItem("¿Cuándo entran en vigor las restricciones?",
                "A partir del 1 de mayo, en los municipios en estado de emergencia.",
                line_of(text, "**P:** ¿Cuándo"), line_of(text, "**R:**")),
        FaqItem("¿Qué usos quedan prohibidos?", "El riego de jardines y el llenado de piscinas privadas.",
                line_of(text, "**P:** ¿Qué usos"), line_of(text, "El riego")),
    ]
    assert a.subheadings == [Text("Otras noticias", line_of(text, "## Otras"))]
    assert a.body[-1] == Text("Texto que no forma parte de las preguntas.", line_of(text, "Texto que"))


def test_broken_front_matter() -> None:
    text, a, findings, _ = fixture("broken-front-matter.md")
    [problem] = findings
    assert problem.rule == "parse-error"
    assert problem.line == line_of(text, "---", nth=2, whole=True)  # where the list should have ended
    assert "YAML" in problem.message and "line " + str(line_of(text, "authors:")) in problem.message
    assert a.headline is None and a.authors == []


def test_suppression_in_front_matter() -> None:
    text, _a, findings, suppressions = fixture("suppressed.md")
    assert findings == []
    assert suppressions == [Suppression(("missing-image-license", "no-such-rule"), line_of(text, "ignore:"))]
    assert suppressions[0].covers(1) and suppressions[0].covers(None)


def test_no_byline_no_dates() -> None:
    _, a, findings, _ = fixture("no-byline.md")
    assert findings == []
    assert a.authors == [] and a.date_published is None and a.date_modified is None and a.images == []


# --- front matter ------------------------------------------------------------------------------------

def test_no_front_matter_takes_the_h1() -> None:
    a, findings = snippet("# Ferry service resumes\n\nBoats sail again from Monday.\n")
    assert findings == []
    assert a.headline == Text("Ferry service resumes", 1)
    assert a.body == [Text("Boats sail again from Monday.", 3)]


def test_front_matter_title_wins_over_the_h1() -> None:
    a, _ = snippet("---\ntitle: From front matter\n---\n# From the body\n")
    assert a.headline == Text("From front matter", 2)


@pytest.mark.parametrize(("text", "words"), [
    ("---\ntitle: x\n", "not closed"),
    ("+++\ntitle = 'x'\n", "not closed"),
    ("---\n- a list\n---\n", "not a mapping"),
    ("---\ntitle: a: b\n---\n", "does not parse"),
    ("+++\ntitle = \"x\"\ndate = \n+++\n", "does not parse"),
])
def test_unreadable_front_matter(text: str, words: str) -> None:
    _, findings = snippet(text)
    [problem] = findings
    assert problem.rule == "parse-error" and words in problem.message
    assert ("TOML" if text.startswith("+") else "YAML") in problem.message


def test_parse_error_line_and_column() -> None:
    text = "---\ntitle: ok\ndescription: a: b\n---\n"
    _, [problem] = snippet(text)
    assert (problem.line, problem.column) == (line_of(text, "description"), len("description: a") + 1)
    text = "+++\ntitle = \"ok\"\ndate = = 3\n+++\n"
    _, [problem] = snippet(text)
    assert problem.line == line_of(text, "date")


def test_alias_bomb_is_refused() -> None:
    rows = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    rows += [f"{c}: &{c} [{', '.join(['*' + p] * 10)}]" for p, c in zip("abcdef", "bcdefg", strict=False)]
    _, [problem] = snippet("---\n" + "\n".join(rows) + "\n---\n")
    assert problem.rule == "parse-error" and "too large" in problem.message


def test_unsafe_tags_build_nothing() -> None:
    a, findings = snippet("---\ntitle: !!python/object/apply:os.system [echo]\ndate: !!python/name:os.system x\n"
                          "---\n")
    assert findings == []
    assert a.headline is None  # a list is no headline
    assert a.date_published is not None and a.date_published.iso is None  # kept as written, reported as invalid


def test_yaml_scalars_read_as_written() -> None:
    a, _ = snippet("---\ntitle: 1984\nlang: no\ndescription: >\n  Folded\n  text.\n---\n")
    assert a.headline == Text("1984", 2)
    assert a.language == Text("no", 3)  # Norwegian, not YAML 1.1's false
    assert a.description == Text("Folded text.", 4)


def test_merge_keys() -> None:
    a, _ = snippet("---\nbase: &base\n  title: Merged title\n  lang: en\n<<: *base\nlang: fr\n---\n")
    assert a.headline == Text("Merged title", 3)
    assert a.language == Text("fr", 6)


@pytest.mark.parametrize(("value", "iso", "has_offset"), [
    ("2025-03-03T18:05:00+01:00", "2025-03-03T18:05:00+01:00", True),
    ("2025-03-03T17:05:00Z", "2025-03-03T17:05:00+00:00", True),
    ("2025-03-03 18:05:00", "2025-03-03T18:05:00", False),
    ("2001-12-14 21:59:43.10 -5", "2001-12-14T21:59:43-05:00", True),  # a YAML timestamp parse_date cannot read
    ('"2025-03-03T18:05:00+01:00"', "2025-03-03T18:05:00+01:00", True),
    ('"3 March 2025, 18:05 CET"', "2025-03-03T18:05:00+01:00", True),
    ("2025-03-03", "2025-03-03", False),
])
def test_yaml_dates(value: str, iso: str, has_offset: bool) -> None:
    a, findings = snippet(f"---\ndate: {value}\n---\n")
    assert findings == []
    assert a.date_published is not None
    assert (a.date_published.iso, a.date_published.has_offset, a.date_published.line) == (iso, has_offset, 2)


@pytest.mark.parametrize("value", ["2025-02-30", "yesterday", "[2025]", "12"])
def test_unreadable_dates_are_kept_as_written(value: str) -> None:
    a, findings = snippet(f"---\ndate: {value}\n---\n")
    assert findings == []
    assert a.date_published is not None and a.date_published.iso is None
    assert a.date_published.line == 2


def test_jekyll_published_flag_is_no_date() -> None:
    a, _ = snippet("---\npublished: false\n---\n")
    assert a.date_published is None
    a, _ = snippet("---\npublished: true\npubDate: 2025-03-03T10:00:00Z\n---\n")
    assert a.date_published is not None and a.date_published.line == 3


def test_toml_dates() -> None:
    text = "+++\ndate = 2025-03-03T18:05:00\nlastmod = 2025-03-04\n+++\n"
    a, findings = snippet(text, site=SiteConfig(timezone="America/Havana"))
    assert a.date_published == DateValue("2025-03-03T18:05:00", "2025-03-03T18:05:00-05:00", 2, has_time=True,
                                         has_offset=True, assumed_timezone="America/Havana")
    assert a.date_modified == DateValue("2025-03-04", "2025-03-04", 3)
    assert [(f.rule, f.line) for f in findings] == [("timezone-from-config", 2)]


def test_naive_date_in_a_daylight_saving_gap_stays_naive() -> None:
    a, findings = snippet("---\ndate: 2025-03-30 02:30:00\n---\n", site=SiteConfig(timezone="Europe/Madrid"))
    assert findings == []
    assert a.date_published is not None and a.date_published.iso == "2025-03-30T02:30:00"


def test_toml_key_lines() -> None:
    lines = [
        'title = "a # not a comment"',             # 0
        'tags = [',                                # 1
        '  "x", "y",',                             # 2
        '  "z",',                                  # 3
        ']',                                       # 4
        'body = """',                              # 5
        'key = "inside a string"',                 # 6
        '"""',                                     # 7
        'image.src = "a.jpg"',                     # 8
        '[params]',                                # 9
        "'quoted key' = 1",                        # 10
        '[[authors]]',                             # 11
        'name = "A"',                              # 12
        '[[authors]]',                             # 13
        'name = "B"',                              # 14
    ]
    assert _toml_key_lines(lines) == {
        ("title",): 0, ("tags",): 1, ("tags", 0): 2, ("tags", 1): 2, ("tags", 2): 3, ("body",): 5,
        ("image",): 8, ("image", "src"): 8, ("params",): 9, ("params", "quoted key"): 10,
        ("authors",): 11, ("authors", 0): 11, ("authors", 0, "name"): 12, ("authors", 1): 13,
        ("authors", 1, "name"): 14,
    }


def test_toml_array_of_tables_authors() -> None:
    text = ('+++\ntitle = "x"\n[[authors]]\nname = "Ana Ruiz"\nurl = "https://example.com/ana"\n'
            '[[authors]]\nname = "Metro Desk"\ntype = "Organization"\n+++\n')
    a, _ = snippet(text)
    assert a.authors == [Author("Ana Ruiz", "Person", line_of(text, "[[authors]]"), url="https://example.com/ana"),
                         Author("Metro Desk", "Organization", line_of(text, "[[authors]]", nth=2))]


@pytest.mark.parametrize(("value", "expected"), [
    ("Jane Doe", [Author("Jane Doe", "Person", 2)]),
    ("[Jane Doe, John Smith]", [Author("Jane Doe", "Person", 2), Author("John Smith", "Person", 2)]),
    ("{name: Jane Doe, url: 'https://example.com/jane', bio: Covers courts.}",
     [Author("Jane Doe", "Person", 2, description="Covers courts.", url="https://example.com/jane")]),
    ("Reuters Staff", [Author("Reuters Staff", "Organization", 2)]),
    ("Jane Doe and John Smith", [Author("Jane Doe and John Smith", "Person", 2)]),  # as written: a rule reports it
])
def test_authors(value: str, expected: list[Author]) -> None:
    a, _ = snippet(f"---\nauthor: {value}\n---\n")
    assert a.authors == expected


def test_keywords_string_split_at_commas() -> None:
    a, _ = snippet("---\nkeywords: elections, Spain, PSOE\n---\n")
    assert [k.value for k in a.keywords] == ["elections", "Spain", "PSOE"]


def test_tags_win_over_keywords_by_order() -> None:
    a, _ = snippet("---\nkeywords: [a]\ntags: [b]\n---\n")
    assert [k.value for k in a.keywords] == ["b"]


def test_null_and_empty_values_fall_through_to_the_next_key() -> None:
    a, _ = snippet("---\ntitle:\nheadline: Second\ndescription: ''\nsummary: Summary\n---\n")
    assert a.headline == Text("Second", 3)
    assert a.description == Text("", 4)  # an empty string is stated: empty-value reports it


def test_keys_in_any_case_and_dotted() -> None:
    a, _ = snippet("---\nTitle: Capitalised\nparams:\n  summary: Nested\n---\n",
                   fields={"description": ["params.summary"]})
    assert a.headline == Text("Capitalised", 2)
    assert a.description == Text("Nested", 4)


def test_field_map_replaces_the_defaults_of_its_fields() -> None:
    text = "---\ntitle: Generator title\nhed: House headline\nbyline: [Ana Ruiz]\nfecha: 2025-03-03T10:00:00Z\n---\n"
    a, _ = snippet(text, fields={"headline": ["hed"], "authors": ["byline"], "date_published": ["fecha"]})
    assert a.headline == Text("House headline", 3)
    assert a.authors == [Author("Ana Ruiz", "Person", 4)]
    assert a.date_published is not None and a.date_published.iso == "2025-03-03T10:00:00+00:00"
    a, _ = snippet(text, fields={"headline": ["headline"]})
    assert a.headline is None


def test_slug_is_not_a_url_unless_mapped() -> None:
    text = "---\nslug: tram-line\n---\n"
    assert snippet(text)[0].url is None
    a, _ = snippet(text, site=SiteConfig(url="https://example.com"), fields={"url": ["slug"]})
    assert a.url == Text("https://example.com/tram-line", 2)


def test_draft_is_read_like_any_article() -> None:
    a, findings = snippet("---\ntitle: Not yet\ndraft: true\n---\n")
    assert findings == [] and a.headline == Text("Not yet", 2)


def test_front_matter_faq() -> None:
    text = ("---\nfaq:\n  - question: Is the bridge open?\n    answer: Only to buses.\n"
            "  - question: Until when?\n---\n\n## FAQ\n\n### Ignored?\n\nThe front matter's list wins.\n")
    a, _ = snippet(text)
    assert a.faq == [FaqItem("Is the bridge open?", "Only to buses.", 3, 4), FaqItem("Until when?", "", 5, None)]
    assert a.faq_heading is None


@pytest.mark.parametrize(("front", "expected"), [
    ("image: /a.jpg\nimage_caption: Cap\nimage_credit: AP\nimage_alt: Alt",
     [Image(url="/a.jpg", caption="Cap", credit="AP", alt="Alt", line=2)]),
    ("images: [/a.jpg, /b.jpg]", [Image(url="/a.jpg", line=2), Image(url="/b.jpg", line=2)]),
    ("image: {src: /a.jpg, caption: 'Cap. Photo: Jane Roe/AFP', width: 1200, height: '800'}",
     [Image(url="/a.jpg", caption="Cap.", credit="Jane Roe/AFP", line=2, width=1200, height=800)]),
    ("featured_image: /a.jpg", [Image(url="/a.jpg", line=2)]),
    ("thumbnail: /a.jpg", [Image(url="/a.jpg", line=2)]),
    # Caption and credit fields without an image: a photo without a URL, which the checks report.
    ("image_caption: Cap\nimage_credit: AP", [Image(caption="Cap", credit="AP", line=2)]),
    ("image: data:image/png;base64,AAAA", [Image(line=2)]),
])
def test_front_matter_images(front: str, expected: list[Image]) -> None:
    a, _ = snippet(f"---\n{front}\n---\n")
    assert a.images == expected


def test_lead_fields_describe_the_first_body_picture() -> None:
    text = "---\nimage_caption: From the front matter\nimage_credit: AP\n---\n\n![Alt](/a.jpg)\n\n![B](/b.jpg)\n"
    a, _ = snippet(text)
    assert a.images == [Image(url="/a.jpg", caption="From the front matter", credit="AP", alt="Alt", line=6),
                        Image(url="/b.jpg", alt="B", line=8)]


def test_picture_in_front_matter_and_body_is_one_image() -> None:
    text = "---\nimage: https://example.com/a.jpg\n---\n\n![Alt](https://example.com/a.jpg \"Caption. Photo: AP\")\n"
    a, _ = snippet(text)
    assert a.images == [Image(url="https://example.com/a.jpg", caption="Caption.", credit="AP", alt="Alt", line=2)]


# --- body --------------------------------------------------------------------------------------------

def test_image_lines_inside_a_paragraph() -> None:
    text = "Intro text\nmore text ![one](/1.jpg) and\n![two](/2.jpg)\n"
    a, _ = snippet(text)
    assert [(img.url, img.line) for img in a.images] == [("/1.jpg", 2), ("/2.jpg", 3)]
    assert a.body == [Text("Intro text more text and", 1)]


def test_shortcodes() -> None:
    text = ("Text.\n\n{{< figure src=\"/a.jpg\" alt='A' title=\"Title only\" >}}\n\n"
            "{{% figure src=/b.jpg caption=\"*Emphasis* and [a link](/x)\" attr=\"© Jane Roe\" %}}\n\n"
            "{%- include figure image_path=\"/c.jpg\" alt=\"C\" caption=\"Cap\" -%}\n\n"
            "{{< youtube abc >}}\n")
    a, _ = snippet(text)
    assert a.images == [
        Image(url="/a.jpg", caption="Title only", alt="A", line=line_of(text, "/a.jpg")),
        Image(url="/b.jpg", caption="Emphasis and a link", credit="Jane Roe", line=line_of(text, "/b.jpg"),
              credit_is_copyright=True),
        Image(url="/c.jpg", caption="Cap", alt="C", line=line_of(text, "/c.jpg")),
    ]
    assert a.body == [Text("Text.", 1)]


def test_shortcodes_in_code_are_not_pictures() -> None:
    text = "```\n{{< figure src=\"/a.jpg\" >}}\n![x](/b.jpg)\n```\n\n    ![y](/c.jpg)\n"
    a, _ = snippet(text)
    assert a.images == [] and a.body == []


def test_html_images() -> None:
    text = ("Text with <img src=\"/inline.jpg\" alt=\"Inline\"> in it.\n\n"
            "<div>\n<img src=\"/pixel.gif\" width=\"1\" height=\"1\">\n"
            "<figure class=\"wide\">\n  <img src=\"/fig.jpg\" alt=\"\">\n"
            "  <figcaption>A caption <span class=\"credit\">Jane Roe/AFP</span></figcaption>\n</figure>\n</div>\n")
    a, _ = snippet(text)
    assert a.images == [
        Image(url="/inline.jpg", alt="Inline", line=1),
        Image(url="/fig.jpg", caption="A caption", credit="Jane Roe/AFP", line=line_of(text, "<figure")),
    ]


def test_faq_section_ends_at_the_next_heading_of_its_level() -> None:
    text = ("# Title\n\n## Frequently asked questions about the budget\n\nAn introduction.\n\n"
            "### Who pays?\n\nTaxpayers.\n\n#### A detail\n\n### And then?\n\n"
            "**Q:** Inline question?\n**A:** Inline answer.\n\n"
            "**Is bold a question?**\n\nYes.\n\n## Next\n\nBody again.\n")
    a, _ = snippet(text)
    assert a.faq_heading == Text("Frequently asked questions about the budget", 3)
    assert [(f.question, f.answer, f.question_line, f.answer_line) for f in a.faq] == [
        ("Who pays?", "Taxpayers.", line_of(text, "### Who"), line_of(text, "Taxpayers")),
        ("A detail", "", line_of(text, "#### A detail"), None),
        ("And then?", "", line_of(text, "### And then"), None),
        ("Inline question?", "Inline answer.", line_of(text, "**Q:**"), line_of(text, "**A:**")),
        ("Is bold a question?", "Yes.", line_of(text, "**Is bold"), line_of(text, "Yes.")),
    ]
    assert a.subheadings == [Text("Next", line_of(text, "## Next"))]
    assert a.body == [Text("Body again.", line_of(text, "Body again"))]


def test_no_faq_without_its_heading() -> None:
    a, _ = snippet("## Questions remain\n\n### Who pays?\n\nTaxpayers.\n")
    assert a.faq == [] and a.faq_heading is None
    assert [s.value for s in a.subheadings] == ["Questions remain", "Who pays?"]


def test_crlf_line_endings_keep_lines() -> None:
    text = "---\r\ntitle: Windows\r\ndate: 2025-03-03T10:00:00Z\r\n---\r\n\r\nBody.\r\n\r\n![x](/x.jpg)\r\n"
    a, findings = snippet(text)
    assert findings == []
    assert a.headline == Text("Windows", 2)
    assert a.body == [Text("Body.", 6)]
    assert a.images == [Image(url="/x.jpg", alt="x", line=8)]


def test_site_facts() -> None:
    a, _ = snippet("---\ntitle: x\n---\n", site=SiteConfig(publisher="The Daily Example", language="es"))
    assert a.publisher is not None and a.publisher.name == "The Daily Example"
    assert a.language == Text("es")
