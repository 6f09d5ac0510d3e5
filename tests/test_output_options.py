"""One line per finding (concise), GitLab Code Quality, --statistics, --quiet,
--exit-zero, -o -, and colour and width decided the way terminals expect."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import jsonschema
import pytest

from goalcheck import terminal
from goalcheck.cli import main
from goalcheck.untrusted import safe_text

from .conftest import ACME_HEAD

SCHEMAS = Path(__file__).resolve().parent / "schemas"
CONCISE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<rule>GC\d{3}) "
                     r"\[(?P<severity>high|medium|low)\] (?P<message>\S.*)$")

ORG = ACME_HEAD + """\
metrics:
  - {id: aht, name: Average handle time}
  - {id: calls, name: Calls handled per agent}
goals:
  - {id: cut-aht, title: Cut handle time, owner: support, supports: [easy], metric: aht,
     baseline: 420, target: 300, due: 2027-06-30, initiatives: [Shorter scripts]}
  - {id: more-calls, title: "Two\\nlines", owner: support, supports: [easy], metric: calls,
     baseline: 40, target: 50, due: 2027-06-30, initiatives: [Coaching]}
  - {id: more-calls-2, title: "More calls\\e[2J\\u202e again", owner: support, metric: calls,
     baseline: 40, target: 55, due: 2027-06-30, initiatives: [Coaching]}
"""


@pytest.fixture
def org(tmp_path, monkeypatch) -> Path:
    """The goals in a folder under the current directory (no git): paths are relative to it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("COLUMNS", raising=False)
    (tmp_path / "goals").mkdir()
    (tmp_path / "goals" / "org.yaml").write_text(ORG, encoding="utf-8")
    return Path("goals")


def run(capsys, *args):
    code = main(["audit", *map(str, args), "--as-of", "2026-12-01"])
    out, err = capsys.readouterr()
    return code, out, err


def findings(capsys, path) -> list[dict]:
    return [f for f in json.loads(run(capsys, path, "-f", "json")[1])["findings"] if "waived" not in f]


def test_concise_is_one_line_per_finding_and_the_verdict_on_stderr(capsys, org):
    code, out, err = run(capsys, org, "-f", "concise")
    expected = findings(capsys, org)
    lines = out.splitlines()
    assert len(lines) == len(expected) > 2
    for line, finding in zip(lines, expected):
        match = CONCISE.match(line)
        assert match, line
        assert match["file"] == finding["file"] and finding["file"].startswith("goals/")
        assert (int(match["line"]), int(match["column"])) == (finding["line"], finding["column"])
        assert (match["rule"], match["severity"]) == (finding["rule"], finding["severity"])
        assert match["message"] == safe_text(finding["message"], "log")
    assert "\x1b" not in out and "\u202e" not in out and "More calls\\x1b[2J\\u202e again" in out
    assert code == 1 and err.startswith("goalcheck: ") and err.rstrip().endswith("failed (fail-on high)")


def test_gitlab_code_quality_is_valid_with_one_fingerprint_per_issue(capsys, org):
    code, out, _ = run(capsys, org, "-f", "gitlab")
    issues = json.loads(out)
    schema = json.loads((SCHEMAS / "gitlab-codequality.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    assert [e.message for e in jsonschema.Draft7Validator(schema).iter_errors(issues)] == []
    expected = findings(capsys, org)
    assert len(issues) == len(expected) and code == 1
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)
    severity = {"high": "critical", "medium": "major", "low": "minor"}
    for issue, finding in zip(issues, expected):
        assert issue["check_name"] == finding["rule"] and issue["severity"] == severity[finding["severity"]]
        assert issue["location"] == {"path": finding["file"], "lines": {"begin": finding["line"]}}
    assert "\x1b" not in out and "\u202e" not in out
    again = json.loads(run(capsys, org, "-f", "gitlab")[1])
    assert [i["fingerprint"] for i in again] == [i["fingerprint"] for i in issues], "stable across runs"


def test_statistics_count_each_rule_most_first(capsys, org):
    expected = findings(capsys, org)
    code, out, _ = run(capsys, org, "--statistics")
    counts = {}
    for finding in expected:
        counts[finding["rule"]] = counts.get(finding["rule"], 0) + 1
    rows = [line.split() for line in out.splitlines()[:-1]]
    assert [(int(row[0]), row[1]) for row in rows] == sorted(((n, c) for c, n in counts.items()),
                                                             key=lambda p: (-p[0], p[1]))
    assert out.splitlines()[-1] == f"{len(expected)} findings" and code == 1
    listed = json.loads(run(capsys, org, "--statistics", "-f", "json")[1])
    assert {row["code"]: row["count"] for row in listed} == counts
    code, _, err = run(capsys, org, "--statistics", "-f", "sarif")
    assert code == 2 and "--statistics goes with" in err


def test_quiet_prints_nothing_but_keeps_the_exit_code_and_the_file(capsys, org, tmp_path):
    assert run(capsys, org, "-q") == (1, "", "")
    assert run(capsys, org, "-q", "-f", "concise") == (1, "", "")
    code, out, err = run(capsys, org, "--quiet", "-f", "json", "-o", tmp_path / "r.json")
    assert (code, out, err) == (1, "", "") and json.loads((tmp_path / "r.json").read_text())["passed"] is False
    code, _, err = run(capsys, "missing/", "-q")
    assert code == 2 and "missing" in err, "errors are never silenced"


def test_exit_zero_passes_a_failing_gate_but_not_an_error(capsys, org):
    assert run(capsys, org, "--exit-zero")[0] == 0
    assert run(capsys, "missing/", "--exit-zero")[0] == 2


def test_dash_is_standard_output(capsys, org, tmp_path):
    code, out, _ = run(capsys, org, "-f", "json", "-o", "-")
    assert json.loads(out)["organization"] == "Acme Cloud" and code == 1
    assert not (tmp_path / "-").exists()


class Stream(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize("tty, env, expected", [
    (True, {}, True),
    (False, {}, False),
    (True, {"TERM": "dumb"}, False),
    (True, {"NO_COLOR": "1"}, False),
    (True, {"NO_COLOR": ""}, True),
    (False, {"FORCE_COLOR": "1"}, True),
    (False, {"FORCE_COLOR": "0"}, False),
    (True, {"TERM": "dumb", "FORCE_COLOR": "1"}, True),
    (False, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
])
def test_colour_follows_no_color_force_color_and_term(tty, env, expected):
    assert terminal.colour(Stream(tty), env) is expected


def test_width_is_columns_else_the_terminals_else_100(monkeypatch):
    assert terminal.width(Stream(False), {}) == 100
    assert terminal.width(Stream(False), {"COLUMNS": "132"}) == 132
    assert terminal.width(Stream(False), {"COLUMNS": "10"}) == terminal.MIN_WIDTH
    monkeypatch.setattr(terminal.shutil, "get_terminal_size", lambda fallback: type("S", (), {"columns": 150})())
    assert terminal.width(Stream(True), {}) == 150


def test_the_text_report_takes_colour_and_width_from_the_environment(capsys, org, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "60")
    out = run(capsys, org)[1]
    visible = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in out.splitlines() if "More calls" not in line]
    assert "\x1b[" in out and max(map(len, visible)) == 60
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[1m" not in run(capsys, org)[1]
    monkeypatch.delenv("NO_COLOR")
    assert "\x1b[1m" not in run(capsys, org, "-o", "report.txt")[1] + Path("report.txt").read_text()


def test_write_adds_formats_from_the_same_audit(capsys, org, tmp_path):
    code, out, _ = run(capsys, org, "-f", "github", "--write", "sarif=out/r.sarif", "--write", "junit=r.xml")
    assert code == 2, "the folder for a report must exist: nothing is half written"
    (tmp_path / "out").mkdir()
    code, out, _ = run(capsys, org, "-f", "github", "--write", "sarif=out/r.sarif", "--write", "junit=r.xml")
    assert code == 1 and out == run(capsys, org, "-f", "github")[1]
    assert (tmp_path / "out" / "r.sarif").read_text(encoding="utf-8") == run(capsys, org, "-f", "sarif")[1]
    assert (tmp_path / "r.xml").read_text(encoding="utf-8") == run(capsys, org, "-f", "junit")[1]
    for bad, needle in (("sarif", "is not FORMAT=FILE"), ("pdf=x", "'pdf' is not one of"),
                        ("json=-", "name a file")):
        code, _, err = run(capsys, org, "--write", bad)
        assert code == 2 and needle in err


def test_trackers_get_known_findings_too_marked_in_sarif(capsys, org, tmp_path):
    everything = findings(capsys, org)
    baseline = tmp_path / "baseline.json"
    run(capsys, org, "--write-baseline", baseline)
    code, out, _ = run(capsys, org, "-f", "json", "--baseline", baseline)
    assert code == 0 and json.loads(out)["findings"] == []
    sarif = json.loads(run(capsys, org, "-f", "sarif", "--baseline", baseline)[1])
    results = sarif["runs"][0]["results"]
    assert len(results) == len(everything) and {r["baselineState"] for r in results} == {"unchanged"}
    gitlab = json.loads(run(capsys, org, "-f", "gitlab", "--baseline", baseline)[1])
    assert len(gitlab) == len(everything), "GitLab diffs against the target branch itself"
    plain = json.loads(run(capsys, org, "-f", "sarif")[1])
    assert all("baselineState" not in r for r in plain["runs"][0]["results"])
