"""retired-term: types, properties and enumeration values schema.org has moved to its attic."""

from __future__ import annotations

from tests.rules import dump, line_of
from tests.util import keys, lint_json

RULE = "retired-term"
OFFER = {"@context": "https://schema.org", "@type": "Offer", "price": "9.99", "priceCurrency": "EUR"}


def test_current_terms() -> None:
    doc = {**OFFER, "hasMerchantReturnPolicy": {
        "@type": "MerchantReturnPolicy", "returnPolicyCategory": "https://schema.org/MerchantReturnNotPermitted"}}
    assert keys(lint_json(doc), RULE) == set()


def test_retired_property_and_type_name_their_replacement() -> None:
    text = dump({**OFFER, "hasProductReturnPolicy": {"@type": "ProductReturnPolicy", "merchantReturnDays": 30}})
    findings = lint_json(text)
    assert keys(findings, RULE) == {
        (RULE, line_of(text, '"hasProductReturnPolicy"'), "$.hasProductReturnPolicy"),
        (RULE, line_of(text, '"ProductReturnPolicy"'), "$.hasProductReturnPolicy.@type"),
    }
    messages = {f.json_path: f.message for f in findings if f.rule == RULE}
    assert "'MerchantReturnPolicy'" in messages["$.hasProductReturnPolicy.@type"]
    assert keys(findings, "superseded-term") == set()  # one finding per problem


def test_retired_enumeration_value_is_not_also_a_wrong_value() -> None:
    text = dump({**OFFER, "hasMerchantReturnPolicy": {
        "@type": "MerchantReturnPolicy", "returnPolicyCategory": "https://schema.org/ProductReturnNotPermitted"}})
    findings = lint_json(text)
    assert keys(findings, RULE) == {
        (RULE, line_of(text, "ProductReturnNotPermitted"), "$.hasMerchantReturnPolicy.returnPolicyCategory")}
    assert keys(findings, "wrong-value-type") == set()


def test_retired_term_without_replacement() -> None:
    text = dump({"@context": "https://schema.org", "@type": "Thing", "name": "Test", "stupidProperty": 1})
    assert keys(lint_json(text), RULE) == {(RULE, line_of(text, '"stupidProperty"'), "$.stupidProperty")}
