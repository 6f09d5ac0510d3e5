"""1xx Strategy linkage: goals that serve no objective, objectives nobody serves,
cascades that contradict their parent or share nothing with it, departments
pulling one metric apart, goals written twice, a plan with no customer outcome
at the top."""

from __future__ import annotations

import re
from bisect import insort
from functools import lru_cache

from .. import lazyre
from ..finding import Finding
from ..index import Context
from .. import keyresult, lemmatise, metricname, words
from . import about_goal, and_list, check, first_of_each, unique


DEPARTMENT_FOLD = 3  # a department's items, every one lacking the same, that are one fact about it
SHOWN_IDS = 5  # at most, the other ids a department's one finding names; the rest are counted
SHOWN_CHARS = 100  # and no more of them than fit this many characters (a message quotes 120)


def _named(ids: list[str]) -> str:
    """' ('a', 'b' and 'c')', or as many of the first ids as fit and how many more."""
    if not ids:
        return ""
    shown: list[str] = []
    for item in ids[:SHOWN_IDS]:
        if shown and len(", ".join(shown + [f"'{item}'"])) > SHOWN_CHARS:
            break
        shown.append(f"'{item}'")
    if len(shown) < len(ids):
        return f" ({', '.join(shown)} and {len(ids) - len(shown):,} more)"
    return f" ({and_list(shown)})"


def _every_one(ctx: Context, items, lacking: set[str]) -> dict:
    """Owner -> its items by id, for the owners (a department, or None for
    the organisation's own) with DEPARTMENT_FOLD items or more that all lack what the
    rule asks (their ids in ``lacking``): for these, one finding says it of the owner."""
    by_owner: dict = {}
    for item in items:
        by_owner.setdefault(item.owner if item.owner in ctx.departments else None, []).append(item)
    # by id, not by file order: moving goals between files must not change what is said
    return {owner: sorted(owned, key=lambda item: item.id) for owner, owned in by_owner.items()
            if len(owned) >= DEPARTMENT_FOLD and all(item.id in lacking for item in owned)}


def _whose(ctx: Context, owner: str | None) -> str:
    return f"of {ctx.department_name(owner)}" if owner else "of the organisation"


@check("GC101")
def orphan_goal(ctx: Context):
    """Goals that serve no objective, one finding each. Where the audited files hold
    no objective at all (a KPI scorecard, one department's file audited alone), every
    goal is an orphan for the same reason: one finding on the organisation says so,
    at the first of them, instead of one per goal. Where every goal of one department
    (DEPARTMENT_FOLD or more) is an orphan, that is one fact about the department (its
    section names no objective), not one per goal: one finding on the department, at
    its first goal, naming the others. Where only some of a department's goals are
    orphans, each is its own finding."""
    orphans = []
    for goal in ctx.model.goals:
        if ctx.supports.get(goal.id):
            continue
        if any(parent not in ctx.goals for parent in goal.parents):
            continue  # a parent names nothing (GC001): what it serves is unknown
        orphans.append(goal)
    if not ctx.model.objectives and len(orphans) >= 2:
        first = orphans[0]
        others = len(orphans) - 1
        yield Finding("GC101", None, "organization", None, first.where.of(),
                      {"goal": first.id, "title": first.title,
                       "others": f" and the {others:,} other goal{'s' if others > 1 else ''}", "goals": "",
                       "serves": "support", "whose": "their",
                       "why": ": the audited files define no objectives at all",
                       "first": "Write down the objectives these goals serve (objectives:), or audit the goals "
                                "with the files that hold them. ",
                       "which": "each goal"},
                      facts=("no objectives",))
        return
    folded = _every_one(ctx, (goal for goal in ctx.model.goals if goal.owner in ctx.departments),
                        {goal.id for goal in orphans})
    cascaded, claimed = _cascades(orphans, {goal.id for owned in folded.values() for goal in owned})
    for goal in orphans:
        if goal.id in claimed:
            continue  # an orphan only through the goal it was cascaded from: that goal's finding names it
        owned = folded.get(goal.owner)
        if owned is None:
            below = cascaded.get(goal.id)
            yield about_goal("GC101", ctx, goal, {
                "title": goal.title,
                "others": (f" and the {len(below):,} goals" if len(below) > 1 else " and the goal") + " cascaded from it"
                if below else "",
                "goals": _named([g.id for g in below]) if below else "",
                "serves": "support" if below else "supports", "whose": "their" if below else "its",
                "why": "", "first": "", "which": f"'{goal.id}'"})
        elif goal is owned[0]:
            name = ctx.department_name(goal.owner)
            yield Finding("GC101", goal.owner, "department", goal.owner, goal.where.of(),
                          {"goal": goal.id, "title": goal.title,
                           "others": f" and the other {len(owned) - 1:,} of the {len(owned):,} goals {_whose(ctx, goal.owner)}",
                           "goals": _named([g.id for g in owned[1:]]),
                           "serves": "support", "whose": "their",
                           "why": ": not one goal of the department names an objective",
                           "first": f"Say which objectives the goals of {name} serve. ",
                           "which": "each goal"},
                          facts=("every goal",))


def _cascades(orphans: list, apart: set[str]) -> tuple[dict, set[str]]:
    """The orphans cascaded from an orphan: a goal whose parent goals serve nothing
    serves nothing only through them, and naming the objective of the goal at the top
    (the one with no parent) mends the whole cascade: one missing link, one finding,
    on that goal, naming the goals below it. Returns that goal's id -> the orphans
    below it (by id; each under the first such goal by id that reaches it), and the
    ids of every orphan so named. Goals in ``apart`` (in a department's one finding)
    are left to it; orphans in a loop of parents with no top stay findings of their own."""
    children: dict[str, list] = {}
    for goal in orphans:
        for parent in dict.fromkeys(goal.parents):
            children.setdefault(parent, []).append(goal)
    cascaded: dict[str, list] = {}
    claimed: set[str] = set()
    for goal in sorted(orphans, key=lambda g: g.id):  # by id: a goal below two tops goes to the same one in any order
        if goal.parents or goal.id in apart or goal.id not in children:
            continue
        below, queue = [], [goal.id]
        while queue:
            for child in children.get(queue.pop(), ()):
                if child.id not in claimed and child.id not in apart:
                    claimed.add(child.id)
                    below.append(child)
                    queue.append(child.id)
        if below:
            cascaded[goal.id] = sorted(below, key=lambda g: g.id)
    return cascaded, claimed


@check("GC102")
def uncovered_objective(ctx: Context):
    """Objectives no goal works towards, one finding each. Where every objective of
    one owner (a department's, or the organisation's own; DEPARTMENT_FOLD or more) has
    none, that is one fact about the plan (its objectives are listed, the goals for
    them set elsewhere or not at all): one finding on the department, or on the
    organisation, at the first of them, naming the others."""
    covered: set[str] = set()
    for served in ctx.supports.values():
        covered.update(served)
    # an objective is covered when one of its child objectives is (up the parent links)
    for objective_id in list(covered):
        seen = set()
        node = ctx.objectives.get(objective_id)
        while node is not None and node.parent and node.parent not in seen:
            seen.add(node.parent)
            covered.add(node.parent)
            node = ctx.objectives.get(node.parent)
    uncovered = [o for o in ctx.model.objectives if o.id not in covered]
    folded = _every_one(ctx, ctx.model.objectives, {o.id for o in uncovered})
    for objective in uncovered:
        owner = objective.owner if objective.owner in ctx.departments else None
        owned = folded.get(owner)
        if owned is None:
            yield Finding("GC102", objective.id, "objective", None, objective.where.of(),
                          {"objective": objective.id, "title": objective.title, "others": "", "objectives": "",
                           "has": "has", "it": "it", "which": f"objective '{objective.id}'"})
        elif objective is owned[0]:
            yield Finding("GC102", owner, "department" if owner else "organization", owner,
                          objective.where.of(),
                          {"objective": objective.id, "title": objective.title,
                           "others": f" and the other {len(owned) - 1:,} of the {len(owned):,} objectives "
                                     f"{_whose(ctx, owner)}",
                           "objectives": _named([o.id for o in owned[1:]]),
                           "has": "have", "it": "any of them", "which": "each of these objectives"},
                          facts=("every objective",))


@check("GC103")
def cascade_drift(ctx: Context):
    facts = ctx.facts
    for goal in ctx.model.goals:
        direction = facts.goals[goal.id].direction
        if direction not in ("increase", "decrease"):
            continue
        drifted = False
        for parent_id in dict.fromkeys(goal.parents):
            parent = ctx.goals.get(parent_id)
            if parent is None or not parent.metric or parent.metric != goal.metric:
                continue
            parent_direction = facts.goals[parent.id].direction
            if parent_direction in ("increase", "decrease") and parent_direction != direction:
                why = unique([facts.goals[goal.id].direction_why, facts.goals[parent.id].direction_why])
                yield about_goal("GC103", ctx, goal, {"metric": ctx.metric_name(goal.metric),
                               "direction": direction,
                               "against": f"its parent goal '{parent.id}', which aims to {parent_direction} it"},
                              why, facts=("parent", parent.id))
                drifted = True
                break  # one finding a goal: the first parent it contradicts
        if drifted:
            continue
        if not goal.metric:
            continue
        against, why = facts.against_better(goal)
        if not against:
            continue  # asked first: most goals move their metric the better way
        for objective_id in sorted(ctx.supports.get(goal.id, ())):
            objective = ctx.objectives.get(objective_id)
            if objective is None or goal.metric not in objective.measured_by:
                continue
            better = facts.metrics[goal.metric].better
            yield about_goal("GC103", ctx, goal, {"metric": ctx.metric_name(goal.metric),
                           "direction": direction,
                           "against": f"objective '{objective.id}', which this metric measures "
                                      f"and where {better} is better"},
                          unique(why), facts=("objective", objective.id))
            break


PAIRS_PER_GOAL = 5  # beyond this, the last finding of a goal counts the other rivals


class _Pool:
    """Goals pushing one way on a metric, kept by owner, so that the rivals of a
    goal (the pool's goals of other departments) are found without a loop over
    every goal: the cost is bounded by the number of departments.

    The rivals a finding names are the first by id, never by file order: with more
    than PAIRS_PER_GOAL of them, which ones are named must not move when goals move
    between files (the report does not depend on where goals are written)."""

    def __init__(self) -> None:
        self.total = 0
        self.by_owner: dict[str, list] = {}  # owner -> [its count, then its first goals by id]

    def add(self, goal) -> None:
        self.total += 1
        kept = self.by_owner.setdefault(goal.owner, [0])
        kept[0] += 1
        if len(kept) <= PAIRS_PER_GOAL or goal.id < kept[-1].id:
            insort(kept, goal, lo=1, key=lambda g: g.id)
            del kept[PAIRS_PER_GOAL + 1:]  # the owner's first PAIRS_PER_GOAL goals by id

    def rivals(self, goal):
        """The first rivals of ``goal`` by id, and how many it has in all."""
        count = self.total - self.by_owner.get(goal.owner, [0])[0]
        if not count:
            return [], 0
        found = [g for owner, kept in self.by_owner.items() if owner != goal.owner for g in kept[1:]]
        found.sort(key=lambda g: g.id)
        return found[:PAIRS_PER_GOAL], count


@check("GC104")
def opposing_targets(ctx: Context):
    """One finding per opposing pair of goals. Where one goal has more than
    PAIRS_PER_GOAL rivals, its last finding counts the rest, so that many goals
    on one metric cannot make the number of findings grow with its square; and
    where one department has more than GOALS_PER_OWNER goals pulling against
    others on one metric, its first GOALS_PER_OWNER of them by id get their
    findings and the last of those counts the rest, so that the findings grow
    with metrics times departments, not with goals."""
    facts = ctx.facts
    for metric_id, goals in ctx.goals_by_metric.items():
        moving = [g for g in goals if facts.goals[g.id].direction in ("increase", "decrease")]
        if len(moving) < 2 or len({facts.goals[g.id].direction for g in moving}) < 2:
            continue
        moving.sort(key=lambda g: g.order)
        metric = facts.metrics.get(metric_id)
        better = metric.better if metric else None
        pools = {"increase": _Pool(), "decrease": _Pool()}
        against = []  # (goal, its first rivals, how many it has), in file order
        if better is not None:
            pool = pools[better]
            for goal in moving:
                if facts.goals[goal.id].direction == better:
                    pool.add(goal)
            # the pool is complete before the first rival is asked for: a goal's rivals
            # depend on its owner alone, so they are worked out once an owner
            by_owner: dict[str, tuple] = {}
            for goal in moving:
                if facts.goals[goal.id].direction != better:
                    found = by_owner.get(goal.owner)
                    if found is None:
                        found = by_owner[goal.owner] = pool.rivals(goal)
                    if found[1]:
                        against.append((goal, *found))
            better_why = metric.why.get("better")
        else:  # better unknown: the later goal of each pair is the subject
            for goal in moving:
                direction = facts.goals[goal.id].direction
                opposite = "decrease" if direction == "increase" else "increase"
                rivals, count = pools[opposite].rivals(goal)
                if count:
                    against.append((goal, rivals, count))
                pools[direction].add(goal)
            better_why = None
        left_out, counted = _per_owner(ctx, against)
        for position, (goal, rivals, count) in enumerate(against):
            if position not in left_out:
                yield from _pairs(ctx, goal, rivals, count, metric_id, better_why, counted.get(position, 0))


def _per_owner(ctx: Context, against) -> tuple[set[int], dict[int, int]]:
    """Of the goals in ``against`` (by position), those left out and, for the last one
    named of each department pulling one way, how many of its goals it counts: a
    department's first GOALS_PER_OWNER by id, as the rivals are (``first_of_each``)."""
    facts = ctx.facts
    groups: dict[tuple, list[int]] = {}
    for position, (goal, _, _) in enumerate(against):
        groups.setdefault((goal.owner, facts.goals[goal.id].direction), []).append(position)
    return first_of_each(groups.values(), key=lambda p: (against[p][0].id, p))


def _pairs(ctx: Context, goal, rivals, count, metric_id, better_why, others=0):
    for number, other in enumerate(rivals, 1):
        last = number == len(rivals)
        more = count - len(rivals) if last else 0
        yield _opposing(ctx, goal, other, more, metric_id, better_why, others if last else 0)


def _opposing(ctx: Context, goal, other, more, metric_id, better_why, others=0):
    facts = ctx.facts
    why = unique([facts.goals[goal.id].direction_why, facts.goals[other.id].direction_why, better_why])
    # the goals of the subject's department past GOALS_PER_OWNER, counted on its last finding
    others = (f"; {others} more goal{'s' if others > 1 else ''} of {ctx.department_name(goal.owner)}"
              f" would {facts.goals[goal.id].direction} it too") if others else ""
    return about_goal("GC104", ctx, goal, {"metric": ctx.metric_name(metric_id),
                    "direction": facts.goals[goal.id].direction,
                    "other": other.id, "other_department": ctx.department_name(other.owner),
                    "other_direction": facts.goals[other.id].direction,
                    "more": f" (and {more} more goal{'s' if more > 1 else ''})" if more else "",
                    "others": others},
                   why, facts=("against", other.id), identity=tuple(sorted((goal.id, other.id))))


_CUSTOMER_WORDS = frozenset({"customer", "customers", "client", "clients"})
# of the lexicon's words for the people a measure is about (its `customer` class), those that
# name no people in an objective's title ("Own the home of open source", "Go public")
_NO_PEOPLE = frozenset({"property", "premise", "home", "owner", "host", "public", "fan", "site"})


@lru_cache(maxsize=1)
def _people_served() -> frozenset[str]:
    """The one-word names of the people served, from the metric analyser's lexicon
    (residents, patients, borrowers, veterans, students, passengers ...), as lemmas."""
    return frozenset(words_[0] for words_ in metricname.builtin().classes["customer"]
                     if len(words_) == 1 and words_[0] not in _NO_PEOPLE)


# a word and what follows it, apostrophes kept: "Borrowers’ Access", "residents' homes"
_WORD = lazyre.compile(r"[A-Za-z][\w-]*(?:['’]s?(?=\W|$))?")
# the words that make the people named after them the ones the objective is for: "Promote
# Economic Opportunity for HUD-Assisted Residents", "Care that works with patients"
_FOR = frozenset({"for", "to", "with", "among", "serving", "serve"})


def _names_customers(ctx: Context, title: str) -> bool:
    """An objective titled for the customers ("Accelerate customer initiatives"), or for the
    people it serves by another name, gives them a place at the top, even where its
    measures are not known experience measures: GC108 stays quiet rather than argue with
    it. Another name (the metric analyser's lexicon of the people served: residents,
    patients, borrowers, veterans ...) counts where the title says the objective is theirs
    or for them: a possessive ("Improve Borrowers’ Access to Quality Customer Service") or
    "for" / "to" / "with" up to three words before ("Promote Economic Opportunity for
    HUD-Assisted Residents"). People counted ("Grow monthly active users to one million")
    are adoption, not what they feel."""
    if not _CUSTOMER_WORDS.isdisjoint(ctx.text(title).tokens):
        return True
    served = _people_served()
    found = _WORD.findall(title)
    for index, word in enumerate(found):
        possessive = word[-1] in "'’" or word[-2:] in ("'s", "’s")
        bare = word.rstrip("'’s") if possessive else word
        if lemmatise.lemma(bare.lower()) not in served and lemmatise.lemma(word.lower()) not in served:
            continue
        if possessive or not _FOR.isdisjoint(w.lower() for w in found[max(0, index - 4):index]):
            return True
    return False


# an objective that states a quantity states its own result ("Grow ARR to 40m", "Reach 20%
# operating margin", "Cut churn by 2 points", "Ship 3 features"); a number in a name ("Call 4
# Concern", "Q3") is none
_STATES_RESULT = lazyre.compile(
    r"^\s*[a-z]+\s+[$€£¥]?\d|\b(?:to|by|of|at|reach|reaches|hit|over|under|above|below|than)\s+[$€£¥]?\d"
    r"|\d(?:[\d,]*\.?\d*)\s*(?:%|[kmb]\b|x\b|million\b|billion\b|points?\b|pp\b)", re.IGNORECASE)


@check("GC108")
def no_customer_outcome_at_top(ctx: Context):
    """The top of the plan says nothing about customers: no top-level objective is a
    CX objective and no org-level goal is on an experience measure. Unlike GC203 it
    needs no ``customer_facing`` flags, so it holds for any organisation.

    The top is the company's objectives (no parent, no owner). Where every objective
    is some department's, as in OKRs where the CEO writes the company's, it is those of
    the departments that set org-level goals; only where none does is it every objective
    without a parent (a department's own customer objective under no company one does
    not put customers at the top).

    A top objective that names no measure (no ``measured_by``, no quantity in its title:
    a theme, not "Grow ARR to 40m") is measured by the goals that support it directly,
    as a council plan's theme ("One Council") is by the indicators under it: one of them
    on an experience measure (residents' satisfaction, a contact centre's wait) puts the
    customer at the top. Under an objective that states its own result, such a goal is
    a means to it, and only an org-level goal counts."""
    top = [o for o in ctx.model.objectives if not o.parent]
    if not top:
        return
    if all(o.owner for o in top):
        leaders = {goal.owner for goal in ctx.model.goals if goal.level == "org"}
        top = [o for o in top if o.owner in leaders] or top
    else:
        top = [o for o in top if not o.owner]
    facts = ctx.facts
    if any(o.id in facts.cx_objectives or _names_customers(ctx, o.title) for o in top):
        return
    unmeasured = {o.id for o in top if not o.measured_by and not _STATES_RESULT.search(o.title)}
    for goal in ctx.model.goals:
        if goal.metric and (goal.level == "org" or not unmeasured.isdisjoint(goal.supports)):
            metric = facts.metrics.get(goal.metric)
            if metric is not None and metric.may_be_experience:
                return
    shown = and_list(f"'{o.id}'" for o in top[:3])
    if len(top) > 3:
        shown = f"{', '.join(repr(o.id) for o in top[:3])} and {len(top) - 3} more"
    yield Finding("GC108", None, "organization", None, ctx.model.organization.where.key("organization"),
                  {"count": len(top), "objectives": shown,
                   "plural": "s" if len(top) > 1 else "", "verb": "is" if len(top) == 1 else "are"},
                  facts=tuple(o.id for o in top))


SHOWN_COPIES = 3  # earlier copies a GC106 message names; the rest are counted


@check("GC106")
def duplicate_goal(ctx: Context):
    """A goal that says again what an earlier goal says: the same owner, metric and
    direction, or the same title once numbers, placeholders and case are dropped, or
    a longer title of the same owner that restates another's whole (``_restated``).

    By title, a copy is on the same measure (metrics of the same name) or on none: two
    standards worded alike on two services' measures are two goals; and it sets the same
    time limits: one measure's tiers ("within 4 months", "within 12 months") are two.
    By metric, a copy is the same commitment in every field but its words (the
    same baseline and target, co-owners, level and appraisal): two goals of one
    owner on one metric with different numbers are segments or stages ("Business
    line: AHT 420 to 380" beside the overall AHT goal), not copies.
    Goals of different periods or due dates are a sequence, not copies; a goal
    cascaded from a copy by a different owner is that owner's piece of it. A
    title needs two words left to be compared. One finding per later copy, naming
    the earlier ones (linear: goals are grouped by key, never compared pairwise).
    """
    facts = ctx.facts.goals
    groups: dict[tuple, list] = {}
    stop = words.STOP
    # each goal's title, as compared: its key, on the same measure (metrics of the same name) or none;
    # two standards worded alike on two measures ("Our goal is to respond to calls in the queue within
    # two minutes", for two services' phone lines) are two goals
    titled: list = []
    seen: dict[tuple, int] = {}
    measures: dict[str, str] = {}  # metric id -> its name as compared, once a metric
    for goal in ctx.model.goals:
        key = ctx.title(goal).key
        left = 0  # "Goal 1" and "Goal 2", "Hire 2" and "Hire 3": too little left to be the same goal
        for word in key.split():
            if word.isalpha() and word not in stop:
                left += 1
                if left == 2:
                    break
        if left < 2:
            titled.append(None)
            continue
        measure = measures.get(goal.metric) if goal.metric else None
        if measure is None and goal.metric:
            measure = measures[goal.metric] = " ".join((ctx.metric_name(goal.metric) or "").lower().split())
        same = ("title", key, measure, goal.period or "", goal.due)
        titled.append(same)
        seen[same] = seen.get(same, 0) + 1
    for goal, same in zip(ctx.model.goals, titled):
        when = (goal.period or "", goal.due)
        direction = facts[goal.id].direction
        if goal.metric and direction is not None:
            # the same commitment in every field but its words: a segment, a stage or a
            # review target differs in its numbers, co-owners, level or appraisal
            commitment = ("metric", goal.owner, tuple(sorted(set(goal.co_owners))) if goal.co_owners else (),
                          goal.metric, direction, goal.baseline, goal.target, goal.level, goal.appraisal) + when
            group = groups.get(commitment)
            if group is None:
                groups[commitment] = [goal]
            else:
                group.append(goal)
        if same is not None:
            # one measure's tiers ("finalised within 4 months", 50%; "within 12 months", 90%: the
            # ATO's superannuation guarantee notifications) differ in the limit the key drops; read
            # only where two titles meet (a title met once is no copy whatever its limits)
            limits = keyresult.time_limits(goal.title) if seen[same] > 1 else None
            key = same[:3] + (limits,) + same[3:]
            group = groups.get(key)
            if group is None:
                groups[key] = [goal]
            else:
                group.append(goal)
    # goal id -> (its first earlier copies: id -> how, how many earlier copies in all)
    earlier: dict[str, tuple[dict, int]] = {}
    for key, goals in groups.items():
        if len(goals) < 2:
            continue
        members = {goal.id for goal in goals}
        # a goal cascaded from a copy by another owner is that owner's piece, not a copy
        goals = [goal for goal in goals if not any(
            parent in members and parent != goal.id and ctx.goals[parent].owner != goal.owner
            for parent in goal.parents)]
        how = ("the same title" if key[0] == "title"
               else "the same owner, metric, direction and target")
        for number, goal in enumerate(goals[1:], 1):
            named, total = earlier.get(goal.id, ({}, 0))
            for other in goals[:min(number, SHOWN_COPIES + 1)]:
                named.setdefault(other.id, how)
            # a goal copied by title and by metric: the larger count (the copies overlap)
            earlier[goal.id] = (named, max(total, number))
    for container, copied in _restated(ctx):
        named, total = earlier.get(container.id, ({}, 0))
        named.setdefault(copied.id, "its title restates the whole of the other's")
        earlier[container.id] = (named, max(total, len(named)))
    for goal in ctx.model.goals:
        if goal.id not in earlier:
            continue
        named, total = earlier[goal.id]
        ordered = sorted(named, key=lambda goal_id: ctx.goals[goal_id].order)
        first = ctx.goals[ordered[0]]
        also = ordered[1:SHOWN_COPIES + 1]
        rest = max(total, len(named)) - 1 - len(also)
        more = ""
        if also:
            more = f" (and also {and_list(repr(goal_id) for goal_id in also)}"
            more += f" and {rest} more)" if rest > 0 else ")"
        yield about_goal("GC106", ctx, goal, {"title": goal.title, "other": first.id,
                                              "other_department": ctx.department_name(first.owner),
                                              "how": named[first.id], "more": more},
                         facts=(first.id,))


# where a title's clauses end: a full stop, semicolon, colon, ! or ? before a space or the end
# ("99.95%" and "v2.1" stay whole)
_CLAUSE_END = lazyre.compile(r"[.;:!?]+(?=\s|$)")
RESTATED_WORDS = 4  # content words a restated title needs: "Raise CSAT" inside a longer title is too little


def _clauses(ctx: Context, title: str) -> tuple[list[str], int]:
    """A title's clauses as title keys (numbers and case dropped), a leading label
    ("Controller:", "Ops:") left out, and how many content words they hold."""
    parts = _CLAUSE_END.split(title)
    if len(parts) > 1 and title[len(parts[0]):].lstrip(".;!?")[:1] == ":":
        parts = parts[1:]  # "Controller: ..." names who, not what
    keys, content = [], 0
    stop = words.STOP
    for part in parts:
        key = ctx.text(part).key
        if key:
            keys.append(key)
            content += sum(1 for word in key.split() if word.isalpha() and word not in stop)
    return keys, content


def _restated(ctx: Context):
    """(container, copied) pairs: a goal whose title says again, clause for clause,
    the whole title of another goal of the same owner and period, and says more
    ("Commence FY18 and FY19 audits. No material adjustments in audit; ..." beside
    "No material adjustments in audit; ..."). The copied title needs
    RESTATED_WORDS content words; a goal and its own parent or child are a
    cascade, not a copy. Only titles of two clauses or more can contain another,
    and goals are looked up by their first clause, never compared pairwise."""
    containers: dict[tuple, list] = {}
    clauses = {}
    for goal in ctx.model.goals:
        if not goal.title or not _CLAUSE_END.search(goal.title):
            continue
        keys, _ = _clauses(ctx, goal.title)
        if len(keys) < 2:
            continue
        clauses[goal.id] = set(keys)
        when = (goal.owner, goal.period or "", goal.due)
        for key in set(keys):
            containers.setdefault(when + (key,), []).append(goal)
    if not containers:
        return
    for goal in ctx.model.goals:
        if not goal.title:
            continue
        keys, content = _clauses(ctx, goal.title)
        if not keys or content < RESTATED_WORDS:
            continue
        own = set(keys)
        for container in containers.get((goal.owner, goal.period or "", goal.due, keys[0]), ()):
            if (container.id != goal.id and own < clauses[container.id]
                    and goal.id not in container.parents and container.id not in goal.parents):
                yield container, goal


# words every goal uses whatever it is about: sharing them relates nothing
_GENERIC = frozenset("""
improve improvement increase decrease reduce reduction grow growth raise lower cut achieve deliver
ensure maintain drive boost maximize maximise minimize minimise enable support keep better best
rate number count percent percentage share score level total average ratio index metric kpi kr okr
objective goal target plan quarter year annual monthly weekly daily q1 q2 q3 q4 fy h1 h2 ceo company
""".split())


def _topic(ctx: Context, *texts) -> set[str]:
    found = set()
    for text in texts:
        if text:
            found |= ctx.text(text).content
    found -= _GENERIC
    return found | words.related_classes(found)


def _same_family(ctx: Context, one: str, other: str) -> bool:
    """Two metrics the analyser reads alike: both experience, access or demand
    measures, or both costs (AHT under cost to serve, complaints under NPS)."""
    a, b = ctx.facts.metrics.get(one), ctx.facts.metrics.get(other)
    if a is None or b is None:
        return False
    return ((a.experience and b.experience) or (a.access and b.access) or bool(a.demand and b.demand)
            or (a.kind == "cost" and b.kind == "cost"))


@check("GC105")
def unrelated_cascade(ctx: Context):
    """A goal that shares nothing with what it is said to serve: no metric, no word of
    its title, metric or initiatives in the parent's title and metric, or in the
    objective's title, description and metrics.

    Judged only where both sides are measured and the link was set by another
    department (the goal has a metric; each parent goal has one, each objective is
    a department's and measured_by some): where a side has no measure, words alone
    are too thin to call a link wrong ("Define awareness benchmarks" under "Get
    ready to scale marketing" serves it without a word in common); a company
    objective is served by every department in its own words; and a department
    breaking down its own goal ("Loaner pool from 40 to 60 pumps" under its "Depot
    repair turnaround from 9 to 5 days") knows how the pieces fit. Metrics the analyser reads alike (both experience measures, both
    costs) are related. A goal related to any one of the things it serves is related.
    """
    topics: dict[str, set[str]] = {}  # metric id -> its name's words

    def metric_words(metric_id):
        if metric_id not in topics:
            topics[metric_id] = _topic(ctx, ctx.metric_name(metric_id))
        return topics[metric_id]

    for goal in ctx.model.goals:
        links = [("goal", ctx.goals.get(p)) for p in dict.fromkeys(goal.parents)]
        links += [("objective", ctx.objectives.get(o)) for o in dict.fromkeys(goal.supports)]
        if not links or not goal.metric or goal.metric not in ctx.metrics:
            continue
        if any(item is None for _, item in links):
            continue  # a link names nothing (GC001): nothing to compare with
        if any(not (item.metric if kind == "goal" else item.measured_by and item.owner)
               or item.owner == goal.owner for kind, item in links):
            # an unmeasured link, a company objective every department serves in its own
            # words, or the department's own goal or objective broken down by itself
            continue
        own = _topic(ctx, goal.title, *goal.initiatives) | metric_words(goal.metric)
        if len(own) < 2:
            continue
        related = False
        for kind, item in links:
            measures = (item.metric,) if kind == "goal" else item.measured_by
            if goal.metric in measures or any(_same_family(ctx, goal.metric, m) for m in measures):
                related = True
                break
            theirs = _topic(ctx, item.title, item.description if kind == "objective" else None)
            for metric_id in measures:
                theirs |= metric_words(metric_id)
            if len(theirs) < 2 or not own.isdisjoint(theirs):
                related = True
                break
        if related:
            continue
        named = and_list(f"{'parent goal' if kind == 'goal' else 'objective'} '{item.id}' (\"{item.title}\")"
                         for kind, item in links)
        yield about_goal("GC105", ctx, goal, {"title": goal.title, "serves": named},
                         facts=tuple(item.id for _, item in links))
