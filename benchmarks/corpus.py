"""Where the benchmark pages come from: ../shared/corpus when present, else the test fixtures."""

from __future__ import annotations

import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus" / "pages"
FIXTURES = ROOT / "tests" / "fixtures" / "pages"


def pages() -> tuple[str, list[tuple[str, bytes]]]:
    """``(where, [(name, html bytes), ...])`` for every corpus page found."""
    folder = SHARED if SHARED.is_dir() else FIXTURES
    out = []
    for path in sorted(folder.glob("*.html.gz")):
        out.append((path.name[: -len(".gz")], gzip.decompress(path.read_bytes())))
    return str(folder), out
