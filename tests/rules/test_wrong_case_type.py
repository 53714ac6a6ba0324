"""wrong-case-type: @type spelt in the wrong case, then checked as the type it means."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from linter.cli import main
from linter.config import Config
from linter.fixes.engine import fix_bytes
from linter.fixes.model import Safety
from linter.lint import lint_text
from tests.rules import dump, html_page, line_of
from tests.util import NOW, article, keys, lint_json

RULE = "wrong-case-type"
CONFIG = Config()


def test_right_case_is_fine() -> None:
    assert keys(lint_json(article()), RULE) == set()


def test_lower_case_type_is_reported_and_still_checked() -> None:
    text = dump(article(**{"@type": "newsarticle"}, datePublished=None))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, '"@type": "newsarticle"'), "$.@type")}
    assert ("missing-date-published", 1, "$") in keys(findings)


def test_type_arrays_and_prefixes() -> None:
    doc = article(**{"@type": ["http://schema.org/article", "WebPage"]},
                  author=[{"@type": "person", "name": "Jane Doe", "url": "https://example.com/j"}])
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"http://schema.org/article"'), "$.@type[0]"),
        (RULE, line_of(text, '"person"'), "$.author[0].@type"),
    }


def test_every_schema_org_type_and_any_case_mistake() -> None:
    doc = article(**{"@type": "NewsARTICLE"}, about={"@type": "itemList", "name": "Top stories"},
                  image=[{**article()["image"][0], "@type": "imageObject"}])
    text = dump(doc)
    findings = lint_json(text)
    assert keys(findings, RULE) == {
        (RULE, line_of(text, '"NewsARTICLE"'), "$.@type"),
        (RULE, line_of(text, '"itemList"'), "$.about.@type"),
        (RULE, line_of(text, '"imageObject"'), "$.image[0].@type"),
    }
    assert keys(findings, "unknown-type") == set()  # one finding per problem
    assert "'ItemList'" in next(f.message for f in findings if f.json_path == "$.about.@type")


def test_node_is_checked_as_the_type_it_means() -> None:
    # 'imageobject' is read as ImageObject: its properties are held against that type.
    text = dump(article(image=[{**article()["image"][0], "@type": "imageobject", "recipeYield": "8"}]))
    assert keys(lint_json(text), "property-not-on-type") == {
        ("property-not-on-type", line_of(text, '"recipeYield"'), "$.image[0].recipeYield")}


def test_types_of_other_vocabularies_are_not_judged() -> None:
    doc = {"@context": {"@vocab": "http://example.org/"}, "@type": "newsarticle", "headline": "..."}
    assert keys(lint_json(doc), RULE) == set()


# --- the fix ---------------------------------------------------------------------------------

def _fix(text: str, *, path: str = "a.jsonld") -> str:
    """``text`` fixed as ``check --fix`` fixes it; the fixed text has no finding it did not have,
    and none of this rule's."""
    # Only this rule's fixes (a document without @context gets it from missing-context's fix).
    outcome = fix_bytes(text.encode("utf-8"), path, replace(CONFIG, select=frozenset({RULE})), now=NOW)
    assert outcome.problem is None
    before = {(f.rule, f.json_path) for f in lint_text(text, path=path, config=CONFIG, now=NOW)}
    after_text = outcome.after.decode("utf-8")
    after = lint_text(after_text, path=path, config=CONFIG, now=NOW)
    assert keys(after, RULE) == set()
    assert {(f.rule, f.json_path) for f in after} - before == set()
    return after_text


@pytest.mark.parametrize(
    ("context", "written", "right"),
    [
        ("https://schema.org", "newsarticle", "NewsArticle"),
        ("https://schema.org", "NEWSARTICLE", "NewsArticle"),
        ("https://schema.org", "schema:newsarticle", "schema:NewsArticle"),
        ("https://schema.org", "http://schema.org/newsarticle", "http://schema.org/NewsArticle"),
        ("https://schema.org", "https://www.schema.org/newsArticle", "https://www.schema.org/NewsArticle"),
        (None, "newsarticle", "NewsArticle"),
        ({"@vocab": "https://schema.org/", "s": "https://schema.org/"}, "s:newsarticle", "s:NewsArticle"),
    ],
    ids=["bare", "upper", "schema-prefix", "iri", "www-iri", "no-context", "own-prefix"],
)
def test_fix_writes_the_type_as_schema_org_spells_it(context: object, written: str, right: str) -> None:
    text = dump(article(**{"@context": context, "@type": written}))
    assert _fix(text) == text.replace(f'"@type": "{written}"', f'"@type": "{right}"')
    (finding,) = [f for f in lint_json(text) if f.rule == RULE]
    assert finding.fix is not None and finding.fix.safety is Safety.SAFE
    assert finding.fix.title.endswith(" as 'NewsArticle'")


def test_fix_each_type_of_a_list_and_nested_types() -> None:
    doc = article(**{"@type": ["http://schema.org/article", "WebPage"]},
                  author=[{"@type": "person", "name": "Jane Doe", "url": "https://example.com/j"}],
                  about={"@type": "itemList", "name": "Top stories"})
    text = dump(doc)
    assert _fix(text) == (text.replace('"http://schema.org/article"', '"http://schema.org/Article"')
                          .replace('"person"', '"Person"').replace('"itemList"', '"ItemList"'))


def test_fix_a_type_written_twice_keeps_both_entries() -> None:
    # No fix removes a value: the list keeps two entries, which mean the same as one.
    text = dump(article(**{"@type": ["NewsArticle", "newsarticle"]}))
    assert _fix(text) == text.replace('"newsarticle"', '"NewsArticle"')


def test_fix_a_data_type_written_as_a_property() -> None:
    # haufe.de writes {"@type": "url", "@id": ...}: 'url' is a property, 'URL' the type it means.
    doc = article(publisher={**article()["publisher"],
                             "publishingPrinciples": {"@type": "url", "@id": "https://example.com/principles"}})
    text = dump(doc)
    assert _fix(text) == text.replace('"@type": "url"', '"@type": "URL"')


def test_fix_on_a_compact_page_with_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.dumps(article(**{"@type": "newsarticle"}), separators=(",", ":"))
    html = html_page.page(data=None).replace("</head>", f'<script type="application/ld+json">{data}</script>\n</head>')
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    main(["check", "--isolated", "--fix", "--no-progress", str(page)])
    assert "Fixed 1 finding (wrong-case-type 1)." in capsys.readouterr().out
    assert page.read_text(encoding="utf-8") == html.replace('"@type":"newsarticle"', '"@type":"NewsArticle"')
    assert _fix(html, path="page.html") == page.read_text(encoding="utf-8")


def test_no_fix_in_microdata() -> None:
    # Microdata's itemtype is HTML, not a JSON-LD document newslint edits.
    html = html_page.page(data=None, body="""<article itemscope itemtype="http://schema.org/newsarticle">
<h1 itemprop="headline">Cuba and China agree to strengthen military cooperation</h1>
</article>""")
    findings = lint_text(html, path="page.html", now=NOW)
    assert [f.fix for f in findings if f.rule == RULE] == [None]
