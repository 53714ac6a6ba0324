"""Configuration: ``[tool.newslint]`` in ``pyproject.toml`` or a ``.newslint.toml``.

Found from the working directory upward to the repository root (the first
directory holding ``.git``); ``--config FILE`` overrides the search. In one
directory ``.newslint.toml`` wins over ``pyproject.toml``; a ``pyproject.toml``
without a ``[tool.newslint]`` table is passed over. Unknown keys and bad values
are errors that name the key.

Example::

    [tool.newslint]
    select = []                      # empty: every rule
    ignore = ["missing-image-license"]
    severity = { missing-description = "error" }
    exclude = ["drafts/**"]
    per-file-ignores = { "archive/**" = ["missing-date-modified"] }
    profile = ["google", "schema.org", "newsroom", "seo", "newslint"]
    schemas = ["house/*.schema.json"]  # house JSON Schemas, globbed relative to this file

    [tool.newslint.site]
    publisher = "The Daily Example"
    url = "https://example.com"
    logo = "https://example.com/logo.png"
    timezone = "Europe/Madrid"
    language = "es"

    [tool.newslint.front-matter]    # Markdown: the keys read for each field, in order
    headline = ["title", "headline"]
    authors = ["byline", "authors", "author"]
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import Any

from linter.findings import AUTHORITIES, Severity
from linter.front_matter import FRONT_MATTER_FIELDS
from linter.schemas import HouseSchema, SchemaRule, house_rules


class ConfigError(Exception):
    """A configuration problem, worded for a one-line message."""


@dataclass(frozen=True, slots=True)
class SiteConfig:
    """Site-wide facts an article does not carry itself."""

    publisher: str | None = None
    url: str | None = None
    logo: str | None = None
    timezone: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Config:
    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    per_file_ignores: Mapping[str, frozenset[str]] = field(default_factory=dict)
    profile: frozenset[str] = frozenset(AUTHORITIES)
    site: SiteConfig = SiteConfig()
    #: Markdown front matter: article field -> the keys read for it, in order (replacing
    #: the reader's defaults for that field; see ``linter.front_matter.FRONT_MATTER_FIELDS``).
    front_matter: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    #: House JSON Schemas (``schemas = [...]``), checked like newslint's own (``linter.schemas``).
    schemas: tuple[HouseSchema, ...] = ()
    source: Path | None = None
    root: Path = field(default_factory=Path.cwd)

    @property
    def house_rules(self) -> dict[str, SchemaRule]:
        """The rules the house schemas name, by name (known to selections and suppressions)."""
        return house_rules(self.schemas)

    def enabled(self, rule: str, authority: str, path: str | None = None) -> bool:
        """Whether ``rule`` runs for ``path`` (``parse-error`` always does)."""
        if rule == "parse-error":
            return True
        if self.select and rule not in self.select:
            return False
        if rule in self.ignore or authority not in self.profile:
            return False
        if path is not None and self.per_file_ignores:
            rel = self.relative(path)
            for pattern, rules in self.per_file_ignores.items():
                if rule in rules and _match(rel, pattern):
                    return False
        return True

    def excluded(self, path: str) -> bool:
        rel = self.relative(path)
        return any(_match(rel, pattern) for pattern in self.exclude)

    def relative(self, path: str) -> str:
        p = Path(path)
        try:
            # os.path.realpath, not Path.resolve: a symlink loop (a.md -> b.md -> a.md) is a
            # path like any other here, where resolve() raises RuntimeError before Python 3.13.
            return Path(os.path.realpath(p)).relative_to(os.path.realpath(self.root)).as_posix()
        except (ValueError, OSError, RuntimeError):
            return p.as_posix()


def _match(rel: str, pattern: str) -> bool:
    """Glob match on a relative posix path; ``**`` spans directories."""
    try:
        if PurePosixPath(rel).match(pattern):
            return True
    except ValueError:  # a pattern pathlib reads as empty ("." or "./"): fnmatch judges it alone
        pass
    if fnmatch.fnmatch(rel, pattern):
        return True
    # "drafts/" or "drafts" excludes everything below the folder.
    prefix = pattern.rstrip("/")
    return "*" not in prefix and (rel == prefix or rel.startswith(prefix + "/"))


_TOP_KEYS = {"select", "ignore", "severity", "exclude", "per-file-ignores", "profile", "site", "front-matter",
             "schemas"}
_SITE_KEYS = {"publisher", "url", "logo", "timezone", "language"}


def find_config_file(start: Path) -> Path | None:
    """The nearest ``.newslint.toml`` or ``pyproject.toml`` with ``[tool.newslint]``."""
    here = start.resolve()
    for directory in (here, *here.parents):
        dotfile = directory / ".newslint.toml"
        if dotfile.is_file():
            return dotfile
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
        if (directory / ".git").exists():
            return None
    return None


def _has_tool_table(pyproject: Path) -> bool:
    from linter.inputfile import InputError, read_input

    try:
        data = read_input(pyproject)
    except InputError:  # not ours to judge: it may not be meant for newslint at all
        return False
    if b"[tool.newslint" not in data:
        return False
    tool = _read_toml(pyproject).get("tool")
    return isinstance(tool, dict) and "newslint" in tool


def _read_toml(path: Path) -> dict[str, Any]:
    """The TOML document at ``path``; :class:`ConfigError` naming the file for anything unreadable."""
    import tomllib

    from linter.inputfile import InputError, read_input

    try:
        # Read as every input is: a FIFO or a device named as the configuration is refused, never waited on.
        data = read_input(path)
    except InputError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.reason}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:  # TOML is UTF-8 by definition
        raise ConfigError(f"{path}: invalid TOML: not UTF-8 "
                          f"(byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: arrays or tables nested too deeply") from None
    except ValueError as exc:  # what tomllib lets through: an integer of more digits than Python converts
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def load_config(explicit: str | None = None, *, start: Path | None = None) -> Config:
    """The configuration in effect: ``explicit`` file, else the nearest one, else defaults."""
    if explicit is not None:
        path = Path(explicit)
        if not os.path.lexists(path):
            raise ConfigError(f"config file not found: {explicit}")
        # A directory, a FIFO, a looping link: _read_toml says which.
    else:
        found = find_config_file(start or Path.cwd())
        if found is None:
            return Config()
        path = found
    data = _read_toml(path)
    if path.name == "pyproject.toml" or "tool" in data:
        tool = data.get("tool", {})
        if not isinstance(tool, dict):  # `tool = 1`: valid TOML, but no table to look in
            raise ConfigError(f"'tool' in {path} must be a table")
        table = tool.get("newslint", {} if path.name == "pyproject.toml" else data)
        prefix = "tool.newslint"
    else:
        table, prefix = data, ""
    if not isinstance(table, dict):
        raise ConfigError(f"'{prefix}' in {path} must be a table")
    return parse_config(table, source=path, prefix=prefix)


def parse_config(table: Mapping[str, Any], *, source: Path | None = None, prefix: str = "") -> Config:
    """Validate a ``[tool.newslint]`` table; raise :class:`ConfigError` naming the bad key."""
    from linter import rules

    registry = rules.registry()
    where = f" in {source}" if source else ""

    def key(name: str) -> str:
        return f"{prefix}.{name}" if prefix else name

    for name in table:
        if name not in _TOP_KEYS:
            raise ConfigError(f"unknown key '{key(name)}'{where}{_did_you_mean(name, _TOP_KEYS)}")

    house = _house_schemas(table.get("schemas", []), key("schemas"), where,
                           source.parent if source else Path.cwd(), registry)
    known = {*registry, *house_rules(house)}

    def rule_list(name: str) -> frozenset[str]:
        value = table.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"'{key(name)}'{where} must be a list of rule names")
        for rule in value:
            if rule not in known:
                raise ConfigError(f"unknown rule '{rule}' in '{key(name)}'{where}{_did_you_mean(rule, known)}")
        return frozenset(value)

    severity: dict[str, Severity] = {}
    raw_sev = table.get("severity", {})
    if not isinstance(raw_sev, dict):
        raise ConfigError(f"'{key('severity')}'{where} must be a table of rule = severity")
    for rule, value in raw_sev.items():
        if rule not in known:
            raise ConfigError(f"unknown rule '{rule}' in '{key('severity')}'{where}{_did_you_mean(rule, known)}")
        if rule == "parse-error":
            raise ConfigError(f"'{key('severity')}.parse-error'{where}: parse-error is always an error")
        try:
            severity[rule] = Severity(value)
        except ValueError:
            raise ConfigError(
                f"'{key('severity')}.{rule}'{where} must be \"error\", \"warning\" or \"info\", not {value!r}"
            ) from None

    exclude = table.get("exclude", [])
    if not isinstance(exclude, list) or not all(isinstance(v, str) and v for v in exclude):
        # An empty pattern matches nothing, and pathlib refuses it (ValueError) halfway through a walk.
        raise ConfigError(f"'{key('exclude')}'{where} must be a list of glob patterns (not empty)")

    pfi: dict[str, frozenset[str]] = {}
    raw_pfi = table.get("per-file-ignores", {})
    if not isinstance(raw_pfi, dict):
        raise ConfigError(f"'{key('per-file-ignores')}'{where} must be a table of glob = [rules]")
    for pattern, names in raw_pfi.items():
        if not pattern:
            raise ConfigError(f"'{key('per-file-ignores')}'{where} has an empty glob pattern")
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ConfigError(f"'{key('per-file-ignores')}.{pattern}'{where} must be a list of rule names")
        for rule in names:
            if rule not in known:
                raise ConfigError(
                    f"unknown rule '{rule}' in '{key('per-file-ignores')}.{pattern}'{where}"
                    f"{_did_you_mean(rule, known)}"
                )
        pfi[pattern] = frozenset(names)

    profile = table.get("profile", list(AUTHORITIES))
    if not isinstance(profile, list) or not all(p in AUTHORITIES for p in profile):
        raise ConfigError(f"'{key('profile')}'{where} must be a list of: {', '.join(AUTHORITIES)}")

    site_table = table.get("site", {})
    if not isinstance(site_table, dict):
        raise ConfigError(f"'{key('site')}'{where} must be a table")
    for name, value in site_table.items():
        if name not in _SITE_KEYS:
            raise ConfigError(f"unknown key '{key('site.' + name)}'{where}{_did_you_mean(name, _SITE_KEYS)}")
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"'{key('site.' + name)}'{where} must be a non-empty string")
    tz = site_table.get("timezone")
    if tz is not None:
        from linter.dates import load_timezone

        try:
            tz_known = load_timezone(tz) is not None
        except (OSError, ValueError):  # a name the system cannot even look up (too long for a file name)
            tz_known = False
        if not tz_known:
            raise ConfigError(f"'{key('site.timezone')}'{where}: unknown timezone {tz!r} "
                              "(use an IANA name such as Europe/Madrid)")

    front_matter = _front_matter(table.get("front-matter", {}), key("front-matter"), where)

    return Config(
        select=rule_list("select"),
        ignore=rule_list("ignore"),
        severity=severity,
        exclude=tuple(exclude),
        per_file_ignores=pfi,
        profile=frozenset(profile),
        site=SiteConfig(**{k: site_table.get(k) for k in _SITE_KEYS}),
        front_matter=front_matter,
        schemas=house,
        source=source,
        root=source.parent if source else Path.cwd(),
    )


def _house_schemas(patterns: Any, name: str, where: str, root: Path, registry: Any) -> tuple[HouseSchema, ...]:
    """``schemas = [...]``: house JSON Schemas, read and checked now so a broken one stops the run here."""
    from linter.schemas import SchemaError, load_house_schemas

    if not isinstance(patterns, list) or not all(isinstance(p, str) and p.strip() for p in patterns):
        raise ConfigError(f"'{name}'{where} must be a list of paths or glob patterns of JSON Schema files")
    try:
        return load_house_schemas(patterns, root, taken=registry)
    except SchemaError as exc:
        raise ConfigError(f"'{name}'{where}: {exc}") from None


def _front_matter(table: Any, name: str, where: str) -> Mapping[str, tuple[str, ...]]:
    """``[tool.newslint.front-matter]``: article field = [front-matter keys, in order]."""
    if not isinstance(table, dict):
        raise ConfigError(f"'{name}'{where} must be a table of field = [front-matter keys]")
    fields: dict[str, tuple[str, ...]] = {}
    for field_name, keys in table.items():
        if field_name not in FRONT_MATTER_FIELDS:
            hint = _did_you_mean(field_name, FRONT_MATTER_FIELDS)
            if not hint:
                # "title = [...]" (or "titel"): a front-matter key where the field it fills was meant.
                import difflib

                owners = {k: f for f, keys in FRONT_MATTER_FIELDS.items() for k in keys}
                close = difflib.get_close_matches(field_name, list(owners), n=1, cutoff=0.75)
                hint = f" (did you mean '{owners[close[0]]}'?)" if close else ""
            raise ConfigError(f"unknown key '{name}.{field_name}'{where}{hint}; "
                              f"fields: {', '.join(FRONT_MATTER_FIELDS)}")
        if (not isinstance(keys, list) or not keys
                or not all(isinstance(k, str) and k.strip() for k in keys)):
            raise ConfigError(f"'{name}.{field_name}'{where} must be a non-empty list of front-matter keys, "
                              f"such as {list(FRONT_MATTER_FIELDS[field_name][:2])}")
        fields[field_name] = tuple(k.strip() for k in keys)
    return MappingProxyType(fields)


def _did_you_mean(name: str, choices: Any) -> str:
    import difflib

    match = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""
