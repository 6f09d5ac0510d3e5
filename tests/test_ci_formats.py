"""GitHub workflow commands and JUnit XML, read the way CI systems read them."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import xmlschema

from goalcheck.untrusted import safe_text
from goalcheck.cli import main
from goalcheck.report.github import escape_data, escape_property

from .conftest import ACME_HEAD

SAMPLES = Path(__file__).resolve().parent.parent / "sample_orgs"
JUNIT_XSD = Path(__file__).resolve().parent / "schemas" / "junit-10.xsd"  # Jenkins xunit-plugin
ANNOTATION = re.compile(r"^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),title=([^,]*)::(.*)$")
KIND = {"high": "error", "medium": "warning", "low": "notice"}

ORG = ACME_HEAD + """\
metrics:
  - {id: aht, name: Average handle time}
  - {id: nps, name: Net Promoter Score}
goals:
  - id: cut-aht
    title: Cut handle time
    owner: support
    supports: [easy]
    metric: aht
    baseline: 420
    target: 300
    due: 2027-06-30
    initiatives: [Shorter scripts]
    x-goalcheck:
      waive:
        - {rule: GC302, reason: "Root-cause work is funded from April, 50% of it"}
  - id: odd
    title: "Costs: down 5%, fast\\r\\nthen ::warning file=x,line=1::gotcha \\a"
    owner: support
    metric: {name: Tickets solved}
    target: 10
    due: 2027-06-30
    initiatives: [Do it]
"""


def unescape(value: str) -> str:
    """What GitHub's runner does to a command's message or property."""
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        value = value.replace(code, char)
    return value


def render(capsys, path, fmt, *extra):
    code = main(["audit", str(path), "-f", fmt, "--as-of", "2026-12-01", *map(str, extra)])
    return code, capsys.readouterr().out


@pytest.fixture
def org(tmp_path) -> Path:
    folder = tmp_path / "goals, 2027: draft"
    folder.mkdir()
    (folder / "org.yaml").write_text(ORG, encoding="utf-8")
    return folder


def parse_github(out: str):
    """Annotations, the report between stop-commands and its resume token, the summary line."""
    lines = out.splitlines()
    stop = next(i for i, line in enumerate(lines) if line.startswith("::stop-commands::"))
    token = lines[stop].split("::")[2]
    resume = lines.index(f"::{token}::")
    return lines[:stop], "\n".join(lines[stop + 1:resume]), lines[resume + 1:]


def test_escaping_follows_githubs_rules():
    assert escape_data("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext: a, b"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    assert unescape(escape_property("x%3A,:%")) == "x%3A,:%", "% is escaped first, so codes survive"


def test_one_annotation_per_active_finding_then_the_report_and_a_summary(capsys, org):
    code, out = render(capsys, org, "github")
    _, plain = render(capsys, org, "json")
    findings = [f for f in json.loads(plain)["findings"] if "waived" not in f]
    annotations, report, tail = parse_github(out)
    assert len(annotations) == len(findings) > 0
    for line, finding in zip(annotations, findings):
        match = ANNOTATION.match(line)
        assert match, line
        kind, file, row, column, title, message = match.groups()
        assert kind == KIND[finding["severity"]]
        assert unescape(file) == finding["file"] and finding["file"].endswith("goals, 2027: draft/org.yaml")
        assert (int(row), int(column)) == (finding["line"], finding["column"])
        assert unescape(title) == f"{finding['rule']} {finding['name']}"
        # the message as safe_text makes it for a log: the BEL of the title shown as \x07
        assert unescape(message) == f"{safe_text(finding['message'], 'log')}\nFix: {safe_text(finding['fix'], 'log')}"
        assert "\x07" not in unescape(message)
        assert finding["subject"] in report
    assert "WAIVED (1)" in report and "Root-cause work is funded from April, 50% of it" in report
    assert len(tail) == 1 and tail[0].startswith("goalcheck: score ") and " · 1 waived · " in tail[0]
    assert tail[0].endswith("failed (fail-on high)") and code == 1


def test_nothing_in_the_report_can_run_as_a_command(capsys, org):
    out = render(capsys, org, "github")[1]
    annotations, report, tail = parse_github(out)
    assert all(ANNOTATION.match(line) for line in annotations)
    assert "gotcha" in report and not any(line.startswith("::") for line in tail)


def test_every_finding_is_in_the_report_even_past_the_tenth_annotation(capsys):
    path = SAMPLES / "brightline-telecom.yaml"
    out = render(capsys, path, "github")[1]
    annotations, report, _ = parse_github(out)
    errors = [line for line in annotations if line.startswith("::error ")]
    assert len(errors) > 10
    _, plain = render(capsys, path, "json")
    for finding in json.loads(plain)["findings"]:
        assert f"{finding['file']}:{finding['line']}:{finding['column']}" in report
    assert re.search(r"… \d+ more GC", render(capsys, path, "text")[1]), "the terminal report folds; the log does not"
    assert "… " not in report


def test_junit_is_xml_with_a_suite_per_area_and_a_case_per_rule_and_subject(capsys, org):
    code, out = render(capsys, org, "junit")
    root = ET.fromstring(out.encode("utf-8"))
    _, plain = render(capsys, org, "json")
    report = json.loads(plain)
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [f"goalcheck.{a['id']}" for a in report["areas"]]
    cases = root.iter("testcase")
    failed = {c.get("name") for c in root.iter("testcase") if c.find("failure") is not None}
    active = {(f["rule"], f["subject"]) for f in report["findings"] if "waived" not in f}
    assert len(failed) == len(active)
    for rule, subject in active:
        assert any(name.startswith(rule) and f"'{subject}'" in name for name in failed)
    skipped = [c for c in root.iter("testcase") if c.find("skipped") is not None]
    assert len(skipped) == 1 and "Root-cause work is funded from April" in skipped[0].find("skipped").get("message")
    totals = {key: sum(int(s.get(key)) for s in suites) for key in ("tests", "failures", "skipped")}
    assert {key: totals[key] for key in ("tests", "failures")} == {key: int(root.get(key)) for key in ("tests", "failures")}
    assert root.get("skipped") is None, "junit-10.xsd has no skipped on testsuites"
    assert totals["tests"] == sum(1 for _ in cases)
    for suite in suites:
        assert int(suite.get("tests")) == len(suite.findall("testcase"))
        assert suite.find("properties/property[@name='score']") is not None


def test_junit_failures_carry_location_message_and_fix(capsys, org):
    root = ET.fromstring(render(capsys, org, "junit")[1].encode("utf-8"))
    case = next(c for c in root.iter("testcase") if c.get("name").startswith("GC301"))
    assert case.get("classname") == "goalcheck.cost-vs-cx.GC301"
    failure = case.find("failure")
    assert failure.text.split("\n")[0].split(" GC301 ")[0].endswith("goals, 2027: draft/org.yaml:12:5")
    assert failure.get("type") == "high" and "cheap way" in failure.get("message")
    assert "Fix: Add a customer-experience guardrail" in failure.text


def test_junit_without_findings_still_lists_what_was_checked(capsys):
    root = ET.fromstring(render(capsys, SAMPLES / "northwind-outfitters", "junit")[1].encode("utf-8"))
    assert root.get("failures") == "0" and int(root.get("tests")) == 7


def test_junit_is_valid_against_jenkins_junit_10_xsd(capsys, org):
    schema = xmlschema.XMLSchema(str(JUNIT_XSD))
    runs = [(org,), (org, "--select", "GC3"), (SAMPLES / "brightline-telecom.yaml",),
            (SAMPLES / "northwind-outfitters",)]
    for args in runs:
        out = render(capsys, *args[:1], "junit", *args[1:])[1]
        errors = [str(error.reason or error) for error in schema.iter_errors(out)]
        assert errors == [], args


def test_areas_whose_rules_did_not_run_are_not_run_in_every_format(capsys, org):
    plain = json.loads(render(capsys, org, "json", "--select", "GC3")[1])
    ran = {area["id"]: area["ran"] for area in plain["areas"]}
    assert ran == {"integrity": True, "strategy": False, "ownership": False, "cost-vs-cx": True,
                   "metrics-incentives": False, "journey-silos": False, "hygiene": False}
    assert all(area["score"] is None for area in plain["areas"] if not area["ran"])
    assert all(isinstance(area["score"], float) for area in plain["areas"] if area["ran"])
    sarif = json.loads(render(capsys, org, "sarif", "--select", "GC3")[1])
    assert sarif["runs"][0]["properties"]["areas"] == plain["areas"]
    text = render(capsys, org, "text", "--select", "GC3")[1]
    assert re.search(r"^Ownership +not run +-$", text, re.M) and re.search(r"^Model integrity +100\.0 +0$", text, re.M)
    markdown = render(capsys, org, "markdown", "--select", "GC3")[1]
    assert "| Ownership | not run |  | - |" in markdown and "| Model integrity | 100.0 |" in markdown
    html = render(capsys, org, "html", "--select", "GC3")[1]
    assert '<g data-id="ownership" data-ran="false">' in html and 'data-id="ownership" data-score' not in html
    root = ET.fromstring(render(capsys, org, "junit", "--select", "GC3")[1].encode("utf-8"))
    ownership = next(s for s in root.findall("testsuite") if s.get("name") == "goalcheck.ownership")
    assert ownership.find("properties/property[@name='score']") is None
    assert ownership.find("testcase/skipped") is not None and ownership.get("skipped") == "1"
    everything = json.loads(render(capsys, org, "json")[1])
    assert all(area["ran"] for area in everything["areas"]), "without --select every area runs"
