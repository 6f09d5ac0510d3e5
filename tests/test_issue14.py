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
