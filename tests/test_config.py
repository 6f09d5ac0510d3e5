"""The team's config: select/ignore, severities, per-path ignores, parameters,
gates and vocabulary; command-line options win; bad config is exit 2 with its line."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from goalcheck.cli import main

GOALS = """\
organization: {name: Acme, strategy: Be the easiest company to do business with.}
departments:
  - {id: support, name: Support, customer_facing: true}
metrics:
  - {id: aht, name: Average handle time}
  - {id: care, name: Kennel minutes}
goals:
  - {id: cut-aht, title: Cut handle time, owner: support, metric: aht, baseline: 400, target: 300}
  - {id: cut-care, title: Fewer kennel minutes, owner: support, metric: care, baseline: 10, target: 8}
"""


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)  # outside git, file names are relative to the current folder
    (tmp_path / "goals.yaml").write_text(GOALS)
    return tmp_path


def audit_json(capsys, *args):
    code = main(["audit", *map(str, args), "-f", "json", "--as-of", "2026-12-01"])
    captured = capsys.readouterr()
    return code, (json.loads(captured.out) if captured.out else None), captured.err


def rules_of(report):
    return {(f["rule"], f["subject"]) for f in report["findings"]}


def write_config(repo: Path, text: str) -> None:
    (repo / ".goalcheck.yaml").write_text(textwrap.dedent(text))


def test_select_ignore_and_severity_from_config(capsys, repo):
    write_config(repo, """\
        select: [GC3, GC6]
        ignore: [GC302]
        severity: {cost-cut-without-cx-guardrail: low}
        """)
    code, report, _ = audit_json(capsys, repo)
    found = {f["rule"] for f in report["findings"]}
    assert "GC301" in found and "GC302" not in found and "GC101" not in found
    assert {f["severity"] for f in report["findings"] if f["rule"] == "GC301"} == {"low"}


def test_command_line_wins_over_config(capsys, repo):
    write_config(repo, "ignore: [GC301]\nfail-on: never\n")
    code, report, _ = audit_json(capsys, repo, "--select", "GC301")
    assert {f["rule"] for f in report["findings"]} == {"GC301"}
    assert code == 0  # fail-on never from the config
    code, report, _ = audit_json(capsys, repo, "--select", "GC301", "--fail-on", "high")
    assert code == 1


def test_team_vocabulary_extends_inference_with_provenance(capsys, repo):
    code, report, _ = audit_json(capsys, repo)
    assert ("GC301", "cut-care") not in rules_of(report)
    write_config(repo, """\
        vocabulary:
          metrics:
            - words: [kennel minutes]
              kind: cost
        """)
    code, report, _ = audit_json(capsys, repo)
    finding = next(f for f in report["findings"] if (f["rule"], f["subject"]) == ("GC301", "cut-care"))
    assert any("kennel minutes" in fact and "from .goalcheck.yaml" in fact for fact in finding["inferred"])


def test_pyproject_tool_section(capsys, repo):
    (repo / "pyproject.toml").write_text('[tool.goalcheck]\nignore = ["GC3"]\n')
    code, report, _ = audit_json(capsys, repo)
    assert not any(f["rule"].startswith("GC3") for f in report["findings"])


def test_per_path_ignores(capsys, repo):
    (repo / "legacy").mkdir()
    (repo / "legacy" / "old.yaml").write_text(
        "goals:\n  - {id: old, title: Old goal, owner: support, metric: aht, baseline: 500, target: 400}\n")
    write_config(repo, 'per-path-ignores:\n  "legacy/*": [GC3, GC1]\n')
    code, report, _ = audit_json(capsys, repo)
    assert not any(f["file"].startswith("legacy/") and f["rule"][:3] in ("GC3", "GC1")
                   for f in report["findings"])
    assert any(f["file"] == "goals.yaml" and f["rule"] == "GC301" for f in report["findings"])


def test_rule_parameter(capsys, repo):
    (repo / "goals.yaml").write_text(GOALS + "  - {id: old, title: t, owner: support, due: 2026-11-20}\n")
    code, report, _ = audit_json(capsys, repo, "--select", "GC604")
    assert ("GC604", "old") in rules_of(report)
    write_config(repo, "params: {GC604: {grace-days: 30}}\n")
    code, report, _ = audit_json(capsys, repo, "--select", "GC604")
    assert ("GC604", "old") not in rules_of(report)


@pytest.mark.parametrize("text,expected", [
    ("selct: [GC3]\n", ".goalcheck.yaml:1:1: unknown key 'selct'"),
    ("fail-on: sometimes\n", ".goalcheck.yaml:1:10: 'fail-on' must be high, medium, low or never"),
    ("select:\n  - GC301\n  - GC999\n", ".goalcheck.yaml:3:5: unknown rule 'GC999'"),
    ("severity: {GC301: urgent}\n", ".goalcheck.yaml:1:19: 'severity.GC301' must be high, medium or low"),
    ("ignore: [GC001]\n", ".goalcheck.yaml:1:9: GC001 cannot be disabled"),
    ("params: {GC604: {grace-days: -1}}\n", "'params.GC604.grace-days' must be"),
])
def test_bad_config_is_exit_2_with_its_line(capsys, repo, text, expected):
    (repo / ".goalcheck.yaml").write_text(text)
    code, report, err = audit_json(capsys, repo)
    assert code == 2 and expected in err and "Traceback" not in err


def test_every_unknown_key_is_named_at_its_line_in_one_round(capsys, repo):
    (repo / ".goalcheck.yaml").write_text("rules: {GC301: off}\nfail-under: 50\nfail_undr: 50\n")
    code, report, err = audit_json(capsys, repo)
    assert code == 2
    assert ".goalcheck.yaml:1:1: unknown key 'rules'" in err
    assert ".goalcheck.yaml:3:1: unknown key 'fail_undr' in the config (did you mean 'fail-under'?)" in err


def test_every_unknown_key_of_a_pyproject_section_is_named(capsys, repo):
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.goalcheck]\nselct = ["GC3"]\nfail_undr = 5\n')
    code, report, err = audit_json(capsys, repo)
    assert code == 2 and "pyproject.toml:5:1: unknown key 'selct'" in err and "pyproject.toml:6:1: unknown key 'fail_undr'" in err


def test_config_errors_and_goals_file_errors_come_in_one_round(capsys, repo):
    (repo / "goals.yaml").write_text(GOALS + "  - {id: g1, title: t, owner: support, colour: red}\n")
    write_config(repo, "select: [GC999]\nfail_undr: 50\n")
    code, report, err = audit_json(capsys, repo)
    assert code == 2 and "Traceback" not in err
    assert ".goalcheck.yaml:1:10: unknown rule 'GC999'" in err
    assert ".goalcheck.yaml:2:1: unknown key 'fail_undr'" in err
    assert "goals.yaml:" in err and "unknown key 'colour'" in err
    assert "3 input errors" in err


def test_a_wrong_key_that_decides_which_files_are_read_stops_before_the_goals(capsys, repo):
    (repo / "goals.yaml").write_text(GOALS + "  - {id: g1, title: t, owner: support, colour: red}\n")
    write_config(repo, "exclude: 5\n")
    code, report, err = audit_json(capsys, repo)
    assert code == 2 and "'exclude' must be a list" in err and "colour" not in err


def test_config_errors_alone_still_stop_the_audit(capsys, repo):
    write_config(repo, "fail_undr: 50\n")
    code, report, err = audit_json(capsys, repo)
    assert code == 2 and report is None and "unknown key 'fail_undr'" in err


def test_bad_pyproject_config_names_the_line(capsys, repo):
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.goalcheck]\nfail-under = "high"\n')
    code, report, err = audit_json(capsys, repo)
    assert code == 2 and "pyproject.toml:5:1: 'fail-under' must be" in err


def test_explicit_config_file_wins(capsys, repo, tmp_path_factory):
    write_config(repo, "ignore: [GC301]\n")
    other = tmp_path_factory.mktemp("cfg") / "strict.yaml"
    other.write_text("select: [GC301]\n")
    code, report, _ = audit_json(capsys, repo, "--config", other)
    assert {f["rule"] for f in report["findings"]} == {"GC301"}


def test_rules_shows_what_is_enabled(capsys, repo):
    write_config(repo, "ignore: [GC6]\nseverity: {GC301: medium}\n")
    main(["rules", str(repo)])
    out = capsys.readouterr().out
    line601 = next(line for line in out.splitlines() if line.startswith("GC601"))
    line301 = next(line for line in out.splitlines() if line.startswith("GC301"))
    assert " no " in line601 and " medium " in line301 and " yes " in line301
