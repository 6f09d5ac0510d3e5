"""The checks: one small pure function per rule, registered by code.

A check takes the indexed context and yields findings. It knows nothing of
severity overrides, waivers, output or exit codes.
"""

from __future__ import annotations

from typing import Callable, Iterable

from ..finding import Finding
from ..index import Context

Check = Callable[[Context], Iterable[Finding]]
REGISTRY: dict[str, Check] = {}


def check(code: str) -> Callable[[Check], Check]:
    def register(function: Check) -> Check:
        if code in REGISTRY:
            raise ValueError(f"two checks for {code}")
        REGISTRY[code] = function
        return function
    return register


def about_goal(code: str, ctx: Context, goal, args: dict, inferred: Iterable[str] = (),
               facts: tuple[str, ...] = (), identity: tuple[str, ...] | None = None) -> Finding:
    """A finding about a goal: located where the goal is written, its department the owner's."""
    return Finding(code, goal.id, "goal", ctx.known_department(goal.owner), goal.where.of(),
                   {"goal": goal.id, **args}, tuple(inferred), facts, identity)


def and_list(words: Iterable[str]) -> str:
    """'Sales', 'Sales and Product', 'Sales, Product and Support'."""
    words = list(words)
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


GOALS_PER_OWNER = 3  # a department's goals on one metric a rule names (GC104, GC202); the last counts the rest


def first_of_each(groups: Iterable[list], key: Callable) -> tuple[set, dict]:
    """Of each group (one department's goals on one metric, say), the items past the first
    GOALS_PER_OWNER in ``key`` order, left out, and for the last one named how many it
    counts. The order is the items' ids, never file order: which goals are named must not
    move when goals move between files. So a rule's findings grow with departments and
    metrics, not with goals."""
    left_out: set = set()
    counted: dict = {}
    for items in groups:
        if len(items) > GOALS_PER_OWNER:
            items = sorted(items, key=key)
            counted[items[GOALS_PER_OWNER - 1]] = len(items) - GOALS_PER_OWNER
            left_out.update(items[GOALS_PER_OWNER:])
    return left_out, counted


def unique(items: Iterable[str]) -> tuple[str, ...]:
    """Provenance sentences without repeats, in first-seen order."""
    return tuple(dict.fromkeys(item for item in items if item))


from . import integrity, strategy, ownership, cost, incentives, journey, hygiene  # noqa: E402,F401
