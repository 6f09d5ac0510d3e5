"""Load: the waivers written in a goals file (``x-goalcheck: waive:``), read with it.

    goals:
      - id: cut-aht
        ...
        x-goalcheck:
          waive:
            - rule: GC301              # a code or a name
              reason: Guardrail agreed with the CX lead, lands in Q2
              until: 2027-03-31        # optional: the last day it holds

Read from each file's data as it is read, whether or not the rest of the file
fits the schema, so that a bad waiver and a schema problem come in the same
round. A waiver that cannot be read (no reason, an unknown rule, a date that
is not one) is an input error: an exception nobody can check is worse than
none. What a waiver covers and when it is stale is the waiver step's
(waivers.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .. import lazyre
from .. import catalogue
from .. import model as m
from ..errors import InputError
from ..messages import describe, did_you_mean
from .read import Read

KEY = "x-goalcheck"
FIELDS = ("rule", "reason", "until")
MAX_REASON = 2000
SELF = "GC606"  # stale-waiver: the rule that watches waivers cannot itself be waived
_DATE = lazyre.compile(r"\d{4}-\d{2}-\d{2}\Z")

# a top-level list -> the kind of item a waiver on one of its items is written on
_CARRIERS = (("objectives", "objective"), ("departments", "department"), ("metrics", "metric"),
             ("goals", "goal"), ("incentives", "incentive"), ("journey", "journey"))
# the field naming the department a finding about the item belongs to (spec/rules.md)
_DEPARTMENT_FIELD = {"goal": "owner", "department": "id", "incentive": "department", "journey": "owner"}


def read_file(read: Read, errors: list[InputError]) -> list[m.Waiver]:
    """Every readable waiver in one file's data; the problems of the others in ``errors``.

    Each waiver's ``department`` is the field as written (a goal's owner, ...):
    ``resolve`` keeps it only where it names a department of the model. An item
    that is not a mapping or has no text id is the schema's problem, not read.
    """
    found: list[m.Waiver] = []
    data, table, name = read.data, read.table, read.name
    organization = data.get("organization")
    if organization.__class__ is dict and KEY in organization:
        _read_block(m.Where(name, organization, table), "organization", None, None, found, errors)
    for key, kind in _CARRIERS:
        items = data.get(key)
        if items.__class__ is not list:
            continue
        department_field = _DEPARTMENT_FIELD.get(kind)
        for item in items:
            if item.__class__ is not dict:
                continue
            item_id = item.get("id")
            if item_id.__class__ is not str:
                continue
            if KEY in item:
                department = item.get(department_field) if department_field else None
                if department.__class__ is not str:
                    department = None
                _read_block(m.Where(name, item, table), kind, item_id, department, found, errors)
            if kind == "goal":
                metric = item.get("metric")
                if metric.__class__ is dict and KEY in metric:  # an inline metric takes the goal's id
                    metric_id = metric.get("id") or item_id
                    _read_block(m.Where(name, metric, table), "metric", metric_id, None, found, errors)
    return found


def resolve(found: list[m.Waiver], departments: set[str]) -> tuple[m.Waiver, ...]:
    """The waivers with ``department`` kept only where it names one of ``departments``."""
    return tuple(waiver if waiver.department is None or waiver.department in departments
                 else replace(waiver, department=None) for waiver in found)


def _read_block(where: m.Where, kind: str, item_id: str | None, department,
                found: list[m.Waiver], errors: list[InputError]) -> None:
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
                 errors: list[InputError]) -> m.Waiver | None:
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
    return m.Waiver(rule, " ".join(reason.split()), until, kind, item_id, department, where.of())


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
