"""``python -m benchmarks [NAME...]``: run the named benchmarks (default: all).

``python -m benchmarks hostile [--quick] [SHAPE...]``: the hostile-size benchmark alone, with its
own arguments (see :mod:`benchmarks.hostile`); ``python -m benchmarks accuracy [--pages N] [--show]``
likewise (see :mod:`benchmarks.accuracy`).
"""

from __future__ import annotations

import sys

from benchmarks import accuracy, archive, crawl, fix, hostile, pages, peers, spark, startup, vocab, warc

BENCHMARKS = {"pages": pages.run, "vocab": vocab.run, "startup": startup.run,
              "archive": archive.run, "peers": peers.run, "crawl": crawl.run, "hostile": hostile.run,
              "accuracy": accuracy.run, "fix": fix.run, "warc": warc.run, "spark": spark.run}
#: Benchmarks that take arguments: named first, the rest of the command line is theirs.
WITH_ARGUMENTS = {"hostile", "accuracy"}


def main(argv: list[str]) -> int:
    if argv and argv[0] in WITH_ARGUMENTS:
        BENCHMARKS[argv[0]](argv[1:])
        return 0
    names = argv or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark {unknown[0]!r}; choose from {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2
    for name in names:
        BENCHMARKS[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
