"""The tests that need data kept beside the project (``../shared``) say so when they skip.

A clean clone has no ``../shared``: its tests skip, and each skip reason must say what is
missing (``../shared/corpus`` or ``../shared/vocab``, beside the project root) and why it is not
in the repository, so nobody has to read the test to learn what to fetch. Checked by running
those tests with ``NEWSLINT_SHARED`` pointing where nothing is.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.util import ROOT

#: The tests a clean clone skips, as the issue counted them (issue 14).
EXPECTED = {
    "tests.test_corpus::test_manifest_lists_every_page",
    "tests.test_corpus::test_cli_lints_the_whole_corpus_in_one_run",
    "tests.test_corpus::test_library_lints_page[NOTSET]",
    "tests.test_vocab::test_shipped_file_is_rebuilt_byte_for_byte",
}


def files_needing_shared() -> list[str]:
    here = Path(__file__).name
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").rglob("test_*.py")
                  if p.name != here and "needs_shared(" in p.read_text(encoding="utf-8"))


def test_every_skip_for_missing_shared_data_says_what_and_why(tmp_path: Path) -> None:
    files = files_needing_shared()
    assert {"tests/test_corpus.py", "tests/test_vocab.py"} <= set(files)
    report = tmp_path / "junit.xml"
    env = {**os.environ, "NEWSLINT_SHARED": str(tmp_path / "no-shared-here")}
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
                           f"--junitxml={report}", *files], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    skipped = {f"{case.get('classname')}::{case.get('name')}": skip.get("message", "")
               for case in ET.parse(report).iter("testcase") if (skip := case.find("skipped")) is not None}
    assert set(skipped) == EXPECTED, skipped
    for test, reason in skipped.items():
        match = re.match(r"needs (\.\./shared/(corpus|vocab)) beside the project root \(.+ is missing\): (.+)", reason)
        assert match, (test, reason)
        assert "repository" in match.group(3), reason  # why it is not here
