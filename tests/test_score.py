"""The score: bounded, monotone, scaled to the size of the organisation."""

from __future__ import annotations

from hypothesis import given, strategies as st

from goalcheck.score import formula, grade


def penalty(high, medium, low):
    return 10.0 * high + 4.0 * medium, 1.0 * low


@given(st.integers(0, 50), st.integers(0, 50), st.integers(0, 200), st.integers(0, 5000),
       st.sampled_from(["high", "medium", "low"]))
def test_adding_a_finding_never_raises_the_score(high, medium, low, goals, extra):
    before = formula(*penalty(high, medium, low), goals)
    after = formula(*penalty(high + (extra == "high"), medium + (extra == "medium"), low + (extra == "low")), goals)
    assert after <= before
    assert 0.0 <= after <= 100.0


@given(st.integers(0, 100_000), st.integers(0, 100_000))
def test_low_findings_alone_never_drop_below_85(low, goals):
    assert formula(0.0, float(low), goals) >= 85.0


@given(st.integers(0, 49))
def test_one_high_finding_in_a_small_org_costs_at_least_5(goals):
    assert formula(0.0, 0.0, goals) - formula(10.0, 0.0, goals) >= 5.0


def test_three_lows_weigh_less_in_a_large_org():
    assert formula(0, 3, 500) > formula(0, 3, 5)


def test_no_findings_is_100_and_grades():
    assert formula(0, 0, 10) == 100.0
    assert [grade(s) for s in (95, 85, 75, 65, 10)] == ["A", "B", "C", "D", "F"]


# --- two figures: alignment, and goal data complete apart from it ---------------------------------

import json  # noqa: E402

from goalcheck.report import render  # noqa: E402

from .conftest import ACME_HEAD  # noqa: E402

HYGIENE_ONLY = ACME_HEAD + """\
goals:
  - {id: ok, title: Raise FCR, owner: support, supports: [easy], metric: fcr, baseline: 70, target: 80,
     period: 2027, initiatives: [Fix the top three contact reasons]}
  - {id: vague, title: Delight customers, owner: support, supports: [easy]}
metrics:
  - {id: fcr, name: First contact resolution}
  - {id: nps, name: Net Promoter Score}
"""


def test_hygiene_never_lowers_the_alignment_score_and_is_its_own_figure(audit):
    result = audit(HYGIENE_ONLY, fail_under=100)
    assert {r.rule.area for r in result.active} == {"hygiene"}
    assert (result.score, result.grade, result.passed) == (100.0, "A", True)  # --fail-under gates on alignment
    assert (result.hygiene.complete, result.hygiene.complete_goals, result.hygiene.goals) == (50.0, 1, 2)
    assert all(r.points == 0.0 for r in result.active) and not result.fixes


def test_every_format_carries_both_figures(audit):
    result = audit(HYGIENE_ONLY)
    assert json.loads(render(result, "json"))["hygiene"] == {"complete": 50.0, "complete_goals": 1, "goals": 2,
                                                             "findings": 1}
    sarif = json.loads(render(result, "sarif"))["runs"][0]["properties"]
    assert (sarif["score"], sarif["hygiene"]["complete"]) == (100.0, 50.0)
    assert "Alignment 100.0/100  grade A" in render(result, "text")
    assert "Goal data complete: 50% (1 of 2 goals)" in render(result, "text")
    assert "## Alignment: 100.0/100 · grade A · goal data complete: 50% (1 of 2 goals)" in render(result, "markdown")
    assert '<span data-figure="complete">50</span>' in render(result, "html")


def test_top_fixes_add_up_in_the_order_listed(audit):
    from .test_insights import COST, CUT, NPS

    result = audit(COST % "\n".join([CUT, NPS]))
    running = result.score
    for fix in result.fixes:
        running = round(running + fix.points, 1)
        assert running == fix.score_after  # each counted after the ones above it
    assert result.fixes[-1].score_after == 100.0
    text = render(result, "text")
    first = result.fixes[0]
    assert f"+{first.points:.1f} points" in text and f"(to {first.score_after:.1f})" in text


def test_a_finding_given_its_points_keeps_every_other_field():
    """score.build gives each finding its points without dataclasses.replace (it runs
    once per finding); a field added to Reported must still be carried."""
    from dataclasses import fields, replace

    from goalcheck.score import Reported, _with_points

    values = {f.name: f"value of {f.name}" for f in fields(Reported)}
    values["points"] = 0.0
    item = Reported(**values)
    assert _with_points(item, 2.5) == replace(item, points=2.5)
    assert _with_points(item, 0.0) is item
    negative = replace(item, points=-0.0)
    assert str(_with_points(negative, 0.0).points) == "0.0"
