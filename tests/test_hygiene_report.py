"""Goal hygiene folded in the human reports (issue 12 item 6): text, Markdown and HTML
show it after the alignment findings as a line per department, with each rule's count
and the goals' ids; placeholders (GC607) are named in the header; --show-all lists
every finding; machine formats keep one finding per goal."""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import replace

import pytest

from goalcheck.cli import main
from goalcheck.report import render, story

from .conftest import AS_OF

ORG = """\
organization: {name: Fold Co, strategy: Be the easiest company to do business with.}
objectives:
  - {id: easy, title: Make getting help effortless, measured_by: [csat]}
departments:
  - {id: support, name: Customer Support, customer_facing: true}
  - {id: finance, name: "::warning Finance <b>&</b> **Ops** @team"}
metrics:
  - {id: csat, name: Customer satisfaction, unit: "%"}
  - {id: cost, name: Cost per contact, unit: "$"}
goals:
  - {id: sup-csat, title: Raise CSAT, owner: support, supports: [easy], metric: csat, baseline: 80, target: 85, due: 2027-06-30, initiatives: [Fix billing]}
  - {id: sup-a, title: Make help pages better, owner: support, supports: [easy], initiatives: [x]}
  - {id: sup-b, title: Answer faster, owner: support, supports: [easy], initiatives: [x]}
  - {id: sup-c, title: Train the team, owner: support, supports: [easy], initiatives: [x]}
  - {id: sup-d, title: Tidy the queues, owner: support, supports: [easy], initiatives: [x]}
  - {id: sup-e, title: Review macros, owner: support, supports: [easy], initiatives: [x]}
  - {id: sup-f, title: Close old tickets, owner: support, supports: [easy], initiatives: [x]}
  - {id: sup-g, title: Raise CSAT further, owner: support, supports: [easy], metric: csat, target: 90, initiatives: [x]}
  - {id: fin-tbd, title: Cut cost per contact, owner: finance, supports: [easy], metric: cost, baseline: 5, target: TBD, due: 2027-06-30, initiatives: [x]}
  - {id: fin-cut, title: Cut cost per contact, owner: finance, supports: [easy], metric: cost, baseline: 5, target: 4, due: 2027-06-30, initiatives: [x], guardrails: [csat]}
  - {id: fin-x, title: Lower the cost of a refund, owner: finance, supports: [easy], metric: cost, target: 3, initiatives: [x]}
"""
# by subject and line: GC201 sup-csat 11, sup-g 18; GC601 sup-a..sup-f 12-17; GC603 sup-g 18,
# fin-x 21; GC607 fin-tbd 19; GC106 fin-cut 20
SUPPORT_IDS = ["sup-a", "sup-b", "sup-c", "sup-d", "sup-e", "sup-f", "sup-g"]


@pytest.fixture
def result(audit):
    return audit(ORG)


def hygiene_at(result) -> list[tuple[str, str, int]]:
    return sorted((r.rule.code, r.finding.subject, r.finding.location.line) for r in result.active
                  if r.rule.area == "hygiene")


def test_the_fixture_fires_what_the_report_folds(result):
    assert hygiene_at(result) == sorted(
        [("GC601", goal, line) for goal, line in zip(SUPPORT_IDS[:6], range(12, 18))]
        + [("GC603", "sup-g", 18), ("GC603", "fin-x", 21), ("GC607", "fin-tbd", 19)])
    assert sorted((r.rule.code, r.finding.subject) for r in result.active if r.rule.area != "hygiene") == [
        ("GC106", "fin-cut"), ("GC201", "sup-csat"), ("GC201", "sup-g")]


def test_text_folds_hygiene_a_line_per_department_after_the_alignment_findings(result):
    text = render(result, "text", width=200)
    heading = text.index("Goal hygiene: 9 findings on 9 goals (a line per department; --show-all lists each)")
    assert max(text.index("GC201 siloed"), text.index("GC106 duplicate-goal")) < heading
    assert heading < text.index("Top fixes")
    lines = text[heading:text.index("Top fixes")].splitlines()[1:]
    assert lines[0] == ("  Customer Support  GC601 unmeasurable-goal ×6, GC603 missing-baseline-or-due ×1 · "
                        "sup-a, sup-b, sup-c, sup-d, sup-e +2 more")
    # the department's name is untrusted: '::' at its start cannot run as a CI command
    assert lines[1] == "  \\::warning Finance <b>&</b> **Ops** @team  GC603 missing-baseline-or-due ×1 · fin-x"
    assert lines[2] == ""
    # no hygiene finding is printed in full, and no severity section counts them
    assert "GC601 unmeasurable-goal  goal" not in text and "sup-a' cannot be measured" not in text
    assert "MEDIUM (1)" in text and "HIGH (2)" in text and "LOW (" not in text


def test_text_names_placeholders_in_the_header_not_among_hygiene(result):
    text = render(result, "text", width=200)
    line = "1 goal still has a placeholder target where the number should be (GC607): fin-tbd"
    assert line + "\n" in text
    assert text.index(line) < text.index("Area ")  # the header, above the score tables
    assert "GC607" not in text[text.index("Goal hygiene:"):]


def test_show_all_lists_every_hygiene_finding_in_full(result):
    text = render(result, "text", width=200, show_all=True)
    heading = text.index("Goal hygiene: 9 findings on 9 goals\n")
    assert "a line per department" not in text
    hygiene = text[heading:text.index("Top fixes")]
    for code, goal, line in hygiene_at(result):
        assert re.search(rf"  {code} [a-z-]+  goal '{goal}'  goals\.yaml:{line}:5\n", hygiene), (code, goal)
    assert "+2 more" not in hygiene and "… " not in hygiene
    assert render(result, "text", width=200, fold=False) == text  # the CI log's report is the same


def test_ids_are_capped_and_listed_in_file_order(audit):
    goals = "".join(f"  - {{id: g{n:02d}, title: Goal {n}, owner: d, initiatives: [x]}}\n" for n in range(12, 0, -1))
    result = audit(f"organization: {{name: Many}}\ndepartments:\n  - {{id: d, name: D}}\ngoals:\n{goals}")
    text = render(result, "text", width=300)
    line = next(line for line in text.splitlines() if line.startswith("  D  "))
    assert line.endswith("· g12, g11, g10, g09, g08 +7 more")
    md = render(result, "markdown")
    assert "| D | 12 | GC601 unmeasurable-goal ×12 | `g12`, `g11`, `g10`, `g09`, `g08` +7 more |" in md
    page = render(result, "html")
    assert ('<span class="chip mono">g08</span> <span class="more" title="g12, g11, g10, g09, g08, g07, g06, '
            'g05, g04, g03, g02, g01">+7 more</span>') in page


def test_a_finding_on_the_whole_organisation_is_folded_with_its_message(audit):
    goals = "".join(f"  - {{id: g{n}, title: Goal {n}, owner: d, metric: m, baseline: 1, target: 2, "
                    f"due: 2025-0{n}-01, initiatives: [x]}}\n" for n in (1, 2))
    result = audit(f"organization: {{name: Old}}\ndepartments:\n  - {{id: d, name: D}}\n"
                   f"metrics:\n  - {{id: m, name: Revenue}}\ngoals:\n{goals}")
    assert [(r.rule.code, r.finding.subject) for r in result.active if r.rule.area == "hygiene"] == [("GC604", None)]
    text = render(result, "text", width=300)
    line = next(line for line in text.splitlines() if line.startswith("  Across the organisation"))
    assert line.startswith("  Across the organisation  GC604 stale-goal ×1 · every one of the 2 dated goals has ended")


def test_markdown_folds_hygiene_into_a_table_after_the_findings(result):
    md = render(result, "markdown")
    assert md.index("## Every finding, by department") < md.index("## Goal hygiene: 9 findings on 9 goals")
    section = md[md.index("## Goal hygiene"):]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    assert rows == [
        "| Department | Findings | Rules | Goals |",
        "| --- | ---: | --- | --- |",
        "| Customer Support | 7 | GC601 unmeasurable-goal ×6, GC603 missing-baseline-or-due ×1 "
        "| `sup-a`, `sup-b`, `sup-c`, `sup-d`, `sup-e` +2 more |",
        # untrusted name: no markup, no HTML, no mention
        "| ::warning Finance &lt;b&gt;&&lt;/b&gt; \\*\\*Ops\\*\\* @&#8203;team | 1 "
        "| GC603 missing-baseline-or-due ×1 | `fin-x` |"]
    findings = md[md.index("## Every finding"):md.index("## Goal hygiene")]
    assert "GC601" not in findings and "GC603" not in findings and "GC607" not in findings
    header = md[:md.index("## Scores by area")]
    assert ("**1 goal still has a placeholder target where the number should be (GC607):** `fin-tbd`"
            in header)


def test_markdown_show_all_lists_each_hygiene_finding(result):
    md = render(result, "markdown", show_all=True)
    section = md[md.index("## Goal hygiene"):]
    for code, goal, line in hygiene_at(result):
        assert re.search(rf"'{goal}'.*`{code}` \| .* \| `goals\.yaml:{line}` \|", section), (code, goal)
    assert "+2 more" not in section


def test_html_folds_hygiene_into_a_table_after_the_findings(result):
    page = render(result, "html")
    assert page.index('<section id="findings">') < page.index('<section id="hygiene">') < page.index("<footer")
    section = page[page.index('<section id="hygiene">'):page.index("<footer")]
    assert '<article class="finding' not in section
    assert page.count('<article class="finding') == 3  # the alignment findings only
    rows = re.findall(r'<tr data-department="([a-z]+)" data-findings="(\d+)">', section)
    assert rows == [("support", "7"), ("finance", "1")]
    assert ("<th scope=\"row\">::warning Finance &lt;b&gt;&amp;&lt;/b&gt; **Ops** @team</th>"
            '<td class="count">1</td><td><code>GC603</code> missing-baseline-or-due ×1</td>'
            '<td><span class="chip mono">fin-x</span></td>') in section
    summary = page[page.index('id="summary"'):page.index('id="scores"')]
    assert ('<p class="placeholders" data-figure="placeholders" data-count="1"><b>1 goal still has a '
            'placeholder target where the number should be (GC607):</b> <span class="chip mono">fin-tbd</span>'
            "</p>") in summary
    shown = render(result, "html", show_all=True)
    assert shown.count('<article class="finding') == len(result.findings)
    hygiene = shown[shown.index('<section id="hygiene">'):]
    assert hygiene.count('<article class="finding') == 9


def test_without_hygiene_there_is_no_hygiene_section_and_no_placeholder_line(audit):
    result = audit(ORG.split("  - {id: sup-a")[0])
    assert not [r for r in result.active if r.rule.area == "hygiene"]
    assert "Goal hygiene:" not in render(result, "text")
    assert "## Goal hygiene" not in render(result, "markdown")
    assert '<section id="hygiene">' not in render(result, "html") and "placeholder target" not in render(result, "html")


def test_machine_formats_keep_one_finding_per_goal(result):
    data = json.loads(render(result, "json"))
    assert sorted((f["rule"], f["subject"]) for f in data["findings"]) == sorted(
        (r.rule.code, r.finding.subject) for r in result.findings)
    assert len(render(result, "concise").splitlines()) == len(result.findings)
    for fmt in ("json", "sarif", "github", "gitlab", "junit", "concise"):
        assert render(result, fmt, show_all=True) == render(result, fmt), fmt


def test_the_cli_takes_show_all_and_gives_the_same_bytes_twice(tmp_path, capsys):
    path = tmp_path / "goals.yaml"
    path.write_text(textwrap.dedent(ORG), encoding="utf-8")
    outputs = {}
    for fmt in ("text", "markdown", "html"):
        for flags in ((), ("--show-all",)):
            runs = []
            for _ in range(2):
                assert main(["audit", str(path), "--as-of", AS_OF.isoformat(), "-f", fmt, *flags]) == 1
                runs.append(capsys.readouterr().out)
            assert runs[0] == runs[1]
            outputs[fmt, flags] = runs[0]
    assert "a line per department" in outputs["text", ()]
    assert "goal 'sup-a'" in outputs["text", ("--show-all",)] and "goal 'sup-a'" not in outputs["text", ()]
    assert outputs["markdown", ("--show-all",)] != outputs["markdown", ()]
    assert outputs["html", ("--show-all",)].count("<article") > outputs["html", ()].count("<article")


def test_a_waived_hygiene_finding_is_counted_apart_not_folded(result):
    from dataclasses import replace

    first = next(i for i, r in enumerate(result.findings) if r.finding.subject == "fin-x")
    waived = replace(result.findings[first], waived="no baseline before the new ledger")
    result = replace(result, findings=result.findings[:first] + (waived,) + result.findings[first + 1:])
    md = render(result, "markdown")
    assert "| ::warning Finance &lt;b&gt;&&lt;/b&gt; \\*\\*Ops\\*\\* @&#8203;team | 0 | 1 waived | · |" in md
    text = render(result, "text", width=200)
    assert "Goal hygiene: 8 findings on 8 goals" in text
    assert "fin-x" not in text[text.index("Goal hygiene:"):text.index("WAIVED")]
    assert "GC603 goal 'fin-x'" in text[text.index("WAIVED"):]


def test_the_verdict_weighs_alignment_and_names_hygiene_apart(audit):
    only = audit("organization: {name: Tidy}\nobjectives:\n  - {id: keep, title: Customers stay with us}\n"
                 "departments:\n  - {id: d, name: D}\ngoals:\n"
                 "  - {id: g1, title: Make things better, owner: d, supports: [keep], initiatives: [x]}\n"
                 "  - {id: g2, title: Grow revenue, owner: d, supports: [keep], metric: {name: Revenue},"
                 " target: TBD, initiatives: [x]}\n")
    assert sorted((r.rule.code, r.severity) for r in only.active) == [("GC601", "medium"), ("GC607", "medium")]
    assert story.verdict(only) == ("The goals are well aligned with the strategy; what remains is goal data "
                                   "to complete (2 hygiene findings, placeholders first).")


def test_the_verdict_counts_alignment_findings_only(result):
    # 2 high (GC201) and 1 medium (GC106) of alignment; 7 medium hygiene findings are not counted
    assert story.verdict(result).endswith("; 2 high-severity findings need a decision before targets are locked.")
    no_high = replace(result, findings=tuple(r for r in result.findings if r.rule.code != "GC201"))
    assert story.verdict(no_high).endswith("; 1 medium finding is worth settling in planning.")
