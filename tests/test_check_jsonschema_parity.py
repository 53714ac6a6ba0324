"""The shipped schemas mean the same in newslint and in the real ``check-jsonschema`` CLI.

newslint applies ``schemas/*.schema.json`` to each article and FAQPage node as
``Graph.view`` resolves it (``linter/schemas.py`` says how; ``python -m
linter.schemas FILE`` prints those nodes). Here every such node of the fixtures,
the seed's conversion, real pages and deliberately broken documents is written
out as JSON and given to ``check-jsonschema``; the violations it reports (on
the same paths) must be exactly the schema-rule findings newslint reports.

check-jsonschema prints no schema location, so its errors are named by pairing
each with the identical error (instance path and message) of jsonschema run
in-process, whose subschema carries ``x-rule``; the pairing itself must be
exact, so nothing is named that check-jsonschema did not report.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections import Counter
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest

from linter import schemas
from linter.config import Config
from linter.jsonpath import join
from linter.lint import read_source
from linter.readers import link, reader_for
from tests.util import FIXTURES, NOW, ROOT, SEED, article

check = import_module("linter.check")  # the module (the package's attribute is the library's check())

CHECK_JSONSCHEMA = Path(sys.executable).parent / "check-jsonschema"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHECK_JSONSCHEMA.exists(), reason="check-jsonschema is not installed (test extra)"),
]
SCHEMA_DIR = ROOT / "schemas"
SCHEMA_RULES = set(schemas.schema_rules())

FAQ = {"@context": "https://schema.org", "@type": "FAQPage"}
#: Documents that break the schemas where the View's pre-processing matters most.
BROKEN: dict[str, Any] = {
    "author-string": article(author="Jane Doe"),
    "author-blank": article(author=""),
    "author-list-of-blanks": article(author=["", None]),
    "author-mixed": article(author=["Jane Doe", {"@type": "Person", "name": "A"}, {"name": "B", "url": "u"},
                                    {"@type": 7, "name": "C"}, {"@type": ["Person", "Thing"], "name": "D"},
                                    {"@type": "Thing", "name": "E", "sameAs": "s"}, [["nested"]], 42]),
    "type-iri-and-case": article(**{"@type": "https://schema.org/newsarticle"},
                                 author={"@type": "schema:Person", "name": "Jane"}),
    "type-array": article(**{"@type": ["NewsArticle", "Thing"]}, author={"@type": "person", "name": "J"}),
    "graph-references": {"@context": "https://schema.org", "@graph": [
        article(**{"@id": "#a"}, author=[{"@id": "#jane"}, {"@id": "#nobody"}], image={"@id": "#img"},
                publisher={"@id": "#org"}),
        {"@id": "#jane", "@type": "Person", "name": "Jane Doe"},
        {"@id": "#img", "@type": "ImageObject", "url": "https://example.com/i.jpg", "author": "Photo Desk"},
        {"@id": "#org", "@type": "Organization", "url": "https://example.com"},
    ]},
    "merged-descriptions": [
        article(author={"@id": "https://example.com/#jane", "name": "Jane Doe"}),
        {"@context": "https://schema.org", "@id": "https://example.com/#jane", "@type": "Person",
         "url": "https://example.com/jane", "name": ""},
    ],
    "images": article(image=[42, "https://example.com/a.jpg", {"@type": "ImageObject"},
                             {"@type": "ImageObject", "contentUrl": "u", "author": "X", "caption": "",
                              "license": "l"}, [1]]),
    "dates": article(datePublished="2025-01-01", dateModified="2025-01-01T10:00"),
    "bad-dates": article(datePublished="2025-02-30T10:00:00Z", dateModified=20250101),
    "date-objects": article(datePublished={"@value": "2025"}, dateModified=["2025-01-01T10:00:00Z", 5]),
    "missing-everything": {"@context": "https://schema.org", "@type": "Article", "headline": "  "},
    "publishers": article(publisher=[42, {"url": "x"}, "The Daily", {"name": ""}]),
    "faq-broken": FAQ | {"mainEntity": [[1], "x", {"@type": 5}, {"@type": "Question", "name": "Q?"},
                                        {"@type": ["Question"], "name": "Q2?", "acceptedAnswer": [
                                            {"@type": "Answer", "text": "a"}, {"@type": "Answer", "text": "b"}]},
                                        {"@type": "Question", "name": "Q3?", "acceptedAnswer": {"text": ""}},
                                        {"@type": "Question", "name": "Q4?", "acceptedAnswer": "yes"}]},
    "faq-empty": FAQ | {"mainEntity": []},
    "faq-single": FAQ | {"mainEntity": {"acceptedAnswer": 5}},
}


def _inputs() -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for folder, pattern in (("golden", "*.jsonld"), ("html", "*.html"), ("vocab", "*.jsonld"),
                            ("articles", "*.txt"), ("markdown", "*.md")):
        out += [(str(p), p.read_bytes()) for p in sorted((FIXTURES / folder).glob(pattern))]
    out += [(str(p).removesuffix(".gz"), gzip.decompress(p.read_bytes()))
            for p in sorted((FIXTURES / "pages").glob("*.html.gz"))]
    out.append((str(SEED), SEED.read_bytes()))
    out += [(f"{name}.jsonld", json.dumps(doc, indent=1).encode()) for name, doc in BROKEN.items()]
    return out


def _check_jsonschema(schema: str, files: list[Path]) -> list[dict[str, Any]]:
    """check-jsonschema's errors for ``files`` (the schema's ``$id`` refs resolved next to it, offline)."""
    path = SCHEMA_DIR / schema
    proc = subprocess.run(
        [str(CHECK_JSONSCHEMA), "--schemafile", str(path), "--base-uri", path.as_uri(),
         "--output-format", "json", *map(str, files)],
        capture_output=True, text=True, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    assert report["parse_errors"] == []
    return report["errors"]


def _reference_errors(schema: str, instance: Any) -> list[Any]:
    return list(schemas.jsonschema_validator(schemas.load_schemas()[schema]).iter_errors(instance))


def test_check_jsonschema_reports_what_newslint_reports(tmp_path: Path) -> None:
    config = Config()
    expected: dict[str, set[tuple[str, int | None, str | None]]] = {}
    nodes: dict[str, list[tuple[Path, Any, Any, str]]] = {}  # schema -> (file, view, source, name)
    for name, data in _inputs():
        source = read_source(data, name, reader_for(name) or "text", config)
        link(source)
        findings = check.check_source(source, config, now=NOW)
        expected[name] = {(f.rule, f.line, f.json_path) for f in findings if f.rule in SCHEMA_RULES}
        for kind, view, _ in schemas.applied_nodes(source):
            schema = next(n for n, s in schemas.load_schemas().items() if s.get("x-applies-to") == kind)
            file = tmp_path / f"node-{sum(map(len, nodes.values()))}.json"
            file.write_text(json.dumps(view.data), encoding="utf-8")
            nodes.setdefault(schema, []).append((file, view, source, name))
    assert set(nodes) == {"news-article.schema.json", "faq-page.schema.json"}
    assert len(nodes["news-article.schema.json"]) > 40 and len(nodes["faq-page.schema.json"]) >= 5

    got: dict[str, set[tuple[str, int | None, str | None]]] = {name: set() for name in expected}
    for schema, entries in nodes.items():
        reported = Counter((Path(e["filename"]).name, e["path"], e["message"])
                           for e in _check_jsonschema(schema, [file for file, *_ in entries]))
        reference: Counter[tuple[str, str, str]] = Counter()
        for file, view, source, name in entries:
            for error in _reference_errors(schema, json.loads(file.read_text(encoding="utf-8"))):
                reference[(file.name, error.json_path, error.message)] += 1
                rule = schemas._named(error).rule
                doc, json_path = view.location(join(view.path, tuple(error.absolute_path)))
                line = source.documents[doc].locate(json_path)[0]
                got[name].add((rule, line, json_path))
        assert reported == reference, f"{schema}: check-jsonschema and jsonschema disagree"
        assert reported, f"{schema}: the inputs break nothing"
    for name in expected:
        assert got[name] == expected[name], name


def test_author_and_image_schemas_alone_agree(tmp_path: Path) -> None:
    """author.schema.json and image-object.schema.json, run on their own, find what the article schema finds there."""
    parts: dict[str, list[tuple[Path, str, Counter[tuple[str, str]]]]] = {}
    for name, doc in BROKEN.items():
        source = read_source(json.dumps(doc).encode(), f"{name}.jsonld", "jsonld", Config())
        link(source)
        check.check_source(source, Config(), now=NOW)
        for kind, view, _ in schemas.applied_nodes(source):
            if kind != "article":
                continue
            errors = _reference_errors("news-article.schema.json", view.data)
            for prop, schema in (("author", "author.schema.json"), ("image", "image-object.schema.json")):
                values = view.data.get(prop)
                items = list(enumerate(values)) if isinstance(values, list) else [(None, values)]
                for i, value in items:
                    if value is None:
                        continue
                    prefix = f"$.{prop}" + (f"[{i}]" if i is not None else "")
                    file = tmp_path / f"{prop}-{sum(map(len, parts.values()))}.json"
                    file.write_text(json.dumps(value), encoding="utf-8")
                    under = Counter((e.json_path, e.message) for e in errors
                                    if e.json_path == prefix or e.json_path.startswith((prefix + ".", prefix + "[")))
                    parts.setdefault(schema, []).append((file, prefix, under))
    for schema, entries in parts.items():
        alone: dict[str, Counter[tuple[str, str]]] = {file.name: Counter() for file, _, _ in entries}
        for e in _check_jsonschema(schema, [file for file, _, _ in entries]):
            alone[Path(e["filename"]).name][(e["path"], e["message"])] += 1
        for file, prefix, under in entries:
            moved = Counter({(prefix + path[1:], message): n for (path, message), n in alone[file.name].items()})
            assert moved == under, (schema, file.name)
