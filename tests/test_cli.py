"""The command line: exit codes, one-line errors, formats (same bytes every run: test_determinism)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from goalcheck import yamlread
from goalcheck.cli import main

from .conftest import ACME_HEAD, READERS, reader_env

ORG = ACME_HEAD + """\
  - {id: sales, name: Sales, customer_facing: true}
metrics:
  - {id: aht, name: Average handle time}
  - {id: nps, name: Net Promoter Score}
goals:
  - {id: cut-aht, title: Cut handle time, owner: support, supports: [easy], metric: aht,
     baseline: 420, target: 300, due: 2027-06-30, initiatives: [Shorter scripts]}
  - {id: nps-up, title: Raise NPS, owner: sales, co_owners: [support], supports: [easy], metric: nps,
     baseline: 30, target: 40, due: 2027-06-30, initiatives: [Fix the top five billing errors]}
"""

CONTRACT = {"goalcheck", "organization", "as_of", "score", "grade", "areas", "departments",
            "findings", "counts", "passed"}
FINDING = {"rule", "name", "area", "severity", "subject", "subject_kind", "department", "file",
           "line", "column", "message", "fix", "inferred"}


@pytest.fixture
def org(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)  # file names are relative to the current folder outside git
    path = tmp_path / "org.yaml"
    path.write_text(ORG, encoding="utf-8")
    return path


def run_cli(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_report_follows_the_contract(capsys, org):
    code, out, err = run_cli(capsys, "audit", str(org), "--format", "json", "--as-of", "2026-12-01")
    report = json.loads(out)
    assert CONTRACT <= set(report)
    assert report["as_of"] == "2026-12-01" and report["organization"] == "Acme Cloud"
    assert report["findings"] and all(FINDING <= set(f) for f in report["findings"])
    assert out == json.dumps(report, sort_keys=True, ensure_ascii=False) + "\n"
    cut = next(f for f in report["findings"] if f["rule"] == "GC301")
    assert (cut["subject"], cut["file"], cut["line"], cut["column"]) == ("cut-aht", "org.yaml", 13, 5)
    assert any("handle time" in fact for fact in cut["inferred"])
    assert code == 1 and report["passed"] is False


def test_gate_fail_on_and_fail_under(capsys, org):
    assert run_cli(capsys, "audit", str(org), "--fail-on", "never")[0] == 0
    assert run_cli(capsys, "audit", str(org), "--fail-on", "never", "--fail-under", "99")[0] == 1
    assert run_cli(capsys, "audit", str(org), "--ignore", "GC3", "--fail-on", "high")[0] == 0


def test_select_by_name_and_prefix(capsys, org):
    out = run_cli(capsys, "audit", str(org), "-f", "json", "--select", "cost-cut-without-cx-guardrail")[1]
    assert {f["rule"] for f in json.loads(out)["findings"]} == {"GC301"}
    out = run_cli(capsys, "audit", str(org), "-f", "json", "--select", "GC3")[1]
    assert {f["rule"] for f in json.loads(out)["findings"]} == {"GC301", "GC302"}
    out = run_cli(capsys, "audit", str(org), "-f", "json", "--select", "GC302")[1]
    assert {f["rule"] for f in json.loads(out)["findings"]} == {"GC302"}
    out = run_cli(capsys, "audit", str(org), "-f", "json", "--select", "GC4")[1]
    assert json.loads(out)["findings"] == []


@pytest.mark.parametrize("args,needle", [
    (["audit", "/no/such/place"], "/no/such/place:1:1: cannot read"),
    (["audit", ".", "--format", "pdf"], "--format"),
    (["audit", ".", "--fail-on", "critical"], "--fail-on"),
    (["audit", ".", "--as-of", "tomorrow"], "--as-of"),
    (["audit", ".", "--select", "GC999"], "unknown rule"),
    (["audit", ".", "--fail-under", "abc"], "--fail-under"),
    (["explain", "GC999"], "unknown rule"),
])
def test_usage_problems_exit_2_with_a_line(capsys, args, needle):
    code, out, err = run_cli(capsys, *args)
    assert code == 2 and needle in err and "Traceback" not in err


def test_output_file_is_written(tmp_path, capsys, org):
    target = tmp_path / "report.json"
    code, out, _ = run_cli(capsys, "audit", str(org), "-f", "json", "-o", str(target))
    assert out == "" and json.loads(target.read_text())["organization"] == "Acme Cloud"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []


def test_text_report_shows_score_findings_and_fixes(capsys, org):
    code, out, _ = run_cli(capsys, "audit", str(org), "--as-of", "2026-12-01")
    assert "Score" in out and "grade" in out and "GC301" in out and "fix:" in out
    assert "Top fixes" in out and "org.yaml:13:5" in out


def test_rules_and_explain(capsys):
    code, out, _ = run_cli(capsys, "rules")
    assert code == 0 and "GC301" in out and "cost-cut-without-cx-guardrail" in out
    code, out, _ = run_cli(capsys, "explain", "cost-cut-without-cx-guardrail")
    assert code == 0 and out.startswith("GC301") and "Fires on" in out and "Stays quiet on" in out


def test_schema_is_json(capsys):
    code, out, _ = run_cli(capsys, "schema")
    assert json.loads(out)["$schema"].startswith("http://json-schema.org/")


def test_version_and_help_as_a_process():
    done = subprocess.run([sys.executable, "-m", "goalcheck", "--version"], capture_output=True, text=True,
                          env=reader_env(READERS[0]))
    assert done.returncode == 0 and done.stdout.startswith("goalcheck ")
    assert done.stdout.rstrip().endswith(f"({yamlread.reader()})")  # which one runs
    pure = subprocess.run([sys.executable, "-m", "goalcheck", "--version"], capture_output=True, text=True,
                          env=reader_env("pure-python"))
    assert pure.stdout.rstrip().endswith("(pure-Python YAML reader)")
    done = subprocess.run([sys.executable, "-m", "goalcheck", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "audit" in done.stdout


@pytest.mark.parametrize("reader", READERS)
def test_broken_yaml_as_a_process(tmp_path, reader):
    (tmp_path / "g.yaml").write_text("goals:\n  - id: a\n    title: x\n    owner: [\n")
    done = subprocess.run([sys.executable, "-m", "goalcheck", "audit", str(tmp_path)],
                          capture_output=True, text=True, env=reader_env(reader))
    assert done.returncode == 2 and "g.yaml:5:1:" in done.stderr and "Traceback" not in done.stderr


def test_output_file_gets_ordinary_permissions(tmp_path, capsys, org):
    import os
    import stat

    target = tmp_path / "report.json"
    run_cli(capsys, "audit", str(org), "-f", "json", "-o", str(target))
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_markdown_comment_is_compact_with_links(capsys, org):
    code, full, _ = run_cli(capsys, "audit", str(org), "-f", "markdown", "--as-of", "2026-12-01")
    code, comment, _ = run_cli(capsys, "audit", str(org), "-f", "markdown", "--compact",
                               "--link-base", "https://example.test/blob/abc", "--as-of", "2026-12-01")
    assert len(comment) < len(full)
    assert "https://example.test/blob/abc/org.yaml#L13" in comment
    code, _, err = run_cli(capsys, "audit", str(org), "--compact")
    assert code == 2 and "--format markdown" in err


def test_output_follows_symlinks_and_writes_through_devices(tmp_path, capsys, org):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    run_cli(capsys, "audit", str(org), "-f", "json", "-o", str(link))
    assert link.is_symlink() and json.loads(real.read_text())["organization"] == "Acme Cloud"
    run_cli(capsys, "audit", str(org), "-f", "json", "-o", "/dev/null")
    assert not Path("/dev/null").is_file()


def test_explain_shows_the_finding_its_example_produces(capsys):
    code, out, _ = run_cli(capsys, "explain", "GC301")
    assert code == 0 and "What a finding says" in out
    assert "goals.yaml:" in out and "pushes 'Average handle time' the cheap way" in out
    assert "{goal}" not in out and "audited as of 2026-12-01" in out
