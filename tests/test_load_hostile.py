"""The hostile table of tests/hostile_cases.py, in-process: the audit's own steps
(config, then loader) refuse each case with located errors, echoing nothing from
outside the repo; the accepted shapes load, each goals file once."""

from __future__ import annotations

import os
import re

import pytest

from goalcheck.audit import options_for, run
from goalcheck.errors import InputErrors

from .hostile_cases import ACCEPTED, CASES, remove_tree

LOCATED = re.compile(r"^[^\n:]+:\d+:\d+: \S")


def errors_of(target) -> list[str]:
    with pytest.raises(InputErrors) as caught:
        run(str(target), options_for(str(target)))
    return [str(error) for error in caught.value.errors]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_refused_in_process(tmp_path, case):
    if case.root_only_fails and os.geteuid() == 0:
        pytest.skip("root reads every file")
    target = case.make(tmp_path / "repo", tmp_path / "outside")
    errors = errors_of(target)
    text = "\n".join(errors)
    assert all(LOCATED.match(error) for error in errors), text
    for needle in case.needles:
        assert needle in text, text
    for secret in case.absent:
        assert secret not in text, text


@pytest.fixture
def tidy(tmp_path):
    """The cases' folders, removed by us: some are deeper than pytest's clean-up can go."""
    yield
    for name in ("repo", "outside"):
        if (tmp_path / name).exists():
            remove_tree(tmp_path / name)


@pytest.mark.parametrize("make", [make for _, make in ACCEPTED], ids=[name for name, _ in ACCEPTED])
def test_accepted_in_process(tmp_path, tidy, make):
    target = make(tmp_path / "repo", tmp_path / "outside")
    result = run(str(target), options_for(str(target)))
    assert result.organization == "Acme"
