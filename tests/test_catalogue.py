"""Every rule's catalogue entry is complete, and its examples behave as they say:
each `fires` example raises the rule, in a full audit and, run with its rule alone,
as exactly the one finding on the subject and line it states; each `quiet`
example does not raise it."""

from __future__ import annotations

import string

import pytest

from goalcheck import catalogue
from goalcheck.checks import REGISTRY

from .conftest import audit_text

RULES = catalogue.rules()
FIRES = [(code, i) for code, rule in RULES.items() for i in range(len(rule.fires))]
QUIET = [(code, i) for code, rule in RULES.items() for i in range(len(rule.quiet))]


def test_every_rule_has_a_check_and_every_check_a_rule():
    assert set(RULES) == set(REGISTRY)


@pytest.mark.parametrize("code", sorted(RULES))
def test_entry_is_complete(code):
    rule = RULES[code]
    assert rule.name == rule.name.lower() and " " not in rule.name
    assert rule.severity in catalogue.SEVERITIES
    assert len(rule.rationale.split()) >= 40, "rationale says why, in a paragraph"
    assert rule.fires and rule.quiet, "at least one example that fires and one near-miss"
    for template in (rule.message, rule.fix):
        names = {field for _, field, _, _ in string.Formatter().parse(template) if field}
        assert names, f"{code}: a template that names nothing cannot point at the subject"


@pytest.mark.parametrize("code,index", FIRES)
def test_fires_example_fires(tmp_path, code, index):
    example = RULES[code].fires[index]
    result = audit_text(tmp_path, example.yaml)
    assert code in {r.rule.code for r in result.findings}, example.title


@pytest.mark.parametrize("code,index", FIRES)
def test_fires_example_is_exactly_the_finding_it_states(tmp_path, code, index):
    example = RULES[code].fires[index]
    assert example.line is not None, (
        f"rules/{code}.yaml, fires example {example.title!r}: state the 'line' its finding points at"
        " (and its 'subject', the id, unless the finding is on the organisation)")
    result = audit_text(tmp_path, example.yaml, select={code})
    found = [(r.rule.code, r.finding.subject, r.finding.location.line) for r in result.findings]
    assert found == [(code, example.subject, example.line)], example.title


@pytest.mark.parametrize("code,index", QUIET)
def test_quiet_example_stays_quiet(tmp_path, code, index):
    example = RULES[code].quiet[index]
    result = audit_text(tmp_path, example.yaml)
    assert code not in {r.rule.code for r in result.findings}, example.title


def test_names_are_unique():
    names = [rule.name for rule in RULES.values()]
    assert len(names) == len(set(names))
