"""A goal serving two parents (`parent: [a, b]`): every rule that walks parents
follows each of them, and a parent loop through either is found."""

from __future__ import annotations

from goalcheck.cli import main

from .conftest import fired, subjects

HEAD = """\
organization: {name: Acme}
objectives:
  - {id: grow, title: Grow revenue}
  - {id: keep, title: Keep customers}
departments:
  - {id: sales, name: Sales, customer_facing: true}
  - {id: support, name: Support, customer_facing: true}
  - {id: ops, name: Operations}
metrics:
  - {id: idx, name: Widget index}
  - {id: nps, name: NPS}
"""


def test_a_goal_serves_what_each_of_its_parents_serves(audit):
    result = audit(HEAD + """\
goals:
  - {id: top-a, title: t, owner: sales, metric: idx, direction: maintain}
  - {id: top-b, title: t, owner: sales, supports: [keep], metric: idx, direction: maintain}
  - {id: child, title: t, owner: ops, parent: [top-a, top-b], metric: idx, direction: maintain}
  - {id: lone, title: t, owner: ops, parent: [top-a], metric: idx, direction: maintain}
""")
    # lone serves nothing only through top-a: top-a's one finding names it (one missing link)
    assert subjects(result, "GC101") == {"top-a"}
    [orphan] = fired(result, "GC101")
    assert "the goal cascaded from it ('lone')" in orphan.message and "'child'" not in orphan.message
    assert "keep" not in subjects(result, "GC102") and subjects(result, "GC102") == {"grow"}
    # both parents have a child: neither is a goal without a plan
    assert not {"top-a", "top-b"} & subjects(result, "GC602")


def test_unknown_second_parent_is_located_at_that_element(audit):
    result = audit(HEAD + """\
goals:
  - {id: top, title: t, owner: sales, supports: [grow], metric: idx, direction: maintain}
  - id: child
    title: t
    owner: ops
    parent: [top, tpo]
    metric: idx
    direction: maintain
""")
    [finding] = fired(result, "GC001")
    assert finding.finding.subject == "child"
    assert (finding.finding.location.line, finding.finding.location.column) == (17, 19)
    assert "parent" in finding.message and "'tpo'" in finding.message
    assert "child" not in subjects(result, "GC101")  # what it serves is unknown: no guess


def test_a_loop_through_a_second_parent_is_one_finding(audit):
    result = audit(HEAD + """\
goals:
  - {id: top, title: t, owner: sales, supports: [grow], metric: idx, direction: maintain}
  - {id: a, title: t, owner: ops, parent: [top, b], metric: idx, direction: maintain}
  - {id: b, title: t, owner: ops, parent: [a, c], metric: idx, direction: maintain}
  - {id: c, title: t, owner: ops, parent: b, metric: idx, direction: maintain}
""")
    [finding] = fired(result, "GC002")
    assert finding.finding.subject == "a"  # the knot a-b-c is one problem; a comes first
    assert finding.finding.args["cycle"] == "'a' -> 'b' -> 'a'"
    assert subjects(result, "GC101") == set()  # the loop reaches top, which serves grow


def test_self_loop_and_plain_loop_still_found(audit):
    result = audit(HEAD + """\
goals:
  - {id: me, title: t, owner: ops, parent: [me], supports: [grow], metric: idx, direction: maintain}
  - {id: x, title: t, owner: ops, parent: y, supports: [grow], metric: idx, direction: maintain}
  - {id: y, title: t, owner: ops, parent: x, metric: idx, direction: maintain}
""")
    assert subjects(result, "GC002") == {"me", "x"}


def test_cascade_drift_against_the_second_parent(audit):
    result = audit(HEAD + """\
goals:
  - {id: top-a, title: t, owner: sales, supports: [grow], metric: nps, direction: maintain}
  - {id: top-b, title: t, owner: sales, supports: [grow], metric: idx, direction: increase, target: 5}
  - {id: child, title: t, owner: ops, parent: [top-a, top-b], metric: idx, direction: decrease, target: 1}
  - {id: fine, title: t, owner: ops, parent: [top-a, top-b], metric: idx, direction: increase, target: 9}
""")
    [finding] = fired(result, "GC103")
    assert finding.finding.subject == "child" and "'top-b'" in finding.message


def test_a_piece_of_a_shared_goal_through_its_second_parent(audit):
    result = audit(HEAD + """\
goals:
  - {id: solo, title: t, owner: sales, supports: [grow], metric: idx, direction: maintain}
  - {id: shared, title: t, owner: sales, co_owners: [support], supports: [keep], metric: idx,
     direction: maintain}
  - {id: piece, title: t, owner: support, parent: [solo, shared], metric: nps, baseline: 20, target: 30}
  - {id: alone, title: t, owner: ops, parent: [solo], metric: {name: Logo churn}, baseline: 5, target: 4}
""")
    assert subjects(result, "GC201") == {"alone"}


def test_a_long_chain_needs_no_recursion(audit):
    lines = [HEAD + "goals:", "  - {id: g0, title: t, owner: ops, supports: [grow], metric: idx, direction: maintain}"]
    for number in range(1, 3000):
        lines.append(f"  - {{id: g{number}, title: t, owner: ops, parent: [g{number - 1}], metric: idx,"
                     " direction: maintain}")
    result = audit("\n".join(lines) + "\n")
    assert subjects(result, "GC101") == set() and subjects(result, "GC002") == set()


def test_parent_must_be_an_id_or_a_list_of_ids(tmp_path, capsys):
    path = tmp_path / "goals.yaml"
    path.write_text(HEAD + """\
goals:
  - {id: child, title: t, owner: ops, parent: [Not An Id], metric: idx, direction: maintain}
""", encoding="utf-8")
    code = main(["audit", str(path)])
    out, err = capsys.readouterr()
    assert code == 2
    assert "goals.yaml:13:48: each item of 'parent' in goal 'child' must be an id" in err + out
    assert "Traceback" not in err + out
