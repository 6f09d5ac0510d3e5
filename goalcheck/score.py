"""From findings to the Result, built once (``build``): two figures, scores per area
and per department, the points each fix wins back, the gate, with insights.py's
matrix and conflict map and baseline.py's comparison. Renderers read the Result
alone: it carries the rules it reports on, each finding's fingerprint, and
everything else a report shows.

The two figures answer two questions. The **alignment score** and its grade
(do our goals pull together?) count the findings of areas 0xx to 5xx only.
**Goal data complete** (are our goal files complete?) is the share of goals
no active hygiene (6xx) finding is about; it is shown beside the score and
never lowers it. ``--fail-under`` gates on the alignment score.

The formula (README, "The score"): with ``S`` the summed weight of high and
medium findings (10 and 4 each), ``L`` the number of low findings and
``T = 20 + 2 * goals`` the organisation's size,

    score = 100 - 85 * (1 - exp(-S / T)) - 15 * (1 - exp(-L / T))

Each term grows with every finding, so a new finding never raises a score;
low findings alone cost at most 15 points, so an organisation with no high
and no medium finding scores at least 85; and one high finding in an
organisation of under 50 goals costs at least 5 points.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from . import __version__, baseline, insights
from .catalogue import AREAS, Rule
from .catalogue import rules as catalogue_rules
from .finding import SEVERITIES, Finding
from .index import Context
from .insights import Conflict, Matrix

WEIGHTS = {"high": 10.0, "medium": 4.0, "low": 1.0}
GRADES = ((90.0, "A"), (80.0, "B"), (70.0, "C"), (60.0, "D"), (0.0, "F"))


def size_scale(goals: int) -> float:
    return 20.0 + 2.0 * goals


def formula(serious: float, low: float, goals: int) -> float:
    scale = size_scale(goals)
    return 100.0 - 85.0 * (1.0 - math.exp(-serious / scale)) - 15.0 * (1.0 - math.exp(-low / scale))


def grade(score: float) -> str:
    return next(letter for floor, letter in GRADES if score >= floor)


@dataclass(frozen=True)
class Reported:
    """A finding as reported: worded by the catalogue, weighed by the score."""

    finding: Finding
    rule: Rule
    severity: str
    message: str
    fix: str
    points: float  # what fixing it wins back on the overall score
    waived: str | None = None  # the waiver's reason, when one applies
    fingerprint: str = ""  # its identity across edits (baseline.fingerprint), computed once when it is reported


@dataclass(frozen=True)
class Part:
    """The score of an area or a department."""

    id: str
    name: str
    score: float
    findings: int
    ran: bool = True  # an area none of whose rules ran (--select, --ignore) has no score to show


@dataclass(frozen=True)
class Comparison:
    """What the listed findings were measured against (--baseline, --diff): only new ones are listed."""

    kind: str  # "baseline" or "diff"
    against: str  # the baseline file, or the git ref
    new: int  # active findings listed: not in the comparison
    known: int  # active findings left out: the comparison has them already
    fixed: int  # findings of the comparison that no longer occur
    score_before: float | None = None  # diff: the score at the ref; None when nothing could be audited there
    delta: float | None = None  # diff: score - score_before


@dataclass(frozen=True)
class Fix:
    """Fixing every active finding of one rule, after the fixes listed before it: what
    that wins back on the alignment score, and the score it reaches. The points of
    the list add up: the last ``score_after`` is the score with every fix made."""

    rule: str
    findings: int
    points: float
    score_after: float = 0.0


@dataclass(frozen=True)
class Hygiene:
    """The second figure: how complete the goal data is (6xx), apart from the score."""

    complete: float  # percent of goals no active hygiene finding is about (100 with no goals)
    complete_goals: int
    goals: int
    findings: int  # active hygiene findings


@dataclass(frozen=True)
class Result:
    version: str
    organization: str
    strategy: str | None
    as_of: date
    root: str
    goals: int
    score: float
    grade: str
    areas: tuple[Part, ...]
    departments: tuple[Part, ...]
    findings: tuple[Reported, ...]
    counts: dict
    passed: bool
    fail_on: str
    fail_under: float | None
    matrix: Matrix | None = None  # departments x objectives (insights.py)
    fixes: tuple[Fix, ...] = ()  # one per rule that fired, most points won back first
    conflicts: tuple[Conflict, ...] = ()  # departments pushing against each other (insights.py)
    compared: Comparison | None = None  # --baseline / --diff / --write-baseline (baseline.compare)
    hygiene: Hygiene | None = None  # goal data complete: the figure beside the score
    # (metric id, facts nobody could tell) for metrics whose kind or experience is unknown:
    # the rules that need those facts stay quiet on them, and the report says so
    unknown_metrics: tuple = ()
    metrics: int = 0
    config: str | None = None  # the config file used, as reports name it
    known: tuple[Reported, ...] = ()  # --baseline / --diff: the active findings left out as already known
    rules: tuple[Rule, ...] = ()  # the catalogue, in its order: every rule a report may name or describe

    @property
    def active(self) -> tuple[Reported, ...]:
        return tuple(r for r in self.findings if r.waived is None)


class _Tally:
    __slots__ = ("serious", "low", "count")

    def __init__(self) -> None:
        self.serious = 0.0
        self.low = 0.0
        self.count = 0

    def add(self, severity: str) -> None:
        self.count += 1
        if severity == "low":
            self.low += WEIGHTS["low"]
        else:
            self.serious += WEIGHTS[severity]

    def score(self, goals: int) -> float:
        return formula(self.serious, self.low, goals)


def _with_points(item: Reported, points: float) -> Reported:
    """``replace(item, points=points)`` at two-fifths of its cost (it runs once per finding);
    an item that already has these points is kept as it is."""
    if item.points == points and math.copysign(1.0, item.points) == math.copysign(1.0, points):
        return item
    return Reported(item.finding, item.rule, item.severity, item.message, item.fix, points, item.waived,
                    item.fingerprint)


def _round(value: float) -> float:
    return round(value + 0.0, 1) + 0.0


def count(reported) -> dict:
    """Findings by severity, and the waived ones apart."""
    counts = {severity: 0 for severity in SEVERITIES}
    counts["waived"] = 0
    for item in reported:
        counts["waived" if item.waived is not None else item.severity] += 1
    return counts


def gate(reported, score: float, fail_on: str, fail_under: float | None) -> bool:
    """Does the run pass: no active finding at or above ``fail_on``, and the score not under ``fail_under``."""
    threshold = SEVERITIES.index(fail_on) if fail_on in SEVERITIES else -1
    failing = any(SEVERITIES.index(item.severity) <= threshold for item in reported if item.waived is None)
    return not failing and (fail_under is None or score >= fail_under)


HYGIENE = "hygiene"  # the area whose findings make the second figure, not the score


def hygiene_figure(goals: int, reported) -> Hygiene:
    """Goals no active hygiene finding is about, as a share of all goals. An
    organisation-level hygiene finding (an old plan: every dated goal ended) is
    counted in ``findings`` but names no goal."""
    incomplete = set()
    findings = 0
    for item in reported:
        if item.waived is None and item.rule.area == HYGIENE:
            findings += 1
            if item.finding.subject_kind == "goal":
                incomplete.add(item.finding.subject)
    complete = goals - len(incomplete)
    return Hygiene(_round(100.0 * complete / goals) if goals else 100.0, complete, goals, findings)


def ordered_fixes(by_rule: dict, total: "_Tally", goals: int) -> list[Fix]:
    """Fixes in the order a team would make them: each time the rule whose findings win
    back the most given the fixes before it. Each one's points are rounded scores
    subtracted, so the listed points sum exactly to the last ``score_after`` minus
    the score now."""
    serious, low = total.serious, total.low
    before = _round(formula(serious, low, goals))
    left = dict(by_rule)
    out = []
    while left:
        code, tally = max(left.items(), key=lambda kv: (formula(serious - kv[1].serious, low - kv[1].low, goals),
                                                         kv[1].count, [-ord(c) for c in kv[0]]))
        serious, low = serious - tally.serious, low - tally.low
        after = _round(formula(serious, low, goals))
        out.append(Fix(code, tally.count, _round(after - before), after))
        before = after
        del left[code]
    return out


def build(ctx: Context, reported: list[Reported], fail_on: str = "high", fail_under: float | None = None,
          ran: set[str] | None = None, known: baseline.Known | None = None, config: str | None = None,
          unknown_metrics: tuple = ()) -> Result:
    """The Result of an audit, in one pass over its reported findings (waivers applied).

    ``ran``: the codes of the rules that ran (None: all); an area with none of
    them is not run. ``known`` (--baseline, --diff): the findings left out of the
    list, the counts and the gate as already known; the score, the areas, the
    departments, the matrix and the conflict map still describe every finding.
    """
    model = ctx.model
    goals = len(model.goals)
    total = _Tally()  # alignment: every area but hygiene
    areas = {area_id: _Tally() for area_id, _ in AREAS.values()}
    departments = {d.id: _Tally() for d in model.departments}
    owned: dict[str, int] = {}
    for goal in model.goals:
        owned[goal.owner] = owned.get(goal.owner, 0) + 1
    by_rule: dict[str, _Tally] = {}
    for item in reported:
        if item.waived is not None:
            continue
        area, severity = item.rule.area, item.severity
        areas[area].add(severity)
        if area == HYGIENE:
            continue
        total.add(severity)
        if item.finding.department in departments:
            departments[item.finding.department].add(severity)
        tally = by_rule.get(item.rule.code)
        if tally is None:
            tally = by_rule[item.rule.code] = _Tally()
        tally.add(severity)
    overall = total.score(goals)
    with_points = []
    won: dict[str, float] = {}  # what fixing one finding wins back depends on its severity alone
    for item in reported:
        points = 0.0
        if item.waived is None and item.rule.area != HYGIENE:
            points = won.get(item.severity)
            if points is None:
                serious = total.serious - (WEIGHTS[item.severity] if item.severity != "low" else 0.0)
                low = total.low - (WEIGHTS["low"] if item.severity == "low" else 0.0)
                points = won[item.severity] = _round(formula(serious, low, goals) - overall)
        with_points.append(_with_points(item, points))
    score = _round(overall)
    catalogue = catalogue_rules()
    ran_areas = {rule.area for code, rule in catalogue.items() if code in ran} if ran is not None else set()
    fixes = ordered_fixes(by_rule, total, goals)
    matrix, conflicts = insights.build(ctx, tuple(item for item in with_points if item.waived is None))
    listed, left, compared = with_points, (), None
    if known is not None:
        listed, left, fixed = baseline.compare(with_points, known)
        new = sum(1 for item in listed if item.waived is None)
        delta = None if known.score_before is None else round(score - known.score_before, 1) + 0.0
        compared = Comparison(known.kind, known.against, new=new, known=len(left), fixed=fixed,
                              score_before=known.score_before, delta=delta)
    return Result(
        version=__version__, organization=model.organization.name,
        strategy=model.organization.strategy, as_of=ctx.as_of, root=model.root, goals=goals,
        score=score, grade=grade(score),
        areas=tuple(Part(area_id, name, _round(areas[area_id].score(goals)), areas[area_id].count,
                         ran is None or area_id in ran_areas)
                    for area_id, name in AREAS.values()),
        departments=tuple(Part(d.id, d.name, _round(departments[d.id].score(owned.get(d.id, 0))),
                               departments[d.id].count) for d in model.departments),
        findings=tuple(listed), counts=count(listed), passed=gate(listed, score, fail_on, fail_under),
        fail_on=fail_on, fail_under=fail_under, matrix=matrix, fixes=tuple(fixes), conflicts=conflicts,
        compared=compared, hygiene=hygiene_figure(goals, with_points), unknown_metrics=unknown_metrics,
        metrics=len(model.metrics), config=config, known=tuple(left), rules=tuple(catalogue.values()))
