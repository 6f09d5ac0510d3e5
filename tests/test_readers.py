"""The compiled YAML reader returns exactly what the pure-Python one returns: the
same data (types included), the same location of every key, value and item,
the same text as written, the same duplicate-key reports and the same first
fatal problem, worded the same and at the same place. Held on generated text
(hypothesis), on every sample, unseen, real-set, corpus and catalogue file, and on
hostile texts. Beyond these, tests/conftest.py reads every document the rest of the
suite reads in process with both readers and fails the test on any difference: so
every file of the hostile table that the loader reads (tests/test_hostile.py) is
compared there.
"""

from __future__ import annotations

import os
import shutil
import sysconfig
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from goalcheck import yamlread

from .same_reading import outcome

ROOT = Path(__file__).resolve().parent.parent
compiled = yamlread._compiled
if compiled is None:  # not built, or GOALCHECK_PURE_PYTHON asks for the pure-Python reader: find it all the same
    compiled = yamlread._extension()
    path = yamlread._pyyaml_extension()
    if compiled is not None and path is not None:
        compiled.setup(yamlread._problem, path)
    else:
        compiled = None


def _compiler() -> bool:
    """Can this Python build C extensions (a compiler and Python's headers)?"""
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    return shutil.which(cc) is not None and headers.is_file()


def test_the_compiled_reader_is_built_where_a_compiler_is():
    """pip install . builds it where it can: a silent fallback would leave it untested."""
    if not _compiler():
        pytest.skip("no C compiler or no Python headers here: the pure-Python reader runs, as it should")
    assert compiled is not None, "a C compiler is here, but goalcheck._yamlread was not built (pip install .)"
    assert yamlread.reader().startswith("compiled") or os.environ.get("GOALCHECK_PURE_PYTHON", "") not in ("", "0")


needs_compiled = pytest.mark.skipif(compiled is None, reason="the compiled reader is not built here")


def _with_compiled(text: str):
    return yamlread.Document(*compiled.read(text, yamlread.MAX_DEPTH, yamlread.MAX_EVENTS,
                                            yamlread.MAX_ALIAS_EXPANSION, yamlread.MAX_ALIAS_CHARACTERS))


def same(text: str) -> None:
    assert outcome(_with_compiled, text) == outcome(yamlread.read_document_python, text)


FILES = sorted(p for folder in ("sample_orgs", "tests/unseen", "tests/realsets", "tests/corpus", "rules",
                                "goalcheck/data")
               for p in (ROOT / folder).rglob("*.y*ml"))


@needs_compiled
@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_sample_unseen_and_catalogue_file_reads_the_same(path):
    same(path.read_text(encoding="utf-8-sig"))


DEEP_FLOW = "x: " + "[" * 2000 + "1" + "]" * 2000 + "\n"
HOSTILE = {
    "deep flow": DEEP_FLOW,
    "deep flow, past libyaml's own limit": "[" * 100_000 + "]" * 100_000,
    "deep block": "".join("  " * level + "-\n" for level in range(300)),
    "deep mappings": "".join("  " * level + "a:\n" for level in range(100)) + "  " * 100 + "b: 1\n",
    "just deep enough": "[" * yamlread.MAX_DEPTH + "]" * yamlread.MAX_DEPTH,
    "alias bomb": "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                  + "".join(f"{c}: &{c} [{', '.join(['*' + chr(ord(c) - 1)] * 10)}]\n" for c in "bcdefgh"),
    "aliases under the bound": "a: &a [1, 2]\nb: [*a, *a, *a]\nc: *a\n",
    "alias to nothing": "a: *nowhere\n",
    "alias inside its own anchor": "a: &a [*a]\n",
    "python tag": "x: !!python/object/apply:os.system ['true']\n",
    "verbatim tag": "x: !<tag:yaml.org,2002:python/object/apply:os.system> ['true']\n",
    "local tag": "x: !mine 1\n",
    "core tags": "a: !!str 1\nb: !!int 2\nc: !!float 3\nd: !!bool true\ne: !!null ~\nf: !!seq [1]\ng: !!map {a: 1}\n"
                 "h: ! 12\ni: !!str\nj: !!int '7'\n",
    "set tag": "x: !!set {a, b}\n",
    "binary tag": "x: !!binary aGVsbG8=\n",
    "duplicates": "a: 1\nb: 2\na: 3\nb: {x: 1, x: 2}\n'a': 4\n",
    "merges": "base: &b {x: 1, y: 2}\nmore: &m {z: 3}\nc: {<<: *b, y: 9}\nd: {<<: [*b, *m], x: 0}\n",
    "bad merge": "a: &a [1]\nb: {<<: *a}\n",
    "merge of a scalar": "a: &a 1\nb: {<<: *a}\n",
    "merge written as text": "a: {<<: 1, b: 2}\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "explicit document": "---\na: 1\n...\n",
    "directives": "%YAML 1.2\n---\na: 1\n",
    "bad directive": "%YAML 2.0\n---\na: 1\n",
    "keys not text": "? [a, b]\n: 1\n",
    "number keys": "1: a\n2.5: b\ntrue: c\n~: d\n",
    "null key": "~: 1\n",
    "mapping key": "{a: 1}: 2\n",
    "numbers": "a: [0, -0, +1, 007, 1_000, 0x1F, 0o17, 1e3, 1E-3, .5, -.5, 5., +.e1, .inf, -.Inf, .nan, 1.2.3, 12e, "
               "'1', \"2\", 99999999999999999999999999, 1" + "0" * 70 + ", -" + "9" * 62 + "]\n",
    "words": "a: [true, True, TRUE, tRue, false, False, FALSE, yes, No, off, null, Null, NULL, nULL, ~, '', ]\n",
    "empty values": "a:\nb: ~\nc: ''\nd: []\ne: {}\n- \n",
    "block scalars": "a: |\n  one\n  two\nb: >-\n  three\n  four\nc: |+\n  keep\n\nd: >2\n   indented\n",
    "quoted": "a: 'it''s'\nb: \"tab\\tnew\\nline \\u00e9 \\x41 \\0\"\nc: \"bad \\q escape\"\n",
    "multi-line plain": "a: one\n  two\n  three\nb: - not a list\n",
    "tabs": "a:\n\tb: 1\n",
    "control character": "a: b\x07c\n",
    "escape character": "a: \x1b[31m\n",
    "nul": "a: \x00\n",
    "bom in the middle": "a: 1\n\ufeffb: 2\n",
    "bom at the start": "\ufeffa: 1\n",
    "unicode": "名前: 値\nemoji: 😀\n'ключ': \"значение\"\n",
    "unicode lines": "a: 1\u2028b: 2\u0085c: 3\n",
    "unclosed flow": "a: [1, 2\n",
    "unclosed quote": "a: 'oops\n",
    "bad indentation": "a:\n  b: 1\n c: 2\n",
    "colon in flow": "a: {b: c: d}\n",
    "anchor without node": "a: &x\nb: *x\n",
    "anchors redefined": "a: &x 1\nb: &x 2\nc: *x\n",
    "sequence at the top": "- a\n- b: 1\n",
    "scalar at the top": "just text\n",
    "empty": "",
    "comments only": "# nothing\n",
    "explicit keys": "? a\n: 1\n? b\n",
    "complex flow": "[a, {b: c}, [d, e], f: g, ? h]\n",
    "flow after explicit key": "? [a\n]: b\n",
    "long scalar": "a: " + "x" * 70_000 + "\n",
    "long number": "a: " + "1" * 63 + "\nb: " + "1" * 64 + "\n",
    "windows line ends": "a: 1\r\nb:\r\n  - c\r\n",
    "old mac line ends": "a: 1\rb: 2\r",
    "surrogate escape": "a: \"\\ud800\"\n",
}


@needs_compiled
@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_cases_read_the_same(text):
    same(text)


@needs_compiled
def test_limits_read_the_same_at_their_bounds(monkeypatch):
    monkeypatch.setattr(yamlread, "MAX_EVENTS", 40)
    monkeypatch.setattr(yamlread, "MAX_ALIAS_EXPANSION", 12)
    for text in ("a: [" + ", ".join(str(n) for n in range(40)) + "]\n",
                 "a: [" + ", ".join(str(n) for n in range(30)) + "]\n",
                 "a: &a [1, 2, 3]\nb: [*a, *a, *a]\n", "a: &a [1, 2, 3]\nb: [*a, *a]\n"):
        same(text)


# Text built from the pieces YAML is made of, so that most of it parses and much of it does not.
PIECES = st.sampled_from(["a", "b", "key", "é", "名", "1", "-1", "0.5", "1e3", ".5", "true", "No", "null", "~",
                          "<<", ": ", ":", "- ", "-", "? ", "[", "]", "{", "}", ", ", "&a ", "*a", "&b ", "*b",
                          "!!str ", "!!int ", "! ", "!x ", "'", "\"", "|", ">", "#", "%", "@", "`", " ", "  ",
                          "\t", "\n", "\n  ", "\n    ", "\n- ", "---\n", "...\n", "\\", "\x07", "\ufeff", "\r\n"])


@needs_compiled
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=40).map("".join))
def test_generated_text_reads_the_same(text):
    same(text)


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20),
                    st.floats(allow_nan=False), st.text(max_size=12))
DATA = st.recursive(SCALARS, lambda children: st.one_of(
    st.lists(children, max_size=4), st.dictionaries(st.text(max_size=6), children, max_size=4)), max_leaves=20)


@needs_compiled
@settings(max_examples=200, deadline=None)
@given(DATA, st.sampled_from([None, True, False]), st.sampled_from([None, "'", '"']))
def test_dumped_data_reads_the_same(data, flow, style):
    same(yaml.safe_dump(data, default_flow_style=flow, default_style=style, allow_unicode=True))
