"""missing-context: a JSON-LD document whose top-level object has no @context."""

from __future__ import annotations

from linter.config import Config
from linter.findings import Finding
from linter.fixes.engine import fix_bytes
from linter.fixes.model import AddMember, Fix, Safety
from linter.lint import lint_text
from tests.rules import dump, line_of
from tests.rules.html_page import page
from tests.util import NOW, article, keys, lint_article, lint_json

RULE = "missing-context"


def _bare(**props: object) -> dict:
    """The test article without its @context."""
    return article(**{"@context": None}, **props)


def test_article_with_context() -> None:
    assert keys(lint_json(article()), RULE) == set()


def test_context_given_as_an_object() -> None:
    doc = article(**{"@context": {"@vocab": "https://schema.org/"}})
    assert keys(lint_json(doc), RULE) == set()


def test_graph_with_context_at_the_top() -> None:
    doc = {"@context": "https://schema.org", "@graph": [_bare(), {"@type": "Organization", "name": "X"}]}
    assert keys(lint_json(doc), RULE) == set()


def test_nested_nodes_need_no_context() -> None:
    # A typed node nested in the top-level object inherits its @context.
    doc = {"@context": "https://schema.org", "@type": "WebPage", "mainEntity": article(**{"@context": None})}
    assert keys(lint_json(doc), RULE) == set()


def test_generated_json_ld_is_not_checked() -> None:
    text = "Cuba and China agree to strengthen military cooperation\n\nDefence ministers met.\n"
    assert keys(lint_article(text), RULE) == set()


def test_article_without_context() -> None:
    assert keys(lint_json(_bare()), RULE) == {(RULE, 1, "$")}


def test_graph_without_context() -> None:
    doc = {"@graph": [_bare()]}
    assert keys(lint_json(doc), RULE) == {(RULE, 1, "$")}


def test_top_level_array_item_without_context() -> None:
    faq = {"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "Who met?",
                                              "acceptedAnswer": {"@type": "Answer", "text": "The ministers."}}]}
    text = dump([article(), faq])
    second_item = line_of(text, "  {", whole=True, nth=2)
    assert keys(lint_json(text), RULE) == {(RULE, second_item, "$[1]")}


def test_every_top_level_item_without_context() -> None:
    text = dump([_bare(), _bare()])
    first, second = line_of(text, "  {", whole=True), line_of(text, "  {", whole=True, nth=2)
    assert keys(lint_json(text), RULE) == {(RULE, first, "$[0]"), (RULE, second, "$[1]")}


# --- the fix -------------------------------------------------------------------------------------

def _fixes(findings: list[Finding]) -> dict[str | None, Fix | None]:
    return {f.json_path: f.fix for f in findings if f.rule == RULE}


def _fixed(text: str, path: str = "a.jsonld") -> str:
    """``text`` fixed: no ``missing-context`` left, and no finding that was not there before."""
    outcome = fix_bytes(text.encode(), path, Config(), now=NOW)
    assert outcome.problem is None
    before = {(f.rule, f.json_path) for f in lint_text(text, path=path, now=NOW)}
    after = {(f.rule, f.json_path) for f in outcome.findings}
    assert {r for r, _ in after} & {RULE} == set()
    assert after <= before
    return outcome.after.decode()


def test_fix_adds_the_context_first() -> None:
    text = dump(_bare())
    assert _fixes(lint_json(text)) == {"$": Fix(Safety.SAFE, 'add "@context": "https://schema.org"',
                                                (AddMember("$", "@context", "https://schema.org", first=True),))}
    assert _fixed(text) == text.replace('{\n  "@type"', '{\n  "@context": "https://schema.org",\n  "@type"', 1)


def test_fix_in_a_page_block() -> None:
    html = page(data=_bare())
    assert _fixed(html, "page.html") == html.replace(
        '{\n  "@type"', '{\n  "@context": "https://schema.org",\n  "@type"', 1)


def test_fix_a_graph_and_each_top_level_item() -> None:
    text = dump({"@graph": [_bare(), {"@type": "Organization", "name": "The Daily Example"}]})
    assert _fixes(lint_json(text))["$"] is not None
    text = dump([_bare(), _bare()])
    assert list(_fixes(lint_json(text))) == ["$[0]", "$[1]"]
    assert None not in _fixes(lint_json(text)).values()


def test_no_fix_for_types_schema_org_does_not_have() -> None:
    for doc in ({"@type": "Story", "headline": "x"},  # not a schema.org type
                {"@type": ["NewsArticle", "ex:Story"], "headline": "x"},
                {"@graph": [_bare(), {"@type": "foaf:Person", "foaf:name": "Jane"}]},
                {"@graph": [{"@id": "https://example.com/#a", "name": "x"}]}):  # nothing typed
        findings = lint_json(doc)
        assert keys(findings, RULE) == {(RULE, 1, "$")}, doc
        assert _fixes(findings) == {"$": None}, doc


def test_wrong_case_type_then_context() -> None:
    # newsarticle is no schema.org type: the context waits for wrong-case-type's fix, a round later.
    text = dump(_bare(**{"@type": "newsarticle"}))
    assert _fixes(lint_json(text)) == {"$": None}
    outcome = fix_bytes(text.encode(), "a.jsonld", Config(), now=NOW)
    assert outcome.applied == {"wrong-case-type": 1, RULE: 1}
    assert outcome.after.decode() == text.replace(
        '{\n  "@type": "newsarticle"', '{\n  "@context": "https://schema.org",\n  "@type": "NewsArticle"')
