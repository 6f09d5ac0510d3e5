"""Writing --output: a failure names the file asked for (never the temporary file
beside it), and SIGTERM or SIGINT leave no temporary file and exit 2 with one line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from goalcheck import files
from goalcheck.cli import Stopped, main

from .conftest import READERS, reader_env

ORG = "organization: {name: Acme}\ndepartments: [{id: s, name: S}]\ngoals:\n  - {id: g, title: T, owner: s}\n"


@pytest.fixture
def org(tmp_path) -> Path:
    path = tmp_path / "goals.yaml"
    path.write_text(ORG, encoding="utf-8")
    return path


def run(capsys, *args: str) -> tuple[int, str]:
    code = main(["audit", *map(str, args), "--as-of", "2026-12-01"])
    return code, capsys.readouterr().err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_a_full_device_is_named(capsys, org):
    code, err = run(capsys, org, "-o", "/dev/full", "-f", "json")
    assert code == 2 and err == "goalcheck: error: --output: cannot write '/dev/full': no space left on device\n"


def test_a_folder_that_is_a_file_is_named_not_the_temporary_file(capsys, tmp_path, org):
    (tmp_path / "taken").write_text("a file\n", encoding="utf-8")
    code, err = run(capsys, org, "-o", tmp_path / "taken" / "report.json")
    assert code == 2 and err.count("\n") == 1
    assert f"--output: cannot write '{tmp_path / 'taken' / 'report.json'}': not a directory" in err
    assert ".report.json." not in err  # mkstemp's name stays ours


def test_a_baseline_that_cannot_be_written_is_named(capsys, tmp_path, org):
    (tmp_path / "taken").write_text("a file\n", encoding="utf-8")
    code, err = run(capsys, org, "--write-baseline", tmp_path / "taken" / "baseline.json")
    assert code == 2 and "--write-baseline: cannot write '" in err and err.count("\n") == 1


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_while_writing_leaves_no_temporary_file(capsys, monkeypatch, tmp_path, org, number):
    out = tmp_path / "out"
    out.mkdir()

    def interrupted(stream, text):
        stream.write(text[:10])
        raise Stopped(number)  # what the handler raises when the signal comes mid-write

    monkeypatch.setattr(files, "write_text", interrupted)
    code, err = run(capsys, org, "-o", out / "report.json")
    assert code == 2 and err == f"goalcheck: stopped by {signal.Signals(number).name}; nothing was written to --output\n"
    assert list(out.iterdir()) == []


def test_the_handlers_are_put_back(capsys, org):
    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    run(capsys, org)
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)) == before


# The process itself, once with each reader (a shadow cannot follow a child process): with the
# pure-Python reader the signal lands while it reads, with the compiled one in the checks. Both
# signals go to one handler (cli._catch_signals); each is sent once, to a real process.
MID_AUDIT = list(zip([signal.SIGTERM, signal.SIGINT], READERS * 2))


@pytest.mark.parametrize(("number", "reader"), MID_AUDIT, ids=[f"{n.name}-{r}" for n, r in MID_AUDIT])
def test_a_signal_mid_audit_exits_2_with_one_line_and_writes_nothing(tmp_path, number, reader):
    """A big audit stopped part way."""
    goals = "".join(f"  - {{id: g{n}, title: Goal {n}, owner: s, target: {n}}}\n" for n in range(60_000))
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "goals.yaml").write_text(ORG + goals, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    child = subprocess.Popen([sys.executable, "-m", "goalcheck", "audit", str(repo), "-o", str(out / "r.json"),
                              "-f", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=reader_env(reader))
    time.sleep(1.5)  # started and auditing (the audit takes seconds; start-up is slower on a loaded machine)
    child.send_signal(number)
    _, err = child.communicate(timeout=60)
    if child.returncode in (0, 1):  # pragma: no cover - a machine fast enough to finish first
        pytest.skip("the audit finished before the signal")
    assert child.returncode == 2, err
    assert err.count("\n") == 1 and f"stopped by {signal.Signals(number).name}" in err, err
    assert list(out.iterdir()) == []
