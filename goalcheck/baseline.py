"""Fingerprints of findings, the baseline file that records them, and the step
that keeps only the findings a baseline (or a git ref, see gitdiff.py) does
not already have.

A fingerprint is a finding's logical identity: its rule, what it is about
(subject kind and id) and the facts that make it fire (``Finding.facts``).
It leaves out the line and column, which move whenever someone edits above
them, and the wording, so a better message does not make every finding new.
It leaves out the file too: ids are unique across the whole goals repo, so
kind and id already name the item wherever it is written, and goals do move
between files when a department's file is split, merged or renamed.
"""

from __future__ import annotations

import hashlib
import json
from json.encoder import encode_basestring as _text
from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterable

from . import score
from .errors import InputError, InputErrors
from .model import Location

KIND = "goalcheck-baseline"
VERSION = 1


def fingerprint(finding) -> str:
    """16 hex digits naming the finding across edits, moves and reorderings."""
    if finding.identity is not None:  # a loop or a pair: the same whichever member is the subject
        parts = [finding.rule, finding.subject_kind, *finding.identity]
    else:
        parts = [finding.rule, finding.subject_kind, finding.subject, *finding.facts]
    if all(part.__class__ is str or part is None for part in parts):  # the usual case, as json.dumps writes it
        identity = "[" + ", ".join("null" if part is None else _text(part) for part in parts) + "]"
    else:
        identity = json.dumps(parts, ensure_ascii=False)
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Known:
    """Findings a run is compared with: a baseline file's, or those at a git ref."""

    kind: str  # "baseline" or "diff"
    against: str  # the baseline file, or the git ref
    fingerprints: Counter  # fingerprint -> how many findings have it
    score_before: float | None = None  # diff: the score at the ref; None when nothing could be audited there


def dump(findings: Iterable[score.Reported]) -> str:
    """The baseline file for these findings: JSON, sorted, one entry per finding.

    Rule and subject sit beside each fingerprint so that a reviewer can read
    what a change to the baseline accepts.
    """
    entries = sorted(
        ({"fingerprint": fingerprint(item.finding), "rule": item.rule.code,
          "subject_kind": item.finding.subject_kind, "subject": item.finding.subject} for item in findings),
        key=lambda e: (e["rule"], e["subject_kind"], e["subject"] or "", e["fingerprint"]))
    document = {"kind": KIND, "version": VERSION, "findings": entries}
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def parse(text: str, name: str) -> Known:
    """Read a baseline file's text; every problem is an input error naming ``name``."""
    def problem(message: str, line: int = 1, column: int = 1) -> InputErrors:
        return InputErrors([InputError(Location(name, line, column), message)])

    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise problem(f"not a goalcheck baseline: invalid JSON: {exc.msg}", exc.lineno, exc.colno) from None
    if not isinstance(document, dict) or document.get("kind") != KIND:
        raise problem(f"not a goalcheck baseline (no \"kind\": \"{KIND}\"); "
                      "write one with 'goalcheck audit --write-baseline FILE'")
    if document.get("version") != VERSION:
        raise problem(f"baseline version {document.get('version')!r} is not one this goalcheck reads "
                      f"({VERSION}); write it again with --write-baseline")
    entries = document.get("findings")
    if not isinstance(entries, list):
        raise problem("\"findings\" must be a list")
    fingerprints: Counter = Counter()
    for number, entry in enumerate(entries, 1):
        value = entry.get("fingerprint") if isinstance(entry, dict) else None
        if not isinstance(value, str) or not value:
            raise problem(f"finding {number} of the baseline has no \"fingerprint\"")
        fingerprints[value] += 1
    return Known("baseline", name, fingerprints)


def read(path: str) -> Known:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise InputErrors([InputError(Location(path, 1, 1), f"cannot read the baseline: {reason}")]) from None
    return parse(text, path)


def only_new(result: score.Result, known: Known) -> score.Result:
    """The result with the findings ``known`` already has left out.

    The score, grade, areas and departments still describe the whole
    organisation; the listed findings, their counts and the gate are about
    what is new. Waived findings stay listed as waived. Matching counts
    fingerprints, so a second finding with the same identity is new.
    """
    remaining = Counter(known.fingerprints)
    kept, left = [], []
    for item in result.findings:
        if item.waived is None:
            identity = fingerprint(item.finding)
            if remaining[identity] > 0:
                remaining[identity] -= 1
                left.append(item)
                continue
        kept.append(item)
    new = sum(1 for item in kept if item.waived is None)
    left_out = sum(1 for item in result.findings if item.waived is None) - new
    delta = None if known.score_before is None else round(result.score - known.score_before, 1) + 0.0
    comparison = score.Comparison(known.kind, known.against, new=new, known=left_out,
                                  fixed=sum(remaining.values()), score_before=known.score_before,
                                  delta=delta)
    return replace(result, findings=tuple(kept), known=tuple(left), counts=score.count(kept),
                   passed=score.gate(kept, result.score, result.fail_on, result.fail_under),
                   compared=comparison)


def record(target: str, result: score.Result) -> tuple[score.Result, int]:
    """Write ``result``'s active findings as a baseline (atomically); return the
    result compared with what was written (nothing new) and how many were."""
    from .files import write_atomically

    recorded = dump(result.active)
    write_atomically(target, recorded)
    return only_new(result, parse(recorded, target)), len(result.active)
