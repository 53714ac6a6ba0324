"""The schema.org vocabulary newslint ships (``linter/data/schemaorg.json``) and its lookups."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from linter.graph import ARTICLE_TYPES
from linter.vocab import Vocabulary, load, vocabulary
from tests.util import ROOT, SHARED, needs_shared

VOCAB_DIR = SHARED / "vocab"
SHIPPED = ROOT / "linter" / "data" / "schemaorg.json"


def _build_vocab() -> object:
    spec = importlib.util.spec_from_file_location("build_vocab", ROOT / "scripts" / "build_vocab.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_shared("vocab", "the full schema.org 30.0 release files (schemaorg-all-https.jsonld) that "
                       "linter/data/schemaorg.json is rebuilt from; only the built subset is in this repository")
def test_shipped_file_is_rebuilt_byte_for_byte() -> None:
    build_vocab = _build_vocab()
    text = build_vocab.render(build_vocab.build(VOCAB_DIR))  # type: ignore[attr-defined]
    assert text.encode("utf-8") == SHIPPED.read_bytes()


def test_counts_match_the_release() -> None:
    """Release 30.0 as the vocabulary README counts it (schemaorg-all: attic terms included)."""
    v = vocabulary()
    assert len(v.types) == 937
    assert sum(1 for name in json.loads(SHIPPED.read_text(encoding="utf-8"))["properties"]) == 1529
    assert len(v.superseded) == 92
    assert len(v.pending) == 842
    assert len(v.retired) == 16
    assert len(v.datatypes) == 17
    assert len(v.members) == 537  # 531 + True/False, and 4 in the attic


def test_article_types_are_article_and_its_subtypes() -> None:
    assert vocabulary().subtypes("Article") == ARTICLE_TYPES


def test_author_types_are_person_organization_and_their_subtypes() -> None:
    schema = json.loads((ROOT / "schemas" / "author.schema.json").read_text(encoding="utf-8"))
    v = vocabulary()
    assert set(schema["$defs"]["agentType"]["enum"]) == v.subtypes("Person") | v.subtypes("Organization")


def test_loaded_once_per_process() -> None:
    assert vocabulary() is vocabulary()
    assert load() is not vocabulary()


def test_types_and_properties() -> None:
    v = vocabulary()
    assert v.is_type("NewsArticle") and v.is_type("Text") and v.is_type("ProductReturnPolicy")
    assert not v.is_type("newsarticle") and not v.is_type("datePublished")
    assert v.is_property("datePublished") and v.is_property("hasProductReturnPolicy")
    assert not v.is_property("Question") and v.is_property("question")
    assert v.is_datatype("URL") and v.is_datatype("Integer") and not v.is_datatype("Thing")
    assert v.canonical("newsarticle", "type") == "NewsArticle"
    assert v.canonical("DATEMODIFIED", "property") == "dateModified"
    assert v.canonical("question", "type") == "Question" and v.canonical("Question", "property") == "question"
    assert v.canonical("Persn", "type") is None


def test_ancestors_with_multiple_inheritance() -> None:
    v = vocabulary()
    assert v.ancestors("NewsArticle") == {"NewsArticle", "Article", "CreativeWork", "Thing"}
    assert v.parents("Audiobook") == ["AudioObject", "Book"]
    assert {"AudioObject", "MediaObject", "Book", "CreativeWork", "Thing"} <= v.ancestors("Audiobook")
    assert v.is_subtype("NewsMediaOrganization", "Organization")
    assert v.is_subtype("Integer", "Number") and v.is_subtype("URL", "Text")
    assert not v.is_subtype("Organization", "NewsMediaOrganization")
    assert v.ancestors("Unknown") == {"Unknown"}


def test_which_types_take_a_property() -> None:
    v = vocabulary()
    assert v.takes("NewsArticle", "datePublished")  # declared on CreativeWork
    assert v.takes("Audiobook", "isbn") and v.takes("Audiobook", "duration")  # from Book, MediaObject
    assert not v.takes("ImageObject", "recipeYield")
    assert v.types_taking("recipeYield") == ["Recipe"]
    assert "printEdition" in v.properties_of("NewsArticle") and "name" in v.properties_of("NewsArticle")
    assert "printEdition" not in v.properties_of("Article")
    assert v.range("author") == ["Organization", "Person"]
    assert v.range("noSuchProperty") == [] and v.domain("interactionCount") == frozenset()


def test_status_of_terms() -> None:
    v = vocabulary()
    assert v.superseded_by("events") == "event" and v.superseded_by("event") is None
    assert v.is_retired("ProductReturnPolicy") and v.superseded_by("ProductReturnPolicy") == "MerchantReturnPolicy"
    assert v.is_pending("jobTitle") and v.is_pending("ReportageNewsArticle") and not v.is_pending("headline")


def test_enumerations() -> None:
    v = vocabulary()
    assert v.is_enumeration("ItemAvailability") and not v.is_enumeration("Offer")
    assert v.is_member("InStock") and v.member_of("InStock", "ItemAvailability")
    assert v.member_of("InStock", "Enumeration") and not v.member_of("InStock", "EventStatusType")
    assert v.members["Radiography"] == ["MedicalImagingTechnique", "MedicalSpecialty"]
    assert v.member("https://schema.org/InStock") == v.member("http://schema.org/InStock") == "InStock"
    assert v.member("schema:InStock") == v.member("InStock") == "InStock"
    assert v.member("InStock", bare=False) is None and v.member("In stock") is None
    assert v.member("https://schema.org/Offer") is None  # a type, not a value


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("Persn", "type", "Person"),
    ("NewsArtcle", "type", "NewsArticle"),
    ("newsarticle", "type", "NewsArticle"),
    ("datePublised", "property", "datePublished"),
    ("datemodified", "property", "dateModified"),
    ("headLine", "property", "headline"),
    ("zzzzqqq", "property", None),
])
def test_did_you_mean(name: str, kind: str, expected: str | None) -> None:
    assert vocabulary().suggest(name, kind) == expected


def test_vocabulary_from_data() -> None:
    v = Vocabulary({"types": {"Thing": [], "Person": ["Thing"]}, "datatypes": ["Text"],
                    "properties": {"name": [["Thing"], ["Text"]]}, "members": {}, "superseded": {},
                    "pending": [], "retired": []})
    assert v.takes("Person", "name") and v.properties_of("Person") == {"name"}


def test_not_loaded_when_no_check_needs_it() -> None:
    """Importing newslint and linting with the vocabulary rules deselected reads no vocabulary."""
    code = (
        "import sys, linter\n"
        "from linter.config import Config\n"
        "from linter.vocab_check import RULES\n"
        "import linter.vocab\n"
        "assert linter.vocab._VOCABULARY is None, 'loaded on import'\n"
        "linter.lint_text('{\"@context\": \"https://schema.org\", \"@type\": \"Persn\"}', path='a.jsonld',\n"
        "                 config=Config(ignore=frozenset(RULES)))\n"
        "assert linter.vocab._VOCABULARY is None, 'loaded by a deselected rule'\n"
        "found = linter.lint_text('{\"@context\": \"https://schema.org\", \"@type\": \"Persn\"}', path='a.jsonld')\n"
        "assert linter.vocab._VOCABULARY is not None and 'unknown-type' in {f.rule for f in found}\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_importing_newslint_does_not_import_the_vocabulary() -> None:
    code = ("import sys, linter, linter.lint, linter.rules, linter.check\n"
            "linter.rules.registry()\n"
            "assert 'linter.vocab' not in sys.modules and 'linter.vocab_check' not in sys.modules\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_status_and_ancestry_lookups() -> None:
    v = vocabulary()
    assert v.status("jobTitle") == ("pending", None)
    assert v.status("events") == ("superseded", "event")
    assert v.status("hasProductReturnPolicy") == ("retired", "hasMerchantReturnPolicy")
    assert v.status("stupidProperty") == ("retired", None)
    assert v.status("headline") is None
    assert v.ancestry(("ImageObject", "Recipe")) == v.ancestors("ImageObject") | v.ancestors("Recipe")
