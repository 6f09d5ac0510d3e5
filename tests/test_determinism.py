"""Same input, config and --as-of: the same bytes, in every format, whatever the
hash seed. Each report is made by a whole process under two PYTHONHASHSEED
values, so that no set or dict order can leak into the output unseen.

The formats are read from goalcheck.report.FORMATS when the tests are collected,
so a format added later is checked without a change here.
"""

from __future__ import annotations

import importlib.util
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


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A 400-goal synthetic repo: many findings of every kind, many ties to sort."""
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("generated") / "repo"
    module.generate(folder, 400, seed=11)
    return folder


def report(path: Path, fmt: str, seed: str) -> tuple[int, bytes, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    env.pop("NO_COLOR", None)
    done = subprocess.run([sys.executable, "-m", "goalcheck", "audit", str(path), "--format", fmt,
                           "--as-of", "2026-12-01"], capture_output=True, env=env, cwd=ROOT, timeout=120)
    return done.returncode, done.stdout, done.stderr


def same_under_both_seeds(path: Path, fmt: str) -> None:
    with ThreadPoolExecutor(len(SEEDS)) as pool:
        first, second = pool.map(lambda seed: report(path, fmt, seed), SEEDS)
    assert first[0] in (0, 1), first[2].decode()
    assert first[1] or fmt == "concise", "an empty report"  # concise lists findings only: none, no line
    assert first == second, f"{fmt} report of {path.name} differs between hash seeds"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_reports_are_byte_identical_across_hash_seeds(sample, fmt):
    same_under_both_seeds(sample, fmt)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_generated_repo_reports_are_byte_identical_across_hash_seeds(generated, fmt):
    same_under_both_seeds(generated, fmt)


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
