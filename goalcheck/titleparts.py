"""A goal's title read as the commitments it states: its numeric targets and the
metric names it joins, for the rule about compound goals (GC608).

A title is cut where one statement ends and the next begins: sentences and
semicolons (strong cuts), then commas, "and", "&", "+", "while" and "with a <number>"
(weak cuts). A part states a target when it holds a number that is an amount:
not a date, a period, a label ("Tier 1", "5-star"), a remark in brackets, a
scale's anchor ("= 5"), a promise's window ("within 7 days"), a threshold of
what is counted ("customers with > 50% of ...", "each more than 2,500") or a
breakdown of a total ("+1 web, +2 core" after "6:"). A part that only restates
the number before it ("to $2M", "up 20%", "15 stretch", "i.e. ...") states
nothing new. Which parts are metric names is the metric-name analyser's
reading (``Lexicon.measure_head``), never a list of phrases here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lazyre
from . import lemmatise
from .words import STOP, lemma

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# dates and years: "Sept. 1", "31 March 2027", "March 2027", "2027-03-31", "3/31", "2027", "FY23"
# (each starts with a digit or a month's first letter: the lookahead tries the rest only there,
# half the cost of a search)
_DATE = lazyre.compile(
    rf"(?=[\dadfjmnos])(?:\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b\.?(?:,?\s+\d{{4}}\b)?"
    rf"|\b{_MONTH}\.?,?\s+\d{{4}}\b"
    r"|\b\d{4}-\d{2}(?:-\d{2})?\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b(?:19|20)\d{2}(?:/\d{2})?\b"
    r"|\b24/7\b)",
    re.IGNORECASE)
_URL = lazyre.compile(r"https?://\S+|(?<![\w.-])(?:[\w-]+\.)+(?:com|org|io|net|dev)\b(?:/\S*)?", re.IGNORECASE)
# an amount: +17%, $2m, 1,000, 76.2, 20-30 days, 4 out of 5, 4+, and the placeholders $X, x%, N3
_AMOUNT = lazyre.compile(
    r"(?<![\w.$€£¥#/-])(?:[~+±-]\s?)?[$€£¥]?\d[\d,]*(?:\.\d+)?"
    r"(?:\s?[-–—]\s?[$€£¥]?\d[\d,]*(?:\.\d+)?)?"          # a range is one amount
    r"(?:\s?(?:%|[kKmMbB]n?\b|x\b|pp\b|pts?\b|bps\b))?\+?"
    r"(?:\s+out\s+of\s+\d+)?"                             # a score on a scale
    r"|(?<![\w])[$€£¥][XYN]\d*\b|(?<![\w])[XxYyZz]\s?%|(?<![\w$])N\d+\b")
# what follows an amount that makes it a label: 5-star, 30-day, 2nd
_LABEL_AFTER = lazyre.compile(r"^(?:-[a-z]|st\b|nd\b|rd\b|th\b)", re.IGNORECASE)
# words a bare number after names which one it is, not how many ("Tier 1", "phase 2", "top 10")
_LABEL_WORDS = frozenset("""
tier level phase stage step top wave version v release sprint round priority p sev severity grade
cohort batch series day week month section chapter part item pillar objective goal kr okr no number
group class band zone region area team
""".split())
_DURATION = lazyre.compile(r"^\s*(?:business\s+|working\s+|calendar\s+)?(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|"
                       r"hours?|days?|weeks?|months?|quarters?|years?)\b", re.IGNORECASE)
_WINDOW = frozenset("within in inside over for during after before first last next past every each".split())
_EACH = frozenset({"each", "every"})
# the words of a part that only restates the number before it
_RESTATING = frozenset("""
a an the to from up down by of at or and about around roughly approximately over under above below
increase increased decrease decreased reduction reduce growth grow improvement improve uplift rise drop
decline gain lift yoy qoq mom point points pts percent percentage stretch target goal baseline plan
year quarter month week day annually quarterly monthly weekly vs versus compared against
keep maintain hold stay sustain remain level two three four five six seven eight nine ten twelve
""".split())
# a part that begins so restates the number before it, or says what each counted item has
_RESTATE_START = lazyre.compile(r"^\s*(?:i\.?e\.?|e\.?g\.?|that is|which is|i\.e|or|to|from|up|down|vs\.?|versus|"
                            r"compared|equal to|equivalent|each|every|all|(?:with|of) each|(?:as )?measured|based on)\b", re.IGNORECASE)
# (the lookahead first: the nine lookbehinds are tried only at a stop, not at every character)
_SENTENCE = lazyre.compile(r"(?=[.!?;])(?:(?<!\b[Ee]\.g)(?<!\b[Ii]\.e)(?<!\bavg)(?<!\bapprox)(?<!\bincl)(?<!\bvs)(?<!\betc)"
                       r"(?<!\bno)(?<!\bNo)[.!?;]\s+|;)")
# (a cut starts at the first space of a run: no scan from every space of a long run)
_WEAK = lazyre.compile(r",\s+|(?<!\s)\s+(?:and|&|\+|plus|as well as|while|whilst)\s+|(?<!\s)\s+(?=with\s+an?\s+[$€£¥~+]?\d)",
                   re.IGNORECASE)
# "between 40 and 60" is one range
_BETWEEN = lazyre.compile(r"\bbetween\s+[$€£¥]?\d[\d,.]*%?(\s+and\s+)", re.IGNORECASE)
# a leading "CEO KR:", "VP Product:", "Revenue:" names who or what, not a target
_LABEL = lazyre.compile(r"^\s*[^:\d]{1,40}:\s+")
# labels listed ("Tier 2 & 3 Deals", "phases 1, 2 and 3"): the joins inside join labels, not
# statements, and the numbers after the first are labels too (the label words are _LABEL_WORDS)
_LABEL_LIST = lazyre.compile(
    rf"\b(?P<first>(?:{'|'.join(sorted(_LABEL_WORDS, key=len, reverse=True))})s?\s+\d+)"
    r"(?:\s*(?:,|&|/|\band\b|\bor\b)\s*\d+)+\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Part:
    text: str  # the part as read (brackets, dates and links blanked)
    shown: str  # the part as written in the title
    strong: bool  # began a sentence or followed a semicolon
    targets: tuple[str, ...]  # its first amount that is a target, as written (or none)


def _blank(text: str, pattern: re.Pattern) -> str:
    """Text with every match of a pattern replaced by spaces (offsets kept)."""
    return pattern.sub(lambda m: " " * len(m.group()), text)


_ANY_BRACKET = lazyre.compile(r"[()\[\]{}]")


def _blank_brackets(text: str) -> str:
    """Text with every remark in balanced brackets blanked, nested ones too, in one pass
    (offsets kept; an unmatched bracket stays)."""
    if not _ANY_BRACKET.search(text):
        return text  # most titles: nothing to walk
    opening = {")": "(", "]": "[", "}": "{"}
    stacks: dict[str, list[int]] = {"(": [], "[": [], "{": []}
    depth = [0] * (len(text) + 1)  # +1 where a remark starts, -1 after it ends
    for place, char in enumerate(text):
        if char in stacks:
            stacks[char].append(place)
        elif char in opening and stacks[opening[char]]:
            depth[stacks[opening[char]].pop()] += 1
            depth[place + 1] -= 1
    out, inside = [], 0
    for place, char in enumerate(text):
        inside += depth[place]
        out.append(" " if inside > 0 else char)
    return "".join(out)


def _spans(text: str, cut: re.Pattern, start: int, end: int):
    """(start, end) of the pieces of text[start:end] between the cuts."""
    at = start
    for match in cut.finditer(text, start, end):
        yield at, match.start()
        at = match.end()
    yield at, end


def parts(title: str) -> list[Part]:
    """The title's statements in order, with the target amounts each one states."""
    title = title or ""
    text = title
    text = _blank_brackets(text)
    if "." in text or ":" in text:  # a link has one or the other
        text = _blank(text, _URL)
    text = _LABEL.sub(lambda m: " " * len(m.group()), text, count=1)
    visible = text  # what a reader sees of a part: no remarks in brackets, no links, no label
    text = _blank(text, _DATE)
    # "between 40 and 60" is one range: its "and" joins no statements
    text = _BETWEEN.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + " to".ljust(len(m.group(1))), text)
    if "&" in text or "," in text or " and " in text or " or " in text or "/" in text:
        text = _LABEL_LIST.sub(lambda m: m["first"].ljust(len(m.group())), text)
    out: list[Part] = []
    for first, last in _spans(text, _SENTENCE, 0, len(text)):
        colon = _breakdown_start(text[first:last])
        strong = True
        for begin, end in _spans(text, _WEAK, first, first + colon if colon is not None else last):
            piece = text[begin:end]
            if not piece.strip():
                continue
            begin += len(piece) - len(piece.lstrip())
            end -= len(piece) - len(piece.rstrip())
            piece = text[begin:end]
            out.append(Part(" ".join(piece.split()), " ".join(visible[begin:end].split()), strong,
                            tuple(_targets(piece))))
            strong = False
    return out


def _breakdown_start(sentence: str) -> int | None:
    """Where a breakdown of a stated total begins: after a colon whose words before
    it hold a target ("Grow the team by 6: +1 web, +2 core")."""
    place = sentence.find(": ")
    if place > 0 and _targets(sentence[:place]):
        return place
    return None


def _targets(piece: str) -> list[str]:
    """The amounts of one part that are targets."""
    found = []
    for match in _AMOUNT.finditer(piece):
        before = piece[:match.start()]
        after = piece[match.end():]
        shown = match.group().strip()
        previous = before.split()[-1] if before.split() else ""
        if before.rstrip().endswith("="):
            continue  # a scale's anchor: "Agree" = 4
        if _LABEL_AFTER.match(after):
            continue  # 5-star, 30-day, 2nd
        bare = shown.isdigit()
        label = previous.lower().strip(".,")
        if bare and previous and (label in _LABEL_WORDS or (label.endswith("s") and label[:-1] in _LABEL_WORDS)
                                  or (previous[:1].isupper() and before.strip() != previous)):
            continue  # Tier 1, phase 2, GitLab 13 (a capitalised name's number, not the part's first word)
        if _DURATION.match(after) and previous.lower() in _WINDOW:
            continue  # a promise's window: within 7 days, in the first 30 days
        if bare and previous.lower() == "all":
            continue  # the size of the whole asked for: "All 3 codebases and 4 ... services are tracked"
        earlier = [w.lower().strip(",.") for w in before.split()]
        if any(word in _EACH for word in earlier[1:]):
            continue  # what each counted item has: "each more than 2,500", "each of our teammates 10"
        found.append(shown)
        break  # a part states a target or not: its first is the one shown
    return found


def restates(part: Part) -> bool:
    """Does a weak part only restate or qualify the target before it: "to $2M", "up 20%",
    "15 stretch", "i.e. ...", "keep it above 30", "each with 100+ seats", "90% of
    tickets", or amounts with no word of their own ("100% of P1 and 100% of P2 KPIs")?"""
    if part.strong:
        return False
    if _RESTATE_START.match(part.text):
        return True
    return bool(part.targets) and (not _own_words(part) or _share_of(part))


def _own_words(part: Part) -> bool:
    """Does a part name something of its own beside its amounts ("100% of P1" does not)?"""
    rest = _AMOUNT.sub(" ", part.text)
    return any(word.isalpha() and word not in STOP and lemma(word) not in _RESTATING
               for word in lemmatise.tokens(rest))


def _share_of(part: Part) -> bool:
    """Is a part only the share a target applies to ("90% of tickets")?"""
    match = _AMOUNT.match(part.text)
    if match is None or "%" not in match.group():
        return False
    rest = part.text[match.end():].split()
    return rest[:1] == ["of"] and len(rest) <= 3


# a title with none of these is one statement: nothing to cut
_JOINS = lazyre.compile(r"[,;&+!?]|\.\s|\b(?:and|plus|while|whilst|with an?)\b", re.IGNORECASE)


def may_join(title: str | None) -> bool:
    """Could the title hold two statements (a cheap test before reading it)?"""
    return bool(title) and _JOINS.search(title) is not None


# the setting a target is measured in, closing the part that states it: "returns in under 2s on
# instances with 80k repositories", "p95 below 300ms at a load of 5k requests" (the place, then
# "with" or "of" and an amount: the size of the test, not a second target)
_SETTING = lazyre.compile(
    r"\b(?:on|at|in|across|under|for)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:with|of)\s+"
    r"(?:up\s+to\s+|over\s+|more\s+than\s+)?[$€£¥]?\d[\d,.]*\s?[kKmMbB]?\+?(?:\s+[\w-]+){0,3}\s*[.;]?\s*$",
    re.IGNORECASE)
# a part that asks something of its own: a verb that moves a measure, a bound, a comparison
_ASKS = lazyre.compile(
    r"\b(?:improv|increas|rais|grow|boost|expand|doubl|tripl|reduc|lower|cut|decreas|halv|shrink|drop|"
    r"achiev|reach|hit|get|keep|maintain|hold|stay|remain)\w*|\b(?:less|more|fewer|greater|higher|lower)\s+than\b"
    r"|\b(?:under|below|above|over|at\s+least|at\s+most|within|no\s+more)\b|[<>≤≥=]|%", re.IGNORECASE)


# the means a target is reached by, after it: "Reach $N net new ARR in Q4 by fully onboarding 2
# new AEs who will close 4 Tier 1 deals and 11 non-Tier 1 deals" (by, and a doing; not a date,
# "by 2027", nor a size of change, "by 20%")
_MEANS = lazyre.compile(r"\bby\s+(?:[a-z]+ly\s+)?(?!(?:spring|morning|evening|during)\b)[a-z]{2,}ing\b", re.IGNORECASE)


def _means_after_target(part: Part) -> bool:
    """Does the part name, after its target, the means it is reached by?"""
    first = _AMOUNT.search(part.text)
    return bool(part.targets) and first is not None and _MEANS.search(part.text, first.end()) is not None


def _in_setting(part: Part, before: Part | None) -> bool:
    """Does a weak part only go on with the setting the part before it ends in ("on instances
    with 80k repositories and configured ACLs for 1k active users"): after a stated target,
    a "with" list of the test's size, continued by a part that asks nothing of its own?"""
    if part.strong or before is None or not before.targets:
        return False
    first = _AMOUNT.search(before.text)
    return (first is not None and _SETTING.search(before.text, first.end()) is not None
            and not _ASKS.search(_AMOUNT.sub(" ", part.text)))


def numeric_targets(items: list[Part], counts_people=None) -> list[Part]:
    """The parts (of ``parts(title)``) that each state a target of their own, in order.

    A part with no word of its own beside its amounts ("100% of P1 and 100% of P2
    KPIs") shares the measure named after it. A part that goes on with the setting the
    target before it is measured in ("under 2s on instances with 80k repositories and
    configured ACLs for 1k active users") states the test's size, not a target; and the
    parts after a target's means ("$N net new ARR by fully onboarding 2 new AEs who will
    close 4 Tier 1 deals and 11 non-Tier 1 deals") are its plan's arithmetic. Where
    ``counts_people`` (words -> do they name people of a role?) is given, a short part
    that is only an amount and what it counts ("2 designers", "3 AEs"), after a part
    counting people ("Hire 2 SDRs"), is the same headcount plan, by role."""
    stated: list[Part] = []
    means = False  # the sentence has named the means its target is reached by: what follows is the plan
    for place, part in enumerate(items):
        if part.strong:
            means = False
        if means:
            continue
        means = _means_after_target(part)
        if not part.targets or restates(part) or not _own_words(part):
            continue
        if _in_setting(part, items[place - 1] if place else None):
            continue
        if stated and not part.strong and counts_people is not None and _bare(part) \
                and _people(stated[-1], counts_people):
            continue
        if stated and not part.strong and _AMOUNT_EACH.search(part.text):
            continue  # "At least 4 members ... have submitted and merged at least 2 pull requests each": per member
        stated.append(part)
    return stated


# an amount for each of the things the part before counted: "... at least 2 pull requests each"
_AMOUNT_EACH = lazyre.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+){0,3}(?:each|apiece)\b", re.IGNORECASE)


def _bare(part: Part) -> bool:
    """Is the part only an amount and the few words of what it counts ("2 designers")?"""
    match = _AMOUNT.match(part.text)
    return match is not None and len(part.text[match.end():].split()) <= 3


def _people(part: Part, counts_people) -> bool:
    """Is the part's first target followed by the people it counts ("5 engineers", "2 PMs")?"""
    match = _AMOUNT.search(part.text)
    return match is not None and counts_people(" ".join(part.text[match.end():].split()[:3]))
