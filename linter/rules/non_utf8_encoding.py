"""Source is not UTF-8.

## What it does
Reports a text source whose bytes are not valid UTF-8. newslint reads it anyway, as
Windows-1252 (the usual culprit), and says so.

## Why it matters
Search engines and browsers read JSON-LD and article text as UTF-8. A file in another
encoding shows mangled accents (`LÃ³pez` for `López`) once published, in names, headlines and
captions.

## Example
A file saved in Latin-1 or Windows-1252: `L\xf3pez Miera` as bytes.

## Use instead
The same text saved as UTF-8: `L\xc3\xb3pez Miera` as bytes.

## Options
None.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "non-utf8-encoding"
SEVERITY = "warning"
AUTHORITY = "newslint"
SOURCE = "https://www.w3.org/International/questions/qa-choosing-encodings"
HINT = "save the file as UTF-8"
TARGET: Final = Target.READER
