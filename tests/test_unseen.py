"""Organisations goalcheck has never seen, written in other people's words.

Each folder in ``tests/unseen/`` holds a goals repo (``org/``) and, next to it,
``expect.yaml``: the findings a reader of rules.md says must appear and the
near-misses that must stay quiet. This is how an outside judge tests us, so a
rule that only fires on our own samples fails here.

``tests/realsets/`` holds real, public OKR sets and KPI scorecards transcribed into the format
(``SOURCE.md`` says from where and every judgement call), with the same ``expect.yaml``: what a
COO would want flagged and what would be a false alarm. Their ids start with ``realsets-``.
Next to it, ``judged.yaml`` gives a verdict on every finding goalcheck gave when the set was
judged; ``scripts/judge_realsets.py`` measures against it, and this module only checks that
it is well formed.

An expectation is ``{rule, subject, department, at, xfail}``:

- ``rule``: a code (``GC301``) or an area prefix (``GC3``: any rule of the area);
- ``subject``: the finding's subject id; ``null`` for organisation-level
  findings; absent means any subject (in ``must_not_find``: none at all);
- ``department``: optionally, the department the finding must name;
- ``at``: optionally, where the finding must point, ``file:line`` (file relative to ``org/``);
- ``xfail``: the reason goalcheck gets it wrong today (strict: the test
  fails once goalcheck gets it right, so the mark is removed then).

A top-level ``max_severity: low`` (or ``medium``) says the organisation is well
aligned: no finding may be more severe. ``max_severity_xfail`` gives the reason where goalcheck gets
that wrong today (strict, like ``xfail``). A false alarm costs a linter its
credibility with the people it audits.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from goalcheck.audit import options_for, run
from goalcheck.load import load

from .conftest import AS_OF

UNSEEN = Path(__file__).resolve().parent / "unseen"
REALSETS = Path(__file__).resolve().parent / "realsets"
ORGS = sorted(p for p in UNSEEN.iterdir() if (p / "expect.yaml").is_file())
REAL = sorted(p for p in REALSETS.iterdir() if (p / "expect.yaml").is_file())
ALL = ORGS + REAL
VERDICTS = {"right", "wrong", "useless"}
_ANY = object()
SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2}
# the expectations are read when the tests are collected: with PyYAML's libyaml loader where it
# has one (the same data, an eighth of the time), not goalcheck's readers, which are under test
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _expect(folder: Path) -> dict:
    return yaml.load((folder / "expect.yaml").read_text(encoding="utf-8"), Loader=LOADER) or {}


def _label(folder: Path) -> str:
    """The test id's prefix: the folder's name, with ``realsets-`` for the real sets."""
    return f"realsets-{folder.name}" if folder.parent == REALSETS else folder.name


def _expectations():
    cases = []
    for folder in ALL:
        data = _expect(folder)
        for kind in ("must_find", "must_not_find"):
            for index, expected in enumerate(data.get(kind) or []):
                subject = expected.get("subject", _ANY)
                shown = "any" if subject is _ANY else ("org" if subject is None else subject)
                marks = ([pytest.mark.xfail(reason=expected["xfail"], strict=True)]
                         if expected.get("xfail") else [])
                cases.append(pytest.param(folder, kind, expected["rule"], subject,
                                          expected.get("department", _ANY), expected.get("at", _ANY),
                                          marks=marks,
                                          id=f"{_label(folder)}-{kind}-{expected['rule']}-{shown}-{index}"))
    return cases


@lru_cache(maxsize=None)
def _findings(folder: Path) -> tuple:
    org = str(folder / "org")
    result = run(org, options_for(org, as_of=AS_OF))  # with the set's config, as the CLI reads it
    return tuple((r.rule.code, r.finding.subject, r.finding.department,
                  f"{r.finding.location.file}:{r.finding.location.line}", r.severity)
                 for r in result.findings)


def _matching(folder, rule, subject, department, at=_ANY):
    return [f for f in _findings(folder)
            if f[0].startswith(rule)
            and (subject is _ANY or f[1] == subject)
            and (department is _ANY or f[2] == department)
            and (at is _ANY or f[3] == at)]


def test_there_are_enough_unseen_organisations():
    assert len(ORGS) >= 8


def test_there_are_real_sets():
    assert len(REAL) >= 1


def _ids(folder: Path) -> set:
    model = load(str(folder / "org"))
    return {item.id for kind in (model.goals, model.metrics, model.objectives, model.incentives,
                                 model.journey, model.departments) for item in kind}


@pytest.mark.parametrize("folder", ALL, ids=_label)
def test_expectations_name_real_subjects(folder):
    """A must_not_find on a misspelt subject would pass for nothing."""
    ids = _ids(folder)
    data = _expect(folder)
    named = {e["subject"] for kind in ("must_find", "must_not_find") for e in data.get(kind) or []
             if e.get("subject") is not None}
    assert named <= ids, f"unknown subjects: {sorted(named - ids)}"


@pytest.mark.parametrize("org,kind,rule,subject,department,at", _expectations())
def test_expectation(org, kind, rule, subject, department, at):
    hits = _matching(org, rule, subject, department, at)
    if kind == "must_find":
        same_rule = sorted({f"{f[1] or '<org>'} at {f[3]}" for f in _findings(org) if f[0].startswith(rule)})
        assert hits, f"{rule} did not fire on {subject!r}; it fired on {same_rule}"
    else:
        assert not hits, f"{rule} must stay quiet on {subject!r}, but fired: {hits}"


def _well_aligned():
    """The folders that claim a ceiling, marked xfail (strict) where ``max_severity_xfail`` says why."""
    return [pytest.param(f, id=_label(f),
                         marks=([pytest.mark.xfail(reason=_expect(f)["max_severity_xfail"], strict=True)]
                                if _expect(f).get("max_severity_xfail") else []))
            for f in ALL if _expect(f).get("max_severity")]


@pytest.mark.parametrize("folder", _well_aligned())
def test_well_aligned_organisations_stay_quiet(folder):
    ceiling = _expect(folder)["max_severity"]
    louder = [f for f in _findings(folder) if SEVERITY_RANK[f[4]] > SEVERITY_RANK[ceiling]]
    assert not louder, f"a well-aligned organisation got findings above {ceiling}: {louder}"


@pytest.mark.parametrize("folder", REAL, ids=_label)
def test_real_sets_say_where_they_come_from_and_judge_every_entry(folder):
    """A real set names its source; each judged finding has a verdict, a reason and a real subject."""
    assert (folder / "SOURCE.md").is_file()
    data = yaml.load((folder / "judged.yaml").read_text(encoding="utf-8"), Loader=LOADER) or {}
    entries = data.get("findings") or []
    ids = _ids(folder)
    keys = [(e["rule"], e.get("subject"), e.get("at"), tuple(e.get("facts") or ())) for e in entries]
    assert len(keys) == len(set(keys)), "a finding is judged twice (add `at` or `facts` to tell them apart)"
    for entry in entries:
        assert entry.get("verdict") in VERDICTS, entry
        assert str(entry.get("why") or "").strip(), entry
        assert entry.get("subject") is None or entry["subject"] in ids, entry


def _judge_script():
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "scripts" / "judge_realsets.py"
    spec = importlib.util.spec_from_file_location("judge_realsets", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_judge_script_pairs_findings_with_verdicts_once_each():
    """The measurement pairs by rule and subject (and `at` where given), each verdict once."""
    match = _judge_script().match
    found = [("GC602", "a", "g.yaml:3"), ("GC602", "a", "g.yaml:9"), ("GC201", None, "o.yaml:1"),
             ("GC105", "b", "g.yaml:12")]
    verdicts = [{"rule": "GC602", "subject": "a", "at": "g.yaml:9", "verdict": "wrong"},
                {"rule": "GC602", "subject": "a", "verdict": "useless"},
                {"rule": "GC201", "subject": None, "verdict": "right"},
                {"rule": "GC301", "subject": "c", "verdict": "wrong"}]
    pairs, unjudged, gone = match(found, verdicts)
    assert [(f[2], v["verdict"]) for f, v in pairs] == [("g.yaml:3", "useless"), ("g.yaml:9", "wrong"),
                                                        ("o.yaml:1", "right")]
    assert unjudged == [("GC105", "b", "g.yaml:12")]
    assert [v["rule"] for v in gone] == ["GC301"]


def test_judge_script_tells_findings_on_one_line_apart_by_their_facts():
    """GC204 gives one finding per partner, all on the goal's line: `facts` pairs each."""
    match = _judge_script().match
    found = [("GC204", "a", "g.yaml:3", ("sales",)), ("GC204", "a", "g.yaml:3", ("product",))]
    verdicts = [{"rule": "GC204", "subject": "a", "at": "g.yaml:3", "facts": ["product"], "verdict": "wrong"},
                {"rule": "GC204", "subject": "a", "at": "g.yaml:3", "facts": ["sales"], "verdict": "right"}]
    pairs, unjudged, gone = match(found, verdicts)
    assert [(f[3], v["verdict"]) for f, v in pairs] == [(("sales",), "right"), (("product",), "wrong")]
    assert unjudged == [] and gone == []
