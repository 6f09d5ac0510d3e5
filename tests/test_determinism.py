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
                 if p.is_dir() or p.suffix in (".yaml", ".yml")) if (ROOT / "sample_orgs").is_dir() else []
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
