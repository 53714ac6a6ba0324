#!/usr/bin/env python3
"""Write linter/rules/catalog.json from the rule modules (run after adding or changing a rule).

The registry reads the catalog instead of importing every rule module, so a run
only imports the rules it runs; tests/rules/test_schemas_meta.py fails when the
catalog and the modules disagree.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linter.rules import catalog_entries  # noqa: E402

OUTPUT = ROOT / "linter" / "rules" / "catalog.json"


def render() -> str:
    return json.dumps(catalog_entries(), indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    OUTPUT.write_text(render(), encoding="utf-8")
    print(f"build_rule_catalog: wrote {OUTPUT}")
