"""The text an element shows: screen-reader-only labels and a skipped element left out, at any depth."""

from __future__ import annotations

import lxml.html
import pytest

from linter.html_text import text


def _el(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(html)


@pytest.mark.parametrize(("html", "shown"), [
    ('<p>Photo: <span class="sr-only">Image <b>credit</b>:</span> Jane <i>Doe</i></p>', "Photo: Jane Doe"),
    # Text after a hidden label (its tail) is shown; text inside it, however deep, is not.
    ('<p><span class="visually-hidden"><em><b>deep</b> label</em></span>tail <b>shown</b></p>', "tail shown"),
    ('<p>a<span class="x"><span class="y">b</span></span>c</p>', "abc"),
    ('<p><script>var x = 1;</script>only</p>', "only"),
])
def test_text(html: str, shown: str) -> None:
    assert text(_el(html)) == shown


def test_skip_and_hidden_labels_together() -> None:
    el = _el('<figcaption>The ministers. <span class="credit">Photo: <b>EFE</b></span>'
             '<span class="sr-only"><i>Caption</i></span> In Havana.</figcaption>')
    credit = el.find(".//span[@class='credit']")
    assert text(el, sep=" ", skip=credit) == "The ministers. In Havana."
    assert text(el, sep=" ") == "The ministers. Photo: EFE In Havana."


def test_deep_nesting_is_read_whole() -> None:
    """Each element is judged once per call (a walk up stopped at the first judged one): a deep
    hidden label hides all below it, and a deep visible chain shows all its text."""
    depth = 200  # below libxml2's nesting limit (deeper elements are flattened by the parser)
    visible = _el("<div>" + "<span>x" * depth + "</span>" * depth + "</div>")
    assert text(visible) == "x" * depth
    hidden = _el('<div>a<span class="sr-only">' + "<span>x" * depth + "</span>" * depth + "</span>b</div>")
    assert text(hidden) == "ab"
