"""Archive record could not be read.

## What it does
Reported by `newslint check` for a record of a WARC archive (`.warc`, `.warc.gz`) that holds a
page it cannot read: a record cut short (a file copied or downloaded in part), a corrupt gzip
member, a header that cannot be parsed, a chunked or compressed body that cannot be decoded, or
a body larger than the crawler's cap (10 MB once decompressed). The message says which, and at
what offset of the archive; the finding's path is the page's URL when the record's header could
still be read, else the archive's own name. Reading goes on with the next record the format lets
newslint find: in a `.warc.gz`, whose records are gzip members each, the next member; in a plain
`.warc`, the next `WARC/1.0` or `WARC/1.1` line.

## Why it matters
A page that cannot be read out of the archive cannot be checked. The damage is the archive's,
not the page's: nothing says the published page is wrong, but a report that passed over it in
silence would count fewer pages than the archive holds, and an audit would miss them.

## Example
```
crawl.warc.gz: [error] record at offset 81920 cannot be read (OSError: Gzip decompression error: data error); reading resumed at offset 90112 (warc-record-error)
```

## Use instead
An archive whose records are whole: fetch or copy it again (Common Crawl publishes each file's
size and checksum; `gzip -t FILE.warc.gz` tests every member), or crawl the page again
(`newslint crawl --warc out.warc.gz URL`).

## Options
None. Like `parse-error`, the rule cannot be deselected: a page that was not checked is never
silently passed.
"""

from __future__ import annotations

from typing import Final

from linter.rules import Target

NAME = "warc-record-error"
SEVERITY = "error"
AUTHORITY = "newslint"
SOURCE = "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"
HINT = "fetch or copy the archive again, or crawl the page again (the message says what is damaged)"
TARGET: Final = Target.READER
