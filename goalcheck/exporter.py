"""`goalcheck export`: a goals repo as a sheet that `goalcheck import` reads back.

One row for the organisation, one per department, one per metric no goal
measures, one per objective, then one per goal, in the repo's reading
order; every column has a header the importer maps to the field it came
from (tests/test_export.py holds the two to the same audit). References are written as ids; an owner cell names a
department by its name where the importer makes the same id of it, else by
its id. What a goals sheet has no row for (incentives, journey stages) is
not written, and ``left_out`` says what, so nothing is dropped unsaid.

Cells are untrusted text bound for a spreadsheet: one that would start a
formula (= + - @, a tab or CR; CWE-1236) is written with a leading
apostrophe, which the importer drops again (``importer.escape_cell``).
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

from .importer import NO_FIELD, X_SOURCE, escape_cell, field_for, team_id
from .model import Model

# (header, what fills it); each header is one the importer maps to that field
COLUMNS = ("goalcheck id", "Organization", "Strategy", "Objective", "Key result", "Description", "Department",
           "Supports", "Parent", "Metric ID", "Metric", "Unit", "Metric kind", "Metric better",
           "Metric experience", "Metric influenced by", "Direction", "Baseline", "Target", "Due", "Period",
           "Goal level", "Appraisal", "Guardrails", "Initiatives", "Plan link", "Customer experience",
           "Measured by", "Department name", "Customer facing", "Systems", "Head", "Aliases")


# a file begins with a byte-order mark: Excel opens a CSV file as UTF-8 only with one (the
# importer reads either); standard output has none, for the tools a pipe goes to
BOM = "\ufeff"


def number(value) -> str:
    """A number as the importer reads it: no exponent, no needless '.0'."""
    if isinstance(value, str):
        return value  # "redacted"
    if isinstance(value, float) and value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def _yes(value: bool | None) -> str:
    return "" if value is None else "yes" if value else "no"


def _ids(values) -> str:
    return "; ".join(values)


def _lines(values) -> str:
    """One a line; a lone one with a ';' in it gets a line break after it, which tells the
    importer the cell is one a line (it splits a cell with none on ';')."""
    text = "\n".join(values)
    return text + "\n" if len(values) == 1 and ";" in text else text


def department_cell(model: Model) -> dict[str, str]:
    """Department id -> the text its owner cells hold: the name when the importer makes
    the id back from it (and it splits into no two owners), else the id."""
    cells = {}
    for department in model.departments:
        name = department.name
        clean = name == " ".join(name.split()) and not any(sign in name for sign in ",;")
        cells[department.id] = name if clean and team_id(name) == department.id else department.id
    return cells


def _kept(item_data) -> dict[str, str]:
    """The x-source cells an item was imported with, and its other x- keys: text as it is,
    more than text (x-goalcheck waivers) as JSON in a column named "KEY (json)"."""
    if not isinstance(item_data, dict):
        return {}
    out = {}
    for key, value in item_data.items():
        if key == "x-source" and isinstance(value, dict):
            out.update({str(k): v for k, v in value.items() if isinstance(v, str)})
        elif isinstance(key, str) and key.startswith("x-") and key != "x-source":
            if isinstance(value, str) and key != "x-goalcheck":
                out[key] = value
            else:
                out[f"{key} (json)"] = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return out


def _metric_cells(metric) -> dict[str, str]:
    return {"Metric": metric.name, "Unit": metric.unit or "", "Metric kind": metric.kind or "",
            "Metric better": metric.better or "", "Metric experience": _yes(metric.experience),
            "Metric influenced by": _ids(metric.influenced_by or ())}


def rows(model: Model) -> list[dict[str, str]]:
    """The sheet's rows as header -> cell, before escaping."""
    owner_cell = department_cell(model)
    cell = lambda department_id: owner_cell.get(department_id, department_id)  # noqa: E731
    metrics = {metric.id: metric for metric in model.metrics}
    organization = model.organization
    out = [{"Organization": organization.name, "Strategy": organization.strategy or "",
            **_kept(organization.where.item.get("organization"))}]
    for department in model.departments:
        out.append({"goalcheck id": department.id, "Department name": department.name,
                    "Customer facing": "yes" if department.customer_facing else "",
                    "Systems": "\n".join(department.systems), "Head": department.head or "",
                    "Aliases": "\n".join(department.aliases), **_kept(department.where.item)})
    measured = {goal.metric for goal in model.goals}
    for metric in model.metrics:
        if metric.id not in measured:  # a metric no goal measures has a row of its own
            out.append({"Metric ID": metric.id, **_metric_cells(metric), **_kept(metric.where.item)})
    for objective in model.objectives:
        out.append({"goalcheck id": objective.id, "Objective": objective.title,
                    "Description": objective.description or "",
                    "Department": cell(objective.owner) if objective.owner else "",
                    "Parent": objective.parent or "", "Customer experience": _yes(objective.customer_experience),
                    "Measured by": _ids(objective.measured_by), **_kept(objective.where.item)})
    for goal in model.goals:
        row = {"goalcheck id": goal.id, "Key result": goal.title,
               "Department": ", ".join(cell(owner) for owner in (goal.owner, *goal.co_owners)),
               "Supports": _ids(goal.supports), "Parent": _ids(goal.parents),
               "Direction": goal.direction or "",
               "Baseline": "" if goal.baseline is None else number(goal.baseline),
               "Target": goal.target_text if goal.target_text is not None
               else "" if goal.target is None else number(goal.target),
               "Due": goal.due.isoformat() if goal.due else "", "Period": goal.period or "",
               "Goal level": goal.level if goal.level != "department" else "",
               "Appraisal": "yes" if goal.appraisal else "", "Guardrails": _ids(goal.guardrails),
               "Initiatives": _lines(goal.initiatives), "Plan link": "\n".join(goal.plan),
               **_kept(goal.extra)}
        if goal.metric is not None:
            row["Metric ID"] = goal.metric
            metric = metrics.get(goal.metric)
            if metric is not None:
                row.update(_metric_cells(metric))
        out.append(row)
    return out


def _header(key: str) -> str:
    """A kept cell's column: its own header, unless that would name a field on import."""
    if key.startswith("x-") or key in COLUMNS:
        return X_SOURCE + key if key in COLUMNS else key
    wanted = field_for(key)
    return key if wanted is None or wanted in NO_FIELD else X_SOURCE + key


def render_csv(model: Model) -> str:
    """The sheet as CSV text: the columns above, then the kept cells' columns in the order
    they first appear; same repo, same bytes."""
    table = rows(model)
    extra: list[str] = []
    for row in table:
        for key in row:
            if key not in COLUMNS and key not in extra:
                extra.append(key)
    headers = list(COLUMNS) + [_header(key) for key in extra]
    keys = list(COLUMNS) + extra
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(headers)
    for row in table:
        writer.writerow([escape_cell(row.get(key, "")) for key in keys])
    return buffer.getvalue()


def left_out(model: Model) -> list[str]:
    """What the repo holds that the sheet does not, for the command to say."""
    plural = lambda count, word: f"{count} {word}{'s' if count != 1 else ''}"  # noqa: E731
    out = []
    if model.incentives:
        out.append(plural(len(model.incentives), "incentive"))
    if model.journey:
        out.append(plural(len(model.journey), "journey stage"))
    return out
