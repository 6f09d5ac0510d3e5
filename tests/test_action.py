"""The GitHub Action: its audit step, run by bash the way the runner runs it."""

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
SAMPLES = ROOT / "sample_orgs"
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")


def step(step_id: str) -> dict:
    return next(s for s in ACTION["runs"]["steps"] if s.get("id") == step_id)


def run_audit_step(tmp_path: Path, **inputs: str) -> tuple[int, str, dict]:
    """Run the audit step's script with the inputs as the runner would pass them."""
    defaults = {name: spec.get("default", "") for name, spec in ACTION["inputs"].items()}
    values = {**defaults, **inputs}
    audit = step("audit")
    env = {key: value.replace("${{ inputs.", "").replace(" }}", "") for key, value in audit["env"].items()}
    env = {key: str(values[name]) for key, name in env.items()}
    output = tmp_path / "github-output"
    output.write_text("")
    goalcheck_bin = Path(sys.executable).parent
    env.update({"GITHUB_OUTPUT": str(output), "RUNNER_TEMP": str(tmp_path),
                "PATH": f"{goalcheck_bin}{os.pathsep}{os.environ['PATH']}", "NO_COLOR": "1"})
    done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", audit["run"]],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    outputs = dict(line.split("=", 1) for line in output.read_text().splitlines())
    return done.returncode, done.stdout, outputs


@pytest.fixture(autouse=True)
def goalcheck_on_path():
    if not (Path(sys.executable).parent / "goalcheck").exists():
        pytest.skip("the goalcheck command is not installed beside this Python")


def test_every_input_the_steps_use_is_declared():
    declared = set(ACTION["inputs"])
    text = (ROOT / "action.yml").read_text(encoding="utf-8")
    used = set(re.findall(r"\binputs\.([a-z][a-z0-9-]*)", text))
    assert used <= declared and step("audit")["shell"] == "bash"


def test_a_failing_audit_annotates_reports_and_hands_its_exit_code_to_the_gate(tmp_path):
    code, out, outputs = run_audit_step(tmp_path, path="sample_orgs/brightline-telecom.yaml",
                                        **{"as-of": "2026-12-01"})
    assert code == 0, "the audit step itself succeeds; the gate step fails the job"
    assert outputs == {"exit-code": "1"}
    assert out.startswith("::error file=sample_orgs/brightline-telecom.yaml,line=")
    assert out.rstrip().splitlines()[-1].startswith("goalcheck: score ")


def test_fail_on_never_passes_and_sarif_is_written_for_upload(tmp_path):
    code, out, outputs = run_audit_step(tmp_path, path="sample_orgs/meridian-software",
                                        **{"as-of": "2026-12-01", "fail-on": "never", "upload-sarif": "true"})
    assert code == 0 and outputs["exit-code"] == "0"
    sarif = Path(outputs["sarif-file"])
    assert sarif.is_file() and '"version": "2.1.0"' in sarif.read_text(encoding="utf-8")


def test_an_input_error_is_exit_code_2_and_no_sarif(tmp_path):
    code, _, outputs = run_audit_step(tmp_path, path="no/such/folder", **{"upload-sarif": "true"})
    assert code == 0 and outputs == {"exit-code": "2"}


def test_inputs_cannot_inject_shell(tmp_path):
    marker = tmp_path / "pwned"
    code, _, outputs = run_audit_step(tmp_path, path=f"x; touch {marker}", diff=f"$(touch {marker})")
    assert not marker.exists() and outputs["exit-code"] == "2"
