"""The leadership report in Markdown, for a wiki or a planning doc, and its compact
form for a pull-request comment.

The full report tells the HTML report's story in the same order (report/story.py
holds the words): who and when, score and verdict, scores by area and by
department, the alignment matrix, the conflict map, the top fixes, and every
finding by department, where a rule that fires many times in one department
is folded into a <details> block after its first few findings.

``compact=True`` gives what a pull-request comment needs and no more: the score
and grade, a table of the most severe findings, the rest folded into <details>
and, past a bound, counted by rule, so the comment stays well under the
65,536 characters GitHub allows however many findings there are.

``link_base``, when given, turns every "file:line" into a link: the URL of the
audited folder in a code browser (for GitHub,
``https://github.com/OWNER/REPO/blob/SHA/PATH/``); ``#L<line>`` is added.

Everything from the goals files is escaped, so a title cannot add markup, links
or HTML to the page.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import quote

from ..untrusted import safe_text
from . import story

FOLD_AFTER = 3  # findings of one rule shown in a department before the rest are folded
CHIPS_PER_CELL = 3
TRANSPOSE_OVER = 8
COMPACT_SHOWN = 10  # findings in the comment's table before the fold
COMPACT_FOLDED = 90  # findings listed inside the fold; the rest are counted by rule
COMPACT_MESSAGE = 240  # characters of a message in the comment



def md(text) -> str:
    """Inline text that shows as written: no emphasis, links, tables, HTML or @mention
    from the data; controls and bidi shown escaped (untrusted.safe_text)."""
    return safe_text(text, "markdown")


def code(text) -> str:
    """A code span, fenced with more backticks than the text holds; pipes escaped for tables."""
    text = safe_text(text, "plain")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    padded = f" {text} " if text.startswith("`") or text.endswith("`") else text
    return f"{fence}{padded}{fence}".replace("|", "\\|")


def _where(item, link_base: str | None) -> str:
    location = item.finding.location
    label = f"{location.file}:{location.line}"
    if link_base is None:
        return code(label)
    url = f"{link_base.rstrip('/')}/{quote(location.file)}#L{location.line}"
    return f"[{md(label)}](<{url.replace('>', '%3E')}>)"


def _table(header: list[str], rows: list[list[str]], align: list[str] | None = None) -> list[str]:
    align = align or ["---"] * len(header)
    return (["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
            + ["| " + " | ".join(row) + " |" for row in rows])


def render(result, compact: bool = False, link_base: str | None = None, show_all: bool = False,
           **_options) -> str:
    lines = _compact(result, link_base) if compact else _full(result, link_base, show_all)
    return "\n".join(lines).rstrip("\n") + "\n"


# --- the full report -----------------------------------------------------------------------------

def _full(result, link_base, show_all: bool = False) -> list[str]:
    counts = result.counts
    out = [f"# Goals audit: {md(result.organization)}", "",
           f"As of {story.long_date(result.as_of)} · goalcheck {md(result.version)}", ""]
    if result.strategy:
        out += [f"> **Strategy:** {md(result.strategy)}", ""]
    tally = [story.plural(len(result.active), story.new(result) + "finding") + ":",
             f"{counts['high']:,} {story.new(result)}high · {counts['medium']:,} medium · {counts['low']:,} low"]
    if counts.get("waived"):
        tally.append(f"· {counts['waived']:,} waived")
    tally.append(f"· {story.plural(result.goals, 'goal')} · {story.plural(len(result.departments), 'department')}.")
    complete = story.completeness(result)
    out += [f"## Alignment: {result.score:.1f}/100 · grade {result.grade}"
            + (f" · {md(complete)}" if complete else ""), "",
            f"**{md(story.verdict(result))}**", "",
            " ".join(tally) + " " + md(story.gate(result)), ""]
    placeholders = story.placeholder_sentence(result)
    if placeholders:
        out += [f"**{md(placeholders)}** {_ids(story.placeholder_goals(result), story.IDS_SHOWN)}", ""]
    if result.compared is not None:
        out += [md(story.comparison_line(result)) + ".", ""]
    unknown = story.unknown_line(result)
    if unknown:
        out += [f"<sub>{md(unknown)}</sub>", ""]
    out += _scores("Scores by area", "Area", result.areas)
    if result.departments:
        out += _scores("Scores by department", "Department", result.departments)
    out += _matrix(result)
    out += _conflicts(result)
    out += _fixes(result)
    out += _findings(result, link_base)
    out += _hygiene(result, link_base, show_all)
    return out


def _bar(score: float) -> str:
    filled = int(score // 10)
    return code("█" * filled + "░" * (10 - filled))


def _scores(title: str, kind: str, parts) -> list[str]:
    rows = [[md(part.name), f"{part.score:.1f}", _bar(part.score), f"{part.findings:,}"]
            if getattr(part, "ran", True) else [md(part.name), "not run", "", "-"] for part in parts]
    return [f"## {title}", ""] + _table([kind, "Score", "", "Findings"], rows, ["---", "---:", "---", "---:"]) + [""]


def _ids(ids, limit: int = CHIPS_PER_CELL, total: int | None = None) -> str:
    """At most ``limit`` ids, then how many more of ``total`` (all of ``ids`` by default)."""
    if not ids:
        return "·"
    total = len(ids) if total is None else total
    shown = ", ".join(code(goal) for goal in ids[:limit])
    return shown + (f" +{total - min(limit, len(ids)):,} more" if total > limit else "")


def _matrix(result) -> list[str]:
    matrix = result.matrix
    out = ["## Alignment matrix", ""]
    if matrix is None or not matrix.objectives or not matrix.departments:
        return out + ["No objectives or no departments to cross.", ""]
    empty, idle = set(matrix.empty_objectives), set(matrix.serving_nothing)
    out += ["Which departments' goals serve which objectives, directly or through the goal they cascade "
            "from. **No goals** marks an objective nothing serves or a department whose goals serve no "
            "objective.", ""]

    def objective(o) -> str:
        return f"{md(o.title)} ({code(o.id)})" + (" **no goals**" if o.id in empty else "")

    def department(row) -> str:
        return f"**{md(row.name)}** ({story.plural(row.goals, 'goal')})" + (" **no goals**" if row.id in idle else "")

    unlinked = any(row.unlinked for row in matrix.departments)  # a column for them only when there are some
    if len(matrix.objectives) > TRANSPOSE_OVER and len(matrix.departments) < len(matrix.objectives):
        header = ["Objective"] + [department(row) for row in matrix.departments]
        rows = [[objective(o)] + [_ids(row.cells.get(o.id, ())) for row in matrix.departments]
                for o in matrix.objectives]
        if unlinked:
            rows.append(["Serving no objective"] + [_ids(row.unlinked) for row in matrix.departments])
    else:
        header = ["Department"] + [objective(o) for o in matrix.objectives] + ["Serving no objective"] * unlinked
        rows = [[department(row)] + [_ids(row.cells.get(o.id, ())) for o in matrix.objectives]
                + [_ids(row.unlinked)] * unlinked for row in matrix.departments]
    out += _table(header, rows) + [""]
    titles = {o.id: o.title for o in matrix.objectives}
    names = {row.id: row.name for row in matrix.departments}
    out.append("**Objectives no goal serves:** "
               + (", ".join(md(titles[o]) for o in matrix.empty_objectives) or "none") + ".  ")
    out.append("**Departments whose goals serve no objective:** "
               + (", ".join(md(names[d]) for d in matrix.serving_nothing) or "none") + ".")
    return out + [""]


def _conflicts(result) -> list[str]:
    out = ["## Conflict map", ""]
    if not result.conflicts:
        return out + ["No two departments push against each other in the findings of this audit.", ""]
    out += ["Pairs of departments whose goals push against each other, each about one metric.", ""]
    for conflict in result.conflicts:
        first, second = conflict.sides
        out.append(f"- **{md(first.name)} ⇄ {md(second.name)}** · {story.KIND_TITLES[conflict.kind]} · "
                   f"metric *{md(conflict.metric_name)}*  ")
        out.append(f"  {md(story.conflict_sentence(conflict))}  ")
        out.append(f"  Goals: {md(first.name)} {_ids(first.goals, 6, first.count)}; {md(second.name)} "
                   f"{_ids(second.goals, 6, second.count)} · {', '.join(conflict.rules)}")
    return out + [""]


def _fix_line(result, fix, items) -> str:
    item = items[0]
    where = [f"**{story.points_won(fix)}**"]
    if story.fix_departments(result, items):
        where.append(md(story.fix_departments(result, items)))
    where += [md(story.fix_subject(fix, items)), f"{code(item.rule.code)} {md(item.rule.name)}"]
    return f"{md(item.fix)} — {' · '.join(where)}"


def _fixes(result) -> list[str]:
    fixes = story.top_fixes(result)
    out = ["## Top fixes", ""]
    if not fixes:
        return out + ["Nothing to fix.", ""]
    out += [f"{number}. {_fix_line(result, fix, items)}" for number, (fix, items) in enumerate(fixes, 1)]
    return out + [""]


def _finding_row(item, link_base) -> list[str]:
    message = md(item.message)
    if item.waived is not None:
        message = f"*Waived: {md(item.waived)}.* " + message
    if item.finding.inferred:
        message += f"<br>*Inferred: {md('; '.join(item.finding.inferred))}*"
    return [item.severity, f"{message} · {code(item.rule.code)}", md(item.fix),
            _where(item, link_base)]


def _findings(result, link_base) -> list[str]:
    """Every alignment finding, by department; hygiene follows in its own section."""
    out = ["## Every finding, by department", ""]
    groups = story.by_department(result, story.alignment_findings(result))
    if not groups:
        hygiene = story.hygiene_findings(result)
        return out + ["No alignment findings: every alignment rule that ran is satisfied"
                      + (" (goal hygiene is below)." if hygiene else "."), ""]
    scores = {part.id: part.score for part in result.departments}
    for department, name, items in groups:
        note = story.plural(sum(1 for item in items if item.waived is None), "finding")
        if department in scores:
            note += f" · score {scores[department]:.1f}"
        out += [f"### {md(name)}", "", note, ""]
        out += _department_findings(items, link_base)
    return out


def _department_findings(items, link_base) -> list[str]:
    """A department's findings as a table, a rule's findings past the first few in <details>."""
    out = []
    header = ["Severity", "Finding", "Fix", "Where"]
    shown, folded = [], {}
    seen: Counter = Counter()
    totals = Counter(item.rule.code for item in items)
    for item in items:
        code_ = item.rule.code
        seen[code_] += 1
        if totals[code_] > FOLD_AFTER + 1 and seen[code_] > FOLD_AFTER:
            folded.setdefault(code_, []).append(item)
        else:
            shown.append(item)
    out += _table(header, [_finding_row(item, link_base) for item in shown]) + [""]
    for code_, rest in folded.items():
        out += [f"<details><summary>{len(rest):,} more {code_} {md(rest[0].rule.name)}</summary>", ""]
        out += _table(header, [_finding_row(item, link_base) for item in rest]) + ["", "</details>", ""]
    return out


def _hygiene(result, link_base, show_all: bool) -> list[str]:
    """Goal hygiene, after the alignment findings: a row per department with each rule's
    count and the goals' ids; ``show_all`` lists every finding instead."""
    items = story.hygiene_findings(result)
    if not items:
        return []
    out = [f"## {md(story.hygiene_heading(result))}", ""]
    if show_all:
        for _department, name, group in story.by_department(result, items):
            note = story.plural(sum(1 for item in group if item.waived is None), "finding")
            out += [f"### {md(name)}", "", note, ""]
            out += _table(["Severity", "Finding", "Fix", "Where"], [_finding_row(item, link_base) for item in group])
            out += [""]
        return out
    out += ["What the goal files leave out, a row per department (`goalcheck audit --show-all` lists "
            "each finding). It never lowers the alignment score."
            + (" Placeholders are named at the top." if story.placeholder_goals(result) else ""), ""]
    rows = []
    for line in story.hygiene_lines(result):
        what = [md(story.rule_counts(line))] if line.rules else []
        what += [md(note) for note in line.notes]
        if line.waived:
            what.append(f"{line.waived:,} waived")
        rows.append([md(line.name), f"{line.findings:,}", " · ".join(what),
                     _ids(line.subjects, story.IDS_SHOWN) if line.subjects else "·"])
    if rows:
        out += _table(["Department", "Findings", "Rules", "Goals"], rows, ["---", "---:", "---", "---"]) + [""]
    return out


# --- the pull-request comment --------------------------------------------------------------------

def _compact(result, link_base) -> list[str]:
    counts = result.counts
    outcome = "passed" if result.passed else "failed"
    complete = story.completeness(result)
    out = [f"### goalcheck: {md(result.organization)} scores {result.score:.1f}/100 for alignment "
           f"(grade {result.grade})" + (f"; {md(complete)}" if complete else ""), "",
           f"**{outcome.capitalize()}** · {counts['high']:,} {story.new(result)}high · {counts['medium']:,} medium · "
           f"{counts['low']:,} low" + (f" · {counts['waived']:,} waived" if counts.get("waived") else "")
           + f" · {story.plural(result.goals, 'goal')} · as of {result.as_of.isoformat()}", ""]
    if result.compared is not None:
        out += [md(story.comparison_line(result)) + ".", ""]
    active = sorted(result.active, key=lambda r: (story.SEVERITY_ORDER[r.severity], r.finding.location,
                                                  r.rule.code))
    if not active:
        return out + ["No findings: every rule that ran is satisfied."]
    header = ["Severity", "Rule", "Finding", "Where"]
    first, folded = active[:COMPACT_SHOWN], active[COMPACT_SHOWN:COMPACT_SHOWN + COMPACT_FOLDED]
    rest = active[COMPACT_SHOWN + COMPACT_FOLDED:]
    out += _table(header, [_compact_row(item, link_base) for item in first]) + [""]
    if folded:
        out += [f"<details><summary>{story.plural(len(folded) + len(rest), 'more finding')}</summary>", ""]
        out += _table(header, [_compact_row(item, link_base) for item in folded]) + [""]
        if rest:
            by_rule = Counter((item.rule.code, item.rule.name) for item in rest)
            listed = ", ".join(f"{code(rule)} {md(name)} × {count:,}"
                               for (rule, name), count in sorted(by_rule.items()))
            out += [f"And {len(rest):,} more not listed here: {listed}. Run `goalcheck audit` for the full report.",
                    ""]
        out += ["</details>", ""]
    fixes = story.top_fixes(result, 3)
    if fixes:
        out += ["<details><summary>Top fixes</summary>", ""]
        out += [f"{number}. {_fix_line(result, fix, items)}" for number, (fix, items) in enumerate(fixes, 1)]
        out += ["", "</details>"]
    return out


def _compact_row(item, link_base) -> list[str]:
    message = story.one_line(item.message)
    if len(message) > COMPACT_MESSAGE:
        message = message[:COMPACT_MESSAGE - 1].rstrip() + "…"
    return [item.severity, f"{code(item.rule.code)} {md(item.rule.name)}", md(message), _where(item, link_base)]
