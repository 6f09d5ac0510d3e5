"""The alignment matrix and the conflict map: what they show, and the near-misses
that must not draw a conflict."""

from __future__ import annotations

import json
from pathlib import Path

from goalcheck.audit import Options, run
from goalcheck.report import render

from .conftest import AS_OF

MATRIX = """\
organization: {name: Example Co}
objectives:
  - {id: grow, title: Grow revenue}
  - {id: keep, title: Keep customers}
  - {id: keep-smb, title: Keep small customers, parent: keep}
  - {id: expand, title: Open a new market}
departments:
  - {id: sales, name: Sales}
  - {id: support, name: Support}
  - {id: finance, name: Finance}
  - {id: legal, name: Legal}
metrics:
  - {id: arr, name: ARR}
goals:
  - {id: arr-up, title: Grow ARR, owner: sales, co_owners: [support], supports: [grow], metric: arr,
     baseline: 1, target: 2}
  - {id: team-arr, title: Team ARR, owner: sales, parent: arr-up, metric: arr, baseline: 1, target: 2}
  - {id: smb, title: Keep SMB, owner: support, supports: [keep-smb], metric: arr, baseline: 1, target: 2}
  - {id: books, title: Close the books faster, owner: finance, metric: arr, baseline: 1, target: 2}
  - {id: stray, title: Nobody's, owner: nobody, supports: [grow], metric: arr, baseline: 1, target: 2}
"""


def test_matrix_cells_follow_parent_chains_and_co_owners(audit):
    matrix = audit(MATRIX).matrix
    rows = {row.id: row for row in matrix.departments}
    assert [row.id for row in matrix.departments] == ["sales", "support", "finance", "legal"]
    assert rows["sales"].cells == {"grow": ("arr-up", "team-arr")}  # team-arr serves grow through its parent
    assert rows["support"].cells == {"grow": ("arr-up",), "keep-smb": ("smb",)}  # a co-owner takes part
    assert (rows["sales"].goals, rows["support"].goals, rows["finance"].goals) == (2, 2, 1)
    assert {o.id: o.goals for o in matrix.objectives} == {"grow": 3, "keep": 0, "keep-smb": 1, "expand": 0}


def test_matrix_marks_empty_objectives_and_departments_serving_nothing(audit):
    matrix = audit(MATRIX).matrix
    # keep is served through its child objective, as GC102 counts it; expand by nothing
    assert matrix.empty_objectives == ("expand",)
    # finance has a goal that serves nothing; legal has no goal at all
    assert matrix.serving_nothing == ("finance", "legal")
    rows = {row.id: row for row in matrix.departments}
    assert rows["finance"].unlinked == ("books",) and rows["legal"].unlinked == ()


COST = """\
organization:
  name: Example Co
  strategy: Be the easiest company to do business with.
departments:
  - {id: care, name: Customer Care, customer_facing: true}
  - {id: marketing, name: Marketing, customer_facing: true}
  - {id: loyalty, name: Loyalty, customer_facing: true}
  - {id: finance, name: Finance}
metrics:
  - {id: aht, name: Average handle time}
  - {id: nps, name: Net Promoter Score}
  - {id: fcr, name: First contact resolution}
  - {id: csat, name: CSAT, influenced_by: [care, loyalty]}
  - {id: sl, name: Service level}
goals:
%s
"""
CUT = "  - {id: cut-aht, title: Cut AHT, owner: care, metric: aht, baseline: 600, target: 480}"
NPS = "  - {id: nps-up, title: Raise NPS, owner: marketing, metric: nps, baseline: 10, target: 20}"


def _conflicts(audit, *goals, **options):
    return [(c.kind, c.link, c.metric, c.sides[0].department, c.sides[1].department,
             c.sides[0].goals, c.sides[1].goals) for c in audit(COST % "\n".join(goals), **options).conflicts]


def test_a_cost_cut_conflicts_with_another_departments_company_wide_customer_goal(audit):
    assert _conflicts(audit, CUT, NPS) == [
        ("cost-vs-cx", "cross-functional", "nps", "care", "marketing", ("cut-aht",), ("nps-up",))]


def test_no_conflict_when_the_cutter_shares_the_customer_goal_or_guards_its_cut(audit):
    shared = "  - {id: care-nps, title: Care NPS, owner: care, metric: nps, baseline: 10, target: 20}"
    assert _conflicts(audit, CUT, NPS, shared) == []  # the tension is Care's own trade-off
    guarded = CUT[:-1] + ", guardrails: [fcr]}"
    assert _conflicts(audit, guarded, NPS) == []  # not a GC301 cut at all
    against = "  - {id: nps-down, title: Let NPS slide, owner: marketing, metric: nps, baseline: 20, target: 10}"
    assert _conflicts(audit, CUT, against) == []  # that goal is no customer goal to push against
    # a department that does not face customers cuts nothing customers feel directly
    back_office = "  - {id: cut-close, title: t, owner: finance, metric: aht, baseline: 600, target: 480}"
    assert _conflicts(audit, back_office, NPS) == []


def test_the_conflict_map_shows_what_the_audit_found(audit):
    assert _conflicts(audit, CUT, NPS, ignore={"GC301", "GC302"}) == []
    waived = CUT[:-1] + (", x-goalcheck: {waive: [{rule: GC301, reason: agreed}, "
                         "{rule: GC302, reason: agreed}]}}")
    assert _conflicts(audit, waived, NPS) == []  # a cut the organisation has knowingly accepted


def test_a_cut_on_another_departments_guardrail(audit):
    watching = ("  - {id: keep-aht-sane, title: t, owner: loyalty, metric: fcr, baseline: 70, target: 80, "
                "guardrails: [aht]}")
    assert _conflicts(audit, CUT, watching) == [
        ("cost-vs-cx", "guardrail", "aht", "care", "loyalty", ("cut-aht",), ("keep-aht-sane",))]


def test_a_cut_on_an_experience_metric_another_department_holds(audit):
    # service level is an access measure (cutting it is cheap) and an experience measure
    cut = "  - {id: lower-sl, title: t, owner: care, metric: sl, baseline: 80, target: 70}"
    hold = "  - {id: hold-sl, title: t, owner: loyalty, metric: sl, direction: maintain}"
    found = _conflicts(audit, cut, hold)
    assert ("cost-vs-cx", "same-metric", "sl", "care", "loyalty", ("lower-sl",), ("hold-sl",)) in found
    # a department moving it the other way is an opposing target (GC104), not this
    raise_it = "  - {id: raise-sl, title: t, owner: loyalty, metric: sl, baseline: 80, target: 85}"
    assert [c[:2] for c in _conflicts(audit, cut, raise_it)] == [("opposing-targets", "opposing-targets")]


def test_influenced_by_names_who_moves_a_customer_metric(audit):
    csat = "  - {id: csat-up, title: t, owner: loyalty, metric: csat, baseline: 70, target: 80}"
    found = _conflicts(audit, CUT, csat)
    assert found == [("cost-vs-cx", "influenced-by", "csat", "care", "loyalty", ("cut-aht",), ("csat-up",))]
    # the same goal owned by a department the metric does not name: no link
    assert _conflicts(audit, CUT.replace("owner: care", "owner: marketing"), csat) == []


def test_a_side_names_its_first_goals_and_counts_them_all(audit):
    cuts = [CUT.replace("cut-aht", f"cut-aht-{n:02}") for n in range(14)]
    result = audit(COST % "\n".join(cuts + [NPS]))
    [conflict] = result.conflicts
    care, marketing = conflict.sides
    assert care.goals == tuple(f"cut-aht-{n:02}" for n in range(10)) and care.count == 14
    assert (marketing.goals, marketing.count) == (("nps-up",), 1)
    assert [(m.metric, m.direction) for m in care.moves] == [("aht", "decrease")]
    markdown = render(result, "markdown")
    assert "`cut-aht-05` +8 more; Marketing `nps-up`" in markdown
    assert "cut-aht-06" not in markdown.split("## Conflict map")[1].split("##")[0]
    assert "</span> and 8 more · Marketing" in render(result, "html")
    side = json.loads(render(result, "json"))["conflicts"][0]["sides"][0]
    assert (len(side["goals"]), side["goal_count"]) == (10, 14)


def test_a_side_leaves_out_the_goals_the_other_department_takes_part_in(audit):
    # two cuts of Care on AHT; Loyalty co-owns the second, so only the first pushes against
    # Loyalty's goal guarding AHT, while both push against Finance's
    second = CUT.replace("cut-aht", "cut-aht-2")[:-1] + ", co_owners: [loyalty]}"
    watching = ("  - {id: watch-%s, title: t, owner: %s, metric: fcr, baseline: 70, target: 80, "
                "guardrails: [aht]}")
    found = _conflicts(audit, CUT, second, watching % ("l", "loyalty"), watching % ("f", "finance"))
    guardrail = [(c[4], c[5], c[6]) for c in found if c[1] == "guardrail"]
    assert guardrail == [("loyalty", ("cut-aht",), ("watch-l",)),
                         ("finance", ("cut-aht", "cut-aht-2"), ("watch-f",))]
    result = audit(COST % "\n".join([CUT, second, watching % ("l", "loyalty"), watching % ("f", "finance")]))
    counts = {c.sides[1].department: c.sides[0].count for c in result.conflicts if c.link == "guardrail"}
    assert counts == {"loyalty": 1, "finance": 2}


HOLDERS = """\
organization: {name: Example Co}
departments:
  - {id: care, name: Customer Care, customer_facing: true}
%s
metrics:
  - {id: sl, name: Service level}
goals:
  - {id: lower-sl, title: t, owner: care, metric: sl, baseline: 80, target: 70}
%s
"""


def _holders(audit, count):
    """Care cuts service level; each of ``count`` regions holds it."""
    regions = [f"  - {{id: region-{n}, name: Region {n}, customer_facing: true}}" for n in range(1, count + 1)]
    holds = [f"  - {{id: hold-{n}, title: t, owner: region-{n}, metric: sl, direction: maintain}}"
             for n in range(1, count + 1)]
    return audit(HOLDERS % ("\n".join(regions), "\n".join(holds)))


def test_a_cut_is_drawn_against_its_first_four_departments_and_counts_the_rest(audit):
    result = _holders(audit, 7)
    drawn = [(c.link, c.sides[0].department, c.sides[1].department, c.more) for c in result.conflicts]
    assert drawn == [("same-metric", "care", f"region-{n}", 3 if n == 4 else 0) for n in range(1, 5)]
    report = json.loads(render(result, "json"))["conflicts"]
    assert [c.get("more_departments") for c in report] == [None, None, None, 3]
    assert "The same cuts push against 3 more departments so, not drawn." in render(result, "markdown")
    assert "push against 3 more departments so" in render(result, "html")


def test_a_cut_against_four_departments_draws_them_all_and_counts_none(audit):
    result = _holders(audit, 4)
    assert [(c.sides[1].department, c.more) for c in result.conflicts] == [
        (f"region-{n}", 0) for n in range(1, 5)]
    report = json.loads(render(result, "json"))["conflicts"]
    assert len(report) == 4 and not any("more_departments" in c for c in report)
    assert "more department" not in render(result, "markdown")


OPPOSING = """\
organization: {name: Example Co}
departments:
  - {id: marketing, name: Marketing}
  - {id: finance, name: Finance}
metrics:
  - {id: trial, name: Free trial length}
goals:
  - {id: longer, title: Longer trials, owner: marketing, metric: trial, baseline: 14, target: 30}
  - {id: shorter, title: Shorter trials, owner: %s, metric: trial, baseline: 14, target: 7}
"""


def test_opposing_targets_pair_the_two_departments_on_the_metric(audit):
    [conflict] = audit(OPPOSING % "finance").conflicts
    assert (conflict.kind, conflict.metric, conflict.rules) == ("opposing-targets", "trial", ("GC104",))
    (first, second) = conflict.sides
    assert (first.department, first.goals, second.department, second.goals) == (
        "finance", ("shorter",), "marketing", ("longer",))
    assert [(m.metric, m.direction) for m in first.moves] == [("trial", "decrease")]
    # inside one department it is that department's trade-off
    assert audit(OPPOSING % "marketing").conflicts == ()


def test_the_json_report_carries_matrix_conflicts_and_fixes_and_keeps_its_keys(audit):
    report = json.loads(render(audit(COST % "\n".join([CUT, NPS])), "json"))
    for key in ("goalcheck", "organization", "as_of", "score", "grade", "goals", "areas", "departments",
                "findings", "counts", "passed"):
        assert key in report
    assert report["matrix"]["serving_nothing"] == ["care", "marketing", "loyalty", "finance"]
    [conflict] = report["conflicts"]
    assert conflict["sides"][0] == {"department": "care", "name": "Customer Care", "goals": ["cut-aht"],
                                    "goal_count": 1, "moves": [{"metric": "aht", "metric_name": "Average handle time",
                                               "direction": "decrease"}]}
    assert conflict["link"] == "cross-functional" and conflict["rules"] == ["GC301", "GC302"]
    assert any("cross-functional" in fact for fact in conflict["inferred"])
    fixes = {fix["rule"]: fix for fix in report["fixes"]}
    assert fixes["GC301"]["findings"] == 1 and fixes["GC301"]["points"] > 0
    # counted in the order listed, each after the ones above it: they add up to the score reached
    points = [fix["points"] for fix in report["fixes"]]
    assert round(report["score"] + sum(points), 1) == report["fixes"][-1]["score_after"] == 100.0
    afters = [fix["score_after"] for fix in report["fixes"]]
    assert afters == sorted(afters)


def test_fixing_every_finding_of_a_rule_wins_back_at_least_its_best_one():
    result = run(str(Path(__file__).resolve().parent.parent / "sample_orgs" / "brightline-telecom.yaml"),
                 Options(as_of=AS_OF))
    assert {fix.rule for fix in result.fixes} == {item.rule.code for item in result.active}
    for fix in result.fixes:
        items = [item for item in result.active if item.rule.code == fix.rule]
        assert fix.findings == len(items)
        assert fix.points >= max(item.points for item in items)
