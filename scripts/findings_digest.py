"""Every finding goalcheck gives on the organisations in this repository, to compare two trees.

    python scripts/findings_digest.py --dump before.json     # rule, subject, file:line per org
    python scripts/findings_digest.py --against before.json  # what a change added (+) or took (-)

The organisations are sample_orgs/* (not the import examples), tests/unseen/*/org and
tests/realsets/*/org, each audited as the CLI audits it, on the catalogue's EXAMPLES_AS_OF.
A change to the analyser should leave this unchanged unless it means to move a finding.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from goalcheck.audit import options_for, run  # noqa: E402
from goalcheck.catalogue import EXAMPLES_AS_OF  # noqa: E402


def organisations() -> list[Path]:
    samples = [p for p in sorted((ROOT / "sample_orgs").iterdir())
               if p.name not in ("import", "README.md")]
    return samples + sorted((ROOT / "tests" / "unseen").glob("*/org")) + sorted((ROOT / "tests" / "realsets").glob("*/org"))


def digest(path: Path) -> list[str]:
    org = str(path)
    result = run(org, options_for(org, as_of=EXAMPLES_AS_OF))
    return [f"{r.rule.code} {r.finding.subject} {Path(r.finding.location.file).name}:{r.finding.location.line}"
            for r in result.findings]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--against", type=Path)
    args = parser.parse_args(argv)
    found = {str(path.relative_to(ROOT)): digest(path) for path in organisations()}
    print(f"{len(found)} organisations, {sum(map(len, found.values()))} findings")
    if args.against:
        before = json.loads(args.against.read_text(encoding="utf-8"))
        for org in sorted(set(found) | set(before)):
            now, was = Counter(found.get(org, [])), Counter(before.get(org, []))
            for line in sorted((now - was).elements()):
                print(f"+ {org}: {line}")
            for line in sorted((was - now).elements()):
                print(f"- {org}: {line}")
    if args.dump:
        args.dump.write_text(json.dumps(found, indent=0, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
