"""Where an audit's time goes, step by step, in one process: the profile behind
benchmarks/RESULTS.md. CPU time, best of several runs, garbage collector off as
in an audit.

    python benchmarks/stages.py REPO [--runs 5]

"read" is the one-pass YAML reader alone (libyaml's events to plain data and
the location table); "load" is all of the loader (reading, the schema check,
the model); "check_model" is all that follows: inference, index, checks,
wording, score and the leadership views.
"""

from __future__ import annotations

import argparse
import gc
import time
from datetime import date
from pathlib import Path

from goalcheck import audit, index, infer, vocabulary, yamlread
from goalcheck.checks import REGISTRY
from goalcheck.load import load
from goalcheck.report import render
from goalcheck.yamlread import read_document


def best(runs: int, step):
    fastest, value = float("inf"), None
    for _ in range(runs):
        started = time.process_time()
        value = step()
        fastest = min(fastest, time.process_time() - started)
    return fastest, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("repo", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    gc.disable()
    texts = [path.read_text(encoding="utf-8-sig") for path in sorted(args.repo.rglob("*.y*ml"))]
    options = audit.Options(as_of=date(2026, 12, 1))
    rows = []
    seconds, _ = best(args.runs, lambda: [read_document(text) for text in texts])
    rows.append((f"read ({yamlread.reader()})", seconds))
    seconds, _ = best(args.runs, lambda: [yamlread.read_document_python(text) for text in texts])
    rows.append(("read (pure-Python YAML reader)", seconds))
    seconds, model = best(args.runs, lambda: load(str(args.repo)))
    rows.append(("load (read, schema, model)", seconds))
    words = vocabulary.default()
    seconds, facts = best(args.runs, lambda: infer.infer(model, words))
    rows.append(("  infer", seconds))
    seconds, ctx = best(args.runs, lambda: index.build(model, facts, words, options.as_of, options.params))
    rows.append(("  index", seconds))
    codes = audit.enabled_codes(options)
    per_check = {code: best(args.runs, lambda code=code: list(REGISTRY[code](ctx)))[0] for code in codes}
    rows.append(("  checks", sum(per_check.values())))
    seconds, result = best(args.runs, lambda: audit.check_model(model, options))
    rows.append(("check_model (all of the above and more)", seconds))
    seconds, _ = best(args.runs, lambda: render(result, "json"))
    rows.append(("render json", seconds))
    print(f"{len(model.goals):,} goals, {len(result.findings):,} findings")
    for name, seconds in rows:
        print(f"{name:42} {seconds * 1000:8.1f} ms")
    slowest = sorted(per_check.items(), key=lambda item: -item[1])[:8]
    print("slowest checks: " + ", ".join(f"{code} {seconds * 1000:.1f} ms" for code, seconds in slowest))


if __name__ == "__main__":
    main()
