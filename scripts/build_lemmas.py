"""Write goalcheck/data/lemmas.json: every English form simplemma knows of every
word rules/lexicon.yaml uses, mapped to its lemma; and goalcheck/data/english.txt.gz, every
English word of three letters or more simplemma knows (so a name of English words the
lexicon does not hold is still read as a name, and one of made-up words is not).

Run after changing the lexicon (tests/test_metricname.py fails until you do):

    pip install simplemma && python scripts/build_lemmas.py
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def table() -> dict[str, str]:
    import simplemma
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    from goalcheck.catalogue import read_data
    from goalcheck.metricname import Lexicon

    raw = Lexicon(read_data(ROOT / "rules" / "lexicon.yaml"), lemmatise=lambda word: word)
    words = {word for word in raw.words() if word.isalpha()}
    words |= {word for phrase in raw.abbreviations.values() for word in phrase}
    lemmas = {word: simplemma.lemmatize(word, lang="en") for word in words}
    wanted = set(lemmas.values())
    kept = set(read_data(ROOT / "rules" / "lexicon.yaml").get("lemma_exceptions", []))
    lemmas.update({word: word for word in kept})
    found = {word: lem for word, lem in lemmas.items() if word != lem or word in kept}
    # a plural the dictionary gives another lemma ("meetings" -> "meet") still reads as the
    # lexicon's noun: the lexicon says "meeting booked", names say "Meetings booked"
    for word, lem in sorted(lemmas.items()):
        if len(word) <= 2:
            continue  # "hr", "cs": an abbreviation's plural is read as the abbreviation, not made a form here
        for plural in (word + "s", word + "es", word[:-1] + "ies" if word.endswith("y") else None):
            # ... and so does one whose lemma simplemma guesses by rule, outside its dictionary
            # ("cancelations" -> "cancelation"), which the dictionary's forms below never hold
            guessed = simplemma.lemmatize(plural, lang="en") if plural else None
            if plural and plural not in words and (guessed not in wanted or guessed == lem):
                found.setdefault(plural, lem)
    dictionary = DefaultDictionaryFactory().get_dictionary("en")
    for form, lem in dictionary.items():
        form = form.lower()
        if isinstance(lem, bytes):
            lem = lem.decode()
        lem = lem.lower()
        # a form of one or two letters is an abbreviation in a metric's name far more often than
        # an inflection ("AI", "m" are no forms of "be"); "is" and "am" are the only true ones
        if len(form) <= 2 and form not in ("is", "am"):
            continue
        # a form with no vowel is the dictionary's abbreviation, not an inflection: in a metric's
        # name "Drs", "MLS", "CTS" are doctors, a listing service, a code ("drs" is no form of "drive")
        if not set(form) & set("aeiouy"):
            continue
        if lem in wanted and form != lem and form.isalpha() and form not in words and form not in kept:
            found.setdefault(form, lem)
    return dict(sorted(found.items()))


def render() -> str:
    return json.dumps(table(), indent=0, sort_keys=True, ensure_ascii=False) + "\n"


def english() -> list[str]:
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    found = set()
    for form, lem in DefaultDictionaryFactory().get_dictionary("en").items():
        for word in (form, lem.decode() if isinstance(lem, bytes) else lem):
            if word.isascii() and word.isalpha() and word.islower() and len(word) > 2:
                found.add(word)
    return sorted(found)


def write_english(path: Path) -> None:
    # mtime 0: the same words give the same bytes
    with gzip.GzipFile(path, "wb", mtime=0) as out:
        out.write(("\n".join(english()) + "\n").encode("ascii"))


if __name__ == "__main__":
    (ROOT / "goalcheck" / "data" / "lemmas.json").write_text(render(), encoding="utf-8")
    write_english(ROOT / "goalcheck" / "data" / "english.txt.gz")
