"""The words of a goal's title or a metric's name, as the rules about wording read them.

``content_words`` gives lemmatised content words (stop-words, numbers and
placeholders dropped) with the lexicon's abbreviations spelled out (AHT is
average handle time), through the metric-name analyser's lexicon
(goalcheck/metricname.py, lemmas from goalcheck/lemmatise.py); a word the
lemma table does not know has its common English ending stripped, so that
"modules" and "module" meet. ``title_key`` is what makes two titles the same.
"""

from __future__ import annotations

import re

from . import lazyre

_TOKEN_TEXT = r"[a-z0-9][a-z0-9'.%+$-]*|\$[a-z0-9]+"
_TOKEN = lazyre.compile(_TOKEN_TEXT, re.I)
# each token with the text between it and the one before (what finditer skips), for _scan
_GAPPED = lazyre.compile(rf"(.*?)({_TOKEN_TEXT})", re.I | re.S)
# what a placeholder or a number may start with: the other tokens are words, kept as they are
_MAYBE_NOT_A_WORD = frozenset("$nxyzt0123456789")
# a number as written in a target: 40, 1.2m, $40k, 85%, 2x, 4+, +17%, ~3, 10-15, 5th
_NUMBER = lazyre.compile(r"^[~+$-]*\d[\d,.]*(?:[kmb]n?|x|%|\+|th|st|nd|rd|pp|pts?|bps)?(?:-\d[\d,.]*%?)?[+%]*$")
# stand-ins for a number not (yet) public: N3, X, $X, x%, Y, TBD
_PLACEHOLDER = lazyre.compile(r"^(?:\$?n\d*|\$?[xyz]+%?|tbd|tbc|tba|xx+%?|\?+)$")

STOP = frozenset("""
a an the and or of to for in on at by with from into onto over under per via vs than as is are be
been being was were will shall should would can could may might must do does did done our we us
your you their they its it this that these those all any each every some more most less least
new other own so such up down out off not no nor then there here what which who whom whose how
when where why also just only very too both either neither within across about after before
during between through toward towards using use make making get getting have has had
""".split())


def tokens(text: str | None) -> list[str]:
    """The words and numbers of a text, lower case, trailing punctuation dropped."""
    if not text:
        return []
    return [t.rstrip(".'-").lower() for t in _TOKEN.findall(text) if t.rstrip(".'-")]


def is_number(token: str) -> bool:
    # most tokens are words: a number starts with a digit or one of ~+$- (a cheap test first)
    first = token[:1]
    return bool(first and (first in "~+$-" or first.isdigit()) and _NUMBER.match(token))


def is_placeholder(token: str) -> bool:
    first = token[:1]
    return bool(first and first in "$nxyzt?" and _PLACEHOLDER.match(token))


def title_key(text: str | None) -> str:
    """A title with numbers, placeholders (N3, $X) and case dropped: two goals whose
    keys are equal say the same thing.

    A bare whole number right after a word other than the title's first ("programme
    12", "phase 2", "tier 1") names which one, not how much: it is kept, so two
    goals for programmes 12 and 13 are not one goal. Amounts ("Land 12 logos",
    "from 40 to 25", "85%", "$40m", "2x") and placeholders are dropped.
    """
    return _scan(text)[1]


def _scan(text: str | None) -> tuple[tuple[str, ...], str]:
    """A text's tokens (as ``tokens`` gives them) and its title key, in one pass.

    It reads every title and name of a run (about 65,000 tokens at 10,000 goals), so
    the tokens come from one ``findall`` and only those that may be a number or a
    placeholder are looked at one by one. No token is empty once stripped: each
    starts with a letter or a digit, or is $ and letters or digits."""
    pairs = _GAPPED.findall(text or "")
    found = [token.rstrip(".'-").lower() for _, token in pairs]
    kept = []
    previous = ""
    for place, token in enumerate(found):
        first = token[0]
        if first not in _MAYBE_NOT_A_WORD:
            kept.append(token)
        elif first in "$nxyzt" and _PLACEHOLDER.match(token):
            pass  # a placeholder: dropped
        elif first == "$" or first.isdigit():
            # a label (only spaces since a word other than the first: "programme 12") or no number
            if (token.isdigit() and place > 1 and previous.isalpha() and previous not in STOP
                    and not pairs[place][0].strip()) or not _NUMBER.match(token):
                kept.append(token)
        else:
            kept.append(token)
        previous = token
    return tuple(found), " ".join(kept)


class Text:
    """One reading of a title or a name, shared by every rule that reads its words
    (GC105, GC106, GC108, GC406, GC608): tokenised once a run, through
    ``Context.text``, instead of once per rule. ``tokens`` is ``tokens(text)`` as a
    tuple, ``key`` is ``title_key(text)``; ``content`` (``content_words``) and
    ``numbers`` are worked out when a rule first asks. Shared: never mutate."""

    __slots__ = ("text", "tokens", "key", "_content", "_numbers")

    def __init__(self, text: str | None):
        self.text = text or ""
        self.tokens, self.key = _scan(text)
        self._content: frozenset[str] | None = None
        self._numbers: tuple[str, ...] | None = None

    @property
    def content(self) -> frozenset[str]:
        if self._content is None:
            self._content = frozenset(content_words(self.text))
        return self._content

    @property
    def numbers(self) -> tuple[str, ...]:
        """The tokens that are numbers as written in a target (40, 85%, $1.2m, 2x)."""
        if self._numbers is None:
            self._numbers = tuple(token for token in self.tokens if is_number(token))
        return self._numbers


def lemma(word: str) -> str:
    """A rough lemma: the plural or verb ending an English word most often carries."""
    if len(word) <= 3 or not word.isalpha():
        return word
    for ending, replacement in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"),
                                ("xes", "x"), ("ing", ""), ("ied", "y"), ("ed", ""), ("s", "")):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[:-len(ending)] + replacement
            if ending in ("ing", "ed") and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]  # planned -> plan, running -> run
            if ending == "s" and word.endswith(("ss", "us", "is")):
                return word
            return stem
    return word


def content_words(text: str | None) -> set[str]:
    """The lemmatised content words of a text: stop-words, numbers and placeholders
    dropped, the lexicon's abbreviations spelled out."""
    if not text:
        return set()
    from .metricname import builtin

    out = set()
    for word in builtin().expand(text):
        if len(word) < 2 or not word[0].isalnum() or word in STOP or is_number(word) or is_placeholder(word):
            continue
        out.add(lemma(word))
    return out


def related_classes(found: set[str]) -> set[str]:
    """The lexicon's classes the words belong to (customer, staff, partner...), as
    '@class' tags: "client" and "customer" are the same people."""
    from .metricname import builtin

    classes = builtin().classes
    return {f"@{name}" for name, phrases in classes.items()
            if any(len(phrase) == 1 and phrase[0] in found for phrase in phrases)}
