"""newslint: a structured-data and SEO linter for news publishers.

Library use: what the ``newslint`` command does, minus argparse::

    import linter
    from pathlib import Path

    report = linter.check([Path("articles")])        # files and folders, walked as the CLI walks them
    report = linter.check(text, path="a.md")         # one source's contents (str or bytes)
    report.findings, report.files, report.counts     # sorted as `newslint check` reports them
    report.failed("warning")                         # as --fail-on warning would exit 1
    jsonld = linter.convert(text)                    # what `newslint convert` prints (a dict)
    config = linter.load_config()                    # the configuration the CLI would find

:func:`lint_path` and :func:`lint_text` give one source's findings as a list. Imports are lazy
so that ``import linter`` (and the ``newslint`` command) starts fast.
"""

from __future__ import annotations

import sys
from types import ModuleType

TYPE_CHECKING = False  # (typing itself is not imported: it would cost more than the rest of this module)
if TYPE_CHECKING:  # pragma: no cover
    from linter.api import Report, check, convert
    from linter.config import Config, ConfigError, load_config
    from linter.conversion import ConversionError
    from linter.findings import Finding, Severity
    from linter.lint import lint_path, lint_text

__version__ = "0.1.0"
__all__ = ["Config", "ConfigError", "ConversionError", "Finding", "Report", "Severity", "__version__", "check",
           "convert", "lint_path", "lint_text", "load_config"]

#: Each public name and the module defining it, imported when the name is first used.
_LAZY = {
    "Config": "linter.config", "ConfigError": "linter.config", "load_config": "linter.config",
    "ConversionError": "linter.conversion",
    "Finding": "linter.findings", "Severity": "linter.findings",
    "Report": "linter.api", "check": "linter.api", "convert": "linter.api",
    "lint_path": "linter.lint", "lint_text": "linter.lint",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'linter' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module), name)
    globals()[name] = value  # (the module's dict: what the guard below guards against is a setattr)
    return value


class _Package(ModuleType):
    """The ``linter`` package, whose public names no submodule replaces.

    Importing a submodule sets it as an attribute of its package: once anything imported
    ``linter.check`` (the checks of a source), ``linter.check`` would be that module and
    ``linter.check(...)`` a ``TypeError`` (``linter.convert`` met this while the builder was
    ``linter/convert.py``). A submodule named like a public name stays in ``sys.modules``, where
    ``from linter.check import ...`` finds it; the package attribute stays the public function.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name in _LAZY and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
