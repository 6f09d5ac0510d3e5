"""The JSON report: the machine-readable contract of spec/cli.md."""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring as _text

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
        "fingerprint": item.fingerprint,
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
    out = {
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
    if conflict.more:  # only past the bound: a report under it keeps its bytes
        out["more_departments"] = conflict.more
    return out


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


def hygiene_dict(result) -> dict | None:
    """The second figure: goal data complete (hygiene, 6xx), apart from the alignment score."""
    figure = result.hygiene
    if figure is None:
        return None
    return {"complete": figure.complete, "complete_goals": figure.complete_goals, "goals": figure.goals,
            "findings": figure.findings}


def to_dict(result) -> dict:
    return {**to_dict_without_findings(result), "findings": [finding_dict(item) for item in result.findings]}


def to_dict_without_findings(result) -> dict:
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
        "counts": dict(result.counts),
        "passed": result.passed,
        "matrix": matrix_dict(result.matrix),
        "conflicts": [conflict_dict(conflict) for conflict in result.conflicts],
        "fixes": [{"rule": fix.rule, "findings": fix.findings, "points": fix.points,
                   "score_after": fix.score_after} for fix in result.fixes],
        "hygiene": hygiene_dict(result),
        "unknown_metrics": [{"id": metric, "unknown": list(missing)} for metric, missing in result.unknown_metrics],
        **comparison_dict(result),
    }


def _value(value) -> str:
    """One JSON value, written as json.dumps(value, ensure_ascii=False) writes it."""
    if value.__class__ is str:
        return _text(value)
    if value.__class__ is float and math.isfinite(value):
        return float.__repr__(value)  # what json writes for a finite float, without building an encoder
    return json.dumps(value, ensure_ascii=False)


def _finding_json(item) -> str:
    """finding_dict(item) as JSON text with sorted keys, written from its primitives.

    The findings are most of a report (about 830 bytes each); building a dict for
    each and having json sort its keys took about half of the rendering time.
    """
    finding = item.finding
    location = finding.location
    rule = item.rule
    text = _text
    department, subject = finding.department, finding.subject
    out = ['{"area": ', text(rule.area), ', "column": ', str(location.column),
           ', "department": ', "null" if department is None else text(department),
           ', "file": ', text(location.file), ', "fingerprint": ', text(item.fingerprint),
           ', "fix": ', text(item.fix), ', "inferred": [', ", ".join(map(text, finding.inferred)),
           '], "line": ', str(location.line), ', "message": ', text(item.message),
           ', "name": ', text(rule.name), ', "points": ', _value(item.points),
           ', "rule": ', text(rule.code), ', "severity": ', text(item.severity),
           ', "subject": ', "null" if subject is None else text(subject),
           ', "subject_kind": ', _value(finding.subject_kind)]
    if item.waived is not None:
        out += [', "waived": ', _value(item.waived)]
    out.append("}")
    return "".join(out)


def render(result, **_options) -> str:
    """The same bytes as safe_json(json.dumps(to_dict(result), sort_keys=True, ensure_ascii=False)).

    No indent: json's C encoder runs only without one (pipe to `jq` to read it).
    The findings are written by ``_finding_json``; the rest by json, in two parts
    around them (keys before "findings", keys after), so that no placeholder in
    user text could be mistaken for where the findings go.
    """
    document = to_dict_without_findings(result)
    before = json.dumps({k: v for k, v in document.items() if k < "findings"}, sort_keys=True, ensure_ascii=False)
    after = json.dumps({k: v for k, v in document.items() if k > "findings"}, sort_keys=True, ensure_ascii=False)
    # One join of small pieces, each made safe on its own (safe_json escapes single characters,
    # so the pieces give the same bytes as the whole): the report, 140 MB at 100,000 goals of
    # the dense shape, is built once instead of being copied by each concatenation.
    pieces = [safe_json(before[:-1]), ', "findings": [']
    for item in result.findings:
        pieces += (safe_json(_finding_json(item)), ", ")
    if result.findings:
        pieces.pop()
    pieces += ("], ", safe_json(after[1:]), "\n")
    return "".join(pieces)


def render_reference(result) -> str:
    """The JSON report built the plain way: what ``render`` must equal, byte for byte."""
    return safe_json(json.dumps(to_dict(result), sort_keys=True, ensure_ascii=False)) + "\n"
