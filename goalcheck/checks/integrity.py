"""0xx Model integrity: references that name nothing, parent loops."""

from __future__ import annotations

from operator import attrgetter

from ..finding import Finding
from ..index import Context
from ..messages import Closest
from . import check

# (kind of the referring item, field, kind it refers to)
_KEYS = {"parents": "parent"}  # the model's field -> the key the user wrote
_GOAL_REFS = (("owner", "department"), ("co_owners", "department"), ("supports", "objective"),
              ("parents", "goal"), ("metric", "metric"), ("guardrails", "metric"))
_OBJECTIVE_REFS = (("parent", "objective"), ("owner", "department"), ("measured_by", "metric"))
_METRIC_REFS = (("influenced_by", "department"),)
_INCENTIVE_REFS = (("department", "department"), ("metrics", "metric"))
_STAGE_REFS = (("owner", "department"), ("departments", "department"), ("metrics", "metric"))


def _all_known(values: tuple, tables: list) -> bool:
    """Does every id in these field values (an id, a list of ids or None) name something?"""
    for value, table in zip(values, tables):
        if value.__class__ is str:
            if value not in table:
                return False
        elif value and not all(map(table.__contains__, value)):
            return False
    return True


@check("GC001")
def unknown_reference(ctx: Context):
    tables = {"department": ctx.departments, "objective": ctx.objectives, "goal": ctx.goals,
              "metric": ctx.metrics}
    hints: dict[str, Closest] = {}  # by kind of target, made when first needed
    # the finding's department, as spec/cli.md defines it per kind of subject
    groups = (
        ("goal", ctx.model.goals, _GOAL_REFS, lambda g: g.owner),
        ("objective", ctx.model.objectives, _OBJECTIVE_REFS, lambda o: None),
        ("metric", ctx.model.metrics, _METRIC_REFS, lambda x: None),
        ("incentive", ctx.model.incentives, _INCENTIVE_REFS, lambda i: i.department),
        ("journey", ctx.model.journey, _STAGE_REFS, lambda s: s.owner),
    )
    for kind, items, refs, department_of in groups:
        values_of = attrgetter(*(field for field, _ in refs))
        if len(refs) == 1:
            values_of = lambda item, one=values_of: (one(item),)  # noqa: E731
        known_in = [tables[target] for _, target in refs]
        for item in items:
            if _all_known(values_of(item), known_in):
                continue  # the common case, tested without building anything
            for field, target in refs:
                value = getattr(item, field)
                if value is None:
                    continue
                if field == "metric" and item.where.item.get("metric").__class__ is dict:
                    continue  # an inline metric is defined where it is used
                ids = (value,) if isinstance(value, str) else value
                key = _KEYS.get(field, field)
                table = tables[target]
                for index, ref in enumerate(ids):
                    if ref in table:
                        continue
                    department = department_of(item)
                    if department not in ctx.departments:
                        department = None
                    if target not in hints:
                        hints[target] = Closest(table)
                    hint = hints[target](ref)
                    location = item.where.of(key, None if isinstance(value, str) else index)
                    yield Finding("GC001", item.id, kind, department, location,
                                  {"item_kind": "journey stage" if kind == "journey" else kind,
                                   "item": item.id, "field": key, "target_kind": target,
                                   "missing": ref, "hint": hint},
                                  facts=(key, ref))


@check("GC002")
def parent_cycle(ctx: Context):
    for kind, cycles in (("goal", ctx.goal_cycles), ("objective", ctx.objective_cycles)):
        for cycle in cycles:
            first = min(cycle, key=lambda item: item.order)
            start = cycle.index(first)
            ordered = cycle[start:] + cycle[:start]
            path = " -> ".join(f"'{item.id}'" for item in ordered + [first])
            department = first.owner if kind == "goal" and first.owner in ctx.departments else None
            yield Finding("GC002", first.id, kind, department, first.where.of(),
                          {"kind": kind, "item": first.id, "cycle": path},
                          facts=tuple(sorted(item.id for item in cycle)),
                          identity=tuple(sorted(item.id for item in cycle)))
