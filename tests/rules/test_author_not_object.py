"""author-not-object: an author must be a Person or Organization object, not text."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from linter.cli import main
from linter.config import Config, load_config
from linter.fixes.engine import fix_bytes
from linter.fixes.model import Fix, Safety
from linter.lint import lint_text
from tests.rules import dump, html_page, line_of
from tests.util import NOW, article, keys, lint_json

RULE = "author-not-object"
JANE = {"@type": "Person", "name": "Jane Doe", "url": "https://example.com/staff/jane-doe"}
#: Rules that would double-report a string author if the schema were careless.
OTHER_AUTHOR_RULES = ("author-invalid-type", "missing-author-name", "missing-author-url")
DEFAULT = Config()


@pytest.mark.parametrize(
    "author",
    [JANE, [JANE], {"@type": "Organization", "name": "Reuters", "url": "https://www.reuters.com"}],
    ids=["object", "list", "organization"],
)
def test_author_objects(author: object) -> None:
    assert keys(lint_json(article(author=author)), RULE) == set()


def test_author_given_by_reference() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, author=[{"@id": "https://example.com/#jane"}]),
        {**JANE, "@id": "https://example.com/#jane"},
    ]}
    assert keys(lint_json(doc), RULE) == set()


def test_author_as_text() -> None:
    text = dump(article(author="Jane Doe"))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"author"'), "$.author")}
    for rule in OTHER_AUTHOR_RULES:
        assert keys(findings, rule) == set()


def test_author_as_number() -> None:
    text = dump(article(author=42))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"author"'), "$.author")}


def test_text_in_a_list_of_authors() -> None:
    text = dump(article(author=[JANE, "John Smith"]))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"John Smith"'), "$.author[1]")}
    for rule in OTHER_AUTHOR_RULES:
        assert keys(findings, rule) == set()


def test_list_inside_the_list() -> None:
    text = dump(article(author=[["Jane Doe", "John Smith"]]))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, "[", after='"author"'), "$.author[0]")}


def test_text_author_in_a_graph() -> None:
    doc = {"@context": "https://schema.org", "@graph": [article(**{"@context": None}, author="Jane Doe")]}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"author"'), "$.@graph[0].author")}


def test_text_author_after_an_empty_entry() -> None:
    # The empty entry is dropped (it counts as missing); the finding must still
    # name the entry the user wrote, not its position among the non-empty ones.
    text = dump(article(author=["", "Jane Doe"]))
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"Jane Doe"'), "$.author[1]")}


# --- the fix ---------------------------------------------------------------------------------
# A text author becomes the Person or Organization it names, when newslint can tell which and
# the object adds no finding: without a url, missing-author-url would report it (the text form
# hid that), so the fix needs the url from the same markup, or that rule off.

PUBLISHER = {"@type": "Organization", "name": "The Daily Example", "url": "https://example.com"}
NO_URL_RULE = Config(ignore=frozenset({"missing-author-url"}))


def _fix(text: str, config: Config = DEFAULT, *, path: str = "a.jsonld") -> str:
    """``text`` fixed as ``check --fix`` fixes it; the fixed text has no finding it did not have,
    and none of this rule's."""
    outcome = fix_bytes(text.encode("utf-8"), path, config, now=NOW)
    assert outcome.problem is None
    before = {(f.rule, f.json_path) for f in lint_text(text, path=path, config=config, now=NOW)}
    after_text = outcome.after.decode("utf-8")
    after = lint_text(after_text, path=path, config=config, now=NOW)
    assert keys(after, RULE) == set()
    assert {(f.rule, f.json_path) for f in after} - before == set()
    return after_text


def _offered(text: str, config: Config = DEFAULT, *, path: str = "a.jsonld") -> list[Fix | None]:
    return [f.fix for f in lint_text(text, path=path, config=config, now=NOW) if f.rule == RULE]


def test_fix_the_publisher_as_author() -> None:
    text = dump(article(author="The Daily Example", publisher=PUBLISHER))
    assert _fix(text) == text.replace('"author": "The Daily Example"', """"author": {
    "@type": "Organization",
    "name": "The Daily Example",
    "url": "https://example.com"
  }""")
    (offer,) = _offered(text)
    assert offer is not None and offer.safety is Safety.SAFE
    assert offer.title == "write the author 'The Daily Example' as an Organization"


def test_fix_the_publisher_as_author_by_its_type_and_same_as() -> None:
    # A one-person site: the publisher is a Person, known by sameAs only.
    blogger = {"@type": "Person", "name": "Jane Doe", "sameAs": ["https://social.example/@jane"]}
    text = dump(article(author=["Jane  Doe"], publisher=blogger))
    assert _fix(text) == text.replace('"Jane  Doe"', """{
      "@type": "Person",
      "name": "Jane Doe",
      "sameAs": [
        "https://social.example/@jane"
      ]
    }""")


def test_fix_the_publisher_given_by_reference() -> None:
    doc = {"@context": "https://schema.org", "@graph": [
        article(**{"@context": None}, author="The Daily Example", publisher={"@id": "https://example.com/#org"}),
        {**PUBLISHER, "@type": "NewsMediaOrganization", "@id": "https://example.com/#org"},
    ]}
    text = dump(doc)
    assert _fix(text) == text.replace('"author": "The Daily Example"', """"author": {
        "@type": "Organization",
        "name": "The Daily Example",
        "url": "https://example.com"
      }""")


def test_a_person_gets_no_fix_that_would_add_missing_author_url() -> None:
    text = dump(article(author="Jane Doe"))
    assert _offered(text) == [None]
    assert keys(lint_json(text), "missing-author-url") == set()  # what the object would add


def test_fix_a_person_when_missing_author_url_is_off() -> None:
    text = dump(article(author=[JANE, "John Smith"]))
    assert _fix(text, NO_URL_RULE) == text.replace('"John Smith"', """{
      "@type": "Person",
      "name": "John Smith"
    }""")


@pytest.mark.parametrize("name", ["Reuters", "AP", "Staff", "Newsroom"])
def test_fix_an_agency_or_a_desk_when_missing_author_url_is_off(name: str) -> None:
    text = dump(article(author=name))
    assert _offered(text) == [None]
    assert _fix(text, NO_URL_RULE) == text.replace(f'"author": "{name}"', f""""author": {{
    "@type": "Organization",
    "name": "{name}"
  }}""")


@pytest.mark.parametrize(
    "name",
    ["Jane Doe and John Smith", "Jane Doe & John Smith", "Doe, Jane", "By Jane Doe", "Dr. Jane Doe",
     "Jane Doe, Senior Correspondent", "Jane Doe | The Daily Example", "jane@example.com", "jane doe",
     "Madonna", "NDTV Sports Desk", "BBC World", "Daily Example Editorial Team", "Admin", "Anonymous",
     "Jane Doe in Beirut", "Ana Pérez y Juan López"],
)
def test_no_fix_for_what_is_not_one_name_newslint_can_type(name: str) -> None:
    text = dump(article(author=name))
    assert _offered(text, NO_URL_RULE) == [None]


@pytest.mark.parametrize("author", [42, [["Jane Doe", "John Smith"]]], ids=["number", "list-in-list"])
def test_no_fix_for_what_is_not_text(author: object) -> None:
    assert _offered(dump(article(author=author)), NO_URL_RULE) == [None]


def test_no_fix_when_the_publisher_has_no_type() -> None:
    text = dump(article(author="The Daily Example", publisher={"name": "The Daily Example",
                                                               "url": "https://example.com"}))
    assert _offered(text) == [None]


def test_site_name_on_a_page_and_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    head = html_page.HEAD + '\n<meta property="og:site_name" content="The Daily Example">'
    body = html_page.BODY.replace("By <a", "By The Daily Example, with <a")
    html = html_page.page(head=head, body=body, data=article(author="The Daily Example", publisher=None))
    assert _offered(html, path="page.html") == [None]  # no url for it: missing-author-url would fire
    fixed = _fix(html, NO_URL_RULE, path="page.html")
    assert fixed == html.replace('"author": "The Daily Example"', """"author": {
    "@type": "Organization",
    "name": "The Daily Example"
  }""")
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    assert main(["check", "--isolated", "--fix", "--ignore", "missing-author-url", "--no-progress",
                 str(page)]) in (0, 1)
    assert page.read_text(encoding="utf-8") == fixed
    out = capsys.readouterr().out
    assert "Fixed 1 finding (author-not-object 1)." in out
    assert not [line for line in out.splitlines() if line.endswith(f"  {RULE}")]


def test_no_fix_in_microdata() -> None:
    html = html_page.page(data=None, body="""<article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">Cuba and China agree to strengthen military cooperation</h1>
<p>By <span itemprop="author">Reuters</span></p>
</article>""")
    findings = lint_text(html, path="page.html", config=NO_URL_RULE, now=NOW)
    assert [f.fix for f in findings if f.rule == RULE] == [None]


def test_a_finding_on_the_name_moves_into_the_object() -> None:
    # The page shows Jane Doe, the markup names John Smith: author-not-visible reports the text
    # at $.author, then the same name at $.author.name. One finding, moved, not a new one.
    html = html_page.page(data=article(author="John Smith"))
    outcome = fix_bytes(html.encode("utf-8"), "page.html", NO_URL_RULE, now=NOW)
    before = lint_text(html, path="page.html", config=NO_URL_RULE, now=NOW)
    assert dict(outcome.applied) == {RULE: 1}
    assert ("author-not-visible", line_of(html, '"author"'), "$.author") in keys(before)
    moved = {("author-not-visible", "$.author"): ("author-not-visible", "$.author.name")}
    assert {moved.get(k, k) for k in {(f.rule, f.json_path) for f in before}} - {(RULE, "$.author")} \
        == {(f.rule, f.json_path) for f in outcome.findings}


def test_no_fix_that_a_house_schema_would_report(tmp_path: Path) -> None:
    # The gate is what the schemas say of the result, not a list of rules: a house rule asking
    # every author object for an @id would report the object, so no fix.
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "x-applies-to": ["NewsArticle"],
              "properties": {"author": {"type": ["object", "string"], "required": ["@id"],
                                        "x-rule": "author-without-id", "x-message": "author has no @id"}}}
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "ids.schema.json").write_text(json.dumps(schema), encoding="utf-8")
    (tmp_path / ".newslint.toml").write_text('schemas = ["house/*.schema.json"]\n', encoding="utf-8")
    config = load_config(str(tmp_path / ".newslint.toml"))
    text = dump(article(author="The Daily Example", publisher=PUBLISHER))
    assert _offered(text, config) == [None]
    assert _offered(text, replace(config, schemas=())) != [None]
