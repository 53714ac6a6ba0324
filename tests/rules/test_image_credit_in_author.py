"""image-credit-in-author: an image credited only in `author`, which Google does not read."""

from __future__ import annotations

import pytest

from tests.rules import dump, line_of
from tests.util import article, keys, lint_json

RULE = "image-credit-in-author"
IMAGE = article()["image"][0]
UNCREDITED = {k: v for k, v in IMAGE.items() if k not in ("creditText", "creator", "copyrightNotice")}
AUTHOR = {"@type": "Person", "name": "Jane Smith"}


def test_credited_in_author_only() -> None:
    text = dump(article(image=[{**UNCREDITED, "author": AUTHOR}]))
    findings = lint_json(text)
    assert keys(findings, RULE) == {(RULE, line_of(text, "{", after='"image"'), "$.image[0]")}
    assert {f.severity.value for f in findings if f.rule == RULE} == {"warning"}
    # The image is credited: not "missing".
    assert keys(findings, "missing-image-credit") == set()


@pytest.mark.parametrize("credit", [{"creator": AUTHOR}, {"creditText": "Jane Smith/Reuters"},
                                    {"copyrightNotice": "© Reuters"}])
def test_credited_where_google_reads_it(credit: dict[str, object]) -> None:
    findings = lint_json(article(image=[{**UNCREDITED, "author": AUTHOR, **credit}]))
    assert keys(findings, RULE) == set() and keys(findings, "missing-image-credit") == set()


def test_no_credit_at_all_is_the_other_rule() -> None:
    findings = lint_json(article(image=[UNCREDITED]))
    assert keys(findings, RULE) == set() and keys(findings, "missing-image-credit") != set()
