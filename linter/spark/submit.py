"""The script ``spark-submit`` runs: ``spark-submit [OPTIONS] linter/spark/submit.py INPUT... --output DIR``.

spark-submit takes a Python file, not a module: this one runs ``newslint spark`` with the
arguments after it (the same as ``newslint spark`` takes), on the master spark-submit was given.
Its path, for an installed newslint: ``python -c 'import linter.spark.submit as s; print(s.__file__)'``.
Run from a checkout without newslint installed, it finds the package beside it.
"""

import os
import sys


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    if sys.path and os.path.abspath(sys.path[0] or ".") == here:
        del sys.path[0]  # (this folder's modules are the package's, not top-level ones)
    try:
        import linter  # noqa: F401
    except ImportError:  # a checkout, run as a file: the package is two folders up
        sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from linter.cli import main as newslint

    return newslint(["spark", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
