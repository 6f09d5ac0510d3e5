"""Waivers: a rule knowingly accepted for one item, written beside it.

    goals:
      - id: cut-aht
        ...
        x-goalcheck:
          waive:
            - rule: GC301              # a code or a name
              reason: Guardrail agreed with the CX lead, lands in Q2
              until: 2027-03-31        # optional: the last day it holds

A waiver covers the findings of its rule about the item it is written on
(goal, metric, objective, incentive, journey stage); on a department, every
finding that belongs to the department (its goals, incentives, journey
stages); on ``organization``, the findings about the organisation as a whole.
A waived finding is still reported, as waived, and leaves the score and the
gate. Rule GC606 (stale-waiver) reports waivers that have expired or waive
nothing, so exceptions do not outlive their reasons.

A waiver that cannot be read (no reason, an unknown rule, a date that is not
one) is an input error: an exception nobody can check is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from . import catalogue
from . import model as m
from .errors import InputError, InputErrors
from .messages import describe, did_you_mean

KEY = "x-goalcheck"
FIELDS = ("rule", "reason", "until")
MAX_REASON = 2000
SELF = "GC606"  # stale-waiver: the rule that watches waivers cannot itself be waived
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


@dataclass(frozen=True)
class Waiver:
    rule: str  # the code
    reason: str
    until: date | None  # the last day it holds; None: no expiry
    kind: str  # goal, metric, objective, department, incentive, journey or organization
    item: str | None  # the id of what it is written on; None for the organisation
    department: str | None  # the department a finding about the item names (spec/rules.md), if any
    location: m.Location  # the waiver itself

    @property
    def scope(self) -> tuple[str, str | None]:
        """What it covers, as one of the ``scopes`` of the findings it waives."""
        return (self.kind, self.item)

    def expired(self, as_of: date) -> bool:
        return self.until is not None and self.until < as_of

    @property
    def written_on(self) -> str:
        """What carries the waiver, in words: "goal 'cut-aht'", "the organisation"."""
        if self.item is None:
            return "the organisation"
        return f"{'journey stage' if self.kind == 'journey' else self.kind} '{self.item}'"


def read(model: m.Model) -> tuple[Waiver, ...]:
    """Every waiver in the goals files, in file order within each kind; InputErrors if any is unreadable."""
    departments = {d.id for d in model.departments}

    def belongs(department_id):
        return department_id if department_id in departments else None

    carriers = (
        ("goal", model.goals, lambda g: belongs(g.owner)),
        ("metric", model.metrics, lambda x: None),
        ("objective", model.objectives, lambda o: None),
        ("department", model.departments, lambda d: d.id),
        ("incentive", model.incentives, lambda i: belongs(i.department)),
        ("journey", model.journey, lambda s: belongs(s.owner)),
    )
    errors: list[InputError] = []
    found: list[Waiver] = []
    organization = model.organization.where
    mapping = organization.item.get("organization")
    if isinstance(mapping, dict) and KEY in mapping:
        _read_block(m.Where(organization.file, mapping, organization.table), "organization", None, None,
                    found, errors)
    for kind, items, department_of in carriers:
        for item in items:
            if KEY in item.where.item:
                _read_block(item.where, kind, item.id, department_of(item), found, errors)
    if errors:
        raise InputErrors(errors)
    return tuple(found)


def _read_block(where: m.Where, kind: str, item_id: str | None, department: str | None,
                found: list[Waiver], errors: list[InputError]) -> None:
    block = where.item[KEY]
    if not isinstance(block, dict):
        errors.append(InputError(where.of(KEY), f"'{KEY}' must be a mapping with 'waive' "
                                                f"(a list of waivers), not {describe(block)}"))
        return
    block_where = m.Where(where.file, block, where.table)
    for key in block:
        if key != "waive":
            errors.append(InputError(block_where.key(key), f"unknown key {key!r} in '{KEY}'{did_you_mean(key, ('waive',))}"))
    entries = block.get("waive")
    if entries is None:
        return
    if not isinstance(entries, list):
        errors.append(InputError(block_where.of("waive"),
                                 f"'waive' must be a list of waivers (rule, reason, until), not {describe(entries)}"))
        return
    seen: dict[str, m.Location] = {}
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            errors.append(InputError(block_where.of("waive", index),
                                     "a waiver must be a mapping with 'rule' and 'reason' (and 'until' if it "
                                     f"expires), not {describe(entry)}"))
            continue
        waiver = _read_waiver(m.Where(where.file, entry, where.table), kind, item_id, department, errors)
        if waiver is None:
            continue
        first = seen.get(waiver.rule)
        if first is not None:
            errors.append(InputError(waiver.location, f"{waiver.rule} is waived twice for {waiver.written_on}: "
                                                      f"the first waiver is at {first}"))
            continue
        seen[waiver.rule] = waiver.location
        found.append(waiver)


def _read_waiver(where: m.Where, kind: str, item_id: str | None, department: str | None,
                 errors: list[InputError]) -> Waiver | None:
    entry = where.item
    before = len(errors)
    for key in entry:
        if key not in FIELDS:
            errors.append(InputError(where.key(key), f"unknown key {key!r} in a waiver"
                                                     f"{did_you_mean(key, FIELDS, allowed=True)}"))
    rule = _rule(entry, where, errors)
    reason = entry.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        place = where.of("reason") if "reason" in entry else where.of()
        errors.append(InputError(place, "a waiver needs a 'reason': why the finding is acceptable, "
                                        "for whoever reads it next"))
    elif len(reason) > MAX_REASON:  # shown with every finding it waives: bounded like any text field
        errors.append(InputError(where.of("reason"), f"a waiver's 'reason' must be at most {MAX_REASON} "
                                                     f"characters, not {len(reason):,}"))
    until = None
    if "until" in entry:
        value = entry["until"]
        if isinstance(value, str) and _DATE.match(value):
            try:
                until = date.fromisoformat(value)
            except ValueError:
                errors.append(InputError(where.of("until"), f"'until' is not a real date: {value!r}"))
        else:
            errors.append(InputError(where.of("until"), "'until' must be a date written YYYY-MM-DD, "
                                                        f"not {describe(value)} (leave it out for no expiry)"))
    if len(errors) > before:
        return None
    return Waiver(rule, " ".join(reason.split()), until, kind, item_id, department, where.of())


def _rule(entry: dict, where: m.Where, errors: list[InputError]) -> str | None:
    value = entry.get("rule")
    if not isinstance(value, str) or not value.strip():
        place = where.of("rule") if "rule" in entry else where.of()
        errors.append(InputError(place, "a waiver needs 'rule': the code or name of the rule it waives"))
        return None
    rule = catalogue.lookup(value)
    if rule is None:
        known = list(catalogue.rules()) + list(catalogue.by_name())
        errors.append(InputError(where.of("rule"), f"unknown rule {value!r} in a waiver"
                                                   f"{did_you_mean(value, known)} (see 'goalcheck rules')"))
        return None
    if not rule.can_be_disabled:
        errors.append(InputError(where.of("rule"), f"{rule.code} {rule.name} checks the model's integrity and "
                                                   "cannot be waived: repair what it reports"))
        return None
    if rule.code == SELF:
        errors.append(InputError(where.of("rule"), f"{rule.code} {rule.name} cannot be waived: remove or "
                                                   "renew the waiver it reports"))
        return None
    return rule.code


def scopes(finding) -> tuple[tuple[str, str | None], ...]:
    """Where a waiver for a finding may be written: on its subject, or on its department.

    A finding about a department has that department as its ``department``
    too, so both spellings of a department's scope agree.
    """
    return ((finding.subject_kind, finding.subject), ("department", finding.department))


def apply(reported: list, waivers: tuple[Waiver, ...], as_of: date) -> list:
    """Mark each finding a live waiver covers as waived, with the waiver's reason."""
    live = {(w.rule, w.scope): w for w in waivers if not w.expired(as_of)}
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
