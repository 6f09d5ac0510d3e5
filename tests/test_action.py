"""The GitHub Action: its bash steps, run by bash the way the runner runs them.

goalcheck's environment is faked with a wrapper around the goalcheck beside
this Python (stamped with the cache key the setup step computes), so the
install step finds it installed, as on a cache hit or a second use in a job;
the wrapper logs each call, so a test can count the audits.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
EXPRESSION = re.compile(r"\$\{\{\s*(inputs|steps)\.([a-z0-9-]+)(?:\.outputs\.([a-z0-9-]+))?\s*\}\}")

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")


def step(step_id: str | None = None, name: str | None = None) -> dict:
    return next(s for s in ACTION["runs"]["steps"] if (step_id and s.get("id") == step_id) or s.get("name") == name)


def run_step(spec: dict, tmp_path: Path, inputs: dict, outputs: dict) -> tuple[int, str, dict]:
    """Run one step's script with its env resolved as the runner resolves it."""
    def resolve(value: str) -> str:
        def one(match):
            kind, first, output = match.groups()
            return inputs[first] if kind == "inputs" else outputs.get(first, {}).get(output, "")
        return EXPRESSION.sub(one, str(value))

    env = {key: resolve(value) for key, value in spec.get("env", {}).items()}
    github_output = tmp_path / f"output-{spec.get('id') or 'step'}"
    github_output.write_text("")
    env.update({"GITHUB_OUTPUT": str(github_output), "GITHUB_PATH": str(tmp_path / "github-path"),
                "RUNNER_TEMP": str(tmp_path / "runner-temp"), "RUNNER_OS": "Linux", "RUNNER_ARCH": "X64",
                "GITHUB_ACTION_PATH": str(ROOT), "PATH": os.environ["PATH"], "NO_COLOR": "1"})
    done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", spec["run"]],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    written = dict(line.split("=", 1) for line in github_output.read_text().splitlines() if "=" in line)
    return done.returncode, done.stdout + done.stderr, written


def run_action(tmp_path: Path, **given: str) -> tuple[int, str, dict, list[str]]:
    """Prepare, install (a hit: the fake environment) and audit; the audit step's code, log, outputs, calls."""
    inputs = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    inputs.update(given)
    (tmp_path / "runner-temp").mkdir(exist_ok=True)
    (tmp_path / "github-path").write_text("")
    outputs: dict = {}
    code, log, outputs["setup"] = run_step(step("setup"), tmp_path, inputs, outputs)
    assert code == 0, log
    venv = Path(outputs["setup"]["venv"])
    calls = tmp_path / "calls"
    (venv / "bin").mkdir(parents=True, exist_ok=True)
    real = Path(sys.executable).parent / "goalcheck"
    wrapper = venv / "bin" / "goalcheck"
    wrapper.write_text(f'#!/bin/bash\necho "$*" >> "{calls}"\nexec "{real}" "$@"\n')
    wrapper.chmod(0o755)
    (venv / ".goalcheck-key").write_text(outputs["setup"]["key"])
    code, install_log, _ = run_step(step(name="Install goalcheck"), tmp_path, inputs, outputs)
    assert code == 0 and "installed already" in install_log, install_log
    calls.write_text("")
    code, log, outputs["audit"] = run_step(step("audit"), tmp_path, inputs, outputs)
    assert (tmp_path / "github-path").read_text() == "", "the job's PATH is left alone"
    return code, log, outputs["audit"], [line for line in calls.read_text().splitlines() if line]


@pytest.fixture(autouse=True)
def goalcheck_installed():
    if not (Path(sys.executable).parent / "goalcheck").exists():
        pytest.skip("the goalcheck command is not installed beside this Python")


def test_every_input_the_steps_use_is_declared_and_nothing_touches_path():
    declared = set(ACTION["inputs"])
    text = (ROOT / "action.yml").read_text(encoding="utf-8")
    used = set(re.findall(r"\binputs\.([a-z][a-z0-9-]*)", text))
    assert used <= declared and step("audit")["shell"] == "bash"
    assert "GITHUB_PATH" not in text and "GITHUB_ENV" not in text


def test_a_failing_audit_annotates_reports_and_hands_its_exit_code_to_the_gate(tmp_path):
    code, out, outputs, calls = run_action(tmp_path, path="sample_orgs/brightline-telecom.yaml",
                                           **{"as-of": "2026-12-01"})
    assert code == 0, "the audit step itself succeeds; the gate step fails the job"
    assert outputs == {"exit-code": "1"} and len(calls) == 1
    assert out.startswith("::error file=sample_orgs/brightline-telecom.yaml,line=")
    assert out.rstrip().splitlines()[-1].startswith("goalcheck: score ")


def test_one_audit_writes_the_log_and_every_report_asked_for(tmp_path):
    junit, markdown = tmp_path / "goalcheck.xml", tmp_path / "comment.md"
    code, out, outputs, calls = run_action(tmp_path, path="sample_orgs/meridian-software",
                                           **{"as-of": "2026-12-01", "fail-on": "never", "upload-sarif": "true",
                                              "junit-file": str(junit), "markdown-file": str(markdown)})
    assert code == 0 and outputs["exit-code"] == "0"
    assert len(calls) == 1, f"one audit, not one per format: {calls}"
    sarif = Path(outputs["sarif-file"])
    assert sarif.is_file() and '"version": "2.1.0"' in sarif.read_text(encoding="utf-8")
    assert junit.read_text(encoding="utf-8").startswith('<?xml version="1.0"')
    assert markdown.read_text(encoding="utf-8").startswith("### goalcheck")


def test_with_diff_the_sarif_still_lists_every_finding(tmp_path):
    if shutil.which("git") is None or subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"],
                                                     capture_output=True).returncode != 0:
        pytest.skip("needs the repository's git history")
    code, _, outputs, calls = run_action(tmp_path, path="sample_orgs/meridian-software", diff="HEAD",
                                         **{"as-of": "2026-12-01", "upload-sarif": "true"})
    assert outputs["exit-code"] == "0" and len(calls) == 1, "nothing is new since HEAD"
    text = Path(outputs["sarif-file"]).read_text(encoding="utf-8")
    assert '"baselineState": "unchanged"' in text and '"baselineState": "new"' not in text


def test_an_input_error_is_exit_code_2_and_no_sarif(tmp_path):
    code, _, outputs, _ = run_action(tmp_path, path="no/such/folder", **{"upload-sarif": "true"})
    assert code == 0 and outputs == {"exit-code": "2"}


def test_inputs_cannot_inject_shell(tmp_path):
    marker = tmp_path / "pwned"
    code, _, outputs, _ = run_action(tmp_path, path=f"x; touch {marker}", diff=f"$(touch {marker})")
    assert not marker.exists() and outputs["exit-code"] == "2"


def test_the_cache_key_follows_the_sources_and_the_package(tmp_path):
    inputs = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    (tmp_path / "runner-temp").mkdir()
    first = run_step(step("setup"), tmp_path, inputs, {})[2]["key"]
    assert first == run_step(step("setup"), tmp_path, inputs, {})[2]["key"]
    other = run_step(step("setup"), tmp_path, {**inputs, "package": "goalcheck==1.0.0"}, {})[2]["key"]
    assert first.startswith("goalcheck-Linux-X64-") and other != first
