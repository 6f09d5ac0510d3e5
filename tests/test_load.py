"""The loader: every problem named at file:line:column, nothing silently lost.

Refusals of broken and hostile files (duplicate keys and ids, wrong types, tags,
aliases, nesting, encodings, links, sizes, a second organisation ...) are cases
of the one table in tests/hostile_cases.py, run by tests/test_hostile.py; here is
what the table does not hold: the model built from good input, and the loader's
own corners."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from goalcheck.load import InputErrors, load

ORG = "organization: {name: Acme}\n"


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def errors_of(path) -> list[str]:
    with pytest.raises(InputErrors) as caught:
        load(path)
    return [str(e) for e in caught.value.errors]


def test_a_good_file_loads_with_locations(tmp_path):
    path = write(tmp_path, "g.yaml", ORG + "departments:\n  - id: support\n    name: Support\n"
                 "goals:\n  - id: g1\n    title: Fewer repeat calls\n    owner: support\n")
    model = load(path)
    assert model.organization.name == "Acme"
    goal = model.goals[0]
    assert str(goal.where.of()) == "g.yaml:6:5"
    assert str(goal.where.of("owner")) == "g.yaml:8:12"


def test_strings_keep_the_text_as_written(tmp_path):
    path = write(tmp_path, "g.yaml", ORG + "departments:\n  - {id: '1.10', name: No}\n"
                 "goals:\n  - {id: g, title: 2027, owner: '1.10', period: 2027, baseline: 1.50, target: '85%'}\n")
    model = load(path)
    assert model.departments[0].name == "No"
    goal = model.goals[0]
    assert goal.title == "2027" and goal.period == "2027"
    assert goal.baseline == 1.5 and goal.target == 85.0


def test_x_keys_are_kept_not_refused(tmp_path):
    path = write(tmp_path, "g.yaml", ORG + "x-owner-email: ops@acme.test\ndepartments:\n"
                 "  - {id: s, name: S, x-cost-centre: 4410}\n")
    assert load(path).departments[0].id == "s"


def test_bad_slug(tmp_path):
    path = write(tmp_path, "g.yaml", ORG + "departments:\n  - {id: Customer Support, name: S}\n")
    [message] = errors_of(path)
    assert message.startswith("g.yaml:3:10:") and "'id'" in message


def test_missing_required_key(tmp_path):
    path = write(tmp_path, "g.yaml", ORG + "goals:\n  - id: g\n    title: t\n")
    [message] = errors_of(path)
    assert message == "g.yaml:3:5: goal 'g' is missing required key 'owner'"


def test_version_other_than_one(tmp_path):
    path = write(tmp_path, "g.yaml", "version: 2\n" + ORG)
    [message] = errors_of(path)
    assert message.startswith("g.yaml:1:10: 'version'") and "1" in message


def test_syntax_error_is_located(tmp_path):
    path = write(tmp_path, "g.yaml", "goals:\n  - id: a\n    title: x\n    owner: [\n")
    [message] = errors_of(path)
    assert message.startswith("g.yaml:5:1: YAML syntax error")


def test_hidden_files_and_folders_are_skipped(tmp_path):
    write(tmp_path, "a.yaml", ORG)
    write(tmp_path, ".goalcheck.yaml", "select: [GC3]\n")
    write(tmp_path, ".git/x.yaml", "not: [valid")
    assert load(tmp_path).organization.name == "Acme"


def test_missing_path(tmp_path):
    [message] = errors_of(tmp_path / "nope")
    assert "nope:1:1: cannot read" in message


def test_inline_metric_takes_the_goal_id(tmp_path):
    path = write(tmp_path, "g.yaml", ORG + "departments: [{id: s, name: S}]\n"
                 "goals:\n  - {id: g, title: t, owner: s, metric: {name: Average handle time}}\n")
    model = load(path)
    assert model.metrics[0].id == "g" and model.metrics[0].inline and model.goals[0].metric == "g"


def test_a_file_that_cannot_be_read_is_an_error(tmp_path, monkeypatch):
    path = write(tmp_path, "g.yaml", ORG)
    original = os.open

    def refuse(file, *args, **kwargs):
        if str(file).endswith("g.yaml"):
            raise PermissionError(13, "Permission denied")
        return original(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)  # root may read any file, so chmod cannot show it
    [message] = errors_of(path)
    assert message == "g.yaml:1:1: cannot read: permission denied"


def test_a_file_with_too_many_nodes_is_refused(tmp_path, monkeypatch):
    from goalcheck import yamlread

    monkeypatch.setattr(yamlread, "MAX_EVENTS", 100)
    path = write(tmp_path, "g.yaml", ORG + "x-blob:\n" + "".join("  - 1\n" for _ in range(200)))
    [message] = errors_of(path)
    assert message.startswith("g.yaml:") and "split it into several files" in message


def test_an_empty_list_key_holds_nothing_and_errors_inside_lists_stay_precise(tmp_path):
    path = write(tmp_path, "g.yaml", ORG + "goals:\ndepartments:\n  - {id: a, nmae: A}\n")
    messages = errors_of(path)
    assert "g.yaml:4:13: unknown key 'nmae' in department 'a' (did you mean 'name'?)" in messages
    write(tmp_path, "g.yaml", ORG + "goals:\nincentives:\n")
    assert load(path).goals == ()


def test_unknown_key_in_an_inline_metric(tmp_path):
    path = write(tmp_path, "g.yaml", ORG + "goals:\n  - {id: g, title: t, owner: a, metric: {name: AHT, knd: cost}}\n")
    [message] = errors_of(path)
    assert message == "g.yaml:3:53: unknown key 'knd' in the inline metric of goal 'g' (did you mean 'kind'?)"


def test_duplicate_ids_are_reported_with_the_other_files_errors(tmp_path):
    write(tmp_path, "a.yaml", ORG + "departments:\n  - {id: s, name: S}\n")
    write(tmp_path, "b.yaml", "departments:\n  - {id: s, name: T}\n")
    write(tmp_path, "c.yaml", "goals:\n  - {id: g, titel: t}\n")
    messages = errors_of(tmp_path)
    assert any(m.startswith("b.yaml:2:10: duplicate department id 's'") for m in messages)
    assert any(m.startswith("c.yaml:") for m in messages)
