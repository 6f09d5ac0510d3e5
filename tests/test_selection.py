"""Which YAML files are goals files (include / exclude, with CI, docs and
container files excluded by default), and the config found upward from PATH
to the repository root, as ruff and pytest find theirs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from goalcheck.cli import main
from goalcheck.selection import matches

from .test_paths import ORG


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    """A goals repo as teams keep one: goals/, docs, CI and container files at the root."""
    top = tmp_path / "repo"
    (top / ".git").mkdir(parents=True)  # a work tree, as far as finding its root goes
    (top / "goals").mkdir()
    (top / "goals" / "org.yaml").write_text(ORG, encoding="utf-8")
    (top / "mkdocs.yml").write_text("site_name: Goals\nnav: [index.md]\n", encoding="utf-8")
    (top / "docker-compose.dev.yml").write_text("services: {web: {image: nginx}}\n", encoding="utf-8")
    (top / "action.yml").write_text("name: x\nruns: {using: composite, steps: []}\n", encoding="utf-8")
    (top / ".github" / "workflows").mkdir(parents=True)
    (top / ".github" / "workflows" / "ci.yml").write_text("on: push\n", encoding="utf-8")
    (top / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    monkeypatch.chdir(top)
    return top


def run(capsys, *args):
    code = main(["audit", *map(str, args), "--as-of", "2026-12-01"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("pattern, path, folder, expected", [
    ("mkdocs.yml", "mkdocs.yml", False, True),
    ("mkdocs.yml", "docs/mkdocs.yml", False, True),
    ("mkdocs.yml", "mkdocs.yml.bak", False, False),
    ("docker-compose*.yml", "docker-compose.prod.yml", False, True),
    ("docker-compose*.yml", "compose/docker-compose.yml", False, True),
    (".github/", ".github", True, True),
    (".github/", ".github", False, False),
    ("drafts/*.yaml", "drafts/a.yaml", False, True),
    ("drafts/*.yaml", "drafts/old/a.yaml", False, False),
    ("drafts/**/*.yaml", "drafts/old/a.yaml", False, True),
    ("drafts/**/*.yaml", "drafts/a.yaml", False, True),
    ("drafts/*.yaml", "goals/drafts/a.yaml", False, False),
    ("**/drafts/*.yaml", "goals/drafts/a.yaml", False, True),
    ("goal?.yaml", "goals.yaml", False, True),
    ("goal[!s].yaml", "goals.yaml", False, False),
])
def test_globs_follow_ruffs_exclude(pattern, path, folder, expected):
    assert matches(pattern, path, folder) is expected


def test_ci_docs_and_container_yaml_beside_the_goals_are_not_goals(capsys, repo):
    code, out, err = run(capsys, ".", "-f", "json")
    assert code == 1 and err == "", err
    assert {f["file"] for f in json.loads(out)["findings"]} == {"goals/org.yaml"}


def test_verbose_says_root_config_and_what_was_left_out(capsys, repo):
    code, _, err = run(capsys, ".", "--verbose", "-q")
    lines = err.splitlines()
    assert lines[0] == f"goalcheck: path root: {repo.as_posix()} (the git work tree); file names are relative to it"
    assert lines[1].startswith("goalcheck: config: none (looked for .goalcheck.yaml and [tool.goalcheck]")
    assert "goalcheck: excluded: mkdocs.yml (matches mkdocs.yml)" in lines
    assert "goalcheck: excluded: docker-compose.dev.yml (matches docker-compose*.yml)" in lines
    assert "goalcheck: excluded: action.yml (matches action.yml)" in lines
    assert "goalcheck: excluded: .github/ (matches .github/)" in lines
    assert "goalcheck: excluded: .pre-commit-config.yaml (matches .pre-commit-config.yaml)" in lines
    assert lines[-1] == "goalcheck: 1 goals file read from folders" and code == 1


def test_include_exclude_and_extend_exclude_from_the_config(capsys, repo):
    (repo / "goals" / "drafts").mkdir()
    (repo / "goals" / "drafts" / "next.yaml").write_text("ideas: [more]\n", encoding="utf-8")
    assert run(capsys, ".")[0] == 2, "a draft that is not a goals file stops the audit"
    (repo / ".goalcheck.yaml").write_text("extend-exclude: [goals/drafts/]\n", encoding="utf-8")
    assert run(capsys, ".")[0] == 1
    (repo / ".goalcheck.yaml").write_text("exclude: [drafts/]\n", encoding="utf-8")
    code, _, err = run(capsys, ".")
    assert code == 2 and err.startswith("action.yml:1:1:"), "exclude replaces the default list"
    (repo / ".goalcheck.yaml").write_text("include: [goals/*.yaml]\n", encoding="utf-8")
    code, out, err = run(capsys, ".", "-v", "-f", "json")
    assert code == 1 and "goalcheck: 1 goals file read from folders" in err
    (repo / ".goalcheck.yaml").write_text("include: []\n", encoding="utf-8")
    code, _, err = run(capsys, ".")
    assert code == 2 and err.startswith(".goalcheck.yaml:1:")


def test_a_file_named_on_the_command_line_is_always_audited(capsys, repo):
    code, _, err = run(capsys, "mkdocs.yml")
    assert code == 2 and err.startswith("mkdocs.yml:"), "named, so read (and it is not a goals file)"


def test_config_at_the_repository_root_applies_to_a_goals_folder(capsys, repo, monkeypatch):
    (repo / ".goalcheck.yaml").write_text("ignore: [GC302]\nfail-on: never\n", encoding="utf-8")
    for where, path in ((repo, "goals"), (repo / "goals", ".")):
        monkeypatch.chdir(where)
        code, out, _ = run(capsys, path)
        assert code == 0 and "GC302" not in out and "Config: .goalcheck.yaml" in out.splitlines()[2]
        _, _, err = run(capsys, path, "-v", "-q")
        assert "goalcheck: config: .goalcheck.yaml" in err.splitlines()


def test_the_nearest_config_wins_and_pyproject_counts(capsys, repo):
    (repo / "pyproject.toml").write_text("[tool.goalcheck]\nfail-on = \"never\"\n", encoding="utf-8")
    code, out, _ = run(capsys, "goals")
    assert code == 0 and "Config: pyproject.toml" in out
    (repo / "goals" / ".goalcheck.yaml").write_text("fail-on: high\n", encoding="utf-8")
    code, out, _ = run(capsys, "goals")
    assert code == 1 and "Config: goals/.goalcheck.yaml" in out


def test_no_config_is_read_from_above_the_repository_root(capsys, repo):
    (repo.parent / ".goalcheck.yaml").write_text("fail-on: never\n", encoding="utf-8")
    code, out, err = run(capsys, "goals", "-v")
    assert code == 1 and "Config:" not in out
    assert "in goals/, ./)" in err


def test_per_path_ignores_are_relative_to_the_config_folder(capsys, repo):
    (repo / "goals" / "legacy").mkdir()
    (repo / "goals" / "legacy" / "old.yaml").write_text(
        "goals:\n  - {id: old, title: Old goal, owner: support, metric: aht, baseline: 500, target: 400,"
        " supports: [easy], due: 2027-06-30, initiatives: [x]}\n", encoding="utf-8")
    (repo / ".goalcheck.yaml").write_text('per-path-ignores:\n  "goals/legacy/*": [GC3]\n', encoding="utf-8")
    report = json.loads(run(capsys, "goals", "-f", "json")[1])
    files = {(f["file"], f["rule"]) for f in report["findings"]}
    assert ("goals/org.yaml", "GC301") in files and not any(f == "goals/legacy/old.yaml" and r.startswith("GC3")
                                                             for f, r in files)
    (repo / ".goalcheck.yaml").unlink()
    (repo / "goals" / ".goalcheck.yaml").write_text('per-path-ignores:\n  "legacy/*": [GC3]\n', encoding="utf-8")
    again = json.loads(run(capsys, "goals", "-f", "json")[1])
    assert {(f["file"], f["rule"]) for f in again["findings"]} == files
