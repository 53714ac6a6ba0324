"""The version in pyproject.toml, ``linter.__version__`` and CHANGELOG.md agree, by the rule CHANGELOG.md states.

- ``pyproject.toml``'s version and ``linter.__version__`` are equal;
- CHANGELOG.md's first section is ``## [Unreleased]``;
- the first released section below it, ``## [X.Y.Z] - YYYY-MM-DD``, is that version; with
  none yet, the version is the one the first release will carry, and Unreleased says so.
"""

from __future__ import annotations

import re
import tomllib

import linter
from tests.util import ROOT

RELEASED = re.compile(r"^## \[(\d+\.\d+\.\d+(?:[-+.][0-9A-Za-z.-]+)?)\] - (\d{4}-\d{2}-\d{2})$")


def _headings() -> list[str]:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.startswith("## ")]


def _version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def test_pyproject_and_the_package_name_one_version() -> None:
    assert linter.__version__ == _version()


def test_the_changelog_opens_with_unreleased_then_the_current_version() -> None:
    headings = _headings()
    assert headings[0] == "## [Unreleased]"
    released = [h for h in headings[1:] if h.startswith("## [")]
    for heading in released:
        assert RELEASED.match(heading), f"a released section is '## [X.Y.Z] - YYYY-MM-DD', not {heading!r}"
    if released:
        latest = RELEASED.match(released[0])
        assert latest is not None and latest.group(1) == _version(), (
            f"pyproject.toml says {_version()}, CHANGELOG.md's latest release {released[0]!r}")
    else:  # before the first release: Unreleased names the version it will carry
        text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
        unreleased = text.split("## [Unreleased]", 1)[1]
        assert f"version {_version()}" in unreleased


def test_the_readme_pins_no_tag_that_does_not_exist() -> None:
    # Until a release is tagged, `rev: vX.Y.Z` and `@vX.Y.Z` would fail ("pathspec ... did not match").
    released = [h for h in _headings() if RELEASED.match(h)]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    examples = "\n".join(re.findall(r"^```ya?ml\n(.*?)^```", readme, re.M | re.S))  # what users copy
    assert "rev:" in examples and "newslint@" in examples
    tags = set(re.findall(r"(?:rev: |newslint@)(v?\d+\.\d+\S*)", examples))
    known = {f"v{RELEASED.match(h).group(1)}" for h in released}  # type: ignore[union-attr]
    assert tags <= known, f"README.md names tags no release has: {sorted(tags - known)}"
