"""The pre-commit hook, installed and run by pre-commit itself, from the
README's recipe as written (``rev:`` the release tag) with the repository
swapped for a local one.

pre-commit installs a hook from a git repository at a commit, so the test
copies what a release holds (package, catalogue, metadata, hook definition)
into a repository of its own and points a goals repo's config at it. The
environment pre-commit builds (a virtualenv with goalcheck installed) is kept
in pytest's cache and reused while the sources stay the same: the commit is
made with fixed dates, so the same sources give the same commit. Test runs in
the same tree take turns on that cache (a file lock); without fcntl or
pytest's cache, each run builds its own environment.
"""

from __future__ import annotations

import importlib.util
import os
import re
from contextlib import nullcontext
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

try:
    import fcntl
except ImportError:  # not POSIX
    fcntl = None

ROOT = Path(__file__).resolve().parent.parent
RELEASED = ("goalcheck", "rules", "pyproject.toml", "README.md", ".pre-commit-hooks.yaml")
FIXED_DATE = "2026-01-01T00:00:00+00:00"
TAG = "v" + re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M).group(1)

pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None,
                       reason="pre-commit is not installed (pip install -e '.[test]' brings it)"),
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]

CLEAN = """\
organization: {name: Example Co}
departments:
  - {id: support, name: Customer Support, customer_facing: true}
goals:
  - {id: fcr, title: Solve problems on the first contact, owner: support, metric: {name: First contact resolution},
     baseline: 70, target: 80, due: 2027-06-30, initiatives: [Fix the top five causes of repeat contacts]}
"""
CUT = """\
  - {id: cut-aht, title: Cut handle time, owner: support, metric: {name: Average handle time},
     baseline: 420, target: 300, due: 2027-06-30, initiatives: [Shorter scripts]}
"""


def git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_DATE": FIXED_DATE, "GIT_COMMITTER_DATE": FIXED_DATE,
           "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull}
    done = subprocess.run(["git", "-c", "user.name=goalcheck tests", "-c", "user.email=tests@example.invalid",
                           "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
                          cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def pre_commit(cwd: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_CONFIG_GLOBAL": os.devnull, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def hook_repo(pytestconfig, tmp_path_factory):
    """A repository holding goalcheck as released, its commit, and pre-commit's home."""
    shared = getattr(pytestconfig, "cache", None)  # None under -p no:cacheprovider
    if fcntl is None or shared is None:
        cache, turn = tmp_path_factory.mktemp("goalcheck-pre-commit"), nullcontext()
    else:
        cache = shared.mkdir("goalcheck-pre-commit")
        turn = open(cache / "lock", "w")
        fcntl.flock(turn, fcntl.LOCK_EX)
    with turn:
        repo = cache / "hook-repo"
        shutil.rmtree(repo, ignore_errors=True)
        repo.mkdir()
        for name in RELEASED:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            else:
                shutil.copy2(source, repo / name)
        git(repo, "init", "-q")
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", "goalcheck as released")
        commit = git(repo, "rev-parse", "HEAD")
        git(repo, "tag", TAG)  # the release tag the README's recipe names (lightweight: no date in it)
        home = cache / "home"
        stamp = cache / "commit"
        if not stamp.is_file() or stamp.read_text() != commit:  # other sources: their environment is stale
            shutil.rmtree(home, ignore_errors=True)
            stamp.write_text(commit)
        yield repo, commit, home


def test_the_hook_definition_is_valid():
    done = subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest",
                           str(ROOT / ".pre-commit-hooks.yaml")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_pre_commit_runs_the_hook_and_it_gates_the_commit(tmp_path, hook_repo):
    repo, commit, home = hook_repo
    goals = tmp_path / "goals-repo"
    (goals / "goals").mkdir(parents=True)
    (goals / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {TAG}\n    hooks:\n"
        "      - id: goalcheck\n        args: [goals/, --as-of, '2026-12-01']\n", encoding="utf-8")
    (goals / "README.md").write_text("Our goals.\n", encoding="utf-8")
    org = goals / "goals" / "org.yaml"
    org.write_text(CLEAN, encoding="utf-8")
    git(goals, "init", "-q")
    git(goals, "add", "-A")

    passed = pre_commit(goals, home, "run", "--all-files")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "goalcheck" in passed.stdout and "Passed" in passed.stdout

    org.write_text(CLEAN + CUT, encoding="utf-8")
    git(goals, "add", "-A")
    failed = pre_commit(goals, home, "run", "--all-files")
    assert failed.returncode == 1 and "Failed" in failed.stdout
    findings = [line for line in failed.stdout.splitlines() if line.startswith("goals/org.yaml:")]
    assert any(line.startswith("goals/org.yaml:7:5: GC301 [high] goal 'cut-aht' pushes") for line in findings)
    assert "goalcheck: 1 high" in failed.stdout and "failed (fail-on high)" in failed.stdout
    assert len(failed.stdout.splitlines()) < 12, "one line per finding, not the full report"

    unrelated = pre_commit(goals, home, "run", "--files", "README.md")
    assert unrelated.returncode == 0 and "Skipped" in unrelated.stdout, "no goals file changed: nothing to audit"
