"""What goalcheck understood of each metric, and where each fact came from.

The audit's findings show only the facts they used; ``goalcheck facts`` shows
all of them, so a team can see what was read from its words, what it declared,
and what nobody could tell (null), and declare that.
"""

from __future__ import annotations

from .infer import Facts, MetricFacts
from .model import Metric, Model

SHOWN = ("kind", "experience", "access", "better", "cross_functional")


def _declared(metric: Metric) -> dict[str, str]:
    declared = {}
    for fact in ("kind", "experience", "better"):
        if getattr(metric, fact) is not None:
            declared[fact] = f"{fact}: declared on metric '{metric.id}'"
    if metric.influenced_by is not None:
        declared["cross_functional"] = (f"cross_functional: metric '{metric.id}' lists "
                                        f"{len(set(metric.influenced_by))} department(s) in influenced_by")
    return declared


def metric_entry(metric: Metric, facts: MetricFacts) -> dict:
    """One metric's facts as plain data: a fact nothing could tell is None."""
    declared = _declared(metric)
    sources = []
    for fact in SHOWN:
        if fact in declared:
            sources.append(declared[fact])
        elif fact in facts.why:
            sources.append(f"{fact}: {facts.why[fact]}")
    return {"id": metric.id, "name": metric.name, "kind": facts.kind, "experience": facts.experience,
            "access": facts.access, "better": facts.better, "cross_functional": facts.cross_functional,
            "sources": sources}


def sheet(model: Model, facts: Facts) -> list[dict]:
    """Every metric of the model, in file order."""
    return [metric_entry(metric, facts.metrics[metric.id]) for metric in model.metrics]


def unknown(model: Model, facts: Facts) -> list[tuple[str, tuple[str, ...]]]:
    """(metric id, facts to declare) for each metric whose kind or experience nobody could tell."""
    found = []
    for metric in model.metrics:
        missing = facts.metrics[metric.id].unknown
        if missing:
            found.append((metric.id, missing))
    return found
