"""Suppression names no rule.

## What it does
Reports a suppression in an article that names a rule newslint does not have: a misspelt
name in front matter (`newslint: {ignore: [missing-date-publshed]}`) or in an HTML comment
(`<!-- newslint: ignore missing-author-urll -->`), with the closest rule name.

## Why it matters
A misspelt suppression silently suppresses nothing: the finding it was written for keeps
coming back, or worse, someone believes it is handled.

## Example
```yaml
newslint:
  ignore: [missing-date-publshed]
```

## Use instead
```yaml
newslint:
  ignore: [missing-date-published]
```

## Options
None. `newslint rules` lists the rule names.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "unknown-suppression"
SEVERITY = "warning"
AUTHORITY = "newslint"
SOURCE = "https://docs.astral.sh/ruff/linter/#error-suppression"
HINT = "use a rule name that 'newslint rules' lists"
TARGET: Final = Target.READER
