"""What the metric-name analyser costs: building the lexicon, and reading every name of
the corpora in tests/corpus (CPU time, in process, garbage collector off).

    python benchmarks/analyser.py [--runs 5]

Issue 11 asks the analyser to keep a 10k-goal audit within 5% of its time without it; a
10k audit reads each distinct (name, unit, owners) once, so the cost that matters is the
lexicon's build plus a few dozen names. Compare the figures with the audit's own
(benchmarks/bench.py) and record them in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from goalcheck.metricname import Lexicon  # noqa: E402
from goalcheck.catalogue import data_path, read_data  # noqa: E402


def names() -> list[tuple[str, str | None]]:
    found = []
    for path in sorted((ROOT / "tests" / "corpus").glob("*/*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["metrics"]:
            found.append((entry["name"], (entry.get("context") or {}).get("unit")))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    corpus = names()
    data = read_data(data_path("lexicon.yaml"))
    gc.disable()
    builds, reads = [], []
    for _ in range(runs):
        start = time.process_time()
        lexicon = Lexicon(data)
        builds.append(time.process_time() - start)
        start = time.process_time()
        for name, unit in corpus:
            lexicon.analyse(name, unit)
        reads.append(time.process_time() - start)
    gc.enable()
    build, read = statistics.median(builds), statistics.median(reads)
    print(f"lexicon build: {build * 1000:.1f} ms (median of {runs})")
    print(f"reading {len(corpus)} names: {read * 1000:.1f} ms, {read / len(corpus) * 1e6:.0f} µs a name")


if __name__ == "__main__":
    main()
