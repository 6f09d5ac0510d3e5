"""The bundled sample organisations audit cleanly and show what they are meant to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from goalcheck.audit import Options, run
from goalcheck.cli import main

from .conftest import AS_OF

SAMPLES = Path(__file__).resolve().parent.parent / "sample_orgs"
ALL = sorted(p for p in SAMPLES.iterdir()  # import/ holds sources for goalcheck import, not a repo
             if (p.suffix in (".yaml", ".yml") or p.is_dir()) and p.name != "import")


def codes(result) -> set[str]:
    return {r.rule.code for r in result.findings}


def audit(name):
    return run(str(SAMPLES / name), Options(as_of=AS_OF))


def test_there_are_at_least_four_samples():
    assert len(ALL) >= 4


def test_the_well_aligned_sample_is_clean():
    result = audit("northwind-outfitters")
    assert result.counts["high"] == 0 and result.counts["medium"] == 0 and result.score >= 85


def test_support_owning_call_reduction_and_handle_time():
    result = audit("brightline-telecom.yaml")
    assert {"GC301", "GC302", "GC201", "GC404", "GC405"} <= codes(result)
    departments = {r.finding.department for r in result.findings if r.rule.code == "GC302"}
    assert departments == {"care"}


def test_contact_centre_activity_quotas():
    result = audit("harbour-contact-centre")
    assert "GC401" in codes(result)
    kinds = {r.finding.subject_kind for r in result.findings if r.rule.code == "GC401"}
    assert kinds == {"goal", "incentive"}


def test_multi_file_repo_points_into_its_folders():
    result = audit("meridian-software")
    files = {r.finding.location.file for r in result.findings}
    assert any("/" in file for file in files)
    assert {"GC101", "GC102", "GC103", "GC104", "GC504"} <= codes(result)


def test_samples_readme_states_the_current_scores(capsys):
    """sample_orgs/README.md's summary table says what the audit says today."""
    import re

    text = (SAMPLES / "README.md").read_text()
    rows = re.findall(r"^\| \[([^\]]+)\]\([^)]*\) \|[^|]*\| (\d+) \| ([\d.]+) \| ([A-F]) \| (\d+) \| (\d+) \| (\d+) \|$",
                      text, re.M)
    assert len(rows) == len(ALL)
    for name, goals, score, grade, high, medium, low in rows:
        main(["audit", str(SAMPLES / name), "-f", "json", "--as-of", "2026-12-01"])
        report = json.loads(capsys.readouterr().out)
        counts = report["counts"]
        assert (int(goals), float(score), grade, int(high), int(medium), int(low)) == (
            report["goals"], report["score"], report["grade"], counts["high"], counts["medium"], counts["low"]), name
