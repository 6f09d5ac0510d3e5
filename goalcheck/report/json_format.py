"""The JSON report: the machine-readable contract of spec/cli.md."""

from __future__ import annotations

import json


def finding_dict(item) -> dict:
    finding = item.finding
    location = finding.location
    out = {
        "rule": item.rule.code,
        "name": item.rule.name,
        "area": item.rule.area,
        "severity": item.severity,
        "subject": finding.subject,
        "subject_kind": finding.subject_kind,
        "department": finding.department,
        "file": location.file,
        "line": location.line,
        "column": location.column,
        "message": item.message,
        "fix": item.fix,
        "inferred": list(finding.inferred),
        "points": item.points,
    }
    if item.waived is not None:
        out["waived"] = item.waived
    return out


def to_dict(result) -> dict:
    return {
        "goalcheck": result.version,
        "organization": result.organization,
        "as_of": result.as_of.isoformat(),
        "score": result.score,
        "grade": result.grade,
        "goals": result.goals,
        "areas": [{"id": a.id, "name": a.name, "score": a.score, "findings": a.findings}
                  for a in result.areas],
        "departments": [{"id": d.id, "name": d.name, "score": d.score, "findings": d.findings}
                        for d in result.departments],
        "findings": [finding_dict(item) for item in result.findings],
        "counts": dict(result.counts),
        "passed": result.passed,
    }


def render(result, **_options) -> str:
    # No indent: json's C encoder runs only without one (pipe to `jq` to read it).
    return json.dumps(to_dict(result), sort_keys=True, ensure_ascii=False) + "\n"
