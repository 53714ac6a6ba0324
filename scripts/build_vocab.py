#!/usr/bin/env python3
"""Derive newslint's compact schema.org vocabulary from the release files.

Usage: python scripts/build_vocab.py [VOCAB_DIR] [OUTPUT]

VOCAB_DIR holds schemaorg-all-https.jsonld and schemaorg-current-https.jsonld
(schema.org release 30.0; default: ../shared/vocab beside the project). OUTPUT
defaults to linter/data/schemaorg.json. The output is deterministic: running
the script again on the same release reproduces the file byte for byte (a test
checks this when the release files are present).

What is kept, by term name (the part after ``schema:``):
  types       type -> direct parent types (DataTypes included)
  datatypes   the data types (Text, URL, Date, DateTime, Number, Boolean, ...)
  properties  property -> [domainIncludes, rangeIncludes]
  members     enumeration member -> its enumeration types
  superseded  term -> the term that supersedes it
  pending     terms in the pending area (valid, not final)
  retired     terms only in the attic (schemaorg-all, not schemaorg-current)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_VOCAB = ROOT.parent / "shared" / "vocab"
DEFAULT_OUTPUT = ROOT / "linter" / "data" / "schemaorg.json"

ABOUT = {
    "source": "Schema.org vocabulary, release 30.0, https://schema.org/ "
              "(data from https://github.com/schemaorg/schemaorg, data/releases/30.0/"
              "schemaorg-all-https.jsonld and schemaorg-current-https.jsonld)",
    "licence": "Creative Commons Attribution-ShareAlike 3.0, https://creativecommons.org/licenses/by-sa/3.0/",
    "changes": "converted by newslint's scripts/build_vocab.py into an index of type parents, property "
               "domains and ranges, enumeration members, superseded, pending and retired terms; "
               "labels and comments left out",
    "licence_of_this_file": "this derived file is released under CC BY-SA 3.0, like its source",
}


def _ids(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value is not None else []
    return [i["@id"] for i in items if isinstance(i, dict) and "@id" in i]


def _name(ident: str) -> str | None:
    return ident[len("schema:"):] if ident.startswith("schema:") else None


def _names(value: Any) -> list[str]:
    return sorted({n for n in (_name(i) for i in _ids(value)) if n})


def build(vocab_dir: Path) -> dict[str, Any]:
    every = json.loads((vocab_dir / "schemaorg-all-https.jsonld").read_text(encoding="utf-8"))["@graph"]
    current = json.loads((vocab_dir / "schemaorg-current-https.jsonld").read_text(encoding="utf-8"))["@graph"]
    current_ids = {n["@id"] for n in current}
    types: dict[str, list[str]] = {}
    datatypes: set[str] = set()
    properties: dict[str, list[list[str]]] = {}
    members: dict[str, list[str]] = {}
    superseded: dict[str, str] = {}
    pending: set[str] = set()
    retired: set[str] = set()
    for node in every:
        name = _name(node["@id"])
        if name is None:
            continue  # terms of other vocabularies, kept in the release for mappings
        kinds = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
        if "rdfs:Class" in kinds:
            types[name] = _names(node.get("rdfs:subClassOf"))
            if "schema:DataType" in kinds:
                datatypes.add(name)
        elif "rdf:Property" in kinds:
            properties[name] = [_names(node.get("schema:domainIncludes")),
                                _names(node.get("schema:rangeIncludes"))]
        else:
            members[name] = sorted(n for n in (_name(k) for k in kinds) if n)
        for newer in _names(node.get("schema:supersededBy")):
            superseded[name] = newer
        area = _ids(node.get("schema:isPartOf"))
        if "https://pending.schema.org" in area:
            pending.add(name)
        if node["@id"] not in current_ids:
            retired.add(name)
    # Subtypes of the data types (URL under Text, Integer under Number...) are data types too.
    changed = True
    while changed:
        changed = False
        for name, parents in types.items():
            if name not in datatypes and any(p in datatypes for p in parents):
                datatypes.add(name)
                changed = True
    return {
        "about": ABOUT,
        "types": dict(sorted(types.items())),
        "datatypes": sorted(datatypes),
        "properties": dict(sorted(properties.items())),
        "members": dict(sorted(members.items())),
        "superseded": dict(sorted(superseded.items())),
        "pending": sorted(pending),
        "retired": sorted(retired),
    }


def render(data: dict[str, Any]) -> str:
    """One entry per line (readable diffs between releases), UTF-8, trailing newline."""
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def main(argv: list[str]) -> int:
    vocab_dir = Path(argv[0]) if argv else DEFAULT_VOCAB
    output = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    if not (vocab_dir / "schemaorg-all-https.jsonld").is_file():
        print(f"build_vocab: no schemaorg-all-https.jsonld in {vocab_dir}", file=sys.stderr)
        return 2
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render(build(vocab_dir)), encoding="utf-8")
    print(f"build_vocab: wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
