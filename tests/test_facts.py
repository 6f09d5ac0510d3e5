"""`goalcheck facts`: every metric with its facts and their sources; unknown said out loud."""

from __future__ import annotations

import json

from goalcheck.audit import Options, run
from goalcheck.cli import main

from .conftest import AS_OF

ORG = """\
version: 1
organization: {name: Acme, strategy: Keep customers}
departments:
  - {id: support, name: Support, customer_facing: true}
  - {id: people, name: People Team}
metrics:
  - {id: aht, name: Average handle time, unit: seconds}
  - {id: nps, name: NPS, kind: outcome}
  - {id: widgets, name: WTP}
  - {id: keep, name: Retention rate}
goals:
  - {id: g1, title: Shorter calls, owner: support, metric: aht, baseline: 400, target: 300, due: 2027-06-30}
  - {id: g2, title: Keep our people, owner: people, metric: keep, baseline: 80, target: 85, due: 2027-06-30}
"""


def facts_json(tmp_path, capsys):
    path = tmp_path / "goals.yaml"
    path.write_text(ORG, encoding="utf-8")
    assert main(["facts", str(path), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_lists_every_metric_in_file_order_with_exactly_its_keys(tmp_path, capsys):
    report = facts_json(tmp_path, capsys)
    assert list(report) == ["metrics"]
    assert [m["id"] for m in report["metrics"]] == ["aht", "nps", "widgets", "keep"]
    for entry in report["metrics"]:
        assert set(entry) == {"id", "name", "kind", "experience", "access", "better", "cross_functional",
                              "sources"}


def test_facts_say_where_they_came_from(tmp_path, capsys):
    aht, nps, widgets, keep = facts_json(tmp_path, capsys)["metrics"]
    assert (aht["kind"], aht["experience"], aht["better"]) == ("cost", False, "decrease")
    assert "kind: metric 'aht' is a cost metric: name reads 'average handle time'" in aht["sources"]
    assert "kind: declared on metric 'nps'" in nps["sources"]
    # nothing tells what it measures; no word of it is about customers, so it is no experience
    assert (widgets["kind"], widgets["better"]) == (None, None)
    assert (widgets["experience"], widgets["access"], widgets["cross_functional"]) == (False, False, False)
    assert widgets["sources"] == ["experience: metric 'widgets' is not an experience measure: no word of the "
                                  "name is about customers, their service or their wait"]
    # whose retention, when the name cannot say: the owning department's
    assert keep["experience"] is False
    assert any("People Team" in source for source in keep["sources"])


def test_text_is_a_table_that_names_the_unknown(tmp_path, capsys):
    path = tmp_path / "goals.yaml"
    path.write_text(ORG, encoding="utf-8")
    assert main(["facts", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["metric", "kind", "experience", "access", "better", "cross-functional"]
    assert "  unknown: kind; declare kind on the metric\n" in out
    assert out.rstrip().endswith("4 metrics; goalcheck could not tell what 1 of them measure")


def test_bad_input_is_located_and_exit_2(tmp_path, capsys):
    path = tmp_path / "goals.yaml"
    path.write_text("version: 1\nmetrics:\n  - {id: a, name: [\n", encoding="utf-8")
    assert main(["facts", str(path)]) == 2
    assert "goals.yaml:4:1:" in capsys.readouterr().err


def test_the_audit_says_once_what_it_could_not_read(tmp_path):
    path = tmp_path / "goals.yaml"
    path.write_text(ORG, encoding="utf-8")
    result = run(str(path), Options(as_of=AS_OF))
    assert result.unknown_metrics == (("widgets", ("kind",)),)
    from goalcheck.report import text
    report = text.render(result)
    assert report.count("could not tell") == 1
    assert "could not tell what 1 of 4 metrics measure (widgets): declare kind" in report
