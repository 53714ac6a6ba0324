"""Markdown articles end to end: ``newslint check x.md`` and the library, with configuration.

The suppression's unknown-rule case lives in ``tests/rules/test_unknown_suppression.py``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from linter.config import Config, ConfigError, parse_config
from linter.findings import Finding
from linter.lint import lint_path, lint_text
from tests.rules import line_of
from tests.test_cli import one_line_error, run
from tests.util import FIXTURES, NOW, keys, rules_of

MARKDOWN = FIXTURES / "markdown"
#: Found in every fixture but the broken one: no site configuration, so no publisher.
READABLE = sorted(p.name for p in MARKDOWN.glob("*.md") if p.name not in ("broken-front-matter.md", "suppressed.md"))


def lint_md(text: str, *, config: Config | None = None) -> list[Finding]:
    return lint_text(text, path="article.md", config=config, now=NOW)


@pytest.fixture
def cwd(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()  # no configuration from above the temporary directory
    return tmp_path


def copy(name: str, cwd: Path) -> str:
    shutil.copy(MARKDOWN / name, cwd / name)
    return name


def findings_of(cwd: Path, *args: str) -> tuple[int, list[dict]]:
    r = run("check", *args, "--format", "json", cwd=cwd)
    return r.code, r.json()["findings"]


def test_check_reports_what_is_missing(cwd: Path) -> None:
    name = copy("no-byline.md", cwd)
    text = (MARKDOWN / name).read_text(encoding="utf-8")
    code, found = findings_of(cwd, name)
    assert code == 1
    title = line_of(text, "title:")
    got = {(f["rule"], f["line"], f["json_path"]) for f in found}
    assert {("missing-author", title, "$.@graph[0]"), ("missing-date-published", title, "$.@graph[0]"),
            ("missing-date-modified", title, "$.@graph[0]"), ("missing-image", title, "$.@graph[0]")} <= got
    assert "missing-headline" not in {f["rule"] for f in found}
    assert "missing-description" not in {f["rule"] for f in found}


@pytest.mark.parametrize("name", READABLE)
def test_fixtures_read_without_reader_problems(name: str) -> None:
    findings = lint_path(MARKDOWN / name, now=NOW)
    assert not rules_of(findings) & {"parse-error", "missing-headline", "invalid-date"}
    if name != "no-byline.md":
        assert not rules_of(findings) & {"missing-author", "missing-date-published", "missing-image"}


def test_broken_front_matter_is_one_parse_error(cwd: Path) -> None:
    name = copy("broken-front-matter.md", cwd)
    code, found = findings_of(cwd, name)
    assert code == 1
    assert [(f["rule"], f["severity"]) for f in found] == [("parse-error", "error")]
    assert "YAML front matter" in found[0]["message"]


def test_directories_are_walked_for_markdown(cwd: Path) -> None:
    (cwd / "content" / "posts").mkdir(parents=True)
    shutil.copy(MARKDOWN / "no-byline.md", cwd / "content" / "posts" / "library.md")
    shutil.copy(MARKDOWN / "hugo-toml.md", cwd / "content" / "posts" / "storm.markdown")
    _, found = findings_of(cwd, "content")
    assert {Path(f["path"]).name for f in found} == {"library.md", "storm.markdown"}


def test_site_timezone_gives_the_offset_and_an_info(cwd: Path) -> None:
    name = copy("jekyll.md", cwd)
    text = (MARKDOWN / name).read_text(encoding="utf-8")
    date_line = line_of(text, "date:")
    _, found = findings_of(cwd, name)
    assert ("date-without-timezone", date_line) in {(f["rule"], f["line"]) for f in found}
    (cwd / ".newslint.toml").write_text('[site]\ntimezone = "Europe/Madrid"\nurl = "https://example.com"\n',
                                        encoding="utf-8")
    _code, found = findings_of(cwd, name)
    rules = {(f["rule"], f["line"]) for f in found}
    assert ("timezone-from-config", date_line) in rules
    assert "date-without-timezone" not in {f["rule"] for f in found}
    # The site URL made the image and page URLs absolute.
    assert "relative-url" not in {f["rule"] for f in found}
    [info] = [f for f in found if f["rule"] == "timezone-from-config"]
    assert info["severity"] == "info" and "Europe/Madrid" in info["message"]


def test_library_offset_from_site_timezone() -> None:
    text = "---\ntitle: Night bus\ndate: 2025-01-15 23:30:00\n---\n\nThe night bus returns.\n"
    config = parse_config({"site": {"timezone": "America/Havana"}})
    findings = lint_md(text, config=config)
    assert keys(findings, "timezone-from-config") == {("timezone-from-config", 3, None)}
    assert keys(findings, "date-without-timezone") == set()
    assert keys(lint_md(text), "date-without-timezone") == {
        ("date-without-timezone", 3, "$.@graph[0].datePublished")}


def test_configured_field_map_is_used(cwd: Path) -> None:
    (cwd / "story.md").write_text(
        "---\nhed: Council approves budget\nbyline: Ana Ruiz\nfecha: 2025-03-03T10:00:00+01:00\n---\n\nText.\n",
        encoding="utf-8")
    _, found = findings_of(cwd, "story.md")
    assert {"missing-headline", "missing-author", "missing-date-published"} <= {f["rule"] for f in found}
    (cwd / "pyproject.toml").write_text(
        '[project]\nname = "site"\n\n[tool.newslint.front-matter]\nheadline = ["hed"]\nauthors = ["byline"]\n'
        'date_published = ["fecha", "date"]\n', encoding="utf-8")
    _, found = findings_of(cwd, "story.md")
    assert not {"missing-headline", "missing-author", "missing-date-published"} & {f["rule"] for f in found}


@pytest.mark.parametrize(("toml", "words"), [
    ('[tool.newslint.front-matter]\ntitel = ["title"]\n',
     "unknown key 'tool.newslint.front-matter.titel'"),
    ('[tool.newslint.front-matter]\ntitle = ["title"]\n', "(did you mean 'headline'?)"),
    ('[tool.newslint.front-matter]\nheadlines = ["title"]\n', "(did you mean 'headline'?)"),
    ('[tool.newslint.front-matter]\nheadline = "title"\n', "'tool.newslint.front-matter.headline'"),
    ('[tool.newslint.front-matter]\nheadline = []\n', "'tool.newslint.front-matter.headline'"),
    ('[tool.newslint.front-matter]\nauthors = ["byline", 3]\n', "'tool.newslint.front-matter.authors'"),
    ('[tool.newslint]\nfront-matter = ["title"]\n', "'tool.newslint.front-matter'"),
    ('[tool.newslint]\nfrontmatter = {}\n', "(did you mean 'front-matter'?)"),
])
def test_bad_front_matter_config_exits_2(cwd: Path, toml: str, words: str) -> None:
    name = copy("hugo-yaml.md", cwd)
    (cwd / "pyproject.toml").write_text('[project]\nname = "site"\n\n' + toml, encoding="utf-8")
    line = one_line_error(run("check", name, cwd=cwd))
    assert words in line


def test_front_matter_config_is_frozen() -> None:
    config = parse_config({"front-matter": {"headline": ["hed", "title"]}})
    assert dict(config.front_matter) == {"headline": ("hed", "title")}
    with pytest.raises(TypeError):
        config.front_matter["authors"] = ("byline",)  # type: ignore[index]
    assert dict(parse_config({}).front_matter) == {}
    with pytest.raises(ConfigError, match=r"unknown key 'front-matter\.titel'"):
        parse_config({"front-matter": {"titel": ["x"]}})


def test_suppression_removes_its_rules_findings(cwd: Path) -> None:
    text = (MARKDOWN / "suppressed.md").read_text(encoding="utf-8")
    without = text.replace("newslint:\n  ignore: [missing-image-license, no-such-rule]\n", "")
    suppressed = text.replace("[missing-image-license, no-such-rule]", "[missing-image-license, missing-publisher]")
    assert {"missing-image-license", "missing-publisher"} <= rules_of(lint_md(without))
    findings = lint_md(suppressed)
    assert not rules_of(findings) & {"missing-image-license", "missing-publisher"}
    assert rules_of(findings) == rules_of(lint_md(without)) - {"missing-image-license", "missing-publisher"}
    # Through the CLI, the same.
    (cwd / "story.md").write_text(suppressed, encoding="utf-8")
    _, found = findings_of(cwd, "story.md")
    assert not {f["rule"] for f in found} & {"missing-image-license", "missing-publisher"}


def test_json_output_of_a_markdown_file(cwd: Path) -> None:
    name = copy("hugo-yaml.md", cwd)
    r = run("check", name, "--format", "json", cwd=cwd)
    assert r.code == 0  # warnings and infos only
    assert {f["path"] for f in r.json()["findings"]} == {name}
    assert json.loads(r.out)["summary"]["files"] == 1
