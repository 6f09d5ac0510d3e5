"""The HTML leadership report, read as text: self-contained, escaped, in the
story's order, with the Result's figures. tests/test_browser.py opens it in
Chromium."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from goalcheck.audit import Options, run
from goalcheck.cli import main
from goalcheck.report import render

from .conftest import AS_OF

SAMPLES = Path(__file__).resolve().parent.parent / "sample_orgs"

HOSTILE = """\
organization:
  name: "Evil <script>alert('org')</script> & Co"
  strategy: "Be </style><b>bold</b> \\"quoted\\""
objectives:
  - {id: grow, title: "<img src=x onerror=alert(1)> Grow"}
departments:
  - {id: sales, name: "Sales \\" onmouseover=\\"alert(2)", customer_facing: true}
  - {id: support, name: "Support <i>team</i>", customer_facing: true}
metrics:
  - {id: aht, name: "Handle time </title><script>alert(3)</script>"}
goals:
  - {id: cut-aht, title: "<script>alert('goal')</script>", owner: support, metric: aht,
     baseline: 420, target: 300}
  - {id: orphan, title: "</p><script>document.title='pwned'</script>", owner: sales, metric: aht,
     baseline: 420, target: 480}
"""


def test_the_report_is_one_self_contained_file_with_no_script(audit):
    page = render(audit(HOSTILE), "html")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    # nothing that could fetch: no external URL, no linked file, no font, no script
    tags = re.findall(r"<[a-zA-Z][^>]*>", page)  # escaped text holds no "<", so these are real tags
    assert not [tag for tag in tags if re.search(r"\s(src|href|srcset|poster|data|action|on\w+)\s*=", tag)]
    assert not re.search(r"https?:|//[a-z]|@import|@font-face|url\(", page, re.IGNORECASE)
    assert "<script" not in page and "<link" not in page and "<iframe" not in page


def test_text_from_the_goals_files_is_escaped(audit):
    page = render(audit(HOSTILE), "html")
    assert "Evil &lt;script&gt;alert(&#x27;org&#x27;)&lt;/script&gt; &amp; Co" in page
    assert "&lt;img src=x onerror=alert(1)&gt; Grow" in page
    assert "&lt;/p&gt;&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    assert "Be &lt;/style&gt;&lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot;" in page
    assert "Support &lt;i&gt;team&lt;/i&gt;" in page
    # a quote in a name cannot close an attribute
    assert 'onmouseover="' not in page and "Sales &quot; onmouseover=&quot;alert(2)" in page
    assert "<title>Goals audit · Evil &lt;script&gt;" in page


def test_the_story_comes_in_order_with_the_results_figures():
    result = run(str(SAMPLES / "brightline-telecom.yaml"), Options(as_of=AS_OF))
    page = render(result, "html")
    order = ['<header class="masthead">', 'id="summary"', 'id="scores"', 'id="matrix"', 'id="conflicts"',
             'id="fixes"', 'id="findings"']
    positions = [page.index(marker) for marker in order]
    assert positions == sorted(positions)
    assert f'<span data-figure="score">{result.score:.1f}</span>' in page
    assert f'<b data-figure="grade">{result.grade}</b>' in page
    assert f'<b data-figure="findings">{len(result.active)}</b>' in page
    assert "Win and keep households" in page and "1 December 2026" in page
    for part in result.areas + result.departments:
        assert f'data-id="{part.id}" data-score="{part.score:.1f}"' in page
    assert page.count('<article class="finding') == len(result.findings)
    for item in result.findings:
        location = item.finding.location
        assert f"{location.file}:{location.line}</code>" in page


def test_the_matrix_and_the_conflict_map_show_what_stands_out():
    result = run(str(SAMPLES / "brightline-telecom.yaml"), Options(as_of=AS_OF))
    page = render(result, "html")
    matrix = page[page.index('id="matrix"'):page.index('id="conflicts"')]
    for department in result.matrix.serving_nothing:  # shaded, and listed under the table
        assert f'<tr class="idle"><th scope="row" data-department="{department}">' in matrix
    assert "Departments whose goals serve no objective (2)" in matrix
    conflicts = page[page.index('id="conflicts"'):page.index('id="fixes"')]
    assert conflicts.count('<li class="conflict"') == len(result.conflicts) > 0
    assert "Customer Care<span" in conflicts and "Marketing &amp; Brand" in conflicts
    assert "Net Promoter Score" in conflicts


def test_top_fixes_lead_with_the_fix_and_end_with_the_rule():
    result = run(str(SAMPLES / "brightline-telecom.yaml"), Options(as_of=AS_OF))
    page = render(result, "html")
    fixes = page[page.index('id="fixes"'):page.index('id="findings"')]
    items = re.findall(r'<li data-rule="(GC\d+)"><p class="fix">(.*?)</p><p class="meta">(.*?)</p></li>', fixes)
    assert [rule for rule, _, _ in items] == [fix.rule for fix in result.fixes[:5]]
    rule, _, meta = items[0]
    assert meta.startswith(f'<span class="points" data-points="{result.fixes[0].points:.1f}">')
    assert meta.endswith(f"<code>{rule}</code> {next(f.rule.name for f in result.findings if f.rule.code == rule)}")


def test_an_aligned_organisation_reads_as_such():
    result = run(str(SAMPLES / "northwind-outfitters"), Options(as_of=AS_OF))
    assert not result.active
    page = render(result, "html")
    assert "nothing to settle before planning" in page
    assert "No findings: every rule that ran is satisfied." in page and "Nothing to fix." in page
    assert "No two departments push against each other" in page


def test_many_objectives_turn_the_matrix_and_count_goals(audit):
    objectives = "\n".join(f"  - {{id: o{n}, title: Objective {n}}}" for n in range(12))
    goals = "\n".join(f"  - {{id: g{n}, title: t, owner: d{n % 3}, supports: [o{n % 12}], metric: m, "
                      f"direction: maintain, initiatives: [x]}}" for n in range(24))
    departments = "\n".join(f"  - {{id: d{n}, name: Department {n}}}" for n in range(3))
    result = audit(f"organization: {{name: Big}}\nobjectives:\n{objectives}\ndepartments:\n{departments}\n"
                   f"metrics:\n  - {{id: m, name: Revenue}}\ngoals:\n{goals}\n")
    page = render(result, "html")
    assert '<th class="corner" scope="col">Objective</th>' in page  # objectives are the rows
    assert page.count('<th scope="row" data-objective=') == 12


def test_the_cli_writes_the_file(tmp_path):
    """(The same bytes on every run and hash seed: tests/test_determinism.py.)"""
    target = tmp_path / "a.html"
    code = main(["audit", str(SAMPLES / "meridian-software"), "--format", "html", "--output", str(target),
                 "--as-of", AS_OF.isoformat()])
    assert code == 1
    assert b"Meridian Software" in target.read_bytes()


def test_waived_findings_are_shown_apart_and_not_counted(audit):
    result = audit(HOSTILE)
    waived = replace(result.findings[0], waived="accepted until the new tool lands")
    result = replace(result, findings=(waived,) + result.findings[1:])
    page = render(result, "html", show_all=True)
    assert page.count('<article class="finding') == len(result.findings)
    assert page.count(" waived\" data-rule=") == 1
    assert "waived: accepted until the new tool lands" in page
