"""Metric names as the analyser compares them: tokens, and each token's lemma.

Lemmas come from simplemma (a well-kept lemmatiser that ships its dictionary
in its wheel). Loading that dictionary costs about 0.25 s, more than a
10,000-goal audit may spend on names, so the lemmas of every form of every
word the built-in lexicon uses are kept in ``data/lemmas.json``, generated
from simplemma by ``scripts/build_lemmas.py`` (a test holds it current). A
word outside that table is either no word of ours, and then its lemma does not
matter, or a word of a team's own vocabulary: only then is simplemma loaded.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from pathlib import Path

from . import lazyre

LEMMAS = Path(__file__).resolve().parent / "data" / "lemmas.json"

# '/' is kept as a token: "Calls/agent/hr" is calls per agent per hour
_TOKEN = lazyre.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*|[%/&+<>≤≥$£€]")
_HUMP = lazyre.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_NUMBER = lazyre.compile(r"^[0-9]+(?:[.,][0-9]+)*(?:k|m|st|nd|rd|th|d|h|s)?$")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return json.loads(LEMMAS.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _simplemma():
    import simplemma  # only for words that are not the built-in lexicon's

    return simplemma


def tokens(text: str | None) -> list[str]:
    """Lower-case word tokens; '-' and '_' separate words, '/' is a token of its own, and
    so do camelCase humps ("overallAbsenceRate" is overall absence rate; "tNPS" stays one)."""
    if not text:
        return []
    text = _HUMP.sub(" ", text)
    return _TOKEN.findall(text.lower().replace("’", "'").replace("'s ", " "))


def is_number(token: str) -> bool:
    return bool(_NUMBER.match(token))


def lemma(token: str) -> str:
    """The lemma of a token of the built-in lexicon's words; other tokens as they are."""
    return _table().get(token, token)


@lru_cache(maxsize=65536)
def full_lemma(token: str) -> str:
    """The lemma of any token, loading simplemma's dictionary on first use."""
    found = _table().get(token)
    if found is not None:
        return found
    if not token.isalpha():
        return token
    return _simplemma().lemmatize(token, lang="en")


def lemmas(text: str | None, full: bool = False) -> list[str]:
    pick = full_lemma if full else lemma
    return [pick(token) for token in tokens(text)]
