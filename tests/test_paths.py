"""One path root: every format and every error names a goals file from the
repository root (or, outside git, the current folder), wherever goalcheck runs."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from goalcheck.cli import main
from goalcheck.paths import name, root_for, work_tree

from .conftest import ACME_HEAD

ORG = ACME_HEAD + """\
metrics:
  - {id: aht, name: Average handle time}
goals:
  - {id: cut-aht, title: Cut handle time, owner: support, supports: [easy], metric: aht,
     baseline: 420, target: 300, due: 2027-06-30, initiatives: [Shorter scripts]}
"""
CUT_LINE = 11  # where goal cut-aht starts in ORG


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    """A git work tree with the goals in goals/ and docs beside them."""
    top = tmp_path / "repo"
    (top / "goals").mkdir(parents=True)
    (top / "goals" / "org.yaml").write_text(ORG, encoding="utf-8")
    if shutil.which("git"):
        subprocess.run(["git", "init", "-q", str(top)], check=True, capture_output=True)
    else:
        (top / ".git").mkdir()
    monkeypatch.delenv("COLUMNS", raising=False)
    return top


def run(capsys, *args):
    code = main(["audit", *map(str, args), "--as-of", "2026-12-01"])
    out, err = capsys.readouterr()
    return code, out, err


def named_in_every_format(capsys, path) -> dict[str, str]:
    """What each format calls the file of the GC301 finding."""
    seen = {}
    report = json.loads(run(capsys, path, "-f", "json")[1])
    seen["json"] = next(f["file"] for f in report["findings"] if f["rule"] == "GC301")
    text = run(capsys, path)[1]
    seen["text"] = re.search(r"GC301 .*?  (\S+):\d+:\d+$", text, re.M).group(1)
    sarif = json.loads(run(capsys, path, "-f", "sarif")[1])
    seen["sarif"] = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "GC301")[
        "locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    github = run(capsys, path, "-f", "github")[1]
    seen["github"] = re.search(r"^::error file=([^,]+),line=\d+.*title=GC301", github, re.M).group(1)
    concise = run(capsys, path, "-f", "concise")[1]
    seen["concise"] = re.search(r"^(\S+):\d+:\d+: GC301 ", concise, re.M).group(1)
    gitlab = json.loads(run(capsys, path, "-f", "gitlab")[1])
    seen["gitlab"] = next(i["location"]["path"] for i in gitlab if i["check_name"] == "GC301")
    junit = ET.fromstring(run(capsys, path, "-f", "junit")[1].encode("utf-8"))
    failure = next(c for c in junit.iter("testcase") if c.get("name").startswith("GC301")).find("failure")
    seen["junit"] = failure.text.split(":")[0]
    markdown = run(capsys, path, "-f", "markdown", "--link-base", "https://example.test/o/r/blob/abc")[1]
    seen["markdown"] = re.search(r"https://example\.test/o/r/blob/abc/(\S+?)#L" + str(CUT_LINE), markdown).group(1)
    html = run(capsys, path, "-f", "html")[1]
    seen["html"] = re.search(r"(goals/org\.yaml|org\.yaml):" + str(CUT_LINE), html).group(1)
    return seen


@pytest.mark.parametrize("where, audited", [(".", "goals"), (".", "goals/org.yaml"), ("goals", "."),
                                            ("goals", "org.yaml"), ("elsewhere", "../goals")])
def test_every_format_names_the_file_from_the_repository_root(capsys, repo, monkeypatch, where, audited):
    (repo / "elsewhere").mkdir(exist_ok=True)
    monkeypatch.chdir(repo / where)
    seen = named_in_every_format(capsys, audited)
    assert seen == dict.fromkeys(seen, "goals/org.yaml")


def test_errors_are_named_from_the_repository_root_too(capsys, repo, monkeypatch):
    (repo / "goals" / "broken.yaml").write_text("goals: [\n", encoding="utf-8")
    (repo / "goals" / ".goalcheck.yaml").write_text("fail-on: sometimes\n", encoding="utf-8")
    monkeypatch.chdir(repo / "goals")
    code, _, err = run(capsys, ".")
    assert code == 2 and err.startswith("goals/.goalcheck.yaml:1:")
    (repo / "goals" / ".goalcheck.yaml").unlink()
    code, _, err = run(capsys, ".")
    assert code == 2 and err.startswith("goals/broken.yaml:2:")
    code, _, err = run(capsys, "missing.yaml")
    assert code == 2 and err.startswith("goals/missing.yaml:1:1:")


def test_outside_git_the_current_folder_is_the_root(capsys, tmp_path, monkeypatch):
    (tmp_path / "team" / "goals").mkdir(parents=True)
    (tmp_path / "team" / "goals" / "org.yaml").write_text(ORG, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "team")
    assert work_tree(".") is None and root_for("goals") == tmp_path / "team"
    seen = named_in_every_format(capsys, "goals")
    assert set(seen.values()) == {"goals/org.yaml"}
    monkeypatch.chdir(tmp_path / "team" / "goals")
    elsewhere = json.loads(run(capsys, tmp_path / "team" / "goals", "-f", "json")[1])
    assert elsewhere["findings"][0]["file"].startswith("org.yaml")
    (tmp_path / "other").mkdir()
    monkeypatch.chdir(tmp_path / "other")
    outside = json.loads(run(capsys, tmp_path / "team" / "goals", "-f", "json")[1])
    assert outside["findings"][0]["file"] == (tmp_path / "team" / "goals" / "org.yaml").as_posix()


def test_names_are_posix_relative_or_absolute(tmp_path):
    assert name(tmp_path / "a" / "b.yaml", tmp_path) == "a/b.yaml"
    assert name(tmp_path, tmp_path) == "."
    assert name(tmp_path / "x.yaml", tmp_path / "sub") == (tmp_path / "x.yaml").as_posix()
