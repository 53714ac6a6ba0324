"""Building NewsArticle and FAQPage JSON-LD from an article: only what the article states."""

from __future__ import annotations

import json

import pytest

from linter.article import Article, Author, DateValue, Image, Text
from linter.build import build, to_json, to_script_blocks
from linter.config import SiteConfig
from linter.readers.text import parse
from tests.util import FIXTURES, SEED

GOLDEN = FIXTURES / "golden" / "cuba-china-military-cooperation.jsonld"


def convert(text: str, *, site: SiteConfig | None = None) -> dict:
    article, _ = parse(text, "a.txt", site=site or SiteConfig())
    return build(article).data


def news(data: dict) -> dict:
    node = data["@graph"][0]
    assert node["@type"] == "NewsArticle"
    return node


def test_seed_matches_golden_file():
    article, _ = parse(SEED.read_text(encoding="utf-8"), str(SEED), site=SiteConfig())
    assert to_json(build(article).data) + "\n" == GOLDEN.read_text(encoding="utf-8")


def test_seed_positions_point_at_source_lines():
    article, _ = parse(SEED.read_text(encoding="utf-8"), str(SEED), site=SiteConfig())
    positions = build(article).positions
    assert positions["$.@graph[0].headline"] == (1, 1)
    assert positions["$.@graph[0].description"] == (3, 1)
    assert positions["$.@graph[0].image[0]"] == (5, 1)
    assert positions["$.@graph[0].author[0]"] == (53, 1)
    assert positions["$.@graph[1]"] == (33, 1)
    assert [positions[f"$.@graph[1].mainEntity[{i}].name"] for i in range(4)] == [(35, 1), (39, 1), (43, 1), (47, 1)]
    assert [positions[f"$.@graph[1].mainEntity[{i}].acceptedAnswer"] for i in range(4)] == [
        (37, 1), (41, 1), (45, 1), (49, 1)]


def test_seed_has_no_dates_no_image_url_no_keywords():
    node = news(json.loads(GOLDEN.read_text(encoding="utf-8")))
    assert "datePublished" not in node and "dateModified" not in node
    assert "url" not in node["image"][0] and "contentUrl" not in node["image"][0]
    assert "keywords" not in node and "publisher" not in node and "inLanguage" not in node


def test_coauthors_are_separate_people():
    node = news(convert("Headline\n\nBy Jane Doe, Omar Haddad and Li Wei\n\nBody."))
    assert node["author"] == [
        {"@type": "Person", "name": "Jane Doe"},
        {"@type": "Person", "name": "Omar Haddad"},
        {"@type": "Person", "name": "Li Wei"},
    ]


def test_spanish_coauthors_are_separate_people():
    node = news(convert("Titular\n\nPor Juan Pérez y María López\n\nCuerpo."))
    assert [a["name"] for a in node["author"]] == ["Juan Pérez", "María López"]
    assert {a["@type"] for a in node["author"]} == {"Person"}


@pytest.mark.parametrize("name", ["Staff", "Editorial Team", "Redacción de Ejemplo", "Reuters Staff"])
def test_team_or_desk_is_an_organization(name):
    node = news(convert(f"Headline\n\nBy {name}\n\nBody."))
    assert node["author"] == [{"@type": "Organization", "name": name}]


def test_author_bio_becomes_description():
    node = news(convert("Headline\n\nBy Helen Park\n\nBody.\n\nAbout the author\n\nHelen Park\n\n"
                        "Helen Park is a science correspondent."))
    assert node["author"] == [{"@type": "Person", "name": "Helen Park",
                               "description": "Helen Park is a science correspondent."}]


def test_dates_with_offset_are_iso():
    node = news(convert("Headline\n\nBy Jane Doe\nPublished 3 March 2025, 18:05 CET\n"
                        "Updated 4 March 2025, 9:15 am CET\n\nBody."))
    assert node["datePublished"] == "2025-03-03T18:05:00+01:00"
    assert node["dateModified"] == "2025-03-04T09:15:00+01:00"


def test_no_date_when_the_text_has_none():
    node = news(convert("Headline\n\nBy Jane Doe\n\nBody."))
    assert "datePublished" not in node and "dateModified" not in node


def test_date_without_zone_gets_no_invented_offset():
    node = news(convert("Headline\n\nBy Jane Doe\nPublished 3 March 2025, 18:05\n\nBody."))
    assert node["datePublished"] == "2025-03-03T18:05:00"


def test_date_in_site_timezone():
    node = news(convert("Headline\n\nBy Jane Doe\nPublished 3 March 2025, 18:05\n\nBody.",
                        site=SiteConfig(timezone="Europe/Madrid")))
    assert node["datePublished"] == "2025-03-03T18:05:00+01:00"


def test_date_only_stays_a_date():
    node = news(convert("Headline\n\nBy Jane Doe\nPublished 12 May 2025\n\nBody."))
    assert node["datePublished"] == "2025-05-12"


def test_unreadable_date_is_passed_through_as_written():
    # So the checks report it (invalid-date) instead of it silently vanishing.
    node = news(convert("Headline\n\nBy Jane Doe\nUpdated: 02/01/2025\n\nBody."))
    assert node["dateModified"] == "02/01/2025"


def test_copyright_notice_only_for_copyright_credits():
    copyright_ = news(convert("Headline\n\nStandfirst.\n\nThe two ministers.Photo © CCTV\n\nBody."))
    assert copyright_["image"] == [{"@type": "ImageObject", "caption": "The two ministers.",
                                    "creditText": "CCTV", "copyrightNotice": "© CCTV"}]
    plain = news(convert("Headline\n\nStandfirst.\n\nThe two ministers.\nPhoto: Reuters/Jane Smith\n\nBody."))
    assert plain["image"] == [{"@type": "ImageObject", "caption": "The two ministers.",
                               "creditText": "Reuters/Jane Smith"}]


def test_image_url_when_the_text_gives_one():
    node = news(convert("Headline\n\nStandfirst.\n\nhttps://example.com/lead.jpg\nThe two ministers.\n"
                        "Foto: EFE\n\nBody."))
    assert node["image"] == [{"@type": "ImageObject", "contentUrl": "https://example.com/lead.jpg",
                              "url": "https://example.com/lead.jpg", "caption": "The two ministers.",
                              "creditText": "EFE"}]


def test_site_publisher_and_language_from_config():
    site = SiteConfig(publisher="Diario Ejemplo", url="https://example.com",
                      logo="https://example.com/logo.png", language="es")
    data = convert("Titular\n\nCuerpo.\n\nPreguntas frecuentes\n\n¿Por qué?\n\nPorque sí.", site=site)
    node = news(data)
    assert node["publisher"] == {"@type": "Organization", "name": "Diario Ejemplo", "url": "https://example.com",
                                 "logo": {"@type": "ImageObject", "url": "https://example.com/logo.png"}}
    assert node["inLanguage"] == "es"
    assert data["@graph"][1]["inLanguage"] == "es"


def test_no_publisher_or_language_without_config():
    node = news(convert("Titular\n\nCuerpo del artículo en español."))
    assert "publisher" not in node and "inLanguage" not in node


def test_keywords_dateline_and_section():
    node = news(convert("Headline\n\nSection: World\nBy Jane Doe\n\n"
                        "BEIRUT, June 2 (Reuters) - Lebanon reopened its border.\n\nTags: Lebanon, Syria"))
    assert node["keywords"] == ["Lebanon", "Syria"]
    assert node["dateline"] == "BEIRUT, June 2"
    assert node["articleSection"] == "World"


def test_faq_page_only_with_an_faq():
    assert len(convert("Headline\n\nBody.")["@graph"]) == 1
    data = convert("Headline\n\nBody.\n\nFAQ\n\nQ: Why?\nA: Because.")
    assert data["@graph"][1] == {"@type": "FAQPage", "mainEntity": [
        {"@type": "Question", "name": "Why?", "acceptedAnswer": {"@type": "Answer", "text": "Because."}}]}


def test_build_from_an_article_object():
    article = Article(
        path="a.txt",
        headline=Text("Headline", 1),
        authors=[Author("Jane Doe", line=3), Author("Newsdesk", "Organization", 3)],
        date_published=DateValue("3 March 2025", "2025-03-03", 4),
        images=[Image(caption="A caption", credit="AP", line=6)],
    )
    built = build(article)
    node = news(built.data)
    assert node["author"] == [{"@type": "Person", "name": "Jane Doe"},
                              {"@type": "Organization", "name": "Newsdesk"}]
    assert node["datePublished"] == "2025-03-03"
    assert node["image"] == [{"@type": "ImageObject", "caption": "A caption", "creditText": "AP"}]
    assert built.positions["$.@graph[0].datePublished"] == (4, 1)


def test_to_json_keeps_characters():
    assert to_json({"a": "Díaz-Canel “x”"}) == '{\n  "a": "Díaz-Canel “x”"\n}'


def test_script_blocks_escape_closing_tags():
    data = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "Why </script><script>alert(1)</script> matters"},
        {"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "Q <!-- x",
                                              "acceptedAnswer": {"@type": "Answer", "text": "<p>A</p>"}}]},
    ]}
    html = to_script_blocks(data)
    assert html.count('<script type="application/ld+json">') == 2
    assert html.count("</script>") == 2  # only the ones closing each block
    assert "<\\/script>" in html and "<\\/p>" in html
    assert "<!--" not in html
    # Each block is still the JSON it was, with the context on every node.
    bodies = [part.split("\n", 1)[1].rsplit("\n</script>", 1)[0]
              for part in html.split('<script type="application/ld+json">')[1:]]
    docs = [json.loads(b) for b in bodies]
    assert docs[0] == {"@context": "https://schema.org", **data["@graph"][0]}
    assert docs[1] == {"@context": "https://schema.org", **data["@graph"][1]}
