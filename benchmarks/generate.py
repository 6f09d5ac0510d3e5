"""Write a realistic synthetic goals repo of N goals, for benchmarks and scale tests.

A strategy file (organisation, objectives, metrics, incentives, journey) and
one file per department, with the usual mix: most goals well formed, and a
share of the misalignments goalcheck exists to find (cost cuts without a
guardrail, orphan goals, individual activity targets, opposing targets,
cascades, missing baselines, stale dates). Deterministic for a given seed.

    python benchmarks/generate.py OUT_DIR --goals 10000 [--seed 7]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

DEPARTMENT_NAMES = ["Customer Support", "Sales", "Customer Success", "Product", "Engineering",
                    "Marketing", "Finance", "Operations", "Billing", "Onboarding", "Field Service",
                    "Partnerships", "Retail Stores", "Logistics", "People", "Legal"]
CUSTOMER_FACING = {"Customer Support", "Sales", "Customer Success", "Marketing", "Billing",
                   "Onboarding", "Field Service", "Retail Stores"}
SYSTEMS = ["Salesforce", "SFDC", "Zendesk", "HubSpot CRM", "ServiceNow"]
METRICS = [
    ("Average handle time", "seconds"), ("Cost per contact", "EUR"), ("Contacts per customer", "ratio"),
    ("Net Promoter Score", "points"), ("CSAT", "%"), ("First contact resolution", "%"),
    ("Repeat contacts within 7 days", "%"), ("Logo churn", "%"), ("Net revenue retention", "%"),
    ("Average speed of answer", "seconds"), ("Abandonment rate", "%"), ("ARR", "EUR"),
    ("Win rate", "%"), ("Features shipped", "count"), ("Time to value", "days"),
    ("Calls per agent per hour", "calls"), ("Upsells per agent", "count"), ("Support headcount", "FTE"),
    ("Customer effort score", "points"), ("Weekly support hours", "hours"), ("Gross margin", "%"),
    ("Onboarding time", "days"), ("Complaints per 1,000 customers", "ratio"), ("Uptime", "%"),
]
INITIATIVES = ["Fix the top five billing errors behind repeat calls",
               "Publish help centre articles for the ten most common questions",
               "Proactive notifications before planned maintenance",
               "Root-cause review of every reopened ticket",
               "Redesign the onboarding checklist with customers",
               "Shorter scripts for password resets",
               "New IVR menu to steer callers to self-service",
               "Quarterly account reviews for the top 200 accounts",
               "Pricing page rewrite", "Partner enablement programme"]
CX_METRICS = ["CSAT", "First contact resolution", "Repeat contacts within 7 days", "Net Promoter Score"]


def slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-").replace("--", "-")


def generate(out: Path, goals: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    departments = DEPARTMENT_NAMES[: max(6, min(len(DEPARTMENT_NAMES), goals // 500 + 6))]
    objectives = max(5, goals // 60)
    metric_ids = {name: slug(name) for name, _ in METRICS}
    lines = ["version: 1", "organization:", "  name: Synthetic Holdings",
             "  strategy: >-", "    Grow net revenue retention by being the easiest company to do business with.",
             "objectives:"]
    for index in range(objectives):
        lines += [f"  - id: obj-{index}", f"    title: Reduce churn in segment {index % 17} (objective {index})"
                  if index % 3 == 0 else f"    title: Grow revenue in region {index % 11} (objective {index})",
                  f"    measured_by: [{rng.choice(list(metric_ids.values()))}]"]
    lines.append("metrics:")
    for name, unit in METRICS:
        lines += [f"  - id: {metric_ids[name]}", f"    name: {name}", f"    unit: \"{unit}\""]
    lines.append("departments:")
    for name in departments:
        lines += [f"  - id: {slug(name)}", f"    name: {name}",
                  f"    customer_facing: {'true' if name in CUSTOMER_FACING else 'false'}"]
        if name in CUSTOMER_FACING:
            lines.append(f"    systems: [{rng.choice(SYSTEMS)}]")
    lines += ["incentives:", "  - id: exec-bonus", "    scope: leadership",
              "    metrics: [arr, gross-margin]",
              "  - id: agent-bonus", "    scope: individual", "    department: customer-support",
              "    metrics: [calls-per-agent-per-hour]"]
    lines += ["journey:", "  - {id: discover, name: Discover, phase: pre-sale, owner: marketing, metrics: [win-rate]}",
              "  - {id: buy, name: Buy, phase: sale, owner: sales, metrics: [win-rate]}",
              "  - {id: onboard, name: Onboard, phase: post-sale, metrics: [onboarding-time]}",
              "  - {id: get-help, name: Get help, phase: post-sale, owner: customer-support}"]
    (out / "strategy.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    per_department = [goals // len(departments)] * len(departments)
    for index in range(goals - sum(per_department)):
        per_department[index] += 1
    number = 0
    for name, count in zip(departments, per_department):
        owner = slug(name)
        lines = ["goals:"]
        first_in_department = number
        for _ in range(count):
            gid = f"g{number}"
            metric_name, _unit = rng.choice(METRICS)
            metric = metric_ids[metric_name]
            roll = rng.random()
            baseline = rng.randint(20, 500)
            target = baseline + rng.choice([-1, 1]) * rng.randint(1, 50)
            lines += [f"  - id: {gid}", f"    title: Move {metric_name.lower()} for programme {number}",
                      f"    owner: {owner}"]
            if roll > 0.06:  # ~6% orphans
                lines.append(f"    supports: [obj-{rng.randrange(objectives)}]")
            if number > first_in_department and rng.random() < 0.15:
                lines.append(f"    parent: g{rng.randrange(first_in_department, number)}")
            if rng.random() < 0.1:
                lines.append(f"    co_owners: [{slug(rng.choice(departments))}]")
            lines += [f"    metric: {metric}", f"    baseline: {baseline}"]
            if roll < 0.9:
                lines.append(f"    target: {target}")
            if roll < 0.97:
                lines.append(f"    due: 2027-{rng.randint(1, 12):02d}-28" if rng.random() < 0.95
                             else "    due: 2025-12-31")
            else:
                lines.append("    period: FY27")
            if rng.random() < 0.5:
                lines.append(f"    guardrails: [{metric_ids[rng.choice(CX_METRICS)]}]")
            if rng.random() < 0.03:
                lines += ["    level: individual", "    appraisal: true"]
            if rng.random() < 0.8:
                lines.append("    initiatives:")
                for initiative in rng.sample(INITIATIVES, rng.randint(1, 3)):
                    lines.append(f"      - {initiative}")
            number += 1
        (out / f"{owner}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--goals", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.out, args.goals, args.seed)


if __name__ == "__main__":
    main()
