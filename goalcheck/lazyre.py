"""Regular expressions compiled the first time they are used, not when their module is imported.

The readings hold over a hundred patterns at module level; compiling them all is
about 30 ms of every run's start-up, and a small organisation's audit uses a third
of them (an empty one none). ``compile`` takes what ``re.compile`` takes and gives
an object with the same methods; the first method asked for compiles the pattern
and keeps its bound methods on the object, so later calls cost what a compiled
pattern's do.
"""

from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "scanner", "groups", "groupindex")


class Pattern:
    """A pattern compiled on first use; ``pattern`` and ``flags`` are known before it is."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str):
        # only reached for what is not yet on the object: its first use
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self.flags!r})"


def compile(pattern: str, flags: int = 0) -> Pattern:  # noqa: A001 - re.compile's name, for a drop-in
    return Pattern(pattern, flags)
