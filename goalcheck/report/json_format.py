"""The JSON report: the machine-readable contract of spec/cli.md."""

from __future__ import annotations

import json

from ..baseline import fingerprint
from ..untrusted import safe_json


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
        "fingerprint": fingerprint(finding),
    }
    if item.waived is not None:
        out["waived"] = item.waived
    return out


def area_dict(area) -> dict:
    """An area's score; null, with "ran": false, when none of its rules ran (--select, --ignore)."""
    return {"id": area.id, "name": area.name, "score": area.score if area.ran else None,
            "findings": area.findings, "ran": area.ran}


def matrix_dict(matrix) -> dict | None:
    if matrix is None:
        return None
    return {
        "objectives": [{"id": o.id, "title": o.title, "parent": o.parent, "goals": o.goals}
                       for o in matrix.objectives],
        "departments": [{"id": row.id, "name": row.name, "goals": row.goals,
                         "cells": {objective: list(goals) for objective, goals in row.cells.items()},
                         "unlinked": list(row.unlinked)} for row in matrix.departments],
        "empty_objectives": list(matrix.empty_objectives),
        "serving_nothing": list(matrix.serving_nothing),
    }


def conflict_dict(conflict) -> dict:
    return {
        "kind": conflict.kind,
        "link": conflict.link,
        "metric": conflict.metric,
        "metric_name": conflict.metric_name,
        "sides": [{"department": side.department, "name": side.name, "goals": list(side.goals),
                   "goal_count": side.count,
                   "moves": [{"metric": m.metric, "metric_name": m.metric_name, "direction": m.direction}
                             for m in side.moves]}
                  for side in conflict.sides],
        "rules": list(conflict.rules),
        "inferred": list(conflict.inferred),
    }


def comparison_dict(result) -> dict:
    """--diff: {"diff": {...}}; --baseline: {"baseline": {...}}; neither: {}."""
    compared = result.compared
    if compared is None:
        return {}
    counts = {"new": compared.new, "known": compared.known, "fixed": compared.fixed}
    if compared.kind == "diff":
        return {"diff": {"ref": compared.against, "score_before": compared.score_before, "score": result.score,
                         "delta": compared.delta, **counts}}
    return {"baseline": {"file": compared.against, **counts}}


def to_dict(result) -> dict:
    return {
        "goalcheck": result.version,
        "organization": result.organization,
        "as_of": result.as_of.isoformat(),
        "score": result.score,
        "grade": result.grade,
        "goals": result.goals,
        "areas": [area_dict(a) for a in result.areas],
        "departments": [{"id": d.id, "name": d.name, "score": d.score, "findings": d.findings}
                        for d in result.departments],
        "findings": [finding_dict(item) for item in result.findings],
        "counts": dict(result.counts),
        "passed": result.passed,
        "matrix": matrix_dict(result.matrix),
        "conflicts": [conflict_dict(conflict) for conflict in result.conflicts],
        "fixes": [{"rule": fix.rule, "findings": fix.findings, "points": fix.points} for fix in result.fixes],
        "unknown_metrics": [{"id": metric, "unknown": list(missing)} for metric, missing in result.unknown_metrics],
        **comparison_dict(result),
    }


def render(result, **_options) -> str:
    # No indent: json's C encoder runs only without one (pipe to `jq` to read it).
    return safe_json(json.dumps(to_dict(result), sort_keys=True, ensure_ascii=False)) + "\n"
