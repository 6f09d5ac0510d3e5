"""Write a realistic synthetic goals repo of N goals, for benchmarks and scale tests.

A strategy file (organisation, objectives, metrics, incentives, journey) and
one file per department. It is shaped like a real goals repo so that the
benchmark times the work goalcheck really does, not a storm of noise:

- each department sets goals on the metrics it can move (support on handle
  time and CSAT, sales on ARR and win rate, ...), and most goals move their
  metric the way that is better for it (churn down, NPS up);
- about 1.5% of goals pull a metric the wrong way, which makes the opposing
  pairs and service-degrading targets that goalcheck exists to find;
- cost goals mostly carry a customer-experience guardrail; about one in ten
  does not (a cost cut without a guardrail);
- cascades (a team goal under a department goal, on the same metric), a few
  orphans, goals with no plan, no target, no baseline, or a date in the past,
  and the odd individual activity target, at rates seen in real goal sets.

The result is about one finding for every three goals at 10,000 goals (more
at 100,000, where a goal pulling the wrong way has more rivals to be paired
with). Deterministic for a given seed and N.

``--shape dense`` writes the other shape the benchmark runs, where findings,
not YAML, drive the time: every metric lists the departments that move it
(``influenced_by``), the sixteen departments are split into regional units
(one for every 250 goals), and goals are sloppier (more cuts without a
guardrail, wrong-way goals, missing baselines and plans): about 1.2 findings
per goal.

    python benchmarks/generate.py OUT_DIR --goals 10000 [--seed 7] [--shape dense]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

# name -> (id, unit, the better direction, a cost?); the vocabulary infers that direction from
# the name, except for EXPLICIT_BETTER metrics, whose definitions write it out
METRICS = {
    "Average handle time": ("aht", "seconds", "decrease", True),
    "Cost per contact": ("cost-per-contact", "EUR", "decrease", True),
    "Contacts per customer": ("contacts-per-customer", "ratio", "decrease", True),
    "Support headcount": ("support-headcount", "FTE", "decrease", True),
    "Weekly support hours": ("support-hours", "hours", "increase", True),
    "Net Promoter Score": ("nps", "points", "increase", False),
    "CSAT": ("csat", "%", "increase", False),
    "First contact resolution": ("fcr", "%", "increase", False),
    "Repeat contacts within 7 days": ("repeat-contacts", "%", "decrease", False),
    "Logo churn": ("logo-churn", "%", "decrease", False),
    "Net revenue retention": ("nrr", "%", "increase", False),
    "Average speed of answer": ("asa", "seconds", "decrease", False),
    "Abandonment rate": ("abandonment", "%", "decrease", False),
    "Customer effort score": ("ces", "points", "decrease", False),
    "Complaints per 1,000 customers": ("complaints", "ratio", "decrease", False),
    "Uptime": ("uptime", "%", "increase", False),
    "ARR": ("arr", "EUR m", "increase", False),
    "Win rate": ("win-rate", "%", "increase", False),
    "Features shipped": ("features-shipped", "count", "increase", False),
    "Time to value": ("time-to-value", "days", "decrease", False),
    "Onboarding time": ("onboarding-time", "days", "decrease", False),
    "Gross margin": ("gross-margin", "%", "increase", False),
    "Employee engagement": ("engagement", "points", "increase", False),
    "Staff turnover": ("staff-turnover", "%", "decrease", False),
    "Calls per agent per hour": ("calls-per-agent-hour", "calls", "increase", False),
    "Upsells per agent": ("upsells-per-agent", "count", "increase", False),
}
UNUSED_METRIC = ("social-mentions", "Social media mentions")  # defined, used by nothing
EXPLICIT_BETTER = {"calls-per-agent-hour", "upsells-per-agent"}  # the vocabulary's guess is not theirs
INDIVIDUAL_TARGET = "calls-per-agent-hour"  # set for agents in appraisals, now and then
CX_GUARDRAILS = ["csat", "fcr", "repeat-contacts", "nps", "ces"]
INFLUENCED_BY = {"contacts-per-customer": ["product", "billing", "customer-support"]}

# department -> (customer facing, the metrics it sets goals on)
DEPARTMENTS = {
    "Customer Support": (True, ["aht", "cost-per-contact", "fcr", "csat", "asa", "abandonment",
                                "repeat-contacts", "contacts-per-customer", "support-headcount",
                                "support-hours"]),
    "Sales": (True, ["arr", "win-rate", "nrr", "upsells-per-agent"]),
    "Customer Success": (True, ["logo-churn", "nrr", "nps", "time-to-value", "onboarding-time"]),
    "Product": (False, ["features-shipped", "time-to-value", "nps", "ces", "contacts-per-customer"]),
    "Engineering": (False, ["uptime", "features-shipped", "complaints"]),
    "Marketing": (True, ["arr", "win-rate", "nps"]),
    "Finance": (False, ["gross-margin", "cost-per-contact", "support-headcount"]),
    "Operations": (False, ["cost-per-contact", "aht", "gross-margin", "uptime"]),
    "Billing": (True, ["complaints", "contacts-per-customer", "csat", "repeat-contacts"]),
    "Onboarding": (True, ["onboarding-time", "time-to-value", "csat"]),
    "Field Service": (True, ["fcr", "csat", "cost-per-contact"]),
    "Partnerships": (False, ["arr", "win-rate"]),
    "Retail Stores": (True, ["csat", "nps", "gross-margin"]),
    "Logistics": (False, ["complaints", "cost-per-contact", "uptime"]),
    "People": (False, ["engagement", "staff-turnover"]),
    "Legal": (False, ["complaints", "gross-margin"]),
}
SYSTEMS = ["Salesforce", "SFDC", "Zendesk", "HubSpot CRM", "ServiceNow"]
INITIATIVES = ["Fix the top five billing errors behind repeat calls",
               "Publish help centre articles for the ten most common questions",
               "Proactive notifications before planned maintenance",
               "Root-cause review of every reopened ticket",
               "Redesign the onboarding checklist with customers",
               "Shorter scripts for password resets",
               "New IVR menu to steer callers to self-service",
               "Quarterly account reviews for the top 200 accounts",
               "Pricing page rewrite", "Partner enablement programme",
               "Weekly coaching sessions for new starters",
               "Migrate the status page to the new platform"]
VERBS = {"increase": "Raise", "decrease": "Cut", "maintain": "Hold"}


def slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-").replace("--", "-")


def _amounts(rng: random.Random, unit: str, direction: str) -> tuple[str, str]:
    """A baseline and a target, written as people write them, moving ``direction``."""
    if unit == "%":
        baseline = rng.randint(20, 90)
        step = rng.randint(1, 8)
    elif unit == "seconds":
        baseline = rng.randint(30, 600)
        step = rng.randint(5, 60)
    else:
        baseline = rng.randint(2, 400)
        step = max(1, baseline // rng.randint(5, 20))
    target = baseline + (step if direction == "increase" else -step if direction == "decrease" else 0)
    if unit == "%" and rng.random() < 0.1:
        return f'"{baseline}%"', f'"{target}%"'
    if unit != "seconds" and rng.random() < 0.15:
        return f"{baseline}.5", f"{target}.5"
    return str(baseline), str(target)


def strategy_file(rng: random.Random, departments: list[str], objectives: int, kind_of: dict[str, str],
                  influenced_by: dict[str, list[str]]) -> str:
    metric_ids = [spec[0] for spec in METRICS.values()]
    present = {slug(name) for name in departments}
    lines = ["# Company strategy, objectives and shared definitions", "version: 1", "organization:",
             "  name: Synthetic Holdings", "  strategy: >-",
             "    Grow net revenue retention by being the easiest company to do business with.",
             "objectives:"]
    for index in range(objectives):
        if index % 3 == 0:
            title = f"Reduce churn in segment {index % 17} (objective {index})"
        else:
            title = f"Grow revenue in region {index % 11} (objective {index})"
        lines += [f"  - id: obj-{index}", f"    title: {title}",
                  f"    measured_by: [{rng.choice(metric_ids)}]"]
    lines.append("metrics:")
    for name, (metric_id, unit, better, _cost) in METRICS.items():
        lines += [f"  - id: {metric_id}", f"    name: {name}", f"    unit: \"{unit}\""]
        levers = list(dict.fromkeys(d for d in influenced_by.get(metric_id, ()) if d in present))
        if levers:
            lines.append(f"    influenced_by: [{', '.join(levers)}]")
        if metric_id in EXPLICIT_BETTER:
            lines.append(f"    better: {better}")
    lines += [f"  - id: {UNUSED_METRIC[0]}", f"    name: {UNUSED_METRIC[1]}"]
    lines.append("departments:")
    for name in departments:
        facing = DEPARTMENTS[kind_of[name]][0]
        lines += [f"  - id: {slug(name)}", f"    name: {name}",
                  f"    customer_facing: {'true' if facing else 'false'}"]
        if facing:
            lines.append(f"    systems: [{rng.choice(SYSTEMS)}]")
    unit = {}  # each department's first unit (itself, but in the dense shape)
    for name in departments:
        unit.setdefault(kind_of[name], slug(name))
    support, marketing, sales = (unit.get(n, slug(n)) for n in ("Customer Support", "Marketing", "Sales"))
    lines += ["incentives:",
              "  - id: exec-bonus", "    scope: leadership", "    metrics: [arr, gross-margin]",
              "  - id: support-team-bonus", "    scope: team", f"    department: {support}",
              "    metrics: [csat, fcr]",
              "  - id: agent-bonus", "    scope: individual", f"    department: {support}",
              "    metrics: [calls-per-agent-hour]"]
    lines += ["journey:",
              f"  - {{id: discover, name: Discover, phase: pre-sale, owner: {marketing}, metrics: [win-rate]}}",
              f"  - {{id: buy, name: Buy, phase: sale, owner: {sales}, metrics: [win-rate]}}",
              "  - {id: onboard, name: Onboard, phase: post-sale, metrics: [onboarding-time]}",
              f"  - {{id: get-help, name: Get help, phase: post-sale, owner: {support}}}"]
    return "\n".join(lines) + "\n"


# how often a goal is sloppy in each way, by shape
RATES = {"default": {"wrong_way": 0.015, "cut": 0.15, "guarded_cost": 0.9, "guarded": 0.25, "baseline": 0.03,
                     "target": 0.02, "plan": 0.93, "orphan": 0.03},
         "dense": {"wrong_way": 0.06, "cut": 0.4, "guarded_cost": 0.5, "guarded": 0.1, "baseline": 0.2,
                   "target": 0.1, "plan": 0.7, "orphan": 0.1}}
SHAPES = tuple(RATES)


def _units(goals: int) -> dict[str, str]:
    """Dense shape: regional units of the sixteen departments, unit name -> its department's name."""
    count = max(len(DEPARTMENTS), goals // 250)
    names = list(DEPARTMENTS)
    return {f"{names[index % len(names)]} {index // len(names) + 1}": names[index % len(names)]
            for index in range(count)}


def generate(out: Path, goals: int, seed: int = 7, shape: str = "default") -> None:
    rng = random.Random(seed)
    rates = RATES[shape]
    out.mkdir(parents=True, exist_ok=True)
    names = list(DEPARTMENTS)
    if shape == "dense":
        kind_of = _units(goals)
        departments = list(kind_of)
    else:
        departments = names[: max(6, min(len(names), goals // 500 + 6))]
        kind_of = {name: name for name in departments}
    department_ids = [slug(name) for name in departments]
    objectives = max(5, goals // 60)
    served = max(1, objectives - max(1, objectives // 40))  # the last few objectives nobody serves
    influenced_by = INFLUENCED_BY
    if shape == "dense":  # every metric names the units that move it
        movers: dict[str, list[str]] = {}
        for name in departments:
            for metric_id in DEPARTMENTS[kind_of[name]][1]:
                movers.setdefault(metric_id, []).append(slug(name))
        influenced_by = {metric_id: rng.sample(units, (len(units) * 3 + 3) // 4) + rng.sample(department_ids, 2)
                         for metric_id, units in sorted(movers.items())}
        influenced_by.update({spec[0]: rng.sample(department_ids, 3) for spec in METRICS.values()
                              if spec[0] not in influenced_by})
    (out / "strategy.yaml").write_text(strategy_file(rng, departments, objectives, kind_of, influenced_by),
                                       encoding="utf-8")

    by_id = {spec[0]: (name, *spec[1:]) for name, spec in METRICS.items()}
    per_department = [goals // len(departments)] * len(departments)
    for index in range(goals - sum(per_department)):
        per_department[index] += 1
    number = 0
    for name, count in zip(departments, per_department):
        owner = slug(name)
        owned = DEPARTMENTS[kind_of[name]][1]
        lines = [f"# {name}: goals for 2027", "goals:"]
        earlier: dict[str, list[tuple[str, str]]] = {}  # metric -> [(goal id, direction)]
        for _ in range(count):
            gid = f"{owner}-{number}"
            individual = kind_of[name] == "Customer Support" and rng.random() < 0.01
            metric_id = INDIVIDUAL_TARGET if individual else rng.choice(owned)
            metric_name, unit, better, cost = by_id[metric_id]
            parent = None
            if earlier.get(metric_id) and rng.random() < 0.2:
                parent, direction = rng.choice(earlier[metric_id])  # a cascade keeps the direction
            elif rng.random() < rates["wrong_way"]:
                direction = "decrease" if better == "increase" else "increase"  # pulls the wrong way
            elif rng.random() < 0.02:
                direction = "maintain"
            else:
                direction = better
            if cost and rng.random() < rates["cut"]:
                direction = "decrease"  # the cheap way: cut it
            baseline, target = _amounts(rng, unit, direction)
            title = f"{VERBS[direction]} {metric_name.lower()} for programme {number}"
            if rng.random() < 0.05:
                title = f'"Q{rng.randint(1, 4)}: {title}"'
            lines += [f"  - id: {gid}", f"    title: {title}", f"    owner: {owner}"]
            if parent is not None:
                lines.append(f"    parent: {parent}")
                if not individual:
                    lines.append("    level: team")
            elif rng.random() > rates["orphan"]:  # orphans: about 3% (dense: 10%)
                lines.append(f"    supports: [obj-{rng.randrange(served)}]")
            if rng.random() < 0.1:
                others = [d for d in department_ids if d != owner]
                lines.append(f"    co_owners: [{', '.join(rng.sample(others, rng.randint(1, 2)))}]")
            lines.append(f"    metric: {metric_id}")
            if direction == "maintain":
                lines.append("    direction: maintain")
            if rng.random() > rates["baseline"]:
                lines.append(f"    baseline: {baseline}")
            if rng.random() > rates["target"]:
                lines.append(f"    target: {target}")
            roll = rng.random()
            if roll < 0.02:
                lines.append(f"    due: 2026-{rng.randint(1, 9):02d}-28")  # past
            elif roll < 0.85:
                lines.append(f"    due: 2027-{rng.randint(1, 12):02d}-28")
            else:
                lines.append(f"    period: \"{rng.choice(['2027', '2027-H1', '2027-H2', '2027-Q3'])}\"")
            guarded = rng.random() < (rates["guarded_cost"] if cost else rates["guarded"])
            if guarded:
                lines.append(f"    guardrails: [{', '.join(rng.sample(CX_GUARDRAILS, rng.randint(1, 2)))}]")
            if individual:
                lines += ["    level: individual", "    appraisal: true"]
            if rng.random() < rates["plan"]:
                lines.append("    initiatives:")
                for initiative in rng.sample(INITIATIVES, rng.randint(1, 3)):
                    lines.append(f"      - {initiative}")
            earlier.setdefault(metric_id, []).append((gid, direction))
            number += 1
        (out / f"{owner}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--goals", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--shape", choices=SHAPES, default="default")
    args = parser.parse_args()
    generate(args.out, args.goals, args.seed, args.shape)


if __name__ == "__main__":
    main()
