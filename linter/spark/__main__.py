"""``python -m linter.spark INPUT... --output DIR``: the same as ``newslint spark``."""

import sys

from linter.cli import main

sys.exit(main(["spark", *sys.argv[1:]]))
