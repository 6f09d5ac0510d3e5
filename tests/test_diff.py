"""`audit --diff REF`: only what changed since a git ref, and the score's move."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from goalcheck.cli import main

from .test_baseline import NEW_GOAL

SAMPLES = Path(__file__).resolve().parent.parent / "sample_orgs"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", "-c", "user.name=goalcheck tests", "-c", "user.email=tests@example.invalid",
                           "-c", "commit.gpgsign=false", *args], cwd=cwd, capture_output=True, text=True,
                          check=True)
    return done.stdout


@pytest.fixture(autouse=True)
def isolated_git(monkeypatch, tmp_path):
    """Keep git away from the user's configuration and from repositories above tmp_path."""
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-gitconfig"))
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))


@pytest.fixture
def repo(tmp_path) -> Path:
    """A goals repo with two commits: the sample, then one new goal that cuts a cost with no guardrail."""
    root = tmp_path / "repo"
    shutil.copytree(SAMPLES / "meridian-software", root / "goals")
    (root / "README.md").write_text("Our goals.\n", encoding="utf-8")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "goals as agreed")
    support = root / "goals" / "support" / "goals.yaml"
    support.write_text(support.read_text(encoding="utf-8") + NEW_GOAL, encoding="utf-8")
    git(root, "commit", "-q", "-am", "support: cut handle time")
    return root


def cli(capsys, *args):
    code = main([*map(str, args), "--as-of", "2026-12-01"])
    out, err = capsys.readouterr()
    return code, out, err


def test_only_the_misalignment_a_commit_introduced_is_reported(capsys, repo):
    code, out, _ = cli(capsys, "audit", repo / "goals", "-f", "json", "--diff", "HEAD~1")
    report = json.loads(out)
    assert [(f["rule"], f["subject"]) for f in report["findings"]] == [("GC301", "cut-handle-time")]
    diff = report["diff"]
    assert diff["ref"] == "HEAD~1" and diff["new"] == 1 and diff["fixed"] == 0 and diff["known"] > 0
    assert diff["score"] == report["score"] and diff["score_before"] > diff["score"]
    assert diff["delta"] == round(diff["score"] - diff["score_before"], 1) < 0
    assert code == 1


def test_the_score_delta_is_in_the_text_report(capsys, repo):
    report = json.loads(cli(capsys, "audit", repo / "goals", "-f", "json", "--diff", "HEAD~1")[1])["diff"]
    code, out, _ = cli(capsys, "audit", repo / "goals", "--diff", "HEAD~1")
    change = f"{report['score_before']:.1f} \u2192 {report['score']:.1f} (\u2212{-report['delta']:.1f})"
    assert f"Since HEAD~1: score {change} · 1 new finding" in out


def test_nothing_new_since_the_last_commit_passes(capsys, repo):
    code, out, _ = cli(capsys, "audit", repo / "goals", "-f", "json", "--diff", "HEAD")
    report = json.loads(out)
    assert code == 0 and report["findings"] == []
    assert report["diff"]["delta"] == 0 and report["diff"]["new"] == 0
    assert report["counts"]["high"] == 0 and report["passed"] is True


def test_the_working_tree_is_compared_with_the_ref(capsys, repo):
    support = repo / "goals" / "support" / "goals.yaml"
    support.write_text(support.read_text(encoding="utf-8").replace(NEW_GOAL, ""), encoding="utf-8")
    report = json.loads(cli(capsys, "audit", repo / "goals", "-f", "json", "--diff", "HEAD")[1])
    assert report["findings"] == [] and report["diff"]["fixed"] == 1 and report["diff"]["delta"] > 0


def test_from_inside_the_goals_folder(capsys, monkeypatch, repo):
    monkeypatch.chdir(repo / "goals" / "support")
    report = json.loads(cli(capsys, "audit", "..", "-f", "json", "--diff", "HEAD~1")[1])
    assert [f["rule"] for f in report["findings"]] == ["GC301"]


def test_a_single_goals_file(capsys, tmp_path):
    root = tmp_path / "repo"
    root.mkdir()
    goals = root / "goals.yaml"
    shutil.copy(SAMPLES / "brightline-telecom.yaml", goals)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "goals")
    added = "  - {id: quarterly-sales-quota, title: Hit the quarterly sales quota, owner: care}\n"
    goals.write_text(goals.read_text(encoding="utf-8").replace("\nincentives:", added + "\nincentives:"),
                     encoding="utf-8")
    report = json.loads(cli(capsys, "audit", goals, "-f", "json", "--diff", "HEAD")[1])
    assert {f["subject"] for f in report["findings"]} == {"quarterly-sales-quota"}


def test_goals_that_did_not_exist_at_the_ref_are_all_new(capsys, repo):
    first = git(repo, "rev-list", "--max-parents=0", "HEAD").strip()
    (repo / "later").mkdir()
    shutil.copy(SAMPLES / "brightline-telecom.yaml", repo / "later" / "goals.yaml")
    code, out, _ = cli(capsys, "audit", repo / "later", "-f", "json", "--diff", first)
    report = json.loads(out)
    assert report["diff"]["score_before"] is None and report["diff"]["delta"] is None
    assert report["diff"]["new"] == len(report["findings"]) > 0 and code == 1
    code, out, _ = cli(capsys, "audit", repo / "later", "--diff", first)
    assert "no goals could be audited there, so every finding is new" in " ".join(out.split())


@pytest.mark.parametrize("ref", ["no-such-branch", "--output=/tmp/x", "HEAD~9"])
def test_an_unknown_ref_is_a_usage_error(capsys, repo, ref):
    code, out, err = cli(capsys, "audit", repo / "goals", f"--diff={ref}")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"--diff: unknown git ref {ref!r}" in err


def test_outside_a_git_repository_is_a_usage_error(capsys, tmp_path):
    goals = tmp_path / "goals.yaml"
    shutil.copy(SAMPLES / "brightline-telecom.yaml", goals)
    code, out, err = cli(capsys, "audit", goals, "--diff", "main")
    assert code == 2 and out == "" and err.count("\n") == 1 and "is not inside a git repository" in err


def test_a_missing_path_is_reported_as_missing(capsys, repo):
    code, _, err = cli(capsys, "audit", repo / "nowhere", "--diff", "HEAD")
    assert code == 2 and "nowhere:1:1: cannot read" in err
