"""What a goal's target, title and period say, read from the way people write them.

Real OKRs write a ceiling or a floor instead of a number to move to ("<= 10%",
"no more than 1 developer-month a month", "at least 99.9%"), leave
placeholders at quarter start ("X to Y", "$X", "TBD", "N13"), and date their
goals by fiscal periods ("FY27-Q3", "Q3 FY27"). The loader reads targets and
periods with this module (a form it cannot read is an input error naming its
line), inference reads a goal's direction from its bound, GC607 names the
placeholders and GC604 takes a period's end. Pure functions of the text: no
model, no I/O.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from . import lazyre

# --------------------------------------------------------------------------
# bounds: a ceiling (cap) or a floor written as the target

_NUMBER = r"[-+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)"
_CURRENCY = r"[$€£¥]"

# words and signs that make the number after them a ceiling or a floor; the longer first
# ("equal to or less than" is also written without its "to": "equal or greater than 99.95%")
CAP_WORDS = ("equal to or less than", "equal to or lower than", "equal to or fewer than",
             "equal or less than", "equal or lower than", "equal or fewer than", "at or below", "at or under", "no more than", "not more than", "no higher than", "not higher than", "no greater than",
             "not to exceed", "not exceeding", "less than or equal to", "at most", "at the most", "a maximum of",
             "maximum of", "maximum", "max", "up to", "within", "under", "below", "less than",
             "fewer than", "lower than", "<=", "=<", "≤", "<")
FLOOR_WORDS = ("equal to or more than", "equal to or greater than", "equal to or higher than",
               "equal or more than", "equal or greater than", "equal or higher than", "at or above", "at or over", "no less than", "not less than", "no fewer than", "not fewer than", "no lower than",
               "greater than or equal to", "at least", "at the least", "a minimum of", "minimum of",
               "minimum", "min", "more than", "greater than", "higher than", "above", "over", ">=", "=>",
               "≥", ">")
# in a title, only the words that cannot mean anything else before a number
TITLE_CAP_WORDS = ("equal to or less than", "equal to or lower than", "equal to or fewer than",
                   "equal or less than", "equal or lower than", "equal or fewer than", "at or below", "at or under", "no more than", "not more than", "no higher than", "no greater than", "not to exceed", "not exceeding",
                   "at most", "a maximum of", "within", "under", "below", "less than", "fewer than",
                   "<=", "=<", "≤", "<")
TITLE_FLOOR_WORDS = ("equal to or more than", "equal to or greater than", "equal to or higher than",
                     "equal or more than", "equal or greater than", "equal or higher than",
               "equal or more than", "equal or greater than", "equal or higher than", "at or above", "at or over", "no less than", "not less than", "no fewer than", "no lower than", "at least",
                     "a minimum of", ">=", "=>", "≥", ">")


def _alternation(words) -> str:
    return "|".join(re.escape(word) if not word[0].isalpha() else r"\b" + re.escape(word).replace(r"\ ", r"\s+")
                    for word in sorted(words, key=len, reverse=True))


_BOUND_TARGET = lazyre.compile(
    rf"^\s*(?P<cap>{_alternation(CAP_WORDS)})?(?P<floor>{_alternation(FLOOR_WORDS)})?\s*"
    rf"(?P<amount>{_CURRENCY}?\s*{_NUMBER}|{_CURRENCY}?\s*(?:[XYN]|XX|TBD|TBC))\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL)
_TITLE_BOUND = lazyre.compile(
    rf"(?:(?P<cap>{_alternation(TITLE_CAP_WORDS)})|(?P<floor>{_alternation(TITLE_FLOOR_WORDS)}))\s*"
    rf"(?P<amount>{_CURRENCY}?\s*{_NUMBER})", re.IGNORECASE)
_ANY_NUMBER = lazyre.compile(rf"(?<![\w.]){_CURRENCY}?{_NUMBER}")
# what every match of _TITLE_BOUND holds, in an ASCII title: a digit, and the longest word of
# its bound's words (or the sign) in lower case; most titles hold neither, and the test costs
# a twentieth of the regex's search (which tries forty words at every character)
_TITLE_BOUND_KEYS = tuple(sorted({max(word.split(), key=len).lower() if word[0].isalpha() else word
                                  for word in (*TITLE_CAP_WORDS, *TITLE_FLOOR_WORDS)}))
_DIGIT = lazyre.compile(r"\d")


def _may_set_bound(title: str) -> bool:
    """False only where _TITLE_BOUND cannot match. Beyond ASCII, IGNORECASE folds more
    than ``str.lower`` does (the Kelvin sign is a 'k'), so the regex alone says."""
    if not title.isascii():
        return True
    if _DIGIT.search(title) is None:
        return False
    lower = title.lower()
    return any(key in lower for key in _TITLE_BOUND_KEYS)


_PERCENT = lazyre.compile(rf"^\s*({_NUMBER})\s*%\s*$")


@dataclass(frozen=True, slots=True)
class Bound:
    """A ceiling or a floor: ``kind`` is "cap" or "floor", ``words`` the words as written
    ("no more than", "<="), ``value`` the number after them (None for a placeholder)."""

    kind: str
    words: str
    value: float | None
    phrase: str  # the words and the number, as written: "no more than 1"


@dataclass(frozen=True, slots=True)
class Target:
    """A target as written: its number (None for a placeholder or a benchmark), a bound, a
    placeholder, or a benchmark (a rank or an average among others: "top quartile")."""

    value: float | str | None  # a number, "redacted", or None
    bound: Bound | None = None
    placeholder: str | None = None
    benchmark: str | None = None


def _value(amount: str) -> float | None:
    digits = re.sub(rf"{_CURRENCY}|\s|,", "", amount)
    try:
        return float(digits)
    except ValueError:
        return None


@lru_cache(maxsize=1024)
def read_target(text: str) -> Target | None:
    """A target string read: a percentage, redacted, a bound (before or after its number:
    "at least 9%", "9% or above"), a placeholder, or a benchmark ("top quartile"); None
    when it is none of these (the loader's input error)."""
    stripped = _unscaled(text.strip())
    if stripped == "redacted":
        return Target("redacted")
    if stripped != text.strip() and _PLAIN_AMOUNT.match(stripped):
        return Target(_value(stripped))  # "1.8 million", "$2.5 billion": a number said in words
    percent = _PERCENT.match(stripped)
    if percent:
        return Target(float(percent[1].replace(",", "")))
    placeholder = placeholder_in_target(stripped)
    match = _BOUND_TARGET.match(stripped)
    bound = None
    if match and (match["cap"] or match["floor"]):
        words = " ".join((match["cap"] or match["floor"]).split())
        value = None if placeholder else _value(match["amount"])
        phrase = " ".join(f"{words} {match['amount'].strip()}".split())
        bound = Bound("cap" if match["cap"] else "floor", words.lower(), value, phrase)
        if value is not None:
            return Target(value, bound, None)
    if placeholder:
        return Target(None, bound, placeholder)
    trailing = _TRAILING_BOUND.match(stripped)
    if trailing:
        words = " ".join(trailing["words"].split()).lower()
        kind = "floor" if words.split()[-1] in _TRAILING_FLOOR else "cap"
        value = _value(trailing["amount"].rstrip().rstrip("%"))
        return Target(value, Bound(kind, words, value, " ".join(stripped.split())), None)
    benchmark = _BENCHMARK.match(stripped)
    if benchmark and not _DIGIT.search(benchmark["rest"]):
        return Target(None, None, None, " ".join(benchmark["rank"].split()).lower())
    return None


# a number with its scale in words: "over 1.8 million" (Education's APGs: read as 1.8 before),
# "$2.5 billion", "50 thousand"
_SCALED = lazyre.compile(rf"(?<![\w.])({_NUMBER})\s*(thousand|million|billion|trillion)\b", re.IGNORECASE)
_PLAIN_AMOUNT = lazyre.compile(rf"^\s*{_CURRENCY}?\s*{_NUMBER}\s*$")
_SCALES = {"thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9, "trillion": 10 ** 12}


def _unscaled(text: str) -> str:
    """The text with each number written with its scale in words as plain digits: "over 1.8
    million" is "over 1800000", so the number read is the one meant."""
    if not _SCALED.search(text):
        return text

    def plain(match) -> str:
        value = float(match[1].replace(",", "")) * _SCALES[match[2].lower()]
        return f"{value:.0f}" if value == int(value) else f"{value}"
    return _SCALED.sub(plain, text)


# a bound written after its number: "9% or above", "5 or fewer", "4 minutes or less", "10 and over"
_TRAILING_FLOOR = ("more", "above", "higher", "greater", "over")
_TRAILING_BOUND = lazyre.compile(
    rf"^\s*(?P<amount>{_CURRENCY}?\s*{_NUMBER}\s*%?)\s*(?:[a-z]+\s+){{0,2}}?"
    r"(?P<words>(?:or|and)\s+(?:more|above|higher|greater|over|less|fewer|below|lower|under))\s*$",
    re.IGNORECASE)
# a target set as a place among others, not a number: a rank ("Top quartile metropolitan
# authorities", "upper quartile of London boroughs", "top 10% of trusts") or an average to reach
# or beat ("Achieve national average", "above the England average": the word before "average"
# says whose, so "rolling average" or "monthly average" is a statistic, no benchmark); measured
# each period against the others' published figures, so the format holds it as written
_BENCHMARK = lazyre.compile(
    r"^\s*(?:(?:achieve|reach|be|stay|remain|maintain|perform)\s+(?:in\s+|at\s+)?(?:the\s+)?)?"
    r"(?P<rank>(?:top|upper|bottom|lower|first|highest|best)\s+(?:quartile|quintile|decile|tercile|third|half"
    r"|\d+(?:\.\d+)?\s*%)"
    r"|(?:(?:above|at|below|better\s+than|in\s+line\s+with|equal\s+to|level\s+with)\s+(?:the\s+)?)?"
    r"(?:[a-z][\w-]*\s+){0,2}?(?!(?:rolling|moving|weighted|running|simple|daily|weekly|monthly|quarterly|annual|yearly|overall)\s)"
    r"[a-z][\w-]*\s+(?:average|median))(?!\w)(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL)


def title_bound(title: str) -> Bound | None:
    """A ceiling or a floor the title sets ("Keep support margin below 10% of ARR"): only
    when the bound's number is the only number in the title, so that a qualifier
    ("Resolve 90% of tickets within 4 hours") is not read as the target."""
    match = _TITLE_BOUND.search(title) if _may_set_bound(title) else None
    if match is None or len(_ANY_NUMBER.findall(title)) != 1:
        return None
    words = " ".join((match["cap"] or match["floor"]).split())
    return Bound("cap" if match["cap"] else "floor", words.lower(), _value(match["amount"]),
                 " ".join(f"{words} {match['amount'].strip()}".split()))


# a title that opens with the share it asks for states a standard: "90% of customers are
# satisfied with ...", "95% of all calls received are answered"
_SHARE_STATEMENT = lazyre.compile(rf"^\s*(?P<amount>{_NUMBER})\s*%\s+of\s+(?P<whom>(?:all\s+|the\s+)?[\w-]+)",
                              re.IGNORECASE)
# words of a move from where the number is now: a standard held says none of them
_MOVE = lazyre.compile(r"\bfrom\s+[$€£¥]?[-+]?\.?\d|->|→|\binstead\s+of\b|\b(?:down|up)\s+to\b"
                   r"|\b(?:accept|allow|let|relax|drift|reduce|lower|cut|decrease|drop|fall|worsen|loosen)s?\b",
                   re.IGNORECASE)


def standard_in_title(title: str, value: float, kind: str) -> Bound | None:
    """The title states ``value`` as a standard of ``kind`` ("floor" or "cap"): after a
    floor's or a ceiling's words ("at least 90%", "no more than 20 seconds"), or as the
    share it opens with ("90% of customers are satisfied ..."), and says no word of a
    move ("from 80%", "->", "instead of", "reduce", "let ... drift"). A numeric target
    below a baseline can then be a minimum already exceeded, not a cut."""
    if _MOVE.search(title):
        return None
    for match in _TITLE_BOUND.finditer(title) if _may_set_bound(title) else ():
        if match[kind] and _value(match["amount"]) == value:
            words = " ".join(match[kind].split())
            return Bound(kind, words.lower(), value, " ".join(f"{words} {match['amount'].strip()}".split()))
    share = _SHARE_STATEMENT.match(title)
    if share and _value(share["amount"]) == value:
        return Bound(kind, "share", value, " ".join(f"{share['amount']}% of {share['whom']}".split()))
    return None


def sets_bound(title: str) -> str | None:
    """The first ceiling ("cap") or floor ("floor") the title sets anywhere ("no more than 10%
    of the time if we exclude ... for the last 30 days"), whatever other numbers it holds."""
    match = _TITLE_BOUND.search(title) if _may_set_bound(title) else None
    if match is None:
        return None
    return "cap" if match["cap"] else "floor"


# --------------------------------------------------------------------------
# placeholders: a number still to be set

# in a target, any of these stands for a number not yet set
_TARGET_PLACEHOLDER = lazyre.compile(
    r"(?<![\w$€£¥])(?:[$€£¥]?(?:X{1,3}|Y|Z{3})(?![\w])|TBD|TBC|TBA|\?{2,}|N\d+)(?![\w])", re.IGNORECASE)
# in a title: TBD, TBC, ZZZ, XXX, ??? and $X anywhere ($x or $xm too: a currency sign before a
# letter is a number to come, whatever its case); a lone X, Y or N<digits> only where
# a number goes (after from/by/of/at/reach/than, before % or a plural noun, "people" and the
# other plurals without an s among them, or "X to Y")
_TITLE_PLACEHOLDER = lazyre.compile(
    r"(?<![\w])(?i:TBD|TBC)(?![\w])|(?<![\w])(?:ZZZ|XXX)(?![\w])|\?{3,}"
    r"|[$€£¥](?:[Xx]{1,3}|[Yy])[kKmMbB]?(?![\w])"
    r"|(?<![\w])(?:[XxYyZz]|XX|N\d+)\s*%"
    r"|(?<![\w])[Xx]%?\s*(?:to|-|–|→)\s*[Yy]%?(?![\w])"
    r"|(?<![\w'’.-])XX?\s+(?:(?:new|more|additional|active|paying|net new)\s+)?"
    r"(?!(?:is|was|has|does|goes|works|runs|launches|ships|supports)\b)(?:[a-z]{2,}s|people|staff|children|women|men)\b"
    r"|(?:\b(?i:from|by|of|at|reach|reaches|than|least|most|under|below|above|over|hit)\s+|[+~]\s*)"
    r"(?:X|Y|XX)(?![\w'’.-])"
    r"|\b(?i:from|by|reach|reaches|than|least|most|hit)\s+N\d+(?![\w'’.-])")


_BRACKETS = lazyre.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def placeholder_in_target(text: str) -> str | None:
    match = _TARGET_PLACEHOLDER.search(text)
    return match[0] if match else None


def placeholder_in_title(title: str) -> str | None:
    """The placeholder a title holds, as written, or None. Case matters for the lone
    letters: "reach x" is not a placeholder, "reach X" is. A remark in brackets is a
    detail of a stated goal ("a scholarship (school TBD)"), not its number."""
    match = _TITLE_PLACEHOLDER.search(_BRACKETS.sub(" ", title))
    if match is None:
        return None
    found = match[0].strip()
    for word in ("from ", "by ", "of ", "at ", "reaches ", "reach ", "than ", "least ", "most ", "under ",
                 "below ", "above ", "over ", "hit ", "to "):
        if found.lower().startswith(word):
            found = found[len(word):].strip()
            break
    return found.lstrip("+~ ").strip()


# --------------------------------------------------------------------------
# periods: calendar and fiscal

@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date
    fiscal: bool


# a quarter or a half, short or in words: "Q2", "Quarter 2", "H1", "Half 1"
_Q = r"q(?:uarter)?\s*([1-4])"
_H = r"h(?:alf)?\s*([12])"
_FORMS = [
    # (pattern, kind) -- groups: year, part number
    (lazyre.compile(r"(\d{4})"), "year"),
    (lazyre.compile(rf"(\d{{4}})\s*[-/ ]\s*{_Q}"), "quarter"),
    (lazyre.compile(rf"{_Q}\s*[-/ ]?\s*(\d{{4}})"), "quarter-rev"),
    (lazyre.compile(rf"(\d{{4}})\s*[-/ ]\s*{_H}"), "half"),
    (lazyre.compile(rf"{_H}\s*[-/ ]?\s*(\d{{4}})"), "half-rev"),
    (lazyre.compile(r"(\d{4})-(\d{2})"), "month"),
    (lazyre.compile(r"fy\s*'?(\d{2}|\d{4})"), "fy"),
    (lazyre.compile(rf"fy\s*'?(\d{{2}}|\d{{4}})\s*[-/ ]?\s*{_Q}"), "fy-quarter"),
    (lazyre.compile(rf"{_Q}\s*[-/ ]?\s*fy\s*'?(\d{{2}}|\d{{4}})"), "fy-quarter-rev"),
    (lazyre.compile(rf"fy\s*'?(\d{{2}}|\d{{4}})\s*[-/ ]?\s*{_H}"), "fy-half"),
    (lazyre.compile(rf"{_H}\s*[-/ ]?\s*fy\s*'?(\d{{2}}|\d{{4}})"), "fy-half-rev"),
    (lazyre.compile(r"(\d{4})\s*/\s*(\d{2})"), "split-year"),
    # a quarter or a half of a split year, as British councils report them: "Q2 2025/26",
    # "Quarter 2 2025/26", "2025/26 Q2", "2025-26 Q2" (groups: first year, second year, part)
    (lazyre.compile(rf"(\d{{4}})\s*[/-]\s*(\d{{2}})\s*[-/ ]?\s*{_Q}"), "split-quarter"),
    (lazyre.compile(rf"{_Q}\s*[-/ ]?\s*(\d{{4}})\s*[/-]\s*(\d{{2}})"), "split-quarter-rev"),
    (lazyre.compile(rf"(\d{{4}})\s*[/-]\s*(\d{{2}})\s*[-/ ]?\s*{_H}"), "split-half"),
    (lazyre.compile(rf"{_H}\s*[-/ ]?\s*(\d{{4}})\s*[/-]\s*(\d{{2}})"), "split-half-rev"),
]
FORMS_TEXT = ("2027-Q1, Q1 2027, H1 2027, 2027-03, 2027, FY27, FY27-Q3, Q3 FY27, FY27-H1, 2027/28"
              " or Q1 2027/28")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _span(year: int, first_month: int, months: int) -> tuple[date, date]:
    """``months`` months from ``first_month`` of ``year`` (months past December roll over)."""
    start_index = year * 12 + first_month - 1
    end_index = start_index + months - 1
    return date(start_index // 12, start_index % 12 + 1, 1), _month_end(end_index // 12, end_index % 12 + 1)


def _fiscal_year(text: str) -> int:
    year = int(text)
    return 2000 + year if len(text) == 2 else year


@lru_cache(maxsize=1024)
def read_period(text: str, fiscal_year_start: int = 1) -> Period | None:
    """The dates a period covers, or None when no form matches (or the year is 0).

    Calendar forms (2027, 2027-Q1, Q1 2027, H1 2027, 2027-03) are calendar dates.
    A fiscal year (FY27, FY2027) is named by the calendar year it ends in, and
    starts on the first of month ``fiscal_year_start``: with 2, FY27 runs from 1
    February 2026 to 31 January 2027; with 1, it is calendar 2027. A split year
    (2027/28, or 2027-28 where the second number is no month) starts in its first year:
    with 4, April 2027 to March 2028.
    """
    cleaned = " ".join(text.strip().lower().replace("’", "'").split())
    for pattern, kind in _FORMS:
        match = pattern.fullmatch(cleaned)
        if match is None:
            continue
        groups = match.groups()
        if kind.startswith("split-") and kind != "split-year":
            part, first, second = (int(g) for g in (groups if kind.endswith("-rev") else (groups[2], *groups[:2])))
            if (first + 1) % 100 != second:
                return None
            months = 3 if "quarter" in kind else 6
            start, end = _span(first, fiscal_year_start + months * (part - 1), months)
            return Period(start, end, True)
        if kind.startswith("fy") or kind == "split-year":
            if kind == "split-year":
                first = int(groups[0])
                if (first + 1) % 100 != int(groups[1]):
                    return None
                year = first + 1 if fiscal_year_start > 1 else first  # it starts in its first year
            else:
                year = _fiscal_year(groups[1] if kind.endswith("-rev") else groups[0])
            if year == 0:
                return None
            start_year = year if fiscal_year_start == 1 else year - 1
            part = None
            if kind != "fy" and kind != "split-year":
                part = int(groups[0] if kind.endswith("-rev") else groups[1])
            if kind in ("fy", "split-year"):
                start, end = _span(start_year, fiscal_year_start, 12)
            elif "quarter" in kind:
                start, end = _span(start_year, fiscal_year_start + 3 * (part - 1), 3)
            else:
                start, end = _span(start_year, fiscal_year_start + 6 * (part - 1), 6)
            return Period(start, end, True)
        if kind.endswith("-rev"):
            part, year = int(groups[0]), int(groups[1])
        else:
            year = int(groups[0])
            part = int(groups[1]) if len(groups) > 1 else None
        if year == 0:
            return None
        if kind == "year":
            start, end = _span(year, 1, 12)
        elif kind.startswith("quarter"):
            start, end = _span(year, 3 * part - 2, 3)
        elif kind.startswith("half"):
            start, end = _span(year, 6 * part - 5, 6)
        else:
            if not 1 <= part <= 12:
                # "2019-20", as Australian and British financial years are written: no month, so a
                # split year where its second half is the year after ("2018-23" stays no period)
                return read_period(f"{year}/{part:02d}", fiscal_year_start) if (year + 1) % 100 == part else None
            start, end = _span(year, part, 1)
        return Period(start, end, False)
    return None


def period_end(text: str, fiscal_year_start: int = 1) -> date | None:
    period = read_period(text, fiscal_year_start)
    return period.end if period is not None else None


# --------------------------------------------------------------------------
# a metric counted in percent


def counted_in_percent(unit: str | None, name: str) -> bool:
    """Is a metric counted in percent: its unit "%", "% of calls", "%pts", "percent",
    "per cent of requests", "percentage of applications", or its name ending "(%)"? Read
    once here for the goal's direction (infer) and for GC603's share of all or of a set."""
    unit = " ".join((unit or "").lower().split())
    if unit.endswith((" of", "%of")):
        return False  # "% of" and nothing: a unit left unfinished says not what it is a share of
    return unit.startswith(("%", "percent", "per cent")) or name.rstrip().endswith("(%)")

