"""The text report, for people: summary first, then findings by severity, then
the fixes that win back the most points.

Signal before volume: when one rule fires many times at one severity, the
report shows the first few and folds the rest into one line with the count.
Goal hygiene (GC6xx) comes after the alignment findings, a line per department
with each rule's count and the goals' ids; placeholders (GC607) are named in the
header instead, a planning gap a leader settles first. ``fold=False``
(--show-all, and the CI log of --format github) lists every finding.
"""

from __future__ import annotations

import io
from collections import defaultdict

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ..untrusted import break_log_commands, safe_text
from . import story

FOLD_AFTER = 3
_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}
_GRADE_STYLE = {"A": "bold green", "B": "green", "C": "yellow", "D": "red", "F": "bold red"}


def _v(value) -> str:
    """A value from the goals files, safe on a terminal and in a CI log (untrusted.safe_text)."""
    return safe_text(value, "log")


def _score_style(score: float) -> str:
    return "green" if score >= 85 else "yellow" if score >= 70 else "red"


def render(result, color: bool = False, width: int = 100, fold: bool = True, show_all: bool = False,
           **_options) -> str:
    """The report; ``fold=False`` (or ``show_all``) lists every finding, hygiene too
    (--show-all; CI logs, where nothing may be left out)."""
    fold = fold and not show_all
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system="standard" if color else None,
                      force_terminal=color, highlight=False, emoji=False, soft_wrap=False)
    counts = result.counts
    console.print(Text.assemble(("goalcheck ", "bold"), result.version, " · ",
                                (_v(result.organization), "bold"), f" · as of {result.as_of.isoformat()}"))
    if result.strategy:
        console.print(Text("Strategy: ", style="dim") + Text(_v(result.strategy)))
    if result.config:
        console.print(Text("Config: ", style="dim") + Text(safe_text(result.config, "log")))
    summary = Text.assemble(
        "Alignment ", (f"{result.score:.1f}/100", f"bold {_score_style(result.score)}"),
        "  grade ", (result.grade, _GRADE_STYLE[result.grade]),
        f"   {counts['high']} {story.new(result)}high · {counts['medium']} medium · {counts['low']} low",
        f" · {result.goals} goals")
    if counts.get("waived"):
        summary.append(f" · {counts['waived']} waived")
    console.print(summary)
    complete = story.completeness(result)
    if complete:
        console.print(Text(complete[0].upper() + complete[1:] + " · " + story.hygiene_note(result), style="dim"))
    placeholders = story.placeholder_sentence(result)
    if placeholders:
        console.print(Text(placeholders + " " + _ids(story.placeholder_goals(result)), style="yellow"))
    compared = story.comparison_line(result)
    if compared:
        console.print(Text(compared, style="bold"))
    console.print()

    table = Table(show_edge=False, box=None, pad_edge=False, header_style="bold")
    table.add_column("Area")
    table.add_column("Score", justify="right")
    table.add_column("Findings", justify="right")
    for part in result.areas:
        if not part.ran:  # none of its rules ran (--select, --ignore): no score to show
            table.add_row(Text(part.name, style="dim"), Text("not run", style="dim"), Text("-", style="dim"))
            continue
        table.add_row(part.name, Text(f"{part.score:.1f}", style=_score_style(part.score)), str(part.findings))
    console.print(table)
    console.print()
    if result.departments:
        table = Table(show_edge=False, box=None, pad_edge=False, header_style="bold")
        table.add_column("Department")
        table.add_column("Score", justify="right")
        table.add_column("Findings", justify="right")
        for part in result.departments:
            table.add_row(_v(part.name), Text(f"{part.score:.1f}", style=_score_style(part.score)),
                          str(part.findings))
        console.print(table)
        console.print()

    active = result.active
    aligned = [item for item in active if not story.is_hygiene(item)]
    if not active:
        console.print(Text("No new findings." if result.compared is not None
                           else "No findings: every rule that ran is satisfied.", style="green"))
    elif not aligned:
        console.print(Text("No new alignment findings." if result.compared is not None
                           else "No alignment findings: every alignment rule that ran is satisfied.",
                           style="green"))
        console.print()
    for severity in ("high", "medium", "low"):
        items = [item for item in aligned if item.severity == severity]
        if items:
            console.print(Text(f"{severity.upper()} ({len(items)})", style=_STYLE[severity]))
            _print_by_rule(console, items, fold)
    hygiene = [item for item in active if story.is_hygiene(item)]
    if hygiene:
        console.print(Text(story.hygiene_heading(result) + ("" if not fold else
                           " (a line per department; --show-all lists each)"), style="bold"))
        if fold:
            _print_hygiene_lines(console, result)
        else:
            for severity in ("high", "medium", "low"):
                _print_by_rule(console, [item for item in hygiene if item.severity == severity], False)
    waived = [item for item in result.findings if item.waived is not None]
    if waived:
        console.print(Text(f"WAIVED ({len(waived)})", style="dim"))
        for item in waived:
            console.print(Text(f"  {item.rule.code} {_v(story.subject(item))} · {_v(item.finding.location)}"
                               f" · {_v(item.waived)}", style="dim"))
        console.print()

    unknown = story.unknown_line(result)
    if unknown:
        console.print(Text(unknown, style="dim"))  # metric ids are slugs: nothing to escape
        console.print()

    fixes = story.top_fixes(result)
    if fixes:
        console.print(Text("Top fixes (alignment points won back, in this order)", style="bold"))
        for number, (fix, items) in enumerate(fixes, 1):
            console.print(Padding(Text.assemble(
                (f"{number}. ", ""), (story.points_won(fix), "green"), "  ", _v(items[0].fix),
                (f"  [{fix.rule} {_v(story.fix_subject(fix, items))}]", "dim")), (0, 0, 0, 2), expand=False))
        console.print()
    console.print(Text(story.gate(result), style="green" if result.passed else "red"))
    # a wrapped line can bring "::" from inside a value to a line's start
    return break_log_commands("".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines()))


def _print_by_rule(console: Console, items, fold: bool) -> None:
    """Findings of one severity, rule by rule; folded, a rule's findings past the first few
    become one line with the count."""
    by_rule: dict[str, list] = defaultdict(list)
    for item in items:
        by_rule[item.rule.code].append(item)
    for code in sorted(by_rule):
        group = by_rule[code]
        shown = group if not fold or len(group) <= FOLD_AFTER + 1 else group[:FOLD_AFTER]
        for item in shown:
            _print_finding(console, item)
        rest = group[len(shown):]
        if rest:
            names = ", ".join(_v(r.finding.subject) for r in rest[:5])
            more = f" and {len(rest) - 5} more" if len(rest) > 5 else ""
            console.print(Text(f"  … {len(rest)} more {code} {group[0].rule.name}: {names}{more}",
                               style="dim"))
            console.print()


def _ids(ids) -> str:
    shown, more = story.capped(ids)
    return ", ".join(_v(i) for i in shown) + (f" +{more:,} more" if more else "")


def _print_hygiene_lines(console: Console, result) -> None:
    """A line per department: its rules with counts, then the goals they are about."""
    for line in story.hygiene_lines(result):
        parts = []
        if line.rules:
            parts.append(story.rule_counts(line))
        if line.subjects:
            parts.append(_ids(line.subjects))
        parts += [_v(note) for note in line.notes]
        if not line.findings:
            continue  # only waived ones: WAIVED lists them
        console.print(Padding(Text.assemble((_v(line.name), "bold"), "  ", " · ".join(parts)),
                              (0, 0, 0, 2), expand=False))
    console.print()


def _print_finding(console: Console, item) -> None:
    finding = item.finding
    head = Text.assemble(("  ", ""), (item.rule.code, _STYLE[item.severity]), " ", (item.rule.name, "bold"),
                         "  ", _v(story.subject(item)), ("  " + _v(finding.location), "dim"))
    console.print(head)
    console.print(Padding(Text(_v(item.message)), (0, 0, 0, 4), expand=False))
    for fact in finding.inferred:
        console.print(Padding(Text("inferred: " + _v(fact), style="dim"), (0, 0, 0, 4), expand=False))
    console.print(Padding(Text.assemble(("fix: ", "green"), _v(item.fix)), (0, 0, 0, 4), expand=False))
    console.print()
