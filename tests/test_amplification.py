"""A report grows with the findings, not with the length of what a pull request wrote.

Text fields are capped (tests/hostile_cases.py refuses a 2,001-character title, a
500 KB name, a long text aliased many times); a name or title at the cap, shared
by every goal, is quoted in each message by its first characters only, so the
report of an organisation whose names are all at the cap is within a small
factor (2.5) of the same organisation's report with short names, in every format.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from goalcheck.audit import QUOTED, Options, run
from goalcheck.report import FORMATS, render


def organisation(folder: Path, length: int, goals: int = 200) -> Path:
    """Every shared text (organisation, strategy, objective, departments, metric) ``length`` long."""
    pad = lambda letter, prefix="": prefix + letter * (length - len(prefix))  # noqa: E731
    lines = [f"organization: {{name: {pad('A')}, strategy: {pad('s')}}}\n",
             f"objectives: [{{id: o, title: {pad('O')}, measured_by: [m]}}]\n",
             f"departments: [{{id: s, name: {pad('S')}}}, {{id: t, name: {pad('T')}}}]\n",
             f"metrics:\n  - {{id: m, name: {pad('n', 'Average handle time ')}}}\n", "goals:\n"]
    for number in range(goals):  # half push the metric up, half down: conflicts, orphans, hygiene
        owner, direction = ("s", "decrease") if number % 2 else ("t", "increase")
        lines.append(f"  - {{id: g{number}, title: {pad('G')}, owner: {owner}, metric: m, "
                     f"direction: {direction}, target: 1, supports: [o]}}\n")
    folder.mkdir()
    (folder / "goals.yaml").write_text("".join(lines), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    base = tmp_path_factory.mktemp("amplification")
    return {length: run(str(organisation(base / str(length), length)), Options(as_of=date(2026, 12, 1)))
            for length in (20, 2000)}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_names_at_the_cap_do_not_multiply_the_report(results, fmt):
    short, long = render(results[20], fmt), render(results[2000], fmt)
    assert len(results[2000].findings) == len(results[20].findings) > 200
    # quoted in full, names at the cap made reports up to 4.6 times larger (concise) and 3 (github)
    assert len(long) < 2.5 * len(short), f"{len(long):,} bytes against {len(short):,}"


def test_a_long_title_is_quoted_by_its_start(results):
    messages = [item.message for item in results[2000].findings]
    assert any("G" * (QUOTED - 1) + "…" in message for message in messages)
    assert not any("G" * QUOTED in message for message in messages)


def _levers_org(tmp_path: Path, levers: int) -> Path:
    """A metric ``levers`` departments move (influenced_by), and a goal on it owned by another."""
    names = [f"Region {number}" for number in range(levers)]
    text = ("organization: {name: Acme}\ndepartments:\n  - {id: support, name: Support}\n"
            + "".join(f"  - {{id: r{number}, name: {name}}}\n" for number, name in enumerate(names))
            + f"metrics:\n  - {{id: calls, name: Calls per customer, influenced_by: "
              f"[{', '.join(f'r{number}' for number in range(levers))}]}}\n"
            + "goals:\n  - {id: fewer-calls, title: Fewer calls, owner: support, metric: calls, "
              "baseline: 9, target: 7}\n")
    folder = tmp_path / f"levers-{levers}"
    folder.mkdir()
    (folder / "goals.yaml").write_text(text, encoding="utf-8")
    return folder


def test_a_message_names_the_first_departments_that_move_a_metric_and_counts_the_rest(tmp_path):
    """GC202 in an organisation of regional units: the message does not grow with them."""
    many = [r for r in run(str(_levers_org(tmp_path, 40)), Options(as_of=date(2026, 12, 1))).findings
            if r.rule.code == "GC202"]
    assert [r.finding.subject for r in many] == ["fewer-calls"]
    assert many[0].message.endswith("are Region 0, Region 1, Region 2, Region 3 and 36 more departments")
    assert "(Region 0, Region 1, Region 2, Region 3 and 36 more departments)" in many[0].fix
    few = [r for r in run(str(_levers_org(tmp_path, 4)), Options(as_of=date(2026, 12, 1))).findings
           if r.rule.code == "GC202"]
    assert few[0].message.endswith("are Region 0, Region 1, Region 2 and Region 3")
