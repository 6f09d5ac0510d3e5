"""`goalcheck facts`: the facts sheet as JSON for machines or a table for people."""

from __future__ import annotations

import json

from ..untrusted import safe_json, safe_text

COLUMNS = ("kind", "experience", "access", "better", "cross_functional")


def render_json(entries: list[dict]) -> str:
    return safe_json(json.dumps({"metrics": entries}, sort_keys=True, ensure_ascii=False)) + "\n"


def _cell(value) -> str:
    if value is None:
        return "?"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def render_text(entries: list[dict]) -> str:
    rows = [("metric", "kind", "experience", "access", "better", "cross-functional")]
    for entry in entries:
        rows.append((safe_text(entry["id"]), *(_cell(entry[c]) for c in COLUMNS)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    lines.append("")
    for entry in entries:
        lines.append(f"{safe_text(entry['id'])}: {safe_text(entry['name'])}")
        for source in entry["sources"]:
            lines.append(f"  {safe_text(source)}")
        missing = [c for c in ("kind", "experience") if entry[c] is None]
        if missing:
            lines.append(f"  unknown: {' and '.join(missing)}; declare {' and '.join(missing)} on the metric")
    unknown = sum(1 for e in entries if e["kind"] is None or e["experience"] is None)
    lines.append("")
    lines.append(f"{len(entries)} metrics; goalcheck could not tell what {unknown} of them measure"
                 if unknown else f"{len(entries)} metrics; every one was understood")
    return "\n".join(lines) + "\n"
