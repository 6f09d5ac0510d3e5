"""2xx Ownership: shared outcomes owned by one department, owners without the
levers, customer-facing departments with no customer measure in common."""

from __future__ import annotations

from ..finding import Finding
from ..index import Context
from . import about_goal, and_list, check, unique


@check("GC201")
def siloed_cross_functional_outcome(ctx: Context):
    facts = ctx.facts
    for metric_id, goals in ctx.goals_by_metric.items():
        metric = facts.metrics.get(metric_id)
        if metric is None or not metric.cross_functional:
            continue
        committed = [g for g in goals if g.level in ("department", "org")]
        if not committed:
            continue
        owners = {g.owner for g in committed}
        if len(owners) != 1:
            continue
        if any(g.co_owners or g.id in ctx.in_shared_chain for g in committed):
            continue
        owner = next(iter(owners))
        # another department holding a goal on it (a team goal, say) the same way shares it
        others = {ctx.facts.goals[g.id].direction for g in goals if g.owner != owner}
        why = unique([metric.why.get("cross_functional")])
        influencers = and_list(metric_influencers(ctx, metric_id)) or _others(ctx, owner)
        for goal in committed:
            direction = ctx.facts.goals[goal.id].direction
            if others and (direction in others or None in others or direction is None):
                continue
            yield about_goal("GC201", ctx, goal, {"metric": ctx.metric_name(metric_id),
                           "department": ctx.department_name(goal.owner),
                           "influencers": influencers},
                          why)


def _others(ctx: Context, owner: str) -> str:
    """The organisation's other departments, as the ones a company-wide outcome needs."""
    names = [d.name for d in ctx.model.departments if d.id != owner]
    if not names:
        return "the rest of the company"
    if len(names) > 4:
        return f"{', '.join(names[:4])} and {len(names) - 4} more departments"
    return and_list(names)


def metric_influencers(ctx: Context, metric_id: str) -> list[str]:
    metric = ctx.metrics.get(metric_id)
    if metric is None or not metric.influenced_by:
        return []
    return [ctx.department_name(d) for d in metric.influenced_by]


@check("GC202")
def owner_without_levers(ctx: Context):
    for goal in ctx.model.goals:
        metric = ctx.metrics.get(goal.metric) if goal.metric else None
        if metric is None or not metric.influenced_by:
            continue
        levers = set(metric.influenced_by)
        if goal.owner in levers or any(co in levers for co in goal.co_owners):
            continue
        yield about_goal("GC202", ctx, goal, {"metric": metric.name,
                       "department": ctx.department_name(goal.owner),
                       "levers": and_list(metric_influencers(ctx, metric.id))},
                      facts=tuple(sorted(levers)))


@check("GC203")
def no_shared_cx_measure(ctx: Context):
    facing = [d for d in ctx.model.departments if d.customer_facing]
    if len(facing) < ctx.param("GC203", "min-customer-facing", 2):
        return
    wanted = {d.id for d in facing}
    facts = ctx.facts
    linked: dict[str, set[str]] = {}
    for metric_id, metric in facts.metrics.items():
        if metric.experience:
            linked[metric_id] = set()
    binding_all = set()
    for incentive in ctx.model.incentives:
        for metric_id in incentive.metrics:
            if metric_id not in linked:
                continue
            if incentive.scope in ("leadership", "company"):
                binding_all.add(metric_id)
            elif incentive.scope in ("department", "team") and incentive.department:
                linked[metric_id].add(incentive.department)
    if binding_all:
        return
    for goal in ctx.model.goals:
        if goal.metric in linked:
            departments = linked[goal.metric]
            departments.add(goal.owner)
            departments.update(goal.co_owners)
    if any(wanted <= departments for departments in linked.values()):
        return
    organization = ctx.model.organization
    yield Finding("GC203", None, "organization", None, organization.where.key("organization"),
                  {"departments": and_list(d.name for d in facing), "count": len(facing)},
                  facts=tuple(sorted(wanted)))
