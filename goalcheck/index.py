"""The relations every check needs, computed once in linear time.

Checks read these instead of scanning the model themselves, so an audit's
cost grows with the size of the organisation, not with its square.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter

from . import catalogue
from . import model as m
from . import words
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
    fiscal_year_start: int = 1  # the month the fiscal year starts in (config), for FY periods
    # text -> its one reading (words.Text), shared by the rules that read titles and names
    texts: dict[str, words.Text] = field(default_factory=dict, repr=False)
    # the waiver step's facts for GC606 (waivers.Stale): the audit gives them to that check alone
    stale_waivers: tuple = ()

    def text(self, text: str | None) -> words.Text:
        """The words of a title, a name or a description, read once a run whoever asks
        (GC105, GC106, GC108, GC406, GC608): rules share this instead of tokenising
        each goal's title again."""
        key = text or ""
        found = self.texts.get(key)
        if found is None:
            found = self.texts[key] = words.Text(key)
        return found

    def title(self, goal: m.Goal) -> words.Text:
        """The reading of a goal's title (``text(goal.title)``)."""
        return self.text(goal.title)

    def known_department(self, department_id: str | None) -> str | None:
        """The id if it names a department, else None (a finding's department)."""
        return department_id if department_id in self.departments else None

    def param(self, code: str, name: str):
        """A rule's option: the config's value, else the default its catalogue entry
        declares (rules/GCxxx.yaml, options:); an undeclared option is a KeyError."""
        given = self.params.get(code, {})
        return given[name] if name in given else catalogue.rules()[code].option(name).default

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


def _knots(parents: dict[str, tuple[str, ...]]) -> list[list[str]]:
    """The loops of ``parent`` links (id -> parent ids, for the items that have
    a parent), each as the ids of one loop, from its first item in file order.

    With one parent per item a strongly connected component is exactly one
    loop; where goals serve two parents several loops can knot together, and
    they are one problem to untie (one finding), shown by one loop through it.
    """
    position = {item: number for number, item in enumerate(parents)}
    knots = []
    for component in _components(parents):
        first = min(component, key=position.__getitem__)
        if len(component) > 1 or first in parents[first]:
            knots.append(_loop_through(first, set(component), parents))
    knots.sort(key=lambda loop: position[loop[0]])
    return knots


def _loop_through(first: str, members: set[str], parents: dict[str, tuple[str, ...]]) -> list[str]:
    """One loop from ``first`` back to it inside a component, following parent links
    (breadth first, parents in the order written: the same loop every run)."""
    came_from: dict[str, str] = {}
    frontier = [first]
    while frontier:
        following = []
        for node in frontier:
            for up in parents[node]:
                if up == first:
                    path = [node]
                    while path[-1] != first:
                        path.append(came_from[path[-1]])
                    return path[::-1]
                if up in members and up not in came_from:
                    came_from[up] = node
                    following.append(up)
        frontier = following
    return [first]  # not reached: a component with a loop has one through each member


def build(model: m.Model, facts: Facts, vocabulary: Vocabulary, as_of: date,
          params: dict | None = None, fiscal_year_start: int = 1) -> Context:
    ctx = Context(model, facts, vocabulary, as_of, params or {})
    ctx.fiscal_year_start = fiscal_year_start
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
        for parent in dict.fromkeys(goal.parents):
            children[parent].append(goal)
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

    goals = ctx.goals
    goal_parents = {g.id: g.parents for g in model.goals if g.parents}
    goal_cycles = _knots(goal_parents)
    objective_cycles = _knots({o.id: (o.parent,) for o in model.objectives if o.parent})
    ctx.goal_cycles = [[goals[i] for i in cycle] for cycle in goal_cycles]
    ctx.objective_cycles = [[ctx.objectives[i] for i in cycle] for cycle in objective_cycles]
    ctx.supports, ctx.in_shared_chain = _served(goals, goal_parents)
    return ctx


def _served(goals: dict[str, m.Goal], goal_parents: dict[str, tuple[str, ...]]):
    """What each goal serves, directly or through any of its parent chains, and the
    goals with an ancestor (not themselves) that has co-owners.

    Goals in a loop are ancestors of each other: they share what they serve.
    Memoised over the parent links, so each goal is worked out once.
    """
    supports: dict[str, frozenset[str]] = {}
    shared: dict[str, bool] = {}  # goal id -> an ancestor other than itself has co-owners
    owned_above: dict[str, bool] = {}  # goal id -> it or an ancestor has co-owners
    empty: frozenset[str] = frozenset()
    # goals list the same few objectives: one frozenset for each list as written
    sets: dict[tuple[str, ...], frozenset[str]] = {}
    for goal_id, goal in goals.items():
        if goal_id not in goal_parents or not any(p in goals for p in goal.parents):
            # the most common goal: at the top of its chain
            if goal.supports:
                served = sets.get(goal.supports)
                if served is None:
                    served = sets[goal.supports] = frozenset(goal.supports)
                supports[goal_id] = served
            else:
                supports[goal_id] = empty
            shared[goal_id] = False
            owned_above[goal_id] = bool(goal.co_owners)
    known = {goal_id: tuple(p for p in dict.fromkeys(parents) if p in goals)
             for goal_id, parents in goal_parents.items() if goal_id not in supports}
    for component in _components(known):
        members = set(component)
        served = frozenset(o for member in component for o in goals[member].supports)
        above_owned = False
        for member in component:
            for up in known[member]:
                if up not in members:
                    above = supports[up]
                    # most often a child serves what its parent does: the parent's set, shared
                    served = above if served <= above else served | above
                    above_owned = above_owned or owned_above[up]
        loop = len(component) > 1 or component[0] in known[component[0]]
        co_owned = [member for member in component if goals[member].co_owners]
        for member in component:
            supports[member] = served
            others = any(other != member for other in co_owned) if loop else False
            shared[member] = above_owned or others
            owned_above[member] = above_owned or bool(co_owned)
    return supports, {goal_id for goal_id, flag in shared.items() if flag}


def _components(parents: dict[str, tuple[str, ...]]) -> list[list[str]]:
    """The strongly connected components of the parent links, ancestors first."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = 0
    for start in parents:
        if start in index:
            continue
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        work = [(start, iter(parents[start]))]
        while work:
            node, edges = work[-1]
            advanced = False
            for up in edges:
                if up not in parents:
                    continue  # no parent of its own (a top goal, a name of nothing): no loop through it
                if up not in index:
                    index[up] = low[up] = counter
                    counter += 1
                    stack.append(up)
                    on_stack.add(up)
                    work.append((up, iter(parents[up])))
                    advanced = True
                    break
                if up in on_stack:
                    low[node] = min(low[node], index[up])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                members = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    members.append(member)
                    if member == node:
                        break
                out.append(members)
    return out
