"""``--statistics``: how many findings each rule reported, most first (ruff's
``--statistics``), as a table for people or a JSON list for scripts."""

from __future__ import annotations

import json
from collections import Counter

from ..untrusted import safe_json


def rows(result) -> list[dict]:
    """One row per rule with an active finding: most findings first, then by code."""
    counts = Counter(item.rule.code for item in result.active)
    first = {}
    for item in result.active:
        first.setdefault(item.rule.code, item)
    return [{"code": code, "name": first[code].rule.name, "severity": first[code].severity, "count": count}
            for code, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))]


def render(result, as_json: bool = False, **_options) -> str:
    table = rows(result)
    if as_json:
        return safe_json(json.dumps(table, sort_keys=True, ensure_ascii=False)) + "\n"
    total = sum(row["count"] for row in table)
    wide = max((len(str(row["count"])) for row in table), default=1)
    name = max((len(row["name"]) for row in table), default=0)
    lines = [f"{row['count']:>{wide}}  {row['code']}  {row['name']:<{name}}  [{row['severity']}]".rstrip()
             for row in table]
    new = "new " if result.compared is not None else ""
    lines.append(f"{total} {new}finding{'' if total == 1 else 's'}")
    return "\n".join(lines) + "\n"
