"""Find the goals files, read them, check them against the schema, build the model.

Every problem becomes an ``InputError`` with a location; they are collected
over all files and raised together, so a user fixes a repo in one round.
"""

from __future__ import annotations

import difflib
import gc
import os
import re
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import model as m
from . import reading
from .errors import InputError, InputErrors
from .paths import name as _shown
from .schema import Shape, shapes, validation_errors
from .untrusted import display_path
from .yamlread import YamlProblem, read_document

MAX_LINE_BYTES = 1 << 20  # a longer line is refused before parsing
MAX_FILE_BYTES = 64 << 20  # a larger file is refused by its size, before it is read (100,000 goals: 33 MB)

# top-level key -> (schema definition, what users call one item)
KINDS = {
    "objectives": ("objective", "objective"),
    "departments": ("department", "department"),
    "metrics": ("metric", "metric"),
    "goals": ("goal", "goal"),
    "incentives": ("incentive", "incentive"),
    "journey": ("stage", "journey stage"),
}
_SINGULAR = {key: noun for key, (_, noun) in KINDS.items()}


@dataclass
class _Read:
    """One file read: its data and the reader's location table."""

    name: str
    data: dict
    table: dict
    raw: dict


# ---------------------------------------------------------------------------
# finding the files

def discover(path: Path, names: Path | None = None, selection=None) -> tuple[Path, list[Path], list[InputError]]:
    """The base folder for relative names, the goals files in sorted order, problems.

    A pull request controls every name and link under PATH, so each file and
    folder is resolved and what lands outside the real path of the audited
    folder (for a file PATH, the folder holding it) is refused unread. Each
    real folder is walked once (a link to one already walked adds nothing),
    and each real file is read once, under the first name the walk meets.

    ``names``: the root file names are shown from (paths.root_for); None, the
    audited folder. ``selection``: which files found in folders are goals files
    (selection.Selection); None, every ``*.yaml`` and ``*.yml``.
    """
    errors: list[InputError] = []
    if str(path) == "":
        return path, [], [InputError(m.Location(".", 1, 1), "the path is empty")]
    rel = _rel if names is None else (lambda p, _base: display_path(_shown(p, names)))
    shown = display_path(path) if names is None else rel(path, None)
    if shown == "":
        return path, [], [InputError(m.Location(".", 1, 1), "the path is empty")]
    try:
        info = path.stat()
    except OSError as exc:
        return path, [], [InputError(m.Location(shown, 1, 1), _os_reason(exc))]
    if stat.S_ISREG(info.st_mode):
        if not _within(os.path.realpath(path), os.path.realpath(path.parent)):
            return path.parent, [], [InputError(m.Location(shown, 1, 1), OUTSIDE)]
        return path.parent, [path], []
    if not stat.S_ISDIR(info.st_mode):
        return path, [], [InputError(m.Location(shown, 1, 1), "not a file or a folder")]
    if path.is_symlink() and not _within(os.path.realpath(path), os.path.realpath(path.parent)):
        return path, [], [InputError(m.Location(shown, 1, 1), OUTSIDE)]
    files = _walk(path, errors, rel, selection)
    if not files and not errors:
        errors.append(InputError(m.Location(shown, 1, 1),
                                 "no goals files (*.yaml, *.yml) in this folder"))
    return path, files, errors


OUTSIDE = "this links outside the audited folder; goalcheck reads nothing outside it"


def _within(real: str, boundary: str) -> bool:
    return real == boundary or real.startswith(boundary.rstrip(os.sep) + os.sep)


class _Open:
    """A folder being walked: its real identity, and the folder it was reached from."""

    __slots__ = ("identity", "parent")

    def __init__(self, identity: tuple[int, int], parent: _Open | None):
        self.identity, self.parent = identity, parent

    def holds(self, identity: tuple[int, int]) -> bool:
        node = self
        while node is not None:
            if node.identity == identity:
                return True
            node = node.parent
        return False


def _entries(folder: Path, root: Path, errors: list[InputError], rel=None) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as scan:
            return sorted(scan, key=lambda e: e.name)
    except OSError as exc:
        errors.append(InputError(m.Location((rel or _rel)(folder, root), 1, 1), _os_reason(exc)))
        return []


def _walk(root: Path, errors: list[InputError], rel=None, selection=None) -> list[Path]:
    """The goals files under ``root``, depth first in sorted order, with a stack (any depth).

    ``rel`` names a path in errors (default: relative to ``root``); ``selection``
    (selection.Selection) says which folders to enter and which files are goals files.
    """
    rel = rel or _rel
    boundary = os.path.realpath(root)
    top = root.stat()
    seen_folders = {(top.st_dev, top.st_ino)}
    seen_files: set[tuple[int, int]] = set()
    files: list[Path] = []
    # each frame: a folder's entries, the next one to look at, and the chain of open folders
    stack: list[list] = [[_entries(root, root, errors, rel), 0, _Open((top.st_dev, top.st_ino), None)]]
    while stack:
        frame = stack[-1]
        entries, index, chain = frame
        if index == len(entries):
            stack.pop()
            continue
        frame[1] = index + 1
        entry = entries[index]
        full = Path(entry.path)
        if entry.name.startswith("."):
            if selection is not None and entry.name != ".git":
                selection.hidden(rel(full, root), entry.is_dir(follow_symlinks=False))
            continue
        try:
            linked = entry.is_symlink()
            is_dir = entry.is_dir()  # follows symlinks
        except OSError as exc:
            errors.append(InputError(m.Location(rel(full, root), 1, 1), _os_reason(exc)))
            continue
        if is_dir and selection is not None and not selection.folder(rel(full, root)):
            continue
        if not is_dir and not (selection.file(rel(full, root)) if selection is not None
                               else entry.name.endswith((".yaml", ".yml"))):
            continue
        if linked and not _within(os.path.realpath(full), boundary):
            errors.append(InputError(m.Location(rel(full, root), 1, 1), OUTSIDE))
            continue
        try:
            info = entry.stat()
        except OSError:
            info = None  # a broken link: reported when it is read
        if is_dir and info is not None:
            identity = (info.st_dev, info.st_ino)
            if chain.holds(identity):
                errors.append(InputError(m.Location(rel(full, root), 1, 1),
                                         "symlink loop: this folder links back to a folder that contains it"))
            elif identity not in seen_folders:
                seen_folders.add(identity)
                stack.append([_entries(full, root, errors, rel), 0, _Open(identity, chain)])
        elif info is not None and not stat.S_ISREG(info.st_mode):
            # a pipe named goals.yaml would block the read for ever
            errors.append(InputError(m.Location(rel(full, root), 1, 1), "not a file or a folder"))
        elif info is None or (info.st_dev, info.st_ino) not in seen_files:
            if info is not None:
                seen_files.add((info.st_dev, info.st_ino))
            files.append(full)
    return files


def _rel(path: Path, base: Path) -> str:
    """The name a file is shown by: relative to ``base``, decoded once (untrusted.display_path)."""
    try:
        return display_path(path.relative_to(base).as_posix())
    except ValueError:
        return display_path(path.as_posix())


def _os_reason(exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    return f"cannot read: {reason[0].lower()}{reason[1:]}" if reason else "cannot read"


# ---------------------------------------------------------------------------
# reading one file

def _first_long_line(data: bytes) -> int | None:
    """The number of the first line longer than MAX_LINE_BYTES, or None.

    Such a line holds a whole aligned block of half that length with no newline
    in it, so only those blocks are searched (at C speed), never line by line.
    """
    block = MAX_LINE_BYTES // 2
    for start in range(0, len(data) - block + 1, block):
        if data.find(b"\n", start, start + block) == -1:
            line_start = data.rfind(b"\n", 0, start) + 1
            line_end = data.find(b"\n", start + block)
            if (len(data) if line_end == -1 else line_end) - line_start > MAX_LINE_BYTES:
                return data.count(b"\n", 0, line_start) + 1
    return None


class Unreadable(Exception):
    """A file that is not read: why, in words for the user."""


def read_capped(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES, or Unreadable saying why not.

    The size is taken from the open file (``fstat``) before anything is read, and
    the read stops past the cap should the file grow meanwhile; opening does not
    wait for a writer, so a pipe put in a file's place is refused, not waited on.
    """
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise Unreadable(_os_reason(exc)) from None
    with os.fdopen(handle, "rb") as file:
        try:
            info = os.fstat(handle)
            if not stat.S_ISREG(info.st_mode):
                raise Unreadable("not a file or a folder")
            if info.st_size > MAX_FILE_BYTES:
                raise Unreadable(_too_large(info.st_size))
            data = file.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise Unreadable(_os_reason(exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise Unreadable(_too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    return (f"the file is larger than {MAX_FILE_BYTES >> 20} MiB ({size:,} bytes); "
            "split it into several files")


def read_file(path: Path, name: str, errors: list[InputError]) -> _Read | None:
    try:
        data = read_capped(path)
    except Unreadable as problem:
        errors.append(InputError(m.Location(name, 1, 1), str(problem)))
        return None
    long_line = _first_long_line(data)
    if long_line is not None:
        errors.append(InputError(m.Location(name, long_line, MAX_LINE_BYTES + 1),
                                 f"line is longer than {MAX_LINE_BYTES:,} bytes"))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        errors.append(InputError(m.Location(name, line, column),
                                 f"not UTF-8: byte 0x{data[exc.start]:02x} cannot be decoded"))
        return None
    try:
        doc = read_document(text)
    except YamlProblem as problem:
        errors.append(InputError(m.Location(name, problem.line, problem.column), problem.message))
        return None
    for problem in doc.problems:
        errors.append(InputError(m.Location(name, problem.line, problem.column), problem.message))
    if doc.data is None:
        return None  # an empty file holds nothing
    if doc.data.__class__ is not dict:
        what = "a list" if isinstance(doc.data, list) else "a single value"
        errors.append(InputError(m.Location(name, 1, 1),
                                 f"a goals file must be a mapping of keys (organization, goals, ...), not {what}"))
        return None
    return _Read(name, doc.data, doc.where, doc.raw)


# ---------------------------------------------------------------------------
# checking against the schema

def _coerce(container, key, value, shape: Shape, raw: dict):
    """Give a string field back the text as written (``period: 2027`` is "2027")."""
    text = raw.get((id(container), key))
    if text is not None and shape.accepts(text):
        container[key] = text
        return text
    if value.__class__ is list and shape.items is not None:
        items = shape.items
        for index, element in enumerate(value):
            if not items.accepts(element):
                _coerce(value, index, element, items, raw)
    elif value.__class__ is dict and shape.fields is not None:
        _check_mapping(value, shape, raw)
    return value


def _check_mapping(item: dict, shape: Shape, raw: dict) -> bool:
    """Coerce string fields in place; True when the item fits its shape."""
    tests = shape.tests
    ok = True
    for key, value in item.items():
        test = tests.get(key)
        if test is None:
            if not key.startswith("x-"):
                ok = False
        elif not test(value):
            if not test(_coerce(item, key, value, shape.fields[key], raw)):
                ok = False
    if ok:
        for key in shape.required:
            if key not in item:
                return False
        for test in shape.rest:  # conditions beyond single fields (if/then)
            if not test(item):
                return False
    return ok


def check_file(read: _Read, errors: list[InputError]) -> bool:
    """Coerce and check a file; on any problem, let jsonschema word them all."""
    compiled = shapes()
    data, raw = read.data, read.raw
    ok = True
    for key, value in data.items():
        kind = KINDS.get(key)
        if kind is not None and value.__class__ is list:
            shape = compiled[kind[0]]
            for item in value:
                if item.__class__ is not dict or not _check_mapping(item, shape, raw):
                    ok = False
        elif key == "organization" and value.__class__ is dict:
            if not _check_mapping(value, compiled["file"].fields["organization"], raw):
                ok = False
        elif value is not None or key not in KINDS:
            field = compiled["file"].fields.get(key)
            if field is None:
                if not key.startswith("x-"):
                    ok = False
            elif not field.accepts(value):
                ok = False
    if ok:
        return True
    before = len(errors)
    for error in validation_errors(data):
        errors.extend(_explain(error, read))
    return len(errors) == before  # true only if jsonschema disagrees: then trust it


_TYPE_WORDS = {"string": "text", "boolean": "true or false", "number": "a number",
               "integer": "a whole number", "array": "a list", "object": "a mapping"}


def _describe(value) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return repr(value) if len(value) <= 60 else repr(value[:57] + "...")
    return "a list" if isinstance(value, list) else "a mapping"


_MISFIT = {"type", "enum", "pattern", "anyOf", "const"}  # the value itself is not of this option


def _explain(error, read: _Read) -> list[InputError]:
    """One jsonschema error as input errors located at the offending node."""
    if error.validator == "anyOf" and error.context:
        # When the value has the shape of exactly one option (a mapping where a
        # mapping may go) and is wrong inside it, say what is wrong inside.
        branches: dict = {}
        for sub in error.context:
            branches.setdefault(sub.schema_path[0], []).append(sub)
        fitting = [subs for subs in branches.values()
                   if not any(not sub.relative_path and sub.validator in _MISFIT for sub in subs)]
        if len(fitting) == 1:
            return [problem for sub in fitting[0] for problem in _explain(sub, read)]
    path = list(error.absolute_path)
    what = _what(path, read.data)
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        out = []
        for key in error.instance:
            if key in allowed or key.startswith("x-"):
                continue
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else f"; allowed: {', '.join(allowed)}"
            out.append(InputError(_key_location(read, path, key), f"unknown key {key!r} in {what}{hint}"))
        return out
    if error.validator == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        return [InputError(_location(read, path), f"{what} is missing required key {k!r}") for k in missing]
    field = next((p for p in reversed(path) if isinstance(p, str)), None)
    label = f"{field!r}" if field else "the file"
    if isinstance(path[-1:] and path[-1], int) and field:
        label = f"each item of {field!r}"
    if error.validator == "type":
        expected = _TYPE_WORDS.get(error.validator_value, str(error.validator_value))
    elif field == "version":
        expected = "1 (the only version of the format)"
    else:
        expected = error.schema.get("description") or error.message
    return [InputError(_location(read, path),
                       f"{label} in {what} must be {expected}, got {_describe(error.instance)}")]


def _what(path: list, data: dict) -> str:
    if len(path) >= 2 and path[0] in _SINGULAR and isinstance(path[1], int):
        item = data[path[0]][path[1]]
        noun = _SINGULAR[path[0]]
        named = f"{noun} {item['id']!r}" if isinstance(item, dict) and isinstance(item.get("id"), str) \
            else f"{noun} #{path[1] + 1}"
        return f"the inline metric of {named}" if path[2:3] == ["metric"] else named
    if path and path[0] == "organization":
        return "organization"
    return "the file"


def _node(data, path):
    for part in path:
        data = data[part]
    return data


def _location(read: _Read, path: list) -> m.Location:
    """Where the node at ``path`` starts; the file's top for the root."""
    if not path:
        mark = read.table[id(read.data)][0]
        return m.Location(read.name, mark.line + 1, mark.column + 1)
    parent = _node(read.data, path[:-1])
    entry = read.table.get(id(parent))
    mark = None
    if entry is not None:
        parts = entry[1]
        if isinstance(parts, dict):
            pair = parts.get(path[-1])
            mark = pair[1] if pair else entry[0]
        elif isinstance(path[-1], int) and path[-1] < len(parts):
            mark = parts[path[-1]]
        else:
            mark = entry[0]
    if mark is None:
        return m.Location(read.name, 1, 1)
    return m.Location(read.name, mark.line + 1, mark.column + 1)


def _key_location(read: _Read, path: list, key: str) -> m.Location:
    entry = read.table.get(id(_node(read.data, path)))
    if entry is None or key not in entry[1]:
        return _location(read, path)
    mark = entry[1][key][0]
    return m.Location(read.name, mark.line + 1, mark.column + 1)


# ---------------------------------------------------------------------------
# building the model

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


class _Builder:
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
                f"duplicate {_SINGULAR[kind]} id {item_id!r}: first defined at {first.of('id')}"))
            return False
        seen[item_id] = where
        return True

    def add_file(self, read: _Read) -> None:
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
                    extra, order, where)

    def target(self, item, where, text: str):
        """A target string: a percentage, redacted, a bound or a placeholder (reading.py)."""
        read = reading.read_target(text)
        if read is None:
            self.errors.append(InputError(
                where.of("target"),
                f"'target' in goal {item['id']!r} is not a target goalcheck can read: {text!r} (write a number, "
                "a percentage like \"85%\", a ceiling or floor like \"<= 10%\" or \"at least 40\", a "
                "placeholder like TBD, or redacted)"))
            return None, None
        if read.value == "redacted" or (read.bound is None and read.placeholder is None):
            return read.value, None
        return read.value, text

    def incentive(self, item, where, order):
        return m.Incentive(item["id"], item.get("name"), item["scope"], item.get("department"),
                           _refs(item.get("metrics")), order, where)

    def stage(self, item, where, order):
        return m.JourneyStage(item["id"], item["name"], item.get("phase"), item.get("owner"),
                              _refs(item.get("departments")), _refs(item.get("metrics")), order, where)


def load(path: str | os.PathLike, names: str | os.PathLike | None = None, selection=None) -> m.Model:
    """Read a goals file or repo into a Model, or raise InputErrors listing every problem.

    File names are relative to ``names`` when given (the path root, see
    paths.py), else to the audited folder; ``selection`` picks the goals files
    in folders (see discover).
    """
    root = Path(path)
    names = Path(names) if names is not None else None
    base, files, errors = discover(root, names, selection)
    builder = _Builder()
    reads: list[_Read] = []
    collecting = gc.isenabled()
    gc.disable()  # the reader allocates millions of objects that all live on
    try:
        for file in files:
            if names is not None:
                name = display_path(_shown(file, names))
            else:
                name = _rel(file, base) if base != file else display_path(file.name)
            read = read_file(file, name, errors)
            if read is not None and check_file(read, errors):
                reads.append(read)
        for read in reads:  # the files that passed: duplicate ids are reported in the same round
            builder.add_file(read)
    finally:
        if collecting:
            gc.enable()
    errors.extend(builder.errors)
    if not errors:
        if not builder.organizations:
            where = (display_path(_shown(root, names)) if names is not None
                     else _rel(root, base) if root != base else display_path(root.name) or ".")
            errors.append(InputError(m.Location(where, 1, 1),
                                     "no file defines 'organization' (exactly one file must)"))
        first = builder.organizations[0].where.key("organization") if builder.organizations else None
        for extra in builder.organizations[1:]:
            errors.append(InputError(extra.where.key("organization"),
                                     f"a second 'organization': the first is at {first}"))
    if errors:
        raise InputErrors(errors)
    items = builder.items
    return m.Model(builder.organizations[0], tuple(items["objectives"]), tuple(items["departments"]),
                   tuple(items["metrics"]), tuple(items["goals"]), tuple(items["incentives"]),
                   tuple(items["journey"]), str(path))
