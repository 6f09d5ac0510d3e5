"""`goalcheck import`: a goals repo from a CSV sheet or a Markdown OKR page (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest

from goalcheck.audit import Options, run
from goalcheck.cli import main
from goalcheck.importer import field_for, read_amount, read_date, BadCell
from goalcheck.load import load

SAMPLES = Path(__file__).resolve().parent.parent / "sample_orgs" / "import"


def _import(tmp_path, text: str, *args, name: str = "okrs.csv") -> tuple[int, Path]:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    return main(["import", str(source), "-o", str(out), *args]), out


def _goals(out: Path):
    return {goal.id: goal for goal in load(out).goals}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --------------------------------------------------------------------------
# the sample sheet, end to end

def test_sample_csv_imports_audits_and_is_stable(tmp_path, capsys):
    first, second = tmp_path / "a", tmp_path / "b"
    assert main(["import", str(SAMPLES / "okrs.csv"), "-o", str(first)]) == 0
    assert main(["import", str(SAMPLES / "okrs.csv"), "-o", str(second)]) == 0
    assert _files(first) == _files(second)  # same source, same bytes
    model = load(first)
    assert {o.title for o in model.objectives} == {"Be the easiest company to get help from",
                                                    "Grow revenue from existing customers"}
    assert {d.id for d in model.departments} == {"customer-support", "product", "customer-success", "sales",
                                                 "jane-doe"}
    goals = {g.id: g for g in model.goals}
    chat = goals["answer-every-chat-within-2-minutes"]
    assert chat.owner == "customer-support" and chat.parents == ("raise-csat-from-82-to-90",)
    assert chat.target_text == "<= 2" and chat.baseline == 4
    assert chat.initiatives == ("Staff the evening shift", "Route by language")
    assert goals["close-2m-of-expansion-deals"].target == 2000000
    assert goals["raise-csat-from-82-to-90"].plan == ("https://example.com/epics/12",)
    assert goals["cut-repeat-contacts-by-a-quarter"].due.isoformat() == "2027-06-30"  # 30/06/2027 read
    assert run(str(first), Options()).counts is not None  # the audit runs on it, no input error
    text = (first / "departments" / "customer-support.yaml").read_text()
    assert "  # row 3\n  - id: raise-csat-from-82-to-90" in text
    assert '"Progress": "40%"' in text and '"Notes": "Needs a second shift"' in text


def test_report_on_stderr_names_columns_x_source_and_what_to_add(tmp_path, capsys):
    assert main(["import", str(SAMPLES / "okrs.csv"), "-o", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "2 objectives, 5 departments, 6 goals" in err
    assert "'Key Result' -> key result" in err and "'Quarter' -> period" in err
    assert "'Notes' (3 cells)" in err
    assert "'Jane Doe'" in err and "looks like a person" in err
    assert "'Q3'" in err  # the period with no year, kept in x-source


# --------------------------------------------------------------------------
# columns

@pytest.mark.parametrize("header, wanted", [
    ("Key Result", "key_result"), ("KR", "key_result"), ("key_result", "key_result"), ("Goal", "key_result"),
    ("OBJECTIVE", "objective"), ("Team", "owner"), ("Department", "owner"), ("KR owner", "owner"),
    ("DRI", "owner"), ("KPI", "metric"), ("Measure", "metric"), ("Start", "baseline"),
    ("Current value", "baseline"), ("Target value", "target"), ("Goal value", "target"),
    ("Deadline", "due"), ("End date", "due"), ("Due-date", "due"), ("Cycle", "period"),
    ("Quarter", "period"), ("Parent", "parent"), ("Plan", "initiatives"), ("Initiatives", "initiatives"),
    ("Confidence", "confidence"), ("Progress", "progress"),
])
def test_headers_found_by_synonyms(header, wanted):
    assert field_for(header) == wanted


@pytest.mark.parametrize("header", ["Notes", "Comments", "Created", "Unit cost centre", ""])
def test_other_headers_are_no_field(header):
    assert field_for(header) in (None, "unit", "start_date")


def test_objective_on_own_row_or_repeated_give_the_same_goals(tmp_path):
    own = ("Objective,KR,Team,Target\n"
           "Delight customers,,,\n"
           ",Raise NPS to 50,Support,50\n"
           ",Cut churn to 2%,Success,2%\n")
    repeated = ("Objective,KR,Team,Target\n"
                "Delight customers,Raise NPS to 50,Support,50\n"
                "Delight customers,Cut churn to 2%,Success,2%\n")
    (tmp_path / "own").mkdir()
    code, out = _import(tmp_path / "own", own)
    assert code == 0
    assert main(["import", str(_write(tmp_path / "rep.csv", repeated)), "-o", str(tmp_path / "rep")]) == 0
    for folder in (tmp_path / "own" / "out", tmp_path / "rep"):
        model = load(folder)
        assert [o.id for o in model.objectives] == ["delight-customers"]
        assert {(g.id, g.owner, g.supports) for g in model.goals} == {
            ("raise-nps-to-50", "support", ("delight-customers",)),
            ("cut-churn-to-2", "success", ("delight-customers",))}


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_map_names_columns_the_headers_do_not(tmp_path):
    sheet = "Outcome we want,Who,Aim\nShip the new app,Mobile,100\n"
    mapping = _write(tmp_path / "map.yaml", "key result: Outcome we want\nowner: Who\ntarget: Aim\n")
    code, out = _import(tmp_path, sheet, "--map", str(mapping))
    assert code == 0
    goal = _goals(out)["ship-the-new-app"]
    assert (goal.owner, goal.target) == ("mobile", 100)


def test_map_naming_a_missing_column_is_an_error(tmp_path, capsys):
    mapping = _write(tmp_path / "map.yaml", "key_result: Nowhere\n")
    code, out = _import(tmp_path, "KR,Team\nA,B\n", "--map", str(mapping))
    assert code == 2 and not out.exists()
    assert "'Nowhere'" in capsys.readouterr().err


def test_map_with_an_unknown_field_is_a_usage_error(tmp_path, capsys):
    mapping = _write(tmp_path / "map.yaml", "colour: KR\n")
    code, out = _import(tmp_path, "KR,Team\nA,B\n", "--map", str(mapping))
    assert code == 2 and not out.exists()
    assert "'colour' is not a field" in capsys.readouterr().err


def test_no_objective_or_key_result_column_is_an_error_naming_the_headers(tmp_path, capsys):
    code, out = _import(tmp_path, "Who,Aim\nMobile,100\n")
    assert code == 2 and not out.exists()
    err = capsys.readouterr().err
    assert "okrs.csv:1:1" in err and "'Who'" in err and "--map" in err


def test_unused_cells_are_kept_under_x_source(tmp_path):
    code, out = _import(tmp_path, "KR,Team,Notes,Confidence\nShip it,Mobile,\"on track, \"\"mostly\"\"\",0.7\n")
    assert code == 0
    goal = _goals(out)["ship-it"]
    assert goal.extra["x-source"] == {"Notes": 'on track, "mostly"', "Confidence": "0.7"}


# --------------------------------------------------------------------------
# bad cells: an error at row and column, nothing written

@pytest.mark.parametrize("cell, column, words", [
    ("soon", 3, "is not a target"),
    ("lots", 3, "is not a target"),
])
def test_a_target_that_is_not_a_number_is_an_error(tmp_path, capsys, cell, column, words):
    code, out = _import(tmp_path, f"KR,Team,Target\nFine,Mobile,10\nShip it,Mobile,{cell}\n")
    assert code == 2 and not out.exists()
    err = capsys.readouterr().err
    assert f"okrs.csv:3:{column}: column 'Target': '{cell}' {words}" in err
    assert "nothing was written" in err


def test_a_date_that_is_not_a_date_is_an_error(tmp_path, capsys):
    code, out = _import(tmp_path, "KR,Team,Deadline,Start\nShip it,Mobile,next week,x1\n")
    assert code == 2 and not out.exists()
    err = capsys.readouterr().err
    assert "okrs.csv:2:3: column 'Deadline': 'next week' is not a date" in err
    assert "okrs.csv:2:4: column 'Start': 'x1' is not a number" in err  # every error, not the first


@pytest.mark.parametrize("text, expected", [
    ("2027-03-31", "2027-03-31"), ("2027/3/31", "2027-03-31"), ("31/03/2027", "2027-03-31"),
    ("03/31/2027", "2027-03-31"), ("31 March 2027", "2027-03-31"), ("Mar 31, 2027", "2027-03-31"),
    ("2027-03-31 00:00:00", "2027-03-31"),
])
def test_dates_read(text, expected):
    assert read_date(text) == expected


@pytest.mark.parametrize("text", ["03/04/2027", "2027-02-30", "Q3", "31 Smarch 2027"])
def test_dates_refused(text):
    with pytest.raises(BadCell):
        read_date(text)


@pytest.mark.parametrize("text, expected", [
    ("40", 40), ("40%", "40%"), ("12.5 %", "12.5%"), ("1,000", 1000), ("$1.2M", 1200000), ("€30k", 30000),
    ("-3", -3), ("1,5", None), ("ten", None), ("10% of ARR", None),
])
def test_amounts(text, expected):
    assert read_amount(text) == expected


def test_refuses_to_overwrite_without_force(tmp_path, capsys):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "strategy.yaml").write_text("# ours\n")
    code, out = _import(tmp_path, "KR,Team\nShip it,Mobile\n")
    assert code == 2
    assert "--force" in capsys.readouterr().err
    assert (out / "strategy.yaml").read_text() == "# ours\n" and not (out / "departments").exists()
    code, out = _import(tmp_path, "KR,Team\nShip it,Mobile\n", "--force")
    assert code == 0 and "organization:" in (out / "strategy.yaml").read_text()


# --------------------------------------------------------------------------
# ids, owners, parents

def test_ids_are_slugs_unique_in_source_order(tmp_path):
    code, out = _import(tmp_path, "KR,Team\nShip it!,Mobile\nShip it?,Mobile\nÉtendre l'offre,Ventes Europe\n")
    assert code == 0
    assert list(_goals(out)) == ["ship-it", "ship-it-2", "etendre-l-offre"]
    assert {d.id: d.name for d in load(out).departments} == {"mobile": "Mobile", "ventes-europe": "Ventes Europe"}


def test_goal_with_no_owner_is_owned_by_the_company_and_reported(tmp_path, capsys):
    code, out = _import(tmp_path, "KR,Team\nShip it,\n")
    assert code == 0
    assert _goals(out)["ship-it"].owner == "company"
    assert "no owner" in capsys.readouterr().err


def test_several_owners_are_owner_and_co_owners(tmp_path):
    code, out = _import(tmp_path, "KR,Team\nShip it,\"Mobile, Web\"\n")
    assert code == 0
    goal = _goals(out)["ship-it"]
    assert (goal.owner, goal.co_owners) == ("mobile", ("web",))


def test_parent_by_id_column_or_title_and_unknown_parent_kept(tmp_path, capsys):
    sheet = ("ID,KR,Team,Parent\n"
             "1,Grow revenue 10%,Sales,\n"
             "1.1,Close 20 deals,Sales,1\n"
             "1.2,Launch campaign,Marketing,Grow revenue 10%\n"
             "1.3,Hire,People,Nowhere\n")
    code, out = _import(tmp_path, sheet)
    assert code == 0
    goals = _goals(out)
    assert goals["close-20-deals"].parents == ("grow-revenue-10",)
    assert goals["launch-campaign"].parents == ("grow-revenue-10",)
    assert goals["hire"].parents == () and goals["hire"].extra["x-source"] == {"parent": "Nowhere"}
    assert "1 parent named no goal" in capsys.readouterr().err


# --------------------------------------------------------------------------
# untrusted text

def test_hostile_cells_read_back_exactly_and_never_reach_the_terminal_raw(tmp_path, capsys):
    title = 'Ship "it"\x1b[31m \u202e::error::x\\n #bad: {y}'
    sheet = f'KR,Team,Notes\n"{title.replace(chr(34), chr(34) * 2)}",Mob\x1bile,"a\nb"\n'
    code, out = _import(tmp_path, sheet)
    assert code == 0
    captured = capsys.readouterr()
    assert "\x1b" not in captured.err + captured.out and "\u202e" not in captured.err
    [goal] = load(out).goals
    assert goal.title == title
    assert goal.extra["x-source"] == {"Notes": "a\nb"}
    assert [d.name for d in load(out).departments] == ["Mob\x1bile"]


def test_file_name_with_a_newline_stays_a_comment(tmp_path):
    source = tmp_path / "ok\nrs.csv"
    source.write_text("KR,Team\nShip it,Mobile\n")
    assert main(["import", str(source), "-o", str(tmp_path / "out")]) == 0
    assert load(tmp_path / "out").goals[0].id == "ship-it"


def test_a_team_column_owns_and_a_person_column_is_kept(tmp_path):
    code, out = _import(tmp_path, "KR,Owner,Team,Start date\nShip it,Jane Doe,Mobile,2027-01-01\n")
    assert code == 0
    goal = _goals(out)["ship-it"]
    assert goal.owner == "mobile"
    assert goal.due is None  # a start date is not the due date
    assert goal.extra["x-source"] == {"Owner": "Jane Doe", "Start date": "2027-01-01"}


def test_objective_owner_and_key_result_owner_columns(tmp_path):
    sheet = ("Objective,Objective owner,Key result,KR owner\n"
             "Grow,Sales,Close 20 deals,Sales East\n"
             "Grow,Sales,Launch campaign,Marketing\n")
    code, out = _import(tmp_path, sheet)
    assert code == 0
    model = load(out)
    assert [(o.id, o.owner) for o in model.objectives] == [("grow", "sales")]
    assert {g.id: g.owner for g in model.goals} == {"close-20-deals": "sales-east", "launch-campaign": "marketing"}


def test_semicolon_separated_sheet(tmp_path):
    code, out = _import(tmp_path, "Objective;Key result;Team;Target\nGrow;Close 20 deals;Sales;20\n")
    assert code == 0
    assert _goals(out)["close-20-deals"].target == 20


# --------------------------------------------------------------------------
# XLSX (openpyxl)

def test_sample_workbook_gives_the_repo_the_csv_gives(tmp_path):
    assert main(["import", str(SAMPLES / "okrs.xlsx"), "-o", str(tmp_path / "x")]) == 0
    assert main(["import", str(SAMPLES / "okrs.csv"), "-o", str(tmp_path / "c")]) == 0
    from_xlsx, from_csv = _files(tmp_path / "x"), _files(tmp_path / "c")
    assert from_xlsx.keys() == from_csv.keys()
    for name in from_csv:  # the same, but for the header naming the source
        assert from_xlsx[name].split(b"\n", 1)[1] == from_csv[name].split(b"\n", 1)[1], name
    assert run(str(tmp_path / "x"), Options()).counts is not None


def test_workbook_sheet_by_name_and_a_missing_sheet(tmp_path, capsys):
    assert main(["import", str(SAMPLES / "okrs.xlsx"), "-o", str(tmp_path / "x"), "--sheet", "Notes"]) == 2
    assert "no column for objectives or key results" in capsys.readouterr().err
    assert main(["import", str(SAMPLES / "okrs.xlsx"), "-o", str(tmp_path / "x"), "--sheet", "Nope"]) == 2
    assert "no sheet 'Nope' (the sheets: 'OKRs', 'Notes')" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_a_file_that_is_no_workbook_is_an_input_error(tmp_path, capsys):
    code, out = _import(tmp_path, "KR,Team\nShip it,Mobile\n", name="okrs.xlsx")
    assert code == 2 and not out.exists()
    assert "okrs.xlsx:1:1: not an Excel workbook" in capsys.readouterr().err


# --------------------------------------------------------------------------
# the report's "add by hand" (item 3)

def test_report_names_each_metric_whose_facts_nobody_can_tell_as_goalcheck_facts_does(tmp_path, capsys):
    sheet = ("KR,Team,Metric\n"
             "Raise NPS,Support,Net Promoter Score\n"
             "Improve the frob,Platform,Zorblat frobnitz\n"
             "Tune the wibble,Platform,Quux blorft\n")
    code, out = _import(tmp_path, sheet)
    assert code == 0
    err = capsys.readouterr().err
    import json
    import re

    named = dict(re.findall(r"metric '([^']+)' \((row \d+)\): goalcheck cannot tell its", err))
    assert named == {"Zorblat frobnitz": "row 3", "Quux blorft": "row 4"}  # each with where it was written
    assert main(["facts", str(out), "--format", "json"]) == 0
    unknown = {entry["name"] for entry in json.loads(capsys.readouterr().out)["metrics"]
               if entry["kind"] is None or entry["experience"] is None}
    assert unknown == set(named)  # the same notion as goalcheck facts: NPS is read, no work for anyone


def test_report_counts_unknown_metrics_past_the_first_ten(tmp_path, capsys):
    sheet = "KR,Team,Metric\n" + "".join(f"Goal {n},Platform,Zorblat frobnitz {n}\n" for n in range(12))
    code, _out = _import(tmp_path, sheet)
    assert code == 0
    err = capsys.readouterr().err
    assert err.count("goalcheck cannot tell its") == 10 and "2 more metrics like these" in err


@pytest.mark.parametrize("owner, person", [
    ("Jane Doe", True), ("@jdoe", True), ("Priya Raman", True), ("Tasha Greene", True),
    ("New Business", False), ("Digital Commerce", False), ("Key Accounts", False), ("Customer Success", False),
    ("Field Operations", False), ("EMEA Sales", False), ("Care", False), ("Billing", False),
])
def test_report_names_owners_that_look_like_people_and_not_units(tmp_path, capsys, owner, person):
    code, _out = _import(tmp_path, f"KR,Team\nShip it,{owner}\n")
    assert code == 0
    err = capsys.readouterr().err
    assert (f"owner '{owner}' (1 item) looks like a person" in err) is person


# --------------------------------------------------------------------------
# the columns goalcheck export writes, as a sheet of one's own may use them

def test_a_cell_its_field_cannot_take_is_kept_in_x_source_and_named(tmp_path, capsys):
    code, out = _import(tmp_path, "KR,Team,Goal level,Direction\nShip it,Mobile,Company,sideways\n")
    assert code == 0
    goal = _goals(out)["ship-it"]
    assert (goal.level, goal.direction) == ("org", None)
    assert goal.extra["x-source"] == {"Direction": "sideways"}
    assert "column 'Direction': 'sideways' is no direction goalcheck knows" in capsys.readouterr().err


def test_goalcheck_ids_are_kept_and_a_second_is_an_error(tmp_path, capsys):
    code, out = _import(tmp_path, "goalcheck id,KR,Team\nship_v2,Ship it,Mobile\n,Ship it,Mobile\n")
    assert code == 0
    assert list(_goals(out)) == ["ship_v2", "ship-it"]
    code, out = _import(tmp_path, "goalcheck id,KR,Team\nx,Ship it,Mobile\nx,Ship more,Mobile\n", "--force")
    assert code == 2
    assert "okrs.csv:3:1: goal id 'x' is also row 2's" in capsys.readouterr().err


def test_rows_naming_one_metric_share_it_and_may_not_disagree(tmp_path, capsys):
    sheet = ("KR,Team,Metric ID,Metric,Metric better\n"
             "Raise NPS,Support,nps,Net Promoter Score,increase\n"
             "Keep NPS up,Sales,nps,,\n")
    code, out = _import(tmp_path, sheet)
    assert code == 0
    model = load(out)
    assert [(m.id, m.name, m.better) for m in model.metrics] == [("nps", "Net Promoter Score", "increase")]
    assert {g.metric for g in model.goals} == {"nps"}
    code, _out = _import(tmp_path, sheet.replace("Keep NPS up,Sales,nps,,", "Keep NPS up,Sales,nps,NPS,"), "--force")
    assert code == 2
    assert "okrs.csv:3:1: metric 'nps': its name is 'Net Promoter Score' at row 2, 'NPS' here" in capsys.readouterr().err


def test_department_rows_give_departments_their_names_and_facts(tmp_path):
    sheet = ("goalcheck id,Department name,Customer facing,Systems,Head,KR,Department\n"
             "care,\"Customer Care, Tier 1\",yes,\"Zendesk\nAvaya\",Denise Farrow,,\n"
             ",,,,,Answer faster,care\n")
    code, out = _import(tmp_path, sheet)
    assert code == 0
    [care] = load(out).departments
    assert (care.id, care.name, care.customer_facing, care.systems, care.head) == (
        "care", "Customer Care, Tier 1", True, ("Zendesk", "Avaya"), "Denise Farrow")
    assert _goals(out)["answer-faster"].owner == "care"


def test_supports_column_names_objectives_and_turns_off_the_row_above(tmp_path):
    sheet = ("goalcheck id,Objective,KR,Team,Supports\n"
             "grow,Grow revenue,,,\n"
             "keep,Keep customers,,,\n"
             ",,Close deals,Sales,grow; keep\n"
             ",,Tidy the wiki,Ops,\n")
    code, out = _import(tmp_path, sheet)
    assert code == 0
    goals = _goals(out)
    assert goals["close-deals"].supports == ("grow", "keep") and goals["tidy-the-wiki"].supports == ()


def test_a_department_name_or_metric_id_column_alone_is_the_owner_or_the_metric(tmp_path):
    code, out = _import(tmp_path, "KR,Department name,Metric ID\nShip it,Mobile Apps,M-12 weekly actives\n")
    assert code == 0
    goal = _goals(out)["ship-it"]
    assert goal.owner == "mobile-apps"
    assert [m.name for m in load(out).metrics] == ["M-12 weekly actives"]


def test_an_unknown_metric_of_a_metric_row_is_named_with_its_row(tmp_path, capsys):
    code, _out = _import(tmp_path, "KR,Team,Metric ID,Metric\n,,zq,Zorblat frobnitz\nShip it,Mobile,,\n")
    assert code == 0
    assert "metric 'Zorblat frobnitz' (row 2): goalcheck cannot tell its" in capsys.readouterr().err
