"""The leadership report's story, in words, shared by the HTML and Markdown renderers.

Both tell the same story in the same order (who and when, score and verdict,
scores by area and department, alignment matrix, conflict map, top fixes,
every finding by department), so the wording lives here once. Everything is
plain text; each renderer escapes it for its own format. Nothing here
computes a figure: the numbers come from the Result.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

TOP_FIXES = 5
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
GOOD, FAIR = 85.0, 70.0  # score bands: no high or medium finding scores at least 85 (README, "The score")

_LEAD = {
    "A": "The goals are well aligned with the strategy",
    "B": "The goals are broadly aligned with the strategy",
    "C": "The goals are only partly aligned with the strategy",
    "D": "The goals are poorly aligned with the strategy",
    "F": "As written, these goals pull the organisation away from its own strategy",
}
_VERB = {"increase": "raise", "decrease": "cut", "maintain": "hold", None: "move"}
_VERB_S = {"increase": "raises", "decrease": "cuts", "maintain": "holds", None: "moves"}
KIND_TITLES = {"opposing-targets": "Opposing targets", "cost-vs-cx": "Cost cut against customer experience"}


def long_date(day: date) -> str:
    """1 December 2026: the same words on every machine, whatever its locale."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def band(score: float) -> str:
    """good, fair or poor: how a score is coloured."""
    return "good" if score >= GOOD else "fair" if score >= FAIR else "poor"


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def verdict(result) -> str:
    """One sentence a leader can repeat in the room, from the grade and the counts."""
    if result.compared is not None and not result.active:
        known = result.compared.known
        return (f"Nothing new since {result.compared.against}"
                + (f"; the {plural(known, 'finding')} already known there are not listed here." if known
                   else "."))
    if not result.active:
        return ("Every goal checked serves the strategy and no department pulls against another: "
                "nothing to settle before planning.")
    # the grade measures alignment, so the sentence weighs the alignment findings; goal
    # hygiene is named apart, as the second figure is
    aligned = [item for item in result.active if not is_hygiene(item)]
    high = sum(1 for item in aligned if item.severity == "high")
    medium = sum(1 for item in aligned if item.severity == "medium")
    hygiene = len(result.active) - len(aligned)
    if high:
        tail = (f"{plural(high, 'high-severity finding')} "
                f"{'needs' if high == 1 else 'need'} a decision before targets are locked")
    elif medium:
        tail = f"{plural(medium, 'medium finding')} {'is' if medium == 1 else 'are'} worth settling in planning"
    elif hygiene:
        tail = (f"what remains is goal data to complete ({plural(hygiene, 'hygiene finding')}"
                + (", placeholders first)" if placeholder_goals(result) else ")"))
    else:
        tail = "only minor points remain"
    return f"{_LEAD[result.grade]}; {tail}."


def unknown_line(result) -> str | None:
    """Once, folded: metrics nobody could read, so silence is not taken for alignment."""
    unknown = result.unknown_metrics
    if not unknown:
        return None
    facts = sorted({fact for _, missing in unknown for fact in missing})
    names = ", ".join(metric for metric, _ in unknown[:8])
    more = f" and {len(unknown) - 8} more" if len(unknown) > 8 else ""
    return (f"goalcheck could not tell what {len(unknown)} of {result.metrics} metrics measure "
            f"({names}{more}): declare {' / '.join(facts)} on them; rules that need it stay quiet "
            "there. `goalcheck facts` shows what was read.")


def completeness(result) -> str | None:
    """'goal data complete: 64% (7 of 11 goals)': the figure beside the score, apart from it."""
    figure = getattr(result, "hygiene", None)
    if figure is None:
        return None
    return (f"goal data complete: {figure.complete:g}% ({figure.complete_goals:,} of "
            f"{plural(figure.goals, 'goal')})")


def hygiene_note(result) -> str:
    """Why the score does not move with hygiene, said once where both figures stand."""
    return ("The score and grade measure alignment (areas 0xx to 5xx); goal hygiene is the second "
            "figure and never lowers them.")


def gate(result) -> str:
    rule = f"fail-on {result.fail_on}"
    if result.fail_under is not None:
        rule += f", fail-under {result.fail_under:g}"
    return f"Audit {'passed' if result.passed else 'failed'} ({rule})."


def subject(item) -> str:
    finding = item.finding
    if finding.subject is None:
        return "the organisation"
    kind = "journey stage" if finding.subject_kind == "journey" else finding.subject_kind
    return f"{kind} '{finding.subject}'"


def top_fixes(result, limit: int = TOP_FIXES) -> list[tuple]:
    """The rules whose findings, all fixed, win back the most points (score.py ranks
    them), each with its listed findings, the one worth most first."""
    by_rule: dict[str, list] = defaultdict(list)
    for item in result.active:
        by_rule[item.rule.code].append(item)
    out = []
    for fix in result.fixes:
        items = by_rule.get(fix.rule)
        if items:
            out.append((fix, sorted(items, key=lambda r: (-r.points, r.finding.location))))
        if len(out) == limit:
            break
    return out


def points_won(fix) -> str:
    """'+4.1 points for all 5 (to 62.1)', '+1.2 points for both', '+0.6 points', or, in a
    large organisation, 'under 0.1 points'. Points are counted in the order listed, each
    after the fixes above it, so they add up to the score reached."""
    points = f"+{fix.points:.1f} points" if fix.points > 0 else "under 0.1 points"
    if fix.findings == 2:
        points += " for both"
    elif fix.findings > 1:
        points += f" for all {fix.findings:,}"
    after = getattr(fix, "score_after", None)
    return points + (f" (to {after:.1f})" if after else "")


def fix_departments(result, items) -> str:
    """The departments a fix falls to, in the order of its findings: 'Finance, Customer Care'."""
    names = {part.id: part.name for part in result.departments}
    return ", ".join(dict.fromkeys(names[i.finding.department] for i in items if i.finding.department in names))


def fix_subject(fix, items) -> str:
    """'goal 'cut-aht' and 4 more like it'"""
    more = fix.findings - 1
    return subject(items[0]) + (f" and {more:,} more like it" if more > 0 else "")


def by_department(result, items=None) -> list[tuple[str | None, str, list]]:
    """Every finding (waived ones too), or those of ``items``, grouped: the organisation
    as a whole first, then each department in file order, then owners that name no department."""
    names = {part.id: part.name for part in result.departments}
    groups: dict[str | None, list] = defaultdict(list)
    for item in result.findings if items is None else items:
        groups[item.finding.department].append(item)
    order = [None] + [part.id for part in result.departments]
    order += sorted(d for d in groups if d is not None and d not in names)
    out = []
    for department in order:
        items = groups.get(department)
        if items:
            items = sorted(items, key=lambda r: (SEVERITY_ORDER[r.severity], r.finding.location, r.rule.code))
            out.append((department, "Across the organisation" if department is None
                        else names.get(department, department), items))
    return out


HYGIENE = "hygiene"  # the area whose findings human reports fold, a line per department
PLACEHOLDER = "GC607"  # placeholders are a planning gap: named in the header, not folded
IDS_SHOWN = 5  # ids on a folded line before "+N more"


def is_hygiene(item) -> bool:
    return item.rule.area == HYGIENE


def alignment_findings(result) -> tuple:
    """Every finding (waived ones too) of areas 0xx to 5xx: what the reports list one by one."""
    return tuple(item for item in result.findings if not is_hygiene(item))


def hygiene_findings(result) -> tuple:
    """Every hygiene finding (waived ones too), in report order."""
    return tuple(item for item in result.findings if is_hygiene(item))


def subject_id(item) -> str:
    """How a folded line names a finding's subject: a goal by its id, anything else with its kind."""
    finding = item.finding
    if finding.subject is None:
        return "the organisation"
    if finding.subject_kind == "goal":
        return finding.subject
    kind = "journey stage" if finding.subject_kind == "journey" else finding.subject_kind
    return f"{kind} {finding.subject}"


def capped(ids, limit: int = IDS_SHOWN) -> tuple[list, int]:
    """The first ``limit`` ids and how many more there are."""
    ids = list(ids)
    return ids[:limit], max(0, len(ids) - limit)


@dataclass(frozen=True)
class HygieneLine:
    """One department's hygiene findings, folded into one line of a human report."""

    department: str | None  # None: the organisation as a whole
    name: str
    rules: tuple  # (code, name, count) of each rule, by code
    subjects: tuple  # subject_id of each finding's subject, once each, in file order
    findings: int  # active findings folded here
    waived: int  # waived ones, counted apart
    notes: tuple  # messages of findings about the organisation as a whole: no id to name them by


def hygiene_lines(result) -> list[HygieneLine]:
    """The hygiene findings folded a line per department, in by_department's order;
    placeholders (GC607) are left out: the header names them."""
    out = []
    folded = [item for item in result.findings if is_hygiene(item) and item.rule.code != PLACEHOLDER]
    for department, name, items in by_department(result, folded):
        active = sorted((item for item in items if item.waived is None),
                        key=lambda r: (r.finding.location, r.rule.code))
        if not items:
            continue
        counts: dict[tuple, int] = {}
        for item in active:
            counts[(item.rule.code, item.rule.name)] = counts.get((item.rule.code, item.rule.name), 0) + 1
        subjects = tuple(dict.fromkeys(subject_id(item) for item in active if item.finding.subject is not None))
        notes = tuple(one_line(item.message) for item in active if item.finding.subject is None)
        out.append(HygieneLine(department, name, tuple((code, rule, n) for (code, rule), n in sorted(counts.items())),
                               subjects, len(active), len(items) - len(active), notes))
    return out


def placeholder_goals(result) -> list[str]:
    """The goals an active GC607 finding is about, once each, in file order."""
    items = sorted((item for item in result.active if item.rule.code == PLACEHOLDER),
                   key=lambda r: r.finding.location)
    return list(dict.fromkeys(subject_id(item) for item in items))


def placeholder_sentence(result) -> str | None:
    """'2 goals still have placeholder targets:' (the ids follow, each format its own way)."""
    goals = placeholder_goals(result)
    if not goals:
        return None
    if len(goals) == 1:
        return "1 goal still has a placeholder target where the number should be (GC607):"
    return f"{len(goals):,} goals still have placeholder targets where the numbers should be (GC607):"


def hygiene_heading(result) -> str:
    """'Goal hygiene: 12 findings on 9 goals': the folded section's title."""
    active = [item for item in result.active if is_hygiene(item)]
    goals = {item.finding.subject for item in active if item.finding.subject_kind == "goal"}
    return f"Goal hygiene: {plural(len(active), 'finding')} on {plural(len(goals), 'goal')}"


def rule_counts(line: HygieneLine) -> str:
    """'GC601 unmeasurable-goal 3, GC603 missing-baseline-or-due 2'"""
    return ", ".join(f"{code} {name} ×{count:,}" for code, name, count in line.rules)


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _moves(side) -> str:
    """'cuts Average handle time and Care agent headcount; raises First response time'"""
    by_verb: dict[str, list[str]] = {}
    for move in side.moves:
        by_verb.setdefault(_VERB_S[move.direction], []).append(move.metric_name)
    return "; ".join(f"{verb} {_and(metrics)}" for verb, metrics in by_verb.items())


def conflict_sentence(conflict) -> str:
    """What the two departments are doing to each other, in a sentence or two; past the
    map's bound, how many more departments the same cuts push against (insights.py)."""
    sentence = _conflict_sentence(conflict)
    if conflict.more:
        more = conflict.more
        sentence += f" The same cuts push against {more:,} more department{'s' if more > 1 else ''} so, not drawn."
    return sentence


def _conflict_sentence(conflict) -> str:
    first, second = conflict.sides
    metric = conflict.metric_name
    wanted = second.moves[0].direction if second.moves else None
    asked = f"is asked to {_VERB[wanted]} {metric}" if wanted else f"answers for {metric}"
    if conflict.link == "opposing-targets":
        return f"{first.name} {_moves(first)}; {second.name} is asked to {_VERB[wanted]} it."
    cuts = f"{first.name} {_moves(first)} the cheap way, with no customer guardrail."
    if conflict.link == "guardrail":
        return f"{cuts} {second.name} relies on {metric} as a guardrail of its own goals."
    if conflict.link == "same-metric":
        return f"{cuts} {second.name} {asked}."
    if conflict.link == "influenced-by":
        return (f"{cuts} {second.name} {asked}, which {first.name}'s work moves "
                f"(its influenced_by says so), and {first.name} has no goal on it.")
    return (f"{cuts} {second.name} {asked}, a customer measure the whole company moves, "
            f"and {first.name} has no goal on it.")


def score_change(before: float, after: float, delta: float) -> str:
    """A score's move, written 71.4 → 68.0 (−3.4)."""
    sign = "+" if delta > 0 else "−" if delta < 0 else "±"
    return f"{before:.1f} → {after:.1f} ({sign}{abs(delta):.1f})"


def comparison_line(result) -> str | None:
    """What --diff or --baseline compared the findings with, and what came of it."""
    compared = result.compared
    if compared is None:
        return None
    new = f"{compared.new} new finding{'' if compared.new == 1 else 's'}"
    if compared.kind == "diff":
        if compared.score_before is None:
            return f"Since {compared.against}: no goals could be audited there, so every finding is new ({new})"
        parts = [f"Since {compared.against}: score "
                 f"{score_change(compared.score_before, result.score, compared.delta)}", new]
        if compared.known:
            parts.append(f"{compared.known} already there (not listed)")
        if compared.fixed:
            parts.append(f"{compared.fixed} fixed")
    else:
        parts = [f"Against the baseline {compared.against}: {new}"]
        if compared.known:
            parts.append(f"{compared.known} in the baseline (not listed)")
        if compared.fixed:
            parts.append(f"{compared.fixed} fixed since it was written (--write-baseline records that)")
    return " · ".join(parts)


def new(result) -> str:
    """'new ' when --diff or --baseline leaves only new findings in the counts."""
    return "new " if result.compared is not None else ""
