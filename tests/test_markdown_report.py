"""The Markdown report: the leadership story for a wiki, and the compact form for a
pull-request comment, short however many findings there are."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from goalcheck.audit import Options, run
from goalcheck.report import render
from goalcheck.report.markdown import code, md

from .conftest import AS_OF

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_orgs"
COMMENT_LIMIT = 65_536  # characters GitHub allows in a comment


@pytest.fixture(scope="module")
def brightline():
    return run(str(SAMPLES / "brightline-telecom.yaml"), Options(as_of=AS_OF))


def test_the_full_report_tells_the_story_in_order(brightline):
    text = render(brightline, "markdown")
    headings = re.findall(r"^## (.*)$", text, re.MULTILINE)
    complete = brightline.hygiene
    assert headings == [f"Alignment: {brightline.score:.1f}/100 · grade {brightline.grade} · goal data complete: "
                        f"{complete.complete:g}% ({complete.complete_goals} of {complete.goals} goals)", "Scores by area",
                        "Scores by department", "Alignment matrix", "Conflict map", "Top fixes",
                        "Every finding, by department"]
    assert text.startswith("# Goals audit: Brightline Telecom\n")
    assert "As of 1 December 2026" in text and "> **Strategy:** Win and keep households" in text
    assert f"{len(brightline.active)} findings: {brightline.counts['high']} high" in text
    assert "**Departments whose goals serve no objective:** Executive Committee, Product & Pricing." in text
    assert "- **Customer Care ⇄ Marketing & Brand** · Cost cut against customer experience" in text
    fixes = re.findall(r"^\d\. (.*)$", text, re.MULTILINE)
    best = next(item.rule for item in brightline.findings if item.rule.code == brightline.fixes[0].rule)
    assert len(fixes) == 5 and fixes[0].endswith(f"`{best.code}` {best.name}")  # the fix first, the rule last
    for item in brightline.findings:  # every finding, with where it is written
        assert f"`{item.finding.location.file}:{item.finding.location.line}`" in text


def test_tables_keep_their_shape(brightline):
    text = render(brightline, "markdown")
    for block in re.findall(r"((?:^\|.*\|\n)+)", text, re.MULTILINE):
        rows = block.strip("\n").split("\n")
        widths = {len(re.findall(r"(?<!\\)\|", row)) for row in rows}
        assert len(widths) == 1, block  # every row has the header's number of cells


def test_many_findings_of_one_rule_in_a_department_are_folded(audit):
    goals = "\n".join(f"  - {{id: g{n}, title: t, owner: sales, metric: arr, baseline: 1, target: {2 + n}, "
                      f"initiatives: [x]}}" for n in range(7))
    # an objective to serve, so each orphan is its own finding (with none anywhere, GC101 is one)
    result = audit("organization: {name: Example Co}\nobjectives:\n  - {id: grow, title: Grow}\n"
                   "departments:\n  - {id: sales, name: Sales}\n"
                   f"metrics:\n  - {{id: arr, name: ARR}}\ngoals:\n{goals}\n"
                   "  - {id: top, title: t, owner: sales, supports: [grow], metric: arr, initiatives: [x]}\n")
    text = render(result, "markdown")
    assert "<details><summary>4 more GC101 orphan-goal</summary>" in text
    assert text.count("| medium |") == 7  # folded, not dropped


def test_text_from_the_goals_files_cannot_add_markup():
    assert md("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert md("a | b *c* _d_ [e](http://x) `f` ~g~ # h") == \
        r"a \| b \*c\* \_d\_ \[e\](http://x) \`f\` \~g\~ \# h"
    assert md("R&D &amp; co") == "R&D &amp;amp; co"  # a lone & stays; an entity shows as written
    assert md("two\nlines") == "two lines"
    assert code("a`b") == "``a`b``" and code("x|y") == r"`x\|y`"


def test_links_to_file_and_line_when_given_a_base(brightline):
    text = render(brightline, "markdown", compact=True, link_base="https://github.com/acme/goals/blob/abc123/")
    item = max(brightline.active, key=lambda r: r.severity == "high")
    location = item.finding.location
    assert (f"[{location.file}:{location.line}](<https://github.com/acme/goals/blob/abc123/{location.file}"
            f"#L{location.line}>)") in text


def test_the_compact_form_is_a_pull_request_comment(brightline):
    text = render(brightline, "markdown", compact=True)
    assert text.startswith(f"### goalcheck: Brightline Telecom scores {brightline.score:.1f}/100 for alignment "
                           f"(grade {brightline.grade}); goal data complete: {brightline.hygiene.complete:g}%")
    assert f"**Failed** · {brightline.counts['high']} high" in text
    table = re.findall(r"^\| (high|medium|low) \|", text, re.MULTILINE)
    assert len(table) == len(brightline.active)  # all of them: the first ten, then the rest folded
    assert table == sorted(table, key=["high", "medium", "low"].index)
    assert f"<details><summary>{len(brightline.active) - 10} more findings</summary>" in text
    assert "<details><summary>Top fixes</summary>" in text
    assert not re.search(r"^## ", text, re.MULTILINE)  # no leadership sections in a comment


def test_the_compact_form_stays_short_with_thousands_of_findings(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    generate(tmp_path / "org", 3000)
    result = run(str(tmp_path / "org"), Options(as_of=AS_OF))
    assert len(result.active) > 500
    text = render(result, "markdown", compact=True, link_base="https://github.com/acme/goals/blob/abc123/")
    assert len(text) < COMMENT_LIMIT / 2
    assert re.search(r"And [\d,]+ more not listed here: `GC\d+` ", text)
    assert text.count("<details>") == text.count("</details>") == 2


def test_no_findings(audit):
    result = audit("organization: {name: Example Co}\n")
    assert "No findings: every rule that ran is satisfied." in render(result, "markdown", compact=True)
    assert "Nothing to fix." in render(result, "markdown")


def test_a_baseline_run_says_what_was_compared_not_that_all_is_well(tmp_path, capsys):
    from goalcheck.cli import main

    sample = Path(__file__).resolve().parent.parent / "sample_orgs" / "meridian-software"
    recorded = tmp_path / "baseline.json"
    main(["audit", str(sample), "--write-baseline", str(recorded), "--as-of", "2026-12-01", "-f", "json"])
    capsys.readouterr()
    for extra in ([], ["--compact"]):
        main(["audit", str(sample), "--baseline", str(recorded), "-f", "markdown", "--as-of", "2026-12-01", *extra])
        out = capsys.readouterr().out
        assert "Against the baseline" in out and "in the baseline (not listed)" in out
        assert "Every goal checked serves the strategy" not in out
