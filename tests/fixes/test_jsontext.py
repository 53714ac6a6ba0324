"""The JSON text editor: a fix changes the characters it concerns and reads as apply_data says.

Concrete cases show each operation in each style a block is written in (pretty with two or
four spaces or tabs, one line with or without spaces, CRLF); the properties check any
document json.dumps can write, in any of its styles, against any operation that fits it.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.fixes.jsontext import EditError, apply
from linter.fixes.model import AddMember, JsonOp, RenameKey, SetValue, Strict, apply_data
from linter.jsonpath import join
from linter.jsonpos import Walker, split_path


def dumps(value: Any, **kwargs: Any) -> str:
    return json.dumps(value, ensure_ascii=False, **kwargs)


def check(before: str, ops: list[JsonOp], after: str, **kwargs: bool) -> None:
    """``ops`` turn ``before`` into exactly ``after``, which reads as apply_data says."""
    result = apply(before, ops, **kwargs)
    assert result == after
    strict = apply(before, [Strict()]) if any(isinstance(op, Strict) for op in ops) else before
    assert dumps(json.loads(result)) == dumps(apply_data(json.loads(strict), ops))


PRETTY = """{
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "headline": "Caf\\u00e9 \\/ bar",
  "wordCount": 1.0,
  "size": 1e3,
  "author": [
    {
      "@type": "Person",
      "name": "Ana"
    }
  ],
  "publisher": {"@type": "Organization", "name": "Daily"}
}
"""


# --- SetValue -------------------------------------------------------------------------------

def test_set_scalar_changes_only_the_value() -> None:
    after = PRETTY.replace('"name": "Ana"', '"name": "Ana Díaz"')
    check(PRETTY, [SetValue("$.author[0].name", "Ana Díaz")], after)


def test_set_object_in_a_pretty_block_is_laid_out_one_level_deeper_than_its_key() -> None:
    after = PRETTY.replace('''  "author": [
    {
      "@type": "Person",
      "name": "Ana"
    }
  ],''', '''  "author": {
    "@type": "Person",
    "name": "Ana",
    "sameAs": [
      "https://example.com/ana"
    ]
  },''')
    value = {"@type": "Person", "name": "Ana", "sameAs": ["https://example.com/ana"]}
    check(PRETTY, [SetValue("$.author", value)], after)


def test_set_object_in_an_object_written_on_one_line_stays_on_one_line() -> None:
    after = PRETTY.replace('"name": "Daily"}', '"name": {"@value": "Daily", "@language": "en"}}')
    check(PRETTY, [SetValue("$.publisher.name", {"@value": "Daily", "@language": "en"})], after)


def test_untouched_escapes_and_number_spellings_stay() -> None:
    result = apply(PRETTY, [SetValue("$.@type", "Article")])
    assert '"Caf\\u00e9 \\/ bar"' in result and '"wordCount": 1.0' in result and '"size": 1e3' in result
    assert result == PRETTY.replace('"NewsArticle"', '"Article"')


def test_set_in_four_spaces() -> None:
    before = dumps({"a": 1, "b": {"c": 2}}, indent=4)
    after = '{\n    "a": [\n        1,\n        {\n            "x": null\n        }\n    ],\n    "b": {\n        "c": 2\n    }\n}'
    check(before, [SetValue("$.a", [1, {"x": None}])], after)


def test_set_in_tabs() -> None:
    before = '{\n\t"a": 1,\n\t"b": {\n\t\t"c": 2\n\t}\n}'
    after = '{\n\t"a": 1,\n\t"b": {\n\t\t"c": {\n\t\t\t"d": [\n\t\t\t\t3\n\t\t\t]\n\t\t}\n\t}\n}'
    check(before, [SetValue("$.b.c", {"d": [3]})], after)


def test_set_in_minified_and_in_spaced_single_line() -> None:
    check('{"a":1,"b":[1,2]}', [SetValue("$.b", {"x": [1, 2]})], '{"a":1,"b":{"x":[1,2]}}')
    check('{"a": 1, "b": [1, 2]}', [SetValue("$.b", {"x": [1, 2]})], '{"a": 1, "b": {"x": [1, 2]}}')
    check('{"a": 1,"b": 2}', [SetValue("$.b", {"x": [1, 2]})], '{"a": 1,"b": {"x": [1,2]}}')


def test_set_with_crlf() -> None:
    before = '{\r\n  "a": 1,\r\n  "b": 2\r\n}\r\n'
    after = '{\r\n  "a": {\r\n    "c": 3\r\n  },\r\n  "b": 2\r\n}\r\n'
    check(before, [SetValue("$.a", {"c": 3})], after)


def test_set_in_a_graph_and_in_a_top_level_array() -> None:
    graph = dumps({"@context": "https://schema.org", "@graph": [{"@type": "WebSite"}, {"@type": "NewsArticle"}]},
                  indent=2)
    check(graph, [SetValue("$.@graph[1].@type", "Article")], graph.replace('"NewsArticle"', '"Article"'))
    top = '[{"@type": "WebSite"}, {"@type": "NewsArticle", "name": "x"}]'
    check(top, [SetValue("$[1].name", ["y"])], '[{"@type": "WebSite"}, {"@type": "NewsArticle", "name": ["y"]}]')


def test_set_the_root() -> None:
    check('\n  {"a": 1}\n', [SetValue("$", {"b": 2})], '\n  {"b": 2}\n')
    check('{\n  "a": 1\n}', [SetValue("$", {"b": [2]})], '{\n  "b": [\n    2\n  ]\n}')


def test_set_an_item_of_a_multiline_array() -> None:
    before = '{\n  "a": [\n    1,\n    2\n  ]\n}'
    check(before, [SetValue("$.a[1]", {"b": 3})], '{\n  "a": [\n    1,\n    {\n      "b": 3\n    }\n  ]\n}')


def test_set_deep_in_a_block_indented_inside_its_page() -> None:
    before = '\n    {\n      "a": {\n        "b": 1\n      }\n    }\n  '
    after = '\n    {\n      "a": {\n        "b": {\n          "c": 1\n        }\n      }\n    }\n  '
    check(before, [SetValue("$.a.b", {"c": 1})], after)


def test_set_through_a_key_written_with_escapes() -> None:
    check('{"na\\u006de": "x"}', [SetValue("$.name", "y")], '{"na\\u006de": "y"}')


def test_set_the_last_of_a_repeated_key() -> None:
    check('{"a": 1, "a": 2}', [SetValue("$.a", 3)], '{"a": 1, "a": 3}')


# --- RenameKey ------------------------------------------------------------------------------

def test_rename_replaces_the_key_token_only() -> None:
    check(PRETTY, [RenameKey("$.author[0].name", "givenName")], PRETTY.replace('"name": "Ana"', '"givenName": "Ana"'))


def test_rename_a_key_written_with_escapes_replaces_the_whole_token() -> None:
    check('{"datePublis\\u0068ed" :1}', [RenameKey("$.datePublished", "dateModified")], '{"dateModified" :1}')


def test_rename_with_odd_characters_in_the_path() -> None:
    check('{"odd key.x": 1}', [RenameKey('$["odd key.x"]', "name")], '{"name": 1}')


def test_rename_escapes_new_text_only() -> None:
    check('{"é": "<b>", "a": 1}', [RenameKey("$.a", "é<")], '{"é": "<b>", "\\u00e9\\u003c": 1}',
          ensure_ascii=True, escape_lt=True)


def test_rename_a_repeated_key_is_refused() -> None:
    with pytest.raises(EditError):
        apply('{"a": 1, "a": 2}', [RenameKey("$.a", "b")])


# --- AddMember ------------------------------------------------------------------------------

def test_add_last_and_first_in_a_pretty_block() -> None:
    before = '{\n  "@type": "NewsArticle",\n  "headline": "x"\n}\n'
    check(before, [AddMember("$", "@context", "https://schema.org", first=True)],
          '{\n  "@context": "https://schema.org",\n  "@type": "NewsArticle",\n  "headline": "x"\n}\n')
    check(before, [AddMember("$", "author", {"@type": "Person", "name": "Ana"})],
          '{\n  "@type": "NewsArticle",\n  "headline": "x",\n  "author": {\n    "@type": "Person",\n'
          '    "name": "Ana"\n  }\n}\n')


def test_add_in_single_line_styles() -> None:
    check('{"a":1,"b":2}', [AddMember("$", "c", [3, 4])], '{"a":1,"b":2,"c":[3,4]}')
    check('{"a": 1, "b": 2}', [AddMember("$", "c", {"d": 3}, first=True)], '{"c": {"d": 3}, "a": 1, "b": 2}')
    check('{ "a": 1  }', [AddMember("$", "c", 3)], '{ "a": 1, "c": 3  }')


def test_add_to_an_empty_object() -> None:
    check("{}", [AddMember("$", "a", 1)], '{"a": 1}')
    check('{"a":{}}', [AddMember("$.a", "b", [1])], '{"a":{"b":[1]}}')
    check('{\n  "a": {}\n}', [AddMember("$.a", "b", {"c": 1})], '{\n  "a": {\n    "b": {\n      "c": 1\n    }\n  }\n}')
    check('{\n  "a": {\n  }\n}\n', [AddMember("$.a", "b", 1, first=True)], '{\n  "a": {\n    "b": 1\n  }\n}\n')


def test_add_with_trailing_space_before_the_closing_brace() -> None:
    check('{\n  "a": 1   \n\n}  \n', [AddMember("$", "b", 2)], '{\n  "a": 1,\n  "b": 2   \n\n}  \n')


def test_add_with_tabs_and_crlf() -> None:
    before = '{\r\n\t"a": {\r\n\t\t"b": 1\r\n\t}\r\n}'
    after = '{\r\n\t"a": {\r\n\t\t"b": 1,\r\n\t\t"c": [\r\n\t\t\t1\r\n\t\t]\r\n\t}\r\n}'
    check(before, [AddMember("$.a", "c", [1])], after)


def test_add_inside_a_graph_node() -> None:
    before = dumps({"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle"}]}, indent=2)
    after = before.replace('"@type": "NewsArticle"', '"@type": "NewsArticle",\n      "headline": "x"')
    check(before, [AddMember("$.@graph[0]", "headline", "x")], after)


def test_add_keeps_unicode_or_escapes_it() -> None:
    check('{"a": 1}', [AddMember("$", "name", "Nørre</script>")], '{"a": 1, "name": "Nørre</script>"}')
    check('{"a": 1}', [AddMember("$", "name", "Nørre</script>")], '{"a": 1, "name": "N\\u00f8rre\\u003c/script>"}',
          ensure_ascii=True, escape_lt=True)
    check('{"a": 1}', [AddMember("$", "odd", "\ud800")], '{"a": 1, "odd": "\\ud800"}')  # no page holds it raw


# --- several operations ---------------------------------------------------------------------

def test_operations_apply_in_order_on_overlapping_spans() -> None:
    before = '{\n  "a": {\n    "b": 1\n  }\n}'
    check(before, [SetValue("$.a", {"b": 2}), RenameKey("$.a.b", "c"), AddMember("$.a", "d", 3, first=True)],
          '{\n  "a": {\n    "d": 3,\n    "c": 2\n  }\n}')
    check(before, [RenameKey("$.a", "z"), SetValue("$.z.b", True)], '{\n  "z": {\n    "b": true\n  }\n}')


# --- Strict ---------------------------------------------------------------------------------

def test_strict_removes_comments_and_the_lines_they_leave_empty() -> None:
    before = """{
  // the page's article
  "@type": "NewsArticle", // more to come
  /* a block
     comment */
  "headline": /* inline */ "x",
  "wordCount": 3 /* a block
  over lines */
}
"""
    after = '{\n  "@type": "NewsArticle",\n  "headline": "x",\n  "wordCount": 3\n}\n'
    check(before, [Strict()], after)


def test_strict_removes_trailing_commas() -> None:
    check('{\n  "a": [\n    1,\n    2,\n  ],\n  "b": 1,\n}', [Strict()], '{\n  "a": [\n    1,\n    2\n  ],\n  "b": 1\n}')
    check('{"a": [1, 2,], "b": 1, // note\n}', [Strict()], '{"a": [1, 2], "b": 1\n}')


def test_strict_removes_wrappers_and_a_trailing_semicolon() -> None:
    check('\n  //<![CDATA[\n  {"a": 1}\n  //]]>\n', [Strict()], '\n  {"a": 1}\n')
    check('<!--\n{"a": 1}\n-->', [Strict()], '{"a": 1}')
    check('<![CDATA[{"a": 1}]]>', [Strict()], '{"a": 1}')
    check('{"a": 1};\n', [Strict()], '{"a": 1}\n')
    check('{\r\n  "a": 1\r\n};\r\n', [Strict()], '{\r\n  "a": 1\r\n}\r\n')


def test_strict_escapes_control_characters_in_strings() -> None:
    check('{"a": "one\ntwo\tthree"}', [Strict()], '{"a": "one\\ntwo\\tthree"}')


def test_strict_on_strict_json_changes_nothing() -> None:
    assert apply(PRETTY, [Strict()]) == PRETTY


def test_strict_then_other_operations() -> None:
    before = '{\n  "@type": "NewsArticle", // x\n  "headline": "x",\n}'
    check(before, [RenameKey("$.headline", "name"), Strict()], '{\n  "@type": "NewsArticle",\n  "name": "x"\n}')


@pytest.mark.parametrize("text", [
    '{"a": "Caf&eacute;", "b": &quot;x&quot;}',  # HTML entities: what was meant is a guess
    '{"a": 1}{"b": 2}',  # values back to back
    "not json at all",
    "",
])
def test_strict_refuses_what_cannot_be_mapped(text: str) -> None:
    with pytest.raises(EditError):
        apply(text, [Strict()])


# --- errors ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "op"), [
    ('{"a": 1}', SetValue("$.b", 1)),  # no such member
    ('{"a": 1}', SetValue("$[0]", 1)),  # no array there
    ('[1]', SetValue("$[1]", 1)),  # no such item
    ('{"a": 1}', SetValue("a", 1)),  # no JSON path
    ('{"a": 1}', RenameKey("$", "b")),  # the root has no key
    ('{"a": 1, "b": 2}', RenameKey("$.a", "b")),  # the new key is there
    ('[{"a": 1}]', RenameKey("$[0]", "b")),  # an item has no key
    ('{"a": 1}', AddMember("$", "a", 2)),  # the key is there
    ('{"a": [1]}', AddMember("$.a", "b", 2)),  # no object there
    ('{"a": 1}', SetValue("$.a", float("nan"))),  # no JSON value
    ('{"a": 1}', SetValue("$.a", {1, 2})),
    ('{"a": 1,}', SetValue("$.a", 2)),  # tolerated, and no Strict asked for
    ('{"a": 1} x', SetValue("$.a", 2)),
])
def test_operations_that_do_not_fit_raise(text: str, op: JsonOp) -> None:
    with pytest.raises(EditError):
        apply(text, [op])


def test_edit_error_is_a_value_error() -> None:
    assert issubclass(EditError, ValueError)


def test_a_megabyte_with_a_few_operations_edits_only_their_spans() -> None:
    # Its speed is measured by the benchmark (python -m benchmarks fix), never timed here.
    graph = {"@context": "https://schema.org",
             "@graph": [{"@type": "NewsArticle", "headline": f"headline {i} é", "n": i * 1.5,
                         "author": [{"@type": "Person", "name": f"N {i}"}]} for i in range(8000)]}
    for indent in (2, None):
        text = dumps(graph, indent=indent)
        assert len(text) > 900_000
        ops: list[JsonOp] = [SetValue("$.@graph[7999].headline", "x"), RenameKey("$.@graph[4000].author", "creator"),
                             AddMember("$", "name", "n"), AddMember("$.@graph[0]", "k", {"a": 1}, first=True)]
        new = apply(text, ops)
        assert json.loads(new) == apply_data(json.loads(text), ops)


# --- properties -----------------------------------------------------------------------------

_CHARS = st.characters(codec="utf-8") | st.sampled_from('"\\/<>&\n\t\u2028é中')
scalars = (st.none() | st.booleans() | st.integers(-(10**20), 10**20)
           | st.floats(allow_nan=False, allow_infinity=False) | st.text(_CHARS, max_size=8))
keys = st.text(_CHARS, max_size=6)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
                      max_leaves=12)
documents = st.dictionaries(keys, values, max_size=5) | st.lists(values, max_size=4)


@st.composite
def styled(draw: st.DrawFn, document: Any) -> str:
    """``document`` as json.dumps writes it in one of its styles, perhaps with CRLF, perhaps indented in a page."""
    indent = draw(st.sampled_from([None, None, 0, 1, 2, 4, "\t"]))
    separators = draw(st.sampled_from([None, (",", ":"), (", ", ": "), (",", ": ")]))
    text = json.dumps(document, indent=indent, separators=separators, ensure_ascii=draw(st.booleans()))
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return draw(st.sampled_from(["", "\n", "\n    "])) + text + draw(st.sampled_from(["", "\n", "\n  "]))


def paths(value: Any, segments: tuple[str | int, ...] = ()) -> list[tuple[tuple[str | int, ...], Any]]:
    """Every value in ``value``, with its path."""
    out = [(segments, value)]
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        out.extend(paths(child, (*segments, key)))
    return out


@st.composite
def operation(draw: st.DrawFn, document: Any) -> JsonOp:
    """An operation that fits ``document``."""
    every = paths(document)
    members = [(s, v) for s, v in every if s and isinstance(s[-1], str)]
    objects = [(s, v) for s, v in every if isinstance(v, dict)]
    kinds = ["set"] + (["rename"] if members else []) + (["add"] if objects else [])
    kind = draw(st.sampled_from(kinds))
    if kind == "set":
        segments, _ = draw(st.sampled_from(every))
        return SetValue(join("$", segments), draw(values))
    if kind == "rename":
        segments, _ = draw(st.sampled_from(members))
        parent = dict(every)[segments[:-1]]
        key = draw(keys.filter(lambda k: k not in parent))
        return RenameKey(join("$", segments), key)
    segments, target = draw(st.sampled_from(objects))
    key = draw(keys.filter(lambda k: k not in target))
    return AddMember(join("$", segments), key, draw(values), first=draw(st.booleans()))


_KEY = re.compile(r'"(?:[^"\\]|\\.)*"')
_SEP = re.compile(r"\s*:\s*")
_DECODER = json.JSONDecoder()


def value_span(text: str, segments: tuple[str | int, ...]) -> tuple[int, int]:
    """Where the value at ``segments`` stands in ``text`` (found without the editor)."""
    pos = Walker(text).find(list(segments))
    assert pos is not None
    if segments and isinstance(segments[-1], str):
        key = _KEY.match(text, pos)
        assert key is not None
        sep = _SEP.match(text, key.end())
        assert sep is not None
        pos = sep.end()
    return pos, _DECODER.raw_decode(text, pos)[1]


def region(text: str, op: JsonOp, data: Any) -> tuple[int, int]:
    """The span of ``text`` that ``op`` may change: every character before and after it stays."""
    segments = tuple(split_path(op.path) or ())
    if isinstance(op, SetValue):
        return value_span(text, segments)
    if isinstance(op, RenameKey):
        pos = Walker(text).find(list(segments))
        assert pos is not None
        key = _KEY.match(text, pos)
        assert key is not None
        return pos, key.end()
    assert isinstance(op, AddMember)
    start, end = value_span(text, segments)
    target = data
    for seg in segments:
        target = target[seg]
    if not target:  # between the braces
        return start + 1, end - 1
    if op.first:  # between the opening brace and the first key
        return start + 1, start + 1 + len(text[start + 1:]) - len(text[start + 1:].lstrip())
    return value_span(text, (*segments, list(target)[-1]))[1], end - 1  # between the last value and "}"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_one_operation_reads_right_and_changes_only_its_span(data: st.DataObject) -> None:
    document = data.draw(documents)
    text = data.draw(styled(document))
    op = data.draw(operation(document))
    ensure_ascii, escape_lt = data.draw(st.booleans()), data.draw(st.booleans())
    result = apply(text, [op], ensure_ascii=ensure_ascii, escape_lt=escape_lt)
    assert dumps(json.loads(result)) == dumps(apply_data(document, [op]))
    start, end = region(text, op, document)
    assert result[:start] == text[:start]
    assert result[len(result) - (len(text) - end):] == text[end:]
    new = result[start:len(result) - (len(text) - end)]
    assert not ensure_ascii or new.isascii()
    assert not escape_lt or "<" not in new


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_several_operations_read_as_apply_data(data: st.DataObject) -> None:
    document = data.draw(documents)
    text = data.draw(styled(document))
    ops: list[JsonOp] = []
    current = document
    for _ in range(data.draw(st.integers(1, 3))):
        op = data.draw(operation(current))
        ops.append(op)
        current = apply_data(current, [op])
    result = apply(text, ops)
    assert dumps(json.loads(result)) == dumps(apply_data(document, ops))


@st.composite
def tolerated(draw: st.DrawFn) -> tuple[str, str]:
    """A strict text json.dumps wrote, and that text with comments, trailing commas, a wrapper
    and a semicolon added where pages have them."""
    document = draw(documents)
    text = json.dumps(document, indent=draw(st.sampled_from([None, 2, 4, "\t"])), ensure_ascii=False)
    lines = text.split("\n")
    out: list[str] = []
    comma = False
    for i, line in enumerate(lines):
        indent = line[:len(line) - len(line.lstrip())]
        # jsonblock tries a repair only where it changes the text as read: a trailing comma with a
        # comment after it is read only when another one is not (a limit of the reader, not here).
        if not comma and draw(st.booleans()):
            out.append(indent + draw(st.sampled_from(["// note", "/* note */", "/* two\n   lines */"])))
        closes_next = i + 1 < len(lines) and lines[i + 1].lstrip()[:1] in ("}", "]")
        comma = closes_next and line[-1:] not in ("{", "[") and draw(st.booleans())
        if comma:
            line += ","
        elif draw(st.booleans()):
            line += draw(st.sampled_from([" // note", " /* note */"]))
        out.append(line)
    # A wrapper or a semicolon: jsonblock reads no semicolon inside a wrapper, nor one after it.
    before, after = draw(st.sampled_from([("", ""), ("", ";"), ("<!--\n", "\n-->"), ("//<![CDATA[\n", "\n//]]>")]))
    bad = before + "\n".join(out) + after
    if draw(st.booleans()):
        text, bad = text.replace("\n", "\r\n"), bad.replace("\n", "\r\n")
    return text, bad


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tolerated())
def test_strict_gives_back_the_text_before_the_tolerated_additions(texts: tuple[str, str]) -> None:
    text, bad = texts
    assert apply(bad, [Strict()]) == text
