"""2xx Ownership: shared outcomes owned by one department, owners without the
levers, customer-facing departments with no customer measure in common."""

from __future__ import annotations

import re

from .. import lazyre
from ..finding import Finding
from ..index import Context
from .. import words
from . import about_goal, and_list, check, first_of_each, unique


@check("GC201")
def siloed_cross_functional_outcome(ctx: Context):
    """A company-wide outcome held by one department alone. Quiet where the files hold
    one department only (a department's own plan or scorecard, audited alone): nobody
    else is there to share it with, and who else moves it would be a guess."""
    if len(ctx.model.departments) < 2:
        return
    facts = ctx.facts
    for metric_id, goals in ctx.goals_by_metric.items():
        metric = facts.metrics.get(metric_id)
        if metric is None or not metric.cross_functional:
            continue
        committed = [g for g in goals if g.level in ("department", "org")]
        if not committed:
            continue
        owners = {g.owner for g in committed}
        if len(owners) != 1:
            continue
        if any(g.co_owners or g.id in ctx.in_shared_chain for g in committed):
            continue
        owner = next(iter(owners))
        # another department holding a goal on it (a team goal, say) the same way shares it
        others = {ctx.facts.goals[g.id].direction for g in goals if g.owner != owner}
        why = unique([metric.why.get("cross_functional")])
        influencers = _shown(metric_influencers(ctx, metric_id)) or _others(ctx, owner)
        for goal in committed:
            direction = ctx.facts.goals[goal.id].direction
            if others and (direction in others or None in others or direction is None):
                continue
            yield about_goal("GC201", ctx, goal, {"metric": ctx.metric_name(metric_id),
                           "department": ctx.department_name(goal.owner),
                           "influencers": influencers},
                          why)


SHOWN_DEPARTMENTS = 4  # departments a message names; the rest are counted


def _shown(names: list[str]) -> str:
    """Department names for a message: the first SHOWN_DEPARTMENTS, and how many more,
    so that a message grows with its finding, not with the organisation (the full
    list is the metric's influenced_by, in the goals file)."""
    if len(names) > SHOWN_DEPARTMENTS:
        return f"{', '.join(names[:SHOWN_DEPARTMENTS])} and {len(names) - SHOWN_DEPARTMENTS} more departments"
    return and_list(names)


def _others(ctx: Context, owner: str) -> str:
    """The organisation's other departments, as the ones a company-wide outcome needs."""
    names = [d.name for d in ctx.model.departments if d.id != owner]
    if not names:
        return "the rest of the company"
    return _shown(names)


def metric_influencers(ctx: Context, metric_id: str) -> list[str]:
    metric = ctx.metrics.get(metric_id)
    if metric is None or not metric.influenced_by:
        return []
    return [ctx.department_name(d) for d in metric.influenced_by]


@check("GC202")
def owner_without_levers(ctx: Context):
    """One finding per goal held to a metric its owner does not move. Where one department
    has more than GOALS_PER_OWNER such goals on one metric, its first GOALS_PER_OWNER by id
    are named and the last counts the rest (``first_of_each``): one fact about the
    department and the metric, said at most three times."""
    held: list = []  # the goals held to a metric their owner does not move, in file order
    groups: dict[tuple, list[str]] = {}
    for goal in ctx.model.goals:
        metric = ctx.metrics.get(goal.metric) if goal.metric else None
        if metric is None or not metric.influenced_by:
            continue
        levers = set(metric.influenced_by)
        if goal.owner in levers or any(co in levers for co in goal.co_owners):
            continue
        held.append((goal, metric))
        groups.setdefault((goal.owner, metric.id), []).append(goal.id)
    left_out, counted = first_of_each(groups.values(), key=str)
    for goal, metric in held:
        if goal.id in left_out:
            continue
        more = counted.get(goal.id, 0)
        yield about_goal("GC202", ctx, goal, {"metric": metric.name,
                       "department": ctx.department_name(goal.owner),
                       "levers": _shown(metric_influencers(ctx, metric.id)),
                       "more": f" (and {more} more goal{'s' if more > 1 else ''} of {ctx.department_name(goal.owner)}"
                               " on this metric)" if more else ""},
                      facts=tuple(sorted(set(metric.influenced_by))))


@check("GC203")
def no_shared_cx_measure(ctx: Context):
    facing = [d for d in ctx.model.departments if d.customer_facing]
    if len(facing) < ctx.param("GC203", "min-customer-facing"):
        return
    wanted = {d.id for d in facing}
    facts = ctx.facts
    linked: dict[str, set[str]] = {}
    for metric_id, metric in facts.metrics.items():
        if metric.experience:
            linked[metric_id] = set()
    binding_all = set()
    for incentive in ctx.model.incentives:
        for metric_id in incentive.metrics:
            if metric_id not in linked:
                continue
            if incentive.scope in ("leadership", "company"):
                binding_all.add(metric_id)
            elif incentive.scope in ("department", "team") and incentive.department:
                linked[metric_id].add(incentive.department)
    if binding_all:
        return
    for goal in ctx.model.goals:
        if goal.metric in linked:
            departments = linked[goal.metric]
            departments.add(goal.owner)
            departments.update(goal.co_owners)
    if any(wanted <= departments for departments in linked.values()):
        return
    if _separate_priorities(ctx, wanted):
        return
    organization = ctx.model.organization
    yield Finding("GC203", None, "organization", None, organization.where.key("organization"),
                  {"departments": and_list(d.name for d in facing), "count": len(facing)},
                  facts=tuple(sorted(wanted)))


def _separate_priorities(ctx: Context, facing: set[str]) -> bool:
    """Does each customer-facing department carry organisation priorities of its own, alone?
    Every goal of theirs supports only organisation-level objectives (no owner, no parent),
    each such objective is supported by one of them only, and no goal, journey stage or
    objective joins two of them: an agency's offices on separate priorities for different
    publics (the IRS's taxpayers and TTB's permit applicants; workers' compensation
    claimants and apprentices) walk no journey together, so no one experience measure
    could tie them. A company's Sales and Customer Engineering, each under objectives of
    its own, serve the same customers: their objectives are the departments', not the
    organisation's separate priorities, and GC203 still asks; so it does where the plan is
    not a portfolio of three or more priorities each carried by one office alone."""
    carriers: dict[str, set[str]] = {}  # objective -> the customer-facing departments under it
    worked = set()
    for goal in ctx.model.goals:
        owners = {goal.owner, *goal.co_owners} & facing
        if not owners:
            continue
        if len(owners) > 1:
            return False
        for objective_id in goal.supports:
            objective = ctx.objectives.get(objective_id)
            if objective is None or objective.owner or objective.parent:
                return False
            carriers.setdefault(objective_id, set()).update(owners)
        if goal.supports:
            worked |= owners
    if worked != facing or any(len(departments) > 1 for departments in carriers.values()):
        return False
    # and the plan is a portfolio of such priorities: three or more organisation objectives,
    # each carried by the goals of one office alone, whichever office (a company's "Grow
    # revenue" beside "Delight customers" is two objectives, and Marketing beside Sales
    # under the first)
    offices: dict[str, set[str]] = {}
    for goal in ctx.model.goals:
        for objective_id in goal.supports:
            offices.setdefault(objective_id, set()).update((goal.owner, *goal.co_owners))
    if len(offices) < 3 or any(len(owners) > 1 for owners in offices.values()):
        return False
    return not any(len(({stage.owner, *stage.departments}) & facing) > 1 for stage in ctx.model.journey)


# "with Marketing", "in partnership with Finance/BizOps", "together with CE", "for CE to",
# "Sales + CE": the words that name a partner in a goal's title
_PARTNER_CUES = (("in", "partnership", "with"), ("in", "collaboration", "with"), ("together", "with"),
                 ("jointly", "with"), ("alongside",), ("partnering", "with"), ("partner", "with"),
                 ("with", "the"), ("with",), ("for",))
_CUES_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}  # a cue's first word -> the cues, in the order above
for _cue in _PARTNER_CUES:
    _CUES_BY_FIRST[_cue[0]] = _CUES_BY_FIRST.get(_cue[0], ()) + (_cue,)
# "Sales + CE", "GTM/Ops Teams <-> Product": a join that names the parties on both sides (a
# one-way arrow, "Lead -> Opportunity", is a sequence, not a partnership)
_BOTH_SIDES = frozenset({"+", "<->", "\u2194", "\u27f7"})
_CUE_STARTS = frozenset(_CUES_BY_FIRST) | _BOTH_SIDES
_RAW = lazyre.compile(r"[A-Za-z0-9][A-Za-z0-9&'.-]*|<-+>|<=+>|[+/,()\u2194\u27f7]")
_TRAILING_DOTS = lazyre.compile(r"\.+(?=\x00|\Z)")


def _lowered(raw: list[str]) -> list[str]:
    """The tokens in lower case, trailing dots dropped, each arrow both ways "<->":
    lowered as one string (the tokens are ASCII, NUL in none), since every title of a
    run is read so."""
    if not raw:
        return []
    joined = "\x00".join(raw).lower()
    if "." in joined:
        joined = _TRAILING_DOTS.sub("", joined)
    lower = joined.split("\x00")
    if "<" in joined:
        lower = ["<->" if token[:2] in ("<-", "<=") else token for token in lower]  # "<-->", "<=>"
    return lower


def _department_names(department) -> dict[str, bool]:
    """The names a goal may call a department by -> whether the match must be in capitals
    (initials and short ids: "CE", not "ce" in a word): its id, its name and the parts of
    its name ("Operations (BizOps, Finance, TechOps, Legal)", "Product/Engineering"),
    the initials of a name of two words or more (Customer Engineering = CE), its aliases."""

    names: dict[str, bool] = {}
    name = department.name
    parts = [name, re.sub(r"\s*\(.*?\)", "", name)]
    for inside in re.findall(r"\((.*?)\)", name):
        parts += re.split(r"\s*[,/&]\s*|\s+and\s+", inside)
    parts += re.split(r"\s*/\s*", re.sub(r"\s*\(.*?\)", "", name))
    for part in [*parts, *department.aliases]:
        key = " ".join(words.tokens(part))
        if key and key not in words.STOP:
            names.setdefault(key, len(key) <= 3)
    plain = [w for w in words.tokens(re.sub(r"\s*\(.*?\)", "", name)) if w not in words.STOP]
    if len(plain) >= 2:
        names.setdefault("".join(w[0] for w in plain), True)
    ident = " ".join(words.tokens(department.id.replace("-", " ")))
    names.setdefault(ident, len(ident) <= 3)
    return names


def _partners_named(ctx: Context, title: str, index: dict, things: dict | None = None) -> list[str]:
    """The departments a title names as partners: right after a cue ("with", "for ... to"),
    or joined by "+" or a two-way arrow ("Sales + CE", "Ops Teams <-> Product"), and the
    others of a list that follows a cue. Departments named as who is to act are in
    ``things`` (when given) with the word for what they are to have or do."""
    raw = _RAW.findall(title)
    lower = _lowered(raw)
    starts = [place for place, token in enumerate(lower) if token in _CUE_STARTS]
    found: list[str] = _actors_named(raw, lower, index, things)
    if not starts:
        return found  # no cue, no partner (most titles)

    def department_at(place: int) -> tuple[str | None, int]:
        if not raw[place][:1].isupper():
            return None, place  # "with product tours" names no department; "with Product" does
        for size in (3, 2, 1):
            phrase = " ".join(lower[place:place + size])
            shown = " ".join(raw[place:place + size])
            for key in (phrase, phrase[:-1] if phrase.endswith("s") else None):
                if key and key in index:
                    department_id, capitals = index[key]
                    if capitals and not shown.rstrip("s").isupper():
                        continue
                    if not shown[:1].isupper():
                        continue  # "with product tours" names no department; "with Product" does
                    return department_id, place + size
        return None, place

    for place in starts:
        cues = _CUES_BY_FIRST.get(lower[place])
        cue = next((c for c in cues if tuple(lower[place:place + len(c)]) == c), None) if cues else None
        plus = lower[place] in _BOTH_SIDES
        if cue is None and not plus:
            continue
        at = place + (len(cue) if cue else 1)
        if plus:  # "Sales + CE", "Ops <-> Product": both sides
            before, _ = department_at(place - 1) if place else (None, 0)
            if before:
                found.append(before)
        while at < len(lower):
            department_id, after = department_at(at)
            if department_id is None:
                break
            if cue == ("for",) and lower[after:after + 1] != ["to"]:
                break  # "for CE to ...": a partner asked to act; "for Sales" alone is a customer
            found.append(department_id)
            if after < len(lower) and lower[after] in ("/", ",", "and", "&", "+", "or"):
                at = after + 1
                continue
            break
    return list(dict.fromkeys(found))


# "Sales reps are using the new pricing model", "the SDR, Marketing, and/or Product teams are
# using ...": a department named as who is to act, in the state the goal asks for
_ACTOR_VERBS = frozenset({"are", "is", "have", "has", "will"})
_ACTOR_NOUNS = frozenset({"team", "teams", "rep", "reps", "staff", "leaders", "leadership"})
_LIST_JOINS = frozenset({",", "and", "or", "/", "&"})


# where the phrase after the verb ends: what follows is about the thing, not the thing itself
_THING_ENDS = frozenset({"for", "of", "to", "with", "on", "in", "by", "that", "which", "across", "between",
                         "from", "at", "and", "or", ",", "/", "(", ")", "+"})


def _thing(raw: list[str], lower: list[str], place: int) -> str | None:
    """What the actors before the verb at ``place`` are to have or do: the last word of
    the phrase after it ("have a working process for prioritization and delivery":
    process; "are using the new pricing model": model)."""
    last = None
    for at in range(place + 1, len(lower)):
        if lower[at] == "+" and at > place + 1 and lower[at - 1][:1].isdigit():
            continue  # "1+ recommendations": a number, not a join
        if lower[at] in _THING_ENDS or not raw[at][:1].isalnum():
            break
        last = lower[at]
    return last


def _actors_named(raw: list[str], lower: list[str], index: dict, things: dict | None = None) -> list[str]:
    """The departments a title names as the subject of a verb ("Sales reps are using",
    "Sales, engineering, and product have a working process"): the list just before
    "are / is / have / has / will", after an optional team noun. A lone name must be in
    capitals or followed by a team noun ("Product is ..." in a sentence about a product
    names nothing); a list of two or more names the departments whatever their case."""
    found: list[str] = []
    if _ACTOR_VERBS.isdisjoint(lower):
        return found  # no verb to be the subject of (most titles)
    for place, token in enumerate(lower):
        if token not in _ACTOR_VERBS or place == 0:
            continue
        end = place - 1 if lower[place - 1] in _ACTOR_NOUNS else place
        named, capitals, at = [], False, end
        while at > 0:
            hit = next(((index[key][0], size) for size in (3, 2, 1) if at - size >= 0
                        for key in [" ".join(lower[at - size:at])] if key in index
                        and not (index[key][1] and not raw[at - size].isupper())), None)
            if hit is None:
                break
            department_id, size = hit
            named.append(department_id)
            capitals = capitals or raw[at - size][:1].isupper()
            at -= size
            while at > 0 and lower[at - 1] in _LIST_JOINS:
                at -= 1
        if len(named) >= 2 or (named and capitals and end < place and (
                at == 0 or lower[at - 1] in ("the", "our", "all", "both", "and", ","))):
            # a lone name starts its clause: "the quality of Sales reps is" names no actor
            found.extend(reversed(named))
            if things is not None:
                thing = _thing(raw, lower, place)
                for department_id in named:
                    things.setdefault(department_id, thing)
    return list(dict.fromkeys(found))


@check("GC204")
def named_partner_without_goal(ctx: Context):
    """A goal's title names another department as its partner, and that department
    has no sister goal: it does not co-own it, holds no goal on the same metric or
    serving the same objective (a cascaded goal's own: or under the same parent), and
    owns no goal the goal is cascaded from or to."""
    index: dict[str, tuple[str, bool]] = {}
    ambiguous: set[str] = set()
    for department in ctx.model.departments:
        for key, capitals in _department_names(department).items():
            if key in index and index[key][0] != department.id:
                ambiguous.add(key)
            index.setdefault(key, (department.id, capitals))
    for key in ambiguous:
        del index[key]  # a name two departments answer to names neither
    if not index:
        return
    worked_out: list[dict[str, set[str]]] = []
    own_words: list[dict[str, set[str]]] = []  # _own_words, for the first title that names an actor

    def served_by() -> dict[str, set[str]]:
        """Objective id -> the departments taking part in goals serving it: worked out
        for the first title that names a partner (most name none)."""
        if not worked_out:
            serving: dict[str, set[str]] = {}
            for goal in ctx.model.goals:
                for objective_id in ctx.supports.get(goal.id, ()):
                    serving.setdefault(objective_id, set()).update((goal.owner, *goal.co_owners))
            worked_out.append(serving)
        return worked_out[0]

    for goal in ctx.model.goals:
        things: dict[str, str | None] = {}
        partners = [d for d in _partners_named(ctx, goal.title, index, things) if d != goal.owner]
        if not partners:
            continue
        for department_id in partners:
            if department_id in goal.co_owners or _has_sister(ctx, goal, department_id, served_by()):
                continue
            if things.get(department_id):
                if not own_words:
                    own_words.append(_own_words(ctx))
                if _own_part(own_words[0], ctx, department_id, things[department_id]):
                    continue  # named as who is to act, with its own objective or goal on the thing
            yield about_goal("GC204", ctx, goal, {"title": goal.title,
                                                  "partner": ctx.department_name(department_id),
                                                  "department": ctx.department_name(goal.owner)},
                             facts=(department_id,))


def _own_words(ctx: Context) -> dict[str, set[str]]:
    """Department id -> the content words of the titles of the objectives it owns and the
    goals it owns or co-owns: what ``_own_part`` looks a thing up in, built once a run."""
    found: dict[str, set[str]] = {}
    for objective in ctx.model.objectives:
        if objective.owner:
            found.setdefault(objective.owner, set()).update(ctx.text(objective.title).content)
    for goal in ctx.model.goals:
        content = ctx.title(goal).content
        for department_id in (goal.owner, *goal.co_owners):
            found.setdefault(department_id, set()).update(content)
    return found


def _own_part(own: dict[str, set[str]], ctx: Context, department_id: str, thing: str) -> bool:
    """A department named as who is to act ("Sales, engineering, and product have a
    working process for prioritization and delivery") that sets itself an objective or
    a goal on that thing ("Create a data driven planning process", "Handbook describes
    product planning processes") has planned its part, under its own objective."""
    wanted = ctx.text(thing).content
    return bool(wanted) and not wanted.isdisjoint(own.get(department_id, ()))


def _has_sister(ctx: Context, goal, department_id: str, serving: dict) -> bool:
    if goal.metric and any(department_id in (g.owner, *g.co_owners) for g in ctx.goals_by_metric.get(goal.metric, ())):
        return True
    # the objective it serves: its own, for a cascaded goal (what its parent serves is shared by
    # every piece of the cascade, a company objective by every department: that the partner
    # serves it too says nothing of this goal); a sibling under the same parent is a sister
    objectives = goal.supports if goal.parents else ctx.supports.get(goal.id, ())
    if any(department_id in serving.get(o, ()) for o in objectives):
        return True
    if any(department_id in (sibling.owner, *sibling.co_owners)
           for parent in goal.parents for sibling in ctx.children.get(parent, ())):
        return True
    # a goal it is cascaded from or to: walk up the parents, and the children one level
    seen, todo = set(), list(goal.parents)
    while todo:
        node = ctx.goals.get(todo.pop())
        if node is None or node.id in seen:
            continue
        seen.add(node.id)
        if department_id in (node.owner, *node.co_owners):
            return True
        todo.extend(node.parents)
    return any(department_id in (c.owner, *c.co_owners) for c in ctx.children.get(goal.id, ()))


def _demand(ctx: Context, metric_id: str | None) -> bool:
    """Does the metric count contact demand customers raise (contacts, tickets, cases,
    calls, help requests, escalations)? The analyser's ``demand`` fact, on a cost."""
    facts = ctx.facts.metrics.get(metric_id) if metric_id else None
    if not (facts is not None and facts.demand and facts.kind == "cost"):
        return False
    # the analyser's demand also counts visits and jobs (truck rolls): GC205 is about
    # the contacts customers raise, so their name must say so
    return not _CONTACT_WORDS.isdisjoint(words.content_words(ctx.metric_name(metric_id)))


_CONTACT_WORDS = frozenset({"contact", "call", "ticket", "case", "request", "escalation", "chat", "email",
                            "enquiry", "inquiry", "query", "queries", "interaction", "wismo"})


@check("GC205")
def front_line_owns_demand(ctx: Context):
    """The front line alone holds a goal to cut the demand others cause: the goal
    decreases contact demand, every department owning it is customer-facing, and no
    department that is not (product, engineering, billing, operations) owns or
    co-owns a goal on the metric. The inference version of GC202 for repos without
    ``influenced_by``: quiet where the metric states it (GC202's ground), and where one of the goal's
    initiatives removes the cause (the front line fixing causes itself)."""
    from ..metricname import builtin

    facts = ctx.facts
    # with no department behind the front line in the files, only a team named as the front line
    # ("Support") is known to be it: a whole utility or agency written as one department is not
    in_view = not all(department.customer_facing for department in ctx.departments.values())
    for metric_id, goals in ctx.goals_by_metric.items():
        if not _demand(ctx, metric_id):
            continue
        behind = [d for g in goals for d in (g.owner, *g.co_owners)
                  if d in ctx.departments and not ctx.departments[d].customer_facing]
        if behind:
            continue  # a department behind the front line holds a goal on it
        metric = ctx.metrics.get(metric_id)
        for goal in goals:
            held = facts.goals[goal.id]
            # a cut, or a ceiling held ("continue to engage engineering no more than 10% of the
            # time"): either way the front line alone answers for how much demand there is
            if not (held.direction == "decrease" or (held.direction == "maintain" and held.bound == "cap")):
                continue
            # the owner, then each co-owner once, by id: co_owners is a set, whatever its written order
            owners = [ctx.departments.get(d) for d in (goal.owner, *sorted(set(goal.co_owners) - {goal.owner}))]
            if not owners or any(d is None or not d.customer_facing for d in owners):
                continue
            if not in_view and not all(builtin().is_front_line_team(f"{d.id.replace('-', ' ')} {d.name}")
                                       for d in owners):
                continue
            if metric is not None and metric.influenced_by is not None:
                continue  # influenced_by is written: GC202 judges the owner against it
            if facts.removes_cause(goal)[0]:
                continue
            why = unique([facts.metrics[metric_id].why.get("demand"), facts.goals[goal.id].direction_why])
            yield about_goal("GC205", ctx, goal, {"metric": ctx.metric_name(metric_id),
                                                  "departments": and_list(d.name for d in owners),
                                                  "aim": "fewer" if held.direction == "decrease" else "a ceiling on"},
                             why)
