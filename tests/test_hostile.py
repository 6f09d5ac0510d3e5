"""Hostile and broken input, run as the user runs it: a whole `goalcheck audit` process.

Each case of tests/hostile_cases.py must end with exit 2 and
`file:line:column: message` on stderr, no traceback, nothing written (the
--output file is never created), nothing from outside the repo echoed, and
quickly: the child's CPU time stays under a bound whatever the input (CPU
time, not wall time, so that a busy machine does not fail the test; a hang
still fails it, through the timeout). tests/test_load.py checks the messages
in detail; tests/test_load_hostile.py runs the same table in-process.
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from .hostile_cases import ACCEPTED, CASES, remove_tree, ORG, write

LOCATED = re.compile(r"^[^\n:]+:\d+:\d+: \S", re.MULTILINE)


def audit(path: Path, output: Path, *args: str) -> tuple[int, str, float]:
    """Exit code, stderr and CPU seconds of `python -m goalcheck audit PATH -o OUTPUT`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-m", "goalcheck", "audit", str(path), "--output", str(output),
                           "--format", "json", *args],
                          capture_output=True, text=True, timeout=60)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return done.returncode, done.stderr, cpu


def refused(tmp_path: Path, target: Path, *needles: str, absent=(), cpu_bound: float = 1.0) -> str:
    """Audit ``target``, assert that it is refused cleanly, and return stderr."""
    output = tmp_path / "out" / "report.json"
    output.parent.mkdir()
    code, err, cpu = audit(target, output)
    assert code == 2, err
    assert "Traceback" not in err, err
    assert LOCATED.search(err), err
    for needle in needles:
        assert needle in err, err
    for secret in absent:
        assert secret not in err, err
    assert not output.exists() and list(output.parent.iterdir()) == []
    assert cpu < cpu_bound, f"took {cpu:.2f} s of CPU"
    return err


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_refused(tmp_path, case):
    if case.root_only_fails and os.geteuid() == 0:
        pytest.skip("root reads every file")
    target = case.make(tmp_path / "repo", tmp_path / "outside")
    refused(tmp_path, target, *case.needles, absent=case.absent, cpu_bound=case.cpu)
    if case.check:
        case.check(tmp_path)


def test_every_problem_of_every_file_at_once(tmp_path):
    repo = tmp_path / "repo"
    write(repo, "a.yaml", ORG + "goals:\n  - {id: g, title: t}\n")
    write(repo, "b.yaml", "departments:\n  - {id: s, nmae: S}\n")
    write(repo, "c.yaml", b"x: \xff\n")
    err = refused(tmp_path, repo)
    assert {line.split(":")[0] for line in err.splitlines()[:-1]} == {f"{repo.as_posix()}/{name}" for name in
                                                                     ("a.yaml", "b.yaml", "c.yaml")}


# --- what is not refused ----------------------------------------------------

@pytest.fixture
def tidy(tmp_path):
    """The cases' folders, removed by us: some are deeper than pytest's clean-up can go."""
    yield
    for name in ("repo", "outside"):
        if (tmp_path / name).exists():
            remove_tree(tmp_path / name)


@pytest.mark.parametrize("make", [make for _, make in ACCEPTED], ids=[name for name, _ in ACCEPTED])
def test_accepted(tmp_path, tidy, make):
    target = make(tmp_path / "repo", tmp_path / "outside")
    output = tmp_path / "report.json"
    code, err, cpu = audit(target, output)
    assert code in (0, 1) and output.exists(), err
    assert cpu < 1.0, f"took {cpu:.2f} s of CPU"
