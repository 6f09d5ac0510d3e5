"""Baselines: today's findings recorded by fingerprint; later runs list only what
is new, however the goals files were edited, reordered or split meanwhile."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from goalcheck import baseline
from goalcheck.audit import Options, run
from goalcheck.cli import main

from .conftest import AS_OF

SAMPLES = Path(__file__).resolve().parent.parent / "sample_orgs"
NEW_GOAL = """\
  - id: cut-handle-time
    title: Cut average handle time
    owner: support
    supports: [customers-stay-and-grow]
    metric: {name: Average handle time}
    baseline: 420
    target: 300
    due: 2027-06-30
    initiatives: [Fix the top five contact drivers]
"""


def cli(capsys, *args):
    code = main([*map(str, args), "--as-of", "2026-12-01"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def repo(tmp_path) -> Path:
    """A copy of a multi-file sample organisation to edit."""
    target = tmp_path / "goals"
    shutil.copytree(SAMPLES / "meridian-software", target)
    return target


def shuffle(folder: Path) -> None:
    """Edit every file the way people do without changing what it says.

    Every list is reversed, every file gains comment lines on top, and the
    support department's goals move to a file of their own.
    """
    moved = []
    for path in sorted(folder.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for key, value in data.items():
            if isinstance(value, list):
                value.reverse()
        if path.parent.name == "support":
            moved, data["goals"] = data.get("goals", []), []
        path.write_text("# reviewed in planning\n\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                        encoding="utf-8")
    (folder / "moved").mkdir()
    (folder / "moved" / "support-goals.yaml").write_text(yaml.safe_dump({"goals": moved}, sort_keys=False),
                                                         encoding="utf-8")


def test_a_baseline_is_sorted_versioned_json_with_one_entry_per_finding(tmp_path, capsys, repo):
    target = tmp_path / "baseline.json"
    code, out, err = cli(capsys, "audit", repo, "-f", "json", "--write-baseline", target)
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written["kind"] == "goalcheck-baseline" and written["version"] == 1
    entries = written["findings"]
    assert entries == sorted(entries, key=lambda e: (e["rule"], e["subject_kind"], e["subject"] or "",
                                                     e["fingerprint"]))
    full = run(str(repo), Options(as_of=AS_OF))
    assert Counter(e["fingerprint"] for e in entries) == Counter(
        baseline.fingerprint(r.finding) for r in full.active)
    assert target.read_text(encoding="utf-8") == baseline.dump(full.active)
    assert f"wrote {len(entries)} findings to the baseline" in err
    report = json.loads(out)
    assert code == 0 and report["findings"] == [] and report["baseline"]["known"] == len(entries)
    assert report["score"] == full.score, "the score still describes the whole organisation"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".baseline")] == []


def test_the_json_report_carries_the_fingerprint(capsys, repo):
    code, out, _ = cli(capsys, "audit", repo, "-f", "json")
    findings = json.loads(out)["findings"]
    full = run(str(repo), Options(as_of=AS_OF))
    assert [f["fingerprint"] for f in findings] == [baseline.fingerprint(r.finding) for r in full.findings]
    assert all(len(f["fingerprint"]) == 16 for f in findings)


def test_nothing_is_new_after_lines_move_lists_reorder_and_goals_change_files(tmp_path, capsys, repo):
    target = tmp_path / "baseline.json"
    cli(capsys, "audit", repo, "--write-baseline", target)
    before = run(str(repo), Options(as_of=AS_OF))
    shuffle(repo)
    after = run(str(repo), Options(as_of=AS_OF))
    assert {r.finding.location for r in after.active} != {r.finding.location for r in before.active}
    code, out, _ = cli(capsys, "audit", repo, "-f", "json", "--baseline", target)
    report = json.loads(out)
    assert report["findings"] == [] and code == 0
    assert report["baseline"] == {"file": str(target), "new": 0, "known": len(before.active), "fixed": 0}


def test_a_new_misalignment_is_the_only_finding_reported(tmp_path, capsys, repo, monkeypatch):
    target = tmp_path / "baseline.json"
    cli(capsys, "audit", repo, "--write-baseline", target)
    support = repo / "support" / "goals.yaml"
    support.write_text(support.read_text(encoding="utf-8") + NEW_GOAL, encoding="utf-8")
    code, out, _ = cli(capsys, "audit", repo, "-f", "json", "--baseline", target)
    report = json.loads(out)
    assert [(f["rule"], f["subject"]) for f in report["findings"]] == [("GC301", "cut-handle-time")]
    assert code == 1 and report["counts"]["high"] == 1 and report["baseline"]["new"] == 1
    monkeypatch.setenv("COLUMNS", "1000")  # a temporary path longer than a line would be cut inside it
    code, out, _ = cli(capsys, "audit", repo, "--baseline", target)
    words = " ".join(out.split())
    assert f"Against the baseline {target}: 1 new finding · {report['baseline']['known']} in the baseline" in words


def test_fixed_findings_are_counted_and_a_rewritten_baseline_forgets_them(tmp_path, capsys, repo):
    support = repo / "support" / "goals.yaml"
    original = support.read_text(encoding="utf-8")
    support.write_text(original + NEW_GOAL, encoding="utf-8")
    target = tmp_path / "baseline.json"
    cli(capsys, "audit", repo, "--write-baseline", target)
    support.write_text(original, encoding="utf-8")
    first = json.loads(cli(capsys, "audit", repo, "-f", "json", "--baseline", target)[1])
    assert first["baseline"]["fixed"] == 1 and first["baseline"]["new"] == 0
    cli(capsys, "audit", repo, "--write-baseline", target)
    second = json.loads(cli(capsys, "audit", repo, "-f", "json", "--baseline", target)[1])
    assert second["baseline"]["fixed"] == 0


def test_a_second_finding_with_the_same_fingerprint_is_new(tmp_path, capsys):
    goals = tmp_path / "goals.yaml"
    text = """\
organization: {name: Example Co}
departments:
  - {id: support, name: Customer Support}
goals:
  - {id: g, title: A goal, owner: support, co_owners: [ghost], metric: {name: Tickets solved}, target: 1,
     due: 2027-06-30, initiatives: [Do it]}
"""
    goals.write_text(text, encoding="utf-8")
    target = tmp_path / "baseline.json"
    cli(capsys, "audit", goals, "--write-baseline", target)
    goals.write_text(text.replace("[ghost]", "[ghost, ghost]"), encoding="utf-8")
    report = json.loads(cli(capsys, "audit", goals, "-f", "json", "--baseline", target)[1])
    assert [(f["rule"], f["subject"]) for f in report["findings"]] == [("GC001", "g")]


def test_different_facts_make_a_different_fingerprint(tmp_path):
    def fingerprints(missing: str):
        path = tmp_path / "goals.yaml"
        path.write_text("organization: {name: Example Co}\ngoals:\n"
                        f"  - {{id: g, title: A goal, owner: {missing}, target: 1}}\n", encoding="utf-8")
        return {baseline.fingerprint(r.finding) for r in run(str(path), Options(as_of=AS_OF)).findings
                if r.rule.code == "GC001"}
    assert fingerprints("sales") != fingerprints("support")


def test_waived_findings_stay_out_of_the_baseline(tmp_path, capsys):
    goals = tmp_path / "goals.yaml"
    goals.write_text("""\
organization: {name: Example Co}
departments:
  - {id: support, name: Customer Support}
goals:
  - id: g
    title: A goal
    owner: support
    metric: {name: Tickets solved}
    target: 10
    due: 2027-06-30
    x-goalcheck: {waive: [{rule: GC602, reason: Planned elsewhere, until: 2027-01-31}]}
""", encoding="utf-8")
    target = tmp_path / "baseline.json"
    cli(capsys, "audit", goals, "--write-baseline", target)
    assert "GC602" not in {e["rule"] for e in json.loads(target.read_text())["findings"]}
    code, out, _ = cli(capsys, "audit", goals, "-f", "json", "--baseline", target)
    assert [(f["rule"], f.get("waived")) for f in json.loads(out)["findings"]] == [("GC602", "Planned elsewhere")]


@pytest.mark.parametrize("content,needle", [
    ('{"kind": "goalcheck-baseline", "version": 1,\n "findings": [}', "baseline.json:2:15: not a goalcheck baseline: invalid JSON"),
    ('{"findings": []}', "baseline.json:1:1: not a goalcheck baseline"),
    ('{"kind": "goalcheck-baseline", "version": 9, "findings": []}', "baseline version 9"),
    ('{"kind": "goalcheck-baseline", "version": 1, "findings": [{"rule": "GC301"}]}', "has no \"fingerprint\""),
])
def test_a_bad_baseline_file_is_an_input_error(tmp_path, capsys, repo, content, needle):
    target = tmp_path / "baseline.json"
    target.write_text(content, encoding="utf-8")
    code, out, err = cli(capsys, "audit", repo, "--baseline", target)
    assert code == 2 and needle in err and out == "" and "Traceback" not in err


def test_a_missing_baseline_file_is_an_input_error(tmp_path, capsys, repo):
    code, _, err = cli(capsys, "audit", repo, "--baseline", tmp_path / "nope.json")
    assert code == 2 and "nope.json:1:1: cannot read the baseline" in err


def test_baseline_write_baseline_and_diff_exclude_each_other(tmp_path, capsys, repo):
    code, _, err = cli(capsys, "audit", repo, "--baseline", "a.json", "--write-baseline", "b.json")
    assert code == 2 and "--baseline and --write-baseline cannot be used together" in err
    code, _, err = cli(capsys, "audit", repo, "--baseline", "a.json", "--diff", "HEAD")
    assert code == 2 and "cannot be used together" in err


def test_pair_and_loop_fingerprints_survive_reordering(tmp_path):
    from goalcheck.audit import Options, run
    from goalcheck.baseline import fingerprint

    head = ("organization: {name: A}\ndepartments:\n  - {id: a, name: A}\n  - {id: b, name: B}\n"
            "metrics:\n  - {id: idx, name: Widget index}\ngoals:\n")
    up = "  - {id: up, title: t, owner: a, metric: idx, direction: increase, target: 2, parent: down}\n"
    down = "  - {id: down, title: t, owner: b, metric: idx, direction: decrease, target: 1, parent: up}\n"
    prints = []
    for order in ((up, down), (down, up)):
        path = tmp_path / "g.yaml"
        path.write_text(head + "".join(order))
        result = run(str(path), Options())
        prints.append({(r.rule.code, fingerprint(r.finding)) for r in result.findings
                       if r.rule.code in ("GC002", "GC104")})
    assert prints[0] == prints[1] and {code for code, _ in prints[0]} == {"GC002", "GC104"}
