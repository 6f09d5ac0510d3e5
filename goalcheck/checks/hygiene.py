"""6xx Goal hygiene: goals that cannot be measured, have no plan, no baseline or
date, are past due, or whose target contradicts their direction; waivers that
have expired or waive nothing."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .. import catalogue, waivers
from ..finding import Finding
from ..index import Context
from . import REGISTRY, about_goal, check


@check("GC601")
def unmeasurable_goal(ctx: Context):
    for goal in ctx.model.goals:
        if not goal.metric:
            missing = "no metric"
        elif goal.target is None and goal.direction != "maintain":
            missing = "no target"
        else:
            continue
        yield about_goal("GC601", ctx, goal, {"missing": missing}, facts=(missing,))


@check("GC602")
def goal_without_plan(ctx: Context):
    for goal in ctx.model.goals:
        if not goal.initiatives and goal.id not in ctx.children:
            yield about_goal("GC602", ctx, goal, {})


@check("GC603")
def missing_baseline_or_due(ctx: Context):
    for goal in ctx.model.goals:
        if goal.target is None:
            continue
        missing = []
        if goal.baseline is None:
            missing.append("a baseline")
        if goal.due is None and not goal.period:
            missing.append("a due date or period")
        if missing:
            yield about_goal("GC603", ctx, goal, {"missing": " and ".join(missing)}, facts=tuple(missing))


def period_end(period: str) -> date | None:
    """The last day of a calendar period (2027, 2027-Q1, 2027-H1, 2027-03); None for
    anything else, such as fiscal years whose calendar we do not know."""
    text = period.strip().lower()
    match = re.fullmatch(r"(\d{4})", text)
    if match:
        return date(int(match[1]), 12, 31)
    match = re.fullmatch(r"(\d{4})[-\s]?q([1-4])|q([1-4])[-\s]?(\d{4})", text)
    if match:
        year = int(match[1] or match[4])
        month = 3 * int(match[2] or match[3])
        return date(year, month, calendar.monthrange(year, month)[1])
    match = re.fullmatch(r"(\d{4})[-\s]?h([12])|h([12])[-\s]?(\d{4})", text)
    if match:
        year = int(match[1] or match[4])
        return date(year, 6, 30) if (match[2] or match[3]) == "1" else date(year, 12, 31)
    match = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if match and 1 <= int(match[2]) <= 12:
        year, month = int(match[1]), int(match[2])
        return date(year, month, calendar.monthrange(year, month)[1])
    return None


@check("GC604")
def stale_goal(ctx: Context):
    grace = timedelta(days=ctx.param("GC604", "grace-days", 0))
    for goal in ctx.model.goals:
        if goal.due is not None:
            end, when = goal.due, f"was due {goal.due.isoformat()}"
        elif goal.period:
            end = period_end(goal.period)
            when = f"ended with period {goal.period}"
        else:
            continue
        if end is not None and end + grace < ctx.as_of:
            yield about_goal("GC604", ctx, goal, {"when": when, "as_of": ctx.as_of.isoformat()},
                          facts=(end.isoformat(),))


@check("GC605")
def target_contradicts_direction(ctx: Context):
    for goal in ctx.model.goals:
        baseline, target = goal.baseline, goal.target
        if goal.direction not in ("increase", "decrease"):
            continue
        if not isinstance(baseline, (int, float)) or not isinstance(target, (int, float)):
            continue
        if (goal.direction == "increase" and target < baseline) or \
                (goal.direction == "decrease" and target > baseline):
            yield about_goal("GC605", ctx, goal, {"direction": goal.direction,
                           "baseline": f"{baseline:g}", "target": f"{target:g}"})


@check("GC606")
def stale_waiver(ctx: Context):
    """A waiver past its date, or one whose rule reports nothing where it is written.

    Whether a waiver is used does not depend on which rules this run selects:
    the waived rule's check runs here on its own, once per waived rule.
    """
    firing: dict[str, set] = {}
    for waiver in waivers.read(ctx.model):
        if waiver.expired(ctx.as_of):
            state, problem = "expired", (f"expired on {waiver.until.isoformat()}, so the findings it "
                                         "waived count again")
        else:
            if waiver.rule not in firing:
                firing[waiver.rule] = {scope for finding in REGISTRY[waiver.rule](ctx)
                                       for scope in waivers.scopes(finding)}
            if waiver.scope in firing[waiver.rule]:
                continue
            state, problem = "unused", f"waives nothing: {waiver.rule} reports nothing there"
        yield Finding("GC606", waiver.item, waiver.kind, waiver.department, waiver.location,
                      {"waived": f"{waiver.rule} ({catalogue.rules()[waiver.rule].name})",
                       "item": waiver.written_on, "problem": problem,
                       "renew": "; if the exception still holds, have it approved again and give it a new "
                                "'until'" if state == "expired" else ""},
                      facts=(waiver.rule, state))
