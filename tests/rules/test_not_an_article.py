"""not-an-article: a text file that is no article is passed over, with this one finding, and nothing else."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import linter
from linter.config import Config
from linter.lint import collect_files, lint_bytes, lint_path, passed_over
from linter.readers.non_articles import non_article_name, not_an_article
from tests.util import FIXTURES, NOW, ROOT, SEED, keys, lint_article

RULE = "not-an-article"

REQUIREMENTS = "# pinned by pip-compile\nrequests>=2.31\nlxml==5.2.1\nextruct>=0.16,<0.19\npytest\n"
ROBOTS = "User-agent: *\nDisallow: /admin/\nAllow: /news/\n\nSitemap: https://example.com/news-sitemap.xml\n"
LICENSE = ("MIT License\n\nCopyright (c) 2025 The Town Herald\n\nPermission is hereby granted, free of charge, "
           "to any person obtaining a copy of this software.\n")
ADS = "google.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0\nappnexus.com, 1234, RESELLER\n"
ARTICLE = ("Town library extends weekend opening hours\n\nThe central library will open on Sundays from next "
           "month, the town council said on Tuesday.\n")


def test_an_article_is_read() -> None:
    findings = lint_article(ARTICLE)
    assert keys(findings, RULE) == set()
    assert "missing-author" in {f.rule for f in findings}


def test_a_requirements_file_under_another_name_is_passed_over_with_one_info() -> None:
    findings = lint_article(REQUIREMENTS, path="deps.txt")
    assert keys(findings) == {(RULE, None, None)}
    assert findings[0].severity is linter.Severity.INFO
    assert passed_over(findings) is findings[0]


def test_a_well_known_name_is_passed_over_whatever_it_holds() -> None:
    for name in ("requirements.txt", "requirements-dev.txt", "robots.txt", "LICENSE.txt", "README.md",
                 "CHANGELOG.md", "docs/CONTRIBUTING.md", "ads.txt", "security.txt", "COPYING.LESSER.txt"):
        assert keys(lint_article(ARTICLE, path=name), RULE) == {(RULE, None, None)}, name


def test_names_that_only_start_like_one_are_articles() -> None:
    for name in ("licensed-to-drive.txt", "readmission-rates.md", "robotsky.txt", "news/requirements.md/story.txt"):
        assert not non_article_name(name), name


def test_nothing_else_applies_to_a_file_passed_over() -> None:
    # No selection or severity: the file is not linted, the finding only says why.
    config = Config(select=frozenset({"missing-author"}))
    assert keys(lint_bytes(REQUIREMENTS.encode(), "deps.txt", config=config, now=NOW)) == {(RULE, None, None)}


def test_content_without_prose_is_no_article() -> None:
    for text in (REQUIREMENTS, ROBOTS, ADS, "Contact: mailto:security@example.com\nExpires: 2026-12-31T23:59:59Z\n",
                 "[tool]\nname = newsroom\nversion = 2\n", "-r base.txt\n--hash=sha256:abc\nhttpx[http2]\n"):
        assert not_an_article("notes.txt", text) is not None, text


def test_short_or_sparse_articles_stay_articles() -> None:
    for text in ("Headline\n", "Headline\nBy Jane Doe\n", "Headline\n\nBody text",
                 "Minister resigns\nPublished: 3 March 2025\nUpdated: 4 March 2025\n",
                 "Tags: politics\nSection: local\n\nThe council met on Tuesday and voted to close the road.\n"):
        assert not_an_article("a.txt", text) is None, text
    # Markdown with front matter is an article; "#" opens a heading there, not a comment.
    assert not_an_article("a.md", "---\ntitle: x\n---\nlxml==5\npytest\n", kind="markdown") is None
    assert not_an_article("a.md", "# Council closes road\n\nThe council voted on Tuesday to close it for a month.\n",
                          kind="markdown") is None


def test_every_article_fixture_and_the_seed_are_articles() -> None:
    sources = [SEED, *sorted(FIXTURES.rglob("*.txt")), *sorted(FIXTURES.rglob("*.md")),
               *sorted(FIXTURES.rglob("*.markdown"))]
    articles = [p for p in sources if p.name != "README.md"]
    assert len(articles) >= 15
    for path in articles:
        kind = "markdown" if path.suffix != ".txt" else "text"
        assert not_an_article(str(path), path.read_text(encoding="utf-8", errors="replace"), kind=kind) is None, path
        assert keys(lint_path(path, now=NOW), RULE) == set(), path


def test_a_walk_does_not_collect_well_known_names(tmp_path: Path) -> None:
    for name, text in (("requirements.txt", REQUIREMENTS), ("README.md", "# Site\n"), ("story.txt", ARTICLE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert [Path(f).name for f in collect_files([str(tmp_path)], Config())] == ["story.txt"]
    # Named, such a file is collected, and passed over when linted (pre-commit names every file).
    assert len(collect_files([str(tmp_path / "requirements.txt")], Config())) == 1


def test_files_passed_over_are_neither_reported_nor_counted(tmp_path: Path) -> None:
    (tmp_path / "requirements.txt").write_text(REQUIREMENTS, encoding="utf-8")
    (tmp_path / "deps.txt").write_text(REQUIREMENTS, encoding="utf-8")
    (tmp_path / "package.json").write_text('{"name": "site", "version": "1.0.0"}', encoding="utf-8")
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    names = ["requirements.txt", "deps.txt", "package.json", "story.txt"]
    r = subprocess.run([sys.executable, "-m", "linter", "check", "--isolated", "--no-progress", *names],
                       cwd=tmp_path, capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "NO_COLOR": "1"},
                       timeout=120)
    assert r.returncode == 1, r.stdout + r.stderr  # the article's missing byline
    assert "in 1 file." in r.stdout
    assert "requirements.txt" not in r.stdout and "package.json" not in r.stdout and RULE not in r.stdout
    assert "passed over 3 files" in r.stderr and "requirements.txt" in r.stderr
    only = subprocess.run([sys.executable, "-m", "linter", "check", "--isolated", "-q", *names[:3]],
                          cwd=tmp_path, capture_output=True, text=True, env={"PYTHONPATH": str(ROOT)}, timeout=120)
    assert (only.returncode, only.stderr) == (0, "")
    report = linter.check([tmp_path])  # the library alike (the walk never collects requirements.txt)
    assert (report.files, sorted(Path(p).name for p in report.passed_over)) == (1, ["deps.txt", "package.json"])
    assert RULE not in {f.rule for f in report.findings}


def test_the_judgement_stays_fast_on_lines_built_to_make_it_backtrack() -> None:
    import time

    for text in ("a" + "==b" * 5000 + " c", "a" + "== b   " * 3000 + "x y", "a" + " ,  " * 5000 + "x y",
                 "a, b, " * 3000 + "c d", "x" * 1_000_000, "a[" * 50_000):
        start = time.perf_counter()
        not_an_article("notes.txt", text)
        assert time.perf_counter() - start < 0.5, text[:40]
