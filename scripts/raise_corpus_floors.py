"""Raise tests/test_corpus.py's FLOORS to each development set's figures, rounded down to .5.

    python scripts/raise_corpus_floors.py

A floor is never lowered: a figure under its floor is printed (UNDER set fact figure floor) and
its floor left as it is, so that the test fails and says which reading got worse. Run it after
an analyser change has been measured with scripts/corpus_figures.py --against, not instead.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from corpus_figures import _right  # noqa: E402
from tests.test_corpus import FACTS, FLOORS, SETS, corpus, read  # noqa: E402

TEST = ROOT / "tests" / "test_corpus.py"


def main() -> int:
    text = TEST.read_text(encoding="utf-8")
    for name in SETS:
        readings = [(entry, read(entry)) for entry in corpus(name)]
        floors = {}
        for fact in FACTS:
            scored = [(e, f) for e, f in readings if not (fact == "better" and e.get("better") is None)]
            figure = 100 * sum(_right(fact, f[fact], e.get(fact)) for e, f in scored) / len(scored)
            if figure < FLOORS[name][fact]:
                print("UNDER", name, fact, round(figure, 2), FLOORS[name][fact])
            floors[fact] = max(math.floor(figure * 2) / 2, FLOORS[name][fact])
        line = f'    "{name}": ' + "{" + ", ".join(f'"{fact}": {value}' for fact, value in floors.items()) + "},"
        text = re.sub(rf'\n    "{name}": \{{"kind"[^\n]*', lambda _: "\n" + line, text, count=1)
    TEST.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
