"""The relations every check needs, computed once in linear time.

Checks read these instead of scanning the model themselves, so an audit's
cost grows with the size of the organisation, not with its square.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter

from . import model as m
from .infer import Facts
from .vocabulary import Vocabulary


@dataclass
class Context:
    model: m.Model
    facts: Facts
    vocabulary: Vocabulary
    as_of: date
    params: dict = field(default_factory=dict)  # rule code -> {parameter: value}, from the config
    goals: dict[str, m.Goal] = field(default_factory=dict)
    metrics: dict[str, m.Metric] = field(default_factory=dict)
    departments: dict[str, m.Department] = field(default_factory=dict)
    objectives: dict[str, m.Objective] = field(default_factory=dict)
    incentives: dict[str, m.Incentive] = field(default_factory=dict)
    stages: dict[str, m.JourneyStage] = field(default_factory=dict)
    goals_by_metric: dict[str, list[m.Goal]] = field(default_factory=dict)
    goals_by_owner: dict[str, list[m.Goal]] = field(default_factory=dict)
    children: dict[str, list[m.Goal]] = field(default_factory=dict)
    objective_children: dict[str, list[m.Objective]] = field(default_factory=dict)
    # objectives a goal serves, directly or through its parent chain (ids as written)
    supports: dict[str, frozenset[str]] = field(default_factory=dict)
    # goal ids whose parent chain reaches a goal with co-owners
    in_shared_chain: set[str] = field(default_factory=set)
    goal_cycles: list[list[m.Goal]] = field(default_factory=list)
    objective_cycles: list[list[m.Objective]] = field(default_factory=list)
    used_metrics: set[str] = field(default_factory=set)

    def known_department(self, department_id: str | None) -> str | None:
        """The id if it names a department, else None (a finding's department)."""
        return department_id if department_id in self.departments else None

    def param(self, code: str, name: str, default):
        return self.params.get(code, {}).get(name, default)

    def department_name(self, department_id: str | None) -> str:
        department = self.departments.get(department_id) if department_id else None
        return department.name if department else (department_id or "")

    def metric_name(self, metric_id: str | None) -> str:
        metric = self.metrics.get(metric_id) if metric_id else None
        return metric.name if metric else (metric_id or "")

    def goals_on(self, metric_ids) -> list[m.Goal]:
        """The goals on any of these metrics, in model order: what a check whose rule
        is about some kinds of metric reads, instead of every goal."""
        by_metric = self.goals_by_metric
        lists = [by_metric[metric_id] for metric_id in metric_ids if metric_id in by_metric]
        if len(lists) == 1:
            return lists[0]
        return sorted([goal for goals in lists for goal in goals], key=attrgetter("order"))


def _cycles(parents: dict[str, str]) -> list[list[str]]:
    """The loops of ``parent`` links (id -> parent id, for the items that have a
    parent), each listed from where the walk entered it."""
    state: dict[str, int] = {}  # 1 on the current walk, 2 done
    cycles: list[list[str]] = []
    for start in parents:
        if start in state:
            continue
        walk = []
        node = start
        while node in parents and node not in state:
            state[node] = 1
            walk.append(node)
            node = parents[node]
        if node in state and state[node] == 1:
            cycles.append(walk[walk.index(node):])
        for visited in walk:
            state[visited] = 2
    return cycles


def build(model: m.Model, facts: Facts, vocabulary: Vocabulary, as_of: date,
          params: dict | None = None) -> Context:
    ctx = Context(model, facts, vocabulary, as_of, params or {})
    ctx.goals = {g.id: g for g in model.goals}
    ctx.metrics = {x.id: x for x in model.metrics}
    ctx.departments = {d.id: d for d in model.departments}
    ctx.objectives = {o.id: o for o in model.objectives}
    ctx.incentives = {i.id: i for i in model.incentives}
    ctx.stages = {s.id: s for s in model.journey}

    by_metric: dict[str, list[m.Goal]] = defaultdict(list)
    by_owner: dict[str, list[m.Goal]] = defaultdict(list)
    children: dict[str, list[m.Goal]] = defaultdict(list)
    used = ctx.used_metrics
    for goal in model.goals:
        if goal.metric:
            by_metric[goal.metric].append(goal)
            used.add(goal.metric)
        by_owner[goal.owner].append(goal)
        if goal.parent:
            children[goal.parent].append(goal)
        used.update(goal.guardrails)
    for objective in model.objectives:
        used.update(objective.measured_by)
    for incentive in model.incentives:
        used.update(incentive.metrics)
    for stage in model.journey:
        used.update(stage.metrics)
    ctx.goals_by_metric, ctx.goals_by_owner, ctx.children = dict(by_metric), dict(by_owner), dict(children)
    objective_children: dict[str, list[m.Objective]] = defaultdict(list)
    for objective in model.objectives:
        if objective.parent:
            objective_children[objective.parent].append(objective)
    ctx.objective_children = dict(objective_children)

    goal_cycles = _cycles({g.id: g.parent for g in model.goals if g.parent})
    objective_cycles = _cycles({o.id: o.parent for o in model.objectives if o.parent})
    ctx.goal_cycles = [[ctx.goals[i] for i in cycle] for cycle in goal_cycles]
    ctx.objective_cycles = [[ctx.objectives[i] for i in cycle] for cycle in objective_cycles]

    # Effective supports and shared chains, memoised along each parent chain.
    supports: dict[str, frozenset[str]] = {}
    shared: dict[str, bool] = {}
    empty: frozenset[str] = frozenset()
    for cycle in ctx.goal_cycles:
        # in a loop every goal is an ancestor of every other: they share what they serve
        served = frozenset(objective for goal in cycle for objective in goal.supports)
        for goal in cycle:
            supports[goal.id] = served
            shared[goal.id] = any(other.co_owners for other in cycle if other is not goal)
    goals = ctx.goals
    for start, goal in goals.items():
        if start in supports:
            continue
        if goal.parent not in goals:  # the most common goal: at the top of its chain
            supports[start] = frozenset(goal.supports) if goal.supports else empty
            shared[start] = False
            continue
        walk = []
        node = start
        seen = set()
        while node in ctx.goals and node not in supports and node not in seen:
            seen.add(node)
            walk.append(node)
            node = ctx.goals[node].parent
        above = supports.get(node, empty)
        above_shared = node in shared and (shared[node] or bool(ctx.goals[node].co_owners))
        for goal_id in reversed(walk):
            goal = ctx.goals[goal_id]
            above = above | frozenset(goal.supports) if goal.supports else above
            supports[goal_id] = above
            # a goal is in a shared chain when an ancestor (not itself) has co-owners
            shared[goal_id] = above_shared
            above_shared = above_shared or bool(goal.co_owners)
    ctx.supports = supports
    ctx.in_shared_chain = {goal_id for goal_id, flag in shared.items() if flag}
    return ctx
