"""``python -m linter``: the same as the ``newslint`` command."""

import sys

from linter.cli import main

sys.exit(main())
