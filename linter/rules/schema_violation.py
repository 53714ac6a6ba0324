"""JSON Schema constraint without a rule name was violated.

## What it does
Reports a violation of a constraint in a house schema (`schemas = [...]` in the configuration;
see `schemas/README.md`) that names no rule: neither the constraint nor the schema's top level
carries `x-rule`. newslint's own schemas name every constraint; this rule makes the errors of
house schemas written without names still surface.

## Why it matters
An unnamed constraint cannot be selected, ignored or documented on its own. Name it.

## Example
```json
{"allOf": [{"required": ["articleSection"]}]}
```

## Use instead
```json
{"allOf": [{"required": ["articleSection"], "x-rule": "missing-article-section",
            "x-severity": "warning", "x-message": "article has no articleSection",
            "x-hint": "add the desk as articleSection"}]}
```

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "schema-violation"
SOURCE = "https://json-schema.org/draft/2020-12/json-schema-core"
HINT = "give the schema constraint an x-rule name"
TARGET: Final = Target.SCHEMA
