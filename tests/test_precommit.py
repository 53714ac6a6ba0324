"""The pre-commit hook, run by real pre-commit on an article in a repository of its own.

``pre-commit try-repo`` installs the hook the way a user's ``.pre-commit-config.yaml``
does: it clones the hook repository at a commit and ``pip install``s it into an
environment of its own, from the package index (the one test that needs the network;
CI reaches the index). try-repo takes the checkout's HEAD plus its changes to tracked
files, not files git does not track yet; so the test commits a snapshot of this working
tree as it is on disk (``git ls-files --cached --others --exclude-standard``) in a
temporary repository and points try-repo at that. pre-commit's store, pip's cache and
virtualenv's data live in the test's temporary directory: nothing is left in ``~``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from linter.lint import SKIP_DIRS
from tests.util import ROOT

# installs newslint into pre-commit's own environment from the package index: not in `make test-fast`.
pytestmark = pytest.mark.network

#: Building the hook's environment downloads and installs newslint's dependencies.
TIMEOUT = 600

#: An article as copied from a news site: headline, standfirst, lead photo with its credit,
#: body. No byline, no dates.
ARTICLE = """Town library extends weekend opening hours

The central library will open on Sundays from next month after a public consultation.

https://example.com/photos/library.jpg
Readers in the main hall of the central library on Tuesday. Photo: Jane Smith/The Town Herald

The central library will open on Sundays from next month, the town council said on Tuesday.

The change follows a public consultation in which most respondents asked for longer hours.

"We heard clearly that people want the library when they are free," the council's culture officer said.
"""
BYLINE_AND_DATES = "By Jane Doe\nPublished 3 March 2025, 18:05 CET\nUpdated 4 March 2025, 09:10 CET"

CONFIG = """[tool.newslint]
exclude = ["drafts/**"]

[tool.newslint.site]
publisher = "The Town Herald"
url = "https://example.com"
logo = "https://example.com/logo.png"
"""


def git(*args: str, cwd: Path) -> str:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True,
                          timeout=120).stdout


def new_repo(path: Path) -> Path:
    path.mkdir()
    git("init", "-q", cwd=path)
    git("config", "user.name", "Newsroom Tester", cwd=path)
    git("config", "user.email", "tester@example.com", cwd=path)
    git("config", "commit.gpgsign", "false", cwd=path)
    return path


def snapshot(dest: Path) -> Path:
    """This checkout as it is on disk (uncommitted and untracked files too), committed in ``dest``."""
    try:
        listed = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT).split("\0")
    except (subprocess.CalledProcessError, FileNotFoundError):  # not a git checkout (an unpacked sdist)
        listed = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*")
                  if not SKIP_DIRS.intersection(p.relative_to(ROOT).parts)]
    new_repo(dest)
    for rel in filter(None, listed):
        source = ROOT / rel
        if source.is_file():  # (a tracked file deleted in the working tree is left out)
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / rel)
    assert (dest / ".pre-commit-hooks.yaml").is_file()
    git("add", "-A", cwd=dest)
    git("commit", "-q", "-m", "newslint as it is being tested", cwd=dest)
    return dest


def hook_env(home: Path) -> dict[str, str]:
    """The environment pre-commit runs in: its store, pip's cache and virtualenv's data under ``home``."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PRE_COMMIT", "PYTHONWARNINGS", "NEWSLINT_")) and k not in ("SKIP", "NO_COLOR")}
    env.update({
        "PRE_COMMIT_HOME": str(home / "pre-commit"),
        "PIP_CACHE_DIR": str(home / "pip"),
        "VIRTUALENV_OVERRIDE_APP_DATA": str(home / "virtualenv"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "PRE_COMMIT_COLOR": "never",
    })
    return env


def try_repo(hooks: Path, cwd: Path, home: Path, *files: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hooks), "newslint", "--color", "never",
         "--files", *files],
        cwd=cwd, env=hook_env(home), capture_output=True, text=True, timeout=TIMEOUT,
    )


def test_hook_fails_on_a_missing_byline_and_dates_and_passes_once_fixed(tmp_path: Path) -> None:
    hooks = snapshot(tmp_path / "newslint")
    site = new_repo(tmp_path / "newsroom")
    article = site / "stories" / "library-hours.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE, encoding="utf-8")
    (site / ".newslint.toml").write_text(CONFIG, encoding="utf-8")
    git("add", "-A", cwd=site)
    git("commit", "-q", "-m", "library story", cwd=site)
    home = tmp_path / "home"

    failed = try_repo(hooks, site, home, "stories/library-hours.txt")
    output = failed.stdout + failed.stderr
    assert failed.returncode == 1, output
    assert "newslint" in output and "Failed" in output
    # The violations, as newslint prints them, with the file they are in.
    assert "stories/library-hours.txt" in output
    assert "missing-author" in output and "missing-date-published" in output
    assert "Traceback" not in output

    paragraphs = ARTICLE.split("\n\n")
    article.write_text("\n\n".join([*paragraphs[:2], BYLINE_AND_DATES, *paragraphs[2:]]), encoding="utf-8")
    # A draft excluded by the configuration is passed over even when pre-commit hands it over.
    draft = site / "drafts" / "unfinished.txt"
    draft.parent.mkdir()
    draft.write_text(ARTICLE, encoding="utf-8")
    git("add", "-A", cwd=site)

    passed = try_repo(hooks, site, home, "stories/library-hours.txt", "drafts/unfinished.txt")
    output = passed.stdout + passed.stderr
    assert passed.returncode == 0, output
    assert "newslint" in output and "Passed" in output
    assert "missing-author" not in output and "missing-date-published" not in output


#: A Markdown article with everything Google asks for (the site's facts come from CONFIG).
CLEAN_MARKDOWN = """---
title: "City council approves new tram line to the airport"
description: "The 14-kilometre line is due to open in 2029."
date: 2025-03-03T18:05:00+01:00
lastmod: 2025-03-04T09:10:00+01:00
author:
  name: Ana Ruiz
  url: https://example.com/authors/ana-ruiz
image:
  path: https://example.com/images/tram-depot.jpg
  alt: A tram leaving the depot
  caption: A tram leaves the Sant Andreu depot
  credit: Marta Pich
---

The city council on Monday approved the construction of a tram line linking the
centre with the airport.

Works are expected to start next spring.
"""

#: Files every repository has, none of them an article.
NOT_ARTICLES = {
    "requirements.txt": "# the site's build tools\nmkdocs>=1.5\nPyYAML==6.0.1\n",
    "robots.txt": "User-agent: *\nDisallow: /drafts/\n\nSitemap: https://example.com/news-sitemap.xml\n",
    "LICENSE.txt": "MIT License\n\nCopyright (c) 2025 The Town Herald\n\nPermission is hereby granted, free of "
                   "charge, to any person obtaining a copy of this software.\n",
    "package.json": '{"name": "town-herald", "version": "1.0.0", "scripts": {"build": "hugo"}}\n',
}


def test_hook_passes_over_files_that_are_no_article_and_fails_on_the_article(tmp_path: Path) -> None:
    hooks = snapshot(tmp_path / "newslint")
    site = new_repo(tmp_path / "newsroom")
    for name, text in NOT_ARTICLES.items():
        (site / name).write_text(text, encoding="utf-8")
    (site / "stories").mkdir()
    (site / "stories" / "tram-line.md").write_text(CLEAN_MARKDOWN, encoding="utf-8")
    (site / ".newslint.toml").write_text(CONFIG, encoding="utf-8")
    git("add", "-A", cwd=site)
    git("commit", "-q", "-m", "site", cwd=site)
    home = tmp_path / "home"

    # The files of a commit touching the build tools, the licence and a clean article: it passes.
    passed = try_repo(hooks, site, home, *NOT_ARTICLES, "stories/tram-line.md")
    output = passed.stdout + passed.stderr
    assert passed.returncode == 0, output
    assert "Passed" in output and "Traceback" not in output

    # An article with a real problem beside them: the hook fails on it, and on it alone.
    story = site / "stories" / "library-hours.txt"
    story.write_text(ARTICLE, encoding="utf-8")  # no byline, no dates
    git("add", "-A", cwd=site)
    failed = try_repo(hooks, site, home, *NOT_ARTICLES, "stories/tram-line.md", "stories/library-hours.txt")
    output = failed.stdout + failed.stderr
    assert failed.returncode == 1, output
    assert "Failed" in output and "Traceback" not in output
    assert "stories/library-hours.txt" in output and "missing-author" in output
    # pre-commit may split the files among several runs, each with its summary and its note
    # on the files it passed over: those are named in the notes, nowhere else.
    for line in output.splitlines():
        if any(name in line for name in NOT_ARTICLES):
            assert line.startswith("newslint: passed over "), output
    passed_over = " ".join(re.findall(r"^newslint: passed over .*$", output, re.M))
    assert all(name in passed_over for name in NOT_ARTICLES), output
    # Only the two articles are counted as checked.
    assert sum(int(n) for n in re.findall(r" in (\d+) files?\.$", output, re.M)) == 2, output


# --- the newslint-fix hook -------------------------------------------------------------------------

def fix_hook_round_trip(site: Path, config: str, env: dict[str, str]) -> None:
    """A commit of a page with a safe fix to make, through the ``newslint-fix`` hook that ``config`` sets up.

    pre-commit's convention for hooks that fix: the hook fixes the file and the commit fails
    (pre-commit fails a hook that changed files, whatever its exit status), leaving the fix
    unstaged for the user to look at; staged, the commit goes through.
    """
    from tests.rules.html_page import page
    from tests.util import article

    new_repo(site)
    story = site / "world" / "cuba-china.html"
    story.parent.mkdir()
    wrong = page(data=article(**{"@type": "newsarticle"}))
    fixed = wrong.replace('"@type": "newsarticle"', '"@type": "NewsArticle"')
    story.write_text(wrong, encoding="utf-8")
    (site / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    git("add", "-A", cwd=site)
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=site, env=env, check=True,
                   capture_output=True, timeout=TIMEOUT)

    def commit() -> tuple[int, str]:
        done = subprocess.run(["git", "commit", "-m", "Cuba and China"], cwd=site, env=env, capture_output=True,
                              text=True, timeout=TIMEOUT)
        return done.returncode, done.stdout + done.stderr

    code, output = commit()
    assert code == 1, output
    assert re.search(r"^newslint fix\.+Failed$", output, re.M), output
    assert "files were modified by this hook" in output
    assert "newslint: fixed 1 finding in 1 of 1 file (wrong-case-type 1)" in output
    assert "Traceback" not in output
    assert story.read_text(encoding="utf-8") == fixed  # fixed in the working tree...
    assert git("show", ":world/cuba-china.html", cwd=site) == wrong  # ... not staged behind the user's back
    assert git("rev-list", "--all", cwd=site) == ""  # and nothing committed

    git("add", "world/cuba-china.html", cwd=site)
    code, output = commit()
    assert code == 0, output
    assert re.search(r"^newslint fix\.+Passed$", output, re.M), output
    assert git("show", "HEAD:world/cuba-china.html", cwd=site) == fixed


def test_fix_hook_fixes_the_page_and_the_restaged_commit_passes(tmp_path: Path) -> None:
    """The hook as users install it: the ``newslint-fix`` id of this repository's hooks file, at a commit."""
    hooks = snapshot(tmp_path / "newslint")
    rev = git("rev-parse", "HEAD", cwd=hooks).strip()
    config = f"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n      - id: newslint-fix\n"
    fix_hook_round_trip(tmp_path / "newsroom", config, hook_env(tmp_path / "home"))
