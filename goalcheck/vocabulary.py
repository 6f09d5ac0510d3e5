"""The vocabulary: words teams use, as data, and whole-word matching over it.

The built-in words for objectives, initiatives, systems and journey stages live
in ``rules/vocabulary.yaml``; metric names are read by structure
(``metricname.py``, ``rules/lexicon.yaml``). A team's config can add metric
words in front of both (they win) and say where they came from, so that a
finding's provenance reads "name matches 'care minutes' (from .goalcheck.yaml)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import lazyre
from .catalogue import data_path, read_data
from .lemmatise import lemmas

FACTS = ("kind", "experience", "access", "better", "cross_functional", "cheap", "demand")
_SEPARATORS = lazyre.compile(r"[^a-z0-9.%&+#]+")


def normalize(text: str) -> str:
    """Lower case words separated by single spaces; '-', '_', '/' and other
    punctuation count as spaces (a dot inside a word, as in salesforce.com, stays)."""
    return " ".join(word.strip(".") for word in _SEPARATORS.split(text.lower()) if word.strip("."))


@dataclass(frozen=True)
class Entry:
    words: tuple[str, ...]
    facts: dict
    source: str = ""  # "" for the built-in vocabulary


class Matcher:
    """Finds the phrases of a list in a text: whole words, the longest phrase at
    each place, a trailing "s" optional. Word n-grams looked up in a set: no
    regular expression to compile at start-up, a few microseconds a text."""

    def __init__(self, phrases):
        self.phrases = {normalize(p) for p in phrases if normalize(p)}
        self.longest = max((p.count(" ") + 1 for p in self.phrases), default=0)

    def find(self, text: str | None) -> list[str]:
        """The phrases found in ``text``, in order of appearance."""
        if not text or not self.longest:
            return []
        words = normalize(text).split(" ")
        phrases = self.phrases
        found = []
        index, total = 0, len(words)
        while index < total:
            for size in range(min(self.longest, total - index), 0, -1):
                candidate = " ".join(words[index:index + size])
                if candidate in phrases:
                    break
                if candidate.endswith("s") and candidate[:-1] in phrases:
                    candidate = candidate[:-1]
                    break
            else:
                index += 1
                continue
            found.append(candidate)
            index += size
        return found


@dataclass
class Vocabulary:
    entries: list[Entry]
    cx_words: Matcher
    cx_not: set[str]
    removes_cause: Matcher
    blocks_access: Matcher
    systems: dict[str, str]  # normalised name or alias -> canonical name
    phases: dict[str, str]  # phrase -> phase
    phase_words: Matcher
    sources: dict = field(default_factory=dict)  # (section, phrase) -> source of an added word
    _by_phrase: dict | None = None

    def metric_matches(self, name: str) -> list[tuple[Entry, str]]:
        """(entry, phrase) pairs of a team's own words for a metric name, in config order.

        Compared as lemmas, so "care minute" in the config matches "Care minutes"."""
        if not self.entries:
            return []
        if self._by_phrase is None:
            by_phrase: dict[tuple, list[tuple[int, Entry, str]]] = {}
            for order, entry in enumerate(self.entries):
                for word in entry.words:
                    by_phrase.setdefault(tuple(lemmas(word, full=True)), []).append((order, entry, word))
            self._by_phrase = by_phrase
        found = lemmas(name, full=True)
        grams = {tuple(found[i:i + n]) for i in range(len(found)) for n in range(1, len(found) - i + 1)}
        hits = [(order, word, entry)
                for phrase in grams & self._by_phrase.keys() for order, entry, word in self._by_phrase[phrase]]
        hits.sort(key=lambda hit: (hit[0], -len(hit[1]), hit[1]))
        return [(entry, phrase) for _, phrase, entry in hits]

    def is_cx_text(self, text: str | None) -> str | None:
        """The first experience phrase in a text (not one of the exclusions), or None."""
        for phrase in self.cx_words.find(text):
            if phrase not in self.cx_not:
                return phrase
        return None

    def system_key(self, name: str) -> str:
        key = re.sub(r"\s+", "", name.lower())
        return self.systems.get(key, key)


def _entry(raw: dict, source: str, where: str) -> Entry:
    words = raw.get("words")
    if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
        raise ValueError(f"{where}: 'words' must be a non-empty list of text")
    facts = {}
    for key, value in raw.items():
        if key == "words":
            continue
        if key not in FACTS:
            raise ValueError(f"{where}: unknown fact {key!r}; facts are {', '.join(FACTS)}")
        allowed = {"kind": ("outcome", "output", "activity", "cost"),
                   "better": ("increase", "decrease"), "cheap": ("increase", "decrease")}.get(key, (True, False))
        if value not in allowed or (allowed == (True, False) and not isinstance(value, bool)):
            shown = ", ".join(str(a).lower() for a in allowed)
            raise ValueError(f"{where}: {key!r} must be one of {shown}, got {value!r}")
        facts[key] = value
    return Entry(tuple(words), facts, source)


def build(data: dict, extra: dict | None = None, source: str = "") -> Vocabulary:
    """A vocabulary from the built-in data, with a team's additions in front."""
    extra = extra or {}
    # metric names are read by goalcheck/metricname.py; these are a team's own words in front of it
    entries = [_entry(e, source, f"vocabulary.metrics[{i}]") for i, e in enumerate(extra.get("metrics", []))]
    sources: dict = {}

    def words(section: str, key: str) -> list[str]:
        added = list(extra.get(section, {}).get(key, []))
        for word in added:
            sources[(section, normalize(word))] = source
        return added + list(data[section][key])

    systems: dict[str, str] = {}
    for table in (extra.get("systems", {}), data["systems"]):
        for canonical, aliases in table.items():
            for name in [canonical, *aliases]:
                systems.setdefault(re.sub(r"\s+", "", name.lower()), canonical)
    phases: dict[str, str] = {}
    for table in (extra.get("phases", {}), data["phases"]):
        for phase, names in table.items():
            for name in names:
                phases.setdefault(normalize(name), phase)
    return Vocabulary(
        entries=entries,
        cx_words=Matcher(words("cx_objective", "words") + words("cx_objective", "not")),
        cx_not={normalize(w) for w in words("cx_objective", "not")},
        removes_cause=Matcher(words("initiatives", "removes_cause")),
        blocks_access=Matcher(words("initiatives", "blocks_access")),
        systems=systems,
        phases=phases,
        phase_words=Matcher(phases),
        sources=sources,
    )


@lru_cache(maxsize=1)
def builtin_data() -> dict:
    return read_data(data_path("vocabulary.yaml"))


def default() -> Vocabulary:
    return build(builtin_data())
