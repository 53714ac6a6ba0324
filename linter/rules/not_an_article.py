"""File is not an article, and is passed over.

## What it does
Passes over a `.txt` or `.md` file that is no article, and a `.json` file that is no JSON-LD,
instead of reporting everything an article would lack. A text file is no article when its
name never names one (`requirements.txt`, `robots.txt`, `LICENSE.txt`, `README.md`,
`CHANGELOG.md`, ...) or when it holds no paragraph of prose, only lines of data (requirement
specifiers, `Key: value` directives, settings, records). A `.json` file is no JSON-LD without
a JSON-LD keyword (`@context`, `@type`, ...) at its top (`package.json`, `tsconfig.json`).

Such a file is not counted among the files checked, and nothing is reported for it: `newslint
check` says on standard error which files it passed over (not with `--quiet`). The library's
`lint_path` and `lint_text` return this one finding, at `info`, saying why. A directory walk
does not even collect the names that never name an article.

## Why it matters
pre-commit hands the hook every file its `files` pattern matches: without this, a commit
touching `requirements.txt` failed with six errors about a missing byline and dates.

## Example
```
requests>=2.31
lxml==5.2.1
```

## Use instead
Scope newslint to the articles, so that nothing else is read at all: `files: ^content/` in
`.pre-commit-config.yaml`, `exclude` in the configuration, or the folders given to `newslint
check`.

## Options
None: a file passed over is not linted, so neither selection nor severity applies to it. An
article newslint takes for something else is read once it has a paragraph of prose.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "not-an-article"
SEVERITY = "info"
AUTHORITY = "newslint"
SOURCE = "https://pre-commit.com/#hooks-files"
HINT = "scope newslint to the articles (files: ^content/ in .pre-commit-config.yaml, or exclude)"
TARGET: Final = Target.READER
