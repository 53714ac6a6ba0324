"""extruct's private API that linter/extract.py relies on is still there (pyproject bounds extruct).

An extruct upgrade that renames or re-signs one of these is caught here, not by users.
"""

from __future__ import annotations

import importlib
import inspect

import pytest

from linter.extract import _extruct


def _microdata_class():
    microdata, _ = _extruct()
    return microdata


def test_modules_imported_past_extructs_init_exist():
    for name in ("extruct.w3cmicrodata", "extruct.opengraph"):
        assert importlib.util.find_spec(name) is not None, f"{name} is gone: see linter/extract.py"
    microdata, opengraph = _extruct()
    assert microdata.__name__.endswith("MicrodataExtractor") and opengraph.__name__.endswith("OpenGraphExtractor")


@pytest.mark.parametrize(("method", "params"), [
    ("_extract_textContent", ["node"]),
    ("_extract_properties", ["node", "items_seen", "base_url", "itemids"]),
    ("_extract_property", ["node", "items_seen", "base_url", "itemids"]),
    ("_extract_item", ["node", "items_seen", "base_url", "itemids"]),
    ("_build_itemids", ["document"]),
    ("extract_items", ["document", "base_url"]),
])
def test_private_methods_overridden_or_called_keep_their_names_and_parameters(method, params):
    fn = getattr(_microdata_class(), method, None)
    assert fn is not None, f"extruct's MicrodataExtractor.{method} is gone: linter/extract.py overrides or calls it"
    names = list(inspect.signature(fn).parameters)[1:]  # without self
    assert all(p in names for p in params), f"MicrodataExtractor.{method}{names}: linter/extract.py passes {params}"


def test_xpath_of_items_and_html_node_option():
    microdata = _microdata_class()
    assert hasattr(microdata, "_xp_item") or hasattr(microdata(), "_xp_item")
    assert "add_html_node" in inspect.signature(microdata.__init__).parameters


def test_text_content_override_is_used():
    import lxml.html

    from linter.extract import _microdata_extractor

    extractor = _microdata_extractor()
    node = lxml.html.fromstring("<p>  a \n <b>b</b>  </p>")
    assert extractor._extract_textContent(node) == "a b"
