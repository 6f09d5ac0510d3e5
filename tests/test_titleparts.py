"""How a title is cut into statements and which amounts are targets (GC608's reading),
including shapes a hostile or careless title takes."""

from __future__ import annotations

import pytest

from goalcheck import titleparts


def targets(title: str) -> list[tuple[str, ...]]:
    return [part.targets for part in titleparts.numeric_targets(titleparts.parts(title))]


@pytest.mark.parametrize("title,expected", [
    ("TMAU +17% and paid TMAU +26%", [("+17%",), ("+26%",)]),
    ("Raise CSAT from 40% to 60% in Q3 and Q4", [("40%",)]),
    ("Increase NPS by 5 points by March 2027", [("5",)]),
    ("Keep churn between 1 and 2%", [("1",)]),
    ("Close at least 2 Tier 1 deals and get at least 10 new logos (new deals)", [("2",), ("10",)]),
    # labels listed are labels: "Tier 2 & 3" names which deals (Sourcegraph CY19-Q3), "phases 1, 2 and 3"
    ("At least 10 Tier 2 & 3 Deals", [("10",)]),
    ("Ship phases 1, 2 and 3 to 40 customers", [("40",)]),
    ("Grow to 40 teams and 3 regions", [("40",), ("3",)]),
    ("Weekly reporting starting Sept. 1, and $250 cost per MQL", [("$250",)]),
    ("Average score of 4+ (\"Strongly agree\" = 5, \"Agree\" = 4) on team survey", [("4+",)]),
    ("100 5-star reviews of each post, 3 section reviews", [("100",), ("3",)]),
    ("Grow the team by 6: +1 web, +2 core, +3 search", [("6",)]),
    ("Reach $2M ARR, up 20% YoY, 15 stretch", [("$2M",)]),
    ("Answer 90% of chats in 60s, 80% of emails in 4h", [("90%",), ("80%",)]),
    ("honor focus day 90% of the time and take about 20–30 days off", [("90%",), ("20–30",)]),
    # the size of the whole asked for, and an amount asked of each counted item (The Inquirer, CY22-Q2)
    ("All 3 codebases and 4 cloud infrastructure services are tracked via source control", [("4",)]),
    ("At least 4 members of the Analytics team have submitted and merged at least 2 pull requests each",
     [("4",)]),
    # near-misses: a count that is no whole, a second target with no "each"
    ("Ship 3 features and reach 40 NPS", [("3",), ("40",)]),
    ("Hire 4 engineers and merge 2 pull requests", [("4",), ("2",)]),
])
def test_target_amounts(title, expected):
    assert targets(title) == expected


def test_remarks_in_brackets_nested_or_unmatched():
    assert targets("Ship (a (b 5) c 6) the portal and (reach 7") == [("7",)]
    assert titleparts.parts("x (y (z)) and w")[1].shown == "w"


@pytest.mark.parametrize("title", [
    "(" * 1000 + ")" * 1000 + " and 1, 2",
    "x " + " " * 1990 + "1 and 2",
    "a." * 1000,
    "a-" * 990 + " and 1",
    "1 and " * 333,
    "Tier 1 " * 280,
])
def test_long_odd_titles_are_read(title):
    """Shapes that make a careless pattern scan from every position (schema caps titles
    at 2,000 characters): read to the end, with statements and no crash."""
    found = titleparts.parts(title)
    assert all(part.text == part.text.strip() for part in found)


def _without_lookahead(pattern, lookahead: str):
    """The pattern as it reads without the lookahead put before it for speed."""
    import re

    assert pattern.pattern.startswith(lookahead + "(?:") and pattern.pattern.endswith(")")
    return re.compile(pattern.pattern[len(lookahead) + 3:-1], pattern.flags)


def test_the_lookaheads_before_dates_and_stops_leave_out_no_match():
    """_DATE and _SENTENCE are tried only where a date or a stop can start; a new
    alternative that starts elsewhere would be silently lost without this test."""
    from pathlib import Path

    date = _without_lookahead(titleparts._DATE, r"(?=[\dadfjmnos])")
    stop = _without_lookahead(titleparts._SENTENCE, r"(?=[.!?;])")
    root = Path(__file__).resolve().parent.parent
    lines = ["Sept. 1, 2027", "31 March 2027", "1st of may", "DEC 2027", "2027-03-31", "3/31/27", "FY2023/24",
             "24/7 cover", "e.g. this. No. 5! why? a;b", "ſept 1", "Ship by Aug 5th; then Q4"]
    for path in sorted(root.glob("sample_orgs/**/*.yaml")) + sorted(root.glob("tests/unseen/*/org/*.yaml")):
        lines += path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        assert [m.span() for m in titleparts._DATE.finditer(line)] == [m.span() for m in date.finditer(line)], line
        assert [m.span() for m in titleparts._SENTENCE.finditer(line)] == [m.span() for m in stop.finditer(line)], line
