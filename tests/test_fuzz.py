"""Property-based tests: whatever the files hold, an audit ends in a report or in
input errors, and the report does not depend on orders that carry no meaning.

Organisations are generated as data, written as YAML (yaml.safe_dump), then
mutated as bytes for the robustness properties. The compiled schema predicates
the loader relies on are checked against jsonschema itself.
"""

from __future__ import annotations

import difflib
import tempfile
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from goalcheck.audit import Options, run
from goalcheck.errors import InputErrors
from goalcheck.load.read import MAX_LINE_BYTES, first_long_line
from goalcheck.messages import Closest
from goalcheck.schema import schema, shapes
from goalcheck.yamlread import YamlProblem, read_document

AS_OF = date(2026, 12, 1)
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

DEPARTMENTS = ["support", "sales", "success", "product", "finance", "marketing"]
# metric id -> name: each name says which way is better, so that no finding
# depends on which of two opposing goals happens to be written first
METRICS = {"aht": "Average handle time", "nps": "Net Promoter Score", "csat": "CSAT",
           "churn": "Logo churn", "arr": "ARR", "cost": "Cost per contact",
           # a count per person has no better direction (it is productivity): a count per customer has
           "calls": "Inbound calls per customer", "asa": "Average speed of answer",
           "fcr": "First contact resolution", "hours": "Weekly support hours"}
INITIATIVES = ["Fix the top billing errors", "Shorter scripts", "Publish help articles",
               "New IVR menu", "Root-cause review of reopened tickets", "Quarterly reviews"]

TITLE_WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
               "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango"]

ids = st.sampled_from
some = st.lists


@st.composite
def organisations(draw) -> dict:
    """An organisation as data: a strategy part and goals, each field present or not."""
    departments = draw(some(ids(DEPARTMENTS), min_size=1, max_size=5, unique=True))
    metrics = draw(some(ids(sorted(METRICS)), min_size=1, max_size=6, unique=True))
    unknown = ["nowhere", "typo-dept"]  # references that name nothing now and then
    objectives = [{"id": f"obj-{n}", "title": draw(ids(["Easiest to do business with", "Grow revenue",
                                                        "Reduce churn"])),
                   "measured_by": draw(some(ids(metrics), max_size=2, unique=True))}
                  for n in range(draw(st.integers(1, 4)))]
    goals = []
    for number in range(draw(st.integers(0, 14))):
        # titles that differ in words, not numbers: GC106 reads "Goal 1" and "Goal 2" as one goal
        goal = {"id": f"g{number}", "title": f"Goal {TITLE_WORDS[number % len(TITLE_WORDS)]} {number}",
                "owner": draw(ids(departments + unknown[:1]))}
        if draw(st.booleans()):
            goal["co_owners"] = draw(some(ids(departments + unknown), max_size=3, unique=True))
        if draw(st.integers(0, 5)):
            goal["supports"] = draw(some(ids([o["id"] for o in objectives] + ["obj-x"]), max_size=3,
                                         unique=True))
        if number and draw(st.integers(0, 3)) == 0:
            goal["parent"] = f"g{draw(st.integers(0, number - 1))}"  # earlier only: no loops
        if draw(st.integers(0, 6)):
            goal["metric"] = draw(ids(metrics))
        baseline = draw(st.integers(0, 500))
        if draw(st.integers(0, 5)):
            goal["baseline"] = baseline
        if draw(st.integers(0, 5)):
            goal["target"] = baseline + draw(st.sampled_from([-20, -1, 0, 1, 20]))
        if draw(st.integers(0, 6)) == 0:
            goal["direction"] = draw(ids(["increase", "decrease", "maintain"]))
        if draw(st.booleans()):
            goal["due"] = draw(ids(["2026-03-31", "2027-06-30", "2027-12-31"]))
        elif draw(st.booleans()):
            goal["period"] = draw(ids(["2027", "2026-Q2", "FY27", "2027-H1"]))
        if draw(st.integers(0, 4)) == 0:
            goal["level"] = draw(ids(["team", "individual", "org"]))
            goal["appraisal"] = draw(st.booleans())
        if draw(st.booleans()):
            goal["guardrails"] = draw(some(ids(metrics + ["ghost"]), max_size=3, unique=True))
        if draw(st.integers(0, 4)):
            goal["initiatives"] = draw(some(ids(INITIATIVES), max_size=3, unique=True))
        goals.append(goal)
    strategy = {
        "version": 1,
        "organization": {"name": "Acme", "strategy": draw(ids(["Be the easiest company to deal with",
                                                                "Grow revenue"]))},
        "objectives": objectives,
        "departments": [{"id": d, "name": d.title(), "customer_facing": draw(st.booleans())}
                        for d in departments],
        "metrics": [{"id": m, "name": METRICS[m]} for m in metrics],
        "incentives": [{"id": "bonus", "scope": draw(ids(["leadership", "individual"])),
                        "metrics": draw(some(ids(metrics), min_size=1, max_size=2, unique=True))}],
    }
    return {"strategy": strategy, "goals": goals, "files": draw(st.integers(1, 3))}


def write_repo(folder: Path, org: dict, goal_order: list[int] | None = None) -> Path:
    """The organisation as files: the strategy, and its goals spread over a few files."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "strategy.yaml").write_text(yaml.safe_dump(org["strategy"], sort_keys=False), "utf-8")
    goals = org["goals"] if goal_order is None else [org["goals"][i] for i in goal_order]
    files = org["files"]
    for number in range(files):
        part = goals[number::files]
        if part:
            text = yaml.safe_dump({"goals": part}, sort_keys=False, allow_unicode=True)
            (folder / f"goals-{number}.yaml").write_text(text, "utf-8")
    return folder


def outcome(path: Path):
    """A report, or the input errors; anything else escapes and fails the test."""
    try:
        return run(str(path), Options(as_of=AS_OF))
    except InputErrors as problem:
        assert problem.errors and all(str(error).count(":") >= 3 for error in problem.errors)
        return problem


ORDER_CHOSEN = {"GC106"}  # rules whose subject is picked by file order


def meaning(result) -> tuple:
    """What a report says, apart from where things are written (which moves with order).

    A duplicate goal (GC106) is reported on the later copy, naming the earlier: which
    copy that is moves with the order, how many findings there are does not. Every
    other finding is compared whole, message included: GC104 names a goal's first
    rivals by id, not by file order, so who is named does not move either."""
    findings = sorted((r.rule.code, r.finding.subject or "", r.finding.subject_kind,
                       r.finding.department or "", r.severity, r.message, r.fix, r.points,
                       tuple(sorted(r.finding.inferred)))
                      if r.rule.code not in ORDER_CHOSEN else (r.rule.code, "", "", "", r.severity, "", "", 0, ())
                      for r in result.findings)
    return result.score, result.grade, tuple(sorted(result.counts.items())), result.passed, findings


# --- never an uncaught exception ---------------------------------------------

SPECIAL = [b":", b"-", b"- ", b"[", b"]", b"{", b"}", b"&a", b"*a", b"!!python/object:os.system",
           b"!", b"#", b"'", b'"', b"\t", b"\n", b"  ", b"%YAML 1.2\n", b"---\n", b"|", b">",
           b"\x00", b"\xff", b"\xef\xbb\xbf", b"<<: ", b"? ", b",", b"~", b"null", b"1e400", b"2027-02-30"]


@st.composite
def mutations(draw, text: bytes) -> bytes:
    data = bytearray(text)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        what = draw(st.integers(0, 3))
        if what == 0:
            data[at:at] = draw(st.sampled_from(SPECIAL))
        elif what == 1:
            data[at:at + draw(st.integers(1, 12))] = b""
        elif what == 2 and data:
            lines = bytes(data).split(b"\n")
            line = draw(st.integers(0, len(lines) - 1))
            if draw(st.booleans()):
                lines.insert(line, lines[line])  # a duplicated line: duplicate keys and ids
            else:
                del lines[line]  # often still a good file, with a field less
            data = bytearray(b"\n".join(lines))
        else:
            data[at:at] = draw(st.binary(max_size=6))
    return bytes(data)


@FAST
@given(st.data())
def test_mutated_repos_give_a_report_or_input_errors(data):
    org = data.draw(organisations())
    with tempfile.TemporaryDirectory() as folder:
        repo = write_repo(Path(folder) / "repo", org)
        files = sorted(repo.iterdir())
        victim = data.draw(st.sampled_from(files))
        victim.write_bytes(data.draw(mutations(victim.read_bytes())))
        outcome(repo)


@FAST
@given(st.data())
def test_generated_repos_audit(data):
    org = data.draw(organisations())
    with tempfile.TemporaryDirectory() as folder:
        result = outcome(write_repo(Path(folder) / "repo", org))
        assert not isinstance(result, InputErrors), result


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(":-[]{}&*!#'\"\t\n ,?|>%@`~abcxyz019.+=\\\u00e9\ufeff\x85")),
               max_size=80))
def test_the_reader_raises_only_its_own_problem(text):
    try:
        document = read_document(text)
    except YamlProblem as problem:
        assert problem.line >= 1 and problem.column >= 1
    else:
        for problem in document.problems:
            assert problem.line >= 1 and problem.column >= 1


# --- orders that carry no meaning ------------------------------------------

UNORDERED = ("co_owners", "supports", "guardrails", "initiatives")


@FAST
@given(st.data())
def test_report_does_not_depend_on_the_order_of_unordered_lists(data):
    org = data.draw(organisations())
    shuffled = {**org, "goals": []}
    for goal in org["goals"]:
        goal = dict(goal)
        for key in UNORDERED:
            if key in goal:
                goal[key] = data.draw(st.permutations(goal[key]))
        shuffled["goals"].append(goal)
    with tempfile.TemporaryDirectory() as folder:
        first = outcome(write_repo(Path(folder) / "a", org))
        second = outcome(write_repo(Path(folder) / "b", shuffled))
    if isinstance(first, InputErrors):
        assert isinstance(second, InputErrors)
    else:
        assert meaning(first) == meaning(second)


@FAST
@given(st.data())
def test_report_does_not_depend_on_where_goals_are_written(data):
    """Goals moved between files and reordered. Opposing targets (GC104) name their
    first five rivals by id, never by file order, so a metric with more rivals than
    that reads the same (tests/test_rules.py holds a fixed case)."""
    org = data.draw(organisations())
    order = data.draw(st.permutations(range(len(org["goals"]))))
    moved = {**org, "files": data.draw(st.integers(1, 3))}
    with tempfile.TemporaryDirectory() as folder:
        first = outcome(write_repo(Path(folder) / "a", org))
        second = outcome(write_repo(Path(folder) / "b", moved, list(order)))
    if isinstance(first, InputErrors):
        assert isinstance(second, InputErrors)
    else:
        assert meaning(first) == meaning(second)


# --- the compiled schema agrees with jsonschema ---------------------------------

ITEMS = ["goal", "metric", "department", "incentive", "stage", "objective"]
VALUES = st.one_of(
    st.sampled_from(["support", "g-1", "obj.2", "Support", "a b", "", "-x", "2027-06-30", "2027-6-30",
                     "85%", " 85 % ", "8.5%", "%", "redacted", "increase", "decrease", "maintain",
                     "team", "individual", "department", "leadership", "cost", "activity",
                     "pre-sale", "post-sale", "abc\n", "true"]),
    st.text(max_size=8), st.integers(-5, 5), st.floats(allow_nan=False), st.booleans(), st.none(),
    st.lists(st.sampled_from(["support", "Support", 3, None, "x y", "a"]), max_size=3),
    st.dictionaries(st.sampled_from(["name", "id", "unit", "kind", "x-a", "nmae"]),
                    st.sampled_from(["Average handle time", "aht", 3, "cost", None]), max_size=3),
)


def fitting(sub: dict) -> st.SearchStrategy:
    """Values that fit a subschema, drawn from the schema itself."""
    if "$ref" in sub:
        return fitting(schema()["definitions"][sub["$ref"].rsplit("/", 1)[1]])
    if "enum" in sub:
        return st.sampled_from(sub["enum"])
    if "anyOf" in sub:
        return st.one_of([fitting(option) for option in sub["anyOf"]])
    kind = sub.get("type")
    if kind == "string":
        return st.from_regex(sub["pattern"]) if "pattern" in sub else st.text(max_size=6)
    if kind == "boolean":
        return st.booleans()
    if kind == "number":
        return st.integers(-5, 500) | st.floats(allow_nan=False, allow_infinity=False)
    if kind == "array":
        return st.lists(fitting(sub.get("items", {})), max_size=3)
    if kind == "object":
        fields, required = sub.get("properties", {}), sub.get("required", ())
        return st.fixed_dictionaries({key: fitting(fields[key]) for key in required},
                                     optional={key: fitting(value) for key, value in fields.items()
                                               if key not in required})
    return VALUES


@st.composite
def items(draw, kind: str) -> dict:
    """An item of a kind: mostly fitting values, and now and then a value or key that does not."""
    definition = schema()["definitions"][kind]
    fields = definition["properties"]
    keys = draw(some(st.sampled_from(sorted(fields)), max_size=7, unique=True))
    keys += draw(some(st.sampled_from(["x-custom", "colour", "titel"]), max_size=1))
    required = [key for key in definition.get("required", ()) if draw(st.integers(0, 9))]
    item = {}
    for key in dict.fromkeys(required + keys):
        fits = key in fields and draw(st.integers(0, 7))
        item[key] = draw(fitting(fields[key])) if fits else draw(VALUES)
    return item


@pytest.mark.parametrize("kind", ITEMS)
def test_compiled_schema_agrees_with_jsonschema(kind):
    validator = jsonschema.Draft7Validator({"$ref": f"#/definitions/{kind}",
                                            "definitions": schema()["definitions"]})
    accepts = shapes()[kind].accepts

    @settings(max_examples=300, deadline=None)
    @given(items(kind))
    def agree(item):
        assert accepts(item) == validator.is_valid(item), item

    agree()


# --- the long-line guard, against the obvious way to write it ---------------------

@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([0, 1, MAX_LINE_BYTES // 2 - 1, MAX_LINE_BYTES // 2, MAX_LINE_BYTES // 2 + 1,
                                 MAX_LINE_BYTES - 1, MAX_LINE_BYTES, MAX_LINE_BYTES + 1, 2 * MAX_LINE_BYTES,
                                 3 * MAX_LINE_BYTES + 7]), min_size=1, max_size=5))
def test_first_long_line_finds_what_splitting_finds(lengths):
    data = b"\n".join(b"a" * length for length in lengths)
    expected = next((number for number, line in enumerate(data.split(b"\n"), 1)
                     if len(line) > MAX_LINE_BYTES), None)
    assert first_long_line(data) == expected



# --- "did you mean": difflib's choice, without difflib's scan of every id ------------

@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abcde-12", min_size=0, max_size=9), max_size=30, unique=True),
       st.text(alphabet="abcde-12x", max_size=10))
def test_hints_pick_what_difflib_picks(known, missing):
    close = difflib.get_close_matches(missing, known, n=1, cutoff=0.6)
    assert Closest(known)(missing) == (f" (did you mean '{close[0]}'?)" if close else "")
