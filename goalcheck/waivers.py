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

from dataclasses import dataclass, replace
from datetime import date
from typing import Callable

from . import catalogue
from .load.waivers import SELF
from .model import Waiver

__all__ = ["SELF", "Stale", "apply", "expired", "scopes", "stale"]


def expired(waiver: Waiver, as_of: date) -> bool:
    """Past its ``until`` (the last day it holds): the findings it waived count again."""
    return waiver.until is not None and waiver.until < as_of


@dataclass(frozen=True)
class Stale:
    """A waiver that no longer does its job: what GC606 (SELF) reports."""

    waiver: Waiver
    state: str  # "expired" or "unused"
    rule_name: str  # the waived rule's name, for the message


def stale(waivers: tuple[Waiver, ...], as_of: date, findings_of: Callable[[str], list]) -> tuple[Stale, ...]:
    """The waivers past their date, and those whose rule reports nothing where they are written.

    ``findings_of(code)``: what rule ``code``'s check yields on this model, before
    per-path ignores. Whether a waiver is used does not depend on which rules a
    run reports: the audit runs a waived rule's check for this when the run does not.
    """
    firing: dict[str, set] = {}
    out = []
    rules = catalogue.rules()
    for waiver in waivers:
        if expired(waiver, as_of):
            state = "expired"
        else:
            if waiver.rule not in firing:
                firing[waiver.rule] = {scope for finding in findings_of(waiver.rule) for scope in scopes(finding)}
            if waiver.scope in firing[waiver.rule]:
                continue
            state = "unused"
        out.append(Stale(waiver, state, rules[waiver.rule].name))
    return tuple(out)


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
