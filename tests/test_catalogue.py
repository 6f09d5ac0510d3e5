"""Every rule's catalogue entry is complete, and its examples behave as they say:
each `fires` example raises the rule, in a full audit and, run with its rule alone,
as exactly the one finding on the subject and line it states; each `quiet`
example does not raise it."""

from __future__ import annotations

import string

import pytest

from goalcheck import catalogue
from goalcheck.checks import REGISTRY
from goalcheck.finding import SEVERITIES

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
    assert rule.severity in SEVERITIES
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
    if example.findings == 1:
        assert found == [(code, example.subject, example.line)], example.title
    else:  # a bound at work: that many findings, the stated one among them
        assert len(found) == example.findings and (code, example.subject, example.line) in found, example.title


@pytest.mark.parametrize("code,index", QUIET)
def test_quiet_example_stays_quiet(tmp_path, code, index):
    example = RULES[code].quiet[index]
    result = audit_text(tmp_path, example.yaml)
    if example.subject is None:
        assert code not in {r.rule.code for r in result.findings}, example.title
    else:  # quiet on the goal it states (past a bound), while the rule fires on others
        assert example.line is not None and f"id: {example.subject}" in example.yaml.splitlines()[example.line - 1], \
            f"{example.title}: its line must be where goal {example.subject!r} is written"
        found = {(r.finding.subject, r.finding.location.line) for r in result.findings if r.rule.code == code}
        assert found and (example.subject, example.line) not in found, example.title
        assert example.subject not in {subject for subject, _ in found}, example.title


def test_names_are_unique():
    names = [rule.name for rule in RULES.values()]
    assert len(names) == len(set(names))


# --- rule options: declared once, in the entry -------------------------------

OPTIONS = [(code, option) for code, rule in RULES.items() for option in rule.options]


def test_the_checks_read_exactly_the_options_the_entries_declare(tmp_path, monkeypatch):
    """Each option a check reads is declared in its entry (else the default would live in
    code) and each declared option is read by its check (else it would set nothing)."""
    from goalcheck import index

    read = set()
    original = index.Context.param

    def recording(self, code, name):
        read.add((code, name))
        return original(self, code, name)

    monkeypatch.setattr(index.Context, "param", recording)
    for rule in RULES.values():
        for example in rule.fires:
            audit_text(tmp_path, example.yaml, select={rule.code})
    assert read == {(code, option.name) for code, option in OPTIONS}


def test_the_config_schema_takes_each_option_as_its_entry_declares():
    """The params part of the config's schema is made from the entries: every rule with
    options, each option with its type and bounds, its default valid, nothing else."""
    import jsonschema

    from goalcheck.config import config_schema

    params = config_schema()["properties"]["params"]
    assert set(params["properties"]) == {code for code, _ in OPTIONS}
    for code, option in OPTIONS:
        part = params["properties"][code]
        assert part["additionalProperties"] is False
        schema = part["properties"][option.name]
        assert schema["type"] == catalogue.OPTION_TYPES[option.type][0]
        assert (schema.get("minimum"), schema.get("maximum")) == (option.minimum, option.maximum)
        jsonschema.validate({"params": {code: {option.name: option.default}}}, config_schema())
    assert sum(len(part["properties"]) for part in params["properties"].values()) == len(OPTIONS)


@pytest.mark.parametrize("code,option", OPTIONS, ids=[f"{c}-{o.name}" for c, o in OPTIONS])
def test_an_option_out_of_its_range_is_a_config_error_in_its_words(tmp_path, capsys, code, option):
    from goalcheck.cli import main

    bad = option.minimum - 1 if option.minimum is not None else "text"
    (tmp_path / "goals.yaml").write_text("organization: {name: Acme}\n")
    (tmp_path / ".goalcheck.yaml").write_text(f"params:\n  {code}: {{{option.name}: {bad}}}\n")
    assert main(["audit", str(tmp_path / "goals.yaml")]) == 2
    err = capsys.readouterr().err
    assert ".goalcheck.yaml:2:" in err and f"'params.{code}.{option.name}' must be {option.expects}" in err


def test_an_entry_with_a_default_outside_its_range_is_refused(tmp_path):
    bad = {"grace": {"type": "integer", "default": -1, "minimum": 0, "doc": "d"}}
    with pytest.raises(ValueError, match="the default -1 is not a whole number, 0 or more"):
        catalogue._options(tmp_path / "GC999.yaml", bad)
    with pytest.raises(ValueError, match="type must be one of"):
        catalogue._options(tmp_path / "GC999.yaml", {"x": {"type": "list", "default": [], "doc": "d"}})
    assert catalogue._options(tmp_path / "GC999.yaml", {"on": {"type": "boolean", "default": True, "doc": "d"}})


def test_explain_prints_each_option_with_its_default(capsys):
    from goalcheck.cli import main

    for code, option in OPTIONS:
        assert main(["explain", code]) == 0
        out = capsys.readouterr().out
        assert f"  {option.name}: {option.expects}; default {option.default_text}\n    {option.doc}\n" in out
