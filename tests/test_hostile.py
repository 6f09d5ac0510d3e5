"""Hostile and broken input, run as the user runs it: the command line
(`cli.main`, what `goalcheck audit PATH --output FILE` runs), in-process.

Each case of tests/hostile_cases.py must end with exit 2 and
`file:line:column: message` on stderr, no traceback and no internal error,
nothing written (the --output file is never created), nothing from outside the
repo echoed. Nothing here is timed (speed is benchmarks/' job): where a hostile
tree could make the walk blow up (a DAG of folder links), the test counts the
folders the walk lists and holds it to each real folder once.
The table holds the loader's refusals too: tests/test_load.py keeps what is not
hostile (locations of good input, the model built, the messages of plain mistakes).
One case runs as a whole process, to hold the same of `python -m goalcheck`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from goalcheck.cli import main

from .hostile_cases import ACCEPTED, CASES, ORG, remove_tree, write

LOCATED = re.compile(r"^[^\n:]+:\d+:\d+: \S", re.MULTILINE)


def audit(capsys, path: Path, output: Path, monkeypatch=None) -> tuple[int, str, set]:
    """Exit code, stderr and the folders the walk listed, of `goalcheck audit PATH -o OUTPUT -f json`."""
    listed: set[tuple[int, int]] = set()
    if monkeypatch is not None:
        import importlib

        discover = importlib.import_module("goalcheck.load.discover")  # the module, not load's function
        real = discover.os.scandir

        def scandir(folder):
            found = os.stat(folder)  # the folder itself, whatever path leads to it
            # a walk that lists a folder twice would list the DAG's 2**30 paths: stop it here
            assert (found.st_dev, found.st_ino) not in listed, f"{folder} listed twice"
            listed.add((found.st_dev, found.st_ino))
            return real(folder)

        monkeypatch.setattr(discover.os, "scandir", scandir)
    capsys.readouterr()
    code = main(["audit", str(path), "--output", str(output), "--format", "json"])
    if monkeypatch is not None:
        monkeypatch.undo()
    captured = capsys.readouterr()
    assert captured.out == ""
    return code, captured.err, listed


def assert_refused(code: int, err: str, output: Path, case=None) -> None:
    assert code == 2, err
    assert "Traceback" not in err and "internal error" not in err, err
    lines = err.splitlines()
    assert lines and all(LOCATED.match(line) for line in lines[:-1]), err
    assert re.fullmatch(r"goalcheck: \d+ input errors?; nothing was audited", lines[-1]), err
    assert not output.exists() and list(output.parent.iterdir()) == []
    if case is not None:
        for needle in case.needles:
            assert needle in err, err
        for secret in case.absent:
            assert secret not in err, err
        if case.count is not None:
            assert len(lines) - 1 == case.count, err


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_refused(tmp_path, capsys, case):
    if case.root_only_fails and os.geteuid() == 0:
        pytest.skip("root reads every file")
    target = case.make(tmp_path / "repo", tmp_path / "outside")
    output = tmp_path / "out" / "report.json"
    output.parent.mkdir()
    code, err, _ = audit(capsys, target, output)
    assert_refused(code, err, output, case)
    if case.check:
        case.check(tmp_path)


def test_every_problem_of_every_file_at_once_as_a_process(tmp_path):
    """The one case run as `python -m goalcheck`: the same refusal from a real process."""
    repo = tmp_path / "repo"
    write(repo, "a.yaml", ORG + "goals:\n  - {id: g, title: t}\n")
    write(repo, "b.yaml", "departments:\n  - {id: s, nmae: S}\n")
    write(repo, "c.yaml", b"x: \xff\n")
    output = tmp_path / "out" / "report.json"
    output.parent.mkdir()
    done = subprocess.run([sys.executable, "-m", "goalcheck", "audit", str(repo), "--output", str(output),
                           "--format", "json"], capture_output=True, text=True, timeout=60)
    assert done.stdout == ""
    assert_refused(done.returncode, done.stderr, output)
    assert {line.split(":")[0] for line in done.stderr.splitlines()[:-1]} == {
        f"{repo.as_posix()}/{name}" for name in ("a.yaml", "b.yaml", "c.yaml")}


# --- what is not refused ----------------------------------------------------

@pytest.fixture
def tidy(tmp_path):
    """The cases' folders, removed by us: some are deeper than pytest's clean-up can go."""
    yield
    for name in ("repo", "outside"):
        if (tmp_path / name).exists():
            remove_tree(tmp_path / name)


@pytest.mark.parametrize("make", [make for _, make in ACCEPTED], ids=[name for name, _ in ACCEPTED])
def test_accepted(tmp_path, capsys, tidy, monkeypatch, make):
    target = make(tmp_path / "repo", tmp_path / "outside")
    output = tmp_path / "report.json"
    code, err, listed = audit(capsys, target, output, monkeypatch)
    assert code in (0, 1) and output.exists(), err
    assert json.loads(output.read_text(encoding="utf-8"))["organization"] == "Acme"
    # each real folder is listed once, however many paths lead to it (2**30 in the DAG case):
    # the listing itself fails at a second one; and the walk did list the folders
    assert listed
