"""Regenerate the generated parts of README.md from the code and the samples.

    python scripts/update_readme.py

Each part sits between `<!-- NAME:start -->` and `<!-- NAME:end -->`; the
rest of the README is written by hand. tests/test_readme.py checks that the
parts are current, so the README cannot drift from what goalcheck prints.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-12-01"
SAMPLE_REPORT = "sample_orgs/harbour-contact-centre"


def goalcheck(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "goalcheck", *args], cwd=ROOT,
                          capture_output=True, text=True, env={"NO_COLOR": "1", "PATH": ""})
    return done.stdout


def rules_table() -> str:
    sys.path.insert(0, str(ROOT))
    from goalcheck import catalogue

    rows = ["| code | name | area | severity | fires when |", "| --- | --- | --- | --- | --- |"]
    for rule in catalogue.rules().values():
        rows.append(f"| {rule.code} | `{rule.name}` | {rule.area_name} | {rule.severity} | {rule.summary} |")
    return "\n".join(rows)


def options_table() -> str:
    sys.path.insert(0, str(ROOT))
    from goalcheck import catalogue

    rows = ["| rule | option | value | default | what it sets |", "| --- | --- | --- | --- | --- |"]
    for rule in catalogue.rules().values():
        for option in rule.options:
            rows.append(f"| {rule.code} | `{option.name}` | {option.expects} | {option.default_text} "
                        f"| {option.doc} |")
    return "\n".join(rows)


def samples_table() -> str:
    rows = ["| sample | score | grade | high | medium | low | rules that fire |",
            "| --- | --- | --- | --- | --- | --- | --- |"]
    for path in sorted((ROOT / "sample_orgs").iterdir()):
        if path.name in ("README.md", "import"):  # import/: sources for goalcheck import
            continue
        report = json.loads(goalcheck("audit", f"sample_orgs/{path.name}", "-f", "json", "--as-of", AS_OF))
        counts: dict[str, int] = {}
        for finding in report["findings"]:
            counts[finding["rule"]] = counts.get(finding["rule"], 0) + 1
        fired = ", ".join(f"{code}×{n}" if n > 1 else code for code, n in sorted(counts.items())) or "none"
        c = report["counts"]
        rows.append(f"| [`{path.name}`](sample_orgs/{path.name}) | {report['score']} | {report['grade']} "
                    f"| {c['high']} | {c['medium']} | {c['low']} | {fired} |")
    return "\n".join(rows)


def sample_report() -> str:
    text = goalcheck("audit", SAMPLE_REPORT, "--as-of", AS_OF)
    return f"`goalcheck audit {SAMPLE_REPORT} --as-of {AS_OF}`:\n\n```text\n{text}```"


PARTS = {"rules": rules_table, "options": options_table, "samples": samples_table, "sample-report": sample_report}


def render(readme: str) -> str:
    for name, build in PARTS.items():
        pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.S)
        readme = pattern.sub(lambda m: m.group(1) + build() + "\n" + m.group(2), readme)
    return readme


if __name__ == "__main__":
    path = ROOT / "README.md"
    path.write_text(render(path.read_text()))
