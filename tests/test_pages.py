"""Real pages from the shared corpus, pinned: each page's findings ``(rule, severity, line,
json_path)`` must stay what ``tests/fixtures/pages/expected/<name>.json`` says.

After a change meant to alter findings, run ``tests/fixtures/pages/regenerate.py`` and review the
diff of ``expected/`` before committing it (see that script and ``tests/fixtures/pages/README.md``).
"""

from __future__ import annotations

import difflib
import gzip
import hashlib
import json

import pytest

from tests.fixtures.pages.regenerate import EXPECTED, HERE, actual, dump, expected, page_names

PAGES = page_names()
MANIFEST = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))


def test_fixture_pages_are_present() -> None:
    assert len(PAGES) == 23
    assert sorted(p["name"] for p in MANIFEST["pages"]) == PAGES
    assert sorted(p.stem for p in EXPECTED.glob("*.json")) == PAGES


@pytest.mark.parametrize("name", PAGES)
def test_page_findings(name: str) -> None:
    got, want = actual(name), expected(name)
    if got != want:
        diff = "".join(difflib.unified_diff(
            dump(want).splitlines(keepends=True), dump(got).splitlines(keepends=True),
            fromfile=f"expected/{name}.json", tofile=f"{name}.html.gz (now)"))
        pytest.fail(f"findings of {name} changed (- pinned, + now); if intended, run "
                    f"tests/fixtures/pages/regenerate.py {name} and review the diff\n{diff}",
                    pytrace=False)


@pytest.mark.parametrize("entry", MANIFEST["pages"], ids=lambda e: e["name"])
def test_page_is_unmodified(entry: dict) -> None:
    """The fixture is the corpus page byte for byte: its HTML hashes to the manifest's sha256."""
    data = gzip.decompress((HERE / f"{entry['name']}.html.gz").read_bytes())
    assert len(data) == entry["size_bytes"]
    assert hashlib.sha256(data).hexdigest() == entry["sha256"]
    assert entry["source"]["repo"] in MANIFEST["sources"]
    assert entry["name"] in (HERE / "README.md").read_text(encoding="utf-8")
