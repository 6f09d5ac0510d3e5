"""6xx Goal hygiene: goals that cannot be measured, have no plan, no baseline or
date, are past due, or whose target contradicts their direction; waivers that
have expired or waive nothing."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import catalogue, reading, waivers
from ..finding import Finding
from ..index import Context
from . import REGISTRY, about_goal, check


@check("GC601")
def unmeasurable_goal(ctx: Context):
    for goal in ctx.model.goals:
        if not goal.metric:
            missing = "no metric"
        elif goal.target is None and goal.direction != "maintain" and goal.target_text is None:
            missing = "no target"
        else:
            continue
        if _placeholder(goal) is not None:
            continue  # GC607 names the gap as a placeholder
        yield about_goal("GC601", ctx, goal, {"missing": missing}, facts=(missing,))


def _placeholder(goal) -> tuple[str, str] | None:
    """(where, the placeholder as written) when the target or the title holds one."""
    if goal.target_text is not None:
        found = reading.placeholder_in_target(goal.target_text)
        if found:
            return "target", goal.target_text
    found = reading.placeholder_in_title(goal.title)
    return ("title", found) if found else None


@check("GC607")
def placeholder_target(ctx: Context):
    for goal in ctx.model.goals:
        found = _placeholder(goal)
        if found is not None:
            where, text = found
            yield about_goal("GC607", ctx, goal, {"where": where, "placeholder": text}, facts=(where,))


_LINK = re.compile(r"https?://\S+|(?<![\w/])#\d+\b|\b[A-Z][A-Z0-9]{1,9}-\d+\b|\b[\w.-]+/[\w.-]+#\d+\b")
_LINK_KEY = re.compile(r"link|url|epic|issue|ticket|jira|plan|project|roadmap", re.IGNORECASE)


def links_plan(goal) -> bool:
    """Does the goal link where its plan lives: a ``plan`` field, a URL or issue key
    in its title, or an ``x-`` key naming a link, epic or issue (x-epic: PAY-12)?"""
    if goal.plan or _LINK.search(goal.title):
        return True
    for key, value in goal.extra.items():
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and v.strip() and (_LINK_KEY.search(key) or _LINK.search(v)) for v in values):
            return True
    return False


@check("GC602")
def goal_without_plan(ctx: Context):
    """A key result's plan is its initiatives, the issue or epic it links, the goals
    cascaded from it, or, under an objective or parent goal with two or more key
    results, its siblings (each key result is part of its objective's how). A
    company-level goal nobody carries gets no sibling pass."""
    direct: dict[str, int] = {}
    for goal in ctx.model.goals:
        for objective in set(goal.supports):
            direct[objective] = direct.get(objective, 0) + 1
    children = ctx.children
    for goal in ctx.model.goals:
        if goal.initiatives or goal.id in children or links_plan(goal):
            continue
        if goal.level != "org" and (
                any(len(children.get(parent, ())) >= 2 for parent in goal.parents)
                or any(direct.get(objective, 0) >= 2 for objective in goal.supports)):
            continue
        yield about_goal("GC602", ctx, goal, {})


@check("GC603")
def missing_baseline_or_due(ctx: Context):
    """A target needs a starting point and a date, except where neither can be asked:
    a redacted target's baseline is private too, and a standing KPI (direction
    maintain, no period) holds for as long as it is listed."""
    for goal in ctx.model.goals:
        if goal.target is None:
            continue  # no target (GC601) or a placeholder (GC607)
        missing = []
        if goal.baseline is None and goal.target != "redacted":
            missing.append("a baseline")
        if goal.due is None and not goal.period and ctx.facts.goals[goal.id].direction != "maintain":
            missing.append("a due date or period")
        if missing:
            yield about_goal("GC603", ctx, goal, {"missing": " and ".join(missing)}, facts=tuple(missing))


def period_end(period: str, fiscal_year_start: int = 1) -> date | None:
    """The last day of a period (calendar or fiscal; reading.py), None if unread."""
    return reading.period_end(period, fiscal_year_start)


@check("GC604")
def stale_goal(ctx: Context):
    grace = timedelta(days=ctx.param("GC604", "grace-days", 0))
    for goal in ctx.model.goals:
        if goal.due is not None:
            end, when = goal.due, f"was due {goal.due.isoformat()}"
        elif goal.period:
            period = reading.read_period(goal.period, ctx.fiscal_year_start)
            end = period.end if period is not None else None
            when = f"ended with period {goal.period}"
            if period is not None and period.fiscal:
                when += f" on {end.isoformat()}"
        else:
            continue
        if end is not None and end + grace < ctx.as_of:
            yield about_goal("GC604", ctx, goal, {"when": when, "as_of": ctx.as_of.isoformat()},
                          facts=(end.isoformat(),))


@check("GC605")
def target_contradicts_direction(ctx: Context):
    for goal in ctx.model.goals:
        baseline, target = goal.baseline, goal.target
        if goal.direction not in ("increase", "decrease") or goal.target_text is not None:
            continue  # a bound ("<= 10%") may be met already: it does not say where the number goes
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
