"""`goalcheck import` of Markdown OKR pages (issue 18, item 1): headings and bullets,
owners, links and numbers as public handbooks write them."""

from __future__ import annotations

from pathlib import Path

import pytest

from goalcheck.audit import Options, run
from goalcheck.cli import main
from goalcheck.load import load
from goalcheck.mdokr import parse_text

SAMPLES = Path(__file__).resolve().parent.parent / "sample_orgs" / "import"


def _import(tmp_path, text: str, *args) -> tuple[int, Path]:
    source = tmp_path / "okrs.md"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    return main(["import", str(source), "-o", str(out), *args]), out


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_sample_page_imports_audits_and_is_stable(tmp_path, capsys):
    first, second = tmp_path / "a", tmp_path / "b"
    assert main(["import", str(SAMPLES / "okrs.md"), "-o", str(first)]) == 0
    assert main(["import", str(SAMPLES / "okrs.md"), "-o", str(second)]) == 0
    assert _files(first) == _files(second)
    model = load(first)
    assert [o.title for o in model.objectives] == ["Be the easiest company to get help from",
                                                   "Grow revenue from existing customers"]
    goals = {g.title: g for g in model.goals}
    csat = goals["Raise CSAT from 82% to 90%"]
    assert (csat.owner, csat.baseline, csat.target, csat.period) == ("customer-support", 82.0, 90.0, "FY27-Q2")
    assert csat.plan == ("https://example.com/epics/12",)
    assert csat.supports == ("be-the-easiest-company-to-get-help-from",)
    chat = goals["Answer every chat within 2 minutes"]
    assert chat.parents == (csat.id,) and chat.owner == "customer-support"
    repeat = goals["Cut repeat contacts to 13.5%"]
    assert (repeat.owner, repeat.target, repeat.parents) == ("product", 13.5, (csat.id,))
    assert goals["Publish help articles for the top 50 contact reasons"].owner == "knowledge-team"
    backlog = goals["Keep the backlog under 200 tickets"]
    assert (backlog.owner, backlog.target_text) == ("support", "under 200")
    assert goals["Grow expansion bookings from $1.2M to $2M"].target == 2000000
    renew = goals["Renew 95% of accounts up this quarter"]
    assert renew.owner == "customer-success" and renew.parents == (goals["Lift net revenue retention from 108% to 115%"].id,)
    assert goals["Launch the partner programme with $X of partner-sourced pipeline."].target_text == "$X"
    assert run(str(first), Options()).counts is not None
    text = (first / "departments" / "customer-support.yaml").read_text()
    assert "  # okrs.md:11\n" in text
    strategy = (first / "strategy.yaml").read_text()
    assert '"okrs.md:23": "| Metric | Source |"' in strategy  # the table is kept, not lost
    err = capsys.readouterr().err
    assert "'@jane'" in err and "looks like a person" in err


@pytest.mark.parametrize("text, title, owner, plans", [
    ("Raise CSAT to 90% (Support)", "Raise CSAT to 90%", "Support", []),
    ("Raise CSAT to 90% (CSAT)", "Raise CSAT to 90% (CSAT)", None, []),
    ("Raise customer satisfaction (by Q3)", "Raise customer satisfaction (by Q3)", None, []),
    ("[Customer Success] Renew 95% of accounts", "Renew 95% of accounts", "Customer Success", []),
    ("Ship the app, Owner: Mobile", "Ship the app", "Mobile", []),
    ("Ship the app (DRI: @jdoe)", "Ship the app", "@jdoe", []),
    ("Ship [the app](https://x.test/1) fast", "Ship the app fast", None, ["https://x.test/1"]),
    ("**Ship** the app https://x.test/2", "Ship the app", None, ["https://x.test/2"]),
    ("Grow to 1000 contributors (CEO)", "Grow to 1000 contributors", "CEO", []),
])
def test_owner_and_links_read_from_an_item(text, title, owner, plans):
    parsed = parse_text(text)
    assert (parsed.title, parsed.owner, parsed.plans) == (title, owner, plans)


def test_top_level_bullets_as_objectives_nested_as_key_results(tmp_path):
    page = ("# Team OKRs\n\n"
            "- Delight customers\n"
            "  - Raise NPS from 30 to 50 [Support]\n"
            "    - Call back every detractor within 2 days\n"
            "- Objective: Grow\n"
            "  - Reach 100 customers (Sales)\n")
    code, out = _import(tmp_path, page)
    assert code == 0
    model = load(out)
    assert [o.id for o in model.objectives] == ["delight-customers", "grow"]
    goals = {g.id: g for g in model.goals}
    assert goals["raise-nps-from-30-to-50"].supports == ("delight-customers",)
    assert (goals["raise-nps-from-30-to-50"].baseline, goals["raise-nps-from-30-to-50"].target) == (30, 50)
    callback = goals["call-back-every-detractor-within-2-days"]
    assert callback.parents == ("raise-nps-from-30-to-50",) and callback.owner == "support"
    assert (goals["reach-100-customers"].target, goals["reach-100-customers"].owner) == (100, "sales")


def test_a_number_that_is_no_target_is_left_alone(tmp_path):
    code, out = _import(tmp_path, "## Objective: Grow\n\n- Hire 2 PMs for 3 teams (People)\n")
    assert code == 0
    [goal] = load(out).goals
    assert goal.target is None and goal.target_text is None and goal.baseline is None


def test_unowned_page_goes_to_company_and_relative_change_is_kept(tmp_path, capsys):
    code, out = _import(tmp_path, "## Grow\n\n- Increase signups +17% quarter on quarter\n")
    assert code == 0
    [goal] = load(out).goals
    assert goal.owner == "company" and goal.extra["x-source"]["change"] == "+17%"
    assert goal.target is None  # +17% is a change, not a level to reach


def test_hostile_page_text_reads_back_exactly(tmp_path, capsys):
    page = '## Obj "one" \x1b[2J\n\n- ::warning::ship \u202eit (Sup\\port)\n'
    code, out = _import(tmp_path, page)
    assert code == 0
    captured = capsys.readouterr()
    assert "\x1b" not in captured.err + captured.out and "\u202e" not in captured.err
    model = load(out)
    assert model.objectives[0].title == 'Obj "one" \x1b[2J'
    assert model.goals[0].extra["x-source"]["text"] == "::warning::ship \u202eit (Sup\\port)"  # as written
    assert model.departments[0].name == "Sup\\port"


def test_handbook_page_furniture_is_kept_but_read_as_no_goal(tmp_path):
    page = ("---\nlayout: handbook-page-toc\ntitle: \"FY22-Q4 OKRs\"\n---\n\n"
            "## On this page\n{:.no_toc .hidden-md .hidden-lg}\n\n- TOC\n{:toc .hidden-md .hidden-lg}\n\n"
            "### 1. CEO: Encourage wider community engagement\n"
            "1. **CEO KR**: Develop a strategy to grow to 1000 contributors per month\n"
            "1. **CEO KR**: Get X customers live with the beta. [Epic](https://gitlab.example/epics/1)\n")
    code, out = _import(tmp_path, page)
    assert code == 0
    model = load(out)
    assert [o.title for o in model.objectives] == ["CEO: Encourage wider community engagement"]
    goals = {g.title: g for g in model.goals}
    assert set(goals) == {"Develop a strategy to grow to 1000 contributors per month",
                          "Get X customers live with the beta."}
    beta = goals["Get X customers live with the beta."]
    assert (beta.owner, beta.period, beta.target_text, beta.plan) == (
        "ceo", "FY22-Q4", "X customers", ("https://gitlab.example/epics/1",))
    strategy = (out / "strategy.yaml").read_text()
    assert '"okrs.md:2": "layout: handbook-page-toc"' in strategy and '"okrs.md:9": "- TOC"' in strategy
