"""The waiver step: which findings the waivers written in the goals files accept.

A waiver (read with the goals files, load/waivers.py, as ``model.Waiver``)
covers the findings of its rule about the item it is written on (goal, metric,
objective, incentive, journey stage); on a department, every finding that
belongs to the department (its goals, incentives, journey stages); on
``organization``, the findings about the organisation as a whole. A waived
finding is still reported, as waived, and leaves the score and the gate. Rule
GC606 (stale-waiver) reports waivers that have expired or waive nothing, so
exceptions do not outlive their reasons.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .model import Waiver


def expired(waiver: Waiver, as_of: date) -> bool:
    """Past its ``until`` (the last day it holds): the findings it waived count again."""
    return waiver.until is not None and waiver.until < as_of


def scopes(finding) -> tuple[tuple[str, str | None], ...]:
    """Where a waiver for a finding may be written: on its subject, or on its department.

    A finding about a department has that department as its ``department``
    too, so both spellings of a department's scope agree.
    """
    return ((finding.subject_kind, finding.subject), ("department", finding.department))


def apply(reported: list, waivers: tuple[Waiver, ...], as_of: date) -> list:
    """Mark each finding a live waiver covers as waived, with the waiver's reason."""
    live = {(w.rule, w.scope): w for w in waivers if not expired(w, as_of)}
    if not live:
        return reported
    out = []
    for item in reported:
        waiver = None
        for scope in scopes(item.finding):
            waiver = live.get((item.finding.rule, scope))
            if waiver is not None:
                break
        out.append(item if waiver is None else replace(item, waived=waiver.reason))
    return out
