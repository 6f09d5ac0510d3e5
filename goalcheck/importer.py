"""`goalcheck import`: a goals repo from where goals are kept (a CSV sheet, a Markdown OKR page).

Reading is in two steps: a reader turns the source into plain items
(objectives and key results, each with where it was written and the cells it
had), then one builder gives them ids, departments and parents and writes the
repo. Every value is written quoted (``quote``), every item commented with
where it came from, and every cell that has no field is kept under
``x-source``, so nothing the user wrote is lost. A bad cell is an input error
at its row and column, and then nothing is written; what is written is read
back by the loader before any file is touched.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from . import reading
from .errors import InputError, InputErrors
from .files import write_atomically
from .model import Location
from .untrusted import display_path, escape_character, safe_text

# --------------------------------------------------------------------------
# the fields a column can fill, and the headers that name them

FIELDS = ("id", "objective", "objective_owner", "key_result", "owner", "metric", "unit", "baseline", "target", "due", "period",
          "parent", "initiatives", "progress", "confidence", "start_date",
          # the columns `goalcheck export` writes, so that a goals repo goes through a sheet and back
          "goalcheck_id", "organization", "strategy", "description", "supports", "metric_id", "metric_kind",
          "metric_better", "metric_experience", "metric_influenced_by", "direction", "plan", "level", "appraisal",
          "guardrails", "customer_experience", "measured_by", "department_name", "customer_facing", "systems",
          "head", "aliases")
# the fields the goals format has no key for: kept under x-source, named in the report
NO_FIELD = ("progress", "confidence", "start_date")

SYNONYMS = {
    "id": ("id", "key result id", "kr id", "goal id", "okr id", "ref", "reference", "number", "no", "#"),
    "objective": ("objective", "objectives", "obj", "okr objective", "company objective", "strategic objective",
                  "department objective", "team objective", "theme", "objective title", "objective name"),
    "key_result": ("key result", "key results", "kr", "krs", "goal", "goals", "result", "results",
                   "measurable result", "key result title", "key result description", "kr title",
                   "kr description", "title"),
    "owner": ("owner", "owners", "team", "teams", "department", "departments", "dept", "function", "group",
              "dri", "owning team", "responsible", "accountable", "owner team", "team owner", "kr owner",
              "goal owner", "business unit"),
    "metric": ("metric", "metrics", "measure", "measures", "kpi", "kpis", "indicator", "measurement",
               "metric name", "success metric", "success measure"),
    "unit": ("unit", "units", "unit of measure", "uom"),
    "baseline": ("baseline", "start", "starting", "start value", "starting value", "starting point", "current",
                 "current value", "initial", "initial value", "from", "baseline value"),
    "target": ("target", "targets", "target value", "goal value", "to", "end value", "desired value",
               "target number"),
    "due": ("due", "due date", "deadline", "end date", "end", "by", "target date", "completion date", "date",
            "due by"),
    "period": ("period", "quarter", "cycle", "timeframe", "time frame", "half", "okr period", "okr cycle",
               "fiscal quarter", "term"),
    "parent": ("parent", "parent kr", "parent key result", "parent goal", "aligned to", "aligns to",
               "contributes to", "parent id", "aligned with"),
    "initiatives": ("initiatives", "initiative", "plan", "plans", "projects", "project", "actions", "epic",
                    "epics", "link", "links", "how"),
    "progress": ("progress", "status", "score", "achieved", "completion", "percent complete", "complete",
                 "actual", "grade"),
    "confidence": ("confidence", "confidence level"),
    "objective_owner": ("objective owner", "objective team", "objective dri", "objective department"),
    # claimed so that their last word does not make them the due date
    "start_date": ("start date", "begin date", "created", "created date", "created at", "last updated",
                   "updated", "updated at", "date added"),
    # written by `goalcheck export`; named so that a sheet of other people's rarely has them
    "goalcheck_id": ("goalcheck id",),
    "organization": ("organization", "organisation", "organization name", "organisation name", "company name"),
    "strategy": ("strategy", "company strategy", "organization strategy", "organisation strategy"),
    "description": ("description", "objective description"),
    "supports": ("supports", "supported objectives", "serves objectives"),
    "metric_id": ("metric id", "kpi id", "measure id"),
    "metric_kind": ("metric kind", "kpi kind"),
    "metric_better": ("metric better", "better", "good direction"),
    "metric_experience": ("metric experience", "customer experience metric", "cx metric"),
    "metric_influenced_by": ("metric influenced by", "influenced by"),
    "direction": ("direction",),
    "plan": ("plan link", "plan links", "plan url", "plan urls"),
    "level": ("goal level",),
    "appraisal": ("appraisal", "in appraisal", "used in appraisal"),
    "guardrails": ("guardrails", "guardrail", "guardrail metrics", "counter metrics"),
    "customer_experience": ("customer experience", "cx objective", "customer experience objective"),
    "measured_by": ("measured by", "objective metrics"),
    "department_name": ("department name",),
    "customer_facing": ("customer facing",),
    "systems": ("systems", "systems of record"),
    "head": ("head", "department head", "head of department"),
    "aliases": ("aliases", "department aliases", "also known as"),
}
# of several owner columns, the one naming a team wins; a person's column goes to x-source
TEAM_HEADERS = frozenset(("team", "teams", "department", "departments", "dept", "function", "group",
                          "owning team", "owner team", "team owner", "business unit"))

FIELD_NAMES = {name: name.replace("_", " ") for name in FIELDS}


def normalise(header: str) -> str:
    """A header as compared: case, accents and punctuation dropped, words kept apart."""
    text = unicodedata.normalize("NFKD", header).encode("ascii", "ignore").decode().lower()
    if text.strip() == "#":
        return "#"
    return " ".join(re.findall(r"[a-z0-9]+", text))


_LOOKUP = {normalise(word): name for name, words in SYNONYMS.items() for word in words}
_LOOKUP.update({normalise(word).replace(" ", ""): name for name, words in SYNONYMS.items() for word in words})


def field_for(header: str) -> str | None:
    """The field a header names: a synonym as a whole, else its last word or its first
    ("Target value", "KR owner", "Objective (company)")."""
    words = normalise(header)
    if not words:
        return None
    if words in _LOOKUP or words.replace(" ", "") in _LOOKUP:
        return _LOOKUP.get(words) or _LOOKUP[words.replace(" ", "")]
    parts = words.split()
    for size in range(min(3, len(parts) - 1), 0, -1):
        tail = " ".join(parts[-size:])
        if tail in _LOOKUP and _LOOKUP[tail] != "id":
            return _LOOKUP[tail]
    for size in range(min(3, len(parts) - 1), 0, -1):
        head = " ".join(parts[:size])
        if head in _LOOKUP and _LOOKUP[head] != "id":
            return _LOOKUP[head]
    return None


# --------------------------------------------------------------------------
# items as read from a source

@dataclass
class Item:
    kind: str  # "objective" or "goal"
    title: str
    where: str  # the comment above it: "row 14", "okrs.md:37"
    location: Location  # for errors
    objective: str | None = None  # the objective title a goal serves
    owner: str | None = None
    metric: str | None = None
    unit: str | None = None
    baseline: object = None
    target: object = None
    due: str | None = None
    period: str | None = None
    parent: str | None = None  # a reference as written: an id, a title
    parent_item: "Item | None" = None  # the item a nested bullet sits under (Markdown)
    ref: str | None = None  # the source's own id for it
    initiatives: list[str] = field(default_factory=list)
    plan: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)
    description: str | None = None  # an objective's text under its heading (Markdown)
    id: str = ""
    gid: str | None = None  # the id a "goalcheck id" column gives it (as `goalcheck export` writes)
    supports: list[str] = field(default_factory=list)  # objectives named in a Supports column
    metric_id: str | None = None
    metric_facts: dict = field(default_factory=dict)  # kind, better, experience, influenced_by
    direction: str | None = None
    level: str | None = None
    appraisal: bool | None = None
    guardrails: list[str] = field(default_factory=list)
    customer_experience: bool | None = None
    measured_by: list[str] = field(default_factory=list)
    cells: dict[str, str] = field(default_factory=dict)  # field -> the header of the cell it came from
    parents: list["Item"] = field(default_factory=list)  # resolved from ``parent``
    serves: list["Item"] = field(default_factory=list)  # resolved from ``objective`` and ``supports``
    x_keys: dict[str, str] = field(default_factory=dict)  # cells of x- columns: the item's own x- keys
    defines_metric: bool = False  # the first row naming its metric id with a name: the metric is written here


@dataclass
class Department:
    """A department row (as `goalcheck export` writes them): its name and facts."""

    id: str
    name: str
    where: str
    location: Location
    customer_facing: bool | None
    systems: list[str]
    head: str | None
    aliases: list[str]
    extra: dict[str, str]
    x_keys: dict[str, str]


@dataclass
class Source:
    """What a reader found: the items, and what the report says about how it read them."""

    name: str
    items: list[Item]
    columns: list[tuple[str, str]] = field(default_factory=list)  # (header, field)
    kept: dict[str, int] = field(default_factory=dict)  # header -> cells kept in x-source
    notes: list[str] = field(default_factory=list)  # what to add by hand
    unplaced: dict[str, str] = field(default_factory=dict)  # "okrs.md:3" -> a line no item holds
    title: str | None = None  # a page's title, where the organisation's name may be
    organization: str | None = None  # from an organisation row (as `goalcheck export` writes)
    strategy: str | None = None
    organization_extra: dict[str, str] = field(default_factory=dict)
    organization_x: dict[str, str] = field(default_factory=dict)
    departments: list[Department] = field(default_factory=list)  # department rows
    metrics: list[Item] = field(default_factory=list)  # metric rows (kind "metric"): metrics no goal need measure


# --------------------------------------------------------------------------
# cells: numbers, targets, dates

_NUMBER = re.compile(r"^\s*(?P<sign>[-+]?)\s*(?P<cur>[$€£¥])?\s*(?P<num>\d[\d,]*(?:\.\d+)?|\.\d+)\s*"
                     r"(?P<mult>[kKmMbB])?\s*(?P<pct>%)?\s*$")
_MULT = {"k": 1e3, "m": 1e6, "b": 1e9}


def _tidy_number(value: float):
    return int(value) if value == int(value) and abs(value) < 1e15 else value


def read_amount(text: str):
    """A number or a percentage as the format writes it ("85%"), or None.
    Thousands separators, a currency sign and k/m/b are read ("$1.2M" is 1200000)."""
    match = _NUMBER.match(text)
    if not match:
        return None
    digits = match["num"].replace(",", "")
    if "," in match["num"] and not re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", match["num"]):
        return None  # "1,5": a decimal comma or a list, not a number to guess at
    value = float(digits) * _MULT.get((match["mult"] or "").lower(), 1)
    if match["sign"] == "-":
        value = -value
    if match["pct"]:
        if match["mult"]:
            return None
        return f"{_tidy_number(value)}%"
    return _tidy_number(value)


_MONTHS = {name.lower(): number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTHS.update({name[:3]: number for name, number in list(_MONTHS.items())})
_MONTHS["sept"] = 9


class BadCell(ValueError):
    """A cell that cannot be read as its field; the message says why."""


def read_date(text: str) -> str:
    """A date as YYYY-MM-DD; BadCell when it is not one or could be two."""
    raw = text.strip()
    iso = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?", raw)
    if iso:
        return _date(int(iso[1]), int(iso[2]), int(iso[3]), text)
    numeric = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", raw)
    if numeric:
        first, second, year = int(numeric[1]), int(numeric[2]), int(numeric[3])
        if first > 12 >= second:
            return _date(year, second, first, text)
        if second > 12 >= first:
            return _date(year, first, second, text)
        if first == second:
            return _date(year, first, second, text)
        raise BadCell(f"{text!r} could be day/month or month/day: write it YYYY-MM-DD")
    words = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})", raw)
    if words and words[2].lower() in _MONTHS:
        return _date(int(words[3]), _MONTHS[words[2].lower()], int(words[1]), text)
    words = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", raw)
    if words and words[1].lower() in _MONTHS:
        return _date(int(words[3]), _MONTHS[words[1].lower()], int(words[2]), text)
    raise BadCell(f"{text!r} is not a date (write it YYYY-MM-DD)")


def _date(year: int, month: int, day: int, text: str) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise BadCell(f"{text!r} is not a date (write it YYYY-MM-DD)") from None


def read_target_cell(text: str):
    """A target cell: a number or percentage, else a bound or placeholder the format reads
    ("<= 10%", "TBD"), kept as written; BadCell otherwise."""
    amount = read_amount(text)
    if amount is not None:
        return amount
    stripped = " ".join(text.split())
    if stripped.lower() == "redacted":
        return "redacted"
    if reading.read_target(stripped) is not None:
        return stripped
    raise BadCell(f"{text!r} is not a target (write a number, a percentage like 85%, a ceiling or floor "
                  "like <= 10%, or TBD)")


def read_baseline_cell(text: str):
    amount = read_amount(text)
    if amount is not None:
        return amount
    if " ".join(text.split()).lower() == "redacted":
        return "redacted"
    raise BadCell(f"{text!r} is not a number (write a number or a percentage like 85%)")


_PLAN_LIKE = re.compile(r"^(?:https?://\S+|#\d+|[A-Z][A-Z0-9]+-\d+|&\d+)$")


_BULLET = re.compile(r"^(?:[-*]\s+|•\s*)")  # "- Staff the evening shift"; "-2 days" is no bullet


def split_plans(text: str, lines: bool = False) -> tuple[list[str], list[str]]:
    """A plan cell: links and issue keys are the goal's plan, the rest are initiatives.
    A cell with line breaks (``lines``: before it was stripped) holds one a line, so an
    initiative may say "a; b"; else several are split on ';'."""
    initiatives, plans = [], []
    for part in text.splitlines() if lines or "\n" in text else text.split(";"):
        part = _BULLET.sub("", part.strip()).strip()
        if not part:
            continue
        (plans if _PLAN_LIKE.match(part) else initiatives).append(part)
    return initiatives, plans


# --------------------------------------------------------------------------
# CSV

# A cell a spreadsheet would run as a formula (CWE-1236) starts with one of these.
FORMULA_START = "=+-@\t\r"
_ESCAPED_CELL = re.compile(r"^'+[=+\-@\t\r]")
_NEEDS_QUOTE = re.compile(r"^'*[=+\-@\t\r]")
_PLAIN_NUMBER = re.compile(r"^[-+]?\d+(?:\.\d+)?%?$")


def escape_cell(text: str) -> str:
    """A cell as `goalcheck export` writes it: one that a spreadsheet would read as a formula
    gets a leading apostrophe, as OWASP advises; a plain number ("-3", "-12.5%") is no
    formula and stays as it is. So that ``unescape_cell`` undoes exactly this, a text that
    already starts with apostrophes before such a character gets one more."""
    if _NEEDS_QUOTE.match(text) and not _PLAIN_NUMBER.match(text):
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    """A cell as read: one leading apostrophe before a formula character is the export's
    (or a spreadsheet's own "this is text" mark) and is dropped."""
    return text[1:] if _ESCAPED_CELL.match(text) else text


class MapProblem(ValueError):
    """A --map file that cannot be used."""


def read_map(path: str | None) -> dict[str, list[str]]:
    """A --map file: ``field: Column header`` (or a list of headers) per line."""
    if path is None:
        return {}
    import yaml

    name = display_path(path)
    try:
        data = yaml.safe_load(Path(path).read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as problem:
        raise MapProblem(f"{name}: cannot read it ({safe_text(getattr(problem, 'strerror', None) or problem)})") from None
    except yaml.YAMLError as problem:
        mark = getattr(problem, "problem_mark", None)
        where = f"{name}:{mark.line + 1}:{mark.column + 1}" if mark else name
        raise MapProblem(f"{where}: not YAML: {safe_text(getattr(problem, 'problem', problem))}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise MapProblem(f"{name}: write one 'field: Column header' per line")
    found: dict[str, list[str]] = {}
    for key, value in data.items():
        wanted = str(key).strip().lower().replace(" ", "_").replace("-", "_")
        wanted = {"kr": "key_result", "key_results": "key_result", "plan": "initiatives"}.get(wanted, wanted)
        if wanted not in FIELDS:
            raise MapProblem(f"{name}: {safe_text(key)!r} is not a field; the fields are {', '.join(FIELDS)}")
        headers = value if isinstance(value, list) else [value]
        if not all(isinstance(header, (str, int, float)) for header in headers):
            raise MapProblem(f"{name}: {wanted}: write the column's header as text")
        found[wanted] = [str(header) for header in headers]
    return found


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        line = data[:problem.start].count(b"\n") + 1
        raise InputErrors([InputError(Location(name, line, 1),
                                      "not UTF-8 text: save the sheet as CSV UTF-8")]) from None


def read_csv(data: bytes, name: str, mapping: dict[str, list[str]]) -> Source:
    """A sheet with one row per objective or key result; the header row is the first row
    with a cell in it."""
    text = _decode(data, name)
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    # the header row's most frequent separator: "," unless a ';' (European Excel) or tab sheet
    delimiter = max(",;\t|", key=lambda sign: (first_line.count(sign), sign == ","))
    reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as problem:
        raise InputErrors([InputError(Location(name, start, 1), f"not CSV: {problem}")]) from None
    rows = [(number, cells) for number, cells in rows if any(cell.strip() for cell in cells)]
    if not rows:
        raise InputErrors([InputError(Location(name, 1, 1), "no rows: the sheet is empty")])
    header_row, headers = rows[0]
    return build_table(name, header_row, headers, rows[1:], mapping)


X_SOURCE = "x-source: "  # a header `goalcheck export` gives a kept cell whose own header names a field


def _x_key(header: str) -> bool:
    """A column headed like an x- key ("x-note") is written as that key of its item, so a
    repo's own x- keys go through a sheet and back; x-source and x-goalcheck keep their
    meanings and are not taken from a cell."""
    return (header.startswith("x-") and not header.startswith("x-source") and header != "x-goalcheck"
            and not any(ch.isspace() for ch in header))


# a column of an x- key whose value is more than text (x-goalcheck waivers), as JSON
_JSON_COLUMN = re.compile(r"^(x-(?!source\b)\S+) \(json\)$")


# the fields each kind of row has a key for; a row's other cells go to its x-source
OBJECTIVE_USES = frozenset(("id", "objective", "objective_owner", "owner", "parent", "goalcheck_id", "description",
                            "customer_experience", "measured_by"))
GOAL_USES = frozenset(("id", "objective", "objective_owner", "key_result", "owner", "metric", "unit", "baseline",
                       "target", "due", "period", "parent", "initiatives", "goalcheck_id", "supports", "metric_id",
                       "metric_kind", "metric_better", "metric_experience", "metric_influenced_by", "direction",
                       "plan", "level", "appraisal", "guardrails"))
ORGANIZATION_USES = frozenset(("organization", "strategy"))
METRIC_USES = frozenset(("metric_id", "metric", "unit", "metric_kind", "metric_better", "metric_experience",
                         "metric_influenced_by"))
DEPARTMENT_USES = frozenset(("goalcheck_id", "department_name", "customer_facing", "systems", "head", "aliases"))


def build_table(name: str, header_row: int, headers: list, rows: list[tuple[int, list]],
                mapping: dict[str, list[str]]) -> Source:
    """Items from a table (CSV or a worksheet): the columns found, then one item per row."""
    headers = ["" if header is None else str(header).strip() for header in headers]
    columns: dict[str, int] = {}
    errors: list[InputError] = []
    by_name = {normalise(header): index for index, header in reversed(list(enumerate(headers))) if header}
    for wanted, names in mapping.items():
        for header in names:
            if normalise(header) in by_name:
                columns[wanted] = by_name[normalise(header)]
                break
        else:
            errors.append(InputError(Location(name, header_row, 1),
                                     f"--map names {wanted} as {' or '.join(map(repr, names))}, "
                                     f"but no column has that header"))
    taken = set(columns.values())
    for index, header in enumerate(headers):
        if index in taken or header.startswith("x-"):  # x- columns are kept as written (see _x_key)
            continue
        wanted = field_for(header)
        if wanted and wanted not in columns:
            columns[wanted] = index
            taken.add(index)
        elif (wanted == "owner" and "owner" not in mapping and normalise(header) in TEAM_HEADERS
              and normalise(headers[columns["owner"]]) not in TEAM_HEADERS):
            taken.discard(columns["owner"])  # "Owner" (a person) and "Team": the team owns it
            columns["owner"] = index
            taken.add(index)
    if errors:
        raise InputErrors(errors)
    # a sheet of one's own naming its owners "Department name" or its metrics "Metric ID",
    # with no column for owner or metric: those are what it means (export writes both)
    for alone, meant in (("department_name", "owner"), ("metric_id", "metric")):
        if alone in columns and meant not in columns and alone not in mapping:
            columns[meant] = columns.pop(alone)
    if "objective" not in columns and "key_result" not in columns:
        shown = ", ".join(repr(header) for header in headers if header) or "none"
        raise InputErrors([InputError(Location(name, header_row, 1),
                                      f"no column for objectives or key results (headers: {shown}); "
                                      "name them with --map, e.g. 'key_result: Measurable outcome'")])
    source = Source(name, [], sorted(((headers[index], wanted) for wanted, index in columns.items()),
                                     key=lambda pair: headers.index(pair[0])))
    field_of = {index: wanted for wanted, index in columns.items()}
    # with a Supports column, a goal serves the objectives it names, not the objective row above it
    inherit = "supports" not in columns
    odd: dict[tuple[str, str], list[str]] = {}  # (header, field) -> values it could not take, kept in x-source
    current: Item | None = None  # the objective the rows below belong to
    organization_row: int | None = None
    for number, cells in rows:
        cells = ["" if cell is None else cell for cell in cells]
        values: dict[str, object] = {}
        raw: dict[str, tuple[str, str]] = {}  # field -> (header, the cell as text)
        extra: dict[str, str] = {}
        x_keys: dict[str, str] = {}
        for index, cell in enumerate(cells):
            text = unescape_cell(cell.strip()) if isinstance(cell, str) else cell
            if text == "" or text is None:
                continue
            wanted = field_of.get(index)
            header = headers[index] if index < len(headers) and headers[index] else f"column {index + 1}"
            if wanted is None and _x_key(header):
                x_keys[header] = _as_text(text)
                continue
            structured = _JSON_COLUMN.match(header) if wanted is None else None
            if structured:
                try:
                    x_keys[structured[1]] = json.loads(_as_text(text))
                except ValueError as problem:
                    errors.append(InputError(Location(name, number, index + 1),
                                             f"column {header!r}: not JSON ({safe_text(problem)})"))
                continue
            if wanted is None and header.startswith(X_SOURCE):
                header = header[len(X_SOURCE):]
            if wanted is None or wanted in NO_FIELD:
                extra[header] = _as_text(text)
                source.kept[header] = source.kept.get(header, 0) + 1
                continue
            try:
                if wanted == "initiatives" and isinstance(text, str) and "\n" in cell:
                    values[wanted] = split_plans(text, lines=True)
                else:
                    values[wanted] = _cell(wanted, text)
                raw[wanted] = (header, _as_text(text))
            except Unfit:
                extra[header] = _as_text(text)
                source.kept[header] = source.kept.get(header, 0) + 1
                odd.setdefault((header, wanted), []).append(_as_text(text))
            except BadCell as bad:
                errors.append(InputError(Location(name, number, index + 1),
                                         f"column {headers[index]!r}: {bad}"))
        location = Location(name, number, 1)
        objective = values.get("objective")
        title = values.get("key_result")
        if title is None and objective is None:
            if "metric_id" in values and "metric" in values and values.keys() <= METRIC_USES:
                row = Item("metric", str(values["metric"]), f"row {number}", location, metric=values["metric"],
                           unit=values.get("unit"), metric_id=values["metric_id"], extra=extra, x_keys=x_keys)
                row.metric_facts = {key: values[wanted] for key, wanted in METRIC_FACTS if wanted in values}
                first = next((m for m in source.metrics if m.metric_id == row.metric_id), None)
                if first is not None:
                    errors.append(InputError(location, f"metric {row.metric_id!r} has a row already: {first.where}"))
                    continue
                source.metrics.append(row)
                continue
            if values.get("metric"):
                title = values["metric"]
            elif "department_name" in values and values.keys() <= DEPARTMENT_USES:
                department = Department(values.get("goalcheck_id") or team_id(values["department_name"]),
                                        values["department_name"], f"row {number}", location,
                                        values.get("customer_facing"), values.get("systems") or [],
                                        values.get("head"), values.get("aliases") or [], extra, x_keys)
                first = next((d for d in source.departments if d.id == department.id), None)
                if first is not None:
                    errors.append(InputError(location, f"department {department.id!r} is also {first.where}'s"))
                    continue
                source.departments.append(department)
                continue
            elif values.keys() & ORGANIZATION_USES and not (values.keys() - ORGANIZATION_USES - {"goalcheck_id"}):
                if organization_row is not None:
                    errors.append(InputError(location, f"a second organisation row: the first is row {organization_row}"))
                    continue
                organization_row = number
                source.title = source.title or values.get("organization")
                source.organization = values.get("organization")
                source.strategy = values.get("strategy")
                source.organization_extra = extra
                source.organization_x = x_keys
                continue
            elif values or extra or x_keys:
                errors.append(InputError(location, "a row with no objective and no key result"
                                         + (" (name its column with --map)" if "key_result" not in columns else "")))
                continue
            else:
                continue
        if title is None:  # an objective on a row of its own
            current = Item("objective", str(objective), f"row {number}", location,
                           owner=values.get("objective_owner") or values.get("owner"), parent=values.get("parent"),
                           ref=values.get("id"), extra=extra, gid=values.get("goalcheck_id"),
                           description=values.get("description"),
                           customer_experience=values.get("customer_experience"),
                           measured_by=values.get("measured_by") or [], x_keys=x_keys)
            _keep_unused(current, raw, source, OBJECTIVE_USES)
            source.items.append(current)
            continue
        if objective is not None:
            if current is None or normalise(current.title) != normalise(str(objective)):
                current = _objective_for(source, str(objective), number, location)
            if values.get("objective_owner") and not current.owner:
                current.owner = values["objective_owner"]
        serves = current if (objective is not None or inherit) else None
        goal = Item("goal", str(title), f"row {number}", location, objective=serves.title if serves else None,
                    owner=values.get("owner"), metric=values.get("metric"), unit=values.get("unit"),
                    baseline=values.get("baseline"), target=values.get("target"), due=values.get("due"),
                    period=values.get("period"), parent=values.get("parent"), ref=values.get("id"), extra=extra,
                    gid=values.get("goalcheck_id"), supports=values.get("supports") or [],
                    metric_id=values.get("metric_id"), direction=values.get("direction"),
                    level=values.get("level"), appraisal=values.get("appraisal"),
                    guardrails=values.get("guardrails") or [], x_keys=x_keys)
        goal.metric_facts = {key: values[wanted] for key, wanted in METRIC_FACTS if wanted in values}
        goal.cells = {wanted: header for wanted, (header, _text) in raw.items()}
        plans = values.get("initiatives")
        if plans:
            goal.initiatives, goal.plan = list(plans[0]), list(plans[1])
        goal.plan += [link for link in values.get("plan") or () if link not in goal.plan]
        _keep_unused(goal, raw, source, GOAL_USES)
        source.items.append(goal)
    if errors:
        raise InputErrors(errors)
    for (header, wanted), texts in odd.items():
        shown = ", ".join(sorted({repr(safe_text(text)) for text in texts}))
        source.notes.append(f"column {safe_text(header)!r}: {shown} {'is' if len(set(texts)) == 1 else 'are'} no "
                            f"{FIELD_NAMES[wanted]} goalcheck knows ({UNFIT_HINT.get(wanted, '')}); kept in x-source")
    return source


def read_xlsx(path: Path, name: str, mapping: dict[str, list[str]], sheet: str | None = None) -> Source:
    """The first worksheet of a workbook (or the one named), read as a table. openpyxl is
    imported here only: the audit never needs it."""
    import zipfile

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, EOFError) as problem:
        raise InputErrors([InputError(Location(name, 1, 1), f"not an Excel workbook (.xlsx): {problem}")]) from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            shown = ", ".join(repr(title) for title in book.sheetnames)
            raise InputErrors([InputError(Location(name, 1, 1), f"no sheet {sheet!r} (the sheets: {shown})")])
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        rows: list[tuple[int, list]] = []
        for number, row in enumerate(worksheet.iter_rows(), start=1):
            cells = [_xlsx_value(cell) for cell in row]
            if any(cell is not None and str(cell).strip() for cell in cells):
                rows.append((number, cells))
    finally:
        book.close()
    if not rows:
        raise InputErrors([InputError(Location(name, 1, 1), "no rows: the sheet is empty")])
    header_row, headers = rows[0]
    return build_table(name, header_row, headers, rows[1:], mapping)


def _xlsx_value(cell):
    """A cell's value; a number shown as a percentage (0.9 shown 90%) is "90%"."""
    value = getattr(cell, "value", None)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and "%" in (getattr(cell, "number_format", "") or ""):
        return f"{_tidy_number(round(value * 100, 10))}%"
    return value


def _keep_unused(item: Item, raw: dict[str, tuple[str, str]], source: Source, uses: frozenset) -> None:
    """A row's cells that its kind of item has no field for go to its x-source, as written."""
    for wanted, (header, text) in raw.items():
        if wanted not in uses:
            item.extra[header] = text
            source.kept[header] = source.kept.get(header, 0) + 1


def _objective_for(source: Source, title: str, number: int, location: Location) -> Item:
    for item in source.items:
        if item.kind == "objective" and normalise(item.title) == normalise(title):
            return item
    item = Item("objective", title, f"row {number}", location)
    source.items.append(item)
    return item


def _as_text(value) -> str:
    """A cell kept as text: a workbook's date as YYYY-MM-DD, a whole number without '.0'."""
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date().isoformat()
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, float) and not isinstance(value, bool):
        return str(_tidy_number(value))
    return str(value)


class Unfit(ValueError):
    """A cell a field cannot take but that is no mistake of the sheet's ("Level: Company"):
    it is kept in x-source and the report names it, the import goes on."""


UNFIT_HINT = {
    "direction": "increase, decrease or maintain", "metric_better": "increase or decrease",
    "metric_kind": "outcome, output, activity or cost", "level": "org, department, team or individual",
    "appraisal": "yes or no", "metric_experience": "yes or no", "customer_experience": "yes or no", "customer_facing": "yes or no",
    "guardrails": "metric ids", "measured_by": "metric ids", "metric_influenced_by": "department ids",
}
_CHOICES = {
    "direction": {"increase": "increase", "up": "increase", "higher": "increase", "raise": "increase",
                  "decrease": "decrease", "down": "decrease", "lower": "decrease", "reduce": "decrease",
                  "maintain": "maintain", "keep": "maintain", "hold": "maintain", "stable": "maintain"},
    "metric_better": {"increase": "increase", "up": "increase", "higher": "increase", "more": "increase",
                      "decrease": "decrease", "down": "decrease", "lower": "decrease", "less": "decrease"},
    "metric_kind": {kind: kind for kind in ("outcome", "output", "activity", "cost")},
    "level": {"org": "org", "organization": "org", "organisation": "org", "company": "org",
              "department": "department", "team": "team", "individual": "individual"},
}
_YES_NO = {"true": True, "yes": True, "y": True, "1": True, "x": True,
           "false": False, "no": False, "n": False, "0": False}
METRIC_FACTS = (("kind", "metric_kind"), ("better", "metric_better"), ("experience", "metric_experience"),
                ("influenced_by", "metric_influenced_by"))


def _ids(text: str, wanted: str) -> list[str]:
    parts = [part.strip() for part in re.split(r"[\n;,]+", text) if part.strip()]
    if not all(_SLUG.match(part) for part in parts):
        raise Unfit(text)
    return parts


def _cell(wanted: str, value):
    """A cell read as its field (str for text fields)."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        if wanted == "due":
            return value.isoformat()
        value = value.isoformat()
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, (int, float)):
        if wanted in ("baseline", "target"):
            return _tidy_number(float(value))
        value = str(_tidy_number(float(value)))
    text = str(value).strip()
    if wanted == "target":
        return read_target_cell(text)
    if wanted == "baseline":
        return read_baseline_cell(text)
    if wanted == "due":
        return read_date(text)
    if wanted == "initiatives":
        return split_plans(text)
    if wanted in ("goalcheck_id", "metric_id"):
        if not _SLUG.match(text):
            raise BadCell(f"{text!r} is not an id (lowercase letters, digits, '-', '_' and '.', "
                          "starting with a letter or digit)")
        return text
    if wanted in _CHOICES:
        choice = _CHOICES[wanted].get(text.lower())
        if choice is None:
            raise Unfit(text)
        return choice
    if wanted in ("appraisal", "metric_experience", "customer_experience", "customer_facing"):
        if text.lower() not in _YES_NO:
            raise Unfit(text)
        return _YES_NO[text.lower()]
    if wanted in ("guardrails", "measured_by", "metric_influenced_by"):
        return _ids(text, wanted)
    if wanted == "supports":
        return [part.strip() for part in re.split(r"[\n;]+", text) if part.strip()]
    if wanted in ("plan", "systems", "aliases"):
        return [part.strip() for part in text.splitlines() if part.strip()]
    if wanted in ("key_result", "objective", "description", "strategy", "organization", "department_name",
                  "head"):
        return text
    return " ".join(text.split())


# --------------------------------------------------------------------------
# ids, departments, parents

def slug(text: str, fallback: str) -> str:
    """A stable id from a title: its first words, lowercase ASCII, joined by '-'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > 40 and out:
            break
        out = f"{out}-{word}" if out else word
    return out[:40].strip("-") or fallback


_DEPARTMENT_WORDS = frozenset(
    "sales support success marketing engineering product products finance people hr legal design data "
    "security operations ops it team teams customer customers service services growth revenue partners "
    "partnerships platform infrastructure research quality office group department board executive exec "
    "leadership management ceo cfo cto coo cmo cro cpo cio ciso vp talent recruiting communications "
    "community procurement analytics ux devops sre qa brand content "
    # the rest of a business unit's name: "New Business", "Key Accounts", "Digital Commerce"
    "business commerce digital accounts account key new care retention loyalty desk field store stores "
    "retail wholesale consumer enterprise channel channels partner logistics fulfilment fulfillment "
    "merchandising supply chain planning strategy treasury billing network networks mobile web app apps cloud "
    "core payments risk compliance audit tax facilities admin administration onboarding training enablement "
    "experience insights intelligence acquisition expansion renewals bookings pricing delivery distribution "
    "warehouse purchasing contact centre center helpdesk agents advisors engagement editorial media events "
    "frontline inside outside global central corporate technology tech north south east west emea apac "
    "americas europe international national regional hub unit division region studio lab labs works "
    "commercial trading buying sourcing manufacturing production plant assurance reliability".split())
_PERSON = re.compile(r"^[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)?(?:\s+(?:van|de|der|von|da|di|le|la)?\s*[A-Z][a-z'’-]+){1,2}$")


def looks_like_person(owner: str) -> bool:
    """"Jane Doe" or "@jdoe", not "Customer Success": an owner the user should turn into
    a department (with the person as its head)."""
    if owner.startswith("@"):
        return True
    if not _PERSON.match(owner):
        return False
    return not any(word.lower() in _DEPARTMENT_WORDS for word in re.findall(r"[A-Za-z]+", owner))


def split_owners(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


def team_id(owner: str) -> str:
    """A department's id from an owner cell: the cell itself when it is already an id
    ("care", "sales_emea", as `goalcheck export` writes them), else a slug of it."""
    return owner if _SLUG.match(owner) else slug(owner, "team")


COMPANY = "company"


def assign(source: Source, org_name: str) -> tuple[dict[str, str], list[Item], list[Item]]:
    """Give every item an id (unique in its kind: the one its goalcheck id cell gives, else a
    slug of its title, in source order), resolve parents and objectives; return departments
    (id -> name), objectives, goals."""
    used: dict[str, dict[str, Item]] = {"objective": {}, "goal": {}}
    errors = []
    for item in source.items:
        if item.gid is None:
            continue
        first = used[item.kind].get(item.gid)
        if first is not None:
            errors.append(InputError(item.location, f"{item.kind} id {item.gid!r} is also {first.where}'s"))
            continue
        used[item.kind][item.gid] = item
        item.id = item.gid
    for item in source.items:
        if item.id:
            continue
        base = slug(item.title, item.kind)
        candidate, counter = base, 2
        while candidate in used[item.kind]:
            candidate, counter = f"{base}-{counter}", counter + 1
        used[item.kind][candidate] = item
        item.id = candidate
    departments: dict[str, str] = {department.id: department.name for department in source.departments}
    people: dict[str, int] = {}
    unowned = 0
    for item in source.items:
        owners = split_owners(item.owner or "")
        for owner in owners:
            departments.setdefault(team_id(owner), owner)
            if looks_like_person(owner):
                people[owner] = people.get(owner, 0) + 1
        if item.kind == "goal" and not owners:
            unowned += 1
    objectives = [item for item in source.items if item.kind == "objective"]
    goals = [item for item in source.items if item.kind == "goal"]
    errors += _check_metrics(source.metrics, goals)
    if errors:
        raise InputErrors(errors)
    if unowned:
        departments.setdefault(COMPANY, org_name)
        source.notes.append(f"{unowned} goal{'s' if unowned != 1 else ''} had no owner and {'are' if unowned != 1 else 'is'} "
                            f"owned by '{COMPANY}' (the organisation as a whole): give each its department")
    for person, count in sorted(people.items()):
        source.notes.append(f"owner {safe_text(person)!r} ({count} item{'s' if count != 1 else ''}) looks like a "
                            "person, not a department: name the department and make the person its head")
    _resolve_parents(source, objectives, goals)
    return departments, objectives, goals


def _metric_of(goal: Item) -> dict:
    facts = {"name": goal.metric, "unit": goal.unit if goal.metric or goal.metric_id else None, **goal.metric_facts}
    return {key: value for key, value in facts.items() if value is not None}


def _check_metrics(rows: list[Item], goals: list[Item]) -> list[InputError]:
    """Rows naming one metric id say the same of it (a metric row defines it, else the first
    goal row giving its name); a goal's own metric (no metric id) takes the goal's id,
    which must not be another metric's."""
    errors = []
    defined: dict[str, tuple[Item, dict]] = {row.metric_id: (row, _metric_of(row)) for row in rows}
    for goal in goals:
        if goal.metric_id is None:
            continue
        facts = _metric_of(goal)
        if goal.metric_id not in defined:
            defined[goal.metric_id] = (goal, facts)
            continue
        first, known = defined[goal.metric_id]
        for key, value in facts.items():
            if key in known and known[key] != value:
                errors.append(InputError(goal.location, f"metric {goal.metric_id!r}: its {key.replace('_', ' ')} "
                                                        f"is {safe_text(known[key])!r} at {first.where}, "
                                                        f"{safe_text(value)!r} here"))
            known.setdefault(key, value)
            if key == "name" and first.metric is None:
                defined[goal.metric_id] = (goal, known)
    for goal in goals:
        if goal.metric_id is None and goal.metric and goal.id in defined:
            errors.append(InputError(goal.location, f"this goal's metric has no metric id, so it would take the "
                                                    f"goal's id {goal.id!r}, another metric's: give it a metric id"))
    for metric_id, (goal, facts) in defined.items():
        if goal.kind == "metric":
            goal.metric_facts.update({key: value for key, value in facts.items() if key not in ("name", "unit")})
            goal.unit = goal.unit or facts.get("unit")
            continue
        goal.metric_facts = {key: value for key, value in facts.items() if key not in ("name", "unit")}
        goal.metric, goal.unit = facts.get("name"), facts.get("unit")
        goal.defines_metric = "name" in facts
    return errors


def _resolve_parents(source: Source, objectives: list[Item], goals: list[Item]) -> None:
    """Parents and objectives named by id (exactly), else by source id or title (as
    normalised); a parent cell may name several, one a line or ';' apart."""
    goal_by: dict[str, Item] = {}
    objective_by: dict[str, Item] = {}
    goal_id = {item.id: item for item in goals}
    objective_id = {item.id: item for item in objectives}
    for table, items in ((goal_by, goals), (objective_by, objectives)):
        for item in items:
            for key in (item.ref, item.id, item.title):
                if key:
                    table.setdefault(normalise(str(key)), item)

    def find(text: str, exact: dict[str, Item], by: dict[str, Item], item: Item) -> Item | None:
        found = exact.get(text) or by.get(normalise(text))
        return found if found is not item else None

    missing, unserved = [], []
    for item in source.items:
        if item.kind == "goal":
            if item.objective is not None:
                found = find(item.objective, {}, {normalise(o.title): o for o in objectives}, item)
                if found is not None:
                    item.serves.append(found)
            unknown = []
            for ref in item.supports:
                found = find(ref, objective_id, objective_by, item)
                if found is None:
                    unknown.append(ref)
                elif found not in item.serves:
                    item.serves.append(found)
            if unknown:
                item.extra[item.cells.get("supports", "supports")] = "; ".join(unknown)
                unserved.append(item)
        if item.parent_item is not None or not item.parent:
            continue
        parts = [item.parent]
        if find(item.parent, goal_id, goal_by, item) is None and find(item.parent, objective_id, objective_by, item) is None:
            parts = [part.strip() for part in re.split(r"[\n;]+", item.parent) if part.strip()] or [item.parent]
        if item.kind == "goal" and all(find(part, goal_id, goal_by, item) for part in parts):
            for part in parts:
                found = find(part, goal_id, goal_by, item)
                if found not in item.parents:
                    item.parents.append(found)
            continue
        found = find(item.parent, objective_id, objective_by, item)
        if found is not None:
            if item.kind == "goal":
                if found not in item.serves:
                    item.serves.append(found)
            else:
                item.parent_item = found
            continue
        item.extra["parent"] = item.parent
        missing.append(item)
    if missing:
        source.notes.append(f"{len(missing)} parent{'s' if len(missing) != 1 else ''} named no goal or objective of the "
                            f"source (kept in x-source: parent): link {'them' if len(missing) != 1 else 'it'} by hand")
    if unserved:
        source.notes.append(f"{len(unserved)} goal{'s' if len(unserved) != 1 else ''} named objectives the source "
                            f"does not have (kept in x-source): link {'them' if len(unserved) != 1 else 'it'} by hand")


# --------------------------------------------------------------------------
# writing YAML: every value quoted, every item commented

_NEEDS_ESCAPE = re.compile(r"[\\\"\x00-\x1f\x7f-\x9f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f"
                           r"\ufeff\ufff9-\uffff\ud800-\udfff\U000e0000-\U000e007f]")


def _escape(match: re.Match) -> str:
    """YAML double-quoted escapes: the quote and backslash, then untrusted.py's for the rest."""
    char = match.group()
    if char in "\\\"":
        return "\\" + char
    return escape_character(match)


def quote(value) -> str:
    """A value as YAML that reads back exactly: numbers as written, text double-quoted
    with every character that could end the string or hide itself escaped."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return '"' + _NEEDS_ESCAPE.sub(_escape, str(value)) + '"'


_SLUG = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


def _id(value: str) -> str:
    return value if _SLUG.match(value) else quote(value)


def _comment(text: str) -> str:
    return safe_text(text, "plain")


def _extra_lines(extra: dict[str, str], indent: str) -> list[str]:
    if not extra:
        return []
    lines = [f"{indent}x-source:"]
    lines += [f"{indent}  {quote(key)}: {quote(value)}" for key, value in extra.items()]
    return lines


def _list(key: str, values: list[str], indent: str) -> list[str]:
    return [f"{indent}{key}: [{', '.join(_id(value) for value in values)}]"] if values else []


def _flag(key: str, value: bool | None, indent: str) -> list[str]:
    return [] if value is None else [f"{indent}{key}: {quote(value)}"]


def _x_lines(keys: dict, indent: str) -> list[str]:
    return [f"{indent}{quote(key)}: {_flow(value)}" for key, value in keys.items()]


def _flow(value) -> str:
    """A value read from a JSON cell as YAML flow text, every string quoted."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{quote(str(key))}: {_flow(item)}" for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_flow(item) for item in value) + "]"
    if value is None:
        return "null"
    return quote(value)


def _metric_lines(item: Item, indent: str) -> list[str]:
    lines = [f"{indent}name: {quote(item.metric)}"]
    if item.unit:
        lines.append(f"{indent}unit: {quote(item.unit)}")
    for key in ("kind", "better"):
        if key in item.metric_facts:
            lines.append(f"{indent}{key}: {quote(item.metric_facts[key])}")
    lines += _flag("experience", item.metric_facts.get("experience"), indent)
    if "influenced_by" in item.metric_facts:
        lines.append(f"{indent}influenced_by: [{', '.join(_id(v) for v in item.metric_facts['influenced_by'])}]")
    return lines


def render(source: Source, org_name: str, departments: dict[str, str], objectives: list[Item],
           goals: list[Item]) -> dict[str, str]:
    """The repo's files (relative path -> text)."""
    origin = _comment(source.name)
    strategy = [f"# Imported by 'goalcheck import' from {origin}: each item says where it was written.",
                "# Cells with no field in the goals format are kept under x-source.",
                "version: 1",
                "organization:",
                f"  name: {quote(org_name)}"]
    if source.strategy:
        strategy.append(f"  strategy: {quote(source.strategy)}")
    else:
        strategy.append("  # strategy: the strategy every department should be able to state (add it by hand)")
    unplaced = {**source.organization_extra, **source.unplaced}
    if unplaced:
        strategy.append("  # lines of the source that are no objective or key result, kept as written")
        strategy += _extra_lines(unplaced, "  ")
    strategy += _x_lines(source.organization_x, "  ")
    if objectives:
        strategy.append("")
        strategy.append("objectives:")
        for item in objectives:
            strategy.append(f"  # {_comment(item.where)}")
            strategy.append(f"  - id: {_id(item.id)}")
            strategy.append(f"    title: {quote(item.title)}")
            if item.description:
                strategy.append(f"    description: {quote(item.description)}")
            strategy += _flag("customer_experience", item.customer_experience, "    ")
            strategy += _list("measured_by", item.measured_by, "    ")
            if item.parent_item is not None and item.parent_item.kind == "objective":
                strategy.append(f"    parent: {_id(item.parent_item.id)}")
            owners = split_owners(item.owner or "")
            if owners:
                strategy.append(f"    owner: {_id(team_id(owners[0]))}")
            extra = dict(item.extra)
            if len(owners) > 1:
                extra.setdefault("owner", item.owner)
            strategy += _extra_lines(extra, "    ")
            strategy += _x_lines(item.x_keys, "    ")
    if source.metrics:
        strategy.append("")
        strategy.append("metrics:")
        for row in source.metrics:
            strategy.append(f"  # {_comment(row.where)}")
            strategy.append(f"  - id: {_id(row.metric_id)}")
            strategy += _metric_lines(row, "    ")
            strategy += _extra_lines(row.extra, "    ")
            strategy += _x_lines(row.x_keys, "    ")
    files = {"strategy.yaml": "\n".join(strategy) + "\n"}
    owned: dict[str, list[Item]] = {key: [] for key in departments}
    rows = {department.id: department for department in source.departments}
    for goal in goals:
        owners = split_owners(goal.owner or "")
        owned[team_id(owners[0]) if owners else COMPANY].append(goal)
    for key, name in departments.items():
        lines = [f"# Imported by 'goalcheck import' from {origin}.",
                 "departments:"]
        row = rows.get(key)
        if row is not None:
            lines.append(f"  # {_comment(row.where)}")
        lines += [f"  - id: {_id(key)}", f"    name: {quote(name)}"]
        if row is not None:
            lines += _flag("customer_facing", row.customer_facing, "    ")
            lines += [f"    systems: [{', '.join(quote(text) for text in row.systems)}]"] if row.systems else []
            lines += [f"    head: {quote(row.head)}"] if row.head else []
            lines += [f"    aliases: [{', '.join(quote(text) for text in row.aliases)}]"] if row.aliases else []
            lines += _extra_lines(row.extra, "    ")
            lines += _x_lines(row.x_keys, "    ")
        if owned[key]:
            lines.append("")
            lines.append("goals:")
        for goal in owned[key]:
            lines += _goal_lines(goal)
        files[f"departments/{key}.yaml"] = "\n".join(lines) + "\n"
    return files


def _goal_lines(goal: Item) -> list[str]:
    owners = split_owners(goal.owner or "")
    lines = [f"  # {_comment(goal.where)}",
             f"  - id: {_id(goal.id)}",
             f"    title: {quote(goal.title)}",
             f"    owner: {_id(team_id(owners[0])) if owners else COMPANY}"]
    if len(owners) > 1:
        lines.append(f"    co_owners: [{', '.join(_id(team_id(owner)) for owner in owners[1:])}]")
    lines += _list("supports", [item.id for item in goal.serves], "    ")
    parents = [goal.parent_item] if goal.parent_item is not None and goal.parent_item.kind == "goal" else goal.parents
    if len(parents) == 1:
        lines.append(f"    parent: {_id(parents[0].id)}")
    lines += _list("parent", [item.id for item in parents] if len(parents) > 1 else [], "    ")
    if goal.metric_id is not None and not goal.defines_metric:
        lines.append(f"    metric: {_id(goal.metric_id)}")
    elif goal.metric:
        lines.append("    metric:")
        if goal.metric_id is not None:
            lines.append(f"      id: {_id(goal.metric_id)}")
        lines += _metric_lines(goal, "      ")
    if goal.direction is not None:
        lines.append(f"    direction: {quote(goal.direction)}")
    for key in ("baseline", "target", "due", "period"):
        value = getattr(goal, key)
        if value is not None:
            lines.append(f"    {key}: {quote(value)}")
    if goal.level is not None:
        lines.append(f"    level: {quote(goal.level)}")
    lines += _flag("appraisal", goal.appraisal, "    ")
    lines += _list("guardrails", goal.guardrails, "    ")
    if goal.initiatives:
        lines.append("    initiatives:")
        lines += [f"      - {quote(text)}" for text in goal.initiatives]
    if goal.plan:
        lines.append(f"    plan: {quote(goal.plan[0])}" if len(goal.plan) == 1 else "    plan:")
        if len(goal.plan) > 1:
            lines += [f"      - {quote(text)}" for text in goal.plan]
    extra = dict(goal.extra)
    if goal.unit and not goal.metric and goal.metric_id is None:
        extra.setdefault(goal.cells.get("unit", "unit"), goal.unit)
    if goal.metric_facts and not goal.metric and goal.metric_id is None:
        for key, wanted in METRIC_FACTS:
            if key in goal.metric_facts:
                value = goal.metric_facts[key]
                extra.setdefault(goal.cells.get(wanted, wanted), ", ".join(value) if isinstance(value, list) else str(value))
    lines += _extra_lines(extra, "    ")
    lines += _x_lines(goal.x_keys, "    ")
    return lines


# --------------------------------------------------------------------------
# the whole import

class Refused(Exception):
    """Some target files exist and overwriting was not asked for."""

    def __init__(self, existing: list[Path]):
        super().__init__(", ".join(str(p) for p in existing))
        self.existing = existing


@dataclass
class Result:
    source: Source
    written: list[Path]
    objectives: int
    departments: int
    goals: int
    # (metric name, where it was written, facts nobody could tell), as `goalcheck facts` and
    # the audit find them (factsheet.unknown): what to declare by hand
    unknown_metrics: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)


def check_periods(source: Source) -> None:
    """A period goalcheck cannot read ("Q3" with no year) is kept in x-source, not lost,
    and named in the report: the sheet is not wrong, it is short of a year."""
    odd = []
    for item in source.items:
        if item.period is not None and reading.read_period(item.period) is None:
            item.extra.setdefault("period", item.period)
            odd.append(item.period)
            item.period = None
    if odd:
        shown = ", ".join(sorted({repr(safe_text(text)) for text in odd}))
        source.notes.append(f"{len(odd)} period{'s' if len(odd) != 1 else ''} goalcheck cannot read ({shown}) kept in "
                            f"x-source: write each as {reading.FORMS_TEXT}")


def read_source(path: Path, mapping: dict[str, list[str]], sheet: str | None = None) -> Source:
    name = display_path(path.name)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, name, mapping, sheet)
    data = path.read_bytes()
    if suffix in (".md", ".markdown"):
        from .mdokr import read_markdown  # noqa: PLC0415 (only for Markdown)

        return read_markdown(_decode(data, name), name)
    return read_csv(data, name, mapping)


def organisation_name(path: Path, source: Source) -> str:
    """The page title without its period and the word OKRs ("Harbourview FY27-Q2 OKRs"),
    else the file's name."""
    if source.title:
        from .mdokr import _PERIOD

        words = re.sub(r"(?i)\b(?:okrs?|objectives|and|key results|goals|plan|for|the|quarter)\b", " ",
                       _PERIOD.sub(" ", source.title))
        name = " ".join(words.split()).strip(" -–:,")
        if name:
            return name
    words = re.split(r"[-_\s]+", path.stem)
    return " ".join(word[:1].upper() + word[1:] for word in words if word) or "Organisation"


def run(source_path: str, folder: str, map_path: str | None = None, force: bool = False,
        sheet: str | None = None) -> Result:
    """Read the source, build the repo, check it reads back, then write it (all or nothing)."""
    path = Path(source_path)
    mapping = read_map(map_path)
    source = read_source(path, mapping, sheet)
    check_periods(source)
    org_name = source.organization or organisation_name(path, source)
    departments, objectives, goals = assign(source, org_name)
    files = render(source, org_name, departments, objectives, goals)
    out = Path(folder)
    targets = [out / name for name in files]
    existing = [target for target in targets if target.exists()]
    if existing and not force:
        raise Refused(existing)
    model = verify(files)
    for name, text in files.items():
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(str(target), text)
    return Result(source, targets, len(objectives), len(departments), len(goals),
                  unknown_facts(model, source.metrics + goals, out))


def unknown_facts(model, goals: list[Item], folder: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    """The metrics whose kind or experience goalcheck cannot tell from their names, with the
    row or line that named them; read with the vocabulary the audit of ``folder`` would use."""
    from . import factsheet
    from . import vocabulary as vocabulary_module
    from .infer import infer

    vocabulary = None
    if folder.is_dir():
        from .audit import options_for

        try:
            vocabulary = options_for(str(folder)).vocabulary
        except InputErrors:
            vocabulary = None  # the audit will say what is wrong with the config
    facts = infer(model, vocabulary or vocabulary_module.default())
    where = {}
    for goal in goals:
        where.setdefault(goal.metric_id or goal.id, goal.where)
    names = {metric.id: metric.name for metric in model.metrics}
    return [(names[metric_id], where.get(metric_id, ""), missing)
            for metric_id, missing in factsheet.unknown(model, facts)]


def verify(files: dict[str, str]):
    """Read what would be written with the audit's own loader: what import writes must audit.
    Returns the model read, for the report."""
    from .load import load

    with tempfile.TemporaryDirectory(prefix="goalcheck-import-") as scratch:
        for name, text in files.items():
            target = Path(scratch) / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, "utf-8")
        try:
            return load(scratch)
        except InputErrors as problem:
            raise RuntimeError("the import built a repo goalcheck cannot read: " + "; ".join(
                str(error) for error in problem.errors[:3])) from None


UNKNOWN_SHOWN = 10  # metrics with unknown facts named one by one; the rest are counted
FACT_VALUES = {"kind": "kind: outcome, output, activity or cost", "experience": "experience: true or false"}


def report(result: Result, folder: str) -> str:
    """What the import read and what the user should add by hand (for stderr)."""
    source = result.source
    plural = lambda count, word: f"{count} {word}{'s' if count != 1 else ''}"  # noqa: E731
    lines = [f"goalcheck import: read {display_path(source.name)}: {plural(result.objectives, 'objective')}, "
             f"{plural(result.departments, 'department')}, {plural(result.goals, 'goal')}"]
    if source.columns:
        lines.append("  columns: " + ", ".join(f"{safe_text(header)!r} -> {FIELD_NAMES[wanted]}"
                                               + (" (x-source)" if wanted in NO_FIELD else "")
                                               for header, wanted in source.columns))
    if source.kept:
        lines.append("  kept in x-source: " + ", ".join(f"{safe_text(header)!r} ({plural(count, 'cell')})"
                                                        for header, count in source.kept.items()))
    notes = list(source.notes)
    if not source.strategy:
        notes.insert(0, f"the organisation's name and strategy in {display_path(str(Path(folder) / 'strategy.yaml'))}")
    no_metric = sum(1 for item in source.items if item.kind == "goal" and not item.metric and not item.metric_id)
    if no_metric:
        notes.append(f"{plural(no_metric, 'goal')} with no metric: name what each one measures "
                     "(goalcheck reads a metric's facts from its name)")
    shown = result.unknown_metrics[:UNKNOWN_SHOWN]
    for name, where, missing in shown:
        notes.append(f"metric {safe_text(name)!r} ({safe_text(where)}): goalcheck cannot tell its "
                     f"{' or '.join(missing)} from its name: declare {' and '.join(missing)} on it"
                     f" ({'; '.join(FACT_VALUES[fact] for fact in missing)})")
    if len(result.unknown_metrics) > len(shown):
        notes.append(f"{plural(len(result.unknown_metrics) - len(shown), 'more metric')} like these "
                     f"(goalcheck facts {display_path(folder)} lists them all)")
    lines.append("  add by hand:")
    lines += [f"    - {note}" for note in notes]
    lines.append(f"  then: goalcheck facts {display_path(folder)} (metrics whose facts nobody could tell), "
                 f"goalcheck audit {display_path(folder)}")
    return "\n".join(lines) + "\n"
