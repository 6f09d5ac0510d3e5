"""What the goals leave unsaid, inferred once, each fact with its provenance.

spec/rules.md, "Facts the rules share": a metric's kind, experience, access,
better direction and cross-functional reach; a goal's direction and whether it
moves its metric the cheap way; CX objectives and a CX strategy; initiatives
that remove the cause of contacts. Explicit fields always win; every fact
taken from the vocabulary carries a sentence saying which words it came from,
which findings show in their ``inferred`` list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import keyresult
from . import lazyre
from . import metricname
from . import model as m
from . import reading
from .vocabulary import Vocabulary


@dataclass(frozen=True, slots=True)
class MetricFacts:
    """None is "unknown": the rules that need the fact stay quiet (spec/rules.md)."""
    kind: str | None
    experience: bool | None
    access: bool | None
    better: str | None
    cross_functional: bool | None
    cheap: str | None  # the direction that saves money, for cost metrics
    why: dict  # fact name -> provenance sentence, for inferred facts only
    demand: bool | None = None  # it counts contacts, tickets or calls customers raise

    @property
    def may_be_experience(self) -> bool:
        """Known to be one, or unknown: a rule that fires on the absence of an experience
        measure (no guardrail, no incentive, none at the top) stays quiet on an unknown one."""
        return self.experience is not False

    @property
    def unknown(self) -> tuple[str, ...]:
        """The facts a person should declare because nothing could tell them."""
        return tuple(name for name in ("kind", "experience") if getattr(self, name) is None)


@dataclass(frozen=True, slots=True)
class GoalFacts:
    direction: str | None
    direction_why: str | None
    bound: str | None = None  # "cap" or "floor" where the direction comes from a ceiling or a floor


@dataclass
class Facts:
    metrics: dict[str, MetricFacts] = field(default_factory=dict)
    goals: dict[str, GoalFacts] = field(default_factory=dict)
    cx_objectives: dict[str, str | None] = field(default_factory=dict)  # id -> why (None: explicit)
    cx_strategy: bool = False
    cx_strategy_why: str | None = None
    phases: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    vocabulary: Vocabulary | None = None
    _removes_cause: dict = field(default_factory=dict)

    def removes_cause(self, goal: m.Goal) -> tuple[bool, str | None]:
        """Does one of the goal's initiatives remove the cause of contacts or cost?

        Asked only of goals that cut the cheap way, so it is worked out on demand.
        """
        if goal.id not in self._removes_cause:
            self._removes_cause[goal.id] = initiatives_remove_cause(goal, self.vocabulary)
        return self._removes_cause[goal.id]

    def cheap_way(self, goal: m.Goal) -> tuple[bool, list[str]]:
        """Does the goal move its metric the cheap way, and which inferred facts say so."""
        metric = self.metrics.get(goal.metric) if goal.metric else None
        facts = self.goals[goal.id]
        direction = facts.direction
        if metric is None or direction not in ("increase", "decrease"):
            return False, []
        why = [facts.direction_why] if facts.direction_why else []
        if metric.kind == "cost" and not metric.access and direction == (metric.cheap or "decrease"):
            return True, why + _present(metric.why, "kind", "cheap")
        if metric.access and metric.better is not None and direction != metric.better:
            # less access (fewer hours, longer waits) saves money; more of it does not
            return True, why + _present(metric.why, "access", "better")
        return False, []

    def against_better(self, goal: m.Goal, metric_id: str | None = None) -> tuple[bool, list[str]]:
        """Does the goal move a metric opposite to its better direction."""
        metric_id = metric_id or goal.metric
        metric = self.metrics.get(metric_id) if metric_id else None
        facts = self.goals[goal.id]
        if metric is None or metric.better is None or facts.direction not in ("increase", "decrease"):
            return False, []
        if facts.direction == metric.better:
            return False, []
        why = [facts.direction_why] if facts.direction_why else []
        return True, why + _present(metric.why, "better")


def _present(why: dict, *names: str) -> list[str]:
    return [why[name] for name in names if name in why]


_ARTICLE = {"outcome": "an outcome", "output": "an output", "activity": "an activity", "cost": "a cost"}


def _source(vocabulary: Vocabulary, source: str) -> str:
    return f" (from {source})" if source else ""


def metric_facts(metric: m.Metric, vocabulary: Vocabulary, owners: tuple = ()) -> MetricFacts:
    """Explicit fields first, a team's own words second, the name's structure third.

    ``owners`` are the (name, customer_facing) of the departments owning goals on
    the metric: where the name cannot say whose measure it is, they can."""
    found: dict[str, tuple[object, str]] = {}
    for entry, phrase in vocabulary.metric_matches(metric.name):
        if metric.better is not None and entry.facts.get("better", metric.better) != metric.better:
            # the metric says which way is good and this reading of its name says the
            # opposite ("renewal" in "Average discount on renewal deals"): a misreading
            continue
        for fact, value in entry.facts.items():
            if fact not in found:
                found[fact] = (value, f"name matches '{phrase}'{_source(vocabulary, entry.source)}")
    reading = _read_name(metric.name, metric.unit, owners, metric.better)
    for fact, value in reading.facts.items():
        if fact not in found and value is not None:
            found[fact] = (value, reading.why.get(fact, "name reads so"))
    why: dict[str, str] = {}
    mid = metric.id

    def take(fact: str, explicit, sentence):
        if explicit is not None:
            return explicit
        if fact in found:
            value, basis = found[fact]
            text = sentence(value)
            if text:
                why[fact] = f"{text}: {basis}"
            return value
        return None

    kind = take("kind", metric.kind, lambda v: f"metric '{mid}' is {_ARTICLE[v]} metric")
    experience = take("experience", metric.experience,
                      lambda v: f"metric '{mid}' is {'' if v else 'not '}an experience measure")
    access = take("access", None, lambda v: f"metric '{mid}' is an access measure" if v else "")
    better = take("better", metric.better, lambda v: f"better for metric '{mid}' is {v}")
    demand = take("demand", None, lambda v: f"metric '{mid}' counts demand customers raise" if v else "")
    cheap = None
    if kind == "cost":
        cheap = take("cheap", None, lambda v: f"the cheap way for metric '{mid}' is {v}") or "decrease"
        if better is None:
            better = cheap
            why["better"] = f"better for metric '{mid}' is {cheap}: it is a cost"
    if metric.influenced_by is not None:
        cross = len(set(metric.influenced_by)) >= 2
    else:
        cross = take("cross_functional", None,
                     lambda v: f"metric '{mid}' is cross-functional" if v else "")
    return MetricFacts(kind, experience, access, better, cross, cheap, why, demand)


@lru_cache(maxsize=8192)
def _read_name(name: str, unit: str | None, owners: tuple, better: str | None):
    return metricname.builtin().analyse(name, unit, owners, better)


def _number(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def initiatives_remove_cause(goal: m.Goal, vocabulary: Vocabulary) -> tuple[bool, str | None]:
    for initiative in goal.initiatives:
        cause = vocabulary.removes_cause.find(initiative)
        if cause and not vocabulary.blocks_access.find(initiative):
            source = vocabulary.sources.get(("initiatives", cause[0]), "")
            return True, (f"an initiative of goal '{goal.id}' removes the cause: "
                          f"'{initiative}' matches '{cause[0]}'{_source(vocabulary, source)}")
    return False, None


def goal_facts(goal: m.Goal, metric: MetricFacts | None = None, share: bool = False) -> GoalFacts:
    """A goal's direction: as written; else from baseline to target; else from a
    ceiling or a floor (reading.py) in the target ("<= 10%") or the title ("Keep
    support margin below 10% of ARR"), ``maintain`` when the baseline already
    meets it or when, with no period, due or baseline, it is a standing KPI's limit.
    A title that starts "Maintain", "Keep", "Hold" or "Sustain" says maintain. A bound read from the title that would move the metric against its
    better direction is a qualifier misread ("Resolve tickets within 4 hours" on
    a resolution rate), so it gives no direction; so is a time limit ("within 5
    minutes") on a metric counted in percent: it times each case, it bounds no share.

    ``share``: the goal's metric is counted in percent. A year's share of cases met within a
    time limit ("Our goal is to respond to calls in the agent queue within two minutes", 80%,
    last year 81%) whose target is below the baseline, and whose title asks no change, is a
    service standard's floor already met: ``maintain``, not a cut (``_share_within_limit``)."""
    direction, direction_why = goal.direction, None
    if direction is not None:
        return GoalFacts(direction, None)
    baseline, target = goal.baseline, goal.target
    numeric_baseline = isinstance(baseline, (int, float))
    if goal.previous_target is not None and goal.target_text is None and isinstance(target, (int, float)):
        return _standard_moved(goal)
    if goal.target_text is None and numeric_baseline and isinstance(target, (int, float)):
        direction = _way(baseline, target)
        direction_why = (f"goal '{goal.id}' direction is {direction}: target {_number(target)} "
                         f"is {_RELATION[direction]} baseline {_number(baseline)}")
        held = _standard_held(goal, metric, direction) or _share_within_limit(goal, share, direction)
        return held or GoalFacts(direction, direction_why)
    held = _HOLD.match(goal.title)
    if held is None:  # the cheap anchored test first: most titles do not start "continue to"
        held = _CONTINUE.match(goal.title)
        if held is not None and not reading.sets_bound(goal.title):
            held = None
    if held:
        return GoalFacts("maintain", f"goal '{goal.id}' direction is maintain: its title says "
                                     f"'{' '.join(held[0].split())}'", reading.sets_bound(goal.title))
    bound, source = None, None
    if goal.target_text is not None:
        read = reading.read_target(goal.target_text)
        bound, source = (read.bound if read else None), f"target '{goal.target_text}'"
    standing = goal.due is None and not goal.period and not numeric_baseline
    if bound is None:
        found = reading.title_bound(goal.title)
        if found is not None and share and found.words == "within" and keyresult.meets_time_limit(
                goal.title, number_words=True):
            # the cases' time limit on a share of them ("General calls answered within 5 minutes",
            # unit % of calls: the ATO's service commitments), not a ceiling on the share
            found = None
        if found is not None and (not isinstance(target, (int, float)) or found.value == target):
            moving = "decrease" if found.kind == "cap" else "increase"
            if standing or metric is None or metric.better is None or metric.better == moving or (
                    numeric_baseline and found.value is not None and _meets(found, baseline)):
                bound, source = found, f"title '{' '.join(goal.title.split())}'"
    if bound is None:
        return GoalFacts(None, None)
    line = "ceiling" if bound.kind == "cap" else "floor"
    if numeric_baseline and bound.value is not None and _meets(bound, baseline):
        direction = "maintain"
        tail = f", which baseline {_number(baseline)} already meets"
    elif standing:
        direction = "maintain"  # a scorecard's standing limit: a level to hold, not a cut to make
        tail = " with no period: a standing level to hold"
    else:
        direction = "decrease" if bound.kind == "cap" else "increase"
        tail = ""
    return GoalFacts(direction, f"goal '{goal.id}' direction is {direction}: its {source} sets a {line} "
                                f"('{bound.phrase}'){tail}", bound.kind)


_HOLD = lazyre.compile(r"^\s*(?:(?:we|the team|our team)\s+(?:will\s+)?)?(?:maintain|keep|hold|sustain)\b", re.IGNORECASE)
# "We continue to engage engineering no more than 10% of the time": a bound already kept, held
# (read only where the title sets a bound; "continue to grow" is a change, not a level held)
_CONTINUE = lazyre.compile(r"^\s*(?:(?:we|the team|our team)\s+(?:will\s+)?)?continue\s+to\s+(?!(?:improv|increas|rais|grow|"
                       r"boost|expand|doubl|reduc|lower|cut|decreas|halv|shrink|drop|achiev|reach|driv|accelerat|"
                       r"scal|lift|get|maximi|minimi)\w*)\w+", re.IGNORECASE)


def _standard_moved(goal: m.Goal) -> GoalFacts:
    """A budget book's target is a standard set each period beside last period's target and
    actual. The plan moves the metric only where the target moves from both the same way (a
    standard lowered below what was achieved: 84% on time after 95% asked and 89% done); a
    standard kept, or one moved toward what was achieved (asked 15 minutes, waited 10, now 13;
    asked 80%, got 55%, now 70%), holds service where it was promised: maintain."""
    previous, target, baseline = goal.previous_target, goal.target, goal.baseline
    from_previous = _way(previous, target)
    from_baseline = _way(baseline, target) if isinstance(baseline, (int, float)) else None
    said = f"goal '{goal.id}' direction is {{}}: target {_number(target)} is "
    if from_baseline in (None, from_previous):
        tail = "" if from_baseline is None else f" and baseline {_number(baseline)}"
        return GoalFacts(from_previous, said.format(from_previous)
                         + f"{_RELATION[from_previous]} previous_target {_number(previous)}{tail}")
    if from_previous == "maintain":
        why = f"previous_target {_number(previous)}: the standard of the period before, kept"
    elif from_baseline == "maintain":
        why = f"baseline {_number(baseline)}: the standard moved to what was achieved"
    else:
        why = (f"between baseline {_number(baseline)} and previous_target {_number(previous)}: the standard "
               "moved toward what was achieved, no change planned against either")
    return GoalFacts("maintain", said.format("maintain") + why)


_RELATION = {"increase": "above", "decrease": "below", "maintain": "equal to"}


def _way(start: float, end: float) -> str:
    return "increase" if end > start else "decrease" if end < start else "maintain"


def _standard_held(goal: m.Goal, metric: MetricFacts | None, direction: str) -> GoalFacts | None:
    """A target worse than the baseline, where the title states it as a standard the
    baseline already meets ("90% of customers are satisfied ..." at 98.3% last year;
    "Keep abandonment below 5%" at 3%): a minimum held, ``maintain``, not a cut. A title
    that says the number moves ("from 80%", "->", "let ... drift") keeps the numbers' reading."""
    better = metric.better if metric is not None else None
    if better not in ("increase", "decrease") or direction not in ("increase", "decrease") or direction == better:
        return None
    found = reading.standard_in_title(goal.title, float(goal.target), "floor" if better == "increase" else "cap")
    if found is None or not _meets(found, float(goal.baseline)):
        return None
    line = "floor" if found.kind == "floor" else "ceiling"
    return GoalFacts("maintain", f"goal '{goal.id}' direction is maintain: its title sets a {line} "
                                 f"('{found.phrase}') at target {_number(goal.target)}, which baseline "
                                 f"{_number(goal.baseline)} already meets", found.kind)


def _share_within_limit(goal: m.Goal, share: bool, direction: str) -> GoalFacts | None:
    """A target below the baseline on the share of a year's cases met within a time limit
    (the title names the limit, "within two minutes", "within 30 seconds"; the metric is
    counted in percent; the period is a year or more), where the title asks no change: the
    standard a service publishes each year ("The CRA aims to meet this standard 80% of the
    time"), a floor last year's result already meets, held, not cut. A quarter's service
    level dropped (90% to 80% within 20 seconds) or a title that moves it ("Lower ...",
    "from 90%") keeps the numbers' reading."""
    if direction != "decrease" or not share or not goal.period:
        return None
    title = goal.title
    if not keyresult.meets_time_limit(title, number_words=True) or keyresult.asks_change(title):
        return None
    period = reading.read_period(goal.period)
    if period is None or (period.end - period.start).days < 360:
        return None
    return GoalFacts("maintain", f"goal '{goal.id}' direction is maintain: target {_number(goal.target)} is "
                                 f"the share of a year's cases to meet the title's time limit, a floor "
                                 f"baseline {_number(goal.baseline)} already meets", "floor")


def _in_percent(metric: m.Metric | None) -> bool:
    return metric is not None and reading.counted_in_percent(metric.unit, metric.name)


def _meets(bound: reading.Bound, baseline: float) -> bool:
    return baseline <= bound.value if bound.kind == "cap" else baseline >= bound.value


def _owners(model: m.Model) -> dict[str, tuple]:
    """metric id -> (name, customer_facing) of the departments owning goals on it, sorted."""
    departments = {d.id: (d.name or d.id, bool(d.customer_facing)) for d in model.departments}
    found: dict[str, set] = {}
    for goal in model.goals:
        if goal.metric and goal.owner in departments:
            found.setdefault(goal.metric, set()).add(departments[goal.owner])
    return {metric: tuple(sorted(owners)) for metric, owners in found.items()}


def infer(model: m.Model, vocabulary: Vocabulary) -> Facts:
    facts = Facts(vocabulary=vocabulary)
    owners = _owners(model)
    facts.metrics = {metric.id: metric_facts(metric, vocabulary, owners.get(metric.id, ()))
                     for metric in model.metrics}
    metrics = facts.metrics
    by_id = {metric.id: metric for metric in model.metrics}
    facts.goals = {goal.id: goal_facts(goal, metrics.get(goal.metric) if goal.metric else None,
                                       _in_percent(by_id.get(goal.metric)) if goal.metric else False)
                   for goal in model.goals}
    for objective in model.objectives:
        if objective.customer_experience is not None:
            if objective.customer_experience:
                facts.cx_objectives[objective.id] = None
            continue
        phrase = vocabulary.is_cx_text(objective.title)
        where = "title"
        if phrase is None:
            phrase, where = vocabulary.is_cx_text(objective.description), "description"
        if phrase is not None:
            source = vocabulary.sources.get(("cx_objective", phrase), "")
            facts.cx_objectives[objective.id] = (
                f"objective '{objective.id}' is a CX objective: {where} matches '{phrase}'"
                f"{_source(vocabulary, source)}")
            continue
        for metric_id in objective.measured_by:
            metric = facts.metrics.get(metric_id)
            if metric is not None and metric.experience:
                reason = metric.why.get("experience")
                facts.cx_objectives[objective.id] = (
                    f"objective '{objective.id}' is a CX objective: it is measured by "
                    f"experience metric '{metric_id}'" + (f" ({reason})" if reason else ""))
                break
    if facts.cx_objectives:
        facts.cx_strategy = True
        first = next(iter(facts.cx_objectives))
        reason = facts.cx_objectives[first]
        facts.cx_strategy_why = (f"the organisation has a CX strategy: objective '{first}' is a CX objective"
                                 if reason is None else f"the organisation has a CX strategy: {reason}")
    else:
        phrase = vocabulary.is_cx_text(model.organization.strategy)
        if phrase is not None:
            facts.cx_strategy = True
            facts.cx_strategy_why = f"the organisation has a CX strategy: the strategy text matches '{phrase}'"
    for stage in model.journey:
        if stage.phase is not None:
            facts.phases[stage.id] = (stage.phase, None)
            continue
        found = vocabulary.phase_words.find(stage.name)
        if found:
            phase = vocabulary.phases[found[0]]
            facts.phases[stage.id] = (phase, f"journey stage '{stage.id}' is {phase}: name matches '{found[0]}'")
        else:
            facts.phases[stage.id] = (None, None)
    return facts
