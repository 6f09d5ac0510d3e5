"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run; the tool's rules are the whole catalogue (``Result.rules``), so a
viewer can explain a rule that did not fire this time. Each finding is a result located in its
goals file (the file name relative to the repository root, see
paths.py), with the baseline fingerprint as its partial
fingerprint so that viewers track it across edits. Waived findings are
results with an in-source suppression whose justification is the waiver's
reason. The score and the gate go in the run's properties.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import quote

from ..untrusted import safe_json, safe_text
from .json_format import area_dict, comparison_dict, hygiene_dict

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"high": "error", "medium": "warning", "low": "note"}
ROOT = "%SRCROOT%"  # the conventional base id for the root of the checked-out sources
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _blanks(template: str, left: str, right: str) -> str:
    """A fix template with each blank ({goal}) written between ``left`` and ``right``."""
    return _PLACEHOLDER.sub(lambda match: left + match.group(1) + right, template)


def _descriptor(rule) -> dict:
    fix = _blanks(rule.fix, "<", ">")
    markdown = [rule.summary, "", "**Fix:** " + _blanks(rule.fix, "&lt;", "&gt;"), "",
                "**Why it matters.** " + " ".join(rule.rationale.split())]
    for title, examples in (("Fires on", rule.fires[:1]), ("Stays quiet on", rule.quiet[:1])):
        for example in examples:
            markdown += ["", f"**{title}:** {example.title}", "", "```yaml", example.yaml.rstrip(), "```"]
    markdown += ["", f"`goalcheck explain {rule.code}` prints every example."]
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": " ".join(rule.rationale.split())},
        "help": {"text": f"{rule.summary}\n\nFix: {fix}\n\nRun 'goalcheck explain {rule.code}' for examples.",
                 "markdown": "\n".join(markdown)},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"area": rule.area, "area_name": rule.area_name, "severity": rule.severity,
                       "tags": ["goalcheck", rule.area]},
    }


def _artifact(name: str) -> dict:
    """A file under the sources' root, relative to it; one outside them, as an absolute file URI."""
    if os.path.isabs(name):
        return {"uri": Path(name).as_uri()}
    return {"uri": quote(name, safe="/"), "uriBaseId": ROOT}


def _result(item, index: int, prefix: str) -> dict:
    finding = item.finding
    location = {"physicalLocation": {
        "artifactLocation": _artifact(prefix + finding.location.file),
        "region": {"startLine": finding.location.line, "startColumn": finding.location.column}}}
    if finding.subject is not None:
        location["logicalLocations"] = [{"name": finding.subject, "kind": finding.subject_kind,
                                         "fullyQualifiedName": f"{finding.subject_kind}:{finding.subject}"}]
    out = {
        "ruleId": item.rule.code,
        "ruleIndex": index,
        "level": LEVELS[item.severity],
        # viewers show the message as text: made plain (one line each, controls escaped)
        "message": {"text": f"{safe_text(item.message, 'plain')}\n\nFix: {safe_text(item.fix, 'plain')}"},
        "locations": [location],
        "partialFingerprints": {"goalcheck/v1": item.fingerprint},
        "properties": {"severity": item.severity, "subject": finding.subject,
                       "subject_kind": finding.subject_kind, "department": finding.department,
                       "fix": item.fix, "inferred": list(finding.inferred), "points": item.points},
    }
    if item.waived is not None:
        out["suppressions"] = [{"kind": "inSource", "status": "accepted", "justification": item.waived}]
    return out


def _results(result, index: dict, prefix: str) -> list[dict]:
    """Every finding, the known ones too: code scanning compares with the base branch itself.

    With --diff or --baseline each result says whether it is new or was
    already there (SARIF's baselineState: "new" or "unchanged").
    """
    if result.compared is None:
        return [_result(item, index[item.rule.code], prefix) for item in result.findings]
    states = [(item, "new") for item in result.findings]
    states += [(item, "unchanged") for item in result.known]
    states.sort(key=lambda pair: (pair[0].finding.location.file, pair[0].finding.location.line,
                                  pair[0].rule.code, pair[0].finding.location.column))
    out = []
    for item, state in states:
        entry = _result(item, index[item.rule.code], prefix)
        entry["baselineState"] = state
        out.append(entry)
    return out


def to_dict(result, prefix: str = "") -> dict:
    index = {rule.code: number for number, rule in enumerate(result.rules)}
    properties = {"organization": result.organization, "as_of": result.as_of.isoformat(),
                  "score": result.score, "grade": result.grade, "goals": result.goals,
                  "counts": dict(result.counts), "passed": result.passed, "fail_on": result.fail_on,
                  "fail_under": result.fail_under, "hygiene": hygiene_dict(result),
                  "areas": [area_dict(a) for a in result.areas],
                  "departments": [{"id": d.id, "name": d.name, "score": d.score, "findings": d.findings}
                                  for d in result.departments]}
    properties.update(comparison_dict(result))  # the JSON report's "diff" or "baseline"
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "goalcheck", "version": result.version,
                                "semanticVersion": result.version,
                                "rules": [_descriptor(rule) for rule in result.rules]}},
            "columnKind": "unicodeCodePoints",
            "results": _results(result, index, prefix),
            "properties": properties,
        }],
    }


def render(result, prefix: str = "", **_options) -> str:
    # No indent, as in the JSON report: json's C encoder runs only without one.
    return safe_json(json.dumps(to_dict(result, prefix), sort_keys=True, ensure_ascii=False)) + "\n"
