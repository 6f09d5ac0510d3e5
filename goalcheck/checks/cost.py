"""3xx Cost versus customer experience: cost targets with no customer guardrail,
cuts that contradict a CX strategy, targets that make service worse."""

from __future__ import annotations

from ..finding import Finding
from ..index import Context
from . import about_goal, check, unique


def _unguarded_cheap_cut(ctx: Context, goal):
    """(True, provenance) when the goal moves its metric the cheap way with no
    experience measure among its guardrails (a guardrail of unknown experience may be one)."""
    cheap, why = ctx.facts.cheap_way(goal)
    if not cheap:
        return False, []
    for guardrail in goal.guardrails:
        facts = ctx.facts.metrics.get(guardrail)
        if facts is not None and facts.may_be_experience:
            return False, []
    return True, why


def _may_cut(ctx: Context):
    """The goals on a metric with a cheap way (a cost, an access measure): only they can cut."""
    return ctx.goals_on([metric_id for metric_id, facts in ctx.facts.metrics.items()
                         if facts.kind == "cost" or facts.access])


@check("GC301")
def cost_cut_without_cx_guardrail(ctx: Context):
    for goal in _may_cut(ctx):
        unguarded, why = _unguarded_cheap_cut(ctx, goal)
        if unguarded:
            yield about_goal("GC301", ctx, goal, {"metric": ctx.metric_name(goal.metric),
                           "direction": ctx.facts.goals[goal.id].direction},
                          unique(why))


@check("GC302")
def cost_cut_against_cx_strategy(ctx: Context):
    facts = ctx.facts
    if not facts.cx_strategy:
        return
    for goal in _may_cut(ctx):
        department = ctx.departments.get(goal.owner)
        if department is None or not department.customer_facing:
            continue
        unguarded, why = _unguarded_cheap_cut(ctx, goal)
        # reading the initiatives costs more, so it is asked only of unguarded cuts
        if unguarded and not facts.removes_cause(goal)[0]:
            yield Finding("GC302", goal.id, "goal", department.id, goal.where.of(),
                          {"goal": goal.id, "metric": ctx.metric_name(goal.metric),
                           "department": department.name,
                           "direction": facts.goals[goal.id].direction},
                          unique(why + [facts.cx_strategy_why]))


@check("GC303")
def service_degrading_target(ctx: Context):
    facts = ctx.facts
    felt = [metric_id for metric_id, metric in facts.metrics.items() if metric.experience or metric.access]
    for goal in ctx.goals_on(felt):
        metric = facts.metrics[goal.metric]
        against, why = facts.against_better(goal)
        if against:
            kind = "experience" if metric.experience else "access"
            yield about_goal("GC303", ctx, goal, {"metric": ctx.metric_name(goal.metric),
                           "direction": facts.goals[goal.id].direction,
                           "better": metric.better, "measure": kind},
                          unique(why + [metric.why.get("experience") if metric.experience
                                        else metric.why.get("access")]))
