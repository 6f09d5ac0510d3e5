"""What a leadership team looks at beside the score: the alignment matrix and the
conflict map, computed once from the Context and the findings the audit reports.

They live here, not in a renderer, because renderers only present: the HTML and
Markdown reports draw them, and the JSON report carries them (``matrix`` and
``conflicts``) so that every figure a leader sees can be checked by a machine.

**The alignment matrix** crosses the departments with the objectives. A
department *takes part* in a goal when it owns or co-owns it (spec/rules.md);
the cell (department, objective) lists the goals the department takes part in
that serve the objective, directly or through their parent chain
(``Context.supports``). Two things stand out:

- an *empty objective*: no goal serves it, nor any of its child objectives
  (the test of GC102, made here whether or not GC102 runs);
- a department *serving nothing*: it takes part in no goal that serves a known
  objective (it has no goals, or only goals that serve none).

A row also lists its *unlinked* goals: those serving no known objective.
Goals whose owner names no department (GC001) appear in no row.

**The conflict map** lists pairs of departments pushing against each other,
each about one metric, with the goals on each side. It shows what the audit
found: it is drawn from the active findings (a waived finding, or a rule not
run, draws no conflict), and each conflict names the rules behind it.

- ``opposing-targets`` (GC104): goals of two departments move one metric in
  opposite directions. For each GC104 finding, its subject's department is
  paired with every other department holding a goal on that metric that
  moves the other way (the finding names only the first of them). One
  conflict per metric and pair of departments.
- ``cost-vs-cx``: a *cut* is the subject goal of a GC301 or GC302 finding (it
  moves its metric the cheap way with no experience guardrail), owned by
  department A. It pushes against a goal of another department B (B neither
  owns nor co-owns the cut, A does not take part in B's goal) when one of
  these ``link``s holds, tried in this order:

  - ``guardrail``: the cut's metric is a guardrail of B's goal; B relies on it
    staying healthy while A cuts it. At stake: the cut's metric.
  - ``same-metric``: the cut's metric is an experience measure and B's goal
    on it holds it (``maintain``) or gives no direction. (B's goals moving it
    the other way are GC104's opposing targets, shown as such.) At stake: the
    cut's metric.
  - ``influenced-by``: B's goal is on an experience metric whose
    ``influenced_by`` names A, A takes part in no goal on that metric, and B's
    goal does not move it against its better direction. The data says A
    moves B's number, and A cuts with nothing watching the customer. At
    stake: B's metric.
  - ``cross-functional``: as ``influenced-by``, for an experience metric with
    no ``influenced_by`` that the vocabulary calls cross-functional (NPS,
    churn, retention: moved by the whole company), and only when A is
    customer-facing, so that its cuts reach customers. At stake: B's metric.

  One conflict per link, metric at stake and pair (A, B); A's side lists
  its cuts (all of them for the last two links), B's side its goals.

A department that takes part in a goal on the metric itself shares the
outcome: the tension is its own trade-off (GC301 says so), not a conflict
between departments. Everything is linear in the size of the organisation,
except that a conflict lists every goal on both sides.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .index import Context

OPPOSING = "opposing-targets"
COST_VS_CX = "cost-vs-cx"
CUT_RULES = ("GC301", "GC302")


@dataclass(frozen=True)
class Column:
    """An objective, as a column of the matrix."""

    id: str
    title: str
    parent: str | None
    goals: int  # goals serving it, directly or through their parent chain


@dataclass(frozen=True)
class Row:
    """A department, as a row of the matrix."""

    id: str
    name: str
    goals: int  # goals it takes part in
    cells: dict[str, tuple[str, ...]]  # objective id -> goal ids; objectives it serves only
    unlinked: tuple[str, ...]  # its goals that serve no known objective


@dataclass(frozen=True)
class Matrix:
    objectives: tuple[Column, ...]
    departments: tuple[Row, ...]
    empty_objectives: tuple[str, ...]
    serving_nothing: tuple[str, ...]  # department ids


@dataclass(frozen=True)
class Move:
    """Which way one side pushes one metric."""

    metric: str
    metric_name: str
    direction: str | None


@dataclass(frozen=True)
class Side:
    department: str
    name: str
    goals: tuple[str, ...]  # goal ids, in file order
    moves: tuple[Move, ...]  # the metrics those goals move, each once, in the goals' order


@dataclass(frozen=True)
class Conflict:
    kind: str  # opposing-targets or cost-vs-cx
    link: str  # opposing-targets, guardrail, same-metric, influenced-by or cross-functional
    metric: str
    metric_name: str
    sides: tuple[Side, Side]  # the pushing side first: the wrong-way goals, or the cuts
    rules: tuple[str, ...]
    inferred: tuple[str, ...]


def _takers(ctx: Context, goal) -> tuple[str, ...]:
    """The known departments that own or co-own the goal, owner first."""
    return tuple(d for d in dict.fromkeys((goal.owner, *goal.co_owners)) if d in ctx.departments)


def matrix(ctx: Context) -> Matrix:
    cells: dict[str, dict[str, list[str]]] = {d: defaultdict(list) for d in ctx.departments}
    unlinked: dict[str, list[str]] = defaultdict(list)
    taking_part: dict[str, int] = defaultdict(int)
    serving: dict[str, int] = defaultdict(int)
    for goal in ctx.model.goals:
        served = [o for o in sorted(ctx.supports.get(goal.id, ())) if o in ctx.objectives]
        for objective_id in served:
            serving[objective_id] += 1
        for department_id in _takers(ctx, goal):
            taking_part[department_id] += 1
            if not served:
                unlinked[department_id].append(goal.id)
            for objective_id in served:
                cells[department_id][objective_id].append(goal.id)
    covered = set(serving)
    for objective_id in list(covered):  # a child objective served covers its ancestors
        node = ctx.objectives[objective_id]
        while node.parent in ctx.objectives and node.parent not in covered:
            covered.add(node.parent)
            node = ctx.objectives[node.parent]
    order = {objective_id: index for index, objective_id in enumerate(ctx.objectives)}
    rows = tuple(Row(d.id, d.name, taking_part[d.id],
                     {o: tuple(ids) for o, ids in sorted(cells[d.id].items(), key=lambda kv: order[kv[0]])},
                     tuple(unlinked[d.id]))
                 for d in ctx.departments.values())
    return Matrix(
        objectives=tuple(Column(o.id, o.title, o.parent, serving[o.id]) for o in ctx.objectives.values()),
        departments=rows,
        empty_objectives=tuple(o for o in ctx.objectives if o not in covered),
        serving_nothing=tuple(row.id for row in rows if not row.cells))


class _Conflicts:
    """Conflicts gathered by key, each side's goals kept once and in file order."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.found: dict[tuple, dict] = {}

    def add(self, kind, link, metric_id, first, second, first_goals, second_goals, rules, inferred=()):
        key = (kind, link, metric_id, first, second)
        entry = self.found.get(key)
        if entry is None:
            entry = self.found[key] = {"sides": ({}, {}), "rules": set(), "inferred": {}}
        for side, goals in zip(entry["sides"], (first_goals, second_goals)):
            for goal in goals:
                side[goal.id] = goal
        entry["rules"].update(rules)
        entry["inferred"].update(dict.fromkeys(inferred))

    def conflicts(self) -> tuple[Conflict, ...]:
        ctx = self.ctx
        departments = {d: index for index, d in enumerate(ctx.departments)}
        metrics = {m: index for index, m in enumerate(ctx.metrics)}
        goal_order = {g: index for index, g in enumerate(ctx.goals)}
        kinds = {OPPOSING: 0, COST_VS_CX: 1}
        links = {"opposing-targets": 0, "guardrail": 1, "same-metric": 2, "influenced-by": 3,
                 "cross-functional": 4}

        def side(department_id, goals):
            ordered = sorted(goals.values(), key=lambda g: goal_order[g.id])
            moves = dict.fromkeys((g.metric, ctx.facts.goals[g.id].direction) for g in ordered if g.metric)
            return Side(department_id, ctx.department_name(department_id), tuple(g.id for g in ordered),
                        tuple(Move(metric, ctx.metric_name(metric), direction) for metric, direction in moves))

        out = []
        for key in sorted(self.found, key=lambda k: (kinds[k[0]], departments[k[3]], departments[k[4]],
                                                      links[k[1]], metrics.get(k[2], len(metrics)), k[2])):
            kind, link, metric_id, first, second = key
            entry = self.found[key]
            out.append(Conflict(kind, link, metric_id, ctx.metric_name(metric_id),
                                (side(first, entry["sides"][0]), side(second, entry["sides"][1])),
                                tuple(sorted(entry["rules"])), tuple(entry["inferred"])))
        return tuple(out)


def _opposing(ctx: Context, findings, found: _Conflicts) -> None:
    for item in findings:
        finding = item.finding
        if item.rule.code != "GC104" or finding.facts[:1] != ("against",):
            continue
        goal, rival = ctx.goals.get(finding.subject), ctx.goals.get(finding.facts[1])
        if goal is None or rival is None or not goal.metric:
            continue
        if goal.owner in ctx.departments and rival.owner in ctx.departments:
            found.add(OPPOSING, OPPOSING, goal.metric, goal.owner, rival.owner, [goal], [rival], ("GC104",),
                      finding.inferred)


def _cost_vs_cx(ctx: Context, findings, found: _Conflicts) -> None:
    facts = ctx.facts
    cuts: dict[str, object] = {}  # goal id -> goal, in the order the findings come
    rules_of: dict[str, set] = defaultdict(set)
    for item in findings:
        if item.rule.code in CUT_RULES and item.finding.subject in ctx.goals:
            goal = ctx.goals[item.finding.subject]
            if goal.owner in ctx.departments:
                cuts.setdefault(goal.id, goal)
                rules_of[goal.id].add(item.rule.code)
    if not cuts:
        return
    guarded_by: dict[str, list] = defaultdict(list)
    for goal in ctx.model.goals:
        for guardrail in goal.guardrails:
            guarded_by[guardrail].append(goal)

    cuts_by_owner: dict[str, list] = defaultdict(list)
    for goal in cuts.values():
        cuts_by_owner[goal.owner].append(goal)
        takers = _takers(ctx, goal)
        for other in guarded_by.get(goal.metric, ()):
            for department_id in _takers(ctx, other):
                if department_id not in takers and goal.owner not in _takers(ctx, other):
                    found.add(COST_VS_CX, "guardrail", goal.metric, goal.owner, department_id, [goal], [other],
                              rules_of[goal.id])
        metric = facts.metrics.get(goal.metric)
        if metric is not None and metric.experience:
            for other in ctx.goals_by_metric.get(goal.metric, ()):
                if facts.goals[other.id].direction not in (None, "maintain") or goal.owner in _takers(ctx, other):
                    continue
                for department_id in _takers(ctx, other):
                    if department_id not in takers:
                        found.add(COST_VS_CX, "same-metric", goal.metric, goal.owner, department_id, [goal],
                                  [other], rules_of[goal.id], _present(metric.why, "experience"))

    # Experience metrics that others move: who holds a goal on each, and which goals aim to improve or hold it.
    for metric_id, goals in ctx.goals_by_metric.items():
        metric = facts.metrics.get(metric_id)
        if metric is None or not metric.experience:
            continue
        declared = ctx.metrics[metric_id].influenced_by
        if declared is not None:
            link, movers, why = "influenced-by", set(declared), _present(metric.why, "experience")
        elif metric.cross_functional:
            link, why = "cross-functional", _present(metric.why, "experience", "cross_functional")
            movers = {d for d in cuts_by_owner if ctx.departments[d].customer_facing}
        else:
            continue
        holders: set[str] = set()
        aims: dict[str, list] = defaultdict(list)  # department -> its goals that improve or hold the metric
        for goal in goals:
            takers = _takers(ctx, goal)
            holders.update(takers)
            if not facts.against_better(goal)[0]:
                for department_id in takers:
                    aims[department_id].append(goal)
        for owner in cuts_by_owner:
            if owner not in movers or owner in holders:
                continue
            cutting = {d for goal in cuts_by_owner[owner] for d in _takers(ctx, goal)}
            for department_id, theirs in aims.items():
                if department_id in cutting:
                    continue
                found.add(COST_VS_CX, link, metric_id, owner, department_id, cuts_by_owner[owner], theirs,
                          set().union(*(rules_of[g.id] for g in cuts_by_owner[owner])), why)


def _present(why: dict, *names: str) -> list[str]:
    return [why[name] for name in names if name in why]


def conflicts(ctx: Context, findings) -> tuple[Conflict, ...]:
    """The conflict map from the findings that count (pass the active ones)."""
    found = _Conflicts(ctx)
    _opposing(ctx, findings, found)
    _cost_vs_cx(ctx, findings, found)
    return found.conflicts()


def build(ctx: Context, findings) -> tuple[Matrix, tuple[Conflict, ...]]:
    return matrix(ctx), conflicts(ctx, findings)
