"""lazyre: a pattern compiled on first use answers as ``re.compile``'s does, and every
pattern the package holds compiles (a bad one would otherwise surface only when a
title first reaches it, not when its module is imported)."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import goalcheck
from goalcheck import lazyre

CASES = [
    (r"\b(?P<word>[a-z]+)\s+(\d+)%", re.IGNORECASE, "Raise NPS 40% and CSAT 12%"),
    (r"^\s*(?:to\s+)?launch\b", 0, "  to launch the portal"),
    (r"[,;]\s*", 0, "a, b;c"),
]


@pytest.mark.parametrize("pattern, flags, text", CASES)
def test_a_lazy_pattern_answers_as_the_compiled_one(pattern, flags, text):
    lazy, compiled = lazyre.compile(pattern, flags), re.compile(pattern, flags)
    assert lazy.pattern == compiled.pattern
    assert lazy.findall(text) == compiled.findall(text)  # the first use compiles it
    assert lazy.search(text).span() == compiled.search(text).span()
    assert bool(lazy.match(text)) == bool(compiled.match(text))
    assert lazy.sub("_", text) == compiled.sub("_", text)
    assert lazy.split(text) == compiled.split(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert (lazy.groups, lazy.groupindex) == (compiled.groups, compiled.groupindex)


def test_nothing_is_compiled_before_the_first_use():
    lazy = lazyre.compile(r"(unclosed")  # a bad pattern: re.compile would raise here
    assert lazy.pattern == "(unclosed"
    with pytest.raises(re.error):
        lazy.search("text")
    with pytest.raises(AttributeError):
        lazy.no_such_method


def _lazy_patterns():
    for info in pkgutil.walk_packages(goalcheck.__path__, "goalcheck."):
        if info.name.endswith("__main__"):  # it runs the command line
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, lazyre.Pattern):
                yield f"{info.name}.{name}", value
            elif isinstance(value, (tuple, list)):
                for i, item in enumerate(value):
                    held = item[0] if isinstance(item, tuple) and item else item
                    if isinstance(held, lazyre.Pattern):
                        yield f"{info.name}.{name}[{i}]", held


def test_every_lazy_pattern_of_the_package_compiles():
    found = dict(_lazy_patterns())
    assert len(found) >= 89  # the readings' patterns, those of reading.py's period table included
    for name, pattern in found.items():
        try:
            re.compile(pattern.pattern, pattern.flags)
        except re.error as problem:  # pragma: no cover - the failure this test exists for
            pytest.fail(f"{name}: {problem}")
