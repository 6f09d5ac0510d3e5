"""`goalcheck export --format csv` (issue 18, item 4): a goals repo as a sheet that
`goalcheck import` reads back to the same audit.

A goals sheet has a row per objective and per goal, so some of a repo cannot go
through one. ``sheet_view`` is the repo as the sheet carries it, with each field that
is left out named and the reason given; the round trip must audit exactly as that
view does (the same findings by fingerprint, the same score), on every sample and on
generated organisations.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from goalcheck import baseline, exporter, importer
from goalcheck.audit import Options, check_model
from goalcheck.cli import main
from goalcheck.load import load

from .conftest import AS_OF

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "sample_orgs").iterdir()
                 if (p.suffix in (".yaml", ".yml") or p.is_dir()) and p.name != "import")

# What the sheet does not carry, and why. sheet_view applies exactly these.
NOT_CARRIED = {
    "incentives": "a sheet's rows are objectives and goals; an incentive is neither",
    "journey": "a journey stage is neither an objective nor a goal",
    "metric placement": "a metric a goal measures comes back inline in the first goal measuring it; one "
                        "no goal measures has a row of its own and comes back under metrics:",
    "metric x- keys": "the x- keys of a metric a goal measures: its cells are on the goal's row, whose "
                      "x- columns are the goal's",
    "file x- keys": "x- keys at a file's top level, beside organization: or goals:, belong to no row",
    "empty lists": "an empty cell is no value, so a metric's influenced_by: [] (no department moves it) "
                   "comes back undeclared",
    "goal order": "each department's goals are written to its own file, read in file name order, so goals "
                  "are read department by department (what picks by file order, such as which cycle of "
                  "parents is reported, may pick another)",
    "surrounding spaces": "a sheet's cells are read stripped, so text loses leading and trailing spaces",
    "initiatives as lines": "an initiatives cell holds one a line, so an initiative with a line break in it "
                            "comes back as two, one starting with a bullet ('- ') loses it, and one that is "
                            "only a link or an issue key comes back as the goal's plan",
    "names by their words": "a cell that names something (a metric, its unit, a department, a period) is "
                            "read by its words: runs of spaces and line breaks become one space",
}


def sheet_view(model):
    """The model as a sheet carries it (NOT_CARRIED, applied). Valid repos only: an owner
    naming no department would become one, which this view does not model."""
    known = {d.id for d in model.departments}
    owning = [o.owner for o in model.objectives if o.owner] + [
        owner for g in model.goals for owner in (g.owner, *g.co_owners)]
    assert set(owning) <= known, "sheet_view is for repos whose owners all exist"
    departments = tuple(replace(d, name=d.name.strip(), head=d.head.strip() if d.head else None,
                                systems=tuple(t.strip() for t in d.systems), aliases=tuple(t.strip() for t in d.aliases))
                        for d in model.departments)
    measured = {g.metric for g in model.goals}
    metrics = tuple(replace(m, inline=m.id in measured, influenced_by=m.influenced_by or None)
                    for m in model.metrics)
    # goal order: each department's goals come back in its own file, files in name order
    ordered = sorted(model.goals, key=lambda g: (f"departments/{g.owner}.yaml", g.order))
    goals = tuple(replace(g, title=g.title.strip(), order=index) for index, g in enumerate(ordered))
    # a metric is defined where the first goal (in the sheet's order) measuring it is written
    first = {}
    for goal in model.goals:
        first.setdefault(goal.metric, goal.id)
    place = {goal.id: goal.order for goal in goals}
    metrics = tuple(replace(m, order=index) for index, m in enumerate(
        sorted(metrics, key=lambda m: (not m.inline, place[first[m.id]] if m.inline else m.order))))
    departments = tuple(replace(d, order=index) for index, d in enumerate(sorted(departments, key=lambda d: f"{d.id}.yaml")))
    objectives = tuple(replace(o, title=o.title.strip(),
                               description=o.description.strip() if o.description else o.description)
                       for o in model.objectives)
    organization = replace(model.organization, strategy=(model.organization.strategy or "").strip() or None)
    return replace(model, organization=organization, departments=departments, metrics=metrics, goals=goals,
                   objectives=objectives, incentives=(), journey=())


def audit_of(model):
    result = check_model(model, Options(as_of=AS_OF))
    return Counter(baseline.fingerprint(r.finding) for r in result.findings), result.score


def described(model):
    result = check_model(model, Options(as_of=AS_OF))
    return sorted((r.rule.code, r.finding.subject_kind, *(r.finding.identity or (r.finding.subject or "",)))
                  for r in result.findings)


def round_trip(model, tmp_path: Path):
    sheet = tmp_path / "goals.csv"
    sheet.write_text(exporter.BOM + exporter.render_csv(model), encoding="utf-8")
    importer.run(str(sheet), str(tmp_path / "back"))
    return load(tmp_path / "back")


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_every_sample_exported_and_imported_audits_as_its_sheet_view(sample, tmp_path):
    model = load(sample)
    back = round_trip(model, tmp_path)
    view = sheet_view(model)
    assert described(back) == described(view)
    assert audit_of(back) == audit_of(view)
    # what was carried, carried exactly
    assert [(g.id, g.owner, g.co_owners, g.supports, g.parents, g.metric, g.direction, g.baseline, g.target,
             g.target_text, g.due, g.period, g.level, g.appraisal, g.guardrails, g.initiatives, g.plan)
            for g in view.goals] == [
        (g.id, g.owner, g.co_owners, g.supports, g.parents, g.metric, g.direction, g.baseline, g.target,
         g.target_text, g.due, g.period, g.level, g.appraisal, g.guardrails, g.initiatives, g.plan)
        for g in sorted(back.goals, key=lambda g: [v.id for v in view.goals].index(g.id))]


# --------------------------------------------------------------------------
# generated organisations

# Text as people type it: letters, digits, punctuation, accents, a formula sign, a quote,
# a line break and the odd invisible character. A sheet reads a cell stripped
# (NOT_CARRIED: surrounding spaces), and a name's cells (a metric's name, its unit) by
# their words, so those are generated stripped, with single spaces.
_CHARS = st.sampled_from(list("abcXYZ019 -=+@'\",;:%$#()/&\né ​‮	"))
TEXT = st.text(_CHARS, min_size=1, max_size=16).filter(lambda t: t == t.strip() and t.strip())
WORDS = st.text(_CHARS, min_size=1, max_size=16).map(lambda t: " ".join(t.split())).filter(bool)
# NOT_CARRIED: an initiative's cell holds one a line; a bullet starts none; a link is the plan
INITIATIVE = TEXT.filter(lambda t: "\n" not in t and not importer._BULLET.match(t)
                         and not importer._PLAN_LIKE.match(t))
METRIC_NAMES = st.one_of(st.sampled_from(["Net Promoter Score", "Average handle time", "Calls per agent per hour",
                                          "Churn rate", "Revenue", "Cost per contact", "First contact resolution",
                                          "Articles published", "Gizmo quotient"]), WORDS)
NUMBERS = st.one_of(st.integers(-10**6, 10**6), st.floats(-1e9, 1e9, allow_nan=False).map(lambda f: round(f, 3)),
                    st.floats(allow_nan=False, allow_infinity=False))
TARGETS = st.one_of(NUMBERS, st.sampled_from(["85%", "12.5%", "<= 10%", "at least 40", "TBD", "redacted", "under 2"]))
DEPARTMENT_IDS = ["sales", "support", "care_team", "ops.eu", "d1"]
WAIVED = ["GC601", "GC101", "GC201", "GC301", "GC604"]  # rules a waiver on a goal may name


@st.composite
def organisations(draw):
    """A small valid goals repo as YAML text: every reference names an item that exists."""
    q = importer.quote
    departments = draw(st.lists(st.sampled_from(DEPARTMENT_IDS), min_size=1, max_size=3, unique=True))
    lines = ["organization:", f"  name: {q(draw(TEXT))}"]
    if draw(st.booleans()):
        lines.append(f"  strategy: {q(draw(TEXT))}")
    lines.append("departments:")
    for department in departments:
        name = draw(st.one_of(TEXT, st.just(department.replace("_", " ").replace(".", " ").title())))
        lines += [f"  - id: {department}", f"    name: {q(name)}"]
        if draw(st.booleans()):
            lines.append("    customer_facing: true")
        for key in ("systems", "aliases"):
            if draw(st.booleans()):
                lines.append(f"    {key}: [{', '.join(q(t) for t in draw(st.lists(INITIATIVE, min_size=1, max_size=2)))}]")
        if draw(st.booleans()):
            lines.append(f"    head: {q(draw(TEXT))}")
        if draw(st.booleans()):
            lines.append(f"    x-site: {q(draw(TEXT))}")
    metrics = [f"m{n}" for n in range(draw(st.integers(0, 3)))]
    if metrics:
        lines.append("metrics:")
    for metric in metrics:
        lines += [f"  - id: {metric}", f"    name: {q(draw(METRIC_NAMES))}"]
        for key, values in (("unit", WORDS), ("kind", st.sampled_from(["outcome", "output", "activity", "cost"])),
                            ("better", st.sampled_from(["increase", "decrease"])), ("experience", st.booleans())):
            if draw(st.booleans()):
                lines.append(f"    {key}: {q(draw(values))}")
        if draw(st.booleans()):
            lines.append(f"    influenced_by: [{', '.join(draw(st.lists(st.sampled_from(departments), unique=True)))}]")
    objectives = [f"o{n}" for n in range(draw(st.integers(0, 3)))]
    if objectives:
        lines.append("objectives:")
    for index, objective in enumerate(objectives):
        lines += [f"  - id: {objective}", f"    title: {q(draw(TEXT))}"]
        if draw(st.booleans()):
            lines.append(f"    description: {q(draw(TEXT))}")
        if draw(st.booleans()):
            lines.append(f"    owner: {draw(st.sampled_from(departments))}")
        if index and draw(st.booleans()):
            lines.append(f"    parent: {draw(st.sampled_from(objectives[:index]))}")
        if draw(st.booleans()):
            lines.append(f"    customer_experience: {q(draw(st.booleans()))}")
        if metrics and draw(st.booleans()):
            lines.append(f"    measured_by: [{', '.join(draw(st.lists(st.sampled_from(metrics), unique=True)))}]")
    goals = [f"g{n}" for n in range(draw(st.integers(1, 5)))]
    lines.append("goals:")
    for goal in goals:
        owner = draw(st.sampled_from(departments))
        lines += [f"  - id: {goal}", f"    title: {q(draw(TEXT))}", f"    owner: {owner}"]
        others = [d for d in departments if d != owner]
        if others and draw(st.booleans()):
            lines.append(f"    co_owners: [{', '.join(draw(st.lists(st.sampled_from(others), min_size=1, unique=True)))}]")
        if objectives and draw(st.booleans()):
            lines.append(f"    supports: [{', '.join(draw(st.lists(st.sampled_from(objectives), unique=True)))}]")
        parents = draw(st.lists(st.sampled_from([g for g in goals if g != goal] or [goal]), max_size=2, unique=True))
        if parents and goal not in parents:
            lines.append(f"    parent: {parents[0]}" if len(parents) == 1 else f"    parent: [{', '.join(parents)}]")
        metric = draw(st.sampled_from(["none", "inline", *metrics]))
        if metric == "inline":
            lines += ["    metric:", f"      name: {q(draw(METRIC_NAMES))}"]
            if draw(st.booleans()):
                lines.append(f"      unit: {q(draw(WORDS))}")
        elif metric != "none":
            lines.append(f"    metric: {metric}")
        for key, values in (("direction", st.sampled_from(["increase", "decrease", "maintain"])),
                            ("baseline", st.one_of(NUMBERS, st.just("redacted"))), ("target", TARGETS),
                            ("due", st.dates().map(lambda d: d.isoformat())),
                            ("period", st.sampled_from(["2027", "2027-Q1", "FY27", "FY27-Q2", "2027-H1"])),
                            ("level", st.sampled_from(["org", "team", "individual"])), ("appraisal", st.booleans())):
            if draw(st.booleans()):
                lines.append(f"    {key}: {q(draw(values))}")
        if metrics and draw(st.booleans()):
            lines.append(f"    guardrails: [{', '.join(draw(st.lists(st.sampled_from(metrics), min_size=1, unique=True)))}]")
        initiatives = draw(st.lists(INITIATIVE, max_size=2))
        if initiatives:
            lines.append(f"    initiatives: [{', '.join(q(text) for text in initiatives)}]")
        if draw(st.booleans()):
            lines.append(f"    plan: {q(draw(st.sampled_from(['https://x.test/1', 'PROJ-12', '#40'])))}")
        if draw(st.booleans()):
            lines.append(f"    x-note: {q(draw(TEXT))}")
        if draw(st.booleans()):
            until = draw(st.sampled_from(["", ", until: 2026-06-30", ", until: 2027-12-31"]))
            lines.append(f"    x-goalcheck: {{waive: [{{rule: {draw(st.sampled_from(WAIVED))}, "
                         f"reason: {q(draw(TEXT))}{until}}}]}}")
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(organisations())
def test_a_generated_repo_exported_and_imported_audits_as_its_sheet_view(text):
    import tempfile

    with tempfile.TemporaryDirectory(prefix="goalcheck-export-") as scratch:
        folder = Path(scratch) / "repo"
        folder.mkdir()
        (folder / "goals.yaml").write_text(text, encoding="utf-8")
        model = load(folder)
        back = round_trip(model, Path(scratch))
        view = sheet_view(model)
        assert described(back) == described(view)
        assert audit_of(back) == audit_of(view)
        assert carried(back, view) == carried(view, view)


def carried(model, order):
    """What the sheet carries of each goal and objective, in ``order``'s order."""
    place = {goal.id: index for index, goal in enumerate(order.goals)}
    metrics = {m.id: (m.name, m.unit, m.kind, m.better, m.experience, m.influenced_by or None) for m in model.metrics}
    goals = [(g.id, g.title, g.owner, g.co_owners, g.supports, g.parents, metrics.get(g.metric), g.direction,
              g.baseline, g.target, g.target_text, g.due, g.period, g.level, g.appraisal, g.guardrails,
              g.initiatives, g.plan, {k: v for k, v in g.extra.items() if k != "x-source"})
             for g in sorted(model.goals, key=lambda g: place[g.id])]
    objectives = sorted((o.id, o.title, o.description, o.owner, o.parent, o.customer_experience, o.measured_by)
                        for o in model.objectives)
    departments = sorted((d.id, d.name, d.customer_facing, d.systems, d.head, d.aliases) for d in model.departments)
    return goals, objectives, departments, model.organization.name, model.organization.strategy


def test_what_a_generated_repo_leaves_out_does_not_go_through_a_sheet(tmp_path):
    """The generator leaves out what NOT_CARRIED says a sheet cannot carry; here is each."""
    model = load_text(tmp_path, """
        organization: {name: Acme}
        departments: [{id: ops, name: Ops}]
        metrics: [{id: m, name: "Widget   flux", unit: "per\\nhour"}]
        goals:
          - {id: g, title: " Padded ", owner: ops, metric: m,
             initiatives: ["two\\nlines", "- bulleted", "https://x.test/9"]}
        """)
    back = round_trip(model, tmp_path)
    goal = back.goals[0]
    assert goal.title == "Padded"  # surrounding spaces
    assert goal.initiatives == ("two", "lines", "bulleted") and goal.plan == ("https://x.test/9",)
    assert [(m.name, m.unit) for m in back.metrics] == [("Widget flux", "per hour")]


def test_what_a_sheet_view_leaves_out_changes_the_audit_of_the_samples():
    """The view is no formality: on the samples, what a sheet cannot carry matters."""
    model = load(ROOT / "sample_orgs" / "brightline-telecom.yaml")
    assert audit_of(sheet_view(model)) != audit_of(model)


def test_export_says_what_the_sheet_leaves_out(capsys, tmp_path):
    assert main(["export", str(ROOT / "sample_orgs" / "brightline-telecom.yaml"), "-o", str(tmp_path / "a.csv")]) == 0
    err = capsys.readouterr().err
    assert "not in the sheet" in err and "3 incentives" in err and "6 journey stages" in err
    assert "customer_facing" not in err  # departments have rows of their own


# --------------------------------------------------------------------------
# the command

def test_export_to_stdout_and_to_a_file_is_deterministic(capsys, tmp_path):
    sample = str(ROOT / "sample_orgs" / "meridian-software")
    assert main(["export", sample]) == 0
    first = capsys.readouterr().out
    assert main(["export", sample, "--format", "csv"]) == 0
    assert capsys.readouterr().out == first
    assert main(["export", sample, "-o", str(tmp_path / "goals.csv")]) == 0
    data = (tmp_path / "goals.csv").read_bytes()
    assert data == b"\xef\xbb\xbf" + first.encode("utf-8")  # a file opens in Excel as UTF-8
    assert first.splitlines()[0].split(",")[:5] == ["goalcheck id", "Organization", "Strategy", "Objective",
                                                     "Key result"]


def test_export_of_bad_input_names_file_line_column_and_exits_2(capsys, tmp_path):
    (tmp_path / "goals.yaml").write_text("organization:\n  name: A\ngoals:\n  - id: x\n    titel: y\n")
    assert main(["export", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert "goals.yaml:5:5" in captured.err and "nothing was exported" in captured.err
    assert captured.out == ""


def test_export_unknown_format_is_a_usage_error(capsys):
    assert main(["export", str(SAMPLES[0]), "--format", "xlsx"]) == 2
    assert "--format: 'xlsx' is not csv" in capsys.readouterr().err


FIELD_OF_COLUMN = {
    "goalcheck id": "goalcheck_id", "Organization": "organization", "Strategy": "strategy", "Objective": "objective",
    "Key result": "key_result", "Description": "description", "Department": "owner", "Supports": "supports",
    "Parent": "parent", "Metric ID": "metric_id", "Metric": "metric", "Unit": "unit", "Metric kind": "metric_kind",
    "Metric better": "metric_better", "Metric experience": "metric_experience",
    "Metric influenced by": "metric_influenced_by", "Direction": "direction", "Baseline": "baseline",
    "Target": "target", "Due": "due", "Period": "period", "Goal level": "level", "Appraisal": "appraisal",
    "Guardrails": "guardrails", "Initiatives": "initiatives", "Plan link": "plan",
    "Customer experience": "customer_experience", "Measured by": "measured_by",
    "Department name": "department_name", "Customer facing": "customer_facing", "Systems": "systems",
    "Head": "head", "Aliases": "aliases",
}


def test_every_column_is_read_back_as_its_field():
    assert {header: importer.field_for(header) for header in exporter.COLUMNS} == FIELD_OF_COLUMN


# --------------------------------------------------------------------------
# formulas (CWE-1236)

HOSTILE = ["=HYPERLINK(\"http://x.test\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A9)", "\tTab first",
           "'=already quoted", "''@twice", "=cmd|' /C calc'!A0"]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_cell_that_would_be_a_formula_is_written_quoted_and_read_back_as_written(text, tmp_path):
    model = load_text(tmp_path, f"""
        organization: {{name: Acme}}
        objectives: [{{id: o, title: {yaml_text(text + ' objective')}}}]
        departments: [{{id: ops, name: Ops}}]
        goals:
          - id: g
            title: {yaml_text(text)}
            owner: ops
            supports: [o]
            initiatives: [{yaml_text(text)}]
            metric: {{name: {yaml_text(text)}}}
            period: "2027"
        """)
    sheet = exporter.render_csv(model)
    for row in csv.reader(io.StringIO(sheet)):
        for cell in row:
            assert not (cell and cell[0] in "=+@\t\r"), cell
            assert not (cell.startswith("-") and not cell[1:2].isdigit()), cell
    back = round_trip(model, tmp_path)
    goal = back.goals[0]
    stripped = text.strip()
    assert goal.title == stripped and goal.initiatives == (stripped,)
    assert {m.id: m.name for m in back.metrics} == {"g": stripped}
    assert back.objectives[0].title == stripped + " objective"


def test_plain_numbers_are_not_quoted(tmp_path):
    model = load_text(tmp_path, """
        organization: {name: Acme}
        departments: [{id: ops, name: Ops}]
        goals: [{id: g, title: Cut losses, owner: ops, baseline: -3, target: -12.5, period: "2027"}]
        """)
    rows = list(csv.DictReader(io.StringIO(exporter.render_csv(model))))
    assert (rows[-1]["Baseline"], rows[-1]["Target"]) == ("-3", "-12.5")
    goal = round_trip(model, tmp_path).goals[0]
    assert (goal.baseline, goal.target) == (-3, -12.5)


@pytest.mark.parametrize("text, escaped", [("=1", "'=1"), ("'=1", "''=1"), ("'plain", "'plain"), ("-3", "-3"),
                                           ("-3%", "-3%"), ("-x", "'-x"), ("plain", "plain")])
def test_escape_cell_is_undone_by_unescape_cell(text, escaped):
    assert importer.escape_cell(text) == escaped
    assert importer.unescape_cell(escaped) == text


def yaml_text(text: str) -> str:
    return importer.quote(text)


def load_text(tmp_path: Path, text: str):
    import textwrap

    folder = tmp_path / "repo"
    folder.mkdir()
    (folder / "goals.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return load(folder)
