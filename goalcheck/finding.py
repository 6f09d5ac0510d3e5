"""A finding as a check produces it: evidence, before any catalogue wording."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Location

SEVERITIES = ("high", "medium", "low")  # a reported finding's, most serious first


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    subject: str | None  # the id of what it is about; None for the organisation
    subject_kind: str  # goal, metric, objective, department, incentive, journey, organization
    department: str | None
    location: Location
    args: dict  # the values the rule's message and fix templates name
    inferred: tuple[str, ...] = ()
    # what makes it fire, beyond rule and subject: part of its fingerprint
    facts: tuple[str, ...] = ()
    # for findings whose subject is picked by file order (a loop, a pair), what
    # names them whatever the order: the fingerprint uses it in place of the subject
    identity: tuple[str, ...] | None = None
