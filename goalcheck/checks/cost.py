"""3xx Cost versus customer experience: cost targets with no customer guardrail,
cuts that contradict a CX strategy, targets that make service worse."""

from __future__ import annotations

from ..finding import Finding
from ..index import Context
from . import check, unique


def _unguarded_cheap_cut(ctx: Context, goal):
    """(True, provenance) when the goal moves its metric the cheap way with no
    experience measure among its guardrails."""
    cheap, why = ctx.facts.cheap_way(goal)
    if not cheap:
        return False, []
    for guardrail in goal.guardrails:
        facts = ctx.facts.metrics.get(guardrail)
        if facts is not None and facts.experience:
            return False, []
    return True, why


@check("GC301")
def cost_cut_without_cx_guardrail(ctx: Context):
    for goal in ctx.model.goals:
        unguarded, why = _unguarded_cheap_cut(ctx, goal)
        if unguarded:
            yield Finding("GC301", goal.id, "goal", ctx.known_department(goal.owner), goal.where.of(),
                          {"goal": goal.id, "metric": ctx.metric_name(goal.metric),
                           "direction": ctx.facts.goals[goal.id].direction},
                          unique(why))


@check("GC302")
def cost_cut_against_cx_strategy(ctx: Context):
    facts = ctx.facts
    if not facts.cx_strategy:
        return
    for goal in ctx.model.goals:
        department = ctx.departments.get(goal.owner)
        if department is None or not department.customer_facing:
            continue
        if facts.removes_cause(goal)[0]:
            continue
        unguarded, why = _unguarded_cheap_cut(ctx, goal)
        if unguarded:
            yield Finding("GC302", goal.id, "goal", department.id, goal.where.of(),
                          {"goal": goal.id, "metric": ctx.metric_name(goal.metric),
                           "department": department.name,
                           "direction": facts.goals[goal.id].direction},
                          unique(why + [facts.cx_strategy_why]))


@check("GC303")
def service_degrading_target(ctx: Context):
    facts = ctx.facts
    for goal in ctx.model.goals:
        metric = facts.metrics.get(goal.metric) if goal.metric else None
        if metric is None or not (metric.experience or metric.access):
            continue
        against, why = facts.against_better(goal)
        if against:
            kind = "experience" if metric.experience else "access"
            yield Finding("GC303", goal.id, "goal", ctx.known_department(goal.owner), goal.where.of(),
                          {"goal": goal.id, "metric": ctx.metric_name(goal.metric),
                           "direction": facts.goals[goal.id].direction,
                           "better": metric.better, "measure": kind},
                          unique(why + [metric.why.get("experience") if metric.experience
                                        else metric.why.get("access")]))
