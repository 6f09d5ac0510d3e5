"""Inference: facts from fields first, vocabulary second, each with its provenance."""

from __future__ import annotations

import pytest

from goalcheck import vocabulary
from goalcheck.infer import goal_facts, initiatives_remove_cause, metric_facts
from goalcheck.model import Goal, Metric

VOCABULARY = vocabulary.default()


def metric(name, **fields):
    values = dict(id="m", name=name, unit=None, kind=None, experience=None, better=None,
                  influenced_by=None, inline=False, order=0, where=None)
    values.update(fields)
    return Metric(**values)


def goal(**fields):
    values = dict(id="g", title="t", owner="o", co_owners=(), supports=(), parents=(), metric="m",
                  direction=None, baseline=None, target=None, target_text=None, due=None, period=None,
                  level="department", appraisal=False, guardrails=(), initiatives=(), plan=(), extra={},
                  order=0, where=None)
    values.update(fields)
    return Goal(**values)


@pytest.mark.parametrize("name,kind,experience,better", [
    ("AHT", "cost", False, "decrease"),
    ("Average talk time (seconds)", "cost", False, "decrease"),
    ("Wrap-up time", "cost", False, "decrease"),
    ("Cost-to-serve per account", "cost", False, "decrease"),
    ("Contact rate per 1,000 orders", "cost", False, "decrease"),
    ("Support calls per customer", "cost", False, "decrease"),
    ("Support headcount", "cost", False, "increase"),  # staffing of a customer-facing team: access
    ("Engineering headcount", "cost", False, "decrease"),
    # per person: productivity, neither demand to cut nor a result to grow
    ("Tickets per agent per day", "activity", False, None),
    ("Upsells per agent", "activity", False, "increase"),  # the business wants more
    ("Cases closed", "activity", False, "increase"),  # more done, for the business
    ("Time on call", "activity", False, "decrease"),  # time spent is to be less
    ("tNPS after support calls", "outcome", True, "increase"),
    ("Net Promoter Score", "outcome", True, "increase"),
    ("CSAT", "outcome", True, "increase"),
    ("Customer Effort Score", "outcome", True, "decrease"),
    ("First-contact resolution", "outcome", True, "increase"),
    ("Repeat contacts within 7 days", "outcome", True, "decrease"),
    ("Logo churn", "outcome", True, "decrease"),
    ("Broadband disconnects", "outcome", True, "decrease"),
    ("Gross revenue retention (GRR)", "outcome", True, "increase"),
    ("ASA", "outcome", True, "decrease"),
    ("Abandonment rate", "outcome", True, "decrease"),
    ("Service level (80/20)", "outcome", True, "increase"),
    ("Employee satisfaction (eNPS)", "outcome", False, "increase"),
])
def test_vocabulary_reads_the_words_teams_use(name, kind, experience, better):
    facts = metric_facts(metric(name), VOCABULARY)
    assert (facts.kind, facts.experience, facts.better) == (kind, experience, better)
    if kind is not None:
        assert facts.why["kind"].startswith("metric 'm' is")


def test_per_person_wins_over_other_words():
    facts = metric_facts(metric("NPS per agent"), VOCABULARY)
    assert facts.kind == "activity" and facts.experience


def test_explicit_fields_win_and_leave_no_provenance():
    facts = metric_facts(metric("Average handle time", kind="outcome", better="increase"), VOCABULARY)
    assert (facts.kind, facts.better) == ("outcome", "increase")
    assert "kind" not in facts.why and "better" not in facts.why


def test_access_and_cheap_way():
    hours = metric_facts(metric("Weekly support hours"), VOCABULARY)
    assert hours.access and hours.better == "increase" and hours.kind == "cost"
    deflection = metric_facts(metric("Ticket deflection rate"), VOCABULARY)
    assert deflection.kind == "cost" and deflection.cheap == "increase"


def test_cross_functional_from_influenced_by_or_vocabulary():
    assert metric_facts(metric("NPS"), VOCABULARY).cross_functional
    assert not metric_facts(metric("NPS", influenced_by=("support",)), VOCABULARY).cross_functional
    assert metric_facts(metric("Handle time", influenced_by=("a", "b")), VOCABULARY).cross_functional
    assert not metric_facts(metric("First contact resolution"), VOCABULARY).cross_functional


def test_unknown_words_infer_nothing():
    """Unknown is an answer: no fact is guessed, and the metric says which it lacks."""
    facts = metric_facts(metric("Zorblat frobnitz"), VOCABULARY)
    assert (facts.kind, facts.better) == (None, None)
    assert facts.unknown == ("kind",)
    # no word of it is about customers: that much is read, and said where it came from
    assert (facts.experience, facts.access, facts.cross_functional) == (False, False, False)
    assert facts.why == {"experience": "metric 'm' is not an experience measure: no word of the name is about "
                                       "customers, their service or their wait"}


def test_direction_from_baseline_and_target():
    facts = goal_facts(goal(baseline=420, target=300))
    assert facts.direction == "decrease"
    assert facts.direction_why == "goal 'g' direction is decrease: target 300 is below baseline 420"
    assert goal_facts(goal(baseline=1, target="redacted")).direction is None
    assert goal_facts(goal(direction="increase", baseline=5, target=1)).direction == "increase"


def test_direction_from_a_bound_or_the_titles_first_word():
    capped = goal_facts(goal(target=10.0, target_text="<= 10%", period="2027"))
    assert (capped.direction, capped.direction_why) == (
        "decrease", "goal 'g' direction is decrease: its target '<= 10%' sets a ceiling ('<= 10')")
    met = goal_facts(goal(baseline=8, target=10.0, target_text="at most 10", period="2027"))
    assert met.direction == "maintain" and met.direction_why.endswith("which baseline 8 already meets")
    standing = goal_facts(goal(title="SSAT: at or above 95%", target=95.0))
    assert standing.direction == "maintain" and standing.direction_why.endswith("a standing level to hold")
    assert goal_facts(goal(title="SSAT: at or above 95%", target=95.0, period="2027")).direction == "increase"
    held = goal_facts(goal(title="Keep CSAT at 95%", target=95.0, period="2027"))
    assert (held.direction, held.direction_why) == ("maintain", "goal 'g' direction is maintain: its title says 'Keep'")


def test_a_bound_written_after_its_number_gives_the_direction():
    """"9% or above", "4 minutes or less": the bound's words after the number, as council
    plans write them, give the direction a bound before it gives; a benchmark gives none."""
    floor = goal_facts(goal(target=9.0, target_text="9% or above", period="2027"))
    assert (floor.direction, floor.direction_why) == (
        "increase", "goal 'g' direction is increase: its target '9% or above' sets a floor ('9% or above')")
    held = goal_facts(goal(baseline=3, target=4.0, target_text="4 minutes or less", period="2027"))
    assert held.direction == "maintain" and held.direction_why.endswith("which baseline 3 already meets")
    assert goal_facts(goal(target=None, target_text="Top quartile metropolitan authorities",
                           period="2027")).direction is None


SATISFACTION = metric_facts(metric("Customer satisfaction", unit="%"), VOCABULARY)
ABANDONMENT = metric_facts(metric("Abandonment rate", unit="%"), VOCABULARY)


@pytest.mark.parametrize("title,baseline,target,facts,direction", [
    # a minimum already exceeded: the share the title opens with, or a floor's words
    ("90% of customers are satisfied with the service they receive (2011 98.3%)", 98.3, 90, SATISFACTION,
     "maintain"),
    ("Satisfaction at least 90%", 98.3, 90, SATISFACTION, "maintain"),
    ("Abandonment stays below 5%", 3, 5, ABANDONMENT, "maintain"),
    # near-misses: the title says the number moves, or the standard's number is not the target
    ("70% of customers satisfied (from 80%)", 80, 70, SATISFACTION, "decrease"),
    ("Accept 70% of customers satisfied to release 10 FTE", 80, 70, SATISFACTION, "decrease"),
    ("Let abandonment drift to below 7%", 5, 7, ABANDONMENT, "increase"),
    ("SL 80/20 -> 70/20", 80, 70, SATISFACTION, "decrease"),
    ("95% of customers are satisfied", 98.3, 90, SATISFACTION, "decrease"),
    ("Customer satisfaction to 90%", 98.3, 90, SATISFACTION, "decrease"),  # no floor, no share: a cut
    # a floor below the baseline on a measure to be lower is no standard held
    ("Abandonment at least 5%", 8, 5, ABANDONMENT, "decrease"),
])
def test_a_standard_the_baseline_already_meets_is_held_not_cut(title, baseline, target, facts, direction):
    read = goal_facts(goal(title=title, baseline=baseline, target=target, period="2027"), facts)
    assert read.direction == direction, read.direction_why
    if direction == "maintain":
        assert read.direction_why.endswith(f"at target {target:g}, which baseline {baseline:g} already meets")


SERVICE_LEVEL = metric("Business enquiries – telephone service level", unit="% of calls")


@pytest.mark.parametrize("title,period,share,direction", [
    # a year's standard: the share of calls met within a time limit, in figures or in words
    ("Our goal is to respond to calls in the agent queue within two minutes", "2014/15", True, "maintain"),
    ("Telephone calls answered within 30 seconds (%)", "2019/20", True, "maintain"),
    ("Applications decided within 8 weeks", "2027", True, "maintain"),
    # near-misses: a quarter, a title that lowers it, no time limit, a measure not in percent
    ("Our goal is to respond to calls in the agent queue within two minutes", "2027-Q1", True, "decrease"),
    ("Reduce calls answered within two minutes to 80%", "2027", True, "decrease"),
    ("Calls answered from 81% within two minutes", "2027", True, "decrease"),
    ("Our goal is to respond to calls in the agent queue", "2014/15", True, "decrease"),
    ("Our goal is to respond to calls in the agent queue within two minutes", "2014/15", False, "decrease"),
    ("Our goal is to respond to calls in the agent queue within two minutes", None, True, "decrease"),
])
def test_a_years_share_within_a_time_limit_below_its_baseline_is_held(title, period, share, direction):
    facts = metric_facts(SERVICE_LEVEL, VOCABULARY)
    read = goal_facts(goal(title=title, baseline=81, target=80, period=period), facts, share)
    assert read.direction == direction, read.direction_why
    if direction == "maintain":
        assert read.direction_why == ("goal 'g' direction is maintain: target 80 is the share of a year's cases "
                                      "to meet the title's time limit, a floor baseline 81 already meets")
    # above the baseline it is a rise to make, whatever the title says
    assert goal_facts(goal(title=title, baseline=74, target=80, period=period), facts, share).direction == "increase"


def test_a_standard_held_names_its_words():
    read = goal_facts(goal(title="90% of customers are satisfied (2011 98.3%)", baseline=98.3, target=90,
                           period="2027"), SATISFACTION)
    assert read.direction_why == ("goal 'g' direction is maintain: its title sets a floor ('90% of customers') "
                                  "at target 90, which baseline 98.3 already meets")


def test_a_bound_we_continue_to_keep_or_we_maintain_is_held():
    title = "We continue to engage engineering no more than 10% of the time, checked for the last 30 days"
    continued = goal_facts(goal(title=title, target=10.0, target_text="10%", period="2027-Q1"))
    assert (continued.direction, continued.direction_why) == (
        "maintain", "goal 'g' direction is maintain: its title says 'We continue to engage'")
    assert goal_facts(goal(title="We maintain a 2 hour response", target=2, period="2027-Q1")).direction == "maintain"
    # near-misses: continuing a change, continuing with no bound
    assert goal_facts(goal(title="Continue to grow ARR by at least 20% over 2026", target=20.0, target_text="20%",
                           period="2027")).direction != "maintain"
    assert goal_facts(goal(title="We continue to engage engineering on 10% of cases", target=10.0,
                           target_text="10%", period="2027-Q1")).direction is None


@pytest.mark.parametrize("initiatives,removes", [
    (("Fix the billing errors behind most calls",), True),
    (("Publish a help centre article for every top contact reason",), True),
    (("Proactive SMS notifications before outages",), True),
    (("New IVR menu to route callers to self-service",), False),
    (("Chatbot in front of live chat",), False),
    (("Deflect password resets to the help centre",), False),  # blocking wins over cause
    (("Quarterly offsite",), False),
])
def test_initiatives_that_remove_the_cause(initiatives, removes):
    assert initiatives_remove_cause(goal(initiatives=initiatives), VOCABULARY)[0] is removes


def test_team_words_from_config_win_and_say_where_from():
    extra = {"metrics": [{"words": ["care minutes"], "kind": "cost"}]}
    team = vocabulary.build(vocabulary.builtin_data(), extra, ".goalcheck.yaml")
    facts = metric_facts(metric("Care minutes per member"), team)
    assert facts.kind == "cost" and facts.why["kind"].endswith("(from .goalcheck.yaml)")
