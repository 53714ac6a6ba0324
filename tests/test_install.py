"""The wheel, installed in a fresh virtual environment, works away from the checkout.

No network: the wheel is built without build isolation (hatchling comes with the
``test`` extra), installed with ``--no-deps``, and the project's dependencies are
borrowed from the environment running the tests.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

# seconds to minutes: generated inputs, subprocesses and real servers per case: not in `make test-fast`.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "cuba-china-military-cooperation.txt"


def _run(cmd: list[str], *, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def _clean_env() -> dict[str, str]:
    # Nothing that would point the new environment back at the checkout or elsewhere.
    drop = {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONUSERBASE", "VIRTUAL_ENV",
            "NO_COLOR", "FORCE_COLOR", "NEWSLINT_DEBUG", "PIP_REQUIRE_VIRTUALENV"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["PYTHONNOUSERSITE"] = "1"
    env["PIP_NO_INDEX"] = "1"  # never the network
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                 "-w", str(out), str(ROOT)], cwd=out, env=_clean_env())
    assert proc.returncode == 0, proc.stderr
    [whl] = out.glob("newslint-*.whl")
    return whl


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with only the wheel installed; returns its bin directory."""
    env_dir = tmp_path_factory.mktemp("venv") / "env"
    proc = _run([sys.executable, "-m", "venv", str(env_dir)], cwd=env_dir.parent, env=_clean_env())
    assert proc.returncode == 0, proc.stderr
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    proc = _run([str(python), "-m", "pip", "install", "--no-deps", "-q", str(wheel)], cwd=env_dir, env=_clean_env())
    assert proc.returncode == 0, proc.stderr

    # The dependencies (jsonschema, lxml, extruct, ...) come from the environment running
    # the tests, by a .pth line naming its site-packages. That directory also holds the
    # editable install of this checkout (a .pth file pointing at it), which must not be
    # what the new environment imports, and is not:
    # - a directory named in a .pth file is only appended to sys.path; .pth files inside
    #   it are not executed, so the editable install's .pth never runs;
    # - the new environment's own site-packages, holding the wheel's `linter`, comes
    #   before anything a .pth file appends.
    site_packages = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                              cwd=env_dir, env=_clean_env()).stdout.strip())
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site_packages / "_newslint_test_deps.pth").write_text("".join(f"{p}\n" for p in sorted(ours)), encoding="utf-8")
    return bindir


def test_wheel_contains_the_schemas(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    schemas = sorted(n for n in names if n.startswith("linter/schemas/") and n.endswith(".schema.json"))
    expected = sorted(f"linter/schemas/{p.name}" for p in (ROOT / "schemas").glob("*.schema.json"))
    assert schemas == expected
    assert schemas  # the checkout has schemas, and all of them ship
    assert "linter/cli.py" in names
    assert any(n.endswith(".dist-info/entry_points.txt") for n in names)


def test_installed_command_checks_the_seed(installed: Path, tmp_path: Path) -> None:
    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / ".git").mkdir()  # no configuration from above
    shutil.copy(SEED, work / "seed.txt")
    newslint = installed / ("newslint.exe" if os.name == "nt" else "newslint")
    proc = _run([str(newslint), "check", "seed.txt", "--format", "json"], cwd=work, env=_clean_env())
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ""
    data = json.loads(proc.stdout)
    assert "missing-date-published" in {f["rule"] for f in data["findings"]}
    assert data["summary"]["files"] == 1

    doc = _run([str(newslint), "rules", "missing-date-published"], cwd=work, env=_clean_env())
    assert doc.returncode == 0
    assert "## What it does" in doc.stdout


def test_installed_package_is_imported_from_the_new_environment(installed: Path, tmp_path: Path) -> None:
    python = installed / ("python.exe" if os.name == "nt" else "python")
    proc = _run([str(python), "-c", "import linter, linter.schemas; print(linter.__file__); "
                 "print(linter.schemas.schema_dir()); print(len(linter.schemas.load_schemas()))"],
                cwd=tmp_path, env=_clean_env())
    assert proc.returncode == 0, proc.stderr
    module, schema_dir, count = proc.stdout.splitlines()
    env_root = installed.parent.resolve()
    for where in (module, schema_dir):
        path = Path(where).resolve()
        assert path.is_relative_to(env_root), where
        assert not path.is_relative_to(ROOT), where
    assert int(count) == len(list((ROOT / "schemas").glob("*.schema.json")))


def test_installed_package_is_typed(installed: Path, tmp_path: Path) -> None:
    """PEP 561: the ``py.typed`` marker ships, so type checkers read the library's hints."""
    python = installed / ("python.exe" if os.name == "nt" else "python")
    proc = _run([str(python), "-c", "import importlib.resources as r, linter; "
                 "print(r.files('linter').joinpath('py.typed').is_file()); print(linter.check([]).files)"],
                cwd=tmp_path, env=_clean_env())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["True", "0"]
