"""The analyser's figures on the labelled corpora, and what a change moved.

    python scripts/corpus_figures.py                      # the development sets (SETS): percent right, dangerous
    python scripts/corpus_figures.py heldout11 metrics    # some sets; a held-out folder only when named
    python scripts/corpus_figures.py --dump before.json   # keep every reading, to compare later
    python scripts/corpus_figures.py --against before.json  # names whose reading moved since

Percent right is counted as tests/test_corpus.py counts it (a cost's unknown direction read as
its cheap one, `better` only where the label gives one); a dangerous reading is an employee or
other non-experience measure read as experience, or a non-cost read as a cost. With
``--against``, each moved fact is marked ``+`` (now the label), ``-`` (was the label) or ``~``
(wrong both times): a change is judged by the first two counts, and by no new dangerous reading.
A folder of tests/corpus that is not in SETS is held out: it is read only when named, and then
only for its figures (``--against`` on it would show its names, which makes it development data).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_corpus import FACTS, SETS, corpus, read  # noqa: E402


def _right(fact: str, got, label) -> bool:
    if fact in ("experience", "access", "cross_functional") and got is not None:
        got = bool(got)
    return got == label


def _dangerous(entry: dict, facts: dict) -> bool:
    return bool((facts["experience"] and not entry["experience"])
                or (facts["kind"] == "cost" and entry["kind"] != "cost"))


def figures(name: str, readings: list[tuple[dict, dict]]) -> str:
    cells = []
    for fact in FACTS:
        scored = [(e, f) for e, f in readings if not (fact == "better" and e.get("better") is None)]
        right = sum(_right(fact, f[fact], e.get(fact)) for e, f in scored)
        cells.append(f"{100 * right / max(len(scored), 1):5.1f}")
    dangerous = sum(_dangerous(e, f) for e, f in readings)
    return f"{name:12} {len(readings):5}  " + " ".join(cells) + f"  {dangerous:3}"


def moved(name: str, readings: list[tuple[dict, dict]], before: dict) -> list[str]:
    lines = []
    for entry, facts in readings:
        old = before.get(name, {}).get(entry["name"])
        if old is None:
            continue
        for fact in FACTS:
            if old[fact] == facts[fact]:
                continue
            now, was = _right(fact, facts[fact], entry.get(fact)), _right(fact, old[fact], entry.get(fact))
            mark = "+" if now and not was else "-" if was and not now else "~"
            lines.append(f"{mark} {name:10} {fact:16} {old[fact]!s:9} -> {facts[fact]!s:9}"
                         f" (label {entry.get(fact)!s}) {entry['name']}")
        if _dangerous(entry, facts) and not _dangerous(entry, old):
            lines.append(f"! {name:10} new dangerous reading: {entry['name']}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--dump", type=Path, help="write every reading to this JSON file")
    parser.add_argument("--against", type=Path, help="a --dump of before: list what moved")
    args = parser.parse_args(argv)
    names = args.sets or list(SETS)
    before = json.loads(args.against.read_text(encoding="utf-8")) if args.against else None
    dump, changes = {}, []
    print(f"{'set':12} {'names':>5}  " + " ".join(f"{fact[:5]:>5}" for fact in FACTS) + "  dangerous")
    for name in names:
        readings = [(entry, read(entry)) for entry in corpus(name)]
        print(figures(name, readings))
        dump[name] = {entry["name"]: facts for entry, facts in readings}
        if before is not None:
            changes += moved(name, readings, before)
    if before is not None:
        for mark in "+-~!":
            print(f"{mark}: {sum(line.startswith(mark) for line in changes)}", end="  ")
        print()
        print("\n".join(sorted(changes, key=lambda line: "+-~!".index(line[0]))))
    if args.dump:
        args.dump.write_text(json.dumps(dump, sort_keys=True, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
