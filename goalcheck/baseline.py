"""Fingerprints of findings, the baseline file that records them, and the match
that tells the findings a baseline (or a git ref, see gitdiff.py) does not
already have (``compare``, used by score.build).

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
from dataclasses import dataclass
from typing import Iterable

from .errors import InputError, InputErrors
from .model import Location

KIND = "goalcheck-baseline"
VERSION = 1


def fingerprint(finding) -> str:
    """16 hex digits naming the finding across edits, moves and reorderings.

    Computed once, when the audit reports the finding (``Reported.fingerprint``);
    the baseline, the comparison and the reports read it from there."""
    if finding.identity is not None:  # a loop or a pair: the same whichever member is the subject
        parts = [finding.rule, finding.subject_kind, *finding.identity]
    else:
        parts = [finding.rule, finding.subject_kind, finding.subject, *finding.facts]
    try:  # the usual case, texts and nulls, written as json.dumps writes them
        identity = "[" + ", ".join([_text(part) if part is not None else "null" for part in parts]) + "]"
    except TypeError:  # a number or a truth value among them (_text takes text alone)
        identity = json.dumps(parts, ensure_ascii=False)
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Known:
    """Findings a run is compared with: a baseline file's, or those at a git ref."""

    kind: str  # "baseline" or "diff"
    against: str  # the baseline file, or the git ref
    # fingerprint -> how many findings have it; None: the run's own active findings
    # (--write-baseline: the run is compared with the baseline it writes)
    fingerprints: Counter | None
    score_before: float | None = None  # diff: the score at the ref; None when nothing could be audited there


def recording(target: str) -> Known:
    """What --write-baseline TARGET compares the run with: its own findings, as written to TARGET."""
    return Known("baseline", target, None)


def dump(findings: Iterable) -> str:
    """The baseline file for these findings: JSON, sorted, one entry per finding.

    Rule and subject sit beside each fingerprint so that a reviewer can read
    what a change to the baseline accepts.
    """
    entries = sorted(
        ({"fingerprint": item.fingerprint, "rule": item.rule.code,
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


def compare(findings, known: Known) -> tuple[list, list, int]:
    """(listed, left out, fixed): the findings ``known`` does not have yet, the active
    ones it has, and how many of its findings no longer occur.

    Waived findings stay listed as waived. Matching counts fingerprints, so a
    second finding with the same identity is new.
    """
    if known.fingerprints is None:
        remaining = Counter(item.fingerprint for item in findings if item.waived is None)
    else:
        remaining = Counter(known.fingerprints)
    listed, left = [], []
    for item in findings:
        if item.waived is None:
            identity = item.fingerprint
            if remaining[identity] > 0:
                remaining[identity] -= 1
                left.append(item)
                continue
        listed.append(item)
    return listed, left, sum(remaining.values())
