"""invalid-url-value: something that is no URL for a property that takes only URLs."""

from __future__ import annotations

from tests.rules import dump, line_of
from tests.util import article, keys, lint_json

RULE = "invalid-url-value"
CODE = {"@context": "https://schema.org", "@type": "SoftwareSourceCode", "name": "newslint"}


def test_urls_and_url_references() -> None:
    doc = {**CODE, "codeRepository": "https://github.com/example/newslint",
           "isPartOf": {"@type": "WebPage", "@id": "https://example.com/", "relatedLink": [
               "/about", "../team", "https://example.com/a?b=c#d", "example.com/contact", "mailto:desk@example.com"]}}
    assert keys(lint_json(doc), RULE) == set()


def test_text_for_a_url_only_property() -> None:
    text = dump({**CODE, "codeRepository": "on GitHub"})
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"codeRepository"'), "$.codeRepository")}


def test_one_bad_item_and_a_number() -> None:
    doc = {"@context": "https://schema.org", "@type": "WebPage", "name": "About",
           "relatedLink": ["https://example.com/team", "see below"], "significantLink": 3}
    text = dump(doc)
    assert keys(lint_json(text), RULE) == {
        (RULE, line_of(text, '"see below"'), "$.relatedLink[1]"),
        (RULE, line_of(text, '"significantLink"'), "$.significantLink"),
    }


def test_properties_that_take_text_too() -> None:
    # additionalType and encodingFormat take Text as well as URL.
    doc = article(additionalType="Breaking news", image=[{**article()["image"][0], "encodingFormat": "image/jpeg"}])
    assert keys(lint_json(doc), RULE) == set()


def test_relative_url_properties_are_left_to_it() -> None:
    text = dump(article(url="not a link", sameAs=["the paper's site"]))
    findings = lint_json(text)
    assert keys(findings, RULE) == set()
    assert ("relative-url", line_of(text, '"url": "not a link"'), "$.url") in keys(findings)
