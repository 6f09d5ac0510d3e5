"""4xx Metrics and incentives: activity counts used as targets for people,
metrics nobody uses, pay with no customer measure or paying for cost cuts."""

from __future__ import annotations

from ..finding import Finding
from ..index import Context
from . import about_goal, and_list, check, unique


def _activity(ctx: Context, metric_id):
    facts = ctx.facts.metrics.get(metric_id) if metric_id else None
    return facts if facts is not None and facts.kind == "activity" else None


@check("GC401")
def individual_activity_target(ctx: Context):
    for goal in ctx.model.goals:
        if goal.level != "individual" and not goal.appraisal:
            continue
        facts = _activity(ctx, goal.metric)
        if facts is None:
            continue
        how = "an individual target" if goal.level == "individual" else "used in appraisals"
        if goal.level == "individual" and goal.appraisal:
            how = "an individual target used in appraisals"
        yield Finding("GC401", goal.id, "goal", ctx.known_department(goal.owner), goal.where.of(),
                      {"what": "goal", "subject": goal.id, "metric": ctx.metric_name(goal.metric), "how": how},
                      unique([facts.why.get("kind")]))
    for incentive in ctx.model.incentives:
        if incentive.scope != "individual":
            continue
        activity = [(metric_id, _activity(ctx, metric_id)) for metric_id in incentive.metrics]
        activity = [(metric_id, facts) for metric_id, facts in activity if facts is not None]
        if not activity:
            continue
        yield Finding("GC401", incentive.id, "incentive", ctx.known_department(incentive.department),
                      incentive.where.of(),
                      {"what": "incentive", "subject": incentive.id,
                       "metric": and_list(ctx.metric_name(metric_id) for metric_id, _ in activity),
                       "how": "paid to individuals"},
                      unique(facts.why.get("kind") for _, facts in activity),
                      facts=tuple(metric_id for metric_id, _ in activity))


@check("GC402")
def activity_as_goal(ctx: Context):
    for goal in ctx.model.goals:
        if goal.level not in ("department", "team"):
            continue  # individual targets are GC401's
        facts = _activity(ctx, goal.metric)
        if facts is not None:
            yield about_goal("GC402", ctx, goal, {"metric": ctx.metric_name(goal.metric), "level": goal.level},
                          unique([facts.why.get("kind")]))


@check("GC403")
def unused_metric(ctx: Context):
    for metric in ctx.model.metrics:
        if not metric.inline and metric.id not in ctx.used_metrics:
            yield Finding("GC403", metric.id, "metric", None, metric.where.of(),
                          {"metric": metric.id, "name": metric.name})


@check("GC404")
def incentives_without_cx(ctx: Context):
    broad = [i for i in ctx.model.incentives if i.scope in ("leadership", "company")]
    if not broad:
        return
    for incentive in broad:
        for metric_id in incentive.metrics:
            facts = ctx.facts.metrics.get(metric_id)
            if facts is not None and facts.experience:
                return
    first = min(broad, key=lambda i: i.order)
    yield Finding("GC404", None, "organization", None, first.where.of(),
                  {"incentives": and_list(f"'{i.id}'" for i in broad), "first": first.id},
                  facts=tuple(sorted(i.id for i in broad)))


@check("GC405")
def incentive_rewards_cost_cut(ctx: Context):
    facts = ctx.facts
    if not ctx.model.incentives:
        return
    guarded = {goal.metric for goal in ctx.model.goals
               if any(facts.metrics.get(g) is not None and facts.metrics[g].experience
                      for g in goal.guardrails)}
    for incentive in ctx.model.incentives:
        for metric_id in dict.fromkeys(incentive.metrics):
            metric = facts.metrics.get(metric_id)
            if metric is None or metric.kind != "cost" or metric_id in guarded:
                continue
            yield Finding("GC405", incentive.id, "incentive", ctx.known_department(incentive.department),
                          incentive.where.of(),
                          {"incentive": incentive.id, "metric": ctx.metric_name(metric_id)},
                          unique([metric.why.get("kind")]), facts=(metric_id,))
