"""Waivers in the goals files: a waived finding is still reported, as waived, and
leaves the score and the gate; an expired or unused waiver is itself reported
(GC606); a waiver that cannot be read stops the audit with file:line:column."""

from __future__ import annotations

import json
import textwrap

import pytest

from goalcheck.audit import Options, run
from goalcheck.cli import main

from .conftest import ACME_HEAD, AS_OF, fired

HEAD = ACME_HEAD + """\
  - id: sales
    name: Sales
    customer_facing: true
"""
METRICS = """\
metrics:
  - {id: aht, name: Average handle time}
  - {id: nps, name: Net Promoter Score}
  - id: spare
    name: Webinar attendance
"""
GOALS = """\
goals:
  - id: cut-aht
    title: Cut handle time
    owner: support
    supports: [easy]
    metric: aht
    baseline: 420
    target: 300
    due: 2027-06-30
    initiatives: [Shorter scripts]
"""
MORE_GOALS = """\
  - id: nps-up
    title: Raise NPS
    owner: sales
    co_owners: [support]
    supports: [easy]
    metric: nps
    target: 40
    due: 2027-06-30
  - id: faster-quotes
    title: Send quotes faster
    owner: sales
    supports: [easy]
    metric: {name: Quote turnaround days}
    target: 2
    due: 2027-06-30
"""


def waive(*entries: str, indent: int = 4) -> str:
    """An x-goalcheck block with these waiver entries (each a flow mapping)."""
    lines = ["x-goalcheck:", "  waive:"] + [f"    - {entry}" for entry in entries]
    return textwrap.indent("\n".join(lines), " " * indent) + "\n"


def org(goal: str = "", department: str = "", metric: str = "") -> str:
    """The organisation, with waiver blocks on goal cut-aht, department sales and metric spare."""
    return HEAD + department + METRICS + metric + GOALS + goal + MORE_GOALS


def audit(tmp_path, text: str, **options):
    path = tmp_path / "goals.yaml"
    path.write_text(text, encoding="utf-8")
    options.setdefault("as_of", AS_OF)
    return run(str(path), Options(**options))


def by_rule(result, code: str) -> list:
    return fired(result, code)


def test_without_waivers_the_findings_are_active(tmp_path):
    result = audit(tmp_path, org())
    assert {r.rule.code for r in result.findings} == {"GC301", "GC302", "GC403", "GC603"}
    assert result.counts["waived"] == 0 and not result.passed


def test_a_goal_waiver_marks_its_finding_waived_and_takes_it_out_of_score_and_gate(tmp_path):
    plain = audit(tmp_path, org())
    waived = audit(tmp_path, org(goal=waive(
        '{rule: GC301, reason: "Guardrail agreed with the CX lead, lands in Q2", until: 2027-03-31}',
        '{rule: cost-cut-against-cx-strategy, reason: Root-cause work is funded from April}')))
    gc301 = by_rule(waived, "GC301")[0]
    assert gc301.waived == "Guardrail agreed with the CX lead, lands in Q2" and gc301.points == 0
    assert by_rule(waived, "GC302")[0].waived == "Root-cause work is funded from April"
    assert waived.counts["waived"] == 2 and waived.counts["high"] == 0
    assert waived.score > plain.score and waived.passed and not plain.passed
    ignored = audit(tmp_path, org(), ignore={"GC301", "GC302"})
    assert waived.score == ignored.score, "a waived finding weighs nothing"
    assert not by_rule(waived, "GC606")


def test_waived_findings_are_shown_in_json_and_text(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "goals.yaml"
    path.write_text(org(goal=waive('{rule: GC301, reason: Agreed with the CX lead}')), encoding="utf-8")
    main(["audit", str(path), "-f", "json", "--as-of", "2026-12-01"])
    report = json.loads(capsys.readouterr().out)
    gc301 = next(f for f in report["findings"] if f["rule"] == "GC301")
    assert gc301["waived"] == "Agreed with the CX lead" and report["counts"]["waived"] == 1
    main(["audit", str(path), "--as-of", "2026-12-01"])
    out = capsys.readouterr().out
    assert "WAIVED (1)" in out and "Agreed with the CX lead" in out and "1 waived" in out


def test_a_waiver_with_a_date_holds_through_that_day(tmp_path):
    text = org(goal=waive('{rule: GC301, reason: Agreed, until: 2026-12-01}'))
    assert by_rule(audit(tmp_path, text), "GC301")[0].waived == "Agreed"


def test_an_expired_waiver_stops_working_and_is_reported(tmp_path):
    result = audit(tmp_path, org(goal=waive('{rule: GC301, reason: Agreed, until: 2026-11-30}')))
    assert by_rule(result, "GC301")[0].waived is None and not result.passed
    stale = by_rule(result, "GC606")
    assert len(stale) == 1
    assert (stale[0].finding.subject, stale[0].finding.subject_kind) == ("cut-aht", "goal")
    assert "expired on 2026-11-30" in stale[0].message and "GC301" in stale[0].message
    assert stale[0].finding.location.line == 28  # the waiver, not the goal
    assert "new 'until'" in stale[0].fix


def test_a_waiver_that_waives_nothing_is_reported(tmp_path):
    result = audit(tmp_path, org(goal=waive('{rule: GC101, reason: Orphan on purpose}')))
    stale = by_rule(result, "GC606")
    assert len(stale) == 1 and "waives nothing" in stale[0].message
    assert stale[0].severity == "low" and "new 'until'" not in stale[0].fix


def test_used_waivers_are_used_whatever_rules_run(tmp_path):
    text = org(goal=waive('{rule: GC301, reason: Agreed}'))
    result = audit(tmp_path, text, select={"GC302", "GC606"})
    assert not by_rule(result, "GC606"), "GC301 fires on cut-aht even when this run does not ask for it"


def test_a_department_waiver_covers_the_findings_of_its_department(tmp_path):
    result = audit(tmp_path, org(department=waive('{rule: GC603, reason: Plans live in the sales wiki}')))
    plans = by_rule(result, "GC603")
    assert {r.finding.subject for r in plans} == {"nps-up", "faster-quotes"}
    assert all(r.waived == "Plans live in the sales wiki" for r in plans)
    assert not by_rule(result, "GC606")


def test_a_department_waiver_does_not_reach_another_department(tmp_path):
    text = org(department=waive('{rule: GC301, reason: Not ours to waive}'))
    result = audit(tmp_path, text)
    assert by_rule(result, "GC301")[0].waived is None
    assert len(by_rule(result, "GC606")) == 1, "sales has no GC301 finding: the waiver waives nothing"


def test_a_metric_waiver_covers_its_metric(tmp_path):
    result = audit(tmp_path, org(metric=waive('{rule: unused-metric, reason: Tracked for the events team}')))
    assert by_rule(result, "GC403")[0].waived == "Tracked for the events team"


def test_a_goal_waiver_does_not_cover_its_inline_metric(tmp_path):
    """An inline metric takes the goal's id; kind tells them apart."""
    text = """\
organization: {name: Example Co}
metrics:
  - {id: q, name: Quote turnaround days}
goals:
  - id: q
    title: Faster quotes
    owner: nobody
    metric: q
    target: 2
    x-goalcheck:
      waive:
        - {rule: GC403, reason: Not this one}
"""
    result = audit(tmp_path, text)
    assert all(r.waived is None for r in by_rule(result, "GC403"))


def test_an_organisation_waiver_covers_organisation_findings(tmp_path):
    text = """\
organization:
  name: Example Co
  x-goalcheck:
    waive:
      - rule: incentives-without-cx
        reason: The board sets leadership pay; the CX measure is proposed for FY28
        until: 2027-09-30
departments:
  - {id: support, name: Customer Support, customer_facing: true}
metrics:
  - {id: revenue, name: Revenue}
incentives:
  - {id: exec-bonus, scope: leadership, metrics: [revenue]}
goals:
  - {id: grow, title: Grow revenue, owner: support, metric: revenue, baseline: 10, target: 12,
     due: 2027-06-30, initiatives: [New plans]}
"""
    result = audit(tmp_path, text)
    gc404 = by_rule(result, "GC404")
    assert gc404 and gc404[0].finding.subject is None and gc404[0].waived.startswith("The board")
    assert not by_rule(result, "GC606")


@pytest.mark.parametrize("entry,line,column,needle", [
    ('{rule: GC301}', 28, 11, "needs a 'reason'"),
    ('{rule: GC301, reason: "  "}', 28, 33, "needs a 'reason'"),
    ('{reason: Agreed}', 28, 11, "needs 'rule'"),
    ('{rule: GC3O1, reason: Agreed}', 28, 18, "unknown rule 'GC3O1'"),
    ('{rule: cost-cut-without-cx-guardrial, reason: Agreed}', 28, 18, "did you mean 'cost-cut-without-cx-guardrail'"),
    ('{rule: GC301, reason: Agreed, until: 2027-02-30}', 28, 48, "not a real date"),
    ('{rule: GC301, reason: Agreed, until: next spring}', 28, 48, "YYYY-MM-DD"),
    ('{rule: GC301, reason: Agreed, until: 2027}', 28, 48, "YYYY-MM-DD"),
    ('{rule: GC301, reason: Agreed, until: }', 28, 48, "YYYY-MM-DD"),
    ('{rule: GC301, reason: Agreed, untill: 2027-03-31}', 28, 41, "did you mean 'until'"),
    ('{rule: GC001, reason: Agreed}', 28, 18, "cannot be waived"),
    ('{rule: stale-waiver, reason: Agreed}', 28, 18, "cannot be waived"),
    ('GC301', 28, 11, "must be a mapping"),
])
def test_an_unreadable_waiver_is_an_input_error(tmp_path, capsys, entry, line, column, needle):
    path = tmp_path / "goals.yaml"
    path.write_text(org(goal=waive(entry)), encoding="utf-8")
    code = main(["audit", str(path)])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert f"goals.yaml:{line}:{column}: " in err and needle in err, err


def test_a_rule_waived_twice_on_one_item_is_an_input_error(tmp_path, capsys):
    path = tmp_path / "goals.yaml"
    path.write_text(org(goal=waive('{rule: GC301, reason: One}', '{rule: cost-cut-without-cx-guardrail, reason: Two}')),
                    encoding="utf-8")
    assert main(["audit", str(path)]) == 2
    err = capsys.readouterr().err
    assert "goals.yaml:29:11: GC301 is waived twice for goal 'cut-aht': the first waiver is at" in err


@pytest.mark.parametrize("block,needle", [
    ("    x-goalcheck: [GC301]\n", "'x-goalcheck' must be a mapping"),
    ("    x-goalcheck: {waiver: []}\n", "did you mean 'waive'"),
    ("    x-goalcheck: {waive: GC301}\n", "'waive' must be a list"),
])
def test_a_malformed_block_is_an_input_error(tmp_path, capsys, block, needle):
    path = tmp_path / "goals.yaml"
    path.write_text(org(goal=block), encoding="utf-8")
    assert main(["audit", str(path)]) == 2
    err = capsys.readouterr().err
    assert "goals.yaml:26:" in err and needle in err


def test_a_bad_waiver_and_a_schema_problem_come_in_one_round(tmp_path, capsys):
    """Waivers are read with the goals files: a repo with a typo in one file's schema and a
    bad waiver in another (or in the same file) is told of both at once, exit 2."""
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "a.yaml").write_text(org(goal=waive('{rule: GC301, reason: Agreed, untill: 2027-03-31}')),
                                 encoding="utf-8")
    (repo / "b.yaml").write_text("""\
goals:
  - id: late
    title: Ship the portal
    ownr: support
    x-goalcheck:
      waive:
        - {rule: GC3O1, reason: Agreed}
""", encoding="utf-8")
    assert main(["audit", str(repo)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = [line.split(": ", 1)[0].rsplit("/", 1)[-1] + ": " + line.split(": ", 1)[1]
             for line in err.splitlines() if ".yaml:" in line]
    assert lines == [
        "a.yaml:28:41: unknown key 'untill' in a waiver (did you mean 'until'?)",
        "b.yaml:2:5: goal 'late' is missing required key 'owner'",
        "b.yaml:4:5: unknown key 'ownr' in goal 'late' (did you mean 'owner'?)",
        "b.yaml:7:18: unknown rule 'GC3O1' in a waiver (did you mean 'GC301'?) (see 'goalcheck rules')",
    ], err
    assert "4 input errors" in err


def test_a_bad_waiver_on_an_item_the_schema_refuses_comes_with_its_problem(tmp_path):
    """The goal's own typo and the waiver written on its inline metric, in one round."""
    from goalcheck.errors import InputErrors

    text = org(goal="    metric: {name: x, x-goalcheck: {waive: [{rule: GC301}]}}\n")
    path = tmp_path / "goals.yaml"
    path.write_text(text.replace("    metric: aht\n", "").replace("    baseline: 420\n", "    basline: 420\n"),
                    encoding="utf-8")
    with pytest.raises(InputErrors) as raised:
        run(str(path), Options(as_of=AS_OF))
    assert [str(e) for e in raised.value.errors] == [
        "goals.yaml:21:5: unknown key 'basline' in goal 'cut-aht' (did you mean 'baseline'?)",
        "goals.yaml:25:45: a waiver needs a 'reason': why the finding is acceptable, for whoever reads it next"]


def test_other_x_keys_are_still_ignored(tmp_path):
    result = audit(tmp_path, org(goal="    x-team-notes: {waive: nothing}\n"))
    assert by_rule(result, "GC301")[0].waived is None
