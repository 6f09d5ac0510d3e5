"""Where the words of a metric's name stand, and what that says: the shapes the analyser
(goalcheck/metricname.py) reads without its lexicon (a time taken or a time held, a limit
written after its number, a span between events, the head of a noun phrase, a promise kept on
a date, a stated direction or scale). Pure functions of a name's words; the lexicon's classes
are passed in where a shape needs them."""

from __future__ import annotations

import re

from .lemmatise import is_number, tokens
from .words import STOP

# words that end the group of words after "per" ("per agent in the queue")
_BREAK = {"of", "to", "in", "for", "with", "and", "or", "per", "/", "by", "at", "on", "from", "than",
          "vs", "versus", "within", "under", "over", "who", "that", "which", "the", "across", "during",
          "each", "every", "while", "when", "after", "before"}
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
                 "fifteen", "twenty", "thirty", "sixty", "ninety"}
# "within 4 rings": a telephone counts its wait in rings
_SPANS = {"second", "minute", "hour", "day", "week", "month", "ring"}
_PROMISES = {"standard", "target", "sla", "timescale", "timeframe", "deadline", "agreed", "agree"}
_TO_LESS = {"reduce", "decrease", "cut", "lower", "minimise", "minimize", "eliminate", "prevent", "avoid"}
_TO_MORE = {"increase", "grow", "raise", "improve", "maximise", "maximize", "boost", "expand", "double",
            # an improvement named: "Faster cancer treatment", "Improved access to elective surgery"
            "improved", "good", "better", "faster", "quick", "quicker", "safer", "shorter"}


_DETERMINERS = {"a", "an", "the", "all", "our", "their", "its", "any", "some", "both"}
_IRREGULAR_PARTICIPLES = {"seen", "done", "made", "given", "taken", "met", "held", "run", "paid", "sent", "won"}


_COLLECTIVE_STAFF = {"staff", "team", "teams", "personnel", "crew", "crews", "workforce", "department"}


def _by_agents(name: str) -> list[bool]:
    """For each "by" of a name in order: does it name who did the work ("answered by a human
    operator", "resolved by the Service Desk", "hours provided by RNs") rather than what the
    figure is divided by ("tickets solved by agent")? A determiner after it, or a plural after
    a participle, is the doer."""
    written = tokens(name)
    found = []
    for index, token in enumerate(written):
        if token != "by":
            continue
        following = written[index + 1] if index + 1 < len(written) else ""
        before = written[index - 1] if index else ""
        participle = before.endswith("ed") or before in _IRREGULAR_PARTICIPLES
        # "by RNs", "by local hires": the role's head may follow a word that qualifies it; a team named
        # as a whole is the doer too ("served by AW Development Services staff")
        plural = (_plural(following, shortest=3)
                  or not following.endswith("s") and any(_plural(w, shortest=3) for w in written[index + 2:index + 5])
                  or not _COLLECTIVE_STAFF.isdisjoint(written[index + 1:index + 6]))
        found.append(following in _DETERMINERS or (participle and plural))
    return found


def _stated_direction(words, facts, why):
    """A name written as a goal ("Reduce the number of false alarms") says its good way."""
    if words and (words[0] in _TO_LESS or words[0] in _TO_MORE):
        facts["better"] = "decrease" if words[0] in _TO_LESS else "increase"
        why["better"] = f"name reads '{words[0]}', a goal stated with its direction"


_TIMED = {"time", "duration", "length", "latency", "day", "hour", "minute", "week"}
# "time" that is no time taken: a promise ("on time", "in time"), a period ("over time", "real
# time"), a contract ("full time"), a count ("first time", "per time"), or time held as a
# resource ("time available", "productive time", "time saved")
_NOT_TAKEN_BEFORE = {"on", "in", "over", "full", "part", "real", "first", "same", "any", "every", "each", "per",
                     "/", "a", "one", "last", "next", "productive", "free", "spare", "protected", "available",
                     "save", "saved"}
_NOT_TAKEN_AFTER = {"available", "save", "saved", "free", "freed", "gain", "gained", "release", "released"}


def _taken(words, index) -> bool:
    """Is the time word at ``index`` a time taken or spent ("time to hire", "handle time"),
    not "on time", "full-time", "time available"?"""
    before = words[index - 1] if index else ""
    after = words[index + 1] if index + 1 < len(words) else ""
    if index > 1 and words[index - 2] in ("non", "un", "not"):
        return True  # "Non-productive time" is time lost
    return before not in _NOT_TAKEN_BEFORE and after not in _NOT_TAKEN_AFTER


def _timed(words, term, lasting=frozenset()) -> bool:
    """Is the name the time something takes: "time to hire", "order to ship time", "days to
    close"? The duration word heads it (first before to/for/of/from/between/since, or last).
    Time a customer stays ("Average session duration", ``lasting``) is none."""
    if any(word in _TIMED for word in term):
        return False
    for index, word in enumerate(words):
        if word not in _TIMED or not _taken(words, index) or _lasting_at(words, index, lasting):
            continue
        following = words[index + 1] if index + 1 < len(words) else None
        joins = ("to", "for", "from", "between", "since", "(") + (("of",) if word in ("duration", "length") else ())
        # last, only a word that is itself a time taken: "trial length" is how long a trial is offered
        if (following is None and word in ("time", "duration", "latency")) or following in joins:
            return index == 0 or words[index - 1] not in ("per", "each", "every", "/") and \
                not is_number(words[index - 1])
    return False


_NEGATORS = {"not", "cannot", "never", "without"}
# words a figure is stated with: a name's part after a heading that opens with one is the figure
_FIGURES = {"average", "avg", "mean", "median", "percentage", "percent", "%", "number", "total", "proportion",
            "share", "rate", "count"}
_PROMISE_WORDS = {"within", "timescale", "level", "target", "standard", "deadline", "sla"}
_SPENT = {"cost", "spend", "expense", "expenditure", "budget", "time", "duration", "latency", "delay", "age", "aging",
          "ageing", "backlog"}
# what may end a name after its head: "Debt recovery rate (%)"
_END = {"rate", "ratio", "%", "percent", "percentage", "count", "number", "total", "level", "volume", "£", "$", "€",
        "million", "millions", "thousand", "bn", "billion", "m", "k"}
_SPANS_FREE = {"between", "before", "since", "without"}
# a period a count is taken over, after its head: "Potholes repaired annual", "fixed during release"
_PERIODS = {"during", "today", "yesterday", "daily", "weekly", "monthly", "quarterly", "annual", "annually",
            "yearly", "ytd", "mtd", "qtd"}
_CLAUSE = {"and", "or", "but", "vs", "versus", "/", "that", "which", "who"}


_LOADS = {("load",), ("caseload",), ("workload",)}
_ASKED = {"satisfaction", "satisfied", "satisfy", "agreement", "agree", "confidence", "confident"}
_SPAN_UNITS = {"mile", "miles", "km", "kilometre", "kilometer", "kilometres", "kilometers", "mileage", "distance",
               "time", "hour", "day", "week", "month", "minute"}
_ANSWERED = {"response", "reply", "answer", "fill", "completion", "pickup"}
_COUNTED_STAFF = {"employee", "staff", "full time equivalent", "headcount", "personnel", "workforce", "worker"}


def _head(words, per) -> str | None:
    """The last word of the name before what it is divided by and its tail: its head."""
    main = list(words[:_denominator(words, per)])
    while main and (main[-1] in _END or is_number(main[-1])):
        main.pop()
    return main[-1] if main else None


_SCORES = {"score", "rating", "index", "indicator", "measure", "level"}
# work whose figure, in a unit of time, is how long it takes
_DONE_HEADS = {"resolution", "response", "reply", "answer", "completion", "repair", "fix", "closure", "turnaround",
               "processing", "decision", "delivery", "restoration", "settlement"}
# before what they qualify, words of things stuck on their way: "Held orders", "Pending orders"
_HELD = {"held", "pending", "stuck", "queued", "backlogged"}
# participles of work done, as written: "Switches done in 21 days"
_DONE_WRITTEN = {"done", "completed", "made", "processed", "handled", "delivered", "finished"}
_GOOD_WRITTEN = {"good", "better", "best"}
_BAD_WRITTEN = {"bad", "poor", "worse", "worst"}


def _head_word(words, per) -> str | None:
    """The head of a name: its last word before what qualifies it, past its tail and any score it
    is given ("CS Account Health Score", "Portfolio health over time"); for a good property to head."""
    main = list(words[:_denominator(words, per)])
    # the head of a noun phrase comes before what qualifies it ("... during the first 60 days of Home Health")
    main = main[:next((i for i, w in enumerate(main) if i and w in _BREAK), len(main))]
    while main and (main[-1] in _END or main[-1] in _SCORES or is_number(main[-1])):
        main.pop()
    return main[-1] if main else None


_SCALE_GOOD = re.compile(r"(\d+)\s*(?:=|:|is)?\s*\(?\s*(?:most|best|highest|excellent|very good)\b")
_SCALE_BAD = re.compile(r"(\d+)\s*(?:=|:|is)?\s*\(?\s*(?:least|worst|lowest|very poor|poor)\b")


def _stated_scale(name: str) -> tuple[str, str] | None:
    """A scale the name states ("(1 = most efficient 5 = least efficient)", "a scale from 0
    (lowest) to 10 (highest)"): its best end is where the good is. (better, the scale as written)"""
    text = name.lower()
    good, bad = _SCALE_GOOD.search(text), _SCALE_BAD.search(text)
    if not good or not bad or float(good.group(1)) == float(bad.group(1)):
        return None
    shown = text[min(good.start(), bad.start()):max(good.end(), bad.end())]
    return ("decrease" if float(good.group(1)) < float(bad.group(1)) else "increase"), shown


def _head_before_qualifier(words, start) -> int | None:
    """Where the term is in a qualifier ("... at registration", "... on online orders"), the index
    of the name's head before it, past its tail ("Substitution rate on ..." is headed by
    'substitution')."""
    index = start - 1
    while index > 0 and start - index <= 2 and words[index] not in ("at", "in", "on", "during", "for"):
        index -= 1
    if index < 1 or words[index] not in ("at", "in", "on", "during", "for"):
        return None
    head = index - 1
    while head > 0 and (words[head] in _END or is_number(words[head])):
        head -= 1
    return head


def _on_the_date(words) -> bool:
    """A date promised, kept: "on the agreed date", "by the scheduled day", "on target date"."""
    return _date_promised_at(words) is not None


def _date_promised_at(words) -> int | None:
    """Where a date promised is written (its "on" or "by"), or None."""
    for index, word in enumerate(words[:-1]):
        rest = words[index + 1:index + 4]
        if word in ("on", "by") and rest and rest[0] == "the":
            rest = rest[1:]
        if word in ("on", "by") and len(rest) >= 2 and rest[0] in ("agreed", "agree", "scheduled", "schedule",
                                                                  "promised", "promise", "target", "committed") \
                and rest[1] in ("date", "day", "time"):
            return index
        # "on the first payday following the agreed date", "on the first regular payment date
        # following an application": the first date after an event, a deadline however it is named
        if word in ("on", "by") and rest[:1] in (["first"], ["next"]):
            after = words[index + 2 + (words[index + 1] == "the"):index + 7]
            dated = next((i for i, w in enumerate(after) if w in _DATE_WORDS), None)
            if dated is not None and after[dated + 1:dated + 2] in (["following"], ["after"]):
                return index
    return None


_DATE_WORDS = {"date", "day", "payday"}


def _negating_prefix(words, head) -> bool:
    """Is the word before the head one a negating prefix makes ("Unauthorized access",
    "Discontinued access"): the head's good is not what is counted."""
    index = words.index(head)
    before = words[index - 1] if index else ""
    return len(before) > 5 and before.startswith(("un", "non", "mis", "dis"))


def _denominator(words, per) -> int:
    """Where what the name is divided by begins: "per ...", "as a % of ..." (else its end)."""
    for index, word in enumerate(words):
        if index and ((word,) in per and word != "by" or word == "as" and not {"%", "percent", "percentage", "share",
                                                                "proportion"}.isdisjoint(words[index + 1:index + 3])):
            return index
    return len(words)


def _locate(words, term) -> int:
    """Where the term starts in the name; a promise in time, which the name spells with its
    figure ("within 2 days"), where its within is."""
    size = len(term)
    for start in range(len(words) - size + 1):
        if tuple(words[start:start + size]) == term:
            return start
    within = next((i for i, w in enumerate(words) if w in ("within", "under", "inside", "in")), None)
    if within is None:
        within = _date_promised_at(words)  # "Orders not delivered on the agreed date"
    return len(words) if within is None else within


def _governing(words, start, which) -> int | None:
    """The index of a word of ``which`` at most four words before ``start``, in its clause."""
    for index in range(start - 1, max(-1, start - 5), -1):
        if words[index] in which and "/" not in words[max(0, index - 1):index + 2]:
            return index  # "AND/OR/NOT queries" lists an operator, it negates nothing
        if words[index] in _CLAUSE:
            return None
    return None


def _lasting_at(words, index, lasting) -> bool:
    """Is the duration at ``index`` how long a customer stays with us: "session duration",
    "online time", "contract length", "time on page" (its next word or the word after on/in),
    "Time spent online", "Average Time Spent per Exhibit" (the same after "spent"), "Duration of Play"?"""
    before = (words[index - 1],) if index else None
    at = index + 2 if words[index + 1:index + 2] == ["spend"] else index + 1
    links = ("on", "in") + (("per",) if at > index + 1 else ()) + (("of",) if words[index] in ("duration", "length")
                                                                   else ())  # "Duration of Play"
    after = (words[at + 1],) if at + 1 < len(words) and words[at] in links else None
    spent = (words[at],) if at > index + 1 and at < len(words) else None
    return before in lasting or after in lasting or spent in lasting


# the events of a service whose duration is the time it takes: "Issue Resolution Duration" is a resolution time
_TIMED_EVENTS = {"resolution", "response", "processing", "repair", "settlement", "turnaround", "answer", "reply"}


# what may lead a bare time: "Average time for delivery of mail"
_TIME_LEADS = {"average", "avg", "mean", "median", "the", "total"}


def _speed_of_answer(words: list[str]) -> list[str]:
    """"Average Speed of Calls Answered": the speed of answer, with what is answered written inside
    it, is read as the lexicon writes it ("speed of answer", then the calls)."""
    for index in range(len(words) - 3):
        if words[index:index + 2] != ["speed", "of"]:
            continue
        for size in (1, 2):
            end = index + 2 + size
            if end < len(words) and words[end] == "answer" and not STOP & set(words[index + 2:end]):
                return words[:index + 2] + ["answer"] + words[index + 2:end] + words[end + 1:]
    return words


def _time_taken(words: list[str]) -> list[str]:
    """A time written another way is read as the lexicon writes it: "time taken to answer calls" is the
    time to answer them, "Issue Resolution Duration" a resolution time, a bare "Time for answer" or
    "average time for delivery of mail" the time to answer, to deliver. A duration that is no time taken
    ("Average Call Duration", "Session duration") and a time some other word heads ("Lead Time for
    Changes", "Waiting time for first appointment") are left as they are."""
    out = []
    for index, word in enumerate(words):
        if word in ("take", "taken") and out and out[-1] == "time" \
                and words[index + 1:index + 2] == ["to"]:
            continue
        if word == "duration" and out and out[-1] in _TIMED_EVENTS:
            out.append("time")
            continue
        if word == "for" and out and out[-1] == "time" and (len(out) == 1 or out[-2] in _TIME_LEADS) \
                and words[index + 1:index + 2] and words[index + 1].isalpha() and words[index + 1] not in STOP:
            out.append("to")  # "Time for answer", "Time for dispatch": the time to answer, to dispatch
            continue
        if word == "for" and out and out[-1] in _TIMED and "to" in words[index + 2:index + 7] \
                and words[index + 1:index + 2] and words[index + 1] not in _TIMED:
            out.append("to")  # "Number of Days for Final Retention Requests to be Processed": the days to process them
            continue
        out.append(word)
    return out


# what makes the figure before "or less" a length or an age, no limit: "Calls of 5 minutes or less"
_LENGTH_WORDS = {"of", "age", "aged", "last", "lasting", "long", "for", "than", "length", "duration"}


def _within(words: list[str]) -> list[str]:
    """"in 6 minutes or less", "was 80 seconds or less": a time limit written after its number
    is the limit "within 6 minutes" says, and is read as one. A length ("Calls of 5 minutes or
    less") or an age ("aged 79 years or under") is no limit."""
    if "or" not in words:
        return words
    index = 2
    while index < len(words):
        if words[index] not in ("less", "fewer", "under", "sooner", "earlier") or words[index - 1] != "or":
            index += 1
            continue
        start = index - 1  # back over "6 minute", "11 minute 35 second"
        while start >= 2 and words[start - 1] in _SPANS and is_number(words[start - 2]):
            start -= 2
        if start == index - 1:
            index += 1
            continue
        # "aged 79 years or under", "Calls of 5 minutes or less"; a limit ending a heading is the
        # limit, though no "in" says so ("VSA Confirmed - 6 Mins or less", "CTAS 1 - 8 mins or less")
        if words[start - 1] not in ("in", "be") and not (index == len(words) - 1 and words[start - 1] not in _LENGTH_WORDS):
            index += 1
            continue
        head = words[:start - 1] if words[start - 1] == "in" else words[:start]
        words = head + ["within"] + words[start:index - 1] + words[index + 1:]
        index = len(head) + 1
    return words


_SPENDING = frozenset({("spend",), ("spending",), ("spent",)})


def _after_between(words, term) -> bool:
    """Does the term come after the "between" of a span that a time or a distance heads
    ("Miles between road calls", "Days between repeat calls")? The span is the measure."""
    start = _find(words, term)
    if start < 2 or "between" not in words[:start]:
        return False
    return bool(_SPAN_HEADS.intersection(words[:words.index("between")]))


_SPAN_HEADS = _SPAN_UNITS | {"second", "interval", "gap", "duration"}  # what a span is measured in


def _after_per(words, term, per) -> bool:
    """Is the term what the name is divided by: right after "per", or after "per" and a number
    ("Contacts per 1000 bookings", "Complaints per 100,000 accounts")?"""
    start = _find(words, term)
    if start <= 0 or tuple(words[start:start + len(term)]) != term:
        return False
    return (words[start - 1],) in per or start > 1 and is_number(words[start - 1]) and (words[start - 2],) in per


def _converted_from(words, term) -> bool:
    """Is the term right before "conversion", those a funnel converts ("Waitlist Conversion Rate",
    "Trial conversion")? Conversion is the measure; the term is its population."""
    start = _find_at(words, term)
    return start >= 0 and words[start + len(term):start + len(term) + 1] == ["conversion"]


# what a request is written as, and the words that say the request was dealt with (or when)
_REQUEST_HEADS = {"request", "report", "complaint", "call", "case", "ticket", "enquiry", "inquiry", "job"}
_DEALT_WITH = {"completed", "complete", "closed", "close", "resolved", "resolve", "processed", "process", "fixed",
               "repaired", "handled", "answered", "within", "time"}


def _requested_about(words, term) -> bool:
    """Is the term what requests are about, a thing between it and the request noun, with the
    requests dealt with after ("% of missed trash requests completed on time", "abandoned vehicle
    requests closed within 5 days")? The measure is how the requests are dealt with; the missed
    trash is why they were made ("Number of missed collection reports" counts the failures)."""
    start = _find_at(words, term)
    if start < 0 or term[-1] in _TIMED or term[-1] in ("to", "for", "of"):
        return False  # "Days to close requests": the time to deal with them is the measure
    end = start + len(term)
    # right before the noun only a request itself says so ("Final Retention Requests to be Processed"):
    # "bugs reported within a week", "On Time Case Processing" are no requests about a thing
    head = next((i for i in (end, end + 1, end + 2) if i < len(words) and words[i] in _REQUEST_HEADS
                 and (i > end or words[i] == "request")), None)
    # the thing between is what is missed, not another request ("Complaint and Enquiry Response Time")
    # dealt with after the requests, or timed before them ("Average time to complete an abandoned
    # vehicle request")
    return head is not None and not _DEALT_WITH.isdisjoint(words[head + 1:] + words[:start]) \
        and _REQUEST_HEADS.isdisjoint(words[end:head]) and not {"and", "or", "&", "/"} & set(words[end:head]) \
        and not STOP & set(words[end:head])  # "wait for a call to be answered": no thing between


_SEASONS = {"season", "period", "window", "month", "quarter", "year", "week", "peak"}


def _in_a_season(words, term) -> bool:
    """Is the term inside a time qualifier, "in" or "during" before it and a period word after it
    ("System Availability in Tax Renewal Season", "during the enrollment period")? It says when."""
    start = _find_at(words, term)
    if start <= 0:
        return False
    end = start + len(term)
    opened = any(w in ("in", "during") for w in words[max(0, start - 3):start])
    after = words[end:end + 2]
    return opened and "per" not in after and any(w in _SEASONS for w in after)  # "sessions per week" is a rate


_WHEN_MARKERS = {"after", "upon"}


def _marks_when(words, term) -> bool:
    """Does the term follow "after" or "upon" (past an article), naming the event a
    span is counted from ("refund of deposits after closures", "deposit refund upon closure of
    account"), not what is measured?"""
    start = _find_at(words, term)
    if start <= 0:
        return False
    before = start - 2 if words[start - 1] in ("the", "a", "an") else start - 1
    return before >= 0 and words[before] in _WHEN_MARKERS


def _age_bracket(words, term) -> bool:
    """Is the term an age followed by a number ("for adults ages 19 and over", "children ages 5 and
    younger"): the people's age bracket, no work grown old?"""
    start = _find_at(words, term)
    return term == ("age",) and start >= 0 and start + 1 < len(words) and is_number(words[start + 1])


_SAVINGS = {"saving", "savings"}


def _headed_by_savings(words, term) -> bool:
    """Does "savings" end the name after the term ("Commercial Rebate Megawatt savings")? The
    savings are the measure, the term what they come from."""
    start = _find(words, term)
    return start + len(term) < len(words) and words[-1] in _SAVINGS and _SAVINGS.isdisjoint(term)


_UNITS = {"activity", "program", "programme", "team", "unit", "department", "office", "division", "section",
          "clinic", "center", "centre"}


def _unit_named(words) -> tuple[int, int] | None:
    """(start, end) of "by the <name> <unit>" ("served by the Neighborhood Services activity"): an
    organisational unit named as the doer, up to five words ending in a unit word."""
    for at, word in enumerate(words[:-2]):
        if word == "by" and words[at + 1] in ("the", "a", "an", "our"):
            for end in range(at + 3, min(at + 8, len(words) + 1)):
                if words[end - 1] in _UNITS:
                    return at + 2, end
    return None


def _means_named(words) -> tuple[int, int] | None:
    """(start, end) of the words after "through" or "via" that name a means, up to four of them,
    stopping at a word that opens what comes next ("respond to queries through social media
    within two hours": "social media")."""
    at = next((i for i, w in enumerate(words) if w in ("through", "via") and i), None)
    if at is None:
        return None
    end = at + 1
    while end < len(words) and end - at <= 4 and words[end] not in STOP and words[end] != "within" \
            and not is_number(words[end]):
        end += 1
    return (at + 1, end) if end > at + 1 else None


_SURVEYS = {"survey", "surveys", "questionnaire", "questionnaires", "poll", "polls"}
_SENT_OUT = {"sent", "send", "performed", "perform", "conducted", "conduct", "completed", "delivered", "issued",
             "distributed", "administered", "run"}


def _surveys_counted(words, term) -> bool:
    """Is the term the kind of survey the name counts as sent or run ("NPS surveys sent to
    leaders", "NPS surveys performed", "Number of CSAT surveys sent")? The surveys are work
    done; what they would find is not measured."""
    start = _find_at(words, term)
    if start < 0:
        return False
    end = start + len(term)
    # the survey word: the term's own last word, or the next one after the words that qualify it with
    # the term ("net promoter" of "net promoter score surveys")
    at = end - 1 if term[-1] in _SURVEYS else next(
        (i for i in range(end, min(end + 3, len(words))) if words[i] in _SURVEYS), None)
    return at is not None and not STOP & set(words[end:at]) and not _SENT_OUT.isdisjoint(words[at + 1:at + 3])


_RESOLVE = {"resolve", "fix", "fixed", "solve", "close", "complete"}
_FIRST_TOUCH = {"contact", "call", "visit", "time", "touch", "attempt", "reply", "interaction", "response"}


def _first_time(words: list[str]) -> set:
    """Resolution at the first contact, however it is worded: "calls resolved during the first
    contact", "issues fixed on the first visit" are first-contact resolution."""
    for index, word in enumerate(words):
        if word not in _RESOLVE:
            continue
        for later in range(index + 1, min(index + 5, len(words) - 1)):
            if words[later] == "first" and words[later + 1] in _FIRST_TOUCH:
                return {("first", "contact", "resolution")}
    return set()


_LOOKBACK = (["last"], ["past"], ["previous"], ["preceding"], ["prior"], ["first"])


# a service act a span before it bounds ("two-day acknowledgements of service complaints", "30-day
# resolution"): the act done within that span
_SERVICE_DONE = {"acknowledgement", "acknowledgment", "acknowledgements", "acknowledgments", "resolution", "response",
                 "reply", "decision", "turnaround", "payment", "repair", "closure"}
_LOOKBACK_WORDS = {"last", "past", "previous", "preceding", "prior", "first", "rolling", "trailing"}


def _timescales(words: list[str]) -> set:
    """A promise in time, whatever its figure: "within 62 days" is within a timescale,
    "over 50 days", "more than 18 weeks" and "6 weeks old" are over one."""
    found = set()
    # "within 7 working days", "in 10 business days": the kind of day does not matter here
    # ... however many ways it is said ("within two working (business) days")
    kinds = ("work", "working", "business", "calendar", "clear")
    words = [w for i, w in enumerate(words)
             if not (w in kinds and next((x for x in words[i + 1:] if x not in kinds), None) in _SPANS)]
    # "within three (3) working days": a figure written in words and again in digits is one figure
    words = [w for i, w in enumerate(words) if not (i and is_number(w) and words[i - 1] in _NUMBER_WORDS)]
    for index, word in enumerate(words):
        # "within agreed response standards", "within target": a promise whatever its figure
        if word == "within" and not _PROMISES.isdisjoint(words[index + 1:index + 4]):
            found.add(("within", "timescale"))
        # "users active within the previous 12 months", "churn within the first year": a window looked
        # back on or a lifetime's first stretch, in which things are counted, no promise kept
        if word == "within" and [w for w in words[index + 1:index + 3] if w != "the"][:1] in _LOOKBACK:
            found.add(("within", "lookback"))
        # "repairs completed in time", "cases dealt with in time": the promise with its figure left out
        if word == "in" and words[index + 1:index + 2] == ["time"] and index and (
                index + 2 == len(words) or words[index + 2] in ("for", "and", "or", "(")):
            found.add(("within", "timescale"))
    if _on_the_date(words):
        found.add(("within", "timescale"))  # "paid on the agreed date": a promise kept on its day
    for index in range(len(words) - 1):
        figure, span = words[index], words[index + 1]
        if span in _SPANS and figure in ("next", "same"):
            found.add(("within", "timescale"))  # "by next working day", "same day": a promise
            continue
        if span not in _SPANS or not (is_number(figure) or figure in _NUMBER_WORDS):
            continue
        before = words[index - 1] if index else ""
        before2 = tuple(words[index - 2:index]) if index > 1 else ()
        after = tuple(words[index + 2:index + 4])
        if before in ("within", "under", "inside", "in", "maximum", "max") \
                or before2 in (("less", "than"), ("in", "under")) \
                or after[:1] and after[0] in _SERVICE_DONE and not (index and words[index - 1] in _LOOKBACK_WORDS) \
                or after[:1] in (("wait",), ("waiting",)) or after in (("or", "less"), ("or", "few"), ("or", "fewer")):
            found.add(("within", "timescale"))
        elif before in ("over", "beyond", "exceed", "exceeding") or before2 in (("more", "than"), ("longer", "than")) \
                or words[index + 2:index + 3] == ["old"]:
            found.add(("over", "timescale"))
    return found


def _not_customers(facts: dict, why: dict, reason: str) -> None:
    """Someone else's measure: no customer experience, access or relationship outcome."""
    for fact in ("experience", "access", "cross_functional"):
        facts[fact] = False
        why[fact] = reason


def _plural(word: str, shortest: int = 4) -> bool:
    """Does a word as written look like a plural noun ("Closings", "cases"), not "process", "status"
    or "analysis"?"""
    return len(word) >= shortest and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _of_one_thing(words, term) -> bool:
    """Does the measure go on to name what it is of: "satisfaction with X", "satisfied about X"?"""
    end = _find(words, term) + len(term)
    return end < len(words) - 1 and words[end] in ("with", "about", "regard")


def _longest(phrases):
    """The longest phrase, then the first in order: one answer whatever the set's order."""
    return min(phrases, key=lambda p: (-len(p), p), default=None)


def _grams(words: list[str], longest: int) -> set:
    found = set()
    total = len(words)
    for start in range(total):
        for size in range(1, min(longest, total - start) + 1):
            found.add(tuple(words[start:start + size]))
    return found
def _find_at(words, term) -> int:
    """Where the term starts in the words, -1 where it is not there."""
    size = len(term)
    return next((i for i in range(len(words) - size + 1) if tuple(words[i:i + size]) == term), -1)
def _find(words, term) -> int:
    size = len(term)
    for start in range(len(words) - size + 1):
        if tuple(words[start:start + size]) == term:
            return start
    return 0
def _inside(phrase, term) -> bool:
    size = len(phrase)
    return any(tuple(term[i:i + size]) == phrase for i in range(len(term) - size + 1))
