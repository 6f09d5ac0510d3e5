"""SARIF 2.1.0: valid against the official schema for every sample organisation,
one rule descriptor per catalogue rule, results that point into the repository
and carry the baseline fingerprint, waivers as suppressions."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

from goalcheck import catalogue
from goalcheck.cli import main

from .conftest import ACME_HEAD

SAMPLES = Path(__file__).resolve().parent.parent / "sample_orgs"
SCHEMA_FILE = Path(__file__).resolve().parent / "schemas" / "sarif-schema-2.1.0.json"  # OASIS, errata01
LEVEL = {"high": "error", "medium": "warning", "low": "note"}

WAIVED_ORG = ACME_HEAD + """\
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
    initiatives: [Fix the top five billing errors]
    x-goalcheck:
      waive:
        - {rule: GC301, reason: "Guardrail agreed with the CX lead, lands in Q2", until: 2027-03-31}
        - {rule: GC101, reason: Left over from last year}
"""


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def report(capsys, path, fmt: str, *extra) -> tuple[int, str]:
    code = main(["audit", str(path), "-f", fmt, "--as-of", "2026-12-01", *map(str, extra)])
    return code, capsys.readouterr().out


def sarif_and_json(capsys, path):
    code, sarif = report(capsys, path, "sarif")
    _, plain = report(capsys, path, "json")
    return code, json.loads(sarif), json.loads(plain)


def organisations(tmp_path) -> list[Path]:
    waived = tmp_path / "waived" / "goals.yaml"
    waived.parent.mkdir()
    waived.write_text(WAIVED_ORG, encoding="utf-8")
    return sorted(p for p in SAMPLES.iterdir()
                  if (p.suffix == ".yaml" or p.is_dir()) and p.name != "import") + [waived]


def test_every_organisation_gives_schema_valid_sarif(tmp_path, capsys, validator):
    for path in organisations(tmp_path):
        code, sarif, plain = sarif_and_json(capsys, path)
        problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(sarif)]
        assert problems == [], path.name
        run = sarif["runs"][0]
        assert len(run["results"]) == len(plain["findings"])
        assert run["properties"]["score"] == plain["score"] and run["properties"]["passed"] is (code == 0)


def test_one_descriptor_per_rule_with_help_and_level(tmp_path, capsys):
    _, sarif, _ = sarif_and_json(capsys, organisations(tmp_path)[-1])
    driver = sarif["runs"][0]["tool"]["driver"]
    assert driver["name"] == "goalcheck" and driver["version"]
    rules = catalogue.rules()
    assert [d["id"] for d in driver["rules"]] == list(rules)
    for descriptor in driver["rules"]:
        rule = rules[descriptor["id"]]
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert descriptor["fullDescription"]["text"] == " ".join(rule.rationale.split())
        assert "Fix: " in descriptor["help"]["text"] and "**Fix:**" in descriptor["help"]["markdown"]
        assert "{" not in descriptor["help"]["text"], "template blanks are shown as <name>"
        assert descriptor["defaultConfiguration"]["level"] == LEVEL[rule.severity]


def test_results_match_the_json_report(tmp_path, capsys):
    for path in organisations(tmp_path):
        _, sarif, plain = sarif_and_json(capsys, path)
        run = sarif["runs"][0]
        for result, finding in zip(run["results"], plain["findings"]):
            assert result["ruleId"] == finding["rule"]
            assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == finding["rule"]
            assert result["level"] == LEVEL[finding["severity"]]
            assert result["message"]["text"] == f"{finding['message']}\n\nFix: {finding['fix']}"
            physical = result["locations"][0]["physicalLocation"]
            artifact = physical["artifactLocation"]
            if "uriBaseId" in artifact:
                assert artifact["uriBaseId"] == "%SRCROOT%" and artifact["uri"].endswith(finding["file"])
                assert not artifact["uri"].startswith("/") and ".." not in artifact["uri"]
            else:  # outside the repository and the current folder
                assert artifact["uri"] == (path.parent / finding["file"]).resolve().as_uri()
            assert physical["region"] == {"startLine": finding["line"], "startColumn": finding["column"]}
            assert result["partialFingerprints"] == {"goalcheck/v1": finding["fingerprint"]}


def test_waived_findings_are_suppressed_with_the_reason(tmp_path, capsys):
    _, sarif, plain = sarif_and_json(capsys, organisations(tmp_path)[-1])
    results = {r["ruleId"]: r for r in sarif["runs"][0]["results"]}
    assert results["GC301"]["suppressions"] == [{"kind": "inSource", "status": "accepted",
                                                 "justification": "Guardrail agreed with the CX lead, lands in Q2"}]
    assert [r["ruleId"] for r in sarif["runs"][0]["results"] if "suppressions" in r] == ["GC301"]
    assert results["GC606"]["level"] == "note", "the unused waiver of GC101 is reported"
    assert sarif["runs"][0]["properties"]["counts"] == plain["counts"]


def test_file_names_are_relative_to_the_repository_root(tmp_path, capsys, monkeypatch):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    root = tmp_path / "repo"
    (root / "plans 2027").mkdir(parents=True)
    shutil.copy(SAMPLES / "brightline-telecom.yaml", root / "plans 2027" / "brightline.yaml")
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)

    def uris(path) -> set[str]:
        _, out = report(capsys, path, "sarif")
        return {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                for r in json.loads(out)["runs"][0]["results"]}

    monkeypatch.chdir(root)
    assert uris("plans 2027") == {"plans%202027/brightline.yaml"}
    monkeypatch.chdir(root / "plans 2027")
    assert uris(".") == {"plans%202027/brightline.yaml"}
    assert uris("brightline.yaml") == {"plans%202027/brightline.yaml"}


def test_outside_a_repository_names_are_relative_to_the_current_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    (tmp_path / "goals").mkdir()
    shutil.copy(SAMPLES / "brightline-telecom.yaml", tmp_path / "goals" / "org.yaml")
    monkeypatch.chdir(tmp_path)
    _, out = report(capsys, "goals", "sarif")
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in json.loads(out)["runs"][0]["results"]}
    assert uris == {"goals/org.yaml"}
