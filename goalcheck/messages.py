"""The words every input error shares: one "did you mean", one table of type words,
one way to quote what the user wrote.

The goals files (load/), the config (config.py), the waivers (load/waivers.py),
`goalcheck explain` and rule GC001 all word their problems from here, so a typo
is answered the same way wherever it is made.
"""

from __future__ import annotations

from bisect import bisect_left

# a JSON Schema type, in the words a message says it with ("must be text")
TYPE_WORDS = {"string": "text", "boolean": "true or false", "number": "a number",
              "integer": "a whole number", "array": "a list", "object": "a mapping"}

OUTSIDE = "this links outside the audited folder; goalcheck reads nothing outside it"


def describe(value) -> str:
    """What the user wrote, for "got ..." and "not ...": a short quote or its kind."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return repr(value) if len(value) <= 60 else repr(value[:57] + "...")
    return "a list" if isinstance(value, list) else "a mapping"


def cannot_read(exc: OSError) -> str:
    """Why a file or folder could not be read, in the system's words."""
    reason = exc.strerror or str(exc)
    return f"cannot read: {reason[0].lower()}{reason[1:]}" if reason else "cannot read"


class Closest:
    """The "did you mean" of a word among known ones: exactly what
    ``difflib.get_close_matches(word, known, n=1, cutoff=0.6)`` picks, found
    without comparing the word with every known one. A repo of 100,000 goals with
    a few hundred dangling ``parent`` links would otherwise take minutes.

    The known words are kept by length: ``real_quick_ratio``, an upper bound of
    the ratio, depends only on the lengths, so once a good match is found (the
    words next to the missing one in sorted order usually are one) whole lengths
    are skipped. A candidate is dropped only when a bound says it cannot beat or
    tie the best so far, so the choice is difflib's, ties (the larger word) included.
    """

    CUTOFF = 0.6

    def __init__(self, known) -> None:
        self.ordered = sorted(known)
        self.by_length: dict[int, list[str]] = {}
        for name in self.ordered:
            self.by_length.setdefault(len(name), []).append(name)
        self.found: dict[str, str] = {}

    def __call__(self, missing: str) -> str:
        """`` (did you mean 'x'?)``, or "" when nothing is close."""
        if missing not in self.found:
            close = self.closest(missing)
            self.found[missing] = f" (did you mean '{close}'?)" if close is not None else ""
        return self.found[missing]

    def closest(self, missing: str) -> str | None:
        import difflib  # only a run with a misspelt name needs it

        matcher = difflib.SequenceMatcher()
        matcher.set_seq2(missing)
        best: tuple[float, str] | None = None

        def consider(name: str) -> None:
            nonlocal best
            floor = self.CUTOFF if best is None else max(self.CUTOFF, best[0])
            matcher.set_seq1(name)
            if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
                return
            score = matcher.ratio()
            if score >= self.CUTOFF and (best is None or (score, name) > best):
                best = (score, name)

        at = bisect_left(self.ordered, missing)
        for name in self.ordered[max(0, at - 2):at + 2]:
            consider(name)
        size = len(missing)
        for length in sorted(self.by_length, key=lambda length: abs(length - size)):
            bound = 2.0 * min(length, size) / (length + size) if length + size else 1.0
            if bound < self.CUTOFF or (best is not None and bound < best[0]):
                continue
            for name in self.by_length[length]:
                consider(name)
        return best[1] if best is not None else None


def did_you_mean(word: str, known, allowed: bool = False) -> str:
    """`` (did you mean 'x'?)`` for the closest known word; else, with ``allowed``,
    ``; allowed: a, b, c`` (the known words in the order given); else ""."""
    known = list(known)
    hint = Closest(known)(word)
    if not hint and allowed and known:
        return f"; allowed: {', '.join(known)}"
    return hint
