"""6xx Goal hygiene: goals that cannot be measured, have no plan, no baseline or
date, are past due, whose target contradicts their direction, or that hold two
results in one; waivers that have expired or waive nothing."""

from __future__ import annotations

import re
from datetime import date

from .. import reading, titleparts
from .. import words as words_module
from ..finding import Finding
from ..index import Context
from . import about_goal, and_list, check


# a key result that is a piece of work: measured by being done ("Define marketing
# guidelines", "Budgets are set for each team", "We have mapped the user journey",
# "Implemented vendor management process", "Smart search is available to all users by
# default", "Admins can see the progress of permissions syncing")
_WORK_VERBS = (
    "define build launch complete design establish create publish implement introduce ship deliver draft "
    "write update updating identify measure resolve document map migrate run hold host hire train audit "
    "review adopt automate refresh redesign rebuild finalise finalize implemented deploy transition execute "
    "conduct choose select provide resume add enable track start begin communicate dogfood share").split()
# a thing made that a team can be given or hold (not one described by what it does for
# someone: "a plan that works for them")
_ARTEFACT = (r"(?:process|plan|playbook|policy|roadmap|framework|owner|budget|dashboard|charter|runbook|"
             r"targets?|forecast)s?\b(?!,?\s+(?:that|which|who)\b)")
_DELIVERABLE = re.compile(
    rf"^\s*(?:{'|'.join(_WORK_VERBS)}|roll out|set up|go live|go fully live|agree on|develop an?|make use of|"
    r"fall back to)\b"
    r"|\b(?:is|are|has been|have been|was|were)\s+(?:\w+\s+){0,2}(?:set|created|completed|in place|documented|"
    r"launched|published|defined|mapped|built|rolled out|developed|delivered|shipped|finali[sz]ed|signed|"
    r"available to (?:all|every)|enabled by default|tracked in|brought on|implemented|automated|live)\b"
    r"|\b(?:has|have)\s+(?:documented|mapped|built|launched|published|defined|created|completed|shipped)\b"
    # a thing made or given that a team now has or holds: "Sales, engineering and product have a
    # working process for prioritization", "Sales leadership owns revenue targets and hiring plan"
    rf"|\b(?:has|have)\s+an?\s+(?:[\w-]+\s+){{0,2}}{_ARTEFACT}"
    rf"|^\s*(?:[\w-]+,?\s+){{1,3}}(?:owns|own)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}{_ARTEFACT}"
    # a feature that shows a fact: "The UI indicates whether or not results are precise"
    r"|\b(?:indicates|shows|displays|tells|flags|marks)\s+(?:users\s+|admins\s+)?(?:whether|which|when)\b"
    r"|^\s*(?:our\s+)?(?:[\w-]+\s+)?(?:handbook|repository|page|docs?)\s+(?:describes|documents)\b|^\s*(?:admins|users|customers|teammates)\s+can\s+\w+"
    r"|\bup and running\b|\b(?:completed|operational)\.?\s*$"
    # a list of things done: "Demandbase implemented, target accounts identified by territory"
    r"|(?:^|[.,;]\s+)(?:(?!(?:is|are|be|been)\b)[\w-]+\s+){1,6}(?:implemented|established|built|launched|"
    r"available|completed|"
    r"in-market|operational)\b",
    re.IGNORECASE)
# the same work in the progressive: "Be providing training to managers", "Be running the pilot"
_BE_DOING = re.compile(r"^\s*(?:be|are|is)\s+([a-z]+?)(?:ing)\b", re.IGNORECASE)
# the work done with others or put in place: "Work with marketing to identify key materials",
# "Get bonus metrics into Periscope", "Get reliable usage data from both environments" (not a
# number moved: "Get contacts down from 62 to 40")
_WITH_OTHERS = re.compile(rf"^\s*(?:work|partner|collaborate)\s+with\s+(?:[\w&/-]+\s+){{1,4}}?to\s+(?:{'|'.join(_WORK_VERBS)})\b"
                          r"|^\s*get\s+(?![^.;]*\d)(?![^.;]*\b(?:down|up|back)\b)(?:[\w+&/-]+\s+){1,8}?(?:into|from)\s",
                          re.IGNORECASE)
# one statement of a title: sentences and semicolons ("Aim. Deliverable; deliverable.")
_STATEMENT_END = re.compile(r"(?<=[.;])\s+(?=[A-Z0-9(\"'‘“])")
# a remark on how far the work may stretch, not a statement of its own ("Stretch goal for Growth")
_STRETCH = re.compile(r"^\s*\(?stretch\b", re.IGNORECASE)
# a title that says itself its work is not yet defined ("[note: this KR will be left vague until
# the Controller is hired]", "scope to be defined"): not yet a deliverable
_LEFT_OPEN = re.compile(r"\b(?:left|kept|remains?|stays?)\s+(?:vague|open|undefined|unclear)\b"
                        r"|\bto\s+be\s+(?:defined|determined|decided|scoped)\b", re.IGNORECASE)


# who a key result belongs to, written before its text: "Legal: ", "Dir. of Bus Ops: ",
# "CEO KR: ", "Sales (Pipeline Optimization): " (GitLab's and many handbooks' OKR pages)
_OWNER_LABEL = re.compile(r"^\s*[^:]{1,80}?:\s+(?=\S)")


# a target written in words: "All product work has a delivery plan", "Each team commits to
# a plan", "Ensure that no technical issue blocks a deal", "No material adjustments in audit",
# "Make at least one improvement", "self-serve on a majority of requests"
_WORDS_TARGET = re.compile(
    r"(?:^|[.;]\s+)(?:ensure\s+(?:that\s+)?)?(?:all|each|every|any|no|none\s+of)\s+(?!longer\b|more\b|less\b)"
    r"|\bat\s+least\s+one\b|\ba\s+majority\s+of\b", re.IGNORECASE)


def states_target_in_words(title: str) -> bool:
    return bool(_WORDS_TARGET.search(title) or _WORDS_TARGET.search(work_title(title)))


def work_title(title: str) -> str:
    """The title without an owner's label before a colon (at most eight words of it, or of
    each owner where several are listed: "Director of Product, Dev; Director of Product, Ops:")."""
    label = _OWNER_LABEL.match(title)
    if label and max(len(owner.split()) for owner in label.group().rstrip(": ").split(";")) <= 8:
        return title[label.end():]
    return title


def _work(statement: str) -> bool:
    """Is one statement a piece of work: a doing verb first, or a thing said to be done?"""
    if _DELIVERABLE.search(statement) or _WITH_OTHERS.search(statement):
        return True
    doing = _BE_DOING.match(statement)
    if doing is None:
        return False
    stem = doing[1].lower()
    return any(verb in _WORK_VERBS for verb in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem))


def is_deliverable(title: str) -> bool:
    """A title that is a piece of work, or an aim followed by the pieces of work that
    deliver it ("Enhance communication across the company. Implement training on writing.
    Update the Code of Conduct."): every statement after the first is one (a stretch
    remark aside). A statement after the first that is not work ("Make substantial
    updates", "Leverage the dashboard") leaves the title an aim to measure."""
    if _LEFT_OPEN.search(title):
        return False
    text = work_title(title)
    if _work(title) or _work(text):
        return True
    statements = [part for part in _STATEMENT_END.split(text.strip()) if part.strip()]
    later = [part for part in statements[1:] if not _STRETCH.match(part)]
    return bool(later) and all(_work(work_title(part)) for part in later)


@check("GC601")
def unmeasurable_goal(ctx: Context):
    """No metric, or no target to reach. A goal with no metric and no target is not
    reported when its measure is written elsewhere:

    - a key result whose title is a piece of work (a deliverable) and that has no
      work of its own under it (no initiatives, no child goals) is the task itself,
      measured by being done;
    - a heading over key results of its own (an executive's objective over department
      key results) is measured by them: by one that names a metric, or, over two or
      more, by one that is a deliverable or links its definition (one deliverable
      under a goal is a step of it, not its measure);
    - a goal that links the issue or epic that defines it (``plan:``, a link in the
      title, or an ``x-`` field naming an issue, epic or link) has its key results
      there, where goalcheck cannot read them.

    A goal that names a metric but no number is reported wherever it links. Nor is a
    goal whose title states its target in words: all, each, every, any, none ("Each
    team commits to a written plan", "Ensure that no technical issue blocks a deal"),
    at least one, a majority of: a number the format has no field for."""
    for goal in ctx.model.goals:
        if goal.target is None and goal.target_text is None and states_target_in_words(goal.title):
            continue  # all, each, none, at least one, a majority: a number the schema cannot hold
        if not goal.metric:
            children = ctx.children.get(goal.id, ())
            if not goal.initiatives and not children and is_deliverable(goal.title):
                continue  # the work item itself; with work of its own under it, it is an outcome to measure
            if goal.target is None and goal.target_text is None and (
                    any(child.metric for child in children) or links_definition(goal) or graded(goal)
                    or (len(children) >= 2 and any(_measured(child) for child in children))):
                continue  # measured by its key results, here or in the issue it links, or graded
            if goal.target == "redacted" and all(words_module.is_placeholder(token)
                                                 for token in words_module.tokens(goal.title)):
                continue  # "N14", target redacted: the whole key result is private, nothing public to fix
            missing = "no metric"
        elif goal.target is None and goal.direction != "maintain" and goal.target_text is None:
            missing = "no target"
        else:
            continue
        if _placeholder(goal) is not None:
            continue  # GC607 names the gap as a placeholder
        yield about_goal("GC601", ctx, goal, {"missing": missing}, facts=(missing,))


def _measured(goal) -> bool:
    """A key result that says how it is judged: a metric, a deliverable, a linked definition, a grade."""
    return bool(goal.metric) or is_deliverable(goal.title) or links_definition(goal) or graded(goal)


def _placeholder(goal) -> tuple[str, str] | None:
    """(where, the placeholder as written) when the target or the title holds one."""
    if goal.target_text is not None:
        found = reading.placeholder_in_target(goal.target_text)
        if found:
            return "target", goal.target_text
    if goal.target is not None:
        return None  # a number, or redacted: the title's N3 or X stands for it (Sourcegraph's N0, N1)
    found = reading.placeholder_in_title(goal.title)
    return ("title", found) if found else None


@check("GC607")
def placeholder_target(ctx: Context):
    for goal in ctx.model.goals:
        found = _placeholder(goal)
        if found is not None:
            where, text = found
            yield about_goal("GC607", ctx, goal, {"where": where, "placeholder": text}, facts=(where,))


_LINK = re.compile(r"https?://\S+|(?<![\w/])#\d+\b|\b[A-Z][A-Z0-9]{1,9}-\d+\b|\b[\w.-]+/[\w.-]+#\d+\b")
_LINK_KEY = re.compile(r"link|url|epic|issue|ticket|jira|plan|project|roadmap", re.IGNORECASE)


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
_GRADE_KEY = re.compile(r"score|grade", re.IGNORECASE)
_GRADE = re.compile(r"^\s*\d+(?:\.\d+)?\s*%?(?:\s*,\s*\d+(?:\.\d+)?\s*%?)*\s*$")


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
    cascaded from it, or, under an objective or parent goal with two or more key
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
    for goal in ctx.model.goals:
        if goal.initiatives or goal.id in children or links_plan(goal):
            continue
        if is_deliverable(goal.title):
            continue  # the key result is itself the action ("Automate away the release captain role")
        if goal.target is not None and standard_held(ctx, goal):
            continue  # a level of service held ("95% of calls answered", each year): a standard, no project
        if any(_says_how(ctx.objectives.get(objective)) for objective in goal.supports):
            continue  # the objective is the how ("Resolve issues for major customers") or says it
        if (any(len(children.get(parent, ())) >= 2 for parent in goal.parents)
                or any(direct.get(objective, 0) >= 2 for objective in goal.supports)
                or (not goal.supports and not goal.parents and loose[goal.owner] >= 2)):
            continue  # siblings (a department's own list with no objective is GC101's point)
        yield about_goal("GC602", ctx, goal, {})


# an objective's description that names its plan: "Our Know Thy Dev program aims to ...", "our
# plan for Q3 is to ...", or work put in place ("we've established a shared KR ...")
_PLAN_NAMED = re.compile(r"\b(?:program|programme|initiative|project|plan|roadmap|campaign|workstream|pilot)s?\b",
                         re.IGNORECASE)


def _says_how(objective) -> bool:
    """Is an objective its key result's plan: a piece of work itself, or one whose
    description names the plan or the work that delivers it?"""
    if objective is None:
        return False
    if is_deliverable(objective.title):
        return True
    text = objective.description or ""
    return bool(_PLAN_NAMED.search(text) or _NEW_WORK.search(text))


# words that say the goal makes something new this period: its starting point is none
_NEW_WORK = re.compile(
    r"\b(?:launch|publish|introduce|establish|create|build|develop|implement|deploy|ship|pilot|run|host|"
    r"kick(?:ed|s|ing)? off|roll(?:ed|s|ing)? out|set(?:s|ting)? up|put in place|in place)"
    r"(?:e?s|e?d|ing)?\b|\b(?:built|ran|set up|onboarded)\b", re.IGNORECASE)
# ... unless the new thing is the means to a level of a measure that exists already
# ("Create sustainable processes to achieve 95% performance for First Response SLA")
_TO_LEVEL = re.compile(r"\bto\s+(?:achieve|reach|hit|get to|improve|increase|reduce|raise|lower|cut|grow|"
                       r"maintain|keep|sustain)\b", re.IGNORECASE)
# a count of things the team does this period ("Hire at least 18 PM roles", "Hire +1 Product
# Designer", "Write at least 2 pieces", "help address 3 incidents", "10 new logos"): it starts
# from none, whatever was done before
_NUMBER = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
_DONE_COUNT = re.compile(
    r"\b(?:hire|recruit|write|close|sign|win|source|help(?:\s+address)?)\s+(?:at\s+least\s+|an?\s+other\s+|"
    rf"another\s+|an\s+additional\s+|\+\s?)?{_NUMBER}"
    rf"|(?<![\w+])\+\d+\s+(?!%|percent)[a-z]|\b{_NUMBER}\+?\s+new\b",
    re.IGNORECASE)
# a count of things opening a statement of the key result ("At least three customers have ...",
# "4 strategy reviews for ...", "; 25 community members signed up as Heroes"): the things done or
# won in the period, counted from none (a number before a unit or a share is no such count)
_NUMBER_WORDS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_COUNT_OPENS = re.compile(
    rf"^\s*(?:at\s+least\s+|a\s+minimum\s+of\s+|\+\s?)?(?P<count>\d[\d,]*|{'|'.join(_NUMBER_WORDS)})\+?\s+"
    r"(?!%|percent|x\b|times\b|(?:business\s+|working\s+|calendar\s+)?(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|"
    r"hours?|days?|weeks?|months?|quarters?|years?|ms)\b)[a-z]", re.IGNORECASE)
# a change asked in the title: a verb that moves a measure, "from 40", "to 18%", "-> 600s"
_CHANGE = re.compile(
    r"\b(?:improv|increas|rais|grow|grew|boost|expand|doubl|tripl|reduc|lower|cut|decreas|halv|shrink|drop|"
    r"achiev|reach|hit|mov|ramp|scal|accelerat|maximi[sz]|minimi[sz]|lift|driv|get|got)\w*"
    r"|\b(?:from|by)\s+[$€£¥~+-]?\d|(?<!\bup )\bto\s+[$€£¥~+-]?\d|->|→|=>", re.IGNORECASE)
# how often a standard is kept: "at least 95% of the time", "99.5% of stated hours"
_SHARE_OF_TIME = re.compile(r"\d(?:\.\d+)?\s?%\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:time|hours)\b", re.IGNORECASE)
# a standard written as the state of the service: "... are answered", "the wait is ...", "will be"
_STATE = re.compile(r"\b(?:is|are|will\s+be|remains?|stays?)\b", re.IGNORECASE)
# the share of all the cases served that meet the standard: "95% of all calls ... are answered"
_SHARE_OPENS = re.compile(r"^\s*(?:at\s+least\s+)?\d+(?:\.\d+)?\s?%\s+of\b", re.IGNORECASE)
# all of it: where the number stands today does not change what is asked
_ALL = re.compile(r"(?<![\d.])100\s?%")
# a scorecard of standing KPIs: this many goals with targets and not one dated
SCORECARD = 3


@check("GC603")
def missing_baseline_or_due(ctx: Context):
    """A target needs a starting point and a date, except where neither can be asked.

    - A standing KPI has no date by design and its current value is the chart
      beside it: a goal with no period and no due held at its level (direction
      maintain, or a ceiling or a floor), or any goal of a scorecard (three or
      more goals with targets and not one dated in the organisation).
    - A redacted target's baseline is private too; a maintained level's baseline
      is its target; something new this period ("Launch", "Publish 2 articles")
      or a count of things done in it ("Hire at least 2 AEs", "Hire +1 designer",
      "10 new logos") starts from none; a target of 100% asks for all, whatever
      the level today; and a goal of the same owner on the same metric in an
      earlier period holds the starting point (last quarter's result).
    """
    goals = ctx.model.goals
    targeted = [goal for goal in goals if goal.target is not None]
    scorecard = len(targeted) >= SCORECARD and not any(goal.due is not None or goal.period for goal in goals)
    for goal in targeted:
        direction = ctx.facts.goals[goal.id].direction
        undated = goal.due is None and not goal.period
        if undated and (scorecard or goal.target_text is not None or direction == "maintain"):
            continue
        missing = []
        if (goal.baseline is None and goal.target != "redacted" and direction != "maintain"
                and not (_NEW_WORK.search(goal.title) and not _TO_LEVEL.search(goal.title))
                and not _DONE_COUNT.search(goal.title) and not counts_things_done(goal)
                and not standard_held(ctx, goal)
                and not (goal.target == 100 and _ALL.search(goal.title))
                and not _earlier_on_metric(ctx, goal)):
            missing.append("a baseline")
        if undated:
            missing.append("a due date or period")
        if missing:
            yield about_goal("GC603", ctx, goal, {"missing": " and ".join(missing)}, facts=tuple(missing))


def counts_things_done(goal) -> bool:
    """Does a statement of the title open with the target as a count of things ("At least
    four customers are running ...", "4 strategy reviews ...")?"""
    if not isinstance(goal.target, (int, float)) or goal.target != int(goal.target) or goal.target_text:
        return False
    for statement in _STATEMENT_END.split(work_title(goal.title)):
        found = _COUNT_OPENS.match(work_title(statement))
        if found is not None:
            count = found["count"].lower().replace(",", "")
            if _NUMBER_WORDS.get(count, None if not count.isdigit() else int(count)) == goal.target:
                return True
    return False


def standard_held(ctx: Context, goal) -> bool:
    """Is the goal a level of service held, not a change to make: a title that asks no
    change (no verb that moves a measure, no "from", "to 18%" or arrow) and sets how often
    a standard is kept ("at least 95% of the time", "99.5% of stated hours"), or, for a
    year, says the state of the service ("is", "are", "will be") with a floor or a ceiling
    ("the wait is equal to or less than 20 seconds") or as the share of the cases that
    meet it ("95% of all calls received are answered"): the standard a council or a
    service reports each year. Its starting point changes nothing asked, and it is no
    project to plan."""
    title = goal.title
    if goal.direction in ("increase", "decrease") or _CHANGE.search(title):
        return False
    if _SHARE_OF_TIME.search(title):
        return True
    if not goal.period:
        return False
    period = reading.read_period(goal.period, ctx.fiscal_year_start)
    if period is None or (period.end - period.start).days < 360:
        return False
    if not _STATE.search(title):
        return False  # "NPS at least 50", "50% of revenue from new products": a level to reach
    target = reading.read_target(goal.target_text) if goal.target_text else None
    return bool(reading.sets_bound(title) or (target is not None and target.bound is not None)
                or _SHARE_OPENS.match(work_title(title)))


def _earlier_on_metric(ctx: Context, goal) -> bool:
    """Does a goal of the same owner on the same metric, with a target, cover an earlier
    period? Last quarter's goal is this one's starting point (its result is recorded
    there), as quarterly OKR files carry a measure from one quarter to the next."""
    if not goal.metric or not goal.period:
        return False
    period = reading.read_period(goal.period, ctx.fiscal_year_start)
    if period is None:
        return False
    for other in ctx.goals_by_metric.get(goal.metric, ()):
        if other is goal or other.owner != goal.owner or other.target is None or not other.period:
            continue
        before = reading.read_period(other.period, ctx.fiscal_year_start)
        if before is not None and before.end < period.start:
            return True
    return False


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


@check("GC608")
def compound_goal(ctx: Context):
    """Two results in one goal with one metric: its title states two or more targets
    of their own ("TMAU +17% and paid TMAU +26%"), or joins two metric names ("CMAU
    and Paid TMAU from X to Y"). What a number is and where one statement ends are
    read by titleparts.py; what a measure is, by the metric-name analyser. A goal that
    declares the other measures as guardrails has written them down: quiet."""
    from ..metricname import builtin

    expand = builtin().expand
    departments = frozenset(word for department in ctx.model.departments
                            for name in (department.id.replace("-", " "), department.name, *department.aliases)
                            for word in expand(name))
    for goal in ctx.model.goals:
        if not goal.metric or not titleparts.may_join(goal.title):
            continue
        items = titleparts.parts(goal.title)
        if len(items) < 2:
            continue
        stated = titleparts.numeric_targets(items, _counts_people)
        named = _measures_named(items, departments)
        if len(stated) >= len(named):
            what, shown = "targets", [_snippet(part) for part in stated]
        else:
            what, shown = "measures", named
        if len(shown) < 2 or len(shown) <= 1 + len(goal.guardrails):
            continue
        yield about_goal("GC608", ctx, goal, {
            "title": goal.title, "metric": ctx.metric_name(goal.metric), "count": len(shown), "what": what,
            "listed": and_list(f"'{text}'" for text in shown)}, facts=(what, str(len(shown))))
