"""The README's runnable parts, kept honest without network (issue 14).

- its Python library snippet(s) run as written, on the seed, from a folder holding what they name;
- every ``newslint SUBCOMMAND --option`` its shell blocks (and inline ``newslint ...`` code) name
  is an option ``newslint SUBCOMMAND --help`` lists, so a renamed or removed option is caught;
- the output it shows for ``newslint check seeds/`` is the output of that command, whole.

What needs the network or another system (``crawl`` of real sites, ``curl``, the GitHub Action,
GitLab and Jenkins) is not run here; the options it names are still checked.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from tests.util import FIXTURES, ROOT, SEED

README = ROOT / "README.md"
FENCE = re.compile(r"^```(?P<lang>[\w-]*)\n(?P<body>.*?)^```$", re.M | re.S)
INLINE = re.compile(r"`(newslint [^`]+)`")
OPTION = re.compile(r"(?<![\w-])(--?[A-Za-z][\w-]*)")
SUBCOMMANDS = ("check", "convert", "fix", "crawl", "spark", "rules")


def blocks(*langs: str) -> list[str]:
    text = README.read_text(encoding="utf-8")
    return [m["body"] for m in FENCE.finditer(text) if m["lang"] in langs]


def env() -> dict[str, str]:
    base = {k: v for k, v in os.environ.items()
            if k not in ("NO_COLOR", "FORCE_COLOR", "NEWSLINT_DEBUG", "GITHUB_ACTIONS", "CI")}
    base["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return base


def newslint(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "linter", *args], cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", env=env(), timeout=60)


def commands() -> list[tuple[str, list[str]]]:
    """(the command as written, its words) for each ``newslint`` command the README shows."""
    found: list[tuple[str, list[str]]] = []
    lines = [line for body in blocks("sh", "console") for line in body.splitlines()]
    text = README.read_text(encoding="utf-8")
    lines += [m[1] for m in INLINE.finditer(text)]
    for line in lines:
        for part in re.split(r"\|\||&&|[|;]", line):
            try:
                words = shlex.split(part, comments=True)
            except ValueError:
                continue
            if words[:3] == ["python", "-m", "linter"]:
                words = ["newslint", *words[3:]]
            if len(words) >= 2 and words[0] == "newslint" and words[1] != "...":
                found.append((part.strip(), words))
    return found


@cache
def help_options(subcommand: str) -> frozenset[str]:
    result = newslint(subcommand, "--help")
    assert result.returncode == 0, result.stderr
    return frozenset(OPTION.findall(result.stdout))


def test_readme_names_commands() -> None:
    named = {words[1] for _, words in commands()}
    assert named == set(SUBCOMMANDS), named


def test_every_option_the_readme_names_exists() -> None:
    missing = []
    for command, words in commands():
        subcommand = words[1]
        assert subcommand in SUBCOMMANDS, f"{command!r}: no subcommand {subcommand!r}"
        for word in words[2:]:
            if not word.startswith("-") or word == "-":
                continue
            option = word.split("=", 1)[0]
            if option not in help_options(subcommand):
                missing.append(f"{command!r}: newslint {subcommand} has no {option}")
    assert not missing, "\n".join(missing)


def test_seed_output_is_the_readme_s() -> None:
    text = README.read_text(encoding="utf-8")
    shown = re.search(r"^```text\n(seeds/cuba-china-military-cooperation\.txt\n.*?)^```$", text,
                      re.M | re.S)
    assert shown, "the README shows the output of `newslint check seeds/`"
    result = newslint("check", "seeds/")
    assert result.returncode == 1, result.stderr
    assert result.stdout == shown[1]


@pytest.mark.parametrize("snippet", blocks("python"), ids=lambda s: s.splitlines()[0][:40])
def test_library_snippet_runs(snippet: str, tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "article.txt")
    shutil.copy(FIXTURES / "html" / "article-no-json-ld.html", tmp_path / "page.html")
    (tmp_path / "articles").mkdir()
    shutil.copy(SEED, tmp_path / "articles" / SEED.name)
    result = subprocess.run([sys.executable, "-c", snippet], cwd=tmp_path, capture_output=True,
                            text=True, encoding="utf-8", env=env(), timeout=60)
    assert result.returncode == 0, result.stderr
