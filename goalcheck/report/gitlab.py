"""GitLab Code Quality (a subset of Code Climate's issue format): a JSON array,
one issue per active finding, shown in the merge request's widget.

GitLab compares a merge request's issues with the target branch's by
fingerprint and shows only the first issue of each fingerprint, so each issue
gets one of its own: the baseline fingerprint (rule, subject, facts; never the
line) with the number of earlier findings that share it. Paths are relative to
the repository root, as GitLab resolves them. Waived findings are left out:
Code Quality has no suppressed state. Findings that --diff or --baseline
leave out as known are listed too: GitLab compares with the target branch's
report itself, and would show a known finding missing here as fixed.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter

from ..untrusted import safe_json, safe_text

SEVERITY = {"high": "critical", "medium": "major", "low": "minor"}


def issues(result, prefix: str = "") -> list[dict]:
    seen: Counter = Counter()
    out = []
    every = sorted(result.active + result.known, key=lambda item: (
        item.finding.location.file, item.finding.location.line, item.rule.code, item.finding.location.column))
    for item in every:
        finding = item.finding
        logical = item.fingerprint
        occurrence = seen[logical]
        seen[logical] += 1
        unique = hashlib.sha256(f"{logical}:{occurrence}".encode("ascii")).hexdigest()[:32]
        out.append({
            "type": "issue",
            "check_name": item.rule.code,
            "description": f"{item.rule.code} {item.rule.name}: {safe_text(item.message, 'plain')}",
            "content": {"body": f"Fix: {item.fix}"},
            "categories": ["Bug Risk"],
            "fingerprint": unique,
            "severity": SEVERITY[item.severity],
            "location": {"path": prefix + finding.location.file, "lines": {"begin": finding.location.line}},
        })
    return out


def render(result, prefix: str = "", **_options) -> str:
    return safe_json(json.dumps(issues(result, prefix), indent=2, ensure_ascii=False)) + "\n"
