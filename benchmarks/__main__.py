"""``python -m benchmarks [NAME...]``: run the named benchmarks (default: all)."""

from __future__ import annotations

import sys

from benchmarks import archive, crawl, pages, peers, startup, vocab

BENCHMARKS = {"pages": pages.run, "vocab": vocab.run, "startup": startup.run,
              "archive": archive.run, "peers": peers.run, "crawl": crawl.run}


def main(argv: list[str]) -> int:
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
