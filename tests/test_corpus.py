"""The analyser on real metric names nobody here wrote.

Two sets: tests/corpus/metrics/*.yaml, the development set the lexicon was
tuned on, and tests/corpus/heldout/*.yaml, gathered later from other sources
and labelled by someone who did not read the analyser or the lexicon. The
held-out set measures how the analyser generalises: change the lexicon by
what the development set teaches, and read the held-out figures after.

Each name is taken verbatim from a cited public source and labelled with the
facts of spec/rules.md (the files say how). Two things are held:

- no dangerous error beyond the ones listed below, each reviewed: an employee
  or other non-experience measure read as customer experience, or a non-cost
  read as a cost. Those are what make a report wrong at the top;
- accuracy per fact never falls below what it is today (a ratchet: raise the
  floors when the analyser improves). Issue 11 asks for 95%; the floors say
  honestly where we are: in the high 80s on the development set, about 80
  on the held-out one.

Run ``python -m pytest tests/test_corpus.py -q -rA`` to see the figures.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from goalcheck.metricname import builtin

CORPORA = Path(__file__).resolve().parent / "corpus"
SETS = ("metrics", "heldout")
FACTS = ("kind", "experience", "access", "better", "cross_functional")
# the accuracy measured on each set when these floors were set (percent)
FLOORS = {
    "metrics": {"kind": 85.0, "experience": 89.0, "access": 89.5, "better": 86.0, "cross_functional": 87.5},
    "heldout": {"kind": 84.5, "experience": 82.5, "access": 84.5, "better": 75.5, "cross_functional": 87.0},
}

# dangerous readings reviewed by hand: (what was read, name) -> why it stands for now
REVIEWED_HELDOUT = {
    ("cost", "Community safety contacts"): "contacts the fire service makes, read as contacts it receives",
    ("experience", "Order Cancellation Rate"): "orders cancelled read as a service failure; label says not",
    ("experience", "Retention rate"): "an HR list's employee retention: the bare name cannot tell",
    ("experience", "The percentage of land that falls below cleanliness standards for litter"):
        "'cleanliness' read as a survey heading (HCAHPS)",
    ("experience", "The percentage of minor and other planning appeals allowed against the Council’s decision as "
                   "a percentage of the total number of planning appeals against refusals of planning "
                   "applications"): "an appeal decided for the applicant read as the applicant's outcome",
    ("experience", "Percentage of rent lost through properties being empty and / or waiting to be re-let"):
        "homes waiting to be let read as people waiting",
    ("experience", "Average GN Void Turnaround Time"): "an empty home's turnaround read as a customer's",
    ("experience", "Number of complaints closed"): "complaints handled read as complaints; label says output",
    ("experience", "Repeat Calls Concentration %"): "repeat calls from one address read as repeat contacts",
}
REVIEWED = {
    ("cost", "Containment rate"): "label says outcome; goalcheck reads containment as the cost lever it is "
                                  "(cheap way: more), by design since v1",
    ("cost", "IVR/VRU Containment Rate"): "as containment above",
    ("cost", "containment rate (self-service deflection)"): "as containment above",
    ("cost", "Ticket Deflection"): "as containment above",
    ("cost", "Cost per Order"): "label says outcome; rules.md lists cost per order served as a cost to serve",
    ("cost", "Active Tickets"): "a backlog of tickets is read as demand; label says activity",
    ("experience", "Late Dispatch Rate"): "a seller's late dispatch is felt by the buyer; label says not",
    ("experience", "Late Shipment Rate"): "as late dispatch above",
    ("experience", "Avoidable Wait"): "the courier's wait, not the customer's: the name cannot tell",
    ("experience", "Collected On Time"): "label reads it as the courier's activity; the name reads as a promise",
    ("experience", "What % of Child Protection and Review Case Conferences is held within timescales?"):
        "a statutory timescale read as a service promise",
    ("experience", "fault rates"): "network faults are felt by customers; label says not",
    ("experience", "transferred to a clinical advisor"): "NHS 111 disposition read as a repeat contact (transfer)",
    ("experience", "recommended to A&E"): "NHS 111 disposition read as 'recommend'",
    ("experience", "No-show and cancellation rates"): "patients' no-shows read as cancelled appointments",
}


@lru_cache(maxsize=2)
def corpus(name: str = "metrics") -> list[dict]:
    entries = []
    for path in sorted((CORPORA / name).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in data["metrics"]:
            assert entry["source"] in data["sources"], f"{path.name}: {entry['name']!r} cites no source"
            entries.append(entry)
    return entries


def read(entry: dict) -> dict:
    context = entry.get("context") or {}
    owners = ((context["department"], False),) if context.get("department") else ()
    facts = dict(builtin().analyse(entry["name"], context.get("unit"), owners).facts)
    if facts["kind"] == "cost" and facts["better"] is None:
        facts["better"] = "decrease"  # as infer does: a cost's better direction is its cheap one
    return facts


@pytest.mark.parametrize("name", SETS)
def test_the_corpus_is_large_and_cited(name):
    assert len(corpus(name)) >= 300
    for path in sorted((CORPORA / name).glob("*.yaml")):
        names = [e["name"].lower() for e in yaml.safe_load(path.read_text(encoding="utf-8"))["metrics"]]
        assert len(set(names)) == len(names), f"{path.name}: a name appears twice"
    # across sets a name may repeat with other labels: "Completion Rate" of a courier and of a
    # GOV.UK service (the name alone cannot decide; each keeps its source's meaning)


@pytest.mark.parametrize("name", SETS)
def test_no_dangerous_error_beyond_the_reviewed_ones(name):
    reviewed = REVIEWED if name == "metrics" else REVIEWED_HELDOUT
    found = set()
    for entry in corpus(name):
        facts = read(entry)
        if facts["experience"] and not entry["experience"]:
            found.add(("experience", entry["name"]))
        if facts["kind"] == "cost" and entry["kind"] != "cost":
            found.add(("cost", entry["name"]))
    assert sorted(found - reviewed.keys()) == []
    assert sorted(reviewed.keys() - found) == [], "fixed: take these out of the reviewed list"


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("fact", FACTS)
def test_accuracy_per_fact_holds_its_floor(name, fact):
    right = total = 0
    for entry in corpus(name):
        if fact == "better" and entry.get("better") is None:
            continue
        got = read(entry)[fact]
        if fact in ("experience", "access", "cross_functional") and got is not None:
            got = bool(got)
        total += 1
        right += got == entry.get(fact)
    accuracy = 100 * right / total
    print(f"{name} {fact}: {right}/{total} = {accuracy:.1f}%")
    assert accuracy >= FLOORS[name][fact]
