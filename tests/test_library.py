"""The library is the CLI minus argparse: ``linter.check`` and ``linter.convert`` against the commands.

Each input goes through the command (a subprocess, ``--isolated``) and through the library,
and the two must agree exactly: the same findings in the same order, the same JSON-LD.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

import linter

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
HUGO_TOML = FIXTURES / "markdown" / "hugo-toml.md"  # +++ TOML front matter
JEKYLL_YAML = FIXTURES / "markdown" / "jekyll.md"  # --- YAML front matter
PAGE = FIXTURES / "html" / "article-no-json-ld.html"
MARKED_UP_PAGE = FIXTURES / "pages" / "metascraper-wsj.html.gz"  # a real page with its own JSON-LD


def newslint(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "linter", *args, "--isolated"], input=stdin,
                          capture_output=True, timeout=120, cwd=cwd)


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """One input of each kind, as files: the seeds, Markdown with YAML and TOML front matter, pages."""
    where = tmp_path_factory.mktemp("sources")
    page = where / "wsj.html"
    page.write_bytes(gzip.decompress(MARKED_UP_PAGE.read_bytes()))
    return [*SEEDS, JEKYLL_YAML, HUGO_TOML, PAGE, page]


def _check_json(*args: str, stdin: bytes | None = None) -> dict[str, object]:
    done = newslint("check", "--format", "json", *args, stdin=stdin)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def test_check_gives_what_the_command_reports(sources: list[Path]) -> None:
    for source in sources:
        cli = _check_json(str(source))
        report = linter.check([source])
        assert [f.as_dict() for f in report.findings] == cli["findings"], source.name
        assert report.files == cli["summary"]["files"] == 1  # type: ignore[index]
    # Several files at once: one report, in the command's order.
    cli = _check_json(*map(str, sources))
    report = linter.check(sources)
    assert [f.as_dict() for f in report.findings] == cli["findings"]
    summary = cli["summary"]
    assert (report.files, report.errors, report.warnings, report.infos) == (
        summary["files"], summary["errors"], summary["warnings"], summary["infos"])  # type: ignore[index]


def test_check_of_contents_gives_what_standard_input_gives(sources: list[Path]) -> None:
    for source in sources:
        data = source.read_bytes()
        cli = _check_json("-", stdin=data)["findings"]
        assert [f.as_dict() for f in linter.check(data).findings] == cli, source.name
        assert [f.as_dict() for f in linter.check(data.decode("utf-8")).findings] == cli, source.name
        named = _check_json("-", "--stdin-filename", source.name, stdin=data)["findings"]
        assert [f.as_dict() for f in linter.check(data, path=source.name).findings] == named, source.name


@pytest.mark.parametrize("source", [HUGO_TOML, JEKYLL_YAML], ids=["toml", "yaml"])
def test_markdown_on_standard_input_is_read_as_markdown(source: Path) -> None:
    """Front matter says Markdown without a file name (issue 14): the findings of the file, at its lines."""
    from_file = _check_json(str(source))["findings"]
    from_stdin = _check_json("-", stdin=source.read_bytes())["findings"]
    assert {f["path"] for f in from_stdin} <= {"<stdin>"}  # type: ignore[index]
    keys = [(f["rule"], f["line"], f["json_path"]) for f in from_file]  # type: ignore[index]
    assert [(f["rule"], f["line"], f["json_path"]) for f in from_stdin] == keys  # type: ignore[index]
    headline = json.loads(newslint("convert", "-", stdin=source.read_bytes()).stdout)["@graph"][0]["headline"]
    assert headline not in ("---", "+++")


def test_convert_gives_what_the_command_prints(sources: list[Path]) -> None:
    for source in sources:
        done = newslint("convert", str(source))
        assert done.returncode == 0, done.stderr
        printed = json.loads(done.stdout)
        assert linter.convert(source.read_bytes(), path=str(source)) == printed, source.name
        assert linter.convert(source.read_text(encoding="utf-8"), path=source.name) == printed, source.name
        # Without a name, as from standard input: the contents say what they are.
        from_stdin = json.loads(newslint("convert", "-", stdin=source.read_bytes()).stdout)
        assert linter.convert(source.read_text(encoding="utf-8")) == from_stdin == printed, source.name


def test_a_name_decides_over_the_contents() -> None:
    """``path="a.txt"`` reads a page as plain text, as ``newslint convert a.txt`` does."""
    page = PAGE.read_text(encoding="utf-8")
    as_text = linter.convert(page, path="saved.txt")
    assert as_text != linter.convert(page) == linter.convert(page, path="saved.html")
    assert linter.convert(page, kind="html", path="saved.txt") == linter.convert(page)


def test_report_fails_as_the_exit_status_says(sources: list[Path]) -> None:
    seed = str(SEEDS[0])
    report = linter.check([SEEDS[0]])
    for options, severity in ((), "error"), (("--fail-on", "warning"), linter.Severity.WARNING), \
            (("--exit-zero",), None):
        assert report.exit_code(severity) == newslint("check", seed, *options).returncode
    assert report.failed("info") and not report.failed(None)
    assert sum(report.counts.values()) == len(report.findings)
    with pytest.raises(FileNotFoundError):
        linter.check([ROOT / "no-such-file.txt"])


def test_public_names_stay_what_they_are_after_any_import() -> None:
    """Importing a submodule sets it on the package: none may replace a public function.

    ``linter.convert`` was the builder module ``linter/convert.py`` once anything had
    imported it; ``linter/check.py`` would do the same to ``linter.check``.
    """
    code = """if True:
        import importlib, pkgutil, types, linter
        def public():
            return {name: getattr(linter, name) for name in linter.__all__}
        before = public()
        assert not any(isinstance(v, types.ModuleType) for v in before.values()), before
        linter.lint_text("Headline\\n\\nBody text", path="a.txt")
        linter.lint_path("seeds/cuba-china-military-cooperation.txt")
        linter.check("Headline\\n\\nBody text")
        for info in pkgutil.walk_packages(linter.__path__, "linter."):
            if not info.name.endswith("__main__"):  # (it runs the command)
                importlib.import_module(info.name)
        assert public() == before, public()
        assert linter.convert("Headline\\n\\nBody text")["@graph"][0]["headline"] == "Headline"
        assert callable(linter.check) and importlib.import_module("linter.check") is not linter.check
    """
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_public_names_resolve_and_import_lazily() -> None:
    for name in linter.__all__:
        assert getattr(linter, name) is not None, name
    assert {"check", "convert", "Report", "Config", "Finding", "Severity", "load_config"} <= set(linter.__all__)
    # `import linter` (and so the command's start) pays for none of it until a name is used.
    code = "import sys, linter; print(sorted(m for m in sys.modules if m.startswith('linter')))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["['linter']"], done.stderr


def test_the_package_is_typed() -> None:
    from importlib.resources import files

    assert files("linter").joinpath("py.typed").is_file()
