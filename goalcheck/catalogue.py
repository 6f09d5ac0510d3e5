"""The rule catalogue: what each rule says, read from one YAML file per rule.

The same text feeds `goalcheck rules`, `goalcheck explain`, the messages and
fixes of findings, and the tests that run each rule's examples.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from .messages import TYPE_WORDS
from .yamlread import read_document
EXAMPLES_AS_OF = date(2026, 12, 1)  # the date a rule's examples are audited as of (tests, explain)

# hundreds digit -> (area id, area name)
AREAS = {
    0: ("integrity", "Model integrity"),
    1: ("strategy", "Strategy linkage"),
    2: ("ownership", "Ownership"),
    3: ("cost-vs-cx", "Cost versus customer experience"),
    4: ("metrics-incentives", "Metrics and incentives"),
    5: ("journey-silos", "Silos and the customer journey"),
    6: ("hygiene", "Goal hygiene"),
}
AREA_NAMES = dict(AREAS.values())


def data_path(name: str) -> Path:
    """A file of the catalogue: inside the installed package, or the repo's rules/."""
    packaged = Path(__file__).resolve().parent / "rules" / name
    if packaged.exists():
        return packaged
    return Path(__file__).resolve().parent.parent / "rules" / name


def read_data(path: Path):
    """A file of the catalogue as plain data, read the way goals files are (YAML 1.2
    core: ``no`` stays text), by the same one-pass reader: twice as fast as
    PyYAML's constructor, and this is paid at every start."""
    return read_document(path.read_text(encoding="utf-8")).data


@dataclass(frozen=True)
class Example:
    """One example of a rule. A firing example states where its one finding points
    (``line``, and ``subject`` unless the finding is on the organisation), so the
    tests can compare the whole list of findings of the rule run alone on it; one
    that raises more (a bound shown at work) states how many (``findings``) and
    the one its title is about. A quiet example that states a ``subject`` and
    ``line`` is quiet there: the rule may fire elsewhere in it (the goal past a
    bound); one that states none raises the rule nowhere."""

    title: str
    yaml: str
    subject: str | None = None
    line: int | None = None
    findings: int = 1


# an option's type -> (the JSON Schema type, the words a config error and the docs use)
OPTION_TYPES = {kind: (kind, TYPE_WORDS[kind]) for kind in ("integer", "number", "boolean")}


@dataclass(frozen=True)
class Option:
    """A rule's parameter, declared once in its catalogue entry: the config schema,
    the check's default, `goalcheck explain` and the README's table all read it here."""

    name: str
    type: str
    default: object
    doc: str
    minimum: float | None = None
    maximum: float | None = None
    unit: str | None = None  # what the number counts ("days"), in the words

    @property
    def expects(self) -> str:
        """What a value must be, in words: 'a whole number of days, 0 to 3650'."""
        words = OPTION_TYPES[self.type][1] + (f" of {self.unit}" if self.unit else "")
        if self.minimum is not None and self.maximum is not None:
            return f"{words}, {self.minimum:g} to {self.maximum:g}"
        if self.minimum is not None:
            return f"{words}, {self.minimum:g} or more"
        if self.maximum is not None:
            return f"{words}, at most {self.maximum:g}"
        return words

    @property
    def default_text(self) -> str:
        """The default as a config would write it (YAML's true, not Python's True)."""
        value = self.default
        return str(value).lower() if isinstance(value, bool) else f"{value:g}" if isinstance(value, float) else str(value)

    def schema(self) -> dict:
        """The option's part of the config's JSON Schema."""
        out: dict = {"type": OPTION_TYPES[self.type][0], "description": self.expects}
        for key in ("minimum", "maximum"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return out


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    area: str
    severity: str
    summary: str
    message: str
    fix: str
    rationale: str
    fires: tuple[Example, ...]
    quiet: tuple[Example, ...]
    options: tuple[Option, ...] = ()  # in the order the entry declares them

    def option(self, name: str) -> Option:
        """The option called ``name``; KeyError if the entry declares none such."""
        for option in self.options:
            if option.name == name:
                return option
        raise KeyError(f"{self.code} declares no option {name!r} (rules/{self.code}.yaml, options:)")

    @property
    def area_name(self) -> str:
        return AREA_NAMES[self.area]

    @property
    def can_be_disabled(self) -> bool:
        return self.area != "integrity"


def _examples(raw) -> tuple[Example, ...]:
    return tuple(Example(item.get("title", ""), item["yaml"],
                         None if item.get("subject") is None else str(item["subject"]), item.get("line"),
                         int(item.get("findings", 1)))
                 for item in raw or ())


def _options(path: Path, raw) -> tuple[Option, ...]:
    """A rule's ``options:`` block, checked as it is read: a default outside its own
    type or range is a mistake in the catalogue, found by any run of the suite."""
    out = []
    for name, spec in (raw or {}).items():
        option = Option(name, spec["type"], spec["default"], " ".join(str(spec["doc"]).split()),
                        spec.get("minimum"), spec.get("maximum"), spec.get("unit"))
        unknown = set(spec) - {"type", "default", "doc", "minimum", "maximum", "unit"}
        if option.type not in OPTION_TYPES or unknown:
            raise ValueError(f"{path.name}: option {name!r}: type must be one of {', '.join(OPTION_TYPES)}"
                             f"{'; unknown keys ' + ', '.join(sorted(unknown)) if unknown else ''}")
        if not _fits(option, option.default):
            raise ValueError(f"{path.name}: option {name!r}: the default {option.default!r} is not {option.expects}")
        out.append(option)
    return tuple(out)


def _fits(option: Option, value) -> bool:
    if option.type == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool) or not isinstance(value, int if option.type == "integer" else (int, float)):
        return False
    return ((option.minimum is None or value >= option.minimum)
            and (option.maximum is None or value <= option.maximum))


@lru_cache(maxsize=1)
def rules() -> dict[str, Rule]:
    """Every rule by code, in code order."""
    folder = data_path("vocabulary.yaml").parent
    out: dict[str, Rule] = {}
    for path in sorted(folder.glob("GC*.yaml")):
        raw = read_data(path)
        code = raw["code"]
        area = AREAS[int(code[2])][0]
        if raw.get("area") != area:
            raise ValueError(f"{path.name}: area must be {area!r}")
        examples = raw.get("examples") or {}
        out[code] = Rule(code, raw["name"], area, raw["severity"], raw["summary"].strip(),
                         raw["message"].strip(), raw["fix"].strip(), raw["rationale"].strip(),
                         _examples(examples.get("fires")), _examples(examples.get("quiet")),
                         _options(path, raw.get("options")))
    return out


def by_name() -> dict[str, Rule]:
    return {rule.name: rule for rule in rules().values()}


def lookup(code_or_name: str) -> Rule | None:
    key = code_or_name.strip()
    return rules().get(key.upper()) or by_name().get(key.lower())


def resolve_selection(items: list[str]) -> tuple[set[str], list[str]]:
    """Codes matched by a list of codes, names or code prefixes; and the unknown items."""
    codes: set[str] = set()
    unknown = []
    for item in items:
        item = item.strip()
        if not item:
            continue
        rule = lookup(item)
        if rule is not None:
            codes.add(rule.code)
            continue
        prefix = item.upper()
        matched = {code for code in rules() if code.startswith(prefix)} if prefix.startswith("GC") else set()
        if matched:
            codes |= matched
        else:
            unknown.append(item)
    return codes, unknown
