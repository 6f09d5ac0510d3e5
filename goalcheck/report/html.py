"""The leadership report as one self-contained HTML file: read on screen in five
minutes, printed for the planning meeting (A4 or Letter), opened anywhere.

Self-contained means no request of any kind leaves the file: the CSS is inline,
the charts are inline SVG, the fonts are the reader's own, and there is no
script. A Content-Security-Policy in the page itself forbids everything else,
so even a mistake here could not fetch a thing. Every text that comes from the
goals files is escaped, so a title with ``<script>`` shows as text.

The story and its words are report/story.py's, shared with the Markdown report.
"""

from __future__ import annotations


from ..untrusted import safe_text
from . import story

CHIPS_PER_CELL = 3  # goal ids shown in a matrix cell before "+N more"
ID_CELLS_UP_TO = 8  # matrix columns; beyond that, cells show how many goals, not which
UPRIGHT_UP_TO = 10  # matrix columns; beyond that, their headings are turned on their side
TRANSPOSE_OVER = 8  # objectives; beyond that (and more of them than departments) they become the rows

_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

_CSS = """
:root {
  --ink: #1f2933; --muted: #52606d; --faint: #9aa5b1; --line: #e4e7eb; --paper: #ffffff;
  --canvas: #f5f7fa; --accent: #243b53; --good: #2f7d5b; --fair: #b7791f; --poor: #b44236;
  --good-bg: #e6f4ec; --fair-bg: #fdf3e1; --poor-bg: #fbe9e7; --chip: #eef2f7;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--canvas); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
        "Liberation Sans", "DejaVu Sans", sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
main { max-width: 1080px; margin: 0 auto; padding: 40px 32px 56px; }
h1, h2, h3 { color: var(--accent); line-height: 1.25; margin: 0; }
h1 { font-size: 30px; font-weight: 650; }
h2 { font-size: 20px; font-weight: 650; margin-bottom: 4px; }
h3 { font-size: 16px; font-weight: 650; }
p { margin: 0; }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono",
              "DejaVu Sans Mono", monospace; font-size: 0.86em; }
section { background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
          padding: 24px 28px; margin-top: 20px; }
.lede { color: var(--muted); margin-bottom: 16px; max-width: 72ch; }
.eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 12px; color: var(--muted);
           font-weight: 600; margin-bottom: 6px; }
.masthead { padding: 0 4px 4px; }
.strategy { margin: 12px 0 0; padding-left: 14px; border-left: 3px solid var(--line); color: var(--muted);
            max-width: 80ch; }
.summary { display: flex; gap: 28px; align-items: center; }
.scorecard { flex: none; width: 180px; text-align: center; border-radius: 10px; padding: 16px 8px; }
.scorecard.good { background: var(--good-bg); color: var(--good); }
.scorecard.fair { background: var(--fair-bg); color: var(--fair); }
.scorecard.poor { background: var(--poor-bg); color: var(--poor); }
.scorecard .score { font-size: 42px; font-weight: 700; line-height: 1; font-variant-numeric: tabular-nums; }
.scorecard .outof { font-size: 16px; font-weight: 600; opacity: 0.8; }
.scorecard .grade { margin-top: 8px; font-size: 15px; font-weight: 600; letter-spacing: 0.02em; }
.scorecard .grade b { font-size: 22px; }
.verdict { font-size: 19px; line-height: 1.4; font-weight: 550; color: var(--ink); margin-bottom: 10px; }
.tally { display: flex; flex-wrap: wrap; gap: 6px 18px; color: var(--muted); margin: 0; padding: 0;
         list-style: none; }
.tally b { color: var(--ink); font-variant-numeric: tabular-nums; }
.gate { margin-top: 8px; font-size: 13px; color: var(--muted); }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 28px; }
.charts h3 { margin-bottom: 8px; }
svg.bars { width: 100%; height: auto; display: block; font-size: 13px; }
svg.bars .count, svg.bars .value { font-size: 12px; }
svg.bars .label { fill: var(--ink); }
svg.bars .value { fill: var(--ink); font-weight: 600; font-variant-numeric: tabular-nums; }
svg.bars .count { fill: var(--muted); }
svg.bars .track { fill: var(--canvas); }
svg.bars .good { fill: var(--good); } svg.bars .fair { fill: var(--fair); } svg.bars .poor { fill: var(--poor); }
svg.bars .tick { stroke: var(--line); stroke-dasharray: 3 3; }
.legend { color: var(--muted); font-size: 12px; margin-top: 8px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 4px 0 10px;
          vertical-align: -1px; }
.swatch.good { background: var(--good); } .swatch.fair { background: var(--fair); }
.swatch.poor { background: var(--poor); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
.matrix { table-layout: fixed; font-size: 13px; }
.matrix th, .matrix td { border: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; }
.matrix thead th { background: var(--canvas); font-weight: 600; color: var(--accent); }
.matrix thead th.corner { width: 168px; }
.matrix thead th { font-size: 12.5px; }
.matrix tbody th { font-weight: 600; }
.matrix th small, .matrix td small { display: block; font-weight: 400; color: var(--muted); font-size: 11.5px; }
.matrix.counts td { text-align: center; }
.matrix.counts thead th.corner { width: 250px; }
.matrix.turned thead th:not(.corner) { writing-mode: vertical-rl; transform: rotate(180deg); text-align: left;
  vertical-align: top; white-space: nowrap; padding: 8px 4px; max-height: 240px; overflow: hidden;
  text-overflow: ellipsis; }
.matrix.turned thead th:not(.corner) small { display: inline; margin-left: 4px; }
.matrix.turned td { padding: 6px 2px; }
.matrix .empty { background: var(--fair-bg); }
.matrix .empty small { color: var(--fair); font-weight: 600; }
.matrix tr.idle th, .matrix tr.idle td { background: var(--fair-bg); }
.matrix tr.idle th small { color: var(--fair); font-weight: 600; }
.matrix .none { color: var(--faint); }
.matrix .count { font-weight: 650; font-variant-numeric: tabular-nums; }
.matrix .unlinked { color: var(--poor); }
.chip { display: inline-block; background: var(--chip); border-radius: 4px; padding: 0 5px; margin: 1px 2px 1px 0;
        font-size: 11.5px; overflow-wrap: anywhere; }
.more { color: var(--muted); font-size: 11.5px; }
.callouts { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; margin-top: 16px; }
.callout { border-left: 3px solid var(--fair); padding: 2px 0 2px 12px; }
.callout.ok { border-left-color: var(--good); }
.callout h3 { font-size: 14px; margin-bottom: 2px; }
.callout ul { margin: 0; padding-left: 18px; }
.conflicts { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px; }
.conflict { border: 1px solid var(--line); border-left: 4px solid var(--poor); border-radius: 8px; padding: 12px 16px; }
.conflict .pair { font-weight: 650; color: var(--accent); }
.conflict .vs { color: var(--poor); padding: 0 6px; font-weight: 700; }
.conflict .about { color: var(--muted); font-size: 13px; margin: 2px 0 6px; }
.conflict .about b { color: var(--ink); font-weight: 600; }
.conflict .goals { color: var(--muted); font-size: 12.5px; margin-top: 6px; }
.fixes { margin: 0; padding-left: 26px; }
.fixes li { margin-bottom: 12px; padding-left: 4px; }
.fixes li::marker { color: var(--accent); font-weight: 700; }
.fixes .fix { color: var(--ink); }
.meta { color: var(--muted); font-size: 12.5px; margin-top: 2px; }
.points { color: var(--good); font-weight: 700; font-variant-numeric: tabular-nums; }
.group { margin-top: 22px; }
.group:first-of-type { margin-top: 8px; }
.group h3 { border-bottom: 1px solid var(--line); padding-bottom: 6px; margin-bottom: 4px; }
.group h3 small { font-weight: 400; color: var(--muted); font-size: 13px; margin-left: 8px; }
.finding { padding: 10px 0 10px 14px; border-left: 3px solid var(--line); margin: 10px 0; }
.finding.high { border-left-color: var(--poor); }
.finding.medium { border-left-color: var(--fair); }
.finding.low { border-left-color: var(--faint); }
.finding.waived { opacity: 0.65; }
.finding .head { font-size: 13px; color: var(--muted); }
.sev { display: inline-block; border-radius: 3px; padding: 0 6px; font-size: 11px; font-weight: 700;
       text-transform: uppercase; letter-spacing: 0.05em; margin-right: 6px; }
.sev.high { background: var(--poor-bg); color: var(--poor); }
.sev.medium { background: var(--fair-bg); color: var(--fair); }
.sev.low { background: var(--chip); color: var(--muted); }
.finding .message { margin: 3px 0; }
.finding .fix { color: var(--ink); font-size: 14px; }
.finding .fix b { color: var(--good); }
.finding .inferred { color: var(--muted); font-size: 12.5px; margin-top: 3px; }
.finding .rule { color: var(--faint); font-size: 12px; margin-top: 3px; }
.quiet { color: var(--muted); }
.placeholders { margin-top: 10px; color: var(--fair); }
.placeholders b { font-weight: 600; }
.hygiene { font-size: 13px; }
.hygiene th, .hygiene td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; }
.hygiene thead th { color: var(--accent); font-weight: 600; }
.hygiene td.count { text-align: right; font-variant-numeric: tabular-nums; }
footer { color: var(--muted); font-size: 12px; margin-top: 24px; text-align: center; }
@media screen and (max-width: 760px) {
  main { padding: 20px 12px; }
  .summary, .charts, .callouts { display: block; }
  .scorecard { margin-bottom: 16px; }
  .charts > div + div { margin-top: 20px; }
}
@page { margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 10pt; }
  main { max-width: none; padding: 0; }
  section { border: none; border-radius: 0; padding: 0; margin-top: 18pt; }
  h2 { font-size: 14pt; } h3 { font-size: 11.5pt; } h1 { font-size: 20pt; }
  .verdict { font-size: 13pt; }
  .scorecard .score { font-size: 32pt; }
  .scroll { overflow: visible; }
  .matrix { font-size: 8.5pt; }
  .matrix thead { display: table-header-group; }
  .matrix thead th.corner { width: 30mm; }
  h2, h3 { break-after: avoid; }
  .summary, .conflict, .fixes li, .finding, .matrix tr, .charts > div, .callout { break-inside: avoid; }
  .charts { display: block; }
  .charts > div { max-width: 120mm; }
  .charts > div + div { margin-top: 12pt; }
  #findings { break-before: page; }
  .finding.waived { opacity: 1; color: var(--muted); }
}
"""


def _e(text) -> str:
    """Text for an element or attribute: controls and bidi shown escaped, on one line, HTML-escaped."""
    return safe_text(text, "html")


def render(result, show_all: bool = False, **_options) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="goalcheck ' + _e(result.version) + '">',
        f"<title>Goals audit · {_e(result.organization)} · {_e(result.as_of.isoformat())}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        _masthead(result),
        _summary(result),
        _charts(result),
        _matrix(result),
        _conflicts(result),
        _fixes(result),
        _findings(result),
        _hygiene(result, show_all),
        f'<footer>goalcheck {_e(result.version)} · {_e(result.root)} · as of '
        f'{_e(result.as_of.isoformat())}</footer>',
        "</main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _masthead(result) -> str:
    out = ['<header class="masthead">',
           f'<p class="eyebrow">Goals audit · as of <time datetime="{_e(result.as_of.isoformat())}">'
           f"{_e(story.long_date(result.as_of))}</time></p>",
           f'<h1 data-figure="organization">{_e(result.organization)}</h1>']
    if result.strategy:
        out.append(f'<p class="strategy"><span class="eyebrow">Strategy</span><br>'
                   f"{_e(story.one_line(result.strategy))}</p>")
    out.append("</header>")
    return "\n".join(out)


def _summary(result) -> str:
    counts = result.counts
    tally = [f'<li><b data-figure="findings">{len(result.active):,}</b> '
             f'{"finding" if len(result.active) == 1 else "findings"}</li>']
    for severity in ("high", "medium", "low"):
        tally.append(f'<li><b data-figure="{severity}">{counts[severity]:,}</b> {severity}</li>')
    if counts.get("waived"):
        tally.append(f'<li><b data-figure="waived">{counts["waived"]:,}</b> waived</li>')
    tally.append(f'<li><b data-figure="goals">{result.goals:,}</b> {"goal" if result.goals == 1 else "goals"}</li>')
    tally.append(f"<li><b>{len(result.departments):,}</b> "
                 f'{"department" if len(result.departments) == 1 else "departments"}</li>')
    return "\n".join([
        '<section class="summary" id="summary" aria-label="Score and verdict">',
        f'<div class="scorecard {story.band(result.score)}">',
        f'<div class="score"><span data-figure="score">{result.score:.1f}</span>'
        '<span class="outof">/100</span></div>',
        f'<div class="grade">Grade <b data-figure="grade">{_e(result.grade)}</b></div>',
        '<div class="grade">alignment</div>',
        "</div>",
        _completeness(result),
        "<div>",
        f'<p class="verdict">{_e(story.verdict(result))}</p>',
        f'<ul class="tally">{"".join(tally)}</ul>',
        f'<p class="gate">{_e(story.gate(result))}</p>',
        (f'<p class="gate">{_e(story.comparison_line(result))}.</p>' if result.compared is not None else ""),
        _placeholders(result),
        "</div>",
        "</section>",
    ])


def _placeholders(result) -> str:
    """Goals whose target is still a placeholder: named at the top, a planning gap."""
    sentence = story.placeholder_sentence(result)
    if not sentence:
        return ""
    goals = story.placeholder_goals(result)
    return (f'<p class="placeholders" data-figure="placeholders" data-count="{len(goals)}">'
            f"<b>{_e(sentence)}</b> {_chips(goals)}</p>")


def _chips(ids) -> str:
    """Ids as chips, at most story.IDS_SHOWN, then '+N more' (all of them in its title)."""
    shown, more = story.capped(ids)
    chips = "".join(f'<span class="chip mono">{_e(i)}</span>' for i in shown)
    if more:
        chips += f' <span class="more" title="{_e(", ".join(ids))}">+{more:,} more</span>'
    return chips


def _completeness(result) -> str:
    """The second figure, its own card beside the score: it never lowers the grade."""
    figure = result.hygiene
    if figure is None:
        return ""
    return (f'<div class="scorecard completeness {story.band(figure.complete)}" '
            f'title="{_e(story.hygiene_note(result))}">'
            f'<div class="score"><span data-figure="complete">{figure.complete:g}</span>'
            '<span class="outof">%</span></div>'
            f'<div class="grade">goal data complete<br><b data-figure="complete-goals">'
            f'{figure.complete_goals:,}</b> of {figure.goals:,} goals</div></div>')


def _bars(parts, title: str) -> str:
    """A bar chart of scores out of 100, as inline SVG: each name above its bar, so
    long department names are shown whole."""
    row, width, track = 40, 480, 432
    height = row * len(parts) + 20
    out = [f'<svg class="bars" viewBox="0 0 {width} {height}" role="img" aria-label="{_e(title)}">',
           f"<title>{_e(title)}</title>"]
    for mark in (0, 50, 85, 100):
        x = track * mark / 100
        out.append(f'<line class="tick" x1="{x:g}" y1="16" x2="{x:g}" y2="{height - 16}"/>'
                   f'<text class="count" x="{x:g}" y="{height - 3}" '
                   f'text-anchor="{"start" if mark == 0 else "middle"}">{mark}</text>')
    for index, part in enumerate(parts):
        y = index * row
        findings = story.plural(part.findings, "finding")
        if not getattr(part, "ran", True):  # an area none of whose rules ran: no bar, no score
            out.append(f'<g data-id="{_e(part.id)}" data-ran="false">'
                       f"<title>{_e(part.name)}: not run (none of its rules was selected)</title>"
                       f'<text class="label" x="0" y="{y + 14}">{_e(part.name)}</text>'
                       f'<rect class="track" x="0" y="{y + 20}" width="{track}" height="12" rx="3"/>'
                       f'<text class="value" x="{width}" y="{y + 31}" text-anchor="end">not run</text>'
                       "</g>")
            continue
        out.append(f'<g data-id="{_e(part.id)}" data-score="{part.score:.1f}" data-findings="{part.findings}">'
                   f"<title>{_e(part.name)}: {part.score:.1f} out of 100, {findings}</title>"
                   f'<text class="label" x="0" y="{y + 14}">{_e(part.name)}</text>'
                   f'<text class="count" x="{width}" y="{y + 14}" text-anchor="end">{findings}</text>'
                   f'<rect class="track" x="0" y="{y + 20}" width="{track}" height="12" rx="3"/>'
                   f'<rect class="{story.band(part.score)}" x="0" y="{y + 20}" '
                   f'width="{track * part.score / 100:.1f}" height="12" rx="3"/>'
                   f'<text class="value" x="{width}" y="{y + 31}" text-anchor="end">{part.score:.1f}</text>'
                   "</g>")
    out.append("</svg>")
    return "".join(out)


def _charts(result) -> str:
    out = ['<section id="scores">',
           "<h2>Scores by area and by department</h2>",
           '<p class="lede">Each bar is a score out of 100, worked out like the overall score from the '
           "findings in that area or department; a department's score is scaled to the goals it owns.</p>",
           '<div class="charts">',
           f"<div><h3>By area</h3>{_bars(result.areas, 'Scores by area')}</div>"]
    if result.departments:
        out.append(f"<div><h3>By department</h3>{_bars(result.departments, 'Scores by department')}</div>")
    out += ["</div>",
            '<p class="legend"><span class="swatch good"></span>85 or more'
            '<span class="swatch fair"></span>70 to 85<span class="swatch poor"></span>under 70</p>',
            "</section>"]
    return "\n".join(out)


def _goal_ids(ids, show_ids: bool) -> str:
    if not ids:
        return '<span class="none" aria-label="none">·</span>'
    listing = ", ".join(ids[:12]) + (f" and {len(ids) - 12:,} more" if len(ids) > 12 else "")
    if not show_ids:
        return f'<span class="count" title="{_e(listing)}">{len(ids):,}</span>'
    chips = "".join(f'<span class="chip mono">{_e(goal)}</span>' for goal in ids[:CHIPS_PER_CELL])
    rest = len(ids) - CHIPS_PER_CELL
    if rest > 0:
        chips += f' <span class="more" title="{_e(listing)}">+{rest:,} more</span>'
    return chips


def _matrix(result) -> str:
    matrix = result.matrix
    out = ['<section id="matrix">', "<h2>Alignment matrix</h2>"]
    if matrix is None or not matrix.objectives or not matrix.departments:
        out += ['<p class="quiet">No objectives or no departments to cross: the goals files name '
                f'{story.plural(len(matrix.objectives) if matrix else 0, "objective")} and '
                f'{story.plural(len(matrix.departments) if matrix else 0, "department")}.</p>', "</section>"]
        return "\n".join(out)
    empty, idle = set(matrix.empty_objectives), set(matrix.serving_nothing)
    titles = {o.id: o.title for o in matrix.objectives}
    transpose = len(matrix.objectives) > TRANSPOSE_OVER and len(matrix.departments) < len(matrix.objectives)
    columns = len(matrix.departments) if transpose else len(matrix.objectives)
    show_ids = columns <= ID_CELLS_UP_TO
    out.append('<p class="lede">Which departments\' goals serve which objectives, directly or through the '
               "goal they cascade from. " + ("Each cell lists the goals. " if show_ids else
                                             "Each cell counts the goals (hover for their ids). ")
               + "Shaded: an objective no goal serves, a department whose goals serve no objective.</p>")

    def objective_head(objective, tag: str, scope: str) -> str:
        classes = ' class="empty"' if objective.id in empty else ""
        note = ("no goal serves it" if objective.id in empty
                else story.plural(objective.goals, "goal"))
        parent = f'part of <span class="mono">{_e(objective.parent)}</span> · ' if objective.parent else ""
        return (f'<{tag} scope="{scope}"{classes} data-objective="{_e(objective.id)}">{_e(objective.title)}'
                f'<small>{parent}<span class="mono">{_e(objective.id)}</span> · {note}</small></{tag}>')

    def department_head(row, tag: str, scope: str) -> str:
        if row.id in idle:
            note = "no goals" if not row.goals else f"{story.plural(row.goals, 'goal')}, none serves an objective"
        else:
            note = story.plural(row.goals, "goal")
        return (f'<{tag} scope="{scope}" data-department="{_e(row.id)}">{_e(row.name)}'
                f"<small>{_e(note)}</small></{tag}>")

    # goals that serve no objective get a column (a row, transposed) only when there are some
    any_unlinked = any(row.unlinked for row in matrix.departments)

    def unlinked(row, tag: str = "td") -> str:
        if not any_unlinked:
            return ""
        if not row.unlinked:
            return f"<{tag}>{_goal_ids((), show_ids)}</{tag}>"
        return f'<{tag}><span class="unlinked">{_goal_ids(row.unlinked, show_ids)}</span></{tag}>'

    unlinked_head = "Serving no objective<small>goals linked to none</small>"

    looks = ("" if show_ids else " counts") + (" turned" if columns > UPRIGHT_UP_TO else "")
    out.append(f'<div class="scroll"><table class="matrix{looks}">')
    if not transpose:
        out.append('<thead><tr><th class="corner" scope="col">Department</th>'
                   + "".join(objective_head(o, "th", "col") for o in matrix.objectives)
                   + (f'<th scope="col">{unlinked_head}</th>' if any_unlinked else "") + "</tr></thead><tbody>")
        for row in matrix.departments:
            cells = "".join(f"<td{_shaded(o.id in empty)}>{_goal_ids(row.cells.get(o.id, ()), show_ids)}</td>"
                            for o in matrix.objectives)
            out.append(f"<tr{_shaded(row.id in idle, 'idle')}>{department_head(row, 'th', 'row')}"
                       f"{cells}{unlinked(row)}</tr>")
    else:
        out.append('<thead><tr><th class="corner" scope="col">Objective</th>'
                   + "".join(department_head(row, "th", "col") for row in matrix.departments)
                   + "</tr></thead><tbody>")
        for objective in matrix.objectives:
            cells = "".join(f"<td{_shaded(row.id in idle)}>{_goal_ids(row.cells.get(objective.id, ()), show_ids)}"
                            "</td>" for row in matrix.departments)
            out.append(f"<tr{_shaded(objective.id in empty, 'idle')}>{objective_head(objective, 'th', 'row')}"
                       f"{cells}</tr>")
        if any_unlinked:
            out.append(f'<tr><th scope="row">{unlinked_head}</th>'
                       + "".join(unlinked(row) for row in matrix.departments) + "</tr>")
    out.append("</tbody></table></div>")

    names = {row.id: row.name for row in matrix.departments}
    out.append('<div class="callouts">')
    out.append(_callout("Objectives no goal serves", [titles[o] for o in matrix.empty_objectives],
                        "Every objective is served by at least one goal."))
    out.append(_callout("Departments whose goals serve no objective", [names[d] for d in matrix.serving_nothing],
                        "Every department's goals serve at least one objective."))
    out.append("</div>")
    out.append("</section>")
    return "\n".join(out)


def _shaded(shaded: bool, name: str = "empty") -> str:
    return f' class="{name}"' if shaded else ""


def _callout(title: str, items: list[str], none: str) -> str:
    if not items:
        return f'<div class="callout ok"><h3>{_e(title)}</h3><p class="quiet">{_e(none)}</p></div>'
    listed = "".join(f"<li>{_e(item)}</li>" for item in items[:12])
    if len(items) > 12:
        listed += f"<li>and {len(items) - 12:,} more</li>"
    return f'<div class="callout"><h3>{_e(title)} ({len(items):,})</h3><ul>{listed}</ul></div>'


def _ids(ids, total: int) -> str:
    """At most six of a side's ids, then how many more of its ``total`` goals."""
    shown = ", ".join(f'<span class="mono">{_e(goal)}</span>' for goal in ids[:6])
    return shown + (f" and {total - min(6, len(ids)):,} more" if total > 6 else "")


def _conflicts(result) -> str:
    out = ['<section id="conflicts">', "<h2>Conflict map</h2>",
           '<p class="lede">Pairs of departments whose goals push against each other, each about one metric: '
           "opposite targets on the same number, and cost cuts with nothing watching the customer against "
           "another department's customer goal.</p>"]
    if not result.conflicts:
        out += ['<p class="quiet" data-figure="conflicts">No two departments push against each other '
                "in the findings of this audit.</p>", "</section>"]
        return "\n".join(out)
    out.append(f'<ul class="conflicts" data-figure="conflicts" data-count="{len(result.conflicts)}">')
    for conflict in result.conflicts:
        first, second = conflict.sides
        out.append(
            f'<li class="conflict" data-kind="{_e(conflict.kind)}">'
            f'<p class="pair">{_e(first.name)}<span class="vs" aria-label="against">⇄</span>{_e(second.name)}</p>'
            f'<p class="about">{_e(story.KIND_TITLES[conflict.kind])} · metric <b>{_e(conflict.metric_name)}</b></p>'
            f"<p>{_e(story.conflict_sentence(conflict))}</p>"
            f'<p class="goals">{_e(first.name)}: {_ids(first.goals, first.count)}'
            f' · {_e(second.name)}: {_ids(second.goals, second.count)}'
            f' · {_e(", ".join(conflict.rules))}</p>'
            "</li>")
    out += ["</ul>", "</section>"]
    return "\n".join(out)


def _fixes(result) -> str:
    fixes = story.top_fixes(result)
    out = ['<section id="fixes">', "<h2>Top fixes</h2>",
           '<p class="lede">The changes that win back the most points, best first: one per kind of problem, '
           "with the points it wins back once every goal it names is fixed.</p>"]
    if not fixes:
        out += ['<p class="quiet">Nothing to fix.</p>', "</section>"]
        return "\n".join(out)
    out.append('<ol class="fixes">')
    for fix, items in fixes:
        item = items[0]
        where = [f'<span class="points" data-points="{fix.points:.1f}">{_e(story.points_won(fix))}</span>']
        if story.fix_departments(result, items):
            where.append(_e(story.fix_departments(result, items)))
        where += [_e(story.fix_subject(fix, items)), f"<code>{_e(item.rule.code)}</code> {_e(item.rule.name)}"]
        out.append(f'<li data-rule="{_e(fix.rule)}"><p class="fix">{_e(item.fix)}</p>'
                   f'<p class="meta">{" · ".join(where)}</p></li>')
    out += ["</ol>", "</section>"]
    return "\n".join(out)


def _findings(result) -> str:
    """Every alignment finding, by department; goal hygiene follows in its own section."""
    groups = story.by_department(result, story.alignment_findings(result))
    out = ['<section id="findings">', "<h2>Every finding, by department</h2>",
           '<p class="lede">Each with what it found, what to do, and where it is written.</p>']
    if not groups:
        quiet = ("No alignment findings: every alignment rule that ran is satisfied (goal hygiene is below)."
                 if story.hygiene_findings(result) else "No findings: every rule that ran is satisfied.")
        out += [f'<p class="quiet">{quiet}</p>', "</section>"]
        return "\n".join(out)
    scores = {part.id: part.score for part in result.departments}
    for department, name, items in groups:
        active = sum(1 for item in items if item.waived is None)
        note = story.plural(active, "finding")
        if department in scores:
            note += f" · score {scores[department]:.1f}"
        out.append(f'<div class="group" data-department="{_e(department or "")}">'
                   f"<h3>{_e(name)}<small>{_e(note)}</small></h3>")
        for item in items:
            out.append(_finding(item))
        out.append("</div>")
    out.append("</section>")
    return "\n".join(out)


def _hygiene(result, show_all: bool) -> str:
    """Goal hygiene after the alignment findings: a row per department with each rule's
    count and the goals' ids; ``show_all`` lists every finding instead."""
    items = story.hygiene_findings(result)
    if not items:
        return ""
    out = ['<section id="hygiene">', f"<h2>{_e(story.hygiene_heading(result))}</h2>"]
    if show_all:
        out.append('<p class="lede">What the goal files leave out. It never lowers the alignment score.</p>')
        for department, name, group in story.by_department(result, items):
            note = story.plural(sum(1 for item in group if item.waived is None), "finding")
            out.append(f'<div class="group" data-department="{_e(department or "")}">'
                       f"<h3>{_e(name)}<small>{_e(note)}</small></h3>")
            out += [_finding(item) for item in group]
            out.append("</div>")
        out.append("</section>")
        return "\n".join(out)
    out.append('<p class="lede">What the goal files leave out, a row per department (<code>goalcheck audit '
               "--show-all</code> lists each finding). It never lowers the alignment score."
               + (" Placeholders are named at the top." if story.placeholder_goals(result) else "") + "</p>")
    rows = []
    for line in story.hygiene_lines(result):
        what = [f"<code>{_e(code)}</code> {_e(name)} ×{count:,}" for code, name, count in line.rules]
        what += [_e(note) for note in line.notes]
        if line.waived:
            what.append(f"{line.waived:,} waived")
        rows.append(f'<tr data-department="{_e(line.department or "")}" data-findings="{line.findings}">'
                    f'<th scope="row">{_e(line.name)}</th><td class="count">{line.findings:,}</td>'
                    f"<td>{', '.join(what)}</td><td>{_chips(line.subjects)}</td></tr>")
    if rows:
        out.append('<div class="scroll"><table class="hygiene"><thead><tr><th scope="col">Department</th>'
                   '<th scope="col">Findings</th><th scope="col">Rules</th><th scope="col">Goals</th></tr>'
                   "</thead><tbody>" + "".join(rows) + "</tbody></table></div>")
    out.append("</section>")
    return "\n".join(out)


def _finding(item) -> str:
    finding = item.finding
    location = finding.location
    waived = item.waived is not None
    classes = f"finding {item.severity}" + (" waived" if waived else "")
    head = (f'<span class="sev {item.severity}">{item.severity}</span>{_e(story.subject(item))} · '
            f'<code data-line="{location.line}">{_e(location.file)}:{location.line}</code>')
    if waived:
        head += f" · waived: {_e(item.waived)}"
    out = [f'<article class="{classes}" data-rule="{_e(item.rule.code)}">',
           f'<p class="head">{head}</p>',
           f'<p class="message">{_e(item.message)}</p>',
           f'<p class="fix"><b>Fix:</b> {_e(item.fix)}</p>']
    if finding.inferred:
        out.append(f'<p class="inferred">Inferred: {_e("; ".join(finding.inferred))}</p>')
    out.append(f'<p class="rule">{_e(item.rule.code)} {_e(item.rule.name)}</p>')
    out.append("</article>")
    return "".join(out)
