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
    ("Weekly reporting starting Sept. 1, and $250 cost per MQL", [("$250",)]),
    ("Average score of 4+ (\"Strongly agree\" = 5, \"Agree\" = 4) on team survey", [("4+",)]),
    ("100 5-star reviews of each post, 3 section reviews", [("100",), ("3",)]),
    ("Grow the team by 6: +1 web, +2 core, +3 search", [("6",)]),
    ("Reach $2M ARR, up 20% YoY, 15 stretch", [("$2M",)]),
    ("Answer 90% of chats in 60s, 80% of emails in 4h", [("90%",), ("80%",)]),
    ("honor focus day 90% of the time and take about 20–30 days off", [("90%",), ("20–30",)]),
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
