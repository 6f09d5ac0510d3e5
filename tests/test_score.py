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
