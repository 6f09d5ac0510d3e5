"""0xx Model integrity: references that name nothing, parent loops."""

from __future__ import annotations

import difflib
from bisect import bisect_left
from operator import attrgetter

from ..finding import Finding
from ..index import Context
from . import check

# (kind of the referring item, field, kind it refers to)
_KEYS = {"parents": "parent"}  # the model's field -> the key the user wrote
_GOAL_REFS = (("owner", "department"), ("co_owners", "department"), ("supports", "objective"),
              ("parents", "goal"), ("metric", "metric"), ("guardrails", "metric"))
_OBJECTIVE_REFS = (("parent", "objective"), ("owner", "department"), ("measured_by", "metric"))
_METRIC_REFS = (("influenced_by", "department"),)
_INCENTIVE_REFS = (("department", "department"), ("metrics", "metric"))
_STAGE_REFS = (("owner", "department"), ("departments", "department"), ("metrics", "metric"))


class _Hints:
    """The "did you mean" of an id that names nothing: exactly what
    ``difflib.get_close_matches(missing, known, n=1, cutoff=0.6)`` picks, found
    without comparing the id with every known one. A repo of 100,000 goals with
    a few hundred dangling ``parent`` links would otherwise take minutes.

    The ids are kept by length: ``real_quick_ratio``, an upper bound of the
    ratio, depends only on the lengths, so once a good match is found (the ids
    next to the missing one in sorted order usually are one) whole lengths are
    skipped. A candidate is dropped only when a bound says it cannot beat or tie
    the best so far, so the choice is difflib's, ties (the larger id) included.
    """

    CUTOFF = 0.6

    def __init__(self, known) -> None:
        self.ordered = sorted(known)
        self.by_length: dict[int, list[str]] = {}
        for name in self.ordered:
            self.by_length.setdefault(len(name), []).append(name)
        self.found: dict[str, str] = {}

    def __call__(self, missing: str) -> str:
        if missing not in self.found:
            close = self._closest(missing)
            self.found[missing] = f" (did you mean '{close}'?)" if close is not None else ""
        return self.found[missing]

    def _closest(self, missing: str) -> str | None:
        matcher = difflib.SequenceMatcher()
        matcher.set_seq2(missing)
        best: tuple[float, str] | None = None

        def consider(name: str) -> None:
            nonlocal best
            floor = self.CUTOFF if best is None else max(self.CUTOFF, best[0])
            matcher.set_seq1(name)
            if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
                return
            score = matcher.ratio()
            if score >= self.CUTOFF and (best is None or (score, name) > best):
                best = (score, name)

        at = bisect_left(self.ordered, missing)
        for name in self.ordered[max(0, at - 2):at + 2]:
            consider(name)
        size = len(missing)
        for length in sorted(self.by_length, key=lambda length: abs(length - size)):
            bound = 2.0 * min(length, size) / (length + size) if length + size else 1.0
            if bound < self.CUTOFF or (best is not None and bound < best[0]):
                continue
            for name in self.by_length[length]:
                consider(name)
        return best[1] if best is not None else None


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
    hints: dict[str, _Hints] = {}  # by kind of target, made when first needed
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
                        hints[target] = _Hints(table)
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
