"""How today's goalcheck fares on the real OKR sets, against the findings judged by hand.

    python scripts/judge_realsets.py                 # every set in tests/realsets
    python scripts/judge_realsets.py SLUG ...        # some of them
    python scripts/judge_realsets.py --skeleton SLUG # judged.yaml lines for unjudged findings

Each ``tests/realsets/<slug>/judged.yaml`` lists every finding goalcheck gave on the set when
it was judged, with a verdict a COO would give (right, wrong or useless) and why. This prints,
per set, the findings today, how many of each verdict still fire, how many no longer fire,
the findings nobody has judged yet (new rules, changed subjects: read them by hand), and the
share of goal-hygiene (GC6xx) findings, counted as findings and as the lines a human
report shows for them (a line per department, placeholders named apiece). It measures; it
never fails on the numbers (the tests in tests/test_unseen.py hold the must-find and
must-not-find cases).

Each set is audited as the CLI would audit it (``goalcheck audit <slug>/org --as-of`` the
catalogue's EXAMPLES_AS_OF), with the set's own ``org/.goalcheck.yaml`` (its fiscal year's
first month): the same findings tests/test_unseen.py sees. One date for every set, not each
set's own quarter: only GC604 and waivers read the date, and GC604's one finding on an old
plan ("every one of the 99 dated goals has ended") is what a user auditing such a folder
today is told; it is judged like any other.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from goalcheck.audit import options_for, run  # noqa: E402
from goalcheck.catalogue import EXAMPLES_AS_OF  # noqa: E402
from goalcheck.report.story import hygiene_lines  # noqa: E402

REALSETS = ROOT / "tests" / "realsets"
VERDICTS = ("right", "wrong", "useless")


@lru_cache(maxsize=None)
def _audit(slug: str):
    org = str(REALSETS / slug / "org")
    return run(org, options_for(org, as_of=EXAMPLES_AS_OF))


def findings(slug: str) -> list[tuple[str, str | None, str, tuple]]:
    """(rule, subject, file:line, facts) of every finding today, in report order; the
    facts tell apart findings of one rule on one line (GC204's partner department)."""
    result = _audit(slug)
    return [(r.rule.code, r.finding.subject, f"{r.finding.location.file}:{r.finding.location.line}",
             tuple(str(f) for f in r.finding.facts)) for r in result.findings]


def judged(slug: str) -> list[dict]:
    path = REALSETS / slug / "judged.yaml"
    if not path.is_file():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return list(data.get("findings") or [])


def match(found: list[tuple], verdicts: list[dict]) -> tuple[list[tuple[tuple, dict]], list[tuple], list[dict]]:
    """Pair today's findings with judged entries: by rule, subject and, where given, `at`."""
    left = list(verdicts)
    pairs, unjudged = [], []
    for finding in found:
        rule, subject, at, *rest = finding
        facts = list(rest[0]) if rest else []
        hit = next((v for v in left if v["rule"] == rule and v.get("subject") == subject
                    and v.get("at", at) == at
                    and [str(f) for f in v.get("facts", ())] == facts[:len(v.get("facts", ()))]), None)
        if hit is None:
            unjudged.append(finding)
        else:
            left.remove(hit)
            pairs.append((finding, hit))
    return pairs, unjudged, left


def measure(slug: str) -> dict:
    found = findings(slug)
    pairs, unjudged, gone = match(found, judged(slug))
    firing = Counter(v["verdict"] for _, v in pairs)
    hygiene = sum(1 for rule, *_ in found if rule.startswith("GC6"))
    folded = len(hygiene_lines(_audit(slug)))  # the lines a human report shows for them
    placeholders = sum(1 for rule, *_ in found if rule == "GC607")  # the header names each
    return {
        "slug": slug,
        "findings": len(found),
        "firing": {k: firing.get(k, 0) for k in VERDICTS},
        "gone": {k: sum(1 for v in gone if v["verdict"] == k) for k in VERDICTS},
        "unjudged": unjudged,
        "hygiene": hygiene,
        "hygiene_share": hygiene / len(found) if found else 0.0,
        "shown": len(found) - hygiene + folded + placeholders,
        "hygiene_shown": folded + placeholders,
    }


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def report(rows: list[dict]) -> str:
    head = (f"{'set':<36} {'findings':>8} {'right':>6} {'wrong':>6} {'useless':>7} "
            f"{'unjudged':>8} {'wrong%':>7} {'hygiene%':>8} {'shown%':>6}   no longer firing (right/wrong/useless)")
    lines = [head]
    total = Counter()
    for row in rows:
        f = row["firing"]
        lines.append(f"{row['slug']:<36} {row['findings']:>8} {f['right']:>6} {f['wrong']:>6} "
                     f"{f['useless']:>7} {len(row['unjudged']):>8} {_pct(f['wrong'], row['findings']):>7} "
                     f"{_pct(row['hygiene'], row['findings']):>8} "
                     f"{_pct(row['hygiene_shown'], row['shown']):>6}   "
                     f"{row['gone']['right']}/{row['gone']['wrong']}/{row['gone']['useless']}")
        total.update({"findings": row["findings"], "hygiene": row["hygiene"],
                      "shown": row["shown"], "hygiene_shown": row["hygiene_shown"],
                      "third": 3 * row["hygiene"] <= row["findings"],
                      "third_shown": 3 * row["hygiene_shown"] <= row["shown"],
                      "unjudged": len(row["unjudged"]),
                      **{k: f[k] for k in VERDICTS}, **{f"gone-{k}": row["gone"][k] for k in VERDICTS}})
    if len(rows) > 1:
        lines.append(f"{'all':<36} {total['findings']:>8} {total['right']:>6} {total['wrong']:>6} "
                     f"{total['useless']:>7} {total['unjudged']:>8} "
                     f"{_pct(total['wrong'], total['findings']):>7} "
                     f"{_pct(total['hygiene'], total['findings']):>8} "
                     f"{_pct(total['hygiene_shown'], total['shown']):>6}   "
                     f"{total['gone-right']}/{total['gone-wrong']}/{total['gone-useless']}")
        lines.append(f"sets where hygiene is at most a third (issue 12): {total['third']} of {len(rows)} "
                     f"counting findings, {total['third_shown']} of {len(rows)} counting the lines a "
                     f"human report shows (a line per department)")
    for row in rows:
        for rule, subject, at, facts in row["unjudged"]:
            lines.append(f"unjudged: {row['slug']}: {rule} {subject or '<org>'} at {at}"
                         + (f" ({', '.join(facts)})" if facts else ""))
    return "\n".join(lines)


def skeleton(slug: str) -> str:
    _, unjudged, _ = match(findings(slug), judged(slug))
    twice = Counter((rule, subject) for rule, subject, *_ in unjudged)
    same_line = Counter((rule, subject, at) for rule, subject, at, _ in unjudged)
    return "\n".join(f"  - {{rule: {rule}, subject: {subject if subject is not None else 'null'}, "
                     + (f"at: \"{at}\", " if twice[rule, subject] > 1 else "")
                     + (f"facts: [{', '.join(facts)}], " if same_line[rule, subject, at] > 1 else "")
                     + "verdict: , why: }" for rule, subject, at, facts in unjudged)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("slugs", nargs="*", help="sets to measure (default: all)")
    parser.add_argument("--skeleton", action="store_true", help="print judged.yaml lines for unjudged findings")
    args = parser.parse_args(argv)
    slugs = args.slugs or sorted(p.name for p in REALSETS.iterdir() if (p / "judged.yaml").is_file())
    if args.skeleton:
        for slug in slugs:
            print(skeleton(slug))
        return 0
    print(report([measure(slug) for slug in slugs]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
