"""Organisations goalcheck has never seen, written in other people's words.

Each folder in ``tests/unseen/`` holds a goals repo (``org/``) and, next to it,
``expect.yaml``: the findings a reader of rules.md says must appear and the
near-misses that must stay quiet. This is how an outside judge tests us, so a
rule that only fires on our own samples fails here.

An expectation is ``{rule, subject, department, at, xfail}``:

- ``rule``: a code (``GC301``) or an area prefix (``GC3``: any rule of the area);
- ``subject``: the finding's subject id; ``null`` for organisation-level
  findings; absent means any subject (in ``must_not_find``: none at all);
- ``department``: optionally, the department the finding must name;
- ``at``: optionally, where the finding must point, ``file:line`` (file relative to ``org/``);
- ``xfail``: the reason goalcheck gets it wrong today (strict: the test
  fails once goalcheck gets it right, so the mark is removed then).

A top-level ``max_severity: low`` (or ``medium``) says the organisation is well
aligned: no finding may be more severe. A false alarm costs a linter its
credibility with the people it audits.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from goalcheck.audit import Options, run
from goalcheck.load import load

from .conftest import AS_OF

UNSEEN = Path(__file__).resolve().parent / "unseen"
ORGS = sorted(p for p in UNSEEN.iterdir() if (p / "expect.yaml").is_file())
_ANY = object()
SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2}


def _expect(folder: Path) -> dict:
    return yaml.safe_load((folder / "expect.yaml").read_text(encoding="utf-8")) or {}


def _expectations():
    cases = []
    for folder in ORGS:
        data = _expect(folder)
        for kind in ("must_find", "must_not_find"):
            for index, expected in enumerate(data.get(kind) or []):
                subject = expected.get("subject", _ANY)
                shown = "any" if subject is _ANY else ("org" if subject is None else subject)
                marks = ([pytest.mark.xfail(reason=expected["xfail"], strict=True)]
                         if expected.get("xfail") else [])
                cases.append(pytest.param(folder.name, kind, expected["rule"], subject,
                                          expected.get("department", _ANY), expected.get("at", _ANY),
                                          marks=marks,
                                          id=f"{folder.name}-{kind}-{expected['rule']}-{shown}-{index}"))
    return cases


@lru_cache(maxsize=None)
def _findings(name: str) -> tuple:
    result = run(str(UNSEEN / name / "org"), Options(as_of=AS_OF))
    return tuple((r.rule.code, r.finding.subject, r.finding.department,
                  f"{r.finding.location.file}:{r.finding.location.line}", r.severity)
                 for r in result.findings)


def _matching(name, rule, subject, department, at=_ANY):
    return [f for f in _findings(name)
            if f[0].startswith(rule)
            and (subject is _ANY or f[1] == subject)
            and (department is _ANY or f[2] == department)
            and (at is _ANY or f[3] == at)]


def test_there_are_enough_unseen_organisations():
    assert len(ORGS) >= 8


@pytest.mark.parametrize("folder", ORGS, ids=lambda p: p.name)
def test_expectations_name_real_subjects(folder):
    """A must_not_find on a misspelt subject would pass for nothing."""
    model = load(str(folder / "org"))
    ids = {item.id for kind in (model.goals, model.metrics, model.objectives, model.incentives,
                                model.journey, model.departments) for item in kind}
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


@pytest.mark.parametrize("folder", [f for f in ORGS if _expect(f).get("max_severity")], ids=lambda p: p.name)
def test_well_aligned_organisations_stay_quiet(folder):
    ceiling = _expect(folder)["max_severity"]
    louder = [f for f in _findings(folder.name) if SEVERITY_RANK[f[4]] > SEVERITY_RANK[ceiling]]
    assert not louder, f"a well-aligned organisation got findings above {ceiling}: {louder}"
