"""Load, step 4 of 4: the checked files' data into the model's frozen records.

Ids are claimed across all files (a second definition names both places);
what the schema cannot say (a real date, a target or period goalcheck can
read, exactly one organisation) is checked here, each at its field.
"""

from __future__ import annotations

from datetime import date

from .. import model as m
from .. import reading
from ..errors import InputError
from ..schema import shapes
from .read import Read
from .validate import KINDS, SINGULAR


def _amount(value):
    if isinstance(value, str):
        if value == "redacted":
            return value
        return float(value.strip().rstrip("%").strip())
    return value


def _parents(value) -> tuple[str, ...]:
    """A goal's ``parent``: one id, or a list of them (a goal serving two parents)."""
    if value is None:
        return ()
    return (value,) if value.__class__ is str else tuple(value)


def _refs(value) -> tuple[str, ...]:
    return tuple(value) if value else ()


Goal, Where = m.Goal, m.Where


class Builder:
    def __init__(self) -> None:
        self.errors: list[InputError] = []
        self.seen: dict[str, dict[str, m.Where]] = {kind: {} for kind in KINDS}
        self.organizations: list[m.Organization] = []
        self.items: dict[str, list] = {kind: [] for kind in KINDS}
        self.goal_keys = frozenset(shapes()["goal"].fields)

    def claim(self, kind: str, item_id: str, where: m.Where) -> bool:
        """Register an id; a second definition is an error naming both places."""
        seen = self.seen[kind]
        first = seen.get(item_id)
        if first is not None:
            self.errors.append(InputError(
                where.of("id"),
                f"duplicate {SINGULAR[kind]} id {item_id!r}: first defined at {first.of('id')}"))
            return False
        seen[item_id] = where
        return True

    def add_file(self, read: Read) -> None:
        data, table, name = read.data, read.table, read.name
        organization = data.get("organization")
        if organization is not None:
            self.organizations.append(m.Organization(
                organization["name"], organization.get("strategy"), m.Where(name, data, table)))
        for kind, build in (("objectives", self.objective), ("departments", self.department),
                            ("metrics", self.metric), ("goals", self.goal),
                            ("incentives", self.incentive), ("journey", self.stage)):
            items = data.get(kind)
            if items:
                out = self.items[kind]
                seen = self.seen[kind]
                for item in items:
                    where = Where(name, item, table)
                    item_id = item["id"]
                    if item_id in seen:
                        self.claim(kind, item_id, where)  # says where both are
                        continue
                    seen[item_id] = where
                    out.append(build(item, where, len(out)))

    def objective(self, item, where, order):
        return m.Objective(item["id"], item["title"], item.get("description"),
                           item.get("customer_experience"), _refs(item.get("measured_by")),
                           item.get("parent"), item.get("owner"), order, where)

    def department(self, item, where, order):
        return m.Department(item["id"], item["name"], item.get("customer_facing", False),
                            _refs(item.get("systems")), item.get("head"),
                            _refs(item.get("aliases")), order, where)

    def metric(self, item, where, order, metric_id=None, inline=False):
        return m.Metric(metric_id or item["id"], item["name"], item.get("unit"), item.get("kind"),
                        item.get("experience"), item.get("better"),
                        _refs(item["influenced_by"]) if "influenced_by" in item else None,
                        inline, order, where)

    def goal(self, item, where, order):
        get = item.get
        metric = get("metric")
        if metric.__class__ is dict:
            inline_where = m.Where(where.file, metric, where.table)
            metric_id = metric.get("id") or item["id"]
            if self.claim("metrics", metric_id, inline_where):
                self.items["metrics"].append(self.metric(
                    metric, inline_where, len(self.items["metrics"]), metric_id, inline=True))
            metric = metric_id
        due = get("due")
        if due is not None:
            try:
                due = date.fromisoformat(due)
            except ValueError:
                self.errors.append(InputError(where.of("due"),
                                              f"'due' in goal {item['id']!r} is not a real date: {due!r}"))
                due = None
        # the x- keys; most goals have none, which a subset test of the keys says at C speed
        extra = {} if item.keys() <= self.goal_keys else {k: v for k, v in item.items() if k[:2] == "x-"}
        co_owners, supports, guardrails, initiatives, baseline, target = (
            get("co_owners"), get("supports"), get("guardrails"), get("initiatives"),
            get("baseline"), get("target"))
        target_text = None
        if target.__class__ is str:
            target, target_text = self.target(item, where, target)
        period = get("period")
        if period is not None and reading.read_period(period) is None:
            self.errors.append(InputError(
                where.of("period"), f"'period' in goal {item['id']!r} is not a period goalcheck can read: "
                                    f"{period!r} (write it as {reading.FORMS_TEXT})"))
        plan = get("plan")
        return Goal(item["id"], item["title"], item["owner"], tuple(co_owners) if co_owners else (),
                    tuple(supports) if supports else (), _parents(get("parent")), metric, get("direction"),
                    baseline if baseline.__class__ is not str else _amount(baseline),
                    target, target_text, due, period,
                    get("level") or "department", get("appraisal") or False,
                    tuple(guardrails) if guardrails else (), tuple(initiatives) if initiatives else (),
                    (plan,) if plan.__class__ is str else tuple(plan) if plan else (),
                    extra, order, where, _amount(get("previous_target")))

    def target(self, item, where, text: str):
        """A target string: a percentage, redacted, a bound, a placeholder or a benchmark
        (reading.py); a benchmark keeps its words and has no number."""
        read = reading.read_target(text)
        if read is None:
            self.errors.append(InputError(
                where.of("target"),
                f"'target' in goal {item['id']!r} is not a target goalcheck can read: {text!r} (write a number, "
                "a percentage like \"85%\", a ceiling or floor like \"<= 10%\", \"at least 40\" or \"9% or "
                "above\", a rank or average among others like \"top quartile\", a placeholder like TBD, or "
                "redacted)"))
            return None, None
        if read.value == "redacted" or (read.bound is None and read.placeholder is None
                                        and read.benchmark is None):
            return read.value, None
        return read.value, text

    def incentive(self, item, where, order):
        return m.Incentive(item["id"], item.get("name"), item["scope"], item.get("department"),
                           _refs(item.get("metrics")), order, where)

    def stage(self, item, where, order):
        return m.JourneyStage(item["id"], item["name"], item.get("phase"), item.get("owner"),
                              _refs(item.get("departments")), _refs(item.get("metrics")), order, where)


    def model(self, root: str, root_name: str, waivers: tuple[m.Waiver, ...] = ()) -> m.Model | None:
        """The model, once every file is added; None with the problems in ``errors``."""
        if self.errors:
            return None
        if not self.organizations:
            self.errors.append(InputError(m.Location(root_name, 1, 1),
                                          "no file defines 'organization' (exactly one file must)"))
            return None
        first = self.organizations[0].where.key("organization")
        for extra in self.organizations[1:]:
            self.errors.append(InputError(extra.where.key("organization"),
                                          f"a second 'organization': the first is at {first}"))
        if self.errors:
            return None
        items = self.items
        return m.Model(self.organizations[0], tuple(items["objectives"]), tuple(items["departments"]),
                       tuple(items["metrics"]), tuple(items["goals"]), tuple(items["incentives"]),
                       tuple(items["journey"]), root, waivers)
