"""Issue 14's rules beyond their catalogue examples: each fires where a reader of
the goals would call it a real problem, by subject and line, and stays quiet on
the near-misses."""

from __future__ import annotations

from .conftest import fired, subjects


def where(result, code):
    return {(r.finding.subject, r.finding.location.line) for r in fired(result, code)}


# --- GC108 no-customer-outcome-at-top -------------------------------------------

TOP = """\
organization: {name: Acme}
objectives:
  - {id: grow, title: Grow ARR to 40m}
  - {id: margin, title: Reach 20% operating margin}
  - {id: churn-sub, title: Cut churn in the SMB base, parent: grow}
departments:
  - {id: sales, name: Sales}
"""


def test_no_customer_outcome_at_top_fires_once_at_the_organization(audit):
    result = audit(TOP + """\
goals:
  - {id: nps, title: Raise NPS, owner: sales, supports: [grow], metric: {name: NPS}, baseline: 1, target: 2}
""")
    [finding] = fired(result, "GC108")
    assert (finding.finding.subject, finding.finding.location.line) == (None, 1)
    assert "'grow' and 'margin'" in finding.message  # the CX objective is not at the top
    assert finding.severity == "high"


def test_no_customer_outcome_at_top_quiet_with_an_org_level_experience_goal(audit):
    result = audit(TOP + """\
goals:
  - {id: nps, title: Raise NPS, owner: sales, level: org, supports: [grow], metric: {name: NPS},
     baseline: 1, target: 2}
""")
    assert fired(result, "GC108") == []


def test_no_customer_outcome_at_top_quiet_when_a_top_objective_is_cx(audit):
    result = audit(TOP.replace("Reach 20% operating margin", "Be the easiest company to do business with")
                   + "goals: []\n")
    assert fired(result, "GC108") == []
    explicit = audit(TOP.replace("{id: margin, title: Reach 20% operating margin}",
                                 "{id: margin, title: Win the SMB market, customer_experience: true}"))
    assert fired(explicit, "GC108") == []


# --- GC106 duplicate-goal --------------------------------------------------------

DUP = """\
organization: {name: Acme}
departments:
  - {id: company, name: Company}
  - {id: sales, name: Sales}
  - {id: ce, name: Customer Engineering}
metrics:
  - {id: logos, name: Large enterprise logos}
  - {id: csat, name: CSAT}
goals:
"""


def test_duplicate_goal_on_each_later_copy_naming_the_earlier(audit):
    result = audit(DUP + """\
  - {id: c-logos, title: Land N2 Large Enterprise Logos (N3), owner: company, metric: logos, target: redacted}
  - {id: ce-logos, title: Land 12 large enterprise logos (15), owner: ce, metric: logos, target: redacted}
  - {id: s-logos, title: "land $X large enterprise logos (x%)", owner: sales, metric: logos, target: redacted}
  - {id: csat-a, title: Raise CSAT, owner: ce, metric: csat, baseline: 80, target: 85}
  - {id: csat-b, title: Delight customers, owner: ce, metric: csat, baseline: 80, target: 85}
""")
    assert where(result, "GC106") == {("ce-logos", 11), ("s-logos", 12), ("csat-b", 14)}
    by_subject = {r.finding.subject: r for r in fired(result, "GC106")}
    assert "repeats goal 'c-logos' of Company: the same title (and also 'ce-logos')" in by_subject["s-logos"].message
    assert by_subject["csat-b"].finding.department == "ce"
    assert "the same owner, metric, direction and target" in by_subject["csat-b"].message


def test_duplicate_goal_quiet_on_sequences_segments_pieces_and_labels(audit):
    result = audit(DUP + """\
  - {id: q1, title: Raise CSAT to 85, owner: ce, metric: csat, baseline: 80, target: 85, period: 2027-Q1}
  - {id: q2, title: Raise CSAT to 88, owner: ce, metric: csat, baseline: 85, target: 88, period: 2027-Q2}
  - {id: emea, title: Raise CSAT in EMEA, owner: sales, metric: csat, baseline: 70, target: 75}
  - {id: apac, title: Raise CSAT in APAC, owner: sales, metric: csat, baseline: 60, target: 75}
  - {id: top, title: Land 20 large enterprise logos, owner: company, metric: logos, baseline: 10, target: 20}
  - {id: piece, title: Land 8 large enterprise logos, owner: sales, parent: top, metric: logos, baseline: 4, target: 8}
  - {id: p12, title: Launch the partner portal for programme 12, owner: ce, metric: {name: Portal launched}, direction: increase, target: 1}
  - {id: p13, title: Launch the partner portal for programme 13, owner: ce, metric: {name: Portal live}, direction: increase, target: 1}
  - {id: review, title: CSAT in reviews, owner: sales, metric: csat, baseline: 70, target: 75, appraisal: true}
""")
    assert fired(result, "GC106") == []


def test_no_customer_outcome_at_top_quiet_when_a_top_objective_is_titled_for_customers(audit):
    result = audit(TOP.replace("Reach 20% operating margin", "Accelerate customer initiatives") + "goals: []\n")
    assert fired(result, "GC108") == []
