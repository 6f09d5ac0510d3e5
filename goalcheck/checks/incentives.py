"""4xx Metrics and incentives: activity counts used as targets for people,
metrics nobody uses, pay with no customer measure or paying for cost cuts."""

from __future__ import annotations

from functools import lru_cache

from ..finding import Finding
from ..index import Context
from .. import words
from . import about_goal, and_list, check, unique


def _activity(ctx: Context, metric_id):
    facts = ctx.facts.metrics.get(metric_id) if metric_id else None
    return facts if facts is not None and facts.kind == "activity" else None


@check("GC401")
def individual_activity_target(ctx: Context):
    for goal in ctx.model.goals:
        if goal.level != "individual" and not goal.appraisal:
            continue
        facts = _activity(ctx, goal.metric)
        if facts is None:
            continue
        how = "an individual target" if goal.level == "individual" else "used in appraisals"
        if goal.level == "individual" and goal.appraisal:
            how = "an individual target used in appraisals"
        yield Finding("GC401", goal.id, "goal", ctx.known_department(goal.owner), goal.where.of(),
                      {"what": "goal", "subject": goal.id, "metric": ctx.metric_name(goal.metric), "how": how},
                      unique([facts.why.get("kind")]))
    for incentive in ctx.model.incentives:
        if incentive.scope != "individual":
            continue
        activity = [(metric_id, _activity(ctx, metric_id)) for metric_id in incentive.metrics]
        activity = [(metric_id, facts) for metric_id, facts in activity if facts is not None]
        if not activity:
            continue
        yield Finding("GC401", incentive.id, "incentive", ctx.known_department(incentive.department),
                      incentive.where.of(),
                      {"what": "incentive", "subject": incentive.id,
                       "metric": and_list(ctx.metric_name(metric_id) for metric_id, _ in activity),
                       "how": "paid to individuals"},
                      unique(facts.why.get("kind") for _, facts in activity),
                      facts=tuple(metric_id for metric_id, _ in activity))


@check("GC402")
def activity_as_goal(ctx: Context):
    for goal in ctx.model.goals:
        if goal.level not in ("department", "team"):
            continue  # individual targets are GC401's
        facts = _activity(ctx, goal.metric)
        if facts is not None:
            yield about_goal("GC402", ctx, goal, {"metric": ctx.metric_name(goal.metric), "level": goal.level},
                          unique([facts.why.get("kind")]))


@check("GC403")
def unused_metric(ctx: Context):
    for metric in ctx.model.metrics:
        if not metric.inline and metric.id not in ctx.used_metrics:
            yield Finding("GC403", metric.id, "metric", None, metric.where.of(),
                          {"metric": metric.id, "name": metric.name})


@check("GC404")
def incentives_without_cx(ctx: Context):
    broad = [i for i in ctx.model.incentives if i.scope in ("leadership", "company")]
    if not broad:
        return
    for incentive in broad:
        for metric_id in incentive.metrics:
            facts = ctx.facts.metrics.get(metric_id)
            if facts is not None and facts.may_be_experience:
                return
    first = min(broad, key=lambda i: i.order)
    yield Finding("GC404", None, "organization", None, first.where.of(),
                  {"incentives": and_list(f"'{i.id}'" for i in broad), "first": first.id},
                  facts=tuple(sorted(i.id for i in broad)))


@check("GC405")
def incentive_rewards_cost_cut(ctx: Context):
    facts = ctx.facts
    if not ctx.model.incentives:
        return
    guarded = {goal.metric for goal in ctx.model.goals
               if any(facts.metrics.get(g) is not None and facts.metrics[g].may_be_experience
                      for g in goal.guardrails)}
    for incentive in ctx.model.incentives:
        for metric_id in dict.fromkeys(incentive.metrics):
            metric = facts.metrics.get(metric_id)
            if metric is None or metric.kind != "cost" or metric_id in guarded:
                continue
            yield Finding("GC405", incentive.id, "incentive", ctx.known_department(incentive.department),
                          incentive.where.of(),
                          {"incentive": incentive.id, "metric": ctx.metric_name(metric_id)},
                          unique([metric.why.get("kind")]), facts=(metric_id,))


# "hire 2 PMs", "Hire at least two Customer Engineers", "+6 engineers", "AE headcount to
# plan", "new web design and dev hires operational", "Grow the department to plan"
_HIRE_VERBS = frozenset({"hire", "hiring", "recruit"})
_HEADCOUNT = frozenset({"headcount", "hc", "hires"})
_TEAM = frozenset({"team", "teams", "department", "org", "organisation", "organization", "headcount", "hc"})
_AMOUNT = frozenset({"a", "an", "at", "someone", "strong", "one", "two", "three", "four", "five", "six",
                     "seven", "eight", "nine", "ten", "twelve", "twenty", "several", "additional"})
# beside a hiring word, what makes it the speed, cost, quality or plan of hiring, not people added
_ABOUT_HIRING = frozenset({"time", "speed", "age", "days", "day", "cost", "quality", "satisfaction",
                           "manager", "managers", "process", "plan", "plans", "budget", "budgets", "tool",
                           "pipeline", "funnel", "per", "freeze", "fair", "fairs", "event", "events"})


_PENDING = frozenset({"pending", "awaiting", "after", "until", "once", "depending", "subject"})


_CUES = frozenset({"to", "plan"}) | _HIRE_VERBS | _HEADCOUNT  # a title with none of them counts no hires


def _counts_hires(found: tuple[str, ...]) -> str | None:
    """The words of a title or metric name (its tokens) that count people hired or
    headcount added."""
    if _CUES.isdisjoint(found):
        return None
    roles = _staff_words()
    for place, token in enumerate(found):
        if token not in _CUES:
            continue
        before, after = found[max(0, place - 2):place], found[place + 1:place + 4]
        shown = " ".join(found[place:place + 3] if token in _HIRE_VERBS else found[max(0, place - 1):place + 1])
        if after[:1] == ("plan",) and token == "to" and (
                not _TEAM.isdisjoint(found[max(0, place - 4):place]) or
                not _HIRE_VERBS.isdisjoint(found[max(0, place - 2):place])):
            return " ".join(found[max(0, place - 2):place + 2])  # hire to plan, grow the team to plan
        if token in _HIRE_VERBS:
            if after[:1] and after[0] in _ABOUT_HIRING or (before[-1:] and before[-1] in _ABOUT_HIRING):
                continue
            if after and (words.is_number(after[0]) or after[0] in _AMOUNT
                          or any(word in roles or word.rstrip("s") in roles for word in after[:3])):
                return shown
        if token in _HEADCOUNT:
            if (before[-1:] and before[-1] in _ABOUT_HIRING) or (after[:1] and after[0] in _ABOUT_HIRING):
                continue
            if not _PENDING.isdisjoint(found[max(0, place - 3):place]):
                continue  # "(pending Director hires)": a condition of the goal, not its result
            return shown
    return None


@lru_cache(maxsize=1)
def _staff_words() -> frozenset[str]:
    """The lexicon's staff words and the abbreviations that end in one (the lexicon is
    built in, so once a process)."""
    from ..metricname import builtin

    lexicon = builtin()
    found = {phrase[-1] for phrase in lexicon.classes["staff"]}
    return frozenset(found | {key for key, value in lexicon.abbreviations.items() if value and value[-1] in found})


def _people_department(ctx: Context, department_id: str) -> bool:
    from ..metricname import builtin

    department = ctx.departments.get(department_id)
    names = [department_id] + ([department.name, *department.aliases] if department else [])
    return any(builtin().is_people_team(name.replace("-", " ")) for name in names)


# the people a team size counts: its employees, or its members where a team of ours is named
_EMPLOYEES = frozenset({("employee",), ("staff",), ("team", "member"), ("staff", "member"), ("fte",),
                        ("full", "time", "equivalent"), ("headcount",)})
_MEMBERS = frozenset({("member",), ("people",), ("person",)})
_SHARES = frozenset({"percent", "percentage", "pct", "share", "ratio", "rate", "score", "index"})
_COUNTED = frozenset({"number", "total", "count", "size", "of", "#"})  # "Number of engineering members"
# the lexicon's trades that are the business's own work (its domains): a department named for
# one ("Engineering", "Infrastructure") is a function of the company, its members are its staff;
# one named for an audience ("Community", "Loyalty", "Membership") counts people outside it
_OWN_TRADES = frozenset({"an engineering measure", "a measure of staff", "a financial measure"})


def _team_size(ctx: Context, metric_id: str, departments: dict) -> str | None:
    """The metric's name when it is a team's size: the count of a department's people
    ("Engineering members", "Support team members", "Infrastructure FTEs") and nothing
    else, a department of this organisation naming them. Members or people are a team's
    only under a department named for the business's own trade: "Community members",
    "Loyalty members" and a bare "Members" are people outside it (in a membership
    business, its customers)."""
    from ..metricname import builtin

    metric = ctx.metrics.get(metric_id)
    unit = (metric.unit or "").lower() if metric is not None else ""
    if "%" in unit or not _SHARES.isdisjoint(words.tokens(unit)):
        return None  # "Engineering members" in %: a share of the team, not its size
    name = ctx.metric_name(metric_id)
    lexicon = builtin()
    found = lexicon.expand(name)
    while found and found[0] in _COUNTED:
        found.pop(0)
    for head in (3, 2, 1):
        if len(found) <= head or tuple(found[-head:]) not in _EMPLOYEES | _MEMBERS:
            continue
        people, qualifier = tuple(found[-head:]), found[:-head]
        for department_id, own_words in departments.items():
            if not own_words.issuperset(qualifier):
                continue
            if people in _MEMBERS and not _own_trade(lexicon, qualifier):
                continue
            return name
        return None
    return None


def _own_trade(lexicon, qualifier) -> bool:
    """The qualifier names one of the business's own trades (the lexicon's domains)."""
    shown = tuple(qualifier)
    for name, terms, *_ in lexicon.domains:
        if name not in _OWN_TRADES:
            continue
        for term in terms:
            if term[:1] != ("@",) and any(shown[at:at + len(term)] == term for at in range(len(shown))):
                return True
    return False


def _department_words(ctx: Context) -> dict[str, frozenset[str]]:
    """Each department's words as a name reads them: its id, name and aliases."""
    from ..metricname import builtin

    expand = builtin().expand
    out = {}
    for department in ctx.model.departments:
        found = set()
        for text in (department.id.replace("-", " ").replace("_", " "), department.name, *department.aliases):
            found.update(expand(text))
        out[department.id] = frozenset(found - words.STOP)
    return out


@check("GC406")
def headcount_as_key_result(ctx: Context):
    """Hiring written as a result: a goal whose metric or title counts people hired or
    headcount added, or whose metric is a team's size grown to a number ("Scale
    gracefully to 500+ members" on "Engineering members"), owned outside people, talent
    or recruiting. Quiet on goals that cut headcount (a cost goal), on hiring speed,
    cost or quality, and where the owner or a co-owner is the people team, for whom
    hiring is the result."""
    departments, sizes = None, {}
    for goal in ctx.model.goals:
        if ctx.facts.goals[goal.id].direction in ("decrease", "maintain"):
            continue
        found = ((_counts_hires(ctx.text(ctx.metric_name(goal.metric)).tokens) if goal.metric else None)
                 or _counts_hires(ctx.title(goal).tokens))
        if found is None and goal.metric and isinstance(goal.target, (int, float)) and (
                not isinstance(goal.baseline, (int, float)) or goal.target > goal.baseline):
            if departments is None:
                departments = _department_words(ctx)
            if goal.metric not in sizes:  # read once per metric, not once per goal
                sizes[goal.metric] = _team_size(ctx, goal.metric, departments)
            found = sizes[goal.metric]
        if found is None:
            continue
        if any(_people_department(ctx, d) for d in (goal.owner, *goal.co_owners)):
            continue
        yield about_goal("GC406", ctx, goal, {"title": goal.title, "words": found,
                                              "department": ctx.department_name(goal.owner)},
                         facts=(found,))
