"""The team's configuration: `.goalcheck.yaml`, or `[tool.goalcheck]` in a
`pyproject.toml`, in the audited folder or the nearest folder above it up to
the path root (the repository root), as ruff and pytest find theirs; the
closest wins, and `--config FILE` wins over all. Globs in it (per-path-ignores,
include, exclude) are relative to its folder.

A config is small and read once, so it is checked with jsonschema against
`data/config.schema.json` directly; every problem is an input error with the
line it is on, like the goals files' own.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import catalogue
from .errors import InputError, InputErrors
from .load.discover import within
from .load.read import Read, Unreadable, read_capped
from .messages import OUTSIDE, TYPE_WORDS, Closest, describe, did_you_mean
from .model import Location
from .untrusted import display_path
from .yamlread import YamlProblem, read_document

CONFIG_FILE = ".goalcheck.yaml"


@dataclass
class Config:
    """What a config file says; None or empty where it says nothing."""

    source: str | None = None  # the file, as shown in provenance ("from .goalcheck.yaml")
    select: set[str] | None = None
    ignore: set[str] = field(default_factory=set)
    severity: dict[str, str] = field(default_factory=dict)
    per_path_ignores: list[tuple[str, set[str]]] = field(default_factory=list)
    fail_on: str | None = None
    fail_under: float | None = None
    fiscal_year_start: int = 1  # the month fiscal periods (FY27, Q3 FY27) start in
    params: dict = field(default_factory=dict)
    vocabulary: dict = field(default_factory=dict)
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] | None = None  # None: the default list
    extend_exclude: tuple[str, ...] = ()
    base: str = ""  # the config's folder as a prefix of the reports' file names ("" or "goals/")

    def ignored_here(self, file: str, code: str) -> bool:
        """Is ``code`` ignored for the goals file ``file`` (as reports name it, posix)?"""
        if self.base and file.startswith(self.base):
            file = file[len(self.base):]
        return any(code in codes and fnmatch.fnmatch(file, pattern)
                   for pattern, codes in self.per_path_ignores)

    def selection(self):
        """Which files in a folder are goals files, under this config."""
        from .selection import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, Selection

        exclude = (self.exclude if self.exclude is not None else DEFAULT_EXCLUDE) + self.extend_exclude
        return Selection(self.include or DEFAULT_INCLUDE, exclude, self.base)


@lru_cache(maxsize=1)
def config_schema() -> dict:
    """The config's JSON Schema; its ``params`` part is made from the rules' declared
    options (rules/GCxxx.yaml), so a rule's option has one source of truth."""
    schema = json.loads((Path(__file__).resolve().parent / "data" / "config.schema.json").read_text(encoding="utf-8"))
    schema["properties"]["params"]["properties"] = {
        rule.code: {"type": "object", "additionalProperties": False,
                    "properties": {option.name: option.schema() for option in rule.options}}
        for rule in catalogue.rules().values() if rule.options}
    return schema


def find(path: str, explicit: str | None, stop: str | os.PathLike | None = None) -> Path | None:
    """The config file that applies to an audit of ``path``, if any.

    Looked for in PATH's folder, then each folder above it up to ``stop`` (the
    path root) when PATH is inside it; in each, ``.goalcheck.yaml`` before a
    ``pyproject.toml`` with a ``[tool.goalcheck]`` section.
    """
    if explicit:
        return Path(explicit)
    for folder in searched(path, stop):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return _confined(candidate, folder)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _confined(pyproject, folder) and _has_tool_section(pyproject):
            return pyproject
    return None


def searched(path: str, stop: str | os.PathLike | None = None) -> list[Path]:
    """The folders a config is looked for in, nearest first."""
    start = Path(path) if Path(path).is_dir() else Path(path).parent
    if stop is None:
        return [start]
    folder, top = Path(os.path.abspath(start)), Path(os.path.abspath(stop))
    if folder != top and top not in folder.parents:
        return [start]
    out = [folder]
    while folder != top:
        folder = folder.parent
        out.append(folder)
    return out


def _confined(found: Path, folder: Path) -> Path:
    """A config found in the goals folder, which a pull request controls: one that links
    outside it is refused unread, as goals files are (an explicit --config is the job's)."""
    if not within(os.path.realpath(found), os.path.realpath(folder)):
        raise InputErrors([InputError(Location(display_path(found.as_posix()), 1, 1), OUTSIDE)])
    return found


def _has_tool_section(path: Path) -> bool:
    try:
        return re.search(r"^\s*\[tool\.goalcheck[\].]", path.read_text("utf-8"), re.M) is not None
    except (OSError, UnicodeDecodeError):
        return False


# the keys that decide which files are read: with one of them wrong, nothing can be loaded
DISCOVERY = frozenset({"include", "exclude", "extend-exclude"})


def read_config(path: Path, shown: str | None = None) -> tuple[Config, list[InputError]]:
    """Read and check a config file: the config built from the keys that are right, and
    an InputError naming the line of each problem, so that the goals files' errors can
    be reported in the same round. Raises InputErrors where nothing can be built: the
    file cannot be read, or a key that decides which files are read is wrong.

    ``shown``: the file's name in messages (relative to the path root); default as given.
    """
    name = display_path(shown or path.as_posix())
    try:
        text = read_capped(path).decode("utf-8-sig")
    except (Unreadable, UnicodeDecodeError) as problem:
        reason = str(problem).removeprefix("cannot read: ") if isinstance(problem, Unreadable) else "not UTF-8"
        raise InputErrors([InputError(Location(name, 1, 1), f"cannot read the config: {reason}")]) from None
    if path.name == "pyproject.toml" or path.suffix == ".toml":
        data, locate = _from_toml(text, name)
    else:
        data, locate = _from_yaml(text, name)
    errors, wrong_keys = [], set()
    for error in _schema_errors(data):
        path = list(error.absolute_path)
        if error.validator == "additionalProperties":  # each unknown key at its own line, in one round
            allowed = sorted(error.schema.get("properties", {}))
            extra = [key for key in error.instance if key not in allowed]
            errors += [InputError(locate(path, key), _unknown_key(path, key, allowed)) for key in extra]
            wrong_keys.update(extra if not path else path[:1])
        else:
            errors.append(InputError(locate(path), _message(error)))
            wrong_keys.add(path[0] if path else "")
    if "" in wrong_keys or wrong_keys & DISCOVERY:
        raise InputErrors(errors)
    config, more = _build({k: v for k, v in data.items() if k not in wrong_keys}, name, locate)
    return config, errors + more


def _from_yaml(text: str, name: str):
    try:
        doc = read_document(text)
    except YamlProblem as problem:
        raise InputErrors([InputError(Location(name, problem.line, problem.column), problem.message)]) from None
    if doc.problems:
        raise InputErrors([InputError(Location(name, p.line, p.column), p.message) for p in doc.problems])
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        raise InputErrors([InputError(Location(name, 1, 1), "the config must be a mapping of keys")])
    read = Read(name, data, doc.where, doc.raw)

    def locate(path, key=None):
        return read.key_location(path, key) if key is not None else read.location(path)
    return data, locate


def _from_toml(text: str, name: str):
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as problem:
        line = getattr(problem, "lineno", None) or 1
        column = getattr(problem, "colno", None) or 1
        raise InputErrors([InputError(Location(name, line, column),
                                      f"TOML syntax error: {problem}")]) from None
    data = document.get("tool", {}).get("goalcheck", {})
    lines = text.splitlines()
    section = next((i for i, line in enumerate(lines) if re.match(r"\s*\[tool\.goalcheck[\].]", line)), 0)

    def locate(path, key=None):
        """TOML keeps no positions: find the key's line below the section header."""
        keys = [p for p in path if isinstance(p, str)] + ([key] if key is not None else [])
        for key in reversed(keys):
            pattern = re.compile(rf"^\s*(\"{re.escape(key)}\"|{re.escape(key)})\s*=|\.{re.escape(key)}\]")
            for number in range(section, len(lines)):
                if pattern.search(lines[number]):
                    return Location(name, number + 1, 1)
        return Location(name, section + 1, 1)
    return data, locate


def _schema_errors(data):
    import jsonschema

    validator = jsonschema.Draft7Validator(config_schema())
    return sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])


def _where(path) -> str:
    return f"'{'.'.join(str(p) for p in path)}'" if path else "the config"


def _unknown_key(path, key: str, allowed: list[str]) -> str:
    return f"unknown key '{key}' in {_where(path)}{did_you_mean(key, allowed, allowed=True)}"


def _message(error) -> str:
    where = _where(list(error.absolute_path))
    if error.validator == "required":
        return f"{where} is missing required key {error.validator_value[0]!r}"
    if error.validator == "maxLength":
        return f"{where} must be text of at most {error.validator_value:,} characters, got {describe(error.instance)}"
    if error.validator == "type":
        expected = TYPE_WORDS.get(error.validator_value, str(error.validator_value))
    elif error.validator in ("minimum", "maximum", "minItems"):
        expected = error.schema.get("description") or error.message
    else:
        expected = error.schema.get("description") or error.message
    return f"{where} must be {expected}, got {describe(error.instance)}"


def _codes(items, key: str, locate, errors: list) -> set[str]:
    codes, unknown = catalogue.resolve_selection([str(i) for i in items])
    if unknown:
        hint = Closest(list(catalogue.rules()) + list(catalogue.by_name()))
    for item in unknown:
        index = [str(i) for i in items].index(item)
        errors.append(InputError(locate([key, index]), f"unknown rule {item!r}{hint(item)}"))
    return codes


def _build(data: dict, name: str, locate) -> tuple[Config, list[InputError]]:
    errors: list[InputError] = []
    config = Config(source=Path(name).name)
    if "select" in data:
        config.select = _codes(data["select"], "select", locate, errors)
    if "ignore" in data:
        config.ignore = _codes(data["ignore"], "ignore", locate, errors)
        fixed = sorted(code for code in config.ignore if not catalogue.rules()[code].can_be_disabled)
        if fixed:
            errors.append(InputError(locate(["ignore"]), f"{', '.join(fixed)} cannot be disabled"))
    for rule, severity in data.get("severity", {}).items():
        found = catalogue.lookup(rule)
        if found is None:
            errors.append(InputError(locate(["severity", rule]), f"unknown rule {rule!r}"))
        else:
            config.severity[found.code] = severity
    for pattern, items in data.get("per-path-ignores", {}).items():
        codes, unknown = catalogue.resolve_selection([str(i) for i in items])
        for item in unknown:
            errors.append(InputError(locate(["per-path-ignores", pattern]), f"unknown rule {item!r}"))
        config.per_path_ignores.append((pattern, {c for c in codes if catalogue.rules()[c].can_be_disabled}))
    config.fail_on = data.get("fail-on")
    if "fail-under" in data:
        config.fail_under = float(data["fail-under"])
    spellings = [key for key in ("fiscal_year_start", "fiscal-year-start") if key in data]
    if len(spellings) == 2:
        errors.append(InputError(locate([spellings[1]]), "fiscal_year_start is given twice (as "
                                                         "fiscal_year_start and fiscal-year-start): keep one"))
    elif spellings:
        config.fiscal_year_start = data[spellings[0]]
    config.params = {code: dict(values) for code, values in data.get("params", {}).items()}
    config.vocabulary = data.get("vocabulary", {})
    if "include" in data:
        config.include = tuple(data["include"])
    if "exclude" in data:
        config.exclude = tuple(data["exclude"])
    config.extend_exclude = tuple(data.get("extend-exclude", ()))
    return config, errors
