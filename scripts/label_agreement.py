"""How far two labellers who never saw each other's labels agree, and the analyser against both.

    python scripts/label_agreement.py heldout19 tests/corpus/second-labels/heldout19

The second folder holds, for each file of the set, ``<file>.yaml`` with the same names in the same
order and a second labeller's five facts. Issue 11 asks 95% a fact against one labeller; where two
careful labellers agree on fewer, that bar measures the labeller as much as the analyser. So the
figures are: the labellers' agreement; the analyser against each; and the analyser on the names
both labellers label alike (the consensus), with the dangerous readings among those. Only figures
are printed, so a held-out set stays unread.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_corpus import CORPORA, FACTS, read  # noqa: E402

BOOLEAN = ("experience", "access", "cross_functional")


def _value(fact: str, value):
    """One spelling for a fact's value: booleans as booleans, 'unknown' as None."""
    if value == "unknown":
        return None
    if fact in BOOLEAN and value is not None:
        return bool(value)
    return value


def _pairs(set_name: str, second: Path) -> list[tuple[dict, dict]]:
    pairs = []
    for path in sorted((CORPORA / set_name).glob("*.yaml")):
        first = yaml.safe_load(path.read_text(encoding="utf-8"))["metrics"]
        other = second / path.name
        if not other.exists():
            continue
        again = yaml.safe_load(other.read_text(encoding="utf-8"))["metrics"]
        if [e["name"] for e in first] != [e["name"] for e in again]:
            raise SystemExit(f"{other}: the names differ from {path}")
        pairs.extend(zip(first, again))
    return pairs


def _share(hits: int, total: int) -> str:
    return f"{100 * hits / max(total, 1):5.1f}"


def _dangerous(label: dict, facts: dict) -> bool:
    return bool((facts["experience"] and label.get("experience") is False)
                or (facts["kind"] == "cost" and label.get("kind") not in ("cost", None)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set_name")
    parser.add_argument("second", type=Path)
    args = parser.parse_args()
    pairs = _pairs(args.set_name, args.second)
    if not pairs:
        raise SystemExit("no file of the set has a second labelling")
    readings = [(a, b, read(a)) for a, b in pairs]
    print(f"{len(pairs)} names labelled twice")
    print(f"{'fact':17} {'labellers agree':>15} {'analyser~first':>14} {'analyser~second':>15}"
          f" {'consensus n':>11} {'analyser~consensus':>18}")
    consensus_dangerous = 0
    for fact in FACTS:
        rows = [(_value(fact, a.get(fact)), _value(fact, b.get(fact)), _value(fact, f[fact])) for a, b, f in readings]
        if fact == "better":  # scored only where a labeller gives a direction, as test_corpus scores it
            rows = [r for r in rows if r[0] is not None or r[1] is not None]
        agree = [r for r in rows if r[0] == r[1]]
        print(f"{fact:17} {_share(len(agree), len(rows)):>15} {_share(sum(r[2] == r[0] for r in rows), len(rows)):>14}"
              f" {_share(sum(r[2] == r[1] for r in rows), len(rows)):>15} {len(agree):>11}"
              f" {_share(sum(r[2] == r[0] for r in agree), len(agree)):>18}")
    for a, b, f in readings:
        label = {fact: _value(fact, a.get(fact)) for fact in FACTS if _value(fact, a.get(fact)) == _value(fact, b.get(fact))}
        consensus_dangerous += _dangerous(label, {fact: _value(fact, f[fact]) for fact in FACTS})
    print(f"dangerous readings where both labellers agree on the fact: {consensus_dangerous}")


if __name__ == "__main__":
    main()
