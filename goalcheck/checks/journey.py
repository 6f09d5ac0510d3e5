"""5xx Silos and the customer journey: stages nobody owns or measures, a
journey that stops at the sale, customer-facing teams on separate systems."""

from __future__ import annotations

from ..finding import Finding
from ..index import Context
from . import and_list, check, unique


@check("GC501")
def journey_stage_without_owner(ctx: Context):
    for stage in ctx.model.journey:
        if not stage.owner:
            yield Finding("GC501", stage.id, "journey", None, stage.where.of(),
                          {"stage": stage.id, "name": stage.name})


@check("GC502")
def journey_stage_unmeasured(ctx: Context):
    for stage in ctx.model.journey:
        if not stage.metrics:
            owner = stage.owner if stage.owner in ctx.departments else None
            yield Finding("GC502", stage.id, "journey", owner, stage.where.of(),
                          {"stage": stage.id, "name": stage.name})


@check("GC503")
def no_post_sale_journey(ctx: Context):
    stages = ctx.model.journey
    if not stages:
        return
    phases = ctx.facts.phases
    if any(phases[stage.id][0] == "post-sale" for stage in stages):
        return
    first = min(stages, key=lambda s: s.order)
    yield Finding("GC503", None, "organization", None, first.where.of(),
                  {"stages": and_list(stage.name for stage in stages), "count": len(stages)},
                  unique(phases[stage.id][1] for stage in stages))


@check("GC504")
def split_systems_of_record(ctx: Context):
    listing = [d for d in ctx.model.departments if d.customer_facing and d.systems]
    if len(listing) < ctx.param("GC504", "min-departments"):
        return
    vocabulary = ctx.vocabulary
    shared = None
    for department in listing:
        keys = {vocabulary.system_key(system) for system in department.systems}
        shared = keys if shared is None else shared & keys
    if shared:
        return
    first = min(listing, key=lambda d: d.order)
    usage = "; ".join(f"{d.name}: {', '.join(s.strip() for s in d.systems)}" for d in listing)
    yield Finding("GC504", None, "organization", None, first.where.of(),
                  {"usage": usage, "count": len(listing)},
                  facts=tuple(sorted(d.id for d in listing)))
