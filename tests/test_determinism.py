"""Same input, config and --as-of: the same bytes, in every format, whatever the
hash seed, and again within one process. One child process per PYTHONHASHSEED
value runs the command line (cli.main, as `goalcheck audit` does) on every
sample and a generated repo in every format, then every report once more
after all the others; so no set or dict order can leak into the output unseen,
and no state one audit leaves behind changes the next.

The formats are read from goalcheck.report.FORMATS when the tests are collected,
so a format added later is checked without a change here.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from goalcheck.report import FORMATS

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "sample_orgs").iterdir()
                 if (p.is_dir() or p.suffix in (".yaml", ".yml")) and p.name != "import") if (ROOT / "sample_orgs").is_dir() else []
SEEDS = ("0", "4242")
INPUTS = [sample.name for sample in SAMPLES] + ["generated"]

# The child: every input in every format through the command line, stdout and stderr
# captured, and every report a second time at the end; one JSON object out.
CHILD = """
import io, json, sys
from contextlib import redirect_stderr, redirect_stdout
from goalcheck.cli import main
from goalcheck.report import FORMATS

def audit(path, fmt):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["audit", path, "--format", fmt, "--as-of", "2026-12-01"])
    return [code, out.getvalue(), err.getvalue()]

inputs = json.loads(sys.argv[1])
reports = {f"{name} {fmt}": audit(path, fmt) for name, path in inputs for fmt in sorted(FORMATS)}
reports.update({f"{name} {fmt} again": audit(path, fmt) for name, path in inputs for fmt in sorted(FORMATS)})
sys.__stdout__.write(json.dumps(reports))
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A 400-goal synthetic repo: many findings of every kind, many ties to sort."""
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("generated") / "repo"
    module.generate(folder, 400, seed=11)
    return folder


def reports_under(seed: str, inputs: list[tuple[str, str]]) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    env.pop("NO_COLOR", None)
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(inputs)], capture_output=True, env=env,
                          cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def reports(generated) -> tuple[dict, dict]:
    """The reports made under each seed (the two children run side by side)."""
    inputs = [(sample.name, str(sample)) for sample in SAMPLES] + [("generated", str(generated))]
    with ThreadPoolExecutor(len(SEEDS)) as pool:
        first, second = pool.map(lambda seed: reports_under(seed, inputs), SEEDS)
    return first, second


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("name", INPUTS)
def test_reports_are_byte_identical_across_hash_seeds(reports, name, fmt):
    first, second = reports
    code, out, err = first[f"{name} {fmt}"]
    assert code in (0, 1), err
    assert out or fmt == "concise", "an empty report"  # concise lists findings only: none, no line
    assert first[f"{name} {fmt}"] == second[f"{name} {fmt}"], f"{fmt} report of {name} differs between hash seeds"


@pytest.mark.parametrize("name", INPUTS)
def test_a_second_audit_in_the_same_process_gives_the_same_bytes(reports, name):
    for made in reports:
        for fmt in sorted(FORMATS):
            assert made[f"{name} {fmt} again"] == made[f"{name} {fmt}"], f"{name}: the {fmt} report changed on a rerun"
        assert json.loads(made[f"{name} json"][1])["passed"] is (made[f"{name} json"][0] == 0)


def _reference_json_cases(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    dense = tmp_path_factory.mktemp("dense") / "repo"
    module.generate(dense, 300, seed=5, shape="dense")
    waived = tmp_path_factory.mktemp("waived") / "goals.yaml"
    waived.write_text(
        "organization: {name: W}\ndepartments:\n  - {id: care, name: Care, customer_facing: true}\n"
        "metrics:\n  - {id: aht, name: Average handle time}\ngoals:\n"
        "  - {id: cut, title: \"Cut \\u00e9 \\\"AHT\\\"\", owner: care, metric: aht, baseline: 600, target: 480,\n"
        "     x-goalcheck: {waive: [{rule: GC301, reason: \"agreed \\u2028 in Q1\"}]}}\n", encoding="utf-8")
    return [dense, waived, *SAMPLES]


def test_the_json_report_is_written_as_json_dumps_would_write_it(tmp_path_factory):
    from datetime import date

    from goalcheck.audit import Options, run
    from goalcheck.report import json_format

    waived = 0
    for path in _reference_json_cases(tmp_path_factory):
        result = run(str(path), Options(as_of=date(2026, 12, 1)))
        assert json_format.render(result) == json_format.render_reference(result), path.name
        waived += sum(item.waived is not None for item in result.findings)
    assert waived  # the optional key is written too
