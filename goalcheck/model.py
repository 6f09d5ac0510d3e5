"""The organisation as goalcheck sees it: plain frozen records, no behaviour, no I/O.

References between items stay as the ids the user wrote (they may name
nothing; rule GC001 says so). Where each item and each of its fields was
written is kept in a ``Where``, resolved to line and column only when a
finding or an error needs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True, order=True)
class Location:
    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


class Where:
    """Where an item was written, field by field; positions are resolved lazily.

    ``item`` is the mapping the YAML reader built and ``table`` the reader's
    location table: ``table[id(item)]`` is ``(mark, {key: (key_mark,
    value_mark)})`` and, for a list value, ``table[id(list)]`` is ``(mark,
    [element marks])``. libyaml marks are 0-based; ours are 1-based.
    """

    __slots__ = ("file", "item", "table")

    def __init__(self, file: str, item: dict, table: dict):
        self.file = file
        self.item = item
        self.table = table

    def of(self, key: str | None = None, index: int | None = None) -> Location:
        """The item's location, a field's value, or one element of a list field."""
        mark, parts = self.table[id(self.item)]
        if key is not None and key in parts:
            mark = parts[key][1]
            if index is not None:
                listing = self.table.get(id(self.item[key]))
                if listing is not None and index < len(listing[1]):
                    mark = listing[1][index]
        return Location(self.file, mark.line + 1, mark.column + 1)

    def key(self, key: str) -> Location:
        """Where a key itself is written (for problems with the key, not its value)."""
        mark, parts = self.table[id(self.item)]
        if key in parts:
            mark = parts[key][0]
        return Location(self.file, mark.line + 1, mark.column + 1)


@dataclass(frozen=True, slots=True)
class Organization:
    name: str
    strategy: str | None
    where: Where


@dataclass(frozen=True, slots=True)
class Objective:
    id: str
    title: str
    description: str | None
    customer_experience: bool | None
    measured_by: tuple[str, ...]
    parent: str | None
    owner: str | None
    order: int
    where: Where


@dataclass(frozen=True, slots=True)
class Department:
    id: str
    name: str
    customer_facing: bool
    systems: tuple[str, ...]
    head: str | None
    aliases: tuple[str, ...]  # other names goals call it by ("CE", "Cust Eng")
    order: int
    where: Where


@dataclass(frozen=True, slots=True)
class Metric:
    id: str
    name: str
    unit: str | None
    kind: str | None
    experience: bool | None
    better: str | None
    influenced_by: tuple[str, ...] | None
    inline: bool  # written inside a goal rather than under ``metrics:``
    order: int
    where: Where


@dataclass(frozen=True, slots=True)
class Goal:
    id: str
    title: str
    owner: str
    co_owners: tuple[str, ...]
    supports: tuple[str, ...]
    parents: tuple[str, ...]  # the goals it was cascaded from (``parent: a`` or ``parent: [a, b]``)
    metric: str | None
    direction: str | None
    baseline: float | str | None  # a number, or "redacted"
    target: float | str | None  # for a bound, its number; None for a placeholder
    target_text: str | None  # the target as written when it is words: a bound ("<= 10%") or a placeholder
    due: date | None
    period: str | None
    level: str
    appraisal: bool
    guardrails: tuple[str, ...]
    initiatives: tuple[str, ...]
    plan: tuple[str, ...]  # links to where the plan lives (issue, epic, URL)
    extra: dict  # the x- keys, kept for extensions (waivers)
    order: int
    where: Where
    previous_target: float | None = None  # the period before's target: a budget book's standard, held or moved


@dataclass(frozen=True, slots=True)
class Incentive:
    id: str
    name: str | None
    scope: str
    department: str | None
    metrics: tuple[str, ...]
    order: int
    where: Where


@dataclass(frozen=True, slots=True)
class JourneyStage:
    id: str
    name: str
    phase: str | None
    owner: str | None
    departments: tuple[str, ...]
    metrics: tuple[str, ...]
    order: int
    where: Where


@dataclass(frozen=True, slots=True)
class Waiver:
    """A rule knowingly accepted for one item, written beside it (``x-goalcheck: waive:``)."""

    rule: str  # the code
    reason: str
    until: date | None  # the last day it holds; None: no expiry
    kind: str  # goal, metric, objective, department, incentive, journey or organization
    item: str | None  # the id of what it is written on; None for the organisation
    department: str | None  # the department a finding about the item names (spec/rules.md), if any
    location: Location  # the waiver itself

    @property
    def scope(self) -> tuple[str, str | None]:
        """What it covers, as one of the scopes of the findings it waives (waivers.scopes)."""
        return (self.kind, self.item)

    @property
    def written_on(self) -> str:
        """What carries the waiver, in words: "goal 'cut-aht'", "the organisation"."""
        if self.item is None:
            return "the organisation"
        return f"{'journey stage' if self.kind == 'journey' else self.kind} '{self.item}'"


@dataclass(frozen=True, slots=True)
class Model:
    """Everything read from the goals files, in file order within each kind.

    Each item's ``order`` is its place in that reading order (each folder's
    entries by name, a subfolder read where its name falls): "the first" or
    "the later" in file order, as rules.md says.
    """

    organization: Organization
    objectives: tuple[Objective, ...]
    departments: tuple[Department, ...]
    metrics: tuple[Metric, ...]
    goals: tuple[Goal, ...]
    incentives: tuple[Incentive, ...]
    journey: tuple[JourneyStage, ...]
    root: str  # the audited path, as given
    waivers: tuple[Waiver, ...] = ()  # every waiver in the goals files, read with them (load/waivers.py)
