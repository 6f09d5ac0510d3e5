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

  One conflict per link, metric at stake and pair (A, B); A's side holds
  its cuts (all of them for the last two links), B's side its goals. A
  department's cuts push against the first ``DEPARTMENTS_SHOWN``
  departments B (in the order the files list the departments) for each link
  and metric at stake; the last of those conflicts counts the others
  (``more``): where the departments grow with the goals (regional units,
  each holding goals on the same measures), one conflict per pair grew the
  map with departments squared.

A department that takes part in a goal on the metric itself shares the
outcome: the tension is its own trade-off (GC301 says so), not a conflict
between departments.

Each side names its first ``SHOWN`` goals (file order) and counts them all:
a department's cuts stand against every department it pushes against, and
listing them on each conflict made the map grow with goals times
departments. The moves and rules of a side are those of all its goals.
Every step is linear in the goals; the conflicts themselves are bounded by
metrics times pairs of departments for ``opposing-targets`` (GC104 names at
most three goals of a department on a metric, each with five rivals), and by
links times metrics times departments for ``cost-vs-cx``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .index import Context

OPPOSING = "opposing-targets"
COST_VS_CX = "cost-vs-cx"
CUT_RULES = ("GC301", "GC302")
SHOWN = 10  # goal ids a conflict names on each side; the rest are counted
DEPARTMENTS_SHOWN = 4  # cost-vs-cx: departments a side's cuts are drawn against, per link and metric


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
    goals: tuple[str, ...]  # the first SHOWN goal ids, in file order
    moves: tuple[Move, ...]  # the metrics all its goals move, each once, in the goals' order
    count: int  # all its goals, named or not


@dataclass(frozen=True)
class Conflict:
    kind: str  # opposing-targets or cost-vs-cx
    link: str  # opposing-targets, guardrail, same-metric, influenced-by or cross-functional
    metric: str
    metric_name: str
    sides: tuple[Side, Side]  # the pushing side first: the wrong-way goals, or the cuts
    rules: tuple[str, ...]
    inferred: tuple[str, ...]
    more: int = 0  # cost-vs-cx, on the last conflict drawn: departments past DEPARTMENTS_SHOWN the same
    # cuts push against on the same link and metric, not drawn


def _takers(ctx: Context, goal) -> tuple[str, ...]:
    """The known departments that own or co-own the goal, owner first."""
    if not goal.co_owners:  # most goals
        return (goal.owner,) if goal.owner in ctx.departments else ()
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


class _Group:
    """Goals that one side of many conflicts shares, in file order, listed once.

    A department's cuts stand on its side of a conflict with every department
    it pushes against; copying them into each conflict made the map grow with
    goals times departments. A conflict's side is this group less the goals
    the other department takes part in: it names the first ``SHOWN`` of the
    rest and counts them all, at a cost of the goals left out plus ``SHOWN``.
    """

    def __init__(self, ctx: Context, goals, order: dict[str, int], rules_of=None) -> None:
        self.goals = sorted(goals, key=lambda g: order[g.id])
        self.takers: dict[str, list[int]] = defaultdict(list)  # department -> positions it takes part in
        self.moves: dict[tuple, list[int]] = {}  # (metric, direction) -> positions
        self.rules: dict[str, list[int]] = {}  # rule -> positions of the cuts it found
        for position, goal in enumerate(self.goals):
            for department_id in _takers(ctx, goal):
                self.takers[department_id].append(position)
            if goal.metric:
                self.moves.setdefault((goal.metric, ctx.facts.goals[goal.id].direction), []).append(position)
            for rule in (rules_of or {}).get(goal.id, ()):
                self.rules.setdefault(rule, []).append(position)

    def without(self, department_id: str | None) -> frozenset[int]:
        """The positions of the goals ``department_id`` takes part in."""
        return frozenset(self.takers.get(department_id, ())) if department_id is not None else frozenset()

    def count(self, skip: frozenset[int]) -> int:
        return len(self.goals) - len(skip)

    def side(self, ctx: Context, department_id: str, skip: frozenset[int]) -> Side:
        named = []
        for position, goal in enumerate(self.goals):
            if len(named) == SHOWN:
                break
            if position not in skip:
                named.append(goal.id)
        firsts = []  # each move once, in the order of the first goal left that makes it
        for move, positions in self.moves.items():
            first = next((p for p in positions if p not in skip), None)
            if first is not None:
                firsts.append((first, move))
        return Side(department_id, ctx.department_name(department_id), tuple(named),
                    tuple(Move(metric, ctx.metric_name(metric), direction) for _, (metric, direction) in sorted(firsts)),
                    self.count(skip))

    def rules_of(self, skip: frozenset[int]) -> set[str]:
        return {rule for rule, positions in self.rules.items() if any(p not in skip for p in positions)}


class _Conflicts:
    """Conflicts gathered by key; each side is a group of goals less those of a department."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.order = {g: index for index, g in enumerate(ctx.goals)}
        self.found: dict[tuple, tuple] = {}

    def add(self, kind, link, metric_id, first, second, sides, rules, inferred=()):
        """``sides`` is ((group, skip), (group, skip)); one call per key."""
        self.found[(kind, link, metric_id, first, second)] = (sides, tuple(sorted(rules)), tuple(inferred))

    def conflicts(self) -> tuple[Conflict, ...]:
        ctx = self.ctx
        departments = {d: index for index, d in enumerate(ctx.departments)}
        metrics = {m: index for index, m in enumerate(ctx.metrics)}
        kinds = {OPPOSING: 0, COST_VS_CX: 1}
        links = {"opposing-targets": 0, "guardrail": 1, "same-metric": 2, "influenced-by": 3,
                 "cross-functional": 4}
        keys = sorted(self.found, key=lambda k: (kinds[k[0]], departments[k[3]], departments[k[4]],
                                                 links[k[1]], metrics.get(k[2], len(metrics)), k[2]))
        # cost-vs-cx: the first DEPARTMENTS_SHOWN departments B of each (link, metric, A), in
        # department order (the order of the keys); the last drawn counts the rest
        against: dict[tuple, list[tuple]] = defaultdict(list)
        for key in keys:
            if key[0] == COST_VS_CX:
                against[key[1:4]].append(key)
        more: dict[tuple, int] = {}
        left: set[tuple] = set()
        for drawn in against.values():
            if len(drawn) > DEPARTMENTS_SHOWN:
                more[drawn[DEPARTMENTS_SHOWN - 1]] = len(drawn) - DEPARTMENTS_SHOWN
                left.update(drawn[DEPARTMENTS_SHOWN:])
        out = []
        for key in keys:
            if key in left:
                continue
            kind, link, metric_id, first, second = key
            ((first_group, first_skip), (second_group, second_skip)), rules, inferred = self.found[key]
            out.append(Conflict(kind, link, metric_id, ctx.metric_name(metric_id),
                                (first_group.side(ctx, first, first_skip),
                                 second_group.side(ctx, second, second_skip)), rules, inferred,
                                more.get(key, 0)))
        return tuple(out)


def _opposing(ctx: Context, findings, found: _Conflicts) -> None:
    pairs: dict[tuple, tuple[dict, dict, dict]] = {}
    for item in findings:
        finding = item.finding
        if item.rule.code != "GC104" or finding.facts[:1] != ("against",):
            continue
        goal, rival = ctx.goals.get(finding.subject), ctx.goals.get(finding.facts[1])
        if goal is None or rival is None or not goal.metric:
            continue
        if goal.owner in ctx.departments and rival.owner in ctx.departments:
            entry = pairs.setdefault((goal.metric, goal.owner, rival.owner), ({}, {}, {}))
            entry[0][goal.id] = goal
            entry[1][rival.id] = rival
            entry[2].update(dict.fromkeys(finding.inferred))
    nobody = frozenset()
    for (metric_id, first, second), (pushing, rivals, inferred) in pairs.items():
        found.add(OPPOSING, OPPOSING, metric_id, first, second,
                  ((_Group(ctx, pushing.values(), found.order), nobody),
                   (_Group(ctx, rivals.values(), found.order), nobody)), ("GC104",), inferred)


def _cost_vs_cx(ctx: Context, findings, found: _Conflicts) -> None:
    facts = ctx.facts
    order = found.order
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
    cuts_by_owner: dict[str, list] = defaultdict(list)
    cuts_on: dict[tuple[str, str], list] = defaultdict(list)  # (owner, metric) -> its cuts
    for goal in cuts.values():
        cuts_by_owner[goal.owner].append(goal)
        cuts_on[(goal.owner, goal.metric)].append(goal)
    cut_metrics = {metric_id for _, metric_id in cuts_on}

    # guardrail: goals of B that name the cut's metric as a guardrail.
    # same-metric: goals of B on the cut's experience metric that hold it or give no direction.
    guarding: dict[tuple[str, str], dict] = defaultdict(dict)  # (metric, B) -> goals
    holding: dict[tuple[str, str], dict] = defaultdict(dict)
    for goal in ctx.model.goals:
        for guardrail in goal.guardrails:
            if guardrail in cut_metrics:
                for department_id in _takers(ctx, goal):
                    guarding[(guardrail, department_id)][goal.id] = goal
    for metric_id in cut_metrics:
        metric = facts.metrics.get(metric_id)
        if metric is None or not metric.experience:
            continue
        for goal in ctx.goals_by_metric.get(metric_id, ()):
            if facts.goals[goal.id].direction in (None, "maintain"):
                for department_id in _takers(ctx, goal):
                    holding[(metric_id, department_id)][goal.id] = goal
    for link, others in (("guardrail", guarding), ("same-metric", holding)):
        by_metric: dict[str, list] = defaultdict(list)
        for (metric_id, department_id), goals in others.items():
            by_metric[metric_id].append((department_id, _Group(ctx, goals.values(), order)))
        for (owner, metric_id), cutting in cuts_on.items():
            if metric_id not in by_metric:
                continue
            group = _Group(ctx, cutting, order, rules_of)
            inferred = _present(facts.metrics[metric_id].why, "experience") if link == "same-metric" else ()
            for department_id, theirs in by_metric[metric_id]:
                # A's cuts that B takes no part in, against B's goals that A takes no part in
                skip, their_skip = group.without(department_id), theirs.without(owner)
                if group.count(skip) and theirs.count(their_skip):
                    found.add(COST_VS_CX, link, metric_id, owner, department_id,
                              ((group, skip), (theirs, their_skip)), group.rules_of(skip), inferred)

    # Experience metrics that others move: who holds a goal on each, and which goals aim to improve or hold it.
    owner_groups: dict[str, _Group] = {}
    nobody = frozenset()
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
        aim_groups: dict[str, _Group] = {}
        for owner in cuts_by_owner:
            if owner not in movers or owner in holders:
                continue
            if owner not in owner_groups:
                owner_groups[owner] = _Group(ctx, cuts_by_owner[owner], order, rules_of)
            group = owner_groups[owner]
            for department_id, theirs in aims.items():
                if department_id in group.takers:  # it takes part in one of the cuts
                    continue
                if department_id not in aim_groups:
                    aim_groups[department_id] = _Group(ctx, theirs, order)
                found.add(COST_VS_CX, link, metric_id, owner, department_id,
                          ((group, nobody), (aim_groups[department_id], nobody)), group.rules_of(nobody), why)


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
