"""6xx Goal hygiene: goals that cannot be measured, have no plan, no baseline or
date, are past due, whose target contradicts their direction, or that hold two
results in one; waivers that have expired or waive nothing."""

from __future__ import annotations

import heapq
import re
from collections import Counter
from datetime import date
from operator import itemgetter

from .. import lazyre
from .. import reading, titleparts
from .. import words as words_module
from ..finding import Finding
from ..index import Context
from ..keyresult import (asks_change, asks_for_all, clears_cohort, counts_events_held, counts_work_done,
                         delivers_share_of_plan, is_deliverable, keeps_share_of_time, measured_against_plan,
                         meets_time_limit, names_plan, names_things_got, opens_with_count, shares_own_plan,
                         starts_from_none, states_change_in_words, states_standard, states_target_in_words)
from . import about_goal, and_list, check


@check("GC601")
def unmeasurable_goal(ctx: Context):
    """No metric, or no target to reach. A goal with no metric and no target is not
    reported when its measure is written elsewhere:

    - a key result whose title is a piece of work (a deliverable) and that has no
      work of its own under it (no initiatives, no child goals) is the task itself,
      measured by being done;
    - a goal over its own key results (the same owner's, at the same level: a member's
      goal and the success criteria under it) is measured by them, each of them asked
      in turn;
    - a heading over others' key results (an executive's objective over department
      key results) is measured by them: by one that names a metric, or, over two or
      more, by one that is a deliverable or links its definition (one deliverable
      under a goal is a step of it, not its measure);
    - a goal that links the issue or epic that defines it (``plan:``, a link in the
      title, or an ``x-`` field naming an issue, epic or link) has its key results
      there, where goalcheck cannot read them; a goal the page graded (``x-score``)
      was measured by something;
    - a key result wholly private (a placeholder for a title, target redacted).

    A goal that names a metric but no number is reported wherever it links. Nor is a
    goal whose title states its target in words: all, each, every, any, none ("Each
    team commits to a written plan", "Ensure that no technical issue blocks a deal"),
    at least one, a majority of, or the size of a change ("Reduce churn by 20%", "10%
    reduction in readmissions", "Halve the wait"), or a named grade ("hit the “elite” level (as
    defined by DORA)"): a number the format has no field for. A benchmark
    target ("Top quartile metropolitan authorities", "national average") is a target:
    the others' published figures measure it. Nor is a goal to hit a measure's goals or
    targets set elsewhere ("Hit and track all team revenue goals")."""
    for goal in ctx.model.goals:
        missing = unmeasurable(ctx, goal)
        if missing is not None:
            yield about_goal("GC601", ctx, goal, {"missing": missing}, facts=(missing,))


def unmeasurable(ctx: Context, goal) -> str | None:
    """What GC601 finds the goal lacks ("no metric", "no target"), or None where it is
    measurable or measured elsewhere (GC601's docstring says where)."""
    if goal.target is None and goal.target_text is None and (states_target_in_words(goal.title)
                                                             or states_change_in_words(goal.title)):
        return None  # all, each, none, at least one, a majority, "by 20%": a number the schema cannot hold
    if not goal.metric:
        children = ctx.children.get(goal.id, ())
        if not goal.initiatives and not children and is_deliverable(goal.title):
            return None  # the work item itself; with work of its own under it, it is an outcome to measure
        if goal.target is None and goal.target_text is None and (
                any(child.metric for child in children) or links_definition(goal) or graded(goal)
                or any(_own_key_result(child, goal) for child in children)
                or (len(children) >= 2 and any(_measured(child) for child in children))):
            return None  # measured by its key results, here or in the issue it links, or graded
        if goal.target is None and goal.target_text is None and _goals_set_elsewhere(goal.title):
            return None  # "Hit and track all team revenue goals": the numbers are the goals, set elsewhere
        if goal.target == "redacted" and all(words_module.is_placeholder(token)
                                             for token in words_module.tokens(goal.title)):
            return None  # "N14", target redacted: the whole key result is private, nothing public to fix
        missing = "no metric"
    elif goal.target is None and goal.direction != "maintain" and goal.target_text is None:
        if measured_against_plan(goal.title):
            return None  # "% of revised Q2 SDR targets": the plan's number, set elsewhere, all of it
        missing = "no target"
    else:
        return None
    if _placeholder(goal) is not None:
        return None  # GC607 names the gap as a placeholder
    return missing


# "Hit and track all team revenue goals", "Meet our sales targets": a measure's goals or targets,
# all of them, to hit (the numbers are set elsewhere, per team)
_HIT_GOALS = lazyre.compile(
    r"(?:^|[.;:]\s+)(?:hit|meet|achieve|make|reach)(?:\s+and\s+[a-z]+)?\s+(?:all\s+(?:of\s+)?)?(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?P<what>(?:[\w-]+\s+){1,4}?)(?:goals?|targets?)\b", re.IGNORECASE)


def _goals_set_elsewhere(title: str) -> bool:
    """Does the title ask to hit a measure's goals or targets, set elsewhere ("Hit and track
    all team revenue goals")? The words before "goals" must name a measure (the metric-name
    analyser's reading): "Meet quarterly objectives for hyperscalers" names none, and stays
    a goal nobody can grade."""
    from ..metricname import builtin

    found = _HIT_GOALS.search(title)
    return found is not None and builtin().measure_head(found["what"].strip()) is not None


def _own_key_result(child, goal) -> bool:
    """Is the child one of the goal's own key results (its success criteria: the same owner,
    at the same level), not a goal cascaded to another department or down to a team?"""
    return child.owner == goal.owner and child.level == goal.level


def _measured(goal) -> bool:
    """A key result that says how it is judged: a metric, a deliverable, a linked definition, a grade."""
    return bool(goal.metric) or is_deliverable(goal.title) or links_definition(goal) or graded(goal)


def _placeholder(goal) -> tuple[str, str] | None:
    """(where, the placeholder as written) when the target or the title holds one."""
    if goal.target_text is not None:
        found = reading.placeholder_in_target(goal.target_text)
        if found:
            return "target", goal.target_text
    if goal.target is not None or goal.target_text is not None:
        return None  # a number, redacted or a benchmark: the title's N3 or X stands for it (Sourcegraph's N0, N1)
    found = reading.placeholder_in_title(goal.title)
    return ("title", found) if found else None


@check("GC607")
def placeholder_target(ctx: Context):
    for goal in ctx.model.goals:
        found = _placeholder(goal)
        if found is not None:
            where, text = found
            # a standing KPI (no period, no due date) has no quarter that starts without its number
            when = "at quarter start" if goal.due or goal.period else "on a standing measure"
            yield about_goal("GC607", ctx, goal, {"where": where, "placeholder": text, "when": when},
                             facts=(where,))


_LINK = lazyre.compile(r"https?://\S+|(?<![\w/])#\d+\b|\b[A-Z][A-Z0-9]{1,9}-\d+\b|\b[\w.-]+/[\w.-]+#\d+\b")
_LINK_KEY = lazyre.compile(r"link|url|epic|issue|ticket|jira|plan|project|roadmap", re.IGNORECASE)


def links_definition(goal) -> bool:
    """Does the goal link the issue or epic that defines it: ``plan:``, a URL or issue
    key in its title, or an ``x-`` field whose name says link, issue or epic? (An issue
    number quoted in a status note is not a link to the goal's definition.)"""
    if goal.plan or _LINK.search(goal.title):
        return True
    for key, value in goal.extra.items():
        values = value if isinstance(value, list) else [value]
        if _LINK_KEY.search(key) and any(isinstance(v, str) and _LINK.search(v) for v in values):
            return True
    return False


# an x- field that records the grade a goal was given ("x-score: 75%", "x-grade: 0.7")
_GRADE_KEY = lazyre.compile(r"score|grade", re.IGNORECASE)
_GRADE = lazyre.compile(r"^\s*\d+(?:\.\d+)?\s*%?(?:\s*,\s*\d+(?:\.\d+)?\s*%?)*\s*$")


def graded(goal) -> bool:
    """Was the goal graded (an ``x-`` field named score or grade holding a number or a
    percentage, as OKR pages score each key result at quarter end)? A grade means
    there was a measure to grade it by, written where the score was given."""
    return any(_GRADE_KEY.search(key) and isinstance(value, (str, int, float)) and not isinstance(value, bool)
               and _GRADE.match(str(value)) for key, value in goal.extra.items())


def links_plan(goal) -> bool:
    """Does the goal link where its plan lives: a ``plan`` field, a URL or issue key
    in its title, or an ``x-`` key naming a link, epic or issue (x-epic: PAY-12)?"""
    if goal.plan or _LINK.search(goal.title):
        return True
    for key, value in goal.extra.items():
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and v.strip() and (_LINK_KEY.search(key) or _LINK.search(v)) for v in values):
            return True
    return False


@check("GC602")
def goal_without_plan(ctx: Context):
    """A key result's plan is its initiatives, the issue or epic it links, the goals
    cascaded from it, its goal's initiatives where it is one of the goal's own key results
    (the same owner's, at the same level: a member's paragraph saying how, over the
    success criteria), or, under an objective or parent goal with two or more key
    results, its siblings (each key result is part of its objective's how; a
    department's key results listed under no objective are siblings too). What
    is left: a company-level goal alone under its objective that nobody carries,
    and department goals with neither a plan nor siblings. A key result that is
    itself a piece of work (GC601's deliverables) is its own plan."""
    direct: dict[str, int] = {}
    loose: dict[str, int] = {}  # per owner, the key results listed under no objective and no parent
    for goal in ctx.model.goals:
        for objective in set(goal.supports):
            direct[objective] = direct.get(objective, 0) + 1
        if not goal.supports and not goal.parents:
            loose[goal.owner] = loose.get(goal.owner, 0) + 1
    children = ctx.children
    says_how: dict[str, bool] = {}  # objective id -> _says_how, read once however many key results it has
    # a report of targets against their outturn that lists no plan anywhere is a report to its
    # readers (a water corporation's commitments to customers), not a plan missing its how
    report = (_results_report([goal for goal in ctx.model.goals if goal.target is not None])
              and not any(goal.initiatives or links_plan(goal) for goal in ctx.model.goals))
    for goal in ctx.model.goals:
        if goal.initiatives or goal.id in children or links_plan(goal):
            continue
        if report and goal.target is not None:
            continue
        if any(parent in ctx.goals and ctx.goals[parent].initiatives and _own_key_result(goal, ctx.goals[parent])
               for parent in goal.parents):
            continue  # its goal's initiatives are the how of the goal's own key results
        # each test below is a reason the goal has a plan; the cheap counts first, then
        # the readings of its words (the same goals are left whatever the order)
        if (any(len(children.get(parent, ())) >= 2 for parent in goal.parents)
                or any(direct.get(objective, 0) >= 2 for objective in goal.supports)
                or (not goal.supports and not goal.parents and loose[goal.owner] >= 2)):
            continue  # siblings (a department's own list with no objective is GC101's point)
        if is_deliverable(goal.title):
            continue  # the key result is itself the action ("Automate away the release captain role")
        if unmeasurable(ctx, goal) is not None:
            continue  # no measure yet (GC601 says so): how to move it is the question after that one
        if goal.target is not None and standard_held(ctx, goal):
            continue  # a level of service held ("95% of calls answered", each year): a standard, no project
        if any(parent in ctx.goals and names_means(ctx.goals[parent].title) for parent in goal.parents):
            continue  # its goal says how ("Reach $N net new ARR by fully onboarding 2 new AEs")
        if any(says_how[objective] if objective in says_how
               else says_how.setdefault(objective, _says_how(ctx.objectives.get(objective)))
               for objective in goal.supports):
            continue  # the objective is the how ("Resolve issues for major customers") or says it
        yield about_goal("GC602", ctx, goal, {})


# the means a goal names for itself: "Reach $N net new ARR in Q4 by fully onboarding 2 new AEs"
# (by, and the doing; not a date or a time of day: "by spring", "by the morning", "by 2027")
_BY_MEANS = lazyre.compile(r"\bby\s+(?:[a-z]+ly\s+)?(?!(?:spring|morning|evening|during)\b)[a-z]{2,}ing\b", re.IGNORECASE)


def names_means(title: str) -> bool:
    """Does a goal's title name how it is reached ("... by fully onboarding 2 new AEs who will
    close 4 Tier 1 deals")? Its one key result's plan is there."""
    return bool(_BY_MEANS.search(title))


def _says_how(objective) -> bool:
    """Is an objective its key result's plan: a piece of work itself, or one whose
    description names the plan or the work that delivers it?"""
    if objective is None:
        return False
    return is_deliverable(objective.title) or names_plan(objective.description)


# a scorecard of standing KPIs: this many goals with targets and not one dated
SCORECARD = 3


@check("GC603")
def missing_baseline_or_due(ctx: Context):
    """A target needs a starting point and a date, except where neither can be asked. A
    change sized in the title with no target ("Reduce churn by 20%") is a target here: 20%
    of what is its baseline.

    - A standing KPI has no date by design and its current value is the chart
      beside it: a goal with no period and no due held at its level (direction
      maintain, or a ceiling or a floor), or any goal of a scorecard (three or
      more goals with targets and not one dated in the organisation).
    - A redacted target's baseline is private too; a maintained level's baseline
      is its target; something new this period ("Launch", "Publish 2 articles")
      or a count of things done in it ("Hire at least 2 AEs", "Hire +1 designer",
      "10 new logos", "At least four customers are running ...", "Conduct two
      empathy sessions", a metric of things got: "ML team hires") starts from
      none; a target of 100% asks for all, whatever the level today; a standard
      held (``standard_held``) is met or not whatever the level today; a share of
      this period's plan delivered ("Achieve 110% of SAO plan") or of the team's own
      initiatives ("At least 50% of our initiatives ...") starts from the plan; a row
      of a results report that holds a level (``_results_report``, ``_standard_row``) is a
      standing standard reported against its outturn; a goal
      cascaded from a goal on the same metric starts where its parent does (asked
      there); and a goal of the same owner on the same metric in an earlier period
      holds the starting point (last quarter's result).
    """
    goals = ctx.model.goals
    # a change sized in the title ("Reduce churn by 20%") is a target too: 20% of what is the baseline
    targeted = [goal for goal in goals if goal.target is not None
                or (goal.metric and goal.target_text is None and states_change_in_words(goal.title))]
    scorecard = len(targeted) >= SCORECARD and not any(goal.due is not None or goal.period for goal in goals)
    report = _results_report(targeted)
    earliest: dict[str, dict] = {}  # metric -> owner -> its two earliest-ending goals, for _earlier_on_metric
    for goal in targeted:
        direction = ctx.facts.goals[goal.id].direction
        undated = goal.due is None and not goal.period
        if undated and (scorecard or goal.target_text is not None or direction == "maintain"):
            continue
        missing = []
        # each test after the fields is a reason no baseline is asked: the goals that carry a
        # starting point (a parent's, last period's) first, then the readings of the title
        # a standard kept from the period before (previous_target) still starts somewhere: asked
        if (goal.baseline is None and goal.target != "redacted"
                and (direction != "maintain" or goal.previous_target is not None)
                and not _cascaded_on_same_metric(ctx, goal)
                and not _earlier_on_metric(ctx, goal, earliest)
                and not starts_from_none(goal.title)
                and not clears_cohort(goal.title)
                and not counts_events_held(goal.title, goal.target)
                and not (goal.metric and names_things_got(ctx.metric_name(goal.metric)))
                and not (goal.target_text is None and opens_with_count(goal.title, goal.target))
                and not (goal.target_text is None and counts_work_done(goal.title, goal.target))
                and not standard_held(ctx, goal)
                and not (report and _standard_row(goal))
                and not asks_for_all(goal.title, goal.target)
                and not delivers_share_of_plan(goal.title)
                and not shares_own_plan(goal.title)
                and not _all_of_a_share(ctx, goal)):
            missing.append("a baseline")
        if undated:
            missing.append("a due date or period")
        if missing:
            yield about_goal("GC603", ctx, goal, {"missing": " and ".join(missing)}, facts=tuple(missing))


# an x- field that records the period's outturn beside the target ("x-result: 84%",
# "x-progress-ytd: 143", "x-outturn", "x-actual")
_OUTTURN_KEY = lazyre.compile(r"^x-(?:[\w-]*[-_])?(?:results?|outturns?|actuals?|progress|performance|achieved)(?:[-_][\w-]*)?$",
                              re.IGNORECASE)


def reports_outturn(goal) -> bool:
    """Does the goal record its period's result beside its target (an ``x-`` field named
    result, outturn, actual, progress or performance)?"""
    return any(_OUTTURN_KEY.match(key) and value not in (None, "") for key, value in goal.extra.items())


def _results_report(targeted: list) -> bool:
    """Is the organisation a report of its targets against the period's outturn: three or
    more goals with targets, at least three in four of them with their result recorded
    beside the target (a council's or an agency's yearly service standards and what was
    achieved)? A set of OKRs that notes a result on one or two key results is not."""
    reported = sum(1 for goal in targeted if reports_outturn(goal))
    return reported >= SCORECARD and reported * 4 >= len(targeted) * 3


def _standard_row(goal) -> bool:
    """A row of a results report that holds a level, asking no change of it (no direction
    written, no verb that moves a measure, no change sized in the title)."""
    return (goal.direction not in ("increase", "decrease") and not asks_change(goal.title)
            and not states_change_in_words(goal.title))


def _all_of_a_share(ctx: Context, goal) -> bool:
    """A target of 100 on a metric counted in percent asks for all of it, whatever the level
    today ("Contact Centres email enquiries acknowledged within 1 working day", unit %,
    target 100%: Bolsover's standards), as a title saying "100%" or "all" does."""
    return goal.target == 100 and _counted_in_percent(ctx, goal)


def _cascaded_on_same_metric(ctx: Context, goal) -> bool:
    """Is the goal cascaded from a goal on the same metric (the team's share of the office's
    "Number of transactions ... increased by 25%")? Its starting point is its parent's, the
    same measure: asked there once, not again on each goal that carries it."""
    return goal.metric is not None and any(
        parent in ctx.goals and ctx.goals[parent].metric == goal.metric for parent in goal.parents)


def standard_held(ctx: Context, goal) -> bool:
    """Is the goal a level of service held, not a change to make: a title that asks no
    change (no verb that moves a measure, no "from", "to 18%" or arrow) and sets how often
    a standard is kept ("at least 95% of the time", "99.5% of stated hours"), or, for a
    year, says the state of the service ("is", "are", "will be") with a floor or a ceiling
    ("the wait is equal to or less than 20 seconds") or as the share of the cases that
    meet it ("95% of all calls received are answered"): the standard a council or a
    service reports each year. Its starting point changes nothing asked, and it is no
    project to plan."""
    if goal.direction in ("increase", "decrease") or asks_change(goal.title):
        return False
    if keeps_share_of_time(goal.title):
        return True
    if _percent_target(ctx, goal) and meets_time_limit(goal.title) and _titled_by_its_measure(ctx, goal):
        # a scorecard's row, in any period: the title is only its measure, the share of cases met
        # within a time limit ("Revenues incoming calls answered within 20 seconds", 70%, each
        # quarter: Bolsover's customer service standards)
        return True
    if not goal.period:
        return False
    period = reading.read_period(goal.period, ctx.fiscal_year_start)
    if period is None or (period.end - period.start).days < 360:
        return False
    if states_standard(goal.title, goal.target_text):
        return True
    # the share of a year's cases met within a time limit ("Percentage of applications processed
    # within 60 days", 90%: Birmingham's licensing standards): a standard reported each year
    return _percent_target(ctx, goal) and meets_time_limit(goal.title)


def _titled_by_its_measure(ctx: Context, goal) -> bool:
    """Is the goal's title its metric's name (case and spacing aside): a row of a scorecard
    that names only what is measured, not a sentence that asks for something?"""
    name = ctx.metric_name(goal.metric) if goal.metric else None
    return bool(name) and " ".join(name.lower().split()) == " ".join(goal.title.lower().split())


def _percent_target(ctx: Context, goal) -> bool:
    """Is the target a share: written with %, or on a metric counted in percent?"""
    return "%" in (goal.target_text or "") or _counted_in_percent(ctx, goal)


def _counted_in_percent(ctx: Context, goal) -> bool:
    metric = ctx.metrics.get(goal.metric) if goal.metric else None
    return metric is not None and reading.counted_in_percent(metric.unit, metric.name)


def _earlier_on_metric(ctx: Context, goal, earliest: dict) -> bool:
    """Does a goal of the same owner on the same metric, with a target, end earlier? Last
    quarter's goal is this one's starting point (its result is recorded there), as
    quarterly OKR files carry a measure from one quarter to the next, and as yearly plans
    date one target a year ("By September 30, 2018, achieve an SSI overpayment accuracy
    rate of 94 percent", then the same for 2019). A goal dated by its period follows a goal
    that ends before the period starts; a goal dated only by ``due`` (no start known) one
    that ends before it is due. ``earliest`` holds, per metric and owner, the two goals
    that end first (one of them is not this goal): one pass over a metric's goals, not one
    per goal, which grew with the square of the goals on a metric."""
    if not goal.metric:
        return False
    span = _span(ctx, goal)
    if span is None:
        return False
    start, end = span
    owners = earliest.get(goal.metric)
    if owners is None:
        ends: dict = {}
        for other in ctx.goals_by_metric.get(goal.metric, ()):
            if other.target is None:
                continue
            other_span = _span(ctx, other)
            if other_span is not None:
                ends.setdefault(other.owner, []).append((other_span[1], other))
        owners = earliest[goal.metric] = {owner: heapq.nsmallest(2, pairs, key=itemgetter(0))
                                          for owner, pairs in ends.items()}
    return any(other_end < (start if start is not None else end)
               for other_end, other in owners.get(goal.owner, ()) if other is not goal)


def _span(ctx: Context, goal) -> tuple[date | None, date] | None:
    """A goal's start (None where only ``due`` dates it) and end, or None if undated or its
    period is unread."""
    if goal.period:
        period = reading.read_period(goal.period, ctx.fiscal_year_start)
        return None if period is None else (period.start, period.end)
    if goal.due is not None:
        return (None, goal.due)
    return None


def period_end(period: str, fiscal_year_start: int = 1) -> date | None:
    """The last day of a period (calendar or fiscal; reading.py), None if unread."""
    return reading.period_end(period, fiscal_year_start)


@check("GC604")
def stale_goal(ctx: Context):
    """Goals whose date is past. When every dated goal is past (two or more), the set
    itself is an old plan: one finding on the organisation says so, at the first of
    them, instead of one per goal."""
    grace_days = ctx.param("GC604", "grace-days")
    stale, dated = [], 0
    for goal in ctx.model.goals:
        if goal.due is not None:
            end, when = goal.due, f"was due {goal.due.isoformat()}"
        elif goal.period:
            period = reading.read_period(goal.period, ctx.fiscal_year_start)
            end = period.end if period is not None else None
            when = f"ended with period {goal.period}"
            if period is not None and period.fiscal:
                when += f" on {end.isoformat()}"
        else:
            continue
        dated += 1
        # days between two dates, never a date moved by a number: no sum can leave the calendar
        if end is not None and (ctx.as_of - end).days > grace_days:
            stale.append((goal, end, when))
    as_of = ctx.as_of.isoformat()
    if len(stale) >= 2 and len(stale) == dated:
        # ties on the date go to the first id, not by file order: the message must not move with the files
        latest = max(item[1] for item in stale)
        goal, end, when = min((item for item in stale if item[1] == latest), key=lambda item: item[0].id)
        first = stale[0][0]
        yield Finding("GC604", None, "organization", None, first.where.of(),
                      {"goal": first.id, "what": f"every one of the {dated:,} dated goals",
                       "when": f"has ended (the latest, goal '{goal.id}', {when})", "listed": "they are",
                       "as_of": as_of, "close": "If these are not the current goals, audit the current "
                       "ones; if they are, close them"}, facts=("all", end.isoformat()))
        return
    for goal, end, when in stale:
        yield about_goal("GC604", ctx, goal, {"what": f"goal '{goal.id}'", "when": when, "listed": "it is",
                                              "as_of": as_of, "close": f"Close '{goal.id}'"},
                         facts=(end.isoformat(),))


@check("GC605")
def target_contradicts_direction(ctx: Context):
    for goal in ctx.model.goals:
        baseline, target = goal.baseline, goal.target
        if goal.direction not in ("increase", "decrease") or goal.target_text is not None:
            continue  # a bound ("<= 10%") may be met already: it does not say where the number goes
        if not isinstance(baseline, (int, float)) or not isinstance(target, (int, float)):
            continue
        if (goal.direction == "increase" and target < baseline) or \
                (goal.direction == "decrease" and target > baseline):
            yield about_goal("GC605", ctx, goal, {"direction": goal.direction,
                           "baseline": f"{baseline:g}", "target": f"{target:g}"})


@check("GC606")
def stale_waiver(ctx: Context):
    """A waiver past its date, or one whose rule reports nothing where it is written.

    The waiver step finds them (waivers.stale, into ``ctx.stale_waivers``); this
    check only words them.
    """
    for stale in ctx.stale_waivers:
        waiver = stale.waiver
        if stale.state == "expired":
            problem = f"expired on {waiver.until.isoformat()}, so the findings it waived count again"
        else:
            problem = f"waives nothing: {waiver.rule} reports nothing there"
        yield Finding("GC606", waiver.item, waiver.kind, waiver.department, waiver.location,
                      {"waived": f"{waiver.rule} ({stale.rule_name})", "item": waiver.written_on,
                       "problem": problem,
                       "renew": "; if the exception still holds, have it approved again and give it a new "
                                "'until'" if stale.state == "expired" else ""},
                      facts=(waiver.rule, stale.state))


def _counts_people(text: str) -> bool:
    """Do these words (after an amount) name people of a role: "engineers", "SDRs"?"""
    from ..metricname import builtin

    lexicon = builtin()
    return any((word,) in lexicon.classes["staff"] for word in lexicon.expand(text))


def _measures_named(items: list, departments: frozenset = frozenset()) -> list[str]:
    """The measures a title's parts (``titleparts.parts``) join by name in one sentence ("CMAU and Paid TMAU from X to
    Y", "reduce churn and grow NRR"), as written: parts the metric-name analyser reads
    as ending with a measure, with at most two words before it. A lone word before a
    part whose measure has words of its own ("Sales and marketing spend") shares that
    measure: one measure, not two. A one-word measure that is a word of a department's
    name ("Grow Sales and Marketing pipeline") is read as the department."""
    from ..metricname import builtin

    lexicon = builtin()
    best: list[str] = []
    sentence: list[tuple[str, str, int]] = []  # (term, part as written, words before the term)

    def close():
        nonlocal best
        terms = list(dict.fromkeys(term for term, _, _ in sentence))
        if len(terms) > len(best):
            best = [next(text for term_, text, _ in sentence if term_ == term) for term in terms]

    for place, part in enumerate(items):
        if part.strong:
            close()
            sentence = []
        alone = part.strong and (place + 1 == len(items) or items[place + 1].strong)
        if alone or titleparts.restates(part) or len(part.text.split()) > 12:
            continue  # a sentence of one part joins nothing; a long part is no metric name
        found = lexicon.measure_head(part.text)
        if found is None or found[1] > 2:
            continue
        term, before = found
        if " " not in term and term in departments:
            continue
        following = items[place + 1] if place + 1 < len(items) and not items[place + 1].strong else None
        if before == 0 and len(lexicon.expand(part.text)) == 1 and following is not None:
            ahead = lexicon.measure_head(following.text)
            if ahead is not None and ahead[1] >= 1:
                continue  # "Sales and marketing spend": one measure of two modifiers
        sentence.append((term, part.shown.rstrip(".;,"), before))
    close()
    return best


def _snippet(part) -> str:
    """A target and the few words around it, as written (a long part is cut to them)."""
    words = part.shown.rstrip(".;,").split()
    first = part.targets[0].split()[0]
    at = next((i for i, word in enumerate(words) if first in word), 0)
    shown = words if len(words) <= 10 else words[max(0, at - 4):at + 7]
    while len(shown) > 1 and shown[0].lower() in ("and", "while", "whilst", "with", "plus"):
        shown.pop(0)
    while len(shown) > 1 and shown[-1].lower().strip(".,;:") in words_module.STOP:
        shown.pop()  # "... interviews per" -> "... interviews"
    return " ".join(shown).rstrip(".;,:")


# a count of the surveys a measure is taken by: "Run 2 TODO Satisfaction Surveys to get feedback"
_SURVEYS = lazyre.compile(r"(?<![\w.])\d+\s+(?P<of>(?:[\w-]+\s+){0,3}?)(?:surveys?|polls?|questionnaires?|pulse\s+checks?)\b",
                          re.IGNORECASE)


def _surveys_of(part, metric_name: str | None) -> bool:
    """Does a part count the surveys that take the goal's own measure ("Run 2 TODO Satisfaction
    Surveys" on a metric "TODO member satisfaction")? They are how the result is measured, not a
    second result: the words before "surveys" share a word with the metric's name."""
    found = _SURVEYS.search(part.text)
    if found is None or not metric_name:
        return False
    from ..lemmatise import lemmas

    named = set(lemmas(metric_name)) - words_module.STOP
    return bool(named & set(lemmas(found["of"])))


@check("GC608")
def compound_goal(ctx: Context):
    """Two results in one goal with one metric: its title states two or more targets
    of their own ("TMAU +17% and paid TMAU +26%"), or joins two metric names ("CMAU
    and Paid TMAU from X to Y"). What a number is and where one statement ends are
    read by titleparts.py; what a measure is, by the metric-name analyser. A goal that
    declares the other measures as guardrails has written them down: quiet."""
    from ..metricname import builtin

    departments = None  # the words of the departments' names, read once a title needs them
    # a sentence of several targets written as one goal per target, each with the sentence as its
    # title ("... two for one ... and $35 million in savings", as US agencies' priority goals are
    # transcribed): the measures are split over the goals already
    titles = Counter(words_module.title_key(goal.title) for goal in ctx.model.goals if goal.metric)
    for goal in ctx.model.goals:
        if not goal.metric or not titleparts.may_join(goal.title):
            continue
        if titles[words_module.title_key(goal.title)] > 1:
            continue
        items = titleparts.parts(goal.title)
        if len(items) < 2:
            continue
        if departments is None:
            expand = builtin().expand
            departments = frozenset(word for department in ctx.model.departments
                                    for name in (department.id.replace("-", " "), department.name,
                                                 *department.aliases)
                                    for word in expand(name))
        stated = titleparts.numeric_targets(items, _counts_people)
        metric_name = ctx.metric_name(goal.metric)
        stated = [part for part in stated if not _surveys_of(part, metric_name)]
        # a title that is only its metric's name ("Elderly outreach and education visits", a budget
        # row) names one measure, however its words are joined: two measures need a number each
        named = [] if words_module.title_key(goal.title) == words_module.title_key(metric_name) \
            else _measures_named(items, departments)
        if len(stated) >= len(named):
            what, shown = "targets", [_snippet(part) for part in stated]
        else:
            what, shown = "measures", named
        if len(shown) < 2 or len(shown) <= 1 + len(goal.guardrails):
            continue
        yield about_goal("GC608", ctx, goal, {
            "title": goal.title, "metric": ctx.metric_name(goal.metric), "count": len(shown), "what": what,
            "listed": and_list(f"'{text}'" for text in shown)}, facts=(what, str(len(shown))))
