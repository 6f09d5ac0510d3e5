"""Reading a metric's name by its structure, the way a person would.

A closed list of phrases misses the next company's words and mistakes
look-alikes ("team member retention" for customers kept). So a name is read as
parts, from the short word lists of ``rules/lexicon.yaml``: whose measure it is
(customers or staff), what it measures, what it is normalised by (per person
makes an activity), and qualifiers (after a ticket: transactional). Where the
name alone cannot decide, the owning departments and the unit are used, and the
reading says so. Where no measure reads the name, the trade it is about (code,
money, staff) still tells what it is not, and a name with no word about
customers or service is no customer experience. A name nothing in it explains
stays unknown: every fact None, and the report says so.

Names are read once per distinct (name, unit, context); the analysis is pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .catalogue import data_path, read_data
from .lemmatise import full_lemma, is_number, lemma, tokens
from .nameshape import (_ANSWERED, _ASKED, _BAD_WRITTEN, _BREAK, _COUNTED_STAFF, _DONE_HEADS, _DONE_WRITTEN,
    _END, _FIGURES, _GOOD_WRITTEN, _HELD, _LOADS, _NEGATORS, _PERIODS, _PROMISE_WORDS, _SPANS_FREE,
    _SPAN_UNITS, _SPENDING, _SPENT, _TIMED, _after_between, _after_per, _by_agents, _converted_from, _denominator,
    _age_bracket, _find, _headed_by_savings, _in_a_season, _marks_when, _means_named, _requested_about, _speed_of_answer, _surveys_counted,
    _unit_named,
    _find_at, _first_time, _governing, _grams, _head, _head_before_qualifier, _head_word, _inside,
    _lasting_at, _locate, _longest, _negating_prefix, _not_customers, _of_one_thing, _on_the_date, _plural,
    _stated_direction, _stated_scale, _taken, _time_taken, _timed, _timescales, _within)
from .words import STOP

# staff who are not paid ("Total number of active volunteers" is a result, not a cost), and the
# words that count staff without a plural ("Staff Per Capita", "Sworn personnel")
_UNPAID = {"volunteer", "intern"}
_LEAVING = {("leave",), ("left",), ("leaving",)}
# a promise in time that names no act of its own ("on time", "within", "same day")
_BARE_PROMISE = {"within", "timescale", "on", "time", "in", "same", "next", "day"}
# a wait named by its improvement, heading the name (nameshape's _TO_MORE has them)
_SOONER = {"shorter", "faster", "quicker", "sooner"}
# what may follow a delay that heads a name: its figure ("Delay Minutes", "Delay Average")
_DELAY_FIGURES = {"minute", "hour", "day", "average", "mean", "median", "total", "rate", "count", "number", "per",
                  "percentage", "percent", "index"}
# what is late when customers wait for it: a journey's ends, a settlement, or a delay said to be great
_SERVICE_LATE = {"arrival", "departure", "settlement", "service", "journey", "train", "flight", "bus", "substantial",
                 "sail", "sailing", "voyage", "crossing", "ferry", "tram",
                 "significant", "passenger", "customer"}
# the people customers know, to whom they pass a service on
_KNOWN = {"friend", "family", "relative", "colleague", "acquaintance", "neighbour", "neighbor"}
# what comes back when customers are kept: "repeat business", "returning visitors"
_AGAIN = {"repeat", "returning", "return"}
_BOUGHT = {"business", "order", "purchase", "purchaser", "booking", "buyer", "buy", "sale", "custom"}
# those who give customers the service itself: their response is the service's ("median provider response time")
_SERVING = {"provider", "practitioner"}
# a leaving that, with no one named who leaves, is no customer's: staff's, a stock's or the takings
_UNNAMED_LEAVING = {("turnover",)}
_BOOKS = {"logo", "account", "subscription", "contract"}  # the customers' book a leaving is counted against ("Logo turnover")
_PAID_BOOK = {"revenue", "arr", "mrr", "dollar"}  # ... and what they pay ("revenue attrition"; a revenue turnover is takings)
# the service's own answers, counted when written as a plural ("replies", "First Responses") or as a
# participle after what they answered ("Tickets Replied", "Tickets first responded")
_ANSWERS = {"reply", "replies", "response", "responses", "answer", "answers"}
_ANSWERED_WRITTEN = {"replied", "responded", "answered"}
# how a piece of work ends, after what it is: "RCA Completion Rate", "Backup success rate"
_WORK_DONE_WELL = {"completion", "success"}
# what holds a piece of work to a time: "On-window completion rate"
_TIMED_WORK = _BARE_PROMISE | {"window", "schedule", "scheduled", "timely", "deadline", "sla"}
_COLLECTIVE_STAFF = {"staff", "personnel", "workforce", "headcount", "crew"}
# a court's trial, by the words of the court around it; a product's free trial, by those of a sale
_COURT = {"court", "civil", "criminal", "hearing", "jury", "judge", "filing", "listing", "commencement", "inquest",
          "defendant", "date"}
_SALES_TRIAL = {"conversion", "convert", "free", "paid", "pay", "request", "signup", "sign", "user", "subscription",
                "start", "product", "period", "hire"}
# a decision on what someone submitted, and the submission itself, where a time taken ends or starts
_DECIDED = {"decision", "decisions", "acceptance", "accept", "publication", "publish", "reject", "rejection"}
_SUBMITTED = {"submission", "submissions"}
_PUBLISHED = {"publication", "publish"}
_SHIPPED_CODE = {"release", "releases", "pr", "prs", "merge", "commit", "code", "deploy", "deployment", "build", "patch",
                 "feature", "version", "sprint"}
_NO_CUSTOMER_WORD = "no word of the name is about customers, their service or their wait"
# what comes in to be served: a case that arrives is demand, whoever's it is
_ARRIVING = {"received", "receive", "incoming", "inbound", "raised", "raise", "logged", "submitted", "submit"}
# a promise kept on time, whose goods it kept may be the business's own deliveries
_ON_TIME = {("on", "time"), ("in", "full")}
# an empty home, and the waits and turnarounds that may be its own rather than a customer's
_EMPTY_HOME = {"void", "voids", "empty", "vacant", "relet", "relets"}
_WAIT_WORDS = {"wait", "waiting", "turnaround", "time", "day", "delay"}
_DWELLINGS = {"home", "property", "house", "dwelling", "flat", "apartment", "let", "relet", "tenancy",
              "unit", "room"}  # "vacant unit turnaround time": a rental unit, a room
# what a customer asks for, where a time starts, and the service done for it, where it ends
# the organisation's own money asked for and approved ("Time from request to approval of budget")
_OWN_MONEY = {"budget", "budgets", "funding", "spend", "expense", "expenses", "invoice", "invoices", "capex", "purchase",
              "requisition", "procurement"}
_ASKED_FOR = {"application", "applications", "order", "orders", "request", "requests", "referral", "referrals",
              "enquiry", "inquiry", "booking"}
_SERVED_FOR = {"installation", "install", "issuance", "issue", "accreditation", "approval", "decision", "connection",
               "repair", "treatment", "appointment", "inspection", "permit", "licence", "license", "completion",
               "resolution", "service", "activation", "registration"}
# what a rating grades when it is the organisation's grade, not customers' say ('Acceptance rating', 'Credit rating')
_GRADED = {"acceptance", "cancellation", "quality", "domain", "credit", "risk", "energy", "hygiene", "performance",
           "compliance"}
_SAID_BY_CUSTOMERS = {"satisfaction", "satisfy", "survey", "overall", "star", "review", "feedback", "experience"}
# what those served have, when a name speaks to them of it ('reach your account', 'in your area')
_YOURS = {"account", "plan", "area", "ticket", "tickets", "home", "property", "order", "claim", "application",
          "appointment", "case", "complaint", "request", "bill", "money", "refund", "organisation", "organization",
          "street", "bin", "bins", "booking", "child", "payment", "repair", "enquiry", "query", "call"}
_PROMISED = {"will", "should", "would", "can", "must", "we", "us", "our"}
# a span heading a name ("Complaint Resolution Timeframe"), and the words that make it the span a
# count is taken over or a window of the calendar instead ("by Period", "Billing Period")
_SPAN_HEADS = {"period", "timeframe", "timeframes"}
_SPAN_OVER = {"by", "per", "billing", "reporting", "peak", "trial", "release", "collection", "this", "each", "every",
              "any", "of", "the", "same", "time", "accounting", "financial", "fiscal", "calendar", "month", "year",
              "day", "week", "quarter", "grace", "notice", "cooling"}
# the act of serving what those served sent in, heading a service standard ("Processing T3 trust returns")
_SERVING_ACTS = {"responding", "processing", "answering", "acknowledging", "resolving", "deciding", "registering",
            "assessing", "settling", "refunding", "replying", "handling"}
_SENT_IN = {"return", "application", "enquiry", "inquiry", "request", "complaint", "claim", "appeal",
            "notification", "correspondence", "letter", "query", "referral", "dispute", "suggestion"}
_NOT_SERVED_AFTER = {"time", "times", "speed", "productivity", "cost", "costs", "capacity", "volume", "rate", "fee",
                     "staff", "error", "errors", "backlog"}
# a heading before a spaced dash ("Charities – responding to ..."): what the standard is about
_DASHED_HEADING = re.compile(r"^[^–—-]{1,40}\s[–—-]\s")
_TO_THEIRS = {"to", "in", "into", "from", "for", "with", "reach", "on", "at"}
# how an appeal ends: 'Upheld Appeals', 'appeals allowed', 'Appeals Quality'
_APPEAL_DECIDED = {"uphold", "upheld", "dismiss", "dismissed", "allow", "allowed", "overturn", "overturned", "quality"}


# the head of a name scored so that more is better: "Logistics Performance Index", "total service score"
_SCORED = {"score", "rating", "index"}
FACTS = ("kind", "experience", "access", "better", "cross_functional", "cheap", "demand")
_GROUP_KEYS = {"terms", "with", "without", "whose", "ambiguous", "touch", "staffing", "head", "bounded", "share", "count",
               *FACTS}
_DOMAIN_KEYS = {"name", "terms", "without", "kind", "better"}
# what may follow a measure that is the head of its name ("calls received per customer")
_TAIL = {"rate", "volume", "count", "number", "total", "received", "raised", "created", "open", "submitted",
         "today", "yesterday", "daily", "weekly", "monthly", "quarterly", "annually", "ytd", "mtd",
         "offered", "offer", "present", "presented", "arrive", "arrived", "receive",
         "logged", "inbound", "incoming", "level", "trend", "demand", "queued", "percentage", "percent", "share", "%", "(", ")", "per", "/", "a", "each",
         "every", "by", "from", "about", "into", "to", "for", "in", "on", "at", "within", "over", "and", "or",
         # the participles above as the lemmatiser gives them ("Tickets raised" is read 'ticket raise')
         "raise", "create", "submit", "log", "queue"}
# what may follow a measure that ends a phrase stating a target ("churn by 2 points", "TMAU from X to Y")
_TARGET = {"x", "y", "z", "n", "point", "pt", "pts", "pp", "bps", "basis", "percent", "percentage", "yoy", "qoq",
           "than", "least", "most", "above", "below", "under", "more", "less", "up", "down", "$", "£", "€",
           "plan", "target", "baseline", "stretch", "kpi", "metric", "quarter", "year", "month", "week", "eoq",
           "eoy", "end", "of", "the", "this", "next"}
# words that make a count a share, a rate or a time ("Percentage of complaints resolved")
_SHARE_OR_TIME = {(w,) for w in ("rate", "ratio", "%", "percent", "percentage", "proportion", "share", "time", "day",
                                 "hour", "minute", "week", "average", "mean", "median", "within", "first", "same",
                                 "age", "duration", "speed")}
_VIA = {"through", "via", "during", "in", "into", "under", "since", "per"}
# after the measure, whose it is: "satisfaction among nurses", "retention of staff"; not "with", which
# takes what is judged ("Satisfied with supplier service", "satisfaction with nurse communication")
_OF = {"of", "among", "amongst", "for", "from", "by"}
# the first touch of a service ("answered", "seen", "arrives"), and what customers write in rather than reach
_REACHED = {"answer", "respond", "response", "reply", "serve", "see", "attend", "arrive"}
_WRITTEN_IN = {"form", "post", "letter", "correspondence", "mail", "application"}
# a duration written as a unit: "(minutes)", "(Hours)"
_DURATION_WORD = r"seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?"
_UNIT_ASIDE = re.compile(rf"(?<=\w)\s*\((?:{_DURATION_WORD})\)(?=\s+[a-z])",
                         re.IGNORECASE)
# a unit that is the share of cases meeting a standard: "% of standard met", "% meeting the standard",
# "% within standard", "% of target achieved"
_STANDARD_MET = re.compile(r"(?:%|\bper\s*cent|\bpercent)\D*\b(?:(?:standards?|targets?|sla)\s+(?:met|achieved|kept)"
                           r"|(?:meeting|met|within|achieving)\s+(?:the\s+|its\s+)?(?:service\s+)?(?:standards?|targets?|sla))\b",
                           re.IGNORECASE)
# "X-friendly" says a thing suits X (eco-friendly, family-friendly, mobile-friendly), not how staff
# treat customers; suited to customers ("user-friendly") is still theirs to feel
_SUITED = {"friendly"}
_SUITED_TO = re.compile(r"\b([A-Za-z]+)-friendly\b", re.I)
_ABBREVIATION_PLURAL = re.compile(r"\b[A-Z]{2,5}s\b")
# a breakdown after a colon, led by a preposition: the slice of the measure before it, not another
# measure ("Information and advice provided to consumers ...: through telephone service")
# ("...: in 20 seconds" is the measure's own time limit, not a slice)
_BREAKDOWN = re.compile(r"^(?P<head>[^:]{12,}?)\s*:\s*(?:through|via|by(?!\s+\d))\b", re.IGNORECASE)
_EXPERIENCING = re.compile(r"(?<=\w)\s+(?:experiencing|(?:may|might|can|could|will|would|should|to|did|do|does)"
                           r"\s+experience)\b", re.IGNORECASE)
# how a survey was asked, after what it asks about: "satisfied with drinking water via annual survey"
_HOW_ASKED = {"via", "through", "by", "from", "in", "using"}
# a customer role after these is the organisation's own people
_INSIDE = {"internal", "in-house", "inhouse"}
# after "of", what starts one noun phrase: "satisfaction of our platforms' internal users"
_POSSESSIVES = {"our", "their", "its", "your", "the", "all"}
# what may open the noun phrase a role heads after "of" / "from" ...: a determiner, or how long the
# people have been what they are ("NPS of the onboarding plan from current AEs", "among new hires")
_PHRASE_OPENERS = _POSSESSIVES | {"current", "new", "existing", "former", "recent", "prospective", "active"}
# groups of people: "team/crew" names alternatives, not a count per crew
_GROUPS = {"team", "crew", "squad", "group", "unit", "department", "office", "branch", "site", "shift", "laboratory",
           "lab"}
# how customers reach a person who serves them, and the words that make the person something else's
_REACH = (("access", "to"), ("speak", "with"), ("speak", "to"), ("get", "through", "to"), ("reach",))
_OBJECT_LINKS = {"for", "of", "about", "on", "in", "at", "by", "from", "and"}
# what a respondent says of the service: a survey's answer ("Residents who believe ...", "Patients who reported that ...")
_OPINION = {"think", "feel", "agree", "disagree", "believe", "trust", "consider", "report", "perceive"}
# given to customers, where a customer comes before it ("patients ... that receive a test")
_RECEIVED = {("receive",), ("received",)}
# what opens the event a span starts from ("2nd Quarter After Exit")
_SINCE = {"after", "following", "since", "post"}
# those a bad word qualifies counted as served ("Domestic Violence Victims Served")
_SERVED_AFTER = {"served", "serve", "helped", "help", "assisted", "assist", "supported", "support", "treated", "treat",
                 "reached", "housed", "placed"}
# people named by no role: "Older Adults", "older people" are an age group of those served
_PEOPLE = {"adult", "adults", "people", "person", "persons", "individual", "individuals", "american", "americans"}
_WORK_HOURS = {"person", "man", "labour", "labor", "worker", "staff", "employee"}  # + hour: staff time
# how fully something is used, and who may use it as a person's work, not a thing's use
_USE_TERMS = {("occupancy",), ("utilisation",), ("utilization",), ("adherence",), ("conformance",)}
_WORKED_BY = {"team", "resource", "billable", "labour", "labor", "workforce", "staff", "gang", "crew", "schedule",
              "work", "people", "human"}
_ABSTRACT = ("ity", "ance", "ence", "ancy", "ency", "ness")  # endings of an abstract noun: a quality, a state
_MONEY_SPENT = {("spend",), ("budget",)}
_RUNNING_COSTS = _MONEY_SPENT | {("cost",), ("expense",), ("expenditure",), ("opex",), ("operate", "cost")}
# a share: first in a name ("Percentage of work completed on schedule"), or before "of (the) time"
_SHARE_WORDS = {"%", "percent", "percentage", "proportion", "share"}
_PAID_TIME = _WORK_HOURS | {"pay", "paid", "payroll", "worked", "online"}  # before an hour: "per paid hour", "per payroll hour"
# a count of customers is more-is-better only of people, with no time taken and nothing negated
_PLACES = {"property", "premise", "home", "household", "site"}
_COUNT_BLIND = {"not", "non", "no", "never", "without", "day", "time", "hour", "week", "month", "take", "taken"}
# time spent or taken, or a state that is a failure: "percent of time spent by engineers", "... is down"
_SPENT_TIME = {"spend", "spent", "spending", "take", "taken", "wait", "waiting", "down", "offline", "idle"}
# words of a unit around its duration: "median months", "business days"
_FIGURE_WORDS = {"business", "working", "calendar", "clear", "median", "mean", "average", "avg"}
# a duration in a bracket ending the name: "Terminal Dwell (Hours)"
_ENDING_DURATION = re.compile(rf"\(({_DURATION_WORD})\)\s*$", re.IGNORECASE)
_PACE_UNITS = {"hour", "hr", "shift", "day", "week", "month"}  # what the pace of work is counted per
# a time until the first act of a service ("Time for answer", "Hours to attend"): the time words, the
# words that may stand between the link and the act ("time to first answer", "time to get an appointment",
# "time to third next available appointment"), and the start of an act ("Time-to-start-of-care")
_TOUCH_TIMES = {"time", "hour", "day", "minute", "second", "week"}
_TOUCH_LINKS = {"to", "for", "until", "till", "before"}
_TOUCH_FILLERS = {"first", "initial", "the", "a", "an", "be", "get", "next", "third", "available", "definitive"}
_TOUCH_STARTS = {"start", "begin", "commence", "initiate"}
_REPLIES = {"answer", "respond", "response", "reply"}  # a first touch that may answer what is written in
_CALLING = {"call", "caller", "phone", "telephone"}  # a call rung in, answered or not
_CHATTING = {"chat", "webchat", "live chat"}  # a chat opened by a customer, picked up or not
_CARE_BEGUN = {"treatment", "treat", "surgery", "appointment"}  # care begun, the first touch of it
# the work done after the first touch that a service level may time ("Permits Issued Within SLA %"), as lemmas
# and as the lexicon keeps them written ("issued", "completed")
_LATER_ACTS = {"process", "processed", "processing", "issued", "dispatch", "dispatched", "complete", "completed",
               "completion", "resolution", "resolve", "resolved", "finalise", "finalised", "finalize", "finalized",
               "decide", "decided", "decision", "deliver", "delivered", "delivery", "paid", "payment", "settle",
               "settled", "settlement"}
_DURATIONS = {"ms", "millisecond", "milliseconds", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute",
              "minutes", "h", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks", "month", "months"}


# the work that closes a bad thing, where it heads the name ("complaint closure", "crimes cleared")
_CLOSED_OUT = {"close", "closure", "clear", "clearance", "solve", "handle", "handling", "fill"}
_CLOSING = {"closure", "clearance", "handling"}  # the work itself named, not a count of things it was done to
# a state of engagement qualifying what is counted ("Active Contributors", "Inactive Contributors")
_ACTIVE = {"active"}
_LAPSED = {"inactive", "dormant", "lapse", "lapsed"}
_QUEUED = {"pend", "pending", "open", "outstanding", "wait", "waiting", "queue", "backlog", "ticket", "case",
           "incident", "claim", "request", "job", "order", "alert"}
# a time, cost or staffing held steady ("Transit time consistency", "time-definite delivery")
_STEADY = {"consistent", "consistency", "consistently", "definite", "predictable", "predictability", "steady",
           "steadiness"}
_HELD_STEADY = {"time", "duration", "latency", "cost", "spend", "expense", "expenditure", "budget"}  # what is held steady
_HELD_DAYS = {"day", "days", "week", "weeks", "month", "months"}
# what a customer's spend is counted per, besides the customer ("per capita", "per head", "per visit")
_PER_BUYER = {"capita", "person", "visit", "check", "cover", "trip"}
# a purchase or a visit, what customers spend on each ("average spend per transaction")
_PURCHASE = {"transaction", "visit", "check", "basket", "trip", "booking", "stay", "cover", "purchase"}
_AVERAGED = {"average", "avg", "mean", "median"}
# a span from one stage of the work to the next ("Submission to First Decision"): what may lead it,
# end what it spans, or bound it as a promise; a head that makes it a share or a reach instead
_SPAN_LEADS = {"average", "avg", "mean", "median", "the"}
_SPAN_BREAKS = {"before", "after", "for", "in", "by", "of", "and", "excluding", "including", "within", "on", "at",
                "from", "under", "less", "more", "than", "or"}
_SPAN_BOUNDS = {"within", "under", "less", "more", "than", "target", "standard"}
# heads that take "to" as their complement, not a stage: "Access to", "conformance to schedule", "place to shop",
# "Easy to get through", "Intent to renew"
_SPAN_SHARES = {"access", "conversion", "convert", "share", "ratio", "rate", "return", "transfer", "refer", "recommend",
                "adherence", "conformance", "compliance", "place", "ability", "able", "easy", "ease", "hard",
                "difficult", "likely", "willing"}
# what a financial ratio is of, after "to" ("Debt to income", "Loan to value", "Price to earnings")
# answers that are a survey's, got back, not the service's own: "NPS responses", "Responses received"
_SURVEYED = {"survey", "promoter", "satisfaction", "feedback", "questionnaire", "poll", "receive", "received", "return",
             "returned", "response rate"}
# what a travel or hotel business sells by the booking: booked, it is a sale, no seller's effort
_BOOKED_SOLD = {"night", "room", "holiday", "package", "seat", "sailing", "trip", "tour", "flight", "cruise", "cabin"}
# what makes a ticket one sold, not one raised: "paid ticket volume"
_TICKET_SOLD = {"paid", "sold", "purchased", "bought"}
# the takings a business counts, heading a measure that a word before them only qualifies
_TAKINGS = {"revenue", "revenues", "sales", "sale", "income", "takings", "turnover", "earnings"}
_RATIO_MONEY = {"income", "earnings", "earning", "value", "equity", "debt", "sales", "sale", "revenue", "asset", "cost"}


@dataclass(frozen=True, slots=True)
class Group:
    terms: frozenset
    with_: tuple
    without: tuple
    facts: dict
    whose: str | None
    ambiguous: frozenset
    touch: bool
    head: bool  # the term must head the name: "calls per customer", not "revenue per call"
    order: int
    bounded: bool = False  # held to a timescale ("62 day wait"), the share met is to be more
    share: tuple = ()  # (fact, value) pairs it has instead when its unit is a percentage
    count: tuple = ()  # (fact, value) pairs it has instead when the name counts them, with no share or time


@dataclass(frozen=True, slots=True)
class Reading:
    """The facts a name gives (None: unknown) and, for each, the words that gave it."""
    facts: dict
    why: dict

    @property
    def known(self) -> bool:
        return any(value is not None for value in self.facts.values())


_PLAIN_CUSTOMERS = {"customer", "customers", "client", "clients"}  # no public named
# what customers do toward the organisation, to its deadline (as lemmatised, or kept): "returns filed on time"
_CUSTOMERS_SEND = {"file", "filed", "lodge", "lodged", "submit", "submitted"}
# a stated intent ("likelihood to", "willingness to") to do what loyal customers do
_INTENT = {"likelihood", "likeliness", "willingness", "intent", "intention", "propensity", "probability"}
_LOYAL_ACTS = {"recommend", "refer", "return", "renew", "repurchase", "revisit", "rebook", "continue", "stay"}
STAFF_TRADE = "a measure of staff"  # the name of the lexicon's trade of staff measures


class Lexicon:
    """The lexicon's words as lemma tuples, indexed for one pass over a name's n-grams."""

    def __init__(self, data: dict, lemmatise=lemma):
        self.lemmatise = lemmatise
        self.closed: dict[str, tuple] = {}  # filled once the terms are known (the lexicon's own words are not split)
        plain = lambda text: tuple(lemmatise(t) for t in tokens(str(text)))  # noqa: E731
        self.abbreviations = {key: plain(value) for key, value in data["abbreviations"].items()}
        self.compound_tails = set(data.get("compound_tails", []))
        self.done_after = frozenset(str(word).lower() for word in data.get("done_after", []))
        self.given_after = frozenset(str(word).lower() for word in data.get("given_after", []))
        self.prefixes = {key: plain(value) for key, value in data.get("prefixes", {}).items()}
        self.classes = {name: frozenset(self._phrase(w) for w in words) for name, words in data["classes"].items()}
        self.groups: list[Group] = []
        self.by_term: dict[tuple, list[int]] = {}
        for order, raw in enumerate(data["measures"]):
            unknown = set(raw) - _GROUP_KEYS
            if unknown:
                raise ValueError(f"lexicon measures[{order}]: unknown key {sorted(unknown)[0]!r}")
            group = Group(
                # a term "@name" is every phrase of that class ("@harm_event": each harm is a measure too)
                terms=frozenset(p for t in raw["terms"] for p in (
                    self.classes[str(t)[1:]] if str(t).startswith("@") else (self._phrase(t),))),
                with_=tuple(self._condition(c) for c in raw.get("with", [])),
                without=tuple(self._condition(c) for c in raw.get("without", [])),
                facts={fact: raw[fact] for fact in FACTS if fact in raw},
                whose=raw.get("whose"),
                ambiguous=frozenset(self._phrase(t) for t in raw.get("ambiguous", [])),
                touch=bool(raw.get("touch")),
                head=bool(raw.get("head")),
                order=order,
                bounded=bool(raw.get("bounded")),
                share=tuple(sorted((raw.get("share") or {}).items())),
                count=tuple(sorted((raw.get("count") or {}).items())),
            )
            self.groups.append(group)
            for term in group.terms:
                self.by_term.setdefault(term, []).append(order)
        # for each term, the longer terms that hold it ("sales" in "days sales outstanding"), and their group
        self.containing: dict[tuple, set[tuple[tuple, int]]] = {}
        for term, orders in self.by_term.items():
            for size in range(1, len(term)):
                for start in range(len(term) - size + 1):
                    self.containing.setdefault(term[start:start + size], set()).update((term, o) for o in orders)
        self.domains = []
        for order, raw in enumerate(data.get("domains", [])):
            unknown = set(raw) - _DOMAIN_KEYS
            if unknown:
                raise ValueError(f"lexicon domains[{order}]: unknown key {sorted(unknown)[0]!r}")
            self.domains.append((raw["name"], [self._condition(t) for t in raw["terms"]],
                                 [self._condition(t) for t in raw.get("without", [])],
                                 raw.get("kind", "outcome"), raw.get("better", "increase")))
        # the staff's own trade, in its own words (roles are read by their place in a name)
        self.staff_trade = frozenset(t for name, terms, *_ in self.domains if name == STAFF_TRADE
                                     for t in terms if t[:1] != ("@",))
        # the financial trade's own words ("dollar", "revenue", "margin"): money counted, not work done
        self.money_words = frozenset(t for name, terms, *_ in self.domains if name == "a financial measure"
                                     for t in terms if t[:1] != ("@",))
        # a two-word term written as one word ("holdtime"), where that word is none of the lexicon's own
        known = {w for t in self.by_term for w in t}
        self.closed = {"".join(t): t for t in sorted(self.by_term) if len(t) == 2 and all(w.isalpha() for w in t)
                       and "".join(t) not in known and lemmatise("".join(t)) not in known}
        self.longest = max([len(t) for t in self.by_term]
                           + [len(t) for _, terms, *_ in self.domains for t in terms if t[:1] != ("@",)])
        roles = {"customer": self.classes["customer"], "staff": self.classes["staff"],
                 "partner": self.classes["partner"]}
        self.roles = {phrase: kind for kind, phrases in roles.items() for phrase in phrases}
        self.role_longest = max(len(p) for p in self.roles)
        self._money_terms = frozenset(t for name, terms, *_ in self.domains if name == "a financial measure"
                                      for t in terms if t[:1] != ("@",))
        # every word the lexicon knows: a name with none of them is unread
        self.known = frozenset(w for w in self.words() if w.isalpha())

    def _phrase(self, text) -> tuple:
        """Words of the lexicon, read as names are: "outside SLA" is "outside service level"."""
        return tuple(self.expand(str(text)))

    def _condition(self, text) -> tuple:
        """"@name", a class, as ('@', name); anything else a phrase of words. A class is
        named with its sigil, so a word that happens to be a class's name ("staff",
        "failed") is still that word."""
        text = str(text)
        if not text.startswith("@"):
            return self._phrase(text)
        if text[1:] not in self.classes:
            raise ValueError(f"lexicon: unknown class {text!r}")
        return ("@", text[1:])

    def words(self) -> set[str]:
        """Every word the lexicon uses (for the lemma table)."""
        found: set[str] = set()
        for phrases in self.classes.values():
            for phrase in phrases:
                found.update(phrase)
        for group in self.groups:
            for phrase in (*group.terms, *group.ambiguous, *group.with_, *group.without):
                if phrase[:1] != ("@",):
                    found.update(phrase)
        for phrase in (*self.abbreviations.values(), *self.prefixes.values()):
            found.update(phrase)
        for _, terms, without, _, _ in self.domains:
            for phrase in (*terms, *without):
                if phrase[:1] != ("@",):
                    found.update(phrase)
        return found

    # --- reading a name -------------------------------------------------------------

    def expand(self, name: str) -> list[str]:
        """Tokens of a name with abbreviations spelled out, as lemmas."""
        out: list[str] = []
        written = tokens(name)
        # "CVEs", "KPIs", "ATMs": capitals and a plural s are an abbreviation's plural, its lemma the
        # abbreviation itself, not what a dictionary makes of the word ("CVEs" is no "cv")
        plurals = {found.lower() for found in _ABBREVIATION_PLURAL.findall(name)} if name else set()
        acronyms = set(re.findall(r"\b[A-Z]{2,6}\b", name)) if name else set()
        # "eco-friendly", "budget-friendly": a compound that says what a thing suits, written with a hyphen
        suited = {found.lower() for found in _SUITED_TO.findall(name)} if name and "-" in name else set()
        for at, token in enumerate(written):
            if token in self.abbreviations and _glosses(token, written[:at], self.abbreviations[token]):
                continue  # "Feed Conversion Ratio (FCR)": the words before say what it stands for
            if token in self.abbreviations:
                out.extend(self.abbreviations[token])
                continue
            if token in plurals and token[:-1] not in self.abbreviations and _glosses(token[:-1], written[:at], ()) \
                    or token.upper() in acronyms and _glosses(token, written[:at], ()):
                continue  # "Concurrent Users (CCUs)", "Dispute Recovery Rate (DRR)": initials the lexicon does not know
            if token in self.closed:
                out.extend(self.closed[token])  # "Holdtime", "waittime": a two-word term written as one
                continue
            if token.endswith("s") and token[:-1] in self.abbreviations and len(token) <= 6:
                out.extend(self.abbreviations[token[:-1]])  # CSMs, SDRs
                continue
            tail = next((t for t in self.compound_tails
                         if token.endswith(t) and 1 <= len(token) - len(t) <= 2), None)
            if tail is not None and token not in self.abbreviations:
                prefix = token[:-len(tail)]
                out.extend(self.prefixes.get(prefix, ()))
                out.extend(self.abbreviations[tail])
                continue
            if token in plurals:
                out.append(token[:-1])
                continue
            if token in ("hr", "hrs") and out and (is_number(out[-1]) or out[-1] in ("<", ">")):
                out.append("hour")  # "resolved in < 5 hr": hours, not human resources
                continue
            if token in _SUITED and at and written[at - 1] in suited and self._role((written[at - 1],)) != "customer":
                out.append("suited")  # "Eco-Friendly Packaging": fit for the planet, no manner of staff
                continue
            out.append(self.lemmatise(token))
        return _speed_of_answer(_time_taken(_within(out)))

    def analyse(self, name: str, unit: str | None = None, owners: tuple = (),
                explicit_better: str | None = None) -> Reading:
        """Read one name. ``owners`` are (department name, customer_facing) pairs of the
        departments whose goals use the metric; ``explicit_better`` drops a reading that
        contradicts what the metric says of itself."""
        # "Average time (minutes) to attend bursts": the unit in brackets inside the name is said as
        # the unit field says it, and read so the words around it join ("time to attend")
        name = _UNIT_ASIDE.sub("", name)
        # "customers experiencing more than 3 sewer blockages", "interruptions a customer may experience":
        # customers with them, not the noun "customer experience" (which would read a count of failures
        # as a relationship to grow)
        name = _EXPERIENCING.sub(" with", name)
        breakdown = _BREAKDOWN.match(name)
        if breakdown:
            name = breakdown["head"]
        words = self.expand(name)
        reading = self._analyse(name, unit, owners, explicit_better, words)
        load = self._load(unit) if unit else None
        if load and reading.facts["better"] != "decrease":
            reading.facts["better"] = "decrease"
            reading.why["better"] = f"unit '{unit}' is {load}, a load on each person: less is better"
        staff = self._staff_per_unit(words) if not reading.facts["access"] else None
        if staff and reading.facts["better"] != "decrease":
            reading.facts["better"] = "decrease"
            reading.why["better"] = f"name reads '{staff}' per unit of work, a staff cost: less is better"
        figure = [t for t in tokens(unit) if t not in ("business", "working", "calendar", "clear")]
        done = _head_word(words[:len(self.expand(name.split("(", 1)[0]))], self.classes["per"]) \
            if figure[:1] and figure[0] in _DURATIONS else None
        if done in _DONE_HEADS and reading.facts["better"] != "decrease":
            # "Overall average resolution" in days: the figure is the time the work takes
            reading.facts["better"] = "decrease"
            reading.why["better"] = f"name is headed by '{done}' and its unit '{unit}' is a time: " \
                                    "how long it takes is to be less"
        self._timed_figure(name, unit, words, reading)
        self._connected_to_staff(words, reading)
        self._no_way_to_reach(words, reading)
        self._event_span(name, unit, reading)
        self._days_from_until(words, reading)
        self._decision_awaited(name, words, reading)
        self._asked_to_served(name, words, reading)
        self._addressed_to_the_served(name, words, reading)
        self._service_named(name, words, reading)
        self._span_headed(name, reading)
        self._days_held(words, reading)
        self._steadiness(words, reading)
        self._share_of_time(unit, words, reading)
        self._share_of_the_counted(unit, words, reading)
        if len(words) > 3 and (words[0] in _TIMED or words[0] == "month") and words[1] == "from" \
                and "to" in words[2:] and reading.facts["better"] == "increase":
            # "Days from contract to first live payroll": the events bounding the time say nothing of its way
            reading.facts["better"] = "decrease"
            reading.why["better"] = f"name is a time from one event to another ('{words[0]} from ... to'): " \
                                    "how long it takes is to be less"
        self._standard_met(unit, reading)
        self._time_bound_as_figure(name, reading)
        scale = _stated_scale(name)
        if scale is not None and scale[0] != reading.facts["better"]:
            reading.facts["better"] = scale[0]
            reading.why["better"] = f"name states its scale ({scale[1]}): {'less' if scale[0] == 'decrease' else 'more'}" \
                                    " is better"
        self._share_of_a_base(name, unit, owners, explicit_better, reading)
        self._after_a_dash_heading(name, unit, owners, explicit_better, reading)
        head, colon, figure = name.rpartition(":")
        if colon and head.strip() and tokens(figure)[:1] and tokens(figure)[0] in _FIGURES:
            # "Achievement of telephony service level standards: Average speed of answer": what
            # follows the heading is the figure measured, and its way is the measure's
            told = self._analyse(figure, unit, owners, explicit_better).facts["better"]
            if told is not None and told != reading.facts["better"]:
                reading.facts["better"] = told
                reading.why["better"] = f"name reads '{figure.strip()}' after '{head.strip()}:', the figure " \
                                        f"measured: {'less' if told == 'decrease' else 'more'} is better"
        return reading

    def _after_a_dash_heading(self, name, unit, owners, explicit_better, reading) -> None:
        """'Staff Wellbeing - Chronic Absenteeism', 'Access to Business Office - On Hold Duration': a
        heading, a spaced dash, and the measure: what follows the dash, read alone, gives the way; not
        where the part before it is itself a figure ('Cycle time — application to fund (days)')."""
        head, dash, figure = next(((h, d, f) for d in (" - ", " – ", " — ") for h, _, f in [name.partition(d)] if _),
                                  ("", "", ""))
        if not dash or not head.strip() or not figure.strip():
            return
        if not (_FIGURES | _TIMED | _STEADY | {"ratio", "index", "score", "cycle"}).isdisjoint(self.expand(head)):
            # "Cycle time — application to fund", "Student Supports Ratios – Counselors", "Cost
            # predictability – construction (client change orders)": the figure leads
            return
        told = self._analyse(figure, unit, owners, explicit_better).facts["better"]
        if told is not None and told != reading.facts["better"]:
            reading.facts["better"] = told
            reading.why["better"] = f"name reads '{figure.strip()}' after the heading '{head.strip()}': " \
                                    f"{'less' if told == 'decrease' else 'more'} is better"

    def _timed_figure(self, name, unit, words, reading) -> None:
        """'Terminal Dwell (Hours)', 'Criminal Felony to Disposition' in median months: where the
        figure is a duration (the unit, or a bracket ending the name) and nothing reads which way
        is good, or the name spans one event to another, the figure is how long it takes: less.
        Not a time customers stay ('Average subscription length'), one between bad things, or time
        given per a unit ('hours per account per month')."""
        told = [t for t in tokens(unit) if t not in _FIGURE_WORDS]
        shown = unit
        if not told[:1] and (ending := _ENDING_DURATION.search(name)):
            told, shown = [ending.group(1).lower()], ending.group(0).strip()
        if not told[:1] or told[0] not in _DURATIONS or "per" in told or reading.facts["better"] == "decrease" \
                or not self.classes["stay_words"].isdisjoint((w,) for w in words) \
                or not _SPANS_FREE.isdisjoint(words):
            return
        spans = any(w == "to" and 0 < i < len(words) - 1 for i, w in enumerate(words))
        if reading.facts["better"] is not None and not spans:
            return
        reading.facts["better"] = "decrease"
        reading.why["better"] = f"its figure is a time ('{shown}')" + (
            " from one event to another" if spans else "") + ": how long it takes is to be less"

    def _time_bound_as_figure(self, name, reading) -> None:
        """'Resolve your complaint within 15 working days on average', 'average waiting time of 7.4 weeks
        or less', 'The refund will typically be processed within 30 days': a time bound said of the work
        as a whole, as its average or what is typical, is the time it takes, to be less; not a share kept
        within it ('% answered within 20 seconds on average', 'Percentage of first due unit arrival in 6
        minutes or less'), nor a heading given its limit ('Ambulance response: 8 minutes or less')."""
        text = name.lower()
        unit = r"(?:working |business |calendar )?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)"
        bound = re.search(r"\b(?:within|in)\s+(?:an average of\s+)?[\d.:]+(?:\s*(?:-|to)\s*[\d.]+)?\s+" + unit + r"\b"
                          r"|[\d.]+\s+" + unit + r"\s+or\s+(?:less|fewer)\b", text)
        if bound is None or reading.facts["better"] == "decrease" \
                or re.search(r"%|\b(?:percent|percentage|proportion|share|rate|ratio|number|most|all)\b", text):
            return
        said = re.search(r"\b(?:on average|an average of|typically|usually|normally)\b", text)
        if said is None and "average" in text[:bound.start()]:
            said = re.search(r"\baverage\b", text)
        if said is None:
            return
        reading.facts["better"] = "decrease"
        reading.why["better"] = f"name reads '{bound.group(0)}' with '{said.group(0)}': the figure is the time " \
                                "it takes, to be less"

    def _share_of_a_base(self, name, unit, owners, explicit_better, reading) -> None:
        """'SG&A as a percentage of gross profit', 'Product waste (as % of revenue)', 'Overheads as a
        proportion of dairy income': what is measured is what comes before 'as a % of'; what follows is
        only the base it is divided by, and says nothing of its way. Where the front reads a way, it is
        the name's."""
        found = re.search(r"\(?\s*\bas\s+(?:an?\s+)?(?:%|percent\b|percentage\b|proportion\b|share\b|fraction\b)"
                          r"\s*of\b", name, re.I)
        front = name[:found.start()].strip(" -,(") if found else ""
        if not front or not any(t.isalpha() for t in tokens(front)):
            return
        told = self._analyse(front, None, owners, explicit_better).facts["better"]
        if told is None or told == reading.facts["better"]:
            return
        reading.facts["better"] = told
        reading.why["better"] = f"name reads '{front}' {found.group(0).strip(' (')} a base: what is measured is " \
                                f"'{front}', {'less' if told == 'decrease' else 'more'} is better"

    def _steadiness(self, words, reading) -> None:
        """'consistent transit times', 'Transit time consistency', 'time-definite delivery', 'Cost
        predictability - Design', 'Staffing Consistency Rate': a time, a cost or a staffing held
        steady is what is measured, its steadiness, to be more; where nothing else in the name is
        bad ('Consistently late deliveries') and nothing negates it."""
        steady = next((w for w in words if w in _STEADY), None)
        if steady is None or reading.facts["better"] == "increase" or not _NEGATORS.isdisjoint(words):
            return
        rest = [w for w in words if w not in _STEADY and w not in _HELD_STEADY and w not in _TIMED]
        if self._worse(rest, _grams(rest, 4)) or any(self._non(rest, i) for i in range(len(rest))):
            return
        reading.facts["better"] = "increase"
        reading.why["better"] = f"name reads '{steady}': how steady it is held, to be more"

    def _days_held(self, words, reading) -> None:
        """'Inventory Holding Days', 'Days of Inventory on Hand', 'Days Sales of Inventory', 'Debtor
        days': days heading a stock turned over (inventory, receivables, work in progress) count how
        long it is held before it turns: fewer is better. Not its turnover ('Inventory turnover'),
        cash held ('days cash on hand'), nor days free of a thing ('days without a stock-out')."""
        main = [w for w in words if w not in ("average", "avg", "mean", "median")]
        if not main or not (main[0] in _HELD_DAYS or main[-1] in _HELD_DAYS) or "turnover" in main \
                or not _SPANS_FREE.isdisjoint(main) or "free" in main:
            return
        stock = next((p for p in sorted(_grams(main, 3) & self.classes["turned_over"], key=len, reverse=True)), None)
        if stock is None or reading.facts["better"] == "decrease":
            return
        reading.facts["better"] = "decrease"
        reading.why["better"] = f"name counts the days '{' '.join(stock)}' is held before it turns: fewer is better"

    def _event_span(self, name, unit, reading) -> None:
        """'Submission to First Decision', 'Acceptance to Publication', 'Room-to-provider', 'First
        Ring -to -Call Answer': a name that is only a span from one stage of a piece of work to the
        next (each side one thing, written singular: no count, rate, person or customer converted)
        is how long the work takes between them: less. Not a share ('Visitor-to-Lead Rate',
        'Conversion to paid features'), a reach ('Access to customer service'), a count sent
        somewhere ('Digital Requests Sent to Practice'), a promise ('Referral to treatment in 18
        weeks'), nor a span of dates ('month-to-date', 'face to face')."""
        if unit and (not tokens(unit) or tokens(unit)[0] not in _DURATIONS) or ":" in name:
            return
        written = re.findall(r"[a-z]+|[0-9]+", name.split("(", 1)[0].lower())
        if written.count("to") != 1:
            return
        at = written.index("to")
        left = written[:at]
        while left and left[0] in _SPAN_LEADS:
            left = left[1:]
        right = []
        for word in written[at + 1:]:
            if word in _SPAN_BREAKS:
                break
            right.append(word)
        tail = written[at + 1 + len(right):]
        if not (1 <= len(left) <= 2 and 1 <= len(right) <= 4) or left[-1] == right[-1] \
                or any(w.isdigit() or w in _SPAN_BOUNDS for w in tail):
            return
        for side in (left, right):
            for word in side:
                lemma_ = self.lemmatise(word)
                if word.isdigit() or _participle(word) or (lemma_,) in self.classes["quantity"] \
                        or (lemma_,) in self.classes["time_unit"] or lemma_ in _TIMED or lemma_ in _SPAN_SHARES \
                        or lemma_ in _INTENT or lemma_ in _LOYAL_ACTS:
                    return
            if any(_plural(w) or w in _POSSESSIVES or w in ("a", "an") for w in side):
                return  # "Requests sent to the council": things sent somewhere, no stage of the work
        if any(r[2] in ("customer", "staff", "partner") for r in self._roles([self.lemmatise(w) for w in left])) \
                or any(r[2] == "customer" for r in self._roles([self.lemmatise(w) for w in right])):
            return  # "Visitor to Registration", "Technician to Service Advisor": people converted or compared
        if any((self.lemmatise(w),) in self._money_terms or self.lemmatise(w) in _RATIO_MONEY for w in left + right):
            return  # "Debt to income", "Loan to value", "Cost to Collect": a sum, no stage of the work
        if reading.facts["better"] == "decrease":
            return
        reading.facts["better"] = "decrease"
        reading.why["better"] = f"name is a span from '{' '.join(left)}' to '{' '.join(right)}', one stage " \
                                "of the work to the next: how long it takes is to be less"

    @staticmethod
    def _days_from_until(words, reading) -> None:
        """'Average number of days from when Nuisance Abatement complaints are first reported until
        non-judicial compliance': a time that heads the name, from one event until another, is how
        long it takes, to be less, whatever the words between (a compliance reached is its end,
        not a share to raise)."""
        lead = next((i for i, w in enumerate(words[:4]) if w in _TIMED and words[i + 1:i + 2] == ["from"]), None)
        if lead is None or not {"until", "till", "to"} & set(words[lead + 3:]) or reading.facts["better"] == "decrease":
            return
        reading.facts["better"] = "decrease"
        reading.why["better"] = f"name is the {words[lead]}s from one event until another: how long it takes, to be less"

    def _decision_awaited(self, name, words, reading) -> None:
        """'Submission to First Decision', 'Acceptance to Publication', 'Average Time to Publish (After
        Acceptance)', 'First Decision Average Duration', 'Number of Workdays to Review Plan Submissions':
        a time taken (a span to a stage, or a time word) that ends in a decision on what someone
        submitted, or runs from their submission, is what the submitter waits for, as 'Time-to-decision'
        is: experience, where only the want of a word about customers had said it was none. Not a step
        of staff ('time from editor assignment to initial decision'), nor the decision counted
        ('Acceptance rate', 'First Decision - % Granted')."""
        facts, why = reading.facts, reading.why
        if facts["experience"] is not False or why.get("experience") != _NO_CUSTOMER_WORD:
            return
        written = [t.lower() for t in tokens(name) if t.isalpha()]
        if not _SHIPPED_CODE.isdisjoint(written) or not _grams(words, 3).isdisjoint(self.classes["internal"]):
            return  # "Time to publish release notes", "PR acceptance time": the engineers' own work
        awaited = next((w for w in written if w in _DECIDED or w in _SUBMITTED), None)
        if awaited in _PUBLISHED and sum(w in _DECIDED | _SUBMITTED for w in written) < 2:
            return  # published alone may be anything put out; after an acceptance it is the author's wait
        # a span between stages: the decision or the submission right at its 'to' ("Submission to
        # Acceptance", "Accept to Publish", "First Decision to Acceptance"), not "barrier to entry"
        span = any(w == "to" and not {*written[max(0, i - 1):i], *written[i + 1:i + 3]}.isdisjoint(_DECIDED | _SUBMITTED)
                   for i, w in enumerate(written))
        timed = span or any(w in _TIMED or w in ("workday", "workdays", "duration") for w in words)
        if awaited is None or not timed or self._roles(words) \
                or any(w in _SHARE_WORDS or w in ("rate", "ratio") for w in written):
            return
        facts["experience"] = True
        why["experience"] = f"name times '{awaited}', a decision on what someone submitted or the wait from " \
                            "their submission: what the submitter waits for"

    def _asked_to_served(self, name, words, reading) -> None:
        """'Average time from order to complete installation', 'Average calendar days from application to
        issuance', 'take between 6-8 months from application to accreditation': a time from what a
        customer asks (an application, an order, a request, a referral) to the service done for it is
        their wait: experience. Not from a step of the work ('time from editor assignment to initial
        decision', 'Days from Loss to Claim Open', 'Cycle days from date reported to date referred'),
        nor goods sent ('from order to dispatch': whose delivery it is, the name does not say)."""
        facts, why = reading.facts, reading.why
        if facts["experience"]:
            return
        written = [t.lower() for t in tokens(name) if t.isalpha()]
        start = next((i for i, w in enumerate(written) if w == "from"
                      and not _ASKED_FOR.isdisjoint(written[i + 1:i + 4])), None)
        if start is None or "to" not in written[start + 2:start + 6]:
            return
        to = written.index("to", start + 2)
        done = next((w for w in written[to + 1:to + 4] if w in _SERVED_FOR), None)
        if done is None or not any(w in _TIMED or w in ("month", "take", "cycle") for w in words) \
                or not _OWN_MONEY.isdisjoint(written) or any(r[2] != "customer" for r in self._roles(words)) \
                or not _grams(words, 3).isdisjoint(self.classes["internal"]):
            return
        asked = next(w for w in written[start + 1:start + 4] if w in _ASKED_FOR)
        facts["experience"] = True
        why["experience"] = f"name times from '{asked}' to '{done}': what a customer asked for, done, their wait"

    def _service_named(self, name, words, reading) -> None:
        """'Processing T3 trust returns', 'Charities – responding to telephone enquiries', 'acknowledging
        customer complaints within two working days': a name headed by the act of serving what those served
        sent in (a return, an application, an enquiry, a complaint) names a service standard, how well that
        service is done for them: experience, an outcome, more is better. Not a count of it ('Applications
        processed'), its time or speed ('Processing times', 'Handling time'), what it costs, one person's
        share of it, nor a service to staff ('Processing leave requests of staff')."""
        facts, why = reading.facts, reading.why
        if facts["experience"] or facts["kind"] in ("cost", "activity"):
            return
        written = [t.lower() for t in tokens(_DASHED_HEADING.sub("", name, count=1)) if t.isalpha()]
        if len(written) < 2 or written[0] not in _SERVING_ACTS or written[1] in _NOT_SERVED_AFTER:
            return
        sent = self.expand(" ".join(written[1:]))
        matter = next((w for w in sent if w in _SENT_IN), None)
        if matter is None or any(w in _TIMED or w in _NOT_SERVED_AFTER for w in sent) \
                or not _OWN_MONEY.isdisjoint(sent) or any(r[2] != "customer" for r in self._roles(words)) \
                or not _grams(words, 3).isdisjoint(self.classes["internal"]):
            return
        shown = f"name is headed by '{written[0]}' of '{matter}', what those served sent in: a service standard, " \
                "how well it is done for them"
        facts["experience"], facts["kind"], facts["better"] = True, "outcome", "increase"
        why["experience"] = why["kind"] = why["better"] = shown

    def _span_headed(self, name, reading) -> None:
        """'Complaint Resolution Timeframe', 'Construction period after payment', 'Period of applying
        credit to the customer's account', 'repayment period': a name headed by a period or a timeframe
        is the time the thing takes, to be less. Not the period a count is taken over ('Claims by
        Period', 'Billing Period', 'Work Done This Period', 'Peak Period Throughput'), nor a promise
        ('within timeframes')."""
        facts, why = reading.facts, reading.why
        if facts["better"] == "decrease":
            return
        written = [t.lower() for t in tokens(name.split("(", 1)[0]) if t.isalpha()]
        if "within" in written or len(written) < 2:
            return
        if written[0] in _SPAN_HEADS and written[1] in ("of", "for"):
            at = 0
        else:
            end = next((i for i, w in enumerate(written) if w in ("after", "from", "to", "until", "since")), len(written))
            at = end - 1
            if written[at] not in _SPAN_HEADS or not at or written[at - 1] in _SPAN_OVER:
                return
        shown = f"name is headed by '{written[at]}': the time it takes, less is better"
        facts["better"] = "decrease"
        why["better"] = shown

    def _addressed_to_the_served(self, name, words, reading) -> None:
        """'the money should reach your account in 5 to 7 business days', 'Your tickets will be valid for
        entry', 'Have a meeting to start your plan if you want to', 'streetlights in your area that are
        currently not functioning': a name that speaks to those served of what is theirs (your account,
        plan, area, tickets, home ...) is a promise to them or a failure they live with: experience. Not
        the business asked of its own ('your brand', 'services you supply', 'Do You Book')."""
        facts, why = reading.facts, reading.why
        if facts["experience"]:
            return
        written = [t.lower() for t in tokens(name) if t.isalpha()]
        at = next((i for i, (a, b) in enumerate(zip(written, written[1:])) if a == "your" and b in _YOURS), None)
        if at is None or any(r[2] != "customer" for r in self._roles(words)):
            return
        # a promise ("will", "should", "we"), a condition of theirs ("if you"), or what reaches or sits in it
        # ("reach your account", "in your area"); not a team told to move its own ("Increase your order volume")
        if _PROMISED.isdisjoint(written) and "if you" not in " ".join(written) \
                and (not at or written[at - 1] not in _TO_THEIRS):
            return
        theirs = written[at + 1]
        facts["experience"] = True
        why["experience"] = f"name speaks to those served of 'your {theirs}': a promise to them, or a failure " \
                            "they live with"

    def _share_of_time(self, unit, words, reading) -> None:
        """'Percentage of time the vessel remains fully operational', 'available for 98% of the time',
        'Time vehicles are in use' in '% of PROW time': the share of the time a state holds is to be
        more, where no word of the name is to be less ('Flights Canceled 5% or More of the Time') and
        the time is none spent or taken ('percent of time spent by engineers on on-call duties')."""
        shown = next((" ".join(words[i:i + 4 if words[i + 2] == "the" else 3])
                      for i, w in enumerate(words[:-2]) if w in _SHARE_WORDS and words[i + 1] == "of"
                      and (words[i + 2] == "time" or words[i + 2:i + 4] == ["the", "time"])), None)
        told = tokens(unit)
        if shown is None and told[:1] in (["%"], ["percent"], ["percentage"]) and told[1:2] == ["of"] \
                and told[-1:] == ["time"]:
            shown = unit
        if shown is None or reading.facts["better"] == "increase" or not _SPENT_TIME.isdisjoint(words):
            return
        rest = [w for w in words if w not in _TIMED]
        if self._worse(rest, _grams(rest, 4)):
            return
        reading.facts["better"] = "increase"
        reading.why["better"] = f"name reads '{shown}', the share of the time a state holds: more is better"

    @staticmethod
    def _standard_met(unit, reading) -> None:
        """'Draft Contribution Agreement sent to applicant' in '% of standard met', 'Speak with a BIS
        agent' in '% of calls meeting the standard': a unit that makes the figure the share of the
        cases meeting a standard makes it a result, how often the standard is kept, more is better,
        whatever the name counts (the sending, the calls)."""
        if not unit or not _STANDARD_MET.search(unit):
            return
        shown = f"unit '{unit}' is the share of cases meeting a standard: a result, more is better"
        if reading.facts["kind"] != "outcome":
            reading.facts["kind"], reading.why["kind"] = "outcome", shown
            reading.facts["demand"], reading.why["demand"] = False, shown
        if reading.facts["better"] is None:
            reading.facts["better"], reading.why["better"] = "increase", shown

    def _share_of_the_counted(self, unit, words, reading) -> None:
        """'General calls' in '% of calls', 'Electronic taxpayer requests' in '% of requests': a
        figure that is a share of the very things the name counts is no volume of them; the share of
        them that meets something the name leaves unsaid (a service standard's row) is a result, and
        what it is, which way is good and whether customers feel it are unknown. A share of other
        things ('Contact rate' in '% of customers') is still demand."""
        told = tokens(unit)
        if not reading.facts["demand"] or told[:2] not in (["%", "of"], ["percent", "of"], ["percentage", "of"]) \
                or len(told) < 3 or self.lemmatise(told[-1]) not in words:
            return
        shown = f"unit '{unit}' is a share of what the name counts, not their volume: what the share is of " \
                "is not said"
        reading.facts["kind"], reading.why["kind"] = "outcome", shown
        reading.facts["demand"], reading.why["demand"] = False, shown
        for fact in ("better", "experience", "access", "cheap"):
            reading.facts[fact] = None
            reading.why.pop(fact, None)

    @staticmethod
    def _outside_the_families(facts, why):
        """Access measures (hours, channels, front-line staffing, waits, abandonment, service
        levels) and the relationship outcomes (NPS, CSAT, CES, churn, retention, renewal,
        lifetime value) are closed families that the measure groups read; a name whose
        measure is read ("Approval rate" by elimination, "Posts shipped per month") with
        none of them is neither. A name nothing reads keeps them unknown."""
        if facts["kind"] is None:
            return
        if facts["kind"] in ("output", "activity") and facts["experience"] is None:
            facts["experience"] = False  # a thing delivered or effort counted is not what customers feel
            why["experience"] = f"{why.get('kind', 'its measure is read')}: not what customers feel"
        for fact, family in (("access", "no access measure (hours, channels, staffing, waits, service levels)"),
                             ("cross_functional", "no relationship outcome (NPS, CSAT, churn, retention, renewal)")):
            if facts[fact] is None:
                facts[fact] = False
                why[fact] = f"{why.get('kind', 'its measure is read')}; {family} in it"

    def _in_a_window(self, words, term) -> bool:
        """Is a timescale in the name no promise kept: harm counted in a window ("Readmission
        within 28 days of discharge"), or an average that is itself the time ("Average wait
        time for calls of less than 10 minutes")?"""
        return term in self.classes["harm_event"] or words[:1] in (["average"], ["mean"], ["median"])

    @staticmethod
    def _time_to_promise(words, term) -> bool:
        """"Working hours to reach SLA": the time taken to meet a promise that states no figure
        of its own (not "within 30 minutes"), its time word before it and joined by "to"."""
        if _PROMISE_WORDS.isdisjoint(term) or "within" in term or "timescale" in term:
            return False
        start = _locate(words, term)
        return any(word in _TIMED and words[index + 1] == "to" and _taken(words, index)
                   for index, word in enumerate(words[:start]))

    def _load(self, unit) -> str | None:
        """Is the unit customers per staff member ("patients per GP", "advisees per advisor")?"""
        words = self.expand(unit or "")
        for index, word in enumerate(words):
            if (word,) not in self.classes["per"] or word == "by" or not index:
                continue
            group = []
            for following in words[index + 1:]:
                if following in _BREAK:
                    break
                group.append(following)
            before = [r for r in self._roles(words[:index]) if r[1] == index]
            after = self._roles(group)
            if before and before[0][2] == "customer" and after and after[-1][2] == "staff" \
                    and after[-1][1] == len(group):
                return f"'{before[0][3]}' per '{after[-1][3]}'"
        return None

    def _analyse(self, name, unit, owners, explicit_better, words=None) -> Reading:
        words = self.expand(name) if words is None else words
        plain = len(self.expand(name.split("(", 1)[0])) if "(" in name else None
        grams = _grams(words, max(self.longest, 4)) | _timescales(words) | _first_time(words)
        facts: dict = dict.fromkeys(FACTS)
        why: dict = {}
        group, term, shown = self._measure(words, grams, explicit_better)
        if group is None:
            self._per_person(words, grams, facts, why, plain, name)
            if facts["kind"] is None:
                self._per_time(words, facts, why, grams)
            if facts["kind"] is None:
                self._time_per_unit_served(words, facts, why)
            if facts["kind"] is None:
                self._domain(grams, facts, why, words, unit)
            if facts["kind"] is None:
                self._by_elimination(words, grams, facts, why, name)
            if facts["kind"] in (None, "outcome"):
                self._load_on_a_role(words, facts, why)
            self._pace_of_work(name, words, facts, why)
            if facts["kind"] in (None, "outcome"):
                self._headcount(name, words, facts, why)
            if facts["kind"] in (None, "outcome") or facts["kind"] == "activity" \
                    and why.get("kind", "").startswith("name counts what was"):
                self._staff_time(words, facts, why)
            self._stated_loyalty(words, facts, why)
            self._not_about_customers(grams, facts, why, words)
            self._answers_counted(name, grams, unit, None, facts, why)
            self._completion_of_work(words, facts, why)
            self._owned_inside(grams, owners, facts, why)
            self._staffing_ratio(words, facts, why)
            if facts["better"] is None:
                self._polarity(grams, facts, why, words)
            if facts["better"] is None:
                self._customers_spend(words, None, facts, why)
            if facts["better"] is None:
                self._engaged(words[:plain], facts, why)
            if facts["better"] is None:
                self._judged(name, words, facts, why)
            if facts["better"] is None and tokens(name)[:1] != ["goods"]:  # "Goods returned" states no goal
                _stated_direction(words, facts, why)
            if facts["better"] is None and facts["kind"] in ("outcome", None):  # "Student population"
                self._counted_customers(words, grams, facts, why)
            if facts["better"] is None:
                self._by_shape(words, grams, facts, why)
            if facts["better"] is None:
                self._given(name, words, grams, facts, why)
            if facts["better"] is None and facts["kind"] in ("outcome", None):
                self._services_offered(name, words, grams, facts, why)
            if facts["better"] is None and (head := _head_word(words[:plain], self.classes["per"])) \
                    and (head,) in self.classes["virtue"] and not _negating_prefix(words, head):
                facts["better"] = "increase"  # "Customer Health", "Account Health Rating"
                why["better"] = f"name is headed by '{head}', a good property: more is better"
            if facts["better"] is None and facts["kind"] != "cost":
                self._scored(words, grams, plain, facts, why)
            if facts["better"] is None and facts["kind"] != "cost":
                self._speed(words, unit, facts, why)
            if facts["better"] is None and facts["kind"] != "cost":
                self._done_well(words, plain, facts, why)
            if facts["better"] is None and facts["kind"] != "cost":
                self._fees_charged(words, facts, why)
            if facts["better"] is None and facts["kind"] != "cost":
                self._net_balance(words, grams, facts, why)
            if facts["better"] is None and facts["kind"] != "cost":
                self._price_charged(name, words, grams, facts, why)
            if facts["better"] is None and facts["kind"] != "cost":
                self._overall_rating(words, grams, facts, why)
            if facts["kind"] is not None:
                self._outside_the_families(facts, why)
            elif _named_result(name, words, self.known, facts, why) and grams.isdisjoint(self.classes["customer"]) \
                    and facts["cross_functional"] is None:
                # of the two families only the relationship outcomes are closed enough to rule out
                # on a name nothing reads: access is reached in words of every trade ("get through")
                facts["cross_functional"] = False
                why["cross_functional"] = f"{why['kind']}; no relationship outcome (NPS, CSAT, churn, " \
                                          "retention, renewal) in it"
            self._customers_say(words, grams, facts, why)
            self._reaches_staff(words, facts, why)
            self._within_reach(words, grams, facts, why)
            self._coming_back(words, facts, why, name)
            self._respondent_can(words, facts, why)
            self._passed_on(words, facts, why)
            self._late_service(words[:plain], grams, facts, why)  # "Level 1 lateness (definition ...)"
            self._told_of(name, words, facts, why)
            self._size_of_a_sale(words[:plain], facts, why)
            self._consumed_per_unit(words, grams, facts, why)
            self._volume_counted(words, grams, facts, why)
            if facts["kind"] in (None, "outcome") and not facts["access"]:
                self._time_to_first_touch(words, grams, owners, facts, why)
            if not facts["access"]:
                self._access_heads(words, plain, facts, why)
            if not facts["access"] and facts["kind"] in (None, "outcome"):
                self._call_unanswered(words, facts, why)
            return Reading(facts, why)
        basis = f"name reads '{shown}'"
        for fact, value in group.facts.items():
            facts[fact] = value
            why[fact] = basis
        longer = self._longer_term(words, grams, term)
        if longer is not None and longer[1] != facts["better"]:
            # "Days Sales Outstanding": the group read first holds 'sales', but the name's measure is
            # the longer term around it, and its way is that term's
            facts["better"] = longer[1]
            why["better"] = f"name reads '{' '.join(longer[0])}', around '{' '.join(term)}'"
        for fact in ("experience", "access", "cross_functional", "demand"):
            if facts[fact] is None:
                facts[fact] = False  # a measure that is read, and is not this
                why[fact] = basis
        if group.facts.get("access") is None and group.facts.get("experience") is not False \
                and facts["kind"] in ("outcome", "cost"):
            self._time_to_first_touch(words, grams, owners, facts, why)
        if group.facts.get("access") and not _PROMISE_WORDS.isdisjoint(term):
            self._later_act_promised(words, facts, why, basis)
        if group.facts.get("access") is None and group.facts.get("experience") is not False \
                and facts["kind"] == "outcome":
            self._call_unanswered(words, facts, why)
        self._quality_of_service(words, grams, term, facts, why, basis)
        self._appeal_decided(words, term, facts, why, basis)
        self._court_trial(words, term, facts, why, basis)
        if term == ("repeat",):
            self._what_repeats(words, facts, why, basis)
        self._use_of_a_thing(words, term, facts, why, basis)
        self._yield_of_a_thing(words, term, facts, why, basis)
        self._age_of_demand(words, term, facts, why, basis)
        if term == ("case",) and facts.get("demand"):
            self._case_of_what(words, grams, owners, facts, why, basis)
        if term == ("age", "of"):
            self._age_of_people(words, facts, why)
        self._opening_hours_kept(words, unit, facts, why, basis)
        self._running_cost(words, term, facts, why, basis, plain)
        self._customers_spend(words, term, facts, why)
        if facts["better"] == "increase" and (not group.facts.get("experience") or self._time_to_promise(words, term)) \
                and _timed(words, term, self.classes["stay_words"]):
            # "Time to hire", "Order-to-ship time", "Lead time for changes": how long it takes
            facts["better"] = "decrease"
            why["better"] = f"{basis}, timed: how long it takes is to be less"
        if group.bounded and facts["better"] == "decrease" and (("within", "timescale") in grams or any(
                w == "within" and not {"timeframe", "timescale", "deadline"}.isdisjoint(words[i + 1:])
                for i, w in enumerate(words))) and not self._in_a_window(words, term):
            # "... handled within <an Act's> legislative timeframe"
            facts["better"] = "increase"
            why["better"] = f"{basis} held to a timescale: the share within it is to be more"
        written = tokens(name)
        after_term = _locate(words, term) + len(term)
        if facts["better"] == "decrease" and ("within", "timescale") in grams and after_term < len(words) \
                and (words[after_term] in _DONE_WRITTEN or words[after_term] == "do") \
                and not self._in_a_window(words, term):
            # "Switches done in 21 days": what is done within a promise, the share is to be more
            facts["better"] = "increase"
            why["better"] = f"{basis}, done within a timescale: the share done in time is to be more"
        within = written.index("within") if "within" in written[1:] else None
        if facts["better"] == "increase" and within and ("within" in term or term == ("within", "timescale")) \
                and self._is_worse(self.lemmatise(written[within - 1])) and not _plural(written[within - 1]):
            # "% installations faulty within 30 days of installation": a bad thing counted in a window,
            # not work done on bad things ("arrives at incidents within agreed response standards")
            facts["better"] = "decrease"
            why["better"] = f"{basis} after '{written[within - 1]}': a bad thing counted in a window, to be less"
        figure = [t for t in tokens(unit) if t not in ("business", "working", "calendar", "clear")]
        if facts["better"] == "increase" and not _PROMISE_WORDS.isdisjoint(term) and figure[:1] \
                and figure[0] in _DURATIONS:
            # "Escalated ticket response target" in business days: the figure is the time allowed
            facts["better"] = "decrease"
            why["better"] = f"{basis} in '{unit}': the figure is a time, to be less"
        if facts["better"] is not None:
            # a bracket inside the name ("Traffic Channel (TCH) Congestion (%)") is an aside: its head follows
            after_bracket = tokens(name.split(")", 1)[1]) if ")" in name else []
            inside = plain is not None and any(t.isalpha() for t in after_bracket)
            self._head_after(words, term, facts, why, basis, None if inside else plain)
            self._turn(words, term, facts, why, basis)
        if group.whose == "customer":
            self._whose(words, grams, term, group, owners, facts, why, basis)
        elif facts["experience"]:
            self._desk_figure(words, term, facts, why, basis)
        if facts["experience"] and group.whose != "customer":
            self._internal_service(grams, facts, why, basis, owners)
        if facts["experience"] and group.whose != "customer":
            self._possessed_by(words, term, facts, why, basis)
        if facts["experience"] and group.whose != "customer":
            self._internal_thing(words, grams, term, facts, why, basis)
        if facts["experience"] and group.whose != "customer":
            self._done_by_customers(words, term, facts, why, basis)
        if facts["experience"]:
            self._empty_home_waits(name, words, term, facts, why, basis)
        if facts["experience"] and (not _ON_TIME.isdisjoint(_grams(list(term), 3)) or term == ("delivery", "time")):
            self._goods_on_time(words, grams, facts, why, basis)
        if facts["experience"] and term == ("fault",):
            self._faults_counted(grams, words, facts, why, basis)
        if facts["experience"] and not {"cancel", "cancellation", "cancelation"}.isdisjoint(term):
            self._cancelled_with_no_shows(words, facts, why, basis)
        if facts["experience"] and facts["access"]:
            self._out_of_the_wait(words, term, facts, why, basis)
        if facts["experience"] and not facts["access"]:
            self._answered_in_time(words, grams, facts, why, basis)
        if facts["experience"]:
            self._answers_counted(name, grams, unit, term, facts, why)
        if facts["experience"] and term == ("rating",):
            self._rating_of_a_grade(words, grams, facts, why, basis)
        if group.touch and facts.get("cross_functional"):
            touch = self._qualifier(grams, "transactional", exclude=term)
            if touch and not self._qualifier(grams, "relationship", exclude=()):
                facts["cross_functional"] = False
                why["cross_functional"] = f"{basis} after '{touch}', one touch: transactional"
            elif _of_one_thing(words, term) and not self._relationship_named(words, term):
                # "satisfaction with the quality of street cleaning", "satisfied with understandable
                # bills": one thing's, not the whole relationship ("overall satisfaction with service")
                facts["cross_functional"] = False
                why["cross_functional"] = f"{basis} with one thing named: not the whole relationship"
        if group.share and unit and tokens(unit)[:1] in (["%"], ["percent"], ["percentage"]):
            for fact, value in group.share:
                facts[fact] = value
                why[fact] = f"{basis} in '{unit}': the share of them, not how many"
        done = (self._done_after(name) or self._delivered_after(name, grams)) \
            if facts["kind"] == "outcome" and facts["experience"] is False else None
        if done and self._after_term(words, term, done):
            # "Total orders fulfilled", "Business grants processed": the work done on them, counted
            facts["kind"] = "output"
            why["kind"] = f"{basis}, counted as '{done}': work done on them, a thing delivered"
        made = self._delivered_after(name, grams) if facts["kind"] == "outcome" and facts["experience"] \
            and (term[-1],) not in self.classes["customer_matter"] else None
        if made and self._after_term(words, term, made) and not self._roles(words):
            # "# Accessible Pedestrian Signals Installed": things put in, counted, whatever they do later
            facts.update(kind="output", experience=False, access=False, cross_functional=False)
            for fact in ("kind", "experience", "access", "cross_functional"):
                why[fact] = f"{basis}, counted as '{made}': things put in or made, not what customers feel"
        if group.count and self._counts_only(name, grams, unit, term):
            for fact, value in group.count:
                facts[fact] = value
                why[fact] = f"{basis}, counted: how many were done, not the share or the time"
        if facts["experience"] and facts["better"] == "increase" and group.facts.get("better") == "decrease":
            self._failures_undone_counted(name, grams, unit, term, facts, why, basis)
        if facts["experience"] and (term[-1],) in self.classes["customer_matter"]:
            self._matters_handled_counted(name, grams, unit, term, facts, why, basis)
        if facts["kind"] == "activity" and facts["better"] is None:
            start = _find(words, term)
            # a bad word that only says what kind of thing is handled ("Trouble tickets cleared") is
            # not what is counted: the work done on them is
            # ... but a negation before it is no kind of thing: "Non-Conformance Rate" counts failures
            handled = words if start and words[start - 1] == "non" else words[:max(0, start - 1)] + words[start:]
            facts["better"], remark = self._less_if_worse(_grams(handled, 4), "increase", handled)
            why["better"] = basis + (remark or ", and more done is better")
            undone = next((i for i, w in enumerate(words[:-1]) if w in _NEGATORS
                           and (words[i + 1],) in self.classes["handling"]), None)
            if undone is not None:  # "Queries not answered", "Tickets not closed": work not done
                facts["better"] = "decrease"
                why["better"] = f"{basis} '{words[undone]} {words[undone + 1]}': work not done, less is better"
        if facts.get("demand") and unit and tokens(unit) and tokens(unit)[0] in _DURATIONS:
            facts["demand"] = False
            why["kind"] = why["better"] = f"{basis}, and unit '{unit}' is time spent per contact"
        if facts["kind"] == "activity" and (who := self._people_who(words)) is not None:
            # "Reps who have organized one or more MozActivate activity": the people counted, not the effort
            facts["kind"] = "outcome"
            why["kind"] = f"name counts the '{who}' who did it: people, not effort"
        self._per_person(words, grams, facts, why, plain, name, term)
        self._share_of_outputs(words, unit, facts, why, basis)
        self._hourly_pace(words, term, facts, why, basis)
        self._pace_of_work(name, words, facts, why)
        self._customers_say(words, grams, facts, why)
        self._reaches_staff(words, facts, why)
        self._coming_back(words, facts, why, name)
        if words[:1] and words[0] in _SOONER:
            # "Shorter stays in emergency departments", "Shorter wait times for elective treatment": an
            # improvement named, the share of it is to be more, whatever the measure's own way
            _stated_direction(words, facts, why)
        self._told_of(name, words, facts, why)
        self._size_of_a_sale(words[:plain], facts, why)
        self._ticket_sold(name, term, facts, why)
        return Reading(facts, why)

    def _volume_counted(self, words, grams, facts, why) -> None:
        """'Number of transactions', 'Total transactions per year', 'Number of self-serve electronic
        transactions', 'Units per transaction (UPT)': the things a volume term of
        the lexicon counts ('transaction volume'), counted any other way, are that volume and go
        its way. Only where nothing else gave a way and no word of the name is bad or negated
        ('Transaction defect rate', 'cost per transaction' are read before)."""
        if facts["better"] is not None or self._worse(words, grams) or not _NEGATORS.isdisjoint(words):
            return
        for word in words:
            for order in self.by_term.get((word, "volume"), ()):
                way = self.groups[order].facts.get("better")
                if way is not None:
                    facts["better"] = way
                    why["better"] = f"name counts '{word}', as '{word} volume' does: " \
                                    f"{'more' if way == 'increase' else 'less'} is better"
                    return

    def _consumed_per_unit(self, words, grams, facts, why) -> None:
        """'fuel consumption per kilometres travelled', 'Litres of red diesel used per cropped
        hectare', 'energy consumed-per-unit-produced': an input used up, divided by a unit of what
        it yields, is how much each unit takes, less (an intensity). The use must end the measure
        before its 'per', which no person follows ('Minutes of usage per subscriber', 'services used
        per member': what each customer uses, more) and no time unit ('usage per month'), and no other
        word say which way is good; a reading of work done that is only the divisor's ('per unit
        produced') gives way to it."""
        cut = _denominator(words, self.classes["per"])
        if cut >= len(words) or cut < 2 or words[cut - 1] not in _CONSUMED:
            return
        after = words[cut + 1:]
        if not after or self._roles(after) or (after[0],) in self.classes["time_unit"]:
            return
        measure = words[:cut]
        if self._worse(measure, _grams(measure, 4)) or self._good(measure, _grams(measure, 4)):
            return
        done = why.get("better", "")
        if facts["better"] is not None and not (done.startswith("name counts what was") and " per " in done):
            return
        facts["better"] = "decrease"
        why["better"] = f"name reads '{words[cut - 1]} {words[cut]} {after[0]}', an input used up per unit " \
                        "of what it yields: less is better"

    def _size_of_a_sale(self, words, facts, why) -> None:
        """'Average transaction value', 'Average Ticket Size', 'average basket size', 'Average Gift
        Size', 'Average item price', 'Average check': the average size of one sale (its value, size,
        price, charge or amount heading the name, a unit of sale right before it, or the sale
        alone after 'average') is what each sale brings in, more, as 'Average order value' and 'deal
        size' already are. Only where nothing else gave a way: not a cost per sale ('Average Cost
        per Ticket'), not a ticket alone (the support desk's demand), not without 'average' ('Ticket
        price' may be what customers pay, to be less)."""
        if facts["better"] is not None or len(words) < 2 or words[0] not in ("average", "avg", "mean"):
            return
        main = [w for w in words[1:] if w.isalpha()]
        if len(main) == 2 and main[0] in _SALE_UNITS and main[1] in _SALE_SIZES:
            shown = " ".join(main)
        elif len(main) == 1 and main[0] in _SALE_UNITS and (main[0],) not in self.classes["serve"]:
            shown = main[0]
        else:
            return
        facts["better"] = "increase"
        why["better"] = f"name reads 'average {shown}', the size of one sale: more is better"

    def _ticket_sold(self, name, term, facts, why) -> None:
        """'Average Ticket', 'paid ticket volume', 'Total free and paid ticket volume': a ticket said
        to be paid or sold, or 'average ticket' alone (one ticket, not a count of them), is the
        ticket a cinema, venue or shop sells, a sale: an outcome, more is better. Not tickets
        received ('Average tickets per day', 'Number of how-to tickets from users (trial or paid)')."""
        if term != ("ticket",) or not facts.get("demand"):
            return
        written = [t.lower() for t in tokens(name) if t.isalpha()]
        if written in (["average", "ticket"], ["avg", "ticket"], ["mean", "ticket"]):
            shown = " ".join(written)
        else:
            shown = next((f"{w} {t}" for w, t in zip(written, written[1:])
                          if w in _TICKET_SOLD and t in ("ticket", "tickets")), None)
        if shown is None:
            return
        for fact, value in (("kind", "outcome"), ("experience", False), ("access", False), ("better", "increase"),
                            ("cross_functional", False), ("demand", False)):
            facts[fact] = value
            why[fact] = f"name reads '{shown}', a ticket sold: the takings, more is better"

    def _told_of(self, name, words, facts, why) -> None:
        """'Near-miss reporting', 'Outage Announcements': the telling of a bad thing, heading the
        name after it, is notice given and a reporting culture, to be more, as telling before it
        already is ('Notifying customers about unplanned interruptions'). The head must be the act
        (a gerund or a noun of it: reporting, notification, announcement, disclosure), not 'reports',
        which count the bad things reported ('Bug Reports', 'Trouble reports'); nothing may time,
        negate or rate it ('damage reporting time', 'Reporting Error Rate'), nor a bad word qualify the act
        itself ('Late reporting'); customers reporting a failure of their service ('Missed bin
        reporting') count the failure."""
        if facts["better"] != "decrease" or len(words) < 2:
            return
        written = _written_words(name)
        if len(written) < 2 or written[-1] in ("report", "reports"):
            return
        head = written[-1]
        act = head if head.endswith(("ing", "ment", "ments", "tion", "tions", "ure", "ures")) else None
        if act is None or not ({head, self.lemmatise(head), words[-1]} & _TELLING_ACTS
                               or (words[-1],) in self.classes["telling_words"]):
            return
        before = words[:-1]
        if written[-2].endswith("ed"):
            return  # "Failed notifications", "Delayed reporting": a participle qualifies the act itself
        if words[-1] == "report" and facts["experience"]:
            return  # "Missed bin reporting", "Complaint reporting": customers telling of a failure, counted
        if not any(self._is_worse(w) and w not in _ACT_DONE_BADLY for w in before) \
                or before[-1] in _ACT_DONE_BADLY or not _NEGATORS.isdisjoint(words) or not _TIMED.isdisjoint(before):
            return  # "Late reporting", "Inaccurate notification": the telling done badly
        facts["better"] = "increase"
        why["better"] = f"name is headed by '{head}', the telling of a bad thing before it: more is better"

    def _running_cost(self, words, term, facts, why, basis, plain=None) -> None:
        """Money spent whose kind no word gives (not to serve, not to acquire) is a cost to run the
        organisation where the name's shape says so: the cost of operating ('Total Operating
        Cost', 'Operating Expenses per Barrel'), or expenditure that heads the name ('Non-staff
        Expenditures for Animal Control'). Not customers' own ('Visitor expenditure'), nor spend,
        budget or burn, nor a cost named after another head ('Cash balance sufficient to fund 25
        days average expenditure')."""
        if facts["kind"] is not None or term not in _RUNNING_COSTS:
            return
        start = _find(words, term)
        before = words[:start]
        if any(w in _BREAK for w in before) or any(r[2] == "customer" for r in self._roles(before)):
            return
        after = words[start + len(term):min(start + len(term) + 1, len(words) if plain is None else plain)]
        if after and after[0].isalpha() and after[0].endswith(_ABSTRACT):
            # "Cost Efficiency", "Budget Variance", "Cost predictability", "cost compliance": how well
            # the money is managed, the head after it, is a result the business feels
            facts["kind"] = "outcome"
            why["kind"] = f"{basis} before '{after[0]}', its head: how well money is managed, a result"
            return
        rest = [w for w in words[start + len(term):] if w != "."]
        if term != ("budget",) and rest[:1] and rest[0] in ("vs", "versus", "against") and "budget" in rest[1:3]:
            # "Cost vs. budget", "spend versus budget": the money spent, set against what was planned
            facts["kind"] = "cost"
            why["kind"] = f"{basis} against its budget: money spent to run the organisation"
            return
        if term in _MONEY_SPENT:
            return  # spend or budget: no shape of it says whose or what for
        if "operate" in term or before[-1:] == ["operate"]:
            shape = "the cost of operating"
        elif term == ("expenditure",):
            shape = "expenditure heading the name"
        elif words[start + len(term):start + len(term) + 1] == ["ratio"] or words[start + len(term):][:1] == ["to"] \
                and words[start + len(term) + 1:start + len(term) + 2] and words[start + len(term) + 1] in _RATIO_MONEY:
            # "Expense Ratio", "Cost-to-Income Ratio", "Net Expense to Assets Ratio": the cost over the takings
            # or the assets it runs, an efficiency ratio whose figure is the cost's
            shape = "a cost ratio"
        else:
            return
        facts["kind"] = "cost"
        why["kind"] = f"{basis}, {shape}: money spent to run the organisation"

    def _engaged(self, words, facts, why) -> None:
        """'LFX Active Contributors', 'Active days', 'Size of active alumni base': people, days or a
        base counted as active are engagement kept, to be more; counted as inactive, dormant or
        lapsed ('Inactive Contributors') it is lost, to be less. The state must qualify what is
        counted, not a thing of it ('Entries into a register of previously inactive persons'),
        and what is counted be no queue or bad thing ('Target Active Pending', 'Active incidents')."""
        at = next((i for i, w in enumerate(words) if w in _ACTIVE or w in _LAPSED), None)
        if at is None or at == len(words) - 1:
            return
        for index, word in enumerate(words[:at]):
            if word in _BREAK and not (word == "of" and index and ((words[index - 1],) in self.classes["quantity"]
                                                                   or words[index - 1] == "size")):
                return
        rest = [w for w in words[at + 1:] if w != "/" and w not in _ACTIVE and w not in _LAPSED]
        if not rest or not _NEGATORS.isdisjoint(rest) \
                or not _QUEUED.isdisjoint(w[:-1] if _plural(w) else w for w in rest) \
                or self._worse(rest, _grams(rest, 4)) or any(self._non(rest, i) for i in range(len(rest))):
            return
        lost = words[at] in _LAPSED
        facts["better"] = "decrease" if lost else "increase"
        why["better"] = f"name counts what is '{words[at]}': engagement " + ("lost, to be less" if lost else
                                                                             "kept, to be more")

    def _customers_spend(self, words, term, facts, why) -> None:
        """'Average Spend per Guest', 'In-park per capita spending', 'Average Guest Spend per Visit':
        money spent by customers (a customer's before it, or the spend per guest, per capita or per
        visit) is what they buy: more is better. Not money the business spends on
        them or to win them ('Marketing spend per customer', 'Support spend per ticket'), per a
        thing it runs ('Fuel spend per route'), on or per its staff ('Training spend per head',
        'Spend per employee'), nor the time customers spend ('Average time spent per visit')."""
        if facts["kind"] == "cost" and term in _SPENDING and self._spent_per_purchase(words):
            shown = f"name reads '{' '.join(words)}': what customers spend on each purchase, the business's takings"
            facts["kind"], facts["better"], facts["cheap"], facts["demand"] = "outcome", "increase", None, False
            why["kind"], why["better"], why["demand"] = shown, f"{shown}; more is better", shown
            why.pop("cheap", None)
            return
        if term is not None and term not in _SPENDING and term != ("expenditure",) or facts["kind"] == "cost":
            return  # "Spend per customer" the group reads as a cost to serve them: the business's money
        at = next((i for i, w in enumerate(words) if (w,) in _SPENDING or w == "expenditure"), None)
        if at is None or not _TIMED.isdisjoint(words) or "time" in words:
            return
        roles = self._roles(words)
        if any(r[2] in ("staff", "partner") for r in roles):
            return
        owned = any(r[1] == at and r[2] == "customer" for r in self._roles(words[:at]))
        per = next((i for i, w in enumerate(words[:-1]) if w in ("per", "each", "every")), None)
        buyer = None
        if per is not None:
            following = words[per + 1:]
            role = next((r for r in self._roles(following) if r[0] == 0 and r[2] == "customer"), None)
            buyer = role[3] if role else following[0] if following[0] in _PER_BUYER else None
        if not owned and buyer is None:
            return
        spent_on = [w for w in words[:at] if w not in ("per", "each", "every")]
        for index, word in enumerate(spent_on):
            if any(r[0] <= index < r[1] and r[2] == "customer" for r in self._roles(spent_on)):
                continue
            if (word,) in self.classes["acquisition"] or (word,) in self.classes["serve"] \
                    or (word,) in self.staff_trade:
                return  # "Marketing spend per customer", "Support spend per ticket": the business's money
        facts["better"] = "increase"
        shown = f"per '{buyer}'" if buyer else "a customer's"
        why["better"] = f"name reads '{words[at]}' {shown}: what customers spend, more is better"
        if facts["kind"] is None:
            facts["kind"] = "outcome"
            why["kind"] = why["better"].replace(", more is better", ", the business's takings: a result")

    @staticmethod
    def _spent_per_purchase(words) -> bool:
        """'average spend per transaction', 'Average spend per visit': the spend, with nothing but an
        average before it, per a purchase or a visit, is what customers spend on each; 'Support spend
        per ticket', 'Spend per customer' are the business's money."""
        at = next((i for i, w in enumerate(words) if (w,) in _SPENDING), None)
        return at is not None and len(words) == at + 3 and set(words[:at]) <= _AVERAGED \
            and words[at + 1] in ("per", "each") and words[at + 2] in _PURCHASE

    def _use_of_a_thing(self, words, term, facts, why, basis) -> None:
        """'Yard Utilization', 'desk occupancy', 'press utilization rates', 'Stop adherence': the
        use of a thing its name puts first, no person ('Agent utilization', 'Caregiver Utilization
        Rate') nor the work of a team or a trade ('Team Utilization Rate', 'Billable utilization',
        'Workforce utilization'), is how fully it is used: a result, not anyone's effort. Bare
        ('Utilization Rate', 'Adherence') it stays the staff's."""
        if facts["kind"] != "activity" or term not in _USE_TERMS:
            return
        at = _find(words, term)
        before = words[at - 1] if at > 0 else None
        if before is None or not before.isalpha() or before in _BREAK or before in _WORKED_BY \
                or before in ("non", "not", "no") or any(r[1] == at for r in self._roles(words[:at])):
            return
        facts["kind"] = "outcome"
        facts["better"] = "increase"
        why["kind"] = why["better"] = f"{basis} after '{before}', a thing: how fully it is used"

    def _yield_of_a_thing(self, words, term, facts, why, basis) -> None:
        """'Crane Productivity', 'Berth Productivity', 'Livestock productivity', 'Total Factor
        Productivity': the productivity of a thing its name puts first is what the thing yields, a
        result; of a person ('Technician productivity', 'per-inspector productivity'), a team or a
        trade ('Labour productivity', 'Laboratory productivity'), or a process ('Translation
        productivity', 'Coal mining productivity'), or where the name says what it is per, it stays effort. Bare it stays the staff's, and a
        word no English dictionary holds ('ALJ productivity') is read as no thing."""
        if facts["kind"] != "activity" or term != ("productivity",):
            return
        at = _find(words, term)
        before = words[at - 1] if at > 0 else None
        if before is None or not before.isalpha() or before in _BREAK or before in _WORKED_BY \
                or before in _GROUPS or before.endswith(("ion", "ing")) or before not in english_words() \
                or any(r[1] == at for r in self._roles(words[:at])) \
                or any((w,) in self.classes["per"] for w in words[at + 1:]) \
                or words[at + 1:at + 2] == ["of"] and any(r[2] == "staff" for r in self._roles(words[at + 2:])):
            return  # "Funeral Director Productivity (calls per director)": what it is per, said, is read there;
            # "average productivity of our individual agents": whose effort it is, said after it
        facts["kind"] = "outcome"
        why["kind"] = f"{basis} after '{before}', a thing: what it yields, a result"
        if facts["better"] is None:
            facts["better"] = "increase"
            why["better"] = why["kind"] + ", and more is better"

    def _share_of_outputs(self, words, unit, facts, why, basis) -> None:
        """'Inspection Pass Rate', 'Live Release Rate', 'Course Completion Rates', 'Review App
        deployment success rate', 'batch release timeliness': the share of the things delivered that
        pass, succeed or come on time is how well they turn out, an outcome, not the things counted.
        Not the share of the staff's own work done ('PSM Inspection Completion Rate': inspections
        completed), nor a rate per person or per time its unit gives ('MRs per person per month')."""
        if facts["kind"] != "output":
            return
        told = tokens(unit)
        share = next((w for w in words if w in ("rate", "ratio", "percent", "percentage", "proportion", "share", "%",
                                                "timeliness")), None) or ("%" if told[:1] == ["%"] else None)
        if share is None or "per" in told or (
                any(w in ("completion", "complete", "completed") for w in words)
                and any((w,) in self.classes["tackling"] or (w,) in self.classes["handling"] for w in words)):
            return
        facts["kind"] = "outcome"
        why["kind"] = f"{basis} as a share ('{share}'): how well the things delivered turn out, a result"

    def _age_of_demand(self, words, term, facts, why, basis) -> None:
        """'Oldest case', 'Number (and %) of Civil Cases Over 3 Years Old': demand read by its age is
        how long it has waited, not the volume of demand to serve: an outcome, less is better (as
        'Backlog age', 'Oldest Contact Age')."""
        if facts["kind"] != "cost" or not facts.get("demand"):
            return
        aged = next((w for w in words if w in ("old", "oldest", "age", "aged", "aging", "ageing")), None)
        if aged is None:
            return
        facts["kind"] = "outcome"
        facts["demand"] = False
        facts["better"] = "decrease"
        why["kind"] = why["demand"] = why["better"] = f"{basis}, read by its age ('{aged}'): how long it has " \
                                                      "waited, not the demand to serve; less is better"

    def _case_of_what(self, words, grams, owners, facts, why, basis) -> None:
        """A case alone ("case volume", "Case rate", "Opened cases") is a customer's as often as a
        disease's or a box of goods sold: demand to serve only where the name says whose or what
        service ("Support cases", "customer cases"), that it comes in ("Cases received"), or a
        customer-facing team owns it."""
        context = (self.classes["serve"] | self.classes["customer"] | self.classes["customer_matter"]) - {("case",)}
        # a case named by a crime or a harm ("Convictions in Arson Cases", "fraud cases") is no
        # customer's contact, whoever owns it
        named_by_harm = any(self._is_worse(words[i - 1]) for i, w in enumerate(words) if w == "case" and i)
        if not grams.isdisjoint(context) or (any(facing for _, facing in owners) and not named_by_harm) \
                or any(r[2] in ("customer", "staff") for r in self._roles(words)):
            return  # whose cases, or cases per person (read as a caseload below)
        if not _ARRIVING.isdisjoint(words):
            return  # "Cases received", "incoming cases": what comes in to be served
        for fact in ("kind", "demand"):
            facts[fact] = None
            why.pop(fact, None)
        why["kind"] = f"{basis}, a case of what (a customer's, a disease's, goods sold) the name does not say: " \
                      "kind unknown"

    def _age_of_people(self, words, facts, why) -> None:
        """'Average Age of Members', 'Average age of patients': the age of the people counted is who
        they are, no wait of theirs ('Age of Active Pending Caseload', 'age of patient complaints' are
        of what waits)."""
        at = _find(words, ("age", "of")) + 2
        end = next((i for i in range(at, len(words)) if words[i] in _BREAK), len(words))
        people = [r for r in self._roles(words[at:end]) if r[1] == end - at]
        if at >= len(words) or not people:
            return
        shown = f"name reads 'age of {people[0][3]}': the age of the people counted, who they are, not a wait"
        _not_customers(facts, why, shown)
        facts["better"] = None
        why.pop("better", None)
        facts["kind"], why["kind"] = "outcome", shown

    def _opening_hours_kept(self, words, unit, facts, why, basis) -> None:
        """'Published opening hours will be maintained 95% of the time', 'the University Library will
        be open during its advertised hours' in %: the share of the hours promised that were kept is
        how reliably the service is open, an outcome (its access stays), not the hours staffed, a
        cost. Not hours as a share of the hours open ('Evening & Weekend Hours as Percent of Hours
        Open'), nor the hours themselves ('Hours Open', 'Public Service Hours Open per Week')."""
        if facts["kind"] != "cost" or "open" not in words or "hour" not in words:
            return
        shares = [i for i, w in enumerate(words) if w in ("%", "percent", "percentage", "proportion", "share")]
        if not shares and tokens(unit)[:1] not in (["%"], ["percent"], ["percentage"]):
            return
        if any(words[i + 1:i + 2] == ["of"] and "hour" in words[i + 2:i + 4] for i in shares):
            return
        facts["kind"] = "outcome"
        facts["better"] = "increase"
        facts["cheap"] = None
        why["kind"] = why["better"] = f"{basis}, as the share of the hours promised that were kept: how " \
                                      "reliably it is open, a result to be more"

    @staticmethod
    def _appeal_decided(words, term, facts, why, basis) -> None:
        """'Upheld Appeals', 'Dismissed Appeals', 'planning appeals allowed against the Council's
        decision', 'Lower Authority Appeals Quality': how appeals are decided is the quality of the
        decision appealed against, not what the appellant feels. Not appeals made or counted ('Appeals
        made to passenger watchdogs'), nor their time ('Appeals Decided within 30 Days', 'Appeals Time
        Lapse'): the appellant's wait."""
        if not facts["experience"] or term not in (("appeal",), ("uphold",)) or "appeal" not in words \
                or _APPEAL_DECIDED.isdisjoint(words) or not _TIMED.isdisjoint(words) \
                or not {"within", "lapse", "aging", "ageing", "age", "timescale", "timeliness"}.isdisjoint(words):
            return
        decided = next((w for w in words if w in _APPEAL_DECIDED and (w,) != term), None)
        shown = f"{basis} {f'with {decided!r}' if decided else 'of appeals'}: how appeals are decided, the " \
                "quality of the decision appealed against, not what the appellant feels"
        _not_customers(facts, why, shown)

    @staticmethod
    def _court_trial(words, term, facts, why, basis) -> None:
        """'median time to trial', 'Civil Filing to Trial', 'Commencement of Trials - Hearing Department',
        'Trial Date Certainty': a court's trial, with words of the court or a time to it, is a case
        heard, and its wait and its date kept are what the parties feel, as an appeal's time is; a
        product's free trial ('Trial Conversion', 'Enterprise Trial Requests') stays a sale."""
        if term != ("trial",) or facts["experience"] is not False or not _SALES_TRIAL.isdisjoint(words):
            return
        court = next((w for w in words if w in _COURT), None)
        at = words.index("trial")
        if court is None and not (at >= 2 and words[at - 1] == "to" and words[at - 2] in _TIMED | {"month"}):
            return
        shown = f"{basis} with '{court or ' '.join(words[at - 2:at + 1])}': a court's trial, its wait or its date " \
                "kept is what the parties feel"
        facts["experience"], why["experience"] = True, shown

    def _rating_of_a_grade(self, words, grams, facts, why, basis) -> None:
        """'Acceptance rating', 'Cancellation rating', 'Quality Rating', 'Managing Daily Activities Domain
        Rating', 'Credit rating': a rating named after what is graded (a partner's acceptance or
        cancellations, a supplier's quality, a care domain, a credit) is a grade the organisation gives,
        not what customers say, where no customer, survey or feeling is named ('Patient Satisfaction Domain
        Rating', 'Safety Rating-survey', 'Customer Rating' stay theirs)."""
        at = words.index("rating")
        if not at or words[at - 1] not in _GRADED or self._roles(words) \
                or any(w in _SAID_BY_CUSTOMERS for w in words) \
                or not grams.isdisjoint(self.classes["customer_signal"] - {("quality",), ("performance",)}):
            return
        _not_customers(facts, why, f"{basis} of '{words[at - 1]}': a grade of what is rated, the organisation's, "
                                   "not what customers say")

    def _quality_of_service(self, words, grams, term, facts, why, basis) -> None:
        """'Quality of repair', 'quality of telephone response': the quality of what customers are
        given is what they feel (one touch, no relationship outcome); 'Quality of hire', 'Quality
        Assurance' and a product's quality stay the business's."""
        if term != ("quality",) or facts["experience"] is not False:
            return
        at = _find(words, term) + 1
        before = [w for w in words[:at - 1] if w not in ("overall", "the", "our", "customer")]
        if before in (["service"], ["support"]) and all((w,) in self.classes["quantity"] for w in words[at:]):
            # "Overall service quality", "Service Quality Index": the quality of the service itself
            facts["experience"] = True
            why["experience"] = f"{basis} of '{before[0]}': the quality of a service customers are given"
            return
        if words[at:at + 1] != ["of"]:
            return
        served = words[at + 1:]
        met = _longest(g for g in _grams(served, 3) & self.classes["customer_signal"])
        # those the service is "provided by" give it ("quality of care or services provided by the
        # staff"): whom it is given to decides whose the quality is, not who gives it
        givers = {begin for begin, _, _, _ in self._roles(served)
                  if served[begin - 1:begin] == ["by"] or served[max(0, begin - 2):begin] in (["by", "the"], ["by", "our"])}
        if met is None or any(kind != "customer" for begin, _, kind, _ in self._roles(served) if begin not in givers):
            return
        facts["experience"] = True
        why["experience"] = f"{basis} of '{' '.join(met)}': the quality of a service customers are given"

    def _reaches_staff(self, words, facts, why) -> None:
        """Staff as what customers reach ("Access to a call centre agent", "Speak with a BIS agent",
        "easy to get through to someone at the practice"): not a measure of staff but of how easily
        customers reach service, rules.md's access."""
        for index in range(len(words) - 1):
            reach = next((r for r in _REACH if tuple(words[index:index + len(r)]) == r), None)
            if reach is None:
                continue
            rest = words[index + len(reach):index + len(reach) + 6]
            role = next((r for r in self._roles(rest) if r[2] == "staff"), None)
            if role is not None and not _OBJECT_LINKS.isdisjoint(rest[:role[0]]):
                role = None  # "Access to training for agents": the agents are not what is reached
            if role is None and rest[:1] != ["someone"]:
                continue
            shown = f"name reads '{' '.join(reach)} {role[3] if role else 'someone'}': customers reaching service"
            for fact in ("experience", "access"):
                if not facts[fact]:
                    facts[fact] = True
                    why[fact] = shown
            if facts["kind"] in (None, "activity", "cost"):
                facts["kind"] = "outcome"
                why["kind"] = shown
            if facts["better"] is None:
                facts["better"] = "increase"
                why["better"] = shown
            return

    def _comes_back(self, words, written=None) -> tuple[int, str] | None:
        """Where "repeat" or "returning" qualifies customers or what they buy ("Percentage of repeat
        visitors", "Repeat Business Rate", "Repeat Order Rate by Buyer Segment", "Customer repeat
        business"): its place and what comes back."""
        for at, word in enumerate(words[:-1]):
            if word not in _AGAIN or word == "return" and written is not None and "returned" in written:
                continue  # "Returned patients (inflow)": sent back, not come back
            following = words[at + 1]
            role = next((r for r in self._roles(words[at + 1:at + 4]) if r[0] == 0), None)
            if following in _BOUGHT or role is not None and role[2] == "customer" and not self._repeated_contact(following):
                return at, role[3] if role is not None else following  # "repeat caller" rings again: a contact
        return None

    def _repeated_contact(self, word) -> bool:
        """Is the word one the repeat-contact group repeats ("call", "caller", "fault", "visit")?"""
        return any(_inside((word,), c) for order in self.by_term.get(("repeat",), ())
                   for c in self.groups[order].with_ if c[:1] != ("@",))

    def _coming_back(self, words, facts, why, name="") -> None:
        """Customers who come back, or come back to buy, are kept: the relationship (rules.md's
        retention), more is better, whatever other word of the name was read."""
        found = self._comes_back(words, [t.lower() for t in tokens(name)])
        if found is None:
            return
        shown = f"name reads '{words[found[0]]} {found[1]}', customers coming back: kept, the relationship"
        for fact, value in (("kind", "outcome"), ("experience", True), ("access", False), ("better", "increase"),
                            ("cross_functional", True), ("demand", False)):
            facts[fact] = value
            why[fact] = shown

    def _what_repeats(self, words, facts, why, basis) -> None:
        """'Repeat' read with a rate: what repeats is a contact or a fault ("Repeat Call Rate") only
        where the word after it is one; 'Repeat Offender Rate', 'repeat escape rate', 'rate of repeat
        breakdowns' repeat something else, whose experience it is the name does not say."""
        at = words.index("repeat")
        following = words[at + 1] if at + 1 < len(words) else None
        if following is None or following in _TAIL or not following.isalpha() or self._comes_back(words):
            return
        phrase = []  # what repeats, to the end of its noun phrase: "Repeat Trouble Reports"
        for word in words[at + 1:]:
            if word in _BREAK:
                break
            if word not in _TAIL:
                phrase.append(word)
        if any((w,) in self.classes["customer_signal"] or self._repeated_contact(w) for w in phrase):
            return
        facts["experience"] = None
        why["experience"] = f"{basis} of '{following}', no contact or fault: whose experience it is unknown"

    def _late_service(self, words, grams, facts, why) -> None:
        """'Arrival Delay', 'Departure Delay', 'Delay Minutes', 'Settlement delay', 'average sailing delay',
        'Level 1 lateness (definition varies by route length)': a delay or a lateness heading the
        name, where nothing else says whose it is, is the service arriving late, felt by those who wait
        for it; a delay that only qualifies another head ('Logistics Delay Time', 'Delayed Handling
        Time') or one of the organisation's own work ('Project delay', 'Construction delay days') says
        nothing of them."""
        if facts["experience"] is not None:
            return
        main = [w for w in words if w.isalpha() and w not in _END and w not in _DELAY_FIGURES]
        if main[-1:] == ["lateness"] and "level" not in words and _SERVICE_LATE.isdisjoint(words):
            return  # "Lateness" alone may be staff's timekeeping; "Level 1 lateness" grades a service's
        if main[-1:] not in (["delay"], ["lateness"]) or len(main) > 1 and main[-2] not in _SERVICE_LATE \
                or not grams.isdisjoint(self.classes["internal"]) or any(r[2] != "customer" for r in self._roles(words)):
            return  # "Construction delay days": the organisation's own schedule
        shown = f"name is headed by '{main[-1]}': the service late, felt by those waiting for it"
        facts["experience"] = True
        why["experience"] = shown
        if facts["better"] is None:
            facts["better"] = "decrease"
            why["better"] = shown

    def _passed_on(self, words, facts, why) -> None:
        """'Refer friends/family', 'Refer agent to friends/family': customers passing the service on to
        the people they know recommend it, whoever they name in it (whether the whole relationship or one
        claim's handling, the name does not say: cross_functional is left as read)."""
        at = next((i for i, w in enumerate(words) if w in ("refer", "recommend")
                   and any(k in _KNOWN or k[-1:] == "s" and k[:-1] in _KNOWN for k in words[i + 1:i + 5])), None)
        if at is None:
            return
        shown = f"name reads '{words[at]}' to friends or family: customers recommending the service"
        for fact, value in (("kind", "outcome"), ("experience", True), ("better", "increase"), ("demand", False)):
            facts[fact] = value
            why[fact] = shown

    def _respondent_can(self, words, facts, why) -> None:
        """'Can get an appointment fairly quickly', 'Can see their preferred doctor', 'Find it easy to get
        through by phone': a survey's statement of what the respondent can do is their experience of the
        service, whoever they see in it; how easy they find it more is better."""
        if words[:1] in (["can"], ["could"]) and len(words) > 2 and words[1].isalpha() and words[1] not in ("be", "not"):
            shown = f"name states what a respondent '{words[0]} {words[1]}': their experience of the service"
        elif words[:2] == ["find", "it"] and words[2:3] in (["easy"], ["difficult"], ["hard"]):
            shown = f"name states what a respondent '{' '.join(words[:3])}': their experience of the service"
        else:
            return
        facts["experience"] = True
        why["experience"] = shown
        if facts["kind"] != "outcome":
            facts["kind"] = "outcome"
            why["kind"] = shown
        if facts["better"] is None:
            facts["better"] = "decrease" if words[2:3] in (["difficult"], ["hard"]) else "increase"
            why["better"] = shown

    def _within_reach(self, words, grams, facts, why) -> None:
        """'Population within 3 miles', 'Deprived urban population within 1 mile': who lives within a
        distance of the service is how easily they reach it (rules.md's access), more is better; no
        feeling of theirs and no promise in time."""
        at = next((i for i, w in enumerate(words[:-2]) if w == "within" and is_number(words[i + 1])
                   and any(_inside(d, words[i + 2:i + 4]) for d in self.classes["distance"])), None)
        if at is None:
            return
        shown = f"name reads '{' '.join(words[at:at + 3])}', a distance to the service: how easily it is reached"
        for fact, value in (("kind", "outcome"), ("access", True), ("experience", False), ("cross_functional", False)):
            if fact != "kind" or facts[fact] is None:
                facts[fact] = value
                why[fact] = shown
        if facts["better"] is None:
            facts["better"] = "increase"
            why["better"] = shown + ", more within it is better"

    def _time_to_first_touch(self, words, grams, owners, facts, why) -> None:
        """'Time for answer', 'Hours to attend', 'Average length of time to surgery', 'Time-to-start-of-care',
        'Average time to first answer', 'Time between call to dispatch', 'Average calendar days from
        request to inspection': a time until the first act of a service for those who asked for it
        (answered, attended, arrived, seen, treated; sent out, only after their call or request) is their
        wait to reach service: rules.md's access, felt by them, less is better. Not the time until work
        done after (resolved, closed, processed, delivered), the reply to what is written in
        ('Response Time to Consumer Complaints', 'time to reply to letters'), goods sent out with no ask
        before ('Time to dispatch'), someone's own figure, nor a service to staff or partners."""
        if not _NEGATORS.isdisjoint(words):
            return
        act = None
        for index, word in enumerate(words):
            if word in _TOUCH_TIMES and _taken(words, index):
                act = self._span_to_touch(words[index + 1:index + 12])
                if act is not None:
                    break
        if act is None:
            return
        if act in _REPLIES and (not grams.isdisjoint(self.classes["customer_matter"])
                                or any(w in _WRITTEN_IN or _plural(w) and w[:-1] in _WRITTEN_IN for w in words)):
            return  # "time to respond to complaints": what customers write in is answered, not reached
        # staff or a partner named: whose figure it is ("Agent time to answer"), or whom it serves ("Time to
        # respond to employee queries"); only one seen is whom customers reach ("Time to see a physician")
        named = any(kind in ("staff", "partner") and (all(w in _SPAN_LEADS for w in words[end:index]) if end <= index
                                                      else act != "see")
                    for _, end, kind, _ in self._roles(words))
        if named or self._qualifier(grams, "internal", exclude=()) or self._qualifier(grams, "partner", exclude=()) \
                or not grams.isdisjoint(self.staff_trade) or self._people_owner(owners, ("people_department", "back_office")):
            return  # an HR case's time to first response, "Days to attend training": not the customers' wait
        shown = f"name is a time until '{act}', the first act of a service for those who asked: " \
                "their wait to reach it"
        if facts["kind"] in (None, "cost"):
            facts["kind"] = "outcome"
            why["kind"] = shown
        facts["demand"] = False
        facts["cheap"] = None
        for fact, value in (("experience", True), ("access", True), ("better", "decrease")):
            if fact == "better" and facts[fact] is not None and (("within", "timescale") in grams
                                                                 or ("over", "timescale") in grams):
                continue  # "Call time to pick-up, within 30 minutes": the share within a limit keeps its way
            facts[fact] = value
            why[fact] = shown
        if not facts["cross_functional"]:
            facts["cross_functional"] = False
            why["cross_functional"] = shown

    def _call_unanswered(self, words, facts, why) -> None:
        """'Calls not answered first time', '% outages calls not answered', 'missed-call rate',
        'Unanswered calls': calls the service did not answer are callers who did not reach it, as
        calls lost or abandoned are: access and what they feel, less is better. Not an agent's own
        missed calls (a desk figure, read after), calls made out, a call back missed, nor what is
        written in ('Emails not answered')."""
        if not _CALLING.intersection(words) or "back" in words or any(r[2] in ("staff", "partner")
                                                                       for r in self._roles(words)) \
                or any((w,) in self.classes["outbound"] for w in words):
            return
        missed = next((" ".join(words[i:i + 2]) for i in range(len(words) - 1)
                       if words[i:i + 2] == ["not", "answer"]
                       or words[i] in ("miss", "missed") and words[i + 1] in _CALLING
                       or words[i] in _CALLING and words[i + 1] in ("miss", "missed")), None) \
            or ("unanswered" if "unanswered" in words else None)
        if missed is None:
            return
        shown = f"name reads '{missed}' of calls: callers who did not reach the service"
        for fact, value in (("access", True), ("experience", True), ("kind", "outcome"), ("better", "decrease")):
            if fact in ("access", "experience") or facts[fact] is None:
                facts[fact] = value
                why[fact] = shown

    def _access_heads(self, words, plain, facts, why) -> None:
        """'Access to radiation therapy', 'Access to Repair Bureau', 'Improved access to elective surgery',
        'Program Access Index (PAI)', 'annualised access rate', 'Access and Fairness': access heading the
        name, the measure itself, is rules.md's access, how easily people reach the service, more is
        better. Not access qualifying what is counted ('access requests received', 'Fault rate per access
        line', 'public access computers'), after what it is a change in ('Change in access to functioning
        markets'), nor the access of data, systems or staff ('Data access', 'Access to training for agents')."""
        if _head_word(words[:plain], self.classes["per"]) != "access" or _negating_prefix(words, "access"):
            return
        # what the measure of reaching service at all is not: data, systems, staff's access ("Access to
        # training for agents"), the lexicon's own without-list for it
        reach = next(g for g in self.groups if ("access", "to") in g.terms)
        grams = _grams(words, 4)
        if any(self._has(grams, c) for c in reach.without) or not grams.isdisjoint(self.staff_trade) \
                or any(r[2] in ("staff", "partner") for r in self._roles(words)):
            return
        shown = "name is headed by 'access': how easily people reach the service"
        facts["access"] = True
        why["access"] = shown
        if facts["kind"] is None:
            facts["kind"] = "outcome"
            why["kind"] = shown
        if facts["better"] is None:
            facts["better"] = "increase"
            why["better"] = shown + ", more is better"

    def _later_act_promised(self, words, facts, why, basis) -> None:
        """'Permits Issued Within SLA %', 'Claims processed within standard', 'Resolution SLA violated
        tickets', 'Orders not dispatched within configured SLA days': a service level on work done after
        the first touch (processed, issued, resolved, dispatched, completed, decided, paid) is how reliably
        that work is done, felt by customers, not how easily they reach service; one on the first touch
        ('First response SLA violated tickets', 'calls answered within service level') stays access.
        Closing within a service level is left as read."""
        later = next((w for w in words if w in _LATER_ACTS), None)
        if later is None or any((w,) in self.classes["first_touch"] for w in words):
            return
        facts["access"] = False
        why["access"] = f"{basis} on '{later}', work done after the first touch: not how easily customers " \
                        "reach service"

    def _span_to_touch(self, rest) -> str | None:
        """The first act of a service a time runs until, in the words after the time word: 'to / for /
        until' it ('for answer', 'to first answer'), or a span 'from X to Y', 'between X and Y', 'X to
        Y' that ends on it; a service sent out (dispatch, inspection, visit) only after an ask ('call
        to dispatch', 'from request to inspection')."""
        if rest[:1] and rest[0] in _TOUCH_LINKS:
            act = self._touch_after(rest[1:])
            return None if act is None or (act,) in self.classes["sent_out"] else act
        start = 1 if rest[:1] in (["from"], ["between"]) else 0
        end = next((i for i in range(start + 1, min(len(rest), start + 5)) if rest[i] in ("to", "and")), None)
        if end is None or any(w in _BREAK and w != "of" for w in rest[start:end]):
            return None
        if not start and not all((w,) in self.classes["ask"] or (w,) in self.classes["first_touch"]
                                 or (w,) in self.classes["sent_out"] for w in rest[:end]):
            return None  # "hours we aim to answer": a span with no from or between runs from a stage of the service
        act = self._touch_after(rest[end + 1:])
        if act is None or (act,) in self.classes["sent_out"] and not any(
                (w,) in self.classes["ask"] for w in rest[start:end]):
            return None
        return act

    def _touch_after(self, rest) -> str | None:
        """The act of first touch the words start with, past a few that only qualify it ('first',
        'get an', 'third next available'), or the start of it ('start of care')."""
        started = False
        for index, word in enumerate(rest[:6]):
            pair = tuple(rest[index:index + 2])
            if pair in self.classes["first_touch"]:
                return " ".join(pair)
            if (word,) in self.classes["first_touch"] and (word != "care" or started) \
                    or (word,) in self.classes["sent_out"]:
                return word
            if word in _TOUCH_STARTS:
                started = True
            elif word not in _TOUCH_FILLERS and not (started and word == "of"):
                return None
        return None

    def _customers_say(self, words, grams, facts, why) -> None:
        """A survey of what customers think ("Residents (%) who believe they have a say in Council
        activities", "To what extent do you think that the Council acts on the concerns of local
        residents"): whatever they are asked about, what they answer is their experience. The
        respondents are the customer role before "who" / "that", or "you" (or the "I" of a statement
        put to them) where the name names customers and no staff."""
        said = None
        for index, word in enumerate(words):
            if word not in _OPINION or index < 2:
                continue
            if word == "report" and words[index + 1:index + 2] != ["that"]:
                continue  # "Customers who reported a fault": a contact raised, not an opinion
            before = index - 1
            while before > 0 and words[before] in ("do", "did", "would", "still", "not", "never", "also"):
                before -= 1  # "who do not feel", "do you think"
            if words[before] in ("you", "i"):
                # "do you think ...", or the statement a respondent is asked to agree with ("responses to
                # the statement 'I trust VA to ...'"): whose answer it is, the customers the name names
                roles = {r[2] for r in self._roles(words)}
                if roles == {"customer"}:
                    said = (words[before], word)
                break
            if words[before] not in ("who", "that"):
                continue
            at = before - 1
            while at >= 0 and not words[at].isalpha():
                at -= 1  # "Residents (%) who ..."
            role = next((r for r in self._roles(words[:at + 1]) if r[1] == at + 1), None)
            if role is not None and role[2] == "customer":
                said = (role[3], word)
            break
        if said is None or facts["experience"]:
            return
        shown = f"name reads '{said[0]} ... {said[1]}': what customers say they think"
        facts["experience"] = True
        why["experience"] = shown
        if facts["kind"] in (None, "activity", "output"):
            facts["kind"] = "outcome"
            why["kind"] = shown
        if facts["better"] is None:
            facts["better"] = "decrease" if not _NEGATORS.isdisjoint(words) or "disagree" in words else "increase"
            why["better"] = shown
        if facts.get("demand"):
            facts["demand"] = False
            why["demand"] = shown
        if not self._qualifier(grams, "transactional", exclude=()) and not facts["cross_functional"]:
            # what customers think of the organisation, not of one visit or call: the relationship
            facts["cross_functional"] = True
            why["cross_functional"] = f"{shown}, of no one visit, call or case: the whole relationship"

    def _longer_term(self, words, grams, term):
        """The longest term of another group, met, that holds the term read and says which
        way is good: (its words, its better), or None."""
        found = [(longer, order) for longer, order in self.containing.get(term, ())
                 if longer in grams and self.groups[order].facts.get("better") is not None
                 and self._met(self.groups[order], grams, longer)]
        if not found:
            return None
        longer, order = min(found, key=lambda f: (-len(f[0]), f[1], f[0]))
        return longer, self.groups[order].facts["better"]

    def _candidates(self, words, grams, fits) -> dict[int, tuple]:
        """For each measure group, the term of it the name holds where ``fits(gram)``:
        the longest, then the first in word order (never the set's order)."""
        found: dict[int, tuple] = {}
        for gram in grams:
            for order in self.by_term.get(gram, ()):
                if not fits(self.groups[order], gram):
                    continue
                previous = found.get(order)
                # equal length and place (a term the name spells another way, "fixed first time" read as
                # first-contact resolution, is at 0 too): the first in sort order, never the set's
                if previous is None or (len(gram), _find(words, previous), previous) \
                        > (len(previous), _find(words, gram), gram):
                    found[order] = gram
        return found

    def _met(self, group, grams, term=()) -> bool:
        """A group's `with` and `without` conditions, against the name; a `without` word
        that is part of the term itself ("request" in "merge request") is not another word."""
        if group.with_ and not any(self._has(grams, c) for c in group.with_):
            return False
        return not any(self._has(grams, c) and not (c[:1] != ("@",) and _inside(c, term)) for c in group.without)

    def _measure(self, words, grams, explicit_better):
        per = self.classes["per"]
        bad_phrases = [p for p in grams & self.classes["worse"] if len(p) > 1]
        candidates = self._candidates(words, grams, lambda group, gram: (
            not (group.head and not self._heads(words, gram))
            # "Lines per hour", "Revenue per call": what it is divided by, not the measure
            and not _after_per(words, gram, per)
            # "Miles between road calls": what bounds a span, not the measure
            and not _after_between(words, gram)
            # "Average time patients spent in the ED", "Average customer spend": what customers
            # spend, their time or their money, is theirs, no cost to serve them
            and not (gram in _SPENDING and (self._after_customer(words, gram) or self._time_spent_staying(words, gram)))
            # "Actual off-hire", "Order return rate": a word of a longer bad thing is no measure of its own
            and not any(len(bad) > len(gram) and _inside(gram, bad) for bad in bad_phrases)
            # "Concession revenues per patron", "Upsell and cross-sell revenue": the takings it qualifies
            and not self._qualifies_takings(words, gram, group)
            # "Waitlist Conversion Rate", "Trial conversion": those a funnel converts, not the measure
            # ("Complaint conversion ratio" counts complaints that escalate: a bad thing's share)
            and not (_converted_from(words, gram) and not any(self._is_worse(w) for w in gram))
            # "% of missed trash requests completed on time": a bad thing requests are about, not the measure
            and not _requested_about(words, gram)
            # "NPS surveys sent to leaders": the surveys counted, work done, not the score they would find
            and not _surveys_counted(words, gram)
            # "patients ... that receive a blood glucose test": customers given something, no demand received
            and not (gram in _RECEIVED and any(r[2] == "customer" and r[1] <= _find(words, gram)
                                               for r in self._roles(words)))
            # "for adults ages 19 and over", "children ages 5 and younger": an age bracket of people
            and not _age_bracket(words, gram)
            # "System Availability in Tax Renewal Season": when it is measured, not what
            and not _in_a_season(words, gram)
            # "Time taken for refund of deposits after closures": the event a span is counted from
            and not _marks_when(words, gram)
            # "Commercial Rebate Megawatt savings": what the savings come from
            and not _headed_by_savings(words, gram)
            # "Customer experience team headcount", "CX budget": an experience that names a team or
            # its means, not the measure
            and not (group.facts.get("experience") and self._names_a_team(words, gram))
            # "Members Choosing to Leave the Plan": customers leave only where they are its subject,
            # before it ("Object left in patient's body" is no leaving)
            and not (gram in _LEAVING and not any(r[2] == "customer" and r[1] <= _find(words, gram)
                                                  for r in self._roles(words)))))
        # "Landfill fees avoided through Organics Processing activities": the words right after
        # "through" or "via" name the means; a measure before them is what is measured
        means = _means_named(words)
        if means and any(_find(words, t) < means[0] for t in candidates.values()):
            candidates = {o: t for o, t in candidates.items()
                          if not means[0] <= _find(words, t) < means[1]}
        # "persons served by the Public Health Nursing activity": the unit that does the work, named
        doer = _unit_named(words)
        if doer:
            candidates = {o: t for o, t in candidates.items() if not doer[0] <= _find(words, t) < doer[1]}
        # "Number of employee injuries": a count of staff right before another measure's word qualifies it
        # (another staff cost after it, "Number of employees (full-time equivalent)", says the same count)
        starts = {_find(words, t) for o, t in candidates.items() if self.groups[o].facts.get("kind") != "cost"}
        candidates = {o: t for o, t in candidates.items()
                      if not (self.groups[o].facts.get("kind") == "cost" and (t[-1],) in self.classes["staff"]
                              and _find(words, t) + len(t) in starts)}
        # "Days from contract to first live payroll": a time from one event to another is the measure;
        # money named as its end ("payroll") is an event, not a cost the name counts
        if len(words) > 3 and (words[0] in _TIMED or words[0] == "month") and words[1] == "from" and "to" in words[2:]:
            candidates = {o: t for o, t in candidates.items()
                          if self.groups[o].facts.get("kind") != "cost" or _find(words, t) < 2}
        # what the name is divided by ("per 1000 bookings") says nothing against the measure before it
        cut = next((i for i, w in enumerate(words) if w == "per" and i + 2 < len(words) and is_number(words[i + 1])),
                   None)
        before = (_grams(words[:cut], max(self.longest, 4)) | _timescales(words[:cut]) | _first_time(words[:cut])) \
            if cut else grams
        # "Scrap as a percentage of total cost", "Wages to revenue": what follows 'as a % of', or 'to'
        # before money in a ratio, is the base the measure is divided by; a measure before it comes first
        base = _base_start(words)
        for order in sorted(candidates, key=lambda o: (_find(words, candidates[o]) >= base,
                                                       not self._heads_of(words, candidates[o], candidates), o)):
            group = self.groups[order]
            term = candidates[order]
            if not self._met(group, before if cut and _find(words, term) + len(term) <= cut else grams, term):
                continue
            better = group.facts.get("better")
            if explicit_better is not None and better is not None and better != explicit_better:
                continue  # "Average discount on renewal deals", better: decrease, is no retention
            shown = " ".join(candidates[order])
            if group.with_:
                met = [phrase for c in group.with_ for phrase in self._matches(grams, c)]
                if not any(_inside(phrase, candidates[order]) for phrase in met):
                    shown += f"' with '{' '.join(met[0])}"
            return group, candidates[order], shown
        return None, None, None

    def _names_a_team(self, words, term) -> bool:
        """Is the term the name of a team or of what it is given, the word after it one of the
        lexicon's team words ("Customer experience team", "CX budget", "Support satisfaction
        survey" is not one)?"""
        end = _find(words, term) + len(term)
        return end < len(words) and (words[end],) in self.classes["team_word"]

    def _time_spent_staying(self, words, term) -> bool:
        """Is every 'spent' of the name a time spent staying ("Time spent online", "Courier Time Spent
        On Platform", "Average Time Spent per Exhibit"), no money and no time taken?"""
        at = [i for i, word in enumerate(words) if (word,) == term]
        return bool(at) and all(i and words[i - 1] in _TIMED and _lasting_at(words, i - 1, self.classes["stay_words"])
                                for i in at)

    def _qualifies_takings(self, words, term, group) -> bool:
        """Is the term only what qualifies the takings right after it, the head of the measure:
        'Concession revenues per patron', 'Concession Sales Per Capita', 'renewal revenues',
        'Upsell and cross-sell revenue' measure revenue or sales, not concessions, renewals or
        upsells? Position decides, not a word anywhere: 'Refunds as % of revenue' measures refunds
        (the revenue is its base), and customers lost before the takings ('Cancellation revenue',
        'Churned revenue') are the revenue lost with them."""
        start = _find(words, term)
        end = start + len(term)
        return (0 <= start and tuple(words[start:end]) == term and end < len(words)
                and words[end] in _TAKINGS and not any(self._is_worse(w) for w in term)
                and not (group.facts.get("experience") and group.facts.get("better") == "decrease"))

    def _after_customer(self, words, term) -> bool:
        start = _find(words, term)
        return start > 0 and any(r[1] == start and r[2] == "customer" for r in self._roles(words[:start]))

    @staticmethod
    def _heads_of(words, term, candidates) -> bool:
        """Is the term the head of an "X of Y" phrase, before every other measure the name
        holds ("Resolution of billing complaints", "Cost of handling a complaint", "Return on Ad
        Spend")? The head
        is what is measured; what follows "of" is what it is measured on."""
        start = _find(words, term)
        end = start + len(term)
        # a time to do a thing, first ("Days for requests to be processed", "Number of days to process
        # retention requests"), heads what is done in it
        if len(term) == 2 and term[0] in _TIMED and term[1] == "to" and start <= 3 \
                and all(_find(words, other) > start for other in candidates.values() if other != term):
            return True
        # a term that itself takes what follows it ("Return on Ad Spend") heads it as "of" does
        if end >= len(words) or (words[end] != "of" and not (len(term) > 1 and term[-1] == "on")):
            return False
        return all(_find(words, other) > start for other in candidates.values() if other != term)

    def measure_head(self, text: str) -> tuple[str, int] | None:
        """The measure a phrase is, when it ends with one: (the term, how many words
        come before it) for the first measure group, in the lexicon's order and its
        with/without met, whose term is followed by nothing but its tail and a target
        ("paid TMAU from X to Y", "reduce churn by 2 points", "first response KPI");
        None when no measure ends it ("FY23 staffing supports the strategy", "SLA for
        acceptance"). For the rules that read titles (GC608): a part of a title that
        is a metric name."""
        words = self.expand(text)
        grams = _grams(words, max(self.longest, 4))
        ending = self._candidates(words, grams, lambda group, gram: self._ends(words, gram))
        for order in sorted(ending):
            if self._met(self.groups[order], grams, ending[order]):
                return " ".join(ending[order]), _find(words, ending[order])
        return None

    def _ends(self, words, term) -> bool:
        """Is the term the last thing a phrase names: after it only its tail, numbers,
        placeholders and the words a target is stated in?"""
        start = _find(words, term)
        if start > 0 and (words[start - 1],) in self.classes["per"]:
            return False
        return all(word in _TAIL or word in _TARGET or is_number(word) or any(c.isdigit() for c in word)
                   for word in words[start + len(term):])

    def _per_time(self, words, facts, why, grams=frozenset()):
        """Work counted per hour, shift, day or week is effort, as calls per hour are; things
        delivered per month ("Posts shipped per month") are still things delivered."""
        if self._qualifier(grams, "delivered", exclude=()):
            return
        for index, word in enumerate(words[:-1]):
            if (word,) in self.classes["per"] and words[index + 1] in ("hour", "shift", "day", "week", "month") \
                    and index > 0 and not any((w,) in self.classes["customer_signal"] or (w,) in self.classes["price"]
                                              for w in words[:index]):
                shown = f"{word} {words[index + 1]}"
                facts["kind"] = "activity"
                why["kind"] = f"name reads '{shown}', work counted per unit of time"
                thing = self._per_thing(words)
                if thing:  # "Trips per vehicle per day", "Dollars per day per room": a thing's rate
                    facts["kind"] = "outcome"
                    why["kind"] = f"name reads '{shown}' and 'per {thing}', no person: a thing's rate, not effort"
                arrived = self._arrivals_or_money(words[:index])
                if arrived and not thing:
                    facts["kind"] = "outcome"
                    why["kind"] = f"name reads '{arrived}' before '{shown}': {'what arrives' if arrived == 'new' else 'money'}" \
                                  " counted per unit of time, a result, not effort"
                    if facts["experience"] is None:  # a count of arrivals or of money is no one's feeling
                        facts["experience"] = False
                        why["experience"] = why["kind"]
                # "New losses per month" counts losses, not work done (its head, before "per")
                facts["better"], remark = self._less_if_worse({(words[index - 1],)}, "increase", words[index - 1:index])
                why["better"] = why["kind"] + remark
                return

    def _pace_of_work(self, name, words, facts, why) -> None:
        """'work orders completed per day', 'Questions answered per week', 'Proposals sent per month':
        work done, its participle right before what time it is counted per, is the pace of the work,
        an activity (as 'tickets handled per day'); not demand arriving ('Calls received per day'),
        things delivered ('Posts shipped per month'), a thing's rate ('kWh delivered per charger per
        day') or a share or time ('Percentage of calls answered per day')."""
        if facts["kind"] not in ("outcome", "output") or self._per_thing(words) \
                or self._not_a_count(words, name):
            return
        written = [t.lower() for t in tokens(name.split("(")[0])]
        for index, word in enumerate(written[1:-1], start=1):
            if (word,) not in self.classes["per"] or word == "by" or written[index + 1] not in _PACE_UNITS:
                continue
            done = written[index - 1]
            if not (done.endswith("ed") or done in ("done", "sent", "made")) or all(
                    (stem,) not in self.classes["handling"] for stem in (self.lemmatise(done), done[:-1], done[:-2])):
                continue
            facts["kind"] = "activity"
            why["kind"] = f"name reads '{done} {word} {written[index + 1]}': work done counted per unit of " \
                          "time, its pace"
            return

    def _time_per_unit_served(self, words, facts, why) -> None:
        """'pick time per order', 'Average Travel Time per Ticket', 'housekeeping hours per occupied
        room', 'Monthly Hours Per Account': the time or hours heading a name, divided by a unit of
        the work served (the lexicon's serve words), is time spent to serve each, a cost as the
        handle time of a call is. Not a time the customer feels or waits (the words the lexicon's
        time-of-a-contact measure is without: wait, queue, response, delivery, lead or cycle time),
        time spent ('Average Time Spent per Exhibit': whose, unsaid), or time per anything else
        ('Average Time Per Invoice Processed', 'Minutes Per Site')."""
        cut = _denominator(words, self.classes["per"])
        if cut >= len(words) - 1 or words[cut] not in ("per", "/", "each"):
            return
        main = list(words[:cut])
        if not main or main[-1] not in ("time", "hour", "minute", "duration") or len(main) > 3 \
                or any(w in ("spend", "spent") or is_number(w) for w in main):
            return
        contact = next((g for g in self.groups if g.head and ("time",) in g.terms and g.facts.get("kind") == "cost"),
                       None)
        head = _grams(main, 3)
        if contact is None or any(self._has(head, c) for c in contact.without) \
                or any(r for r in self._roles(main)):
            return
        group = []
        for following in words[cut + 1:]:
            if following in _BREAK or (following,) in self.classes["time_unit"]:
                break
            group.append(following)
        served = next((p for p in (tuple(group[-2:]), tuple(group[-1:])) if len(group) <= 3 and p
                       and p in self.classes["serve"]), None)
        if served is None:
            return
        shown = f"{' '.join(main)} {words[cut]} {' '.join(served)}"
        _staff_cost(facts, why, f"name reads '{shown}', time spent on each unit of work served: a cost")

    def _load_on_a_role(self, words, facts, why) -> None:
        """'probation officer caseloads', 'operator loading', 'Advisor Load': the work a member of
        staff carries, the role right before its load, is a load on each person, an activity (as
        'caseload per social worker'): less is better. Volunteers' hours ('Number of Volunteer
        Hours') are effort given, unpaid, an activity too, not the staff time that is a cost."""
        for index, word in enumerate(words[1:], start=1):
            if word not in ("load", "caseload", "workload", "loading", "hour"):
                continue
            role = next((r for r in self._roles(words[:index]) if r[1] == index and r[2] == "staff"), None)
            if role is None or (word == "hour") != (role[3] in _UNPAID) \
                    or role[0] and (words[role[0] - 1],) in self.classes["per"]:
                continue
            facts["kind"] = "activity"
            why["kind"] = f"name reads '{role[3]} {word}', " + (
                "effort given unpaid" if word == "hour" else "a load on each person") + ", an activity"
            if word != "hour":
                facts["better"] = "decrease"
                why["better"] = why["kind"] + ": less is better"
            return

    def _hourly_pace(self, words, term, facts, why, basis) -> None:
        """'Orders per Hour (OPH)', 'Hygiene Production Per Hour', 'stops collected per hour': a result
        the business feels, counted per hour or per shift of work, is the pace the work goes at, an
        activity (as 'Lines per Hour', 'deliveries per hour'); not money or what is new per hour
        ('Revenue per hour', 'New patients per hour'), a thing's rate ('Production Per Chair Per Hour'),
        or per a longer time ('Revenue per day', 'Win Per Day')."""
        if facts["kind"] != "outcome" or self._per_thing(words):
            return
        at = _find(words, term)
        index = next((i for i, w in enumerate(words) if i > at and (w,) in self.classes["per"] and w != "by"
                      and words[i + 1:i + 2] in (["hour"], ["shift"])), None)
        if index is None or self._arrivals_or_money(words[:index]) or term in self.money_words \
                or any(r[2] == "customer" for r in self._roles(words[:index])):
            return
        facts["kind"] = "activity"
        why["kind"] = f"{basis} per {words[index + 1]}: the pace the work goes at, an activity"

    def _arrivals_or_money(self, head) -> str | None:
        """What a count per unit of time counts, where it is no work: what is new ('New accounts per
        month', 'Average New Patients per Month': arrivals, the business's growth), or money ('Dollars
        per hour': the lexicon's financial words)."""
        if "new" in head:
            return "new"
        return next((w for w in head if (w,) in self.money_words), None)

    def _per_thing(self, words) -> str | None:
        """A normaliser that is neither a time nor a person ("per vehicle", "per room", "Per Sub",
        "Per Chair"): the name is a thing's rate or a customer's, whatever time it is also per."""
        for index, word in enumerate(words[:-1]):
            if index == 0 or (word,) not in self.classes["per"] or word == "by":
                continue
            following = [w for w in words[index + 1:index + 3] if not is_number(w)]
            if not following or not following[0].isalpha() or (following[0],) in self.classes["time_unit"] \
                    or following[0] in _BREAK or self._roles(following[:1]) and self._role((following[0],)) == "staff":
                continue
            if len(following) > 1 and (following[1],) in self.classes["time_unit"]:
                continue  # "per ship day", "per paid hour": a time
            return following[0]
        return None

    def _domain(self, grams, facts, why, words=(), unit=None):
        """No measure reads the name, but its trade does: code, money, staff are the
        business's own results, not what customers feel."""
        for name, terms, without, kind, better in self.domains:
            met = _longest(m for c in terms for m in self._matches(grams, c) if not self._normaliser_only(words, m))
            if met is None or any(self._has(grams, c) for c in without):
                continue
            direction, remark = self._less_if_worse(grams, better, words)
            if _timed(words, (), self.classes["stay_words"]):  # "Days to nurse competence": how long it takes
                direction, remark = "decrease", ", timed: how long it takes is to be less"
            if not remark and unit:  # "Saturation forecasting" in "open capacity issues": the unit counts them
                told = self._worse(tokens(unit) and self.expand(unit), _grams(self.expand(unit), 3))
                if told:
                    direction, remark = "decrease", f", and its unit '{unit}' counts '{told}', to be less"
            basis = f"name reads '{' '.join(met)}', {name}"
            values = {"kind": kind, "experience": False, "access": False, "cross_functional": False,
                      "demand": False, "better": direction}
            for fact, value in values.items():
                if value is not None and facts[fact] is None:
                    facts[fact] = value
                    why[fact] = basis + (remark if fact == "better" else "")
            if not remark and facts["better"] is not None:
                self._turn(words, met, facts, why, basis)  # "Shipments without tracking"
            return

    def _by_elimination(self, words, grams, facts, why, name=""):
        """A quantity ("Approval rate", "Total customers", "Days from loss to claim") that no
        word makes a cost to serve, an activity or an output is, by rules.md's own split, an
        outcome: a result customers or the business feel. A name with no quantity in it
        ("Closed", "Pain management") stays unknown."""
        quantity = self._qualifier(grams, "quantity", exclude=())
        if quantity is None:
            # "per 10,000 connections", "Pages per session": a ratio is a quantity
            per_figure = next((f"{w} {words[i + 1]}" for i, w in enumerate(words[:-1]) if i > 0 and (
                (w,) in self.classes["per"] and is_number(words[i + 1]) or w == "per")), None)
            quantity = per_figure
        if quantity is None:
            # a plural noun heads a count: "Gateway declines", "Article views", "Closings for the month"
            # (its last word before a bracket or a "for ...": the head of an English noun phrase)
            words_before = [t for t in tokens(name.split("(")[0].split(" for ")[0]) if t.isalpha()]
            # the head comes before what qualifies it: "Sites added", "Policies in force"
            cut = next((i for i, t in enumerate(words_before) if i and (
                t in ("in", "of", "on", "at", "with", "from", "to", "by", "under", "over")
                or (t.endswith("ed") and len(t) > 4))), len(words_before))
            for plural in (words_before[-1] if words_before else "", words_before[cut - 1] if cut else ""):
                if _plural(plural):
                    quantity = plural
                    break
        done = self._qualifier(grams, "delivered", exclude=()) or self._done_after(name)
        effort = self._qualifier(grams, "effort", exclude=())
        if effort == "booked" and not _BOOKED_SOLD.isdisjoint({w[:-1] if w.endswith("s") else w for w in words}):
            effort = None  # "Room nights booked", "Booked ... package holiday customers": what is sold
        measured = self._not_a_count(words, name) if done or effort else None
        if measured:
            # "Average Time Per Invoice Processed", "Percentage of work completed on schedule", "kWh
            # delivered per charger per day": the time, the share or a thing's rate, not the count
            if done and measured.startswith("per ") and facts["better"] is None:
                facts["better"], remark = self._less_if_worse(grams, "increase", words)
                why["better"] = f"name counts what was '{done}' {measured}" + (remark or ", and more is better")
            done = effort = None
            quantity = quantity or measured
        if bool(done) != bool(effort):  # "homes delivered": a thing delivered; "proposals sent": effort
            facts["kind"] = "output" if done else "activity"
            why["kind"] = f"name counts what was '{done or effort}'" + (
                ": a thing delivered" if done else ": effort spent")
            # things delivered are to be more, as the output measures; what is opened or created
            # ("cases opened", "tickets created") may be demand arriving, which way is good unknown
            if done and done not in ("open", "opened", "create", "created") and facts["better"] is None:
                facts["better"], remark = self._less_if_worse(grams, "increase", words)
                why["better"] = why["kind"] + (remark or ", and more delivered is better")
                undone = next((i for i, w in enumerate(words[1:], 1) if w[:5] == done[:5]
                               and words[i - 1] in ("not", "never")), None)
                if facts["better"] == "increase" and undone is not None:
                    # "Transactions not completed", "Orders never delivered": the work not done
                    facts["better"] = "decrease"
                    why["better"] = f"name counts what was '{words[undone - 1]} {done}': work not done, to be fewer"
                lacking = next((i for i, w in enumerate(words[:-2]) if w == "with" and words[i + 1] == "no"
                                and self._done_or_good(words[i + 2])), None)
                if facts["better"] == "increase" and lacking is not None:
                    # "Subrogation closed with no recovery": done, but without the good it was for
                    facts["better"] = "decrease"
                    why["better"] = why["kind"] + f", '{' '.join(words[lacking:lacking + 3])}': to be fewer"
            return
        if quantity is None:
            return
        facts["kind"] = "outcome"
        why["kind"] = f"name reads '{quantity}', a quantity no word makes a cost, an activity or an output"

    def _not_a_count(self, words, name) -> str | None:
        """Is a name with a participle of work done in it no count of that work: a share ('Percentage
        of work completed on schedule'), a time ('Average Time Per Invoice Processed', 'Time to get
        X-ray completed') or a thing's rate ('kWh delivered per charger per day', 'people served per
        park')? The word that says so, else None."""
        written = [t.lower() for t in tokens(name.split("(")[0])]
        if written[:1] and written[0] in _SHARE_WORDS:
            return written[0]
        cut = _denominator(words, self.classes["per"])
        timed = next((w for w in words[:cut] if w in ("time", "duration")), None)
        if timed:
            return timed
        thing = self._per_thing(self.expand(name.split("(")[0]))
        return f"per {thing}" if thing else None

    def _counts_only(self, name: str, grams, unit, term) -> bool:
        """Does the name count things done ("Tickets resolved", "Work items resolved today"): the
        measure's participle after a plural, with no share, rate, time or promise in the name or
        its unit? ("Resolution of billing complaints" names the resolution, not a count.)"""
        if not _counted_alone(grams, unit):
            return False
        written = [t for t in tokens(name.split("(")[0]) if t.isalpha()]
        return any(_plural(noun) and done.endswith("ed") and (self.lemmatise(done),) == term
                   for noun, done in zip(written, written[1:]))

    def _failures_undone_counted(self, name, grams, unit, term, facts, why, basis) -> None:
        """'Potholes repaired annual', 'Streetlight faults repaired', 'Number of faults fixed': failures
        customers feel, counted as the work that undid them (a participle of repair after the plural
        failure), with no share, time or promise, are work done, a thing delivered: no experience. The
        share or the time of them ('% of faults repaired within 7 days') is the service level."""
        if not _counted_alone(grams, unit):
            return
        written = _written_words(name)
        done = next((after for noun, after in zip(written, written[1:]) if _plural(noun) and after.endswith("ed")
                     and (self.lemmatise(noun),) == term[-1:] and (self.lemmatise(after),) in self.classes["undo_words"]),
                    None)
        if done is None:
            return
        shown = f"{basis}, counted as '{done}': the work that undid them, a thing delivered, not what customers feel"
        facts["kind"], why["kind"] = "output", shown
        _not_customers(facts, why, shown)

    def _matters_handled_counted(self, name, grams, unit, term, facts, why, basis) -> None:
        """'Complaints closed', 'Number of complaints closed', 'Appeals processed': what only
        customers bring, counted as the work done on it (a participle of handling after the
        plural), with no share, time or promise, is work done, not what they feel. Complaints
        themselves, received or upheld ('Complaints received', 'Complaints upheld'), and the share
        handled in time ('% of complaints closed within 8 weeks') stay experience."""
        if not _counted_alone(grams, unit):
            return
        written = _written_words(name)
        done = next((after for noun, after in zip(written, written[1:])
                     if _plural(noun) and (self.lemmatise(noun),) == term[-1:] and self._handled(after, noun)
                     and after != "handled"), None)  # "Complaints handled": how many came in, as often
        if done is None:
            return
        shown = f"{basis}, counted as '{done}': the work done on them, a thing delivered, not what customers feel"
        facts["kind"], why["kind"] = "output", shown
        facts["better"], why["better"] = "increase", f"{shown}; more done is better"
        _not_customers(facts, why, shown)

    def _after_term(self, words, term, written: str) -> bool:
        """Does a word of the name as written come after the measure's term?"""
        word = self.lemmatise(written)
        start = _find(words, term) + len(term)
        return word in words[start:] or written in words[start:]

    def _done_after(self, name: str) -> str | None:
        """A participle of work done after what a count counts: "Customers helped", "Number of
        people assisted through ...". Not first, and not before the noun it qualifies."""
        written = [t.lower() for t in tokens(name.split("(")[0])]
        if written[:1] and written[0] in _SHARE_WORDS:
            return None  # "Percentage of employees who ... opportunities provided": a share, not a count
        for index, word in enumerate(written):
            if index and index + 1 == len(written) and self._handled(word, written[index - 1]):
                return word  # "# of questions answered", "Visits Completed": the name ends on the work done
            if word in self.done_after and index > 0 and written[index - 1] not in ("not", "never") and (
                    index + 1 == len(written) or written[index + 1] in _BREAK or written[index + 1] in _VIA
                    or not written[index + 1].isalpha()):
                return word  # not "No. of cases not updated in last 30 days": work not done is nothing delivered
        return None

    def _delivered_after(self, name: str, grams) -> str | None:
        """A participle of a thing delivered after a plural, what was counted ("Orders Delivered",
        "Number of orders delivered", "Permits issued"), as a name no measure reads is read; not what
        arrives or is opened ("Accounts opened", "tasks created": demand, or a sale)."""
        if not grams.isdisjoint(_SHARE_OR_TIME):
            return None  # "Orders delivered on time", "% of permits issued": the share or the time
        written = _written_words(name)
        return next((done for noun, done in zip(written, written[1:]) if _plural(noun)
                     and (done,) in self.classes["delivered"] and done not in ("opened", "created")), None)

    def _handled(self, word: str, before: str) -> bool:
        """Is a word as written a participle of handling work ('answered', 'reviewed', 'completed')
        after a plural, what was counted ('questions answered', 'profiles reviewed')? Not one the
        lexicon holds as effort spent ('calls dialed', 'hours worked'), which is read as effort."""
        return word.endswith("ed") and _plural(before) and (word,) not in self.classes["effort"] and any(
            (stem,) in self.classes["handling"] for stem in (word[:-1], word[:-2]))

    def _scored(self, words, grams, plain, facts, why) -> None:
        """'Logistics Performance Index', 'total service score', 'Production Performance Rating':
        a score, index or rating heading the name is scored so that more is better, where no word
        of it is to be less ('Deprivation index') and nothing negates it."""
        head = _head(words[:plain], self.classes["per"])
        if head not in _SCORED:  # "Average score from call monitoring", "average score by objective"
            main = words[:plain]  # (not "Index of multiple deprivation": what it is an index of is its way)
            head = _head(main[:next((i for i, w in enumerate(main) if i and w in _SCORE_SOURCES), len(main))],
                         self.classes["per"])
        if head not in _SCORED or self._worse(words, grams) or not _NEGATORS.isdisjoint(words):
            return
        facts["better"] = "increase"
        why["better"] = f"name is headed by '{head}', a score: more is better"

    def _done_well(self, words, plain, facts, why) -> None:
        """'Service performance', 'labor performance per shift', 'Goal achievement', 'Data completeness':
        a record of how well a thing is done, heading the name, is to be more; not where it is held
        against a plan or a limit ('Support Performance to Operating Plan', 'Agency ceiling
        performance': a variance, its way unsaid), no word is to be less and nothing negates it."""
        head = _head_word(words[:plain], self.classes["per"])
        if head is None or (head,) not in self.classes["done_well"] or _negating_prefix(words, head) \
                or not self.classes["held_against"].isdisjoint((w,) for w in words) \
                or self._worse(words, _grams(words, 4)) or not _NEGATORS.isdisjoint(words):
            return
        facts["better"] = "increase"
        why["better"] = f"name is headed by '{head}', how well a thing is done: more is better"

    def _services_offered(self, name, words, grams, facts, why) -> None:
        """'Overdraft services', 'Services in branches', 'Online and mobile banking services': the
        services an organisation offers, written in the plural heading a short name (before what
        qualifies it: in, at, for, per...), counted or rated as a survey rates them, are to be more,
        where no word is to be less and nothing negates it; not a time or a cost of them, which
        other words read first."""
        front = re.split(r"\s(?:in|at|for|per|to|from|by|of|across)\s|\(|:|\s[-–—]\s", name, maxsplit=1)[0]
        written = [t.lower() for t in tokens(front) if t.isalpha()]
        if not written or written[-1] != "services" or len(written) > 5 or self._worse(words, grams) \
                or not _NEGATORS.isdisjoint(words):
            return
        facts["better"] = "increase"
        why["better"] = f"name is headed by '{front.strip()}', the services offered: more is better"

    @staticmethod
    def _fees_charged(words, facts, why) -> None:
        """'Fees per partner', 'average fee', 'Re-billed fees', 'Fees charged per procedure': fees the
        name gives no payer or supplier are what the organisation charges, its income, to be more.
        Not fees someone pays ('Fees paid by applicants'), nor fees named after who is paid or what
        for ('Agency fees', 'Legal fees', 'Late payment fees')."""
        at = next((i for i, w in enumerate(words) if w in ("fee", "fees")), None)
        if at is None:
            return
        before = [w for w in words[:at] if w not in ("average", "avg", "mean", "median", "total", "re", "the")]
        after = words[at + 1:]
        charged = ("charge", "charged", "bill", "billed", "earn", "earned", "collect", "collected", "invoice",
                   "invoiced")
        if any(w not in charged for w in before) or "paid" in words or "pay" in words \
                or after and after[0] not in ("per",) + charged:
            return
        facts["better"] = "increase"
        why["better"] = f"name reads '{' '.join(words[:at + 1])}', fees charged with no payer named: " \
                        "the organisation's income, more is better"

    def _price_charged(self, name, words, grams, facts, why) -> None:
        """'Average Labour Rate', 'Effective Hourly Rate', 'Partner billing rate', 'rental rates', 'average
        storage rate', 'rent roll', 'average rent per sq ft', 'fleet on rent': the price of what the
        organisation sells by the hour, the day or the space, the rate billed, the rent it lets at or
        what it has let, is its income: more is better. Not a rate or rent someone pays ('Hourly rate
        paid to agency staff'), nor one a bad word or a role names ('Rent arrears', 'Agency staff hourly
        rate'; a role's hour billed is sold: 'Partner billing rate'), nor a rate that qualifies another
        head ('Labour rate variance') or any other rate ('exchange rate')."""
        main = self.expand(name.split("(")[0])  # not its abbreviation: 'Effective Hourly Rate (EHR)'
        rate = next((i for i, w in enumerate(main) if i and w == "rate" and main[i - 1] in _PRICED_BY
                     and main[i + 1:i + 2] in ([], ["per"])), None)  # not 'Labour rate variance'
        rent = next((i for i, w in enumerate(main) if w == "rent" and (main[i + 1:i + 2] in (["roll"], ["per"])
                                                                     or i and main[i - 1] == "on")), None)
        at = rate if rate is not None else rent
        if at is None or not {"pay", "paid", "payable"}.isdisjoint(words) or self._worse(words, grams) \
                or self._roles(main[:at]) and main[at - 1] not in ("billing", "bill"):
            return  # "Partner billing rate": the partner's hour billed to clients
        facts["better"] = "increase"
        why["better"] = f"name reads '{' '.join(main[max(0, at - 1):at + 2])}', the price of what is sold or let: " \
                        "the organisation's income, more is better"

    def _overall_rating(self, words, grams, facts, why) -> None:
        """'Overall treatment', 'Overall Level of Fun', 'Overall Food & Beverage', "Students' Overall
        Evaluation": a thing rated overall, as a survey rates it, is to be more, where no word is bad
        ('Overall attrition', 'Overall handle time' are read before) and nothing negates it."""
        at = next((i for i, w in enumerate(words[:3]) if w == "overall"), None)
        if at is None or at == len(words) - 1 or self._worse(words, grams) or not _NEGATORS.isdisjoint(words) \
                or words[at + 1] in ("volume", "number", "count", "total", "amount"):
            return  # "Overall volume": a count, whose way the name does not say
        facts["better"] = "increase"
        why["better"] = "name rates a thing 'overall', as a survey does: more is better"

    def _net_balance(self, words, grams, facts, why) -> None:
        """'Net Deposits', 'Net new business', 'Paid net adds', 'net rent per sq ft': a figure said net is
        what is left when what went out (withdrawals, losses, leavers, costs) is taken off it, the
        balance the business keeps: more is better, where no word of the name is bad ('Net debt',
        'Net Revenue Churn', 'Net cost per attendance' are read before) and nothing negates it."""
        at = next((i for i, w in enumerate(words) if w == "net"), None)
        if at is None or at == len(words) - 1 or self._worse(words, grams) or not _NEGATORS.isdisjoint(words):
            return
        facts["better"] = "increase"
        why["better"] = "name reads 'net', what is left when what went out is taken off: more is better"

    def _speed(self, words, unit, facts, why) -> None:
        """A speed or velocity heading the name: of a thing moving ('Train Speed' in mph, 'Car Velocity'
        in miles per day, 'run speeds') more is better; the speed of a service done ('Speed of
        Service', 'Processing speed', 'Fulfillment Speed', in seconds) is how long it takes: less."""
        at = next((i for i, w in enumerate(words) if w in ("speed", "velocity")), None)
        if at is None or _head(words, self.classes["per"]) not in ("speed", "velocity") and words[at + 1:at + 2] not in (
                ["of"], ["to"]):
            return
        told = [t for t in tokens(unit) if t not in _FIGURE_WORDS]
        before = self.lemmatise(words[at - 1]) if at else ""
        served = at and any((w,) in self.classes["serve"] or (w,) in self.classes["handling"] or w in _DONE_HEADS
                            for w in (words[at - 1], before) + (
                                (before[:-3], before[:-3] + "e") if before.endswith("ing") else ()))
        if told[:1] and told[0] in _DURATIONS or words[at + 1:at + 2] in (["of"], ["to"]) or served:
            facts["better"] = "decrease"
            why["better"] = f"name reads '{' '.join(words[max(0, at - 1):at + 2])}', the speed of a service done: " \
                            "how long it takes is to be less"
        elif not self._worse(words, _grams(words, 4)):
            facts["better"] = "increase"
            why["better"] = f"name is headed by '{words[at]}', of a thing moving: more is better"

    def _counted_customers(self, words, grams, facts, why):
        """'Total customers', 'Number of customers using ...': a count of people, the
        business's own market, with no time taken and nothing negated, is to be more."""
        if not _COUNT_BLIND.isdisjoint(words):
            return
        if not self._counted(grams):
            self._customers_held(words, grams, facts, why)
            return
        # "Number of consultations per patient": what it is divided by is not what it counts
        customers = _longest(p for p in grams & self.classes["customer"] if not _PLACES.intersection(p)
                             and not self._normaliser_only(words, p))
        if customers is not None:
            facts["better"] = "increase"
            why["better"] = f"name counts '{' '.join(customers)}': more is the business's good direction"
        else:  # "Number of swipes per user": no customers counted, but what each of them does
            self._customers_held(words, grams, facts, why)

    def _customers_held(self, words, grams, facts, why) -> None:
        """'Unique Listeners', 'new loyal customers', 'Postgraduate taught student population': customers
        heading the name are the business's own market; 'Loans per Member', 'Number of swipes per
        user': what each customer holds or does is its depth. Both are to be more, where no word is
        to be less, nothing negates it and no prefix undoes the customers ('Inactivated patients')."""
        cut = _denominator(words, self.classes["per"])
        main = list(words[:cut])
        while main and (main[-1] in _END or main[-1] == "population" or is_number(main[-1])):
            main.pop()
        headed = next((r for r in self._roles(main) if r[1] == len(main) and r[2] == "customer"), None)
        rest = words[cut + 1:]
        each = next((r for r in self._roles(rest) if r[0] <= 1 and r[1] == len(rest) and r[2] == "customer"), None) \
            if cut < len(words) and main else None
        if headed is not None and headed[0] and main[headed[0] - 1] == "by":
            return  # "Fees paid by applicants": who pays, not what is counted
        if headed is not None and any((w,) in self.classes["virtue"] for w in main[:headed[0]]):
            return  # "Mental health consumers": the users of a service, whose way the name does not say
        if headed is not None and headed[0] and main[headed[0] - 1] == "to":
            headed, each = None, headed  # "Checking Accounts to Members Ratio": so many to each customer
        kept = main[:-1] if main[-1:] in (["retain"], ["retained"]) else main
        if headed is None and kept[-1:] == ["account"] and not {"receivable", "payable", "close", "closed", "cancel",
                                                                 "cancelled", "freeze", "frozen"}.intersection(kept) \
                and _LAPSED.isdisjoint(kept):
            headed = (len(kept) - 1, len(kept), "customer", "account")  # "customer accounts", "junior accounts": the book
        if headed is None and kept[-1:] and kept[-1] in _HELD_MONEY:
            # "Customer balances", "Customer crypto assets", "Ending customer equity": the money customers
            # hold with the business, its book of them, as their accounts are
            owner = next((r for r in self._roles(kept[:-1]) if r[2] == "customer" and len(kept) - 3 <= r[1]), None)
            if owner is not None and _OWED.isdisjoint(kept):  # not "Customer debit balances", what they owe
                headed = (owner[0], len(kept), "customer", " ".join(kept[owner[0]:]))
        if headed is None and kept[-1:] and (kept[-1],) in self.classes["community"] and (
                cut == len(words) or (rest[-1:] and (rest[-1],) in self.classes["time_unit"]) or self._roles(rest)):
            # "GitHub contributors": the community; not "Contributor/Organization dependency"
            headed = (len(kept) - 1, len(kept), "customer", kept[-1])
        if each is None and headed is None and rest[-1:] and (rest[-1],) in self.classes["community"] and main:
            each = (len(rest) - 1, len(rest), "customer", rest[-1])  # "Questions per moderator"
        found = headed or each
        if found is None or self._worse(words, grams) or not _NEGATORS.isdisjoint(words) \
                or any(w.startswith("inactiv") or any(w.startswith(p) and len(w) - len(p) >= 5
                                                       for p in ("un", "non", "mis", "dis")) for w in main):
            return
        facts["better"] = "increase"
        why["better"] = f"name is headed by '{found[3]}', customers: more is the business's good direction" \
            if headed else f"name is per '{found[3]}', what each customer holds or does: more is better"

    def _by_shape(self, words, grams, facts, why) -> None:
        """Where no word says which way is good, the shape of the name may: a time something
        takes ("Average number of days taken to re-let"), a share met within a promise ("...
        paid within 30 days"), a load of customers on each member of staff ("Patient-to-nurse
        ratio"), an ability a respondent states ("Can get an appointment")."""
        negated = not _NEGATORS.isdisjoint(words)
        if _timed(words, (), self.classes["stay_words"]) or any(
                w in _TIMED and i + 1 < len(words) and words[i + 1] == "take" for i, w in enumerate(words)):
            facts["better"] = "decrease"
            why["better"] = "name is the time something takes: less is better"
        elif (("within", "timescale") in grams or _on_the_date(words)) and not negated:
            # "... paid within 30 days", "Client transitions live on the agreed date"
            facts["better"] = "increase"
            why["better"] = "name is a share met within a promise in time: more is better"
        elif (load := self._people_ratio(words)) is not None:
            facts["better"] = "decrease"
            why["better"] = f"name reads {load}, a load on each person: less is better"
        elif (done := next((w for i, w in enumerate(words[:-1]) if ((w,) in self.classes["handling"] or w in _ANSWERED)
                            and words[i + 1] in ("rate", "%", "percentage", "percent", "ratio")), None)) \
                and not negated and "non" not in words:
            facts["better"] = "increase"  # "Email response rate", "Answer %", "Fill rate": the share done
            why["better"] = f"name reads '{done}' as a share: the share done is to be more"
        elif words[:1] in (["can"], ["could"], ["able"]) and not negated:
            facts["better"] = "increase"
            why["better"] = f"name states what a respondent '{words[0]}' do: more is better"
        elif (used := _used_per_custom(words)) and not negated and facts["kind"] in ("outcome", None) \
                and not facts.get("demand"):
            facts["better"] = "increase"  # "Pages per Session", "Data per Subscription", "food and beverage per patron"
            why["better"] = f"name reads '{used}', what customers take of what is sold on each visit, session " \
                            "or membership: more is better"

    def _headcount(self, name, words, facts, why) -> None:
        """'Total Agents', 'Judicial officers', 'Staff per 1,000 Population', 'Number of agricultural
        extension workers per 1000 farmers': the staff themselves counted, the name's head (before what
        it is divided by) with only what kind of staff they are before it, is headcount: capacity spent,
        a cost. Not unpaid volunteers, and not staff a phrase or a participle picks out ("assaults on
        correctional staff", "Most booked staff", "Fully Licensed Staff")."""
        if "ratio" in words:  # "Student Supports Ratios – Counselors": a load on each, not a headcount
            return
        main = list(words[:_denominator(words, self.classes["per"])])
        while main and (main[-1] in _END or is_number(main[-1])):
            main.pop()
        roles = self._roles(main)
        if not roles or roles[-1][1] != len(main) or roles[-1][2] != "staff" or roles[-1][3] in _UNPAID:
            return
        before = main[:roles[-1][0]]
        if any(w in _BREAK and w != "and" and not (w == "of" and i and before[i - 1] == "number")
               for i, w in enumerate(before)):
            return
        written = [t for t in tokens(name.split("(")[0]) if t.isalpha()]
        cut = next((i for i, t in enumerate(written) if i and t in ("per", "each")), len(written))
        written = [t for t in written[:cut] if t not in _END]
        if not written or not (_plural(written[-1]) or written[-1] in _COLLECTIVE_STAFF) \
                or any(t.endswith("ed") or t in ("most", "least") for t in written[:-1]):
            return
        _staff_cost(facts, why, f"name counts '{written[-1]}', the staff themselves: headcount, capacity spent")
        self._staff_facing_customers(words, roles[-1], facts, why)

    def _staff_facing_customers(self, words, role, facts, why) -> None:
        """'Total Agents', 'Judicial officers', 'Staff Per Capita', 'Staff per 1,000 Population': staff
        counted who serve customers in person (the lexicon's front line), or counted per head of the
        people served, are the service's staffing, rules.md's access (more is better for the customer), as
        the staffing of a front-line team is; the count stays a cost, its way as it was. Not the staff in general ('Total
        Headcount', 'number of agency workers'), nor staff per a unit of work ('Employees per Aircraft',
        'Hospital Employees per Adjusted Occupied Bed')."""
        cut = _denominator(words, self.classes["per"])
        after = [w for w in words[cut + 1:] if not is_number(w)]
        served = after[:1] in (["capita"], ["population"], ["people"], ["inhabitant"]) or any(
            r[0] == 0 and r[2] == "customer" for r in self._roles(after))
        if not served and tuple(role[3].split()) not in self.classes["front_line"]:
            return
        shown = f"{why['kind']}; " + (f"per '{after[0]}', the people served" if served else
                                      f"'{role[3]}' serve customers in person") + ": the service's staffing, its access"
        facts["access"] = True
        why["access"] = shown

    def _staff_time(self, words, facts, why) -> None:
        """'labor hours invested', 'Number of man-hours', 'Staff Hours for Animal Control',
        'customer service center staff time': the hours of labour itself, not divided by it
        ('Rx/Employee Hours' is per), are capacity spent, a cost."""
        for index, word in enumerate(words[:-1]):
            # any staff role's hours are labour ("personnel hours", "Driver hours"); its time may be
            # time at hand or spent on a thing ("Officer Time Available", "Courier Time Spent On Platform")
            if (word in _WORK_HOURS and words[index + 1] in ("hour", "time")
                or self._role((word,)) == "staff" and words[index + 1] == "hour") \
                    and not (index and (words[index - 1],) in self.classes["per"]):
                _staff_cost(facts, why, f"name reads '{word} {words[index + 1]}', the hours of labour: capacity spent")
                return

    def _people_ratio(self, words) -> str | None:
        """'Patient-to-nurse ratio', 'student-to-advisor ratio': customers to staff."""
        for index, word in enumerate(words):
            if word != "to" or "ratio" not in words[index + 1:index + 5]:
                continue
            before = [r for r in self._roles(words[:index]) if r[1] == index]
            after = [r for r in self._roles(words[index + 1:]) if r[0] == 0]
            if before and after and before[-1][2] == "customer" and after[0][2] == "staff":
                return f"'{before[-1][3]} to {after[0][3]}'"
        return None

    def _staff_per_unit(self, words) -> str | None:
        """'Employees per aircraft', 'Hospital employees per occupied bed': staff counted per
        unit of work, not per person (per customer is a staffing level) and not front-line
        staff (their staffing is the customer's access)."""
        cut = _denominator(words, self.classes["per"])
        if cut >= len(words) or words[cut] == "as":
            return None
        role = next((r for r in self._roles(words[:cut]) if r[1] == cut), None)
        if role is None or role[2] != "staff" or tuple(role[3].split()) in self.classes["front_line"] \
                or role[3] not in _COUNTED_STAFF:
            return None
        if self._roles(words[cut + 1:]) or (words[cut + 1:cut + 2] and (words[cut + 1],) in self.classes["time_unit"]):
            # per customer or per shift: a staffing level; per staff ("Employees per HR staff"): who serves whom
            return None
        return role[3]

    def _normaliser_only(self, words, phrase) -> bool:
        """Is every place of the phrase in the name after "per" (and a figure): what the
        measure is divided by ("Use of force per 1,000 arrests"), not what it is about?"""
        size, found = len(phrase), False
        for start in range(len(words) - size + 1):
            if tuple(words[start:start + size]) != phrase:
                continue
            found = True
            before = start - 1
            while before >= 0 and is_number(words[before]):
                before -= 1
            # "by" names who did the work ("met by volunteers") or a breakdown, not a divisor
            if before < 0 or (words[before],) not in self.classes["per"] or words[before] == "by":
                return False
        return found

    def _counted(self, grams) -> bool:
        """'Total customers', 'Number of members enrolled': a count of people, not what they feel."""
        return not grams.isdisjoint({("number",), ("total",), ("count",), ("how", "many")})

    def _less_if_worse(self, grams, otherwise: str, words=()) -> tuple[str, str]:
        """The good direction of a measure its reading gives none: less where a word says
        it is bad ("failure", "age", "time"), else ``otherwise``; and the words saying so."""
        worse = self._worse(words, grams)
        undone = self._recovered(words) if worse else None
        if undone:
            return "increase", f", and '{worse}' is '{undone}': what is undone is to be more"
        to = next((i for i, w in enumerate(words) if w == "to"), 0) if words[-1:] in (["ratio"],) else 0
        if worse and to and not self._worse(words[:to], _grams(words[:to], 3)):
            # "Productive to Non Productive Ratio": the bad thing is what the good one is set against
            return "increase", f", and '{worse}' is what it is set against: more is better"
        return ("decrease", f", and '{worse}' is to be less") if worse else (otherwise, "")

    def _recovered(self, words, term=()) -> str | None:
        """A word that undoes a bad thing, heading the name: last but for its tail ("Debt
        recovery rate", "Arrears retrieved"), before "of" ("Repair of faulty streetlights")
        or before the bad thing ("Recovered overpayments"); not itself failed ("Late
        collections", "Missed repairs")."""
        main = list(words[:_denominator(words, self.classes["per"])])
        while main and (main[-1] in _END or is_number(main[-1])):
            main.pop()
        start = _find(words, term) if term else -1
        closed = _closed_out(words, main) and self._closes_a_bad_thing(main, term)
        for index, word in enumerate(main):
            if ((word,) not in self.classes["undo_words"] and not (closed and index == len(main) - 1
                                                                   and word in _CLOSED_OUT)) \
                    or start <= index < start + len(term):
                continue
            # "Missed waste collections", "non-collection of waste": the undoing itself failed
            phrase = []  # the words before it in its own noun phrase
            for before in reversed(main[:index]):
                if before in ("of", "for", "in", "by", "per", "to", "with", "from"):
                    break
                phrase.append(before)
            if any((before,) in self.classes["failed_undo"] or before == "non" for before in phrase):
                continue
            spent = next((i for i in range(index - 1, -1, -1) if main[i] in _SPENT or main[i] in _TIMED), None)
            if spent is not None and not {"to", "of", "for"}.isdisjoint(main[spent + 1:index]):
                continue  # "Cost to Collect", "Mean Time To Repair", "Cost of debt recovery", "Turnaround time for repairs": what undoing takes
            following = main[index + 1] if index + 1 < len(main) else None
            if following in _PERIODS:
                following = None  # "Potholes repaired annual", "Bugs fixed during release": still the last
            # "Repaired faults" are undone faults; "Repair cost", "Recovery time" what undoing them takes
            if following is None or following == "of" or self._is_worse(following) and following not in _SPENT:
                return word
        return None

    def _closes_a_bad_thing(self, main, term=()) -> bool:
        """Is the head closing a bad thing of its own phrase ("violent crimes cleared", "Grievance
        handling", the measure read being that thing), not one a cause names ("Disruption of
        Flights Due to Baggage Handling")?"""
        cut = max((i for i, w in enumerate(main) if w in _OBJECT_LINKS or w in ("to", "due", "with", "after", "before",
                                                                               "since", "following")), default=-1)
        phrase = main[cut + 1:-1]
        return any(self._is_worse(w) for w in phrase) or bool(term) and _inside(term, tuple(phrase))

    def _worse(self, words, grams) -> str | None:
        """The first word of the name that is to be less; a time word only where it is a
        time taken ("handle time"), not "on time", "full-time" or "session duration"."""
        topic = next((i for i, w in enumerate(words) if i and w in ("regarding", "concerning", "about")), len(words))
        for phrase in sorted(grams & self.classes["worse"], key=lambda p: (-len(p), p)):
            if words and 0 <= _find_at(words, phrase) and _find_at(words, phrase) > topic:
                continue  # "outreach initiatives regarding environmental issues": the topic, not what is counted
            if phrase in _LOADS and words and _head(words, self.classes["per"]) != phrase[0]:
                continue  # a load heads the name ("Advisor load"); "Workload distribution" is no load
            if any(phrase + tackling in grams for tackling in self.classes["tackling"]):
                continue  # "Problem validation cycles", "Fraud detection": the work against it
            if phrase in _SPENDING and self._time_spent_staying(words, phrase):
                continue  # "Time spent online", "Time spent per exhibit": how long they stay, no money spent
            if phrase == ("age",) and all(words[i + 1:i + 2] == ["of"] and is_number((words + [""])[i + 2])
                                          for i, w in enumerate(words) if w == "age"):
                continue  # "Children fully immunised at the age of 18 months": the age of those served, no work aged
            if phrase == ("old",) and all(i + 1 < len(words) and (words[i + 1] in _PEOPLE or self._role((words[i + 1],)))
                                          for i, w in enumerate(words) if w == "old"):
                continue  # "Rides Provided to Older Adults": an age group served, no work grown old
            if self._names_those_served(words, phrase):
                continue  # "Domestic Violence Victims Served": who the people served are, not what is counted
            if words and 0 < _find_at(words, phrase) and words[_find_at(words, phrase) - 1] in _SINCE:
                continue  # "Employment Rate - 2nd Quarter After Exit": the event a span starts from, not what is counted
            if len(phrase) == 1 and phrase[0] in _TIMED and words and not any(
                    word == phrase[0] and _taken(words, i) and not _lasting_at(words, i, self.classes["stay_words"])
                    for i, word in enumerate(words)):
                continue
            return " ".join(phrase)
        for index, word in enumerate(words):
            if self._non(words, index):  # "Non-response rate", "Unfulfilled orders", "% inaccurate bills"
                return " ".join(words[index - 1:index + 1]) if words[index - 1:index] == ["non"] else word
        return None

    def _names_those_served(self, words, phrase) -> bool:
        """Is the bad phrase right before customers the name counts as served or helped ("Total
        Crime Victims Served", "Number of Domestic Violence Victims Served")? It says who they are;
        "Number of injured patients" counts the harm."""
        at = _find_at(words, phrase) if words else -1
        if at < 0:
            return False
        end = at + len(phrase)
        role = next((r for r in self._roles(words[end:]) if r[0] == 0 and r[2] == "customer"), None)
        return role is not None and not _SERVED_AFTER.isdisjoint(words[end + role[1]:end + role[1] + 2])

    def _against(self, grams) -> str | None:
        """A bad word followed by the work against it ("problem management", "fraud detection")."""
        found = sorted(p + t for p in grams & self.classes["worse"] for t in self.classes["tackling"]
                       if p + t in grams)
        return " ".join(found[0]) if found else None

    def _good(self, words, grams) -> str | None:
        """The first word of the name that is to be more, or a time a customer stays
        ("Average contract duration", "Time on page")."""
        for phrase in sorted(grams & self.classes["good"], key=lambda p: (-len(p), p)):
            at = [i for i in range(len(words)) if tuple(words[i:i + len(phrase)]) == phrase]
            if not words or any(not i or words[i - 1] != "non" for i in at):  # "non-completion" is no completion
                return " ".join(phrase)
        lasting = self.classes["stay_words"]
        for index, word in enumerate(words):
            if word in ("time", "duration", "length") and _lasting_at(words, index, lasting):
                spent = words[index + 1:index + 2] == ["spend"] and words[index + 2:index + 3] != []
                return " ".join(words[index - 1:index + 1] if index and (words[index - 1],) in lasting
                                else words[index:index + 3 + (spent and (words[index + 2],) not in lasting)])
        return None

    def _turn(self, words, term, facts, why, basis) -> None:
        """A measure whose direction is turned by the words governing it: negated ("Orders
        not dispatched within SLA", "Cases closed without resolution") it is the other way;
        a bad thing a span runs between, before or since ("miles between failures",
        "mileage before losses") makes the span the measure, and that is to be more."""
        start = _locate(words, term)
        if facts["better"] == "decrease":
            told = next((w for w in words[:start] if (w,) in self.classes["telling_words"]), None)
            if told is not None and _TIMED.isdisjoint(term):  # "Notifying customers about unplanned interruptions"
                facts["better"] = "increase"
                why["better"] = f"{basis} after '{told}': telling of it is to be more"
                return
            asset = words[start - 1] if start and term == ("turnover",) else None
            if asset is not None and (asset,) in self.classes["turned_over"]:
                facts["better"] = "increase"
                why["better"] = f"{basis} of '{asset}', no people's: stock turned over faster is better"
                return
            if asset is not None and (asset,) in self.classes["takings_at"]:
                facts["better"] = "increase"  # "Megastore turnover": the takings, no staff leaving
                why["better"] = f"{basis} of '{asset}', a place that sells or serves: its takings are to be more"
                return
        ahead = start - 1
        while ahead > 0 and words[ahead] in ("the", "a", "an"):
            ahead -= 1
        if ahead > 0 and (words[ahead] == "of" or (words[ahead] == "in" and (words[ahead - 1],) in self.classes["tackling"])) \
                and start - ahead <= 3:
            head = words[ahead - 1]  # "Comfort of waiting areas", "Accuracy of wait estimates", "Reduction in wait time"
            direction = "decrease" if self._is_worse(head) else "increase" if (head,) in self.classes["good"] or (
                facts["better"] == "decrease" and (head,) in self.classes["tackling"]) else None
            if direction is not None and direction != facts["better"]:
                facts["better"] = direction
                why["better"] = (f"{basis} after '{head} {words[ahead]}', its head: "
                                 f"{'less' if direction == 'decrease' else 'more'} is better")
                return
        if facts["better"] == "decrease":
            asked = next((i for i, w in enumerate(words[:start]) if w in _ASKED and words[i + 1:i + 2] in (["with"], ["that"])), None)
            if asked is not None:  # "Satisfaction with the approach to handling complaints": the survey heads
                facts["better"] = "increase"
                why["better"] = f"{basis} after '{words[asked]} {words[asked + 1]}': the answer is to be more"
                return
        if self._negate(words, term, facts, why, basis):
            return
        if facts["better"] != "decrease":
            return
        after = start + len(term)
        if after < len(words) and words[after] == "free":  # "Crash-free users", "Defect-free deliveries"
            facts["better"] = "increase"
            why["better"] = f"{basis} before 'free': what is free of it is to be more"
            return
        if after == len(words) - 1 and (words[after],) in self.classes["tackling"]:
            facts["better"] = "increase"  # "Problem management", "Debt management": the work against it
            why["better"] = f"{basis} before '{words[after]}', its head: the work against it is to be more"
            return
        undone = self._recovered(words, term)
        if undone:
            facts["better"] = "increase"
            why["better"] = f"{basis}, '{undone}': what is undone is to be more"
            return
        for index, word in enumerate(words[1:start], start=1):
            if word in _SPANS_FREE and any(self._is_worse(w) for w in words[index + 1:index + 3]):
                facts["better"] = "increase"
                why["better"] = f"{basis} after '{word}': the span free of it is to be more"
                return
            # the time until the bad thing itself ("Time to Churn", "Mean time to failure", "Days
            # until first defect"): a span free of it; not the time to undo it ("Time to resolve")
            if word in ("to", "until") and words[index - 1] in _SPAN_UNITS \
                    and index + 1 + (words[index + 1:index + 2] == ["first"]) == start \
                    and self._is_worse(term[-1]) and not any((w,) in self.classes["undo_words"] or (w,) in self.classes["handling"]
                                for w in words[start + len(term):]):
                facts["better"] = "increase"
                why["better"] = f"{basis} after '{words[index - 1]} {word}': the span before it is to be more"
                return

    def _head_after(self, words, term, facts, why, basis, plain=None) -> None:
        """The measure is only a modifier where a word that says which way is good follows it
        in one compound: its head ("Activation failure ratio", "Attendance exception rate",
        "Patient experience time", "Traffic collision incidents"). A growth of a bad thing is
        bad ("Backlog growth")."""
        start = _locate(words, term)
        end = start + len(term)
        if end > len(words) or tuple(words[start:end]) != term or term[-1] in _BREAK \
                or (term[-1],) in self.classes["undo_words"] or (term[-1],) in self.classes["handling"]:
            return  # a verb's object ("resolve issues")
        if not _PROMISE_WORDS.isdisjoint(term):
            # a promise's figure ("within target times") says nothing; a promise broken does
            # ("First response SLA violated tickets")
            if end < len(words) and self._is_worse(words[end]) and facts["better"] == "increase":
                facts["better"] = "decrease"
                why["better"] = f"{basis} before '{words[end]}': the promise broken, less is better"
            return
        if words[end:end + 2] == ["at", "risk"] and facts["better"] == "increase":
            # "MRR at risk", "Revenue at risk": the part of it that may be lost
            facts["better"] = "decrease"
            why["better"] = f"{basis} 'at risk': what may be lost of it, less is better"
            return
        compound = []
        for word in words[end:plain]:
            if word in _BREAK or word in _END or word in _SPANS_FREE or word in _NEGATORS or is_number(word):
                break
            compound.append(word)
        if compound[:1] in (["spend"], ["expenditure"]) and _TIMED.isdisjoint(words) \
                and self._role(term[-1:]) == "customer":
            return  # "Visitor spend", "Passenger expenditure": the customers' own money, their custom
        lasting = self.classes["stay_words"]
        for index in range(len(compound) - 1, -1, -1):
            word = compound[index]
            after = compound[:index + 1]
            # a time taken heads it ("Guest experience time"); a length is how long it is offered
            if word in ("time", "duration", "latency") and _taken(words, end + index) \
                    and not _lasting_at(words, end + index, lasting):
                direction = "decrease"
            elif self._is_worse(word) or self._non(words, end + index):  # "order non-completion rate"
                direction = "decrease"
            elif (word,) in self.classes["virtue"] and index == len(compound) - 1 \
                    and end + index == len(words) - 1:
                direction = "increase"  # "Lower Authority Appeals Quality": the quality of appeals
            elif facts["better"] == "decrease" and (word,) in self.classes["tackling"]:
                direction = "increase"  # "Fraud investigations", "Pressure ulcer prevention": work against it
            elif (word,) in self.classes["good"]:
                if facts["better"] == "decrease" and (term[-1],) in self.classes["failed_undo"]:
                    return  # "Missed Repair Appointments", "Failed appointments": the good thing is what failed
                direction = "increase"
            else:
                continue
            if direction != facts["better"]:
                facts["better"] = direction
                why["better"] = f"{basis} before '{' '.join(after)}', its head: " + (
                    "less is better" if direction == "decrease" else "more is better")
            return
        if term[-1:] in (("growth",), ("increase",), ("rise",)) and start and self._is_worse(words[start - 1]):
            facts["better"] = "decrease"
            why["better"] = f"{basis} of '{words[start - 1]}', a bad thing: its growth is to be less"

    def _negate(self, words, term, facts, why, basis) -> bool:
        """Turn the direction of a measure its clause negates ("Orders not dispatched within SLA"),
        or that a word before it says failed ("Rejected orders", "Unfulfilled orders",
        "Non-revenue water"): those are the failed ones, to be fewer."""
        start = _locate(words, term)
        negator = _governing(words, start, _NEGATORS)
        if negator is not None and not _inside((words[negator],), term):
            facts["better"] = "decrease" if facts["better"] == "increase" else "increase"
            why["better"] = f"{basis} after '{words[negator]}': the other way is good"
            return True
        before = words[start - 1] if 0 < start < len(words) else None
        if facts["better"] == "increase" and before is not None and not _inside((before,), term) and (
                before == "non" or (before,) in self.classes["failed_undo"] or self._negated(before)
                or before in _HELD and "within" not in term and words[max(0, start - 2)] != "be"):
            facts["better"] = "decrease"
            why["better"] = f"{basis} after '{before}': the failed ones, to be fewer"
            return True
        end = start + len(term)
        if facts["better"] == "increase" and end + 1 < len(words) and words[end] in ("not", "never") \
                and words[end + 1].isalpha() and not self._is_worse(words[end + 1]) \
                and (words[end + 1],) not in self.classes["failed_undo"]:
            # "Orders not delivered on the agreed date": the ones the work was not done for
            facts["better"] = "decrease"
            why["better"] = f"{basis} '{words[end]} {words[end + 1]}': what was not done is to be less"
            return True
        head = _head_before_qualifier(words, start)
        if facts["better"] == "increase" and head is not None and (self._non(words, head) or self._is_worse(words[head])):
            # "Non-responses at registration", "Substitution rate on online orders": the head before
            # the qualifier the term is in is what failed
            facts["better"] = "decrease"
            why["better"] = f"{basis} after '{' '.join(words[head:start])}': the failed ones, to be fewer"
            return True
        return False

    def _done_or_good(self, word) -> bool:
        """A word of work done or of a good result ("answered", "completion", "accurate",
        "fulfilled"): what a negating prefix turns into a failure."""
        stems = {word, self.lemmatise(word)}
        if word.endswith("ing") and len(word) > 6:
            stems |= {word[:-3], word[:-3] + "e"}  # "mishandling"
        return any((s,) in self.classes["good"] or (s,) in self.classes["handling"]
                   or (s,) in self.classes["delivered"] or s in self.done_after or s in _ANSWERED
                   or self._delivered_term(s) or self._good_term(s) for s in stems)

    def _good_term(self, word) -> bool:
        """Is the word, alone, a term of a measure that is to be more ("efficiency", "profit")?"""
        return any(self.groups[o].facts.get("better") == "increase" for o in self.by_term.get((word,), ()))

    def _delivered_term(self, word) -> bool:
        """Is the word a term of a measure of things delivered ("deploy", "release", "publish")?"""
        return any(self.groups[o].facts.get("kind") == "output" for o in self.by_term.get((word,), ()))

    def _negated(self, word) -> bool:
        """A word its prefix negates: "unanswered", "unfulfilled", "mishandling", "noncompliance";
        "in" only before a good result ("inaccurate", "incomplete"; not "intake", "inaction")."""
        for prefix in ("non", "un", "mis"):
            if word.startswith(prefix) and len(word) - len(prefix) >= 4 and self._done_or_good(word[len(prefix):]):
                return True
        stem = word[2:]
        return word.startswith(("in", "im")) and len(stem) >= 4 and (
            (stem,) in self.classes["good"] or (self.lemmatise(stem),) in self.classes["good"] or self._good_term(stem))

    def _non(self, words, index) -> bool:
        """Is the word at ``index`` a failure written with its negation: "non-completion",
        "non response", "unanswered"?"""
        word = words[index]
        return self._negated(word) or (index > 0 and words[index - 1] == "non" and self._done_or_good(word))

    def _is_worse(self, word) -> bool:
        return (word,) in self.classes["worse"] and word not in _TIMED

    def _polarity(self, grams, facts, why, words=()):
        """What nothing else reads may still say which way is good: failures, declines and
        losses are to be fewer, successes and approvals more. Both, or neither: unknown;
        except where a time taken heads the name ("Leave approval cycle time"): what is
        timed is only what it qualifies."""
        cut = _denominator(words, self.classes["per"])
        if cut < len(words) and not self._time_spent_staying(words, ("spend",)):  # "Time Spent per Exhibit"
            # a distance or a time per bad thing is a span free of it ("Miles per failure"); not
            # effort per bad thing ("Re-delivery attempts per failed delivery")
            over = self._worse(words[cut + 1:], _grams(words[cut + 1:], 3)) \
                if cut and words[cut - 1] in _SPAN_UNITS else None
            # what else it is divided by says nothing of its way ("CAPEX per net addition")
            words, grams = words[:cut], _grams(words[:cut], 4)
            if over and not self._worse(words, grams) and not self._good(words, grams):
                facts["better"] = "increase"
                why["better"] = f"name reads per '{over}': so much per bad thing is to be more"
                return
        worse = self._worse(words, grams)
        if worse and tuple(worse.split()) in _SPENDING and self._after_customer(words, tuple(worse.split())) \
                and _TIMED.isdisjoint(words):
            worse = None  # "Average customer spend": the customers' money, not their time: more is no worse
        good = self._good(words, grams)
        if worse and good and _inside(tuple(good.split()), tuple(worse.split())):
            good = None  # "false positive rate": the good word is part of the bad thing
        if worse == "more than" and good and _find(words, ("more", "than")) < _find(words, tuple(good.split())):
            good = None  # "more than 3 placements during the last year": so many is an excess
        undone = self._recovered(words) if worse else None
        if undone:
            facts["better"] = "increase"
            why["better"] = f"name reads '{worse}' '{undone}': what is undone is to be more"
        elif good and (worse and worse in _TIMED or not worse) and _timed(words, (), self.classes["stay_words"]):
            # "Leave approval cycle time", "days to approval", "Days to completion": the time until it
            facts["better"] = "decrease"
            timed = worse or next(w for w in words if w in _TIMED)
            why["better"] = f"name reads '{timed}', a time taken, of '{good}': the time is to be less"
        elif bool(worse) != bool(good):
            facts["better"] = "decrease" if worse else "increase"
            why["better"] = f"name reads '{worse or good}', which is to be {'less' if worse else 'more'}"
            self._turn(words, tuple((worse or good).split()), facts, why, f"name reads '{worse or good}'")
        elif not worse and not good and (against := self._against(grams)):
            facts["better"] = "increase"  # "Problem management", "Fraud detection": the work against it
            why["better"] = f"name reads '{against}', work against a bad thing: more is better"
        elif not worse and not good:
            # "Calls not answered first time", "Cases not updated in last 30 days": a count of
            # what was not done is of failures
            negated = next((i for i, w in enumerate(words[1:-1], start=1) if w in ("not", "never")
                            and words[i + 1].isalpha()), None)
            if negated is not None:
                facts["better"] = "decrease"
                why["better"] = f"name counts what was '{' '.join(words[negated:negated + 2])}': failures, to be fewer"

    def _given(self, name, words, grams, facts, why) -> None:
        """A service given or a thing secured, counted ("Number of publications distributed",
        "Gifts secured", "Tickets Replied", "Population Covered"): more given is better, where no
        word of the name is to be less and nothing negates it."""
        written = [t.lower() for t in tokens(name.split("(")[0])]
        given = next((w for i, w in enumerate(written) if i and w in self.given_after), None)
        if given is None:
            # "Percentage of population receiving mental health care", "% of eligible adults ... who have
            # received the flu vaccine": care received by those served is care given; not what the
            # service receives ("calls received", demand)
            given = next((w for i, w in enumerate(written) if w in ("received", "receiving")
                          and not _CARE_GIVEN.isdisjoint(written[max(0, i - 3):i + 5])), None)
        if given is None or self._worse(words, grams) or not _NEGATORS.isdisjoint(words):
            return
        facts["better"] = "increase"
        why["better"] = f"name counts what was '{given}': more given is better"

    def _answers_counted(self, name, grams, unit, term, facts, why) -> None:
        """The service's answers counted ("replies", "Replies per Day", "# replies given", "Number of
        CSAT Responses", "First Responses", "Tickets Replied", "Tickets first responded") are the work
        it did, or the surveys it got back: how many, not how soon, nor what customers felt. Read only
        where the name counts: the answer as a plural or a participle after a plural, with no share,
        rate, time, promise or customer in the name or its unit ("First response", "Reply Rate", "Replies
        To Resolve", "% of Responses to customers within two business days" stay as read); a measure
        read only where the name is that count (``term``: "First Responses", not "First Response Time")."""
        written = _written_words(name)
        # what it is counted per is its pace ("Replies per Day"), and a first answer is still an answer
        counted = {(self.lemmatise(w),) for i, w in enumerate(written)
                   if not (i and written[i - 1] == "per") and w != "first"}
        if unit or "%" in name or not counted.isdisjoint(_SHARE_OR_TIME) or ("within", "timescale") in grams \
                or not grams.isdisjoint(self.classes["customer"]) or not grams.isdisjoint(self.classes["promise"]):
            return
        at = next((i for i, w in enumerate(written) if w in _ANSWERS and _plural(w, 3)
                   or w in _ANSWERED_WRITTEN and i and any(_plural(v) for v in written[:i])), None)
        if at is None or written[at + 1:at + 2] == ["to"]:
            return
        if term is not None and (len(term) != len(written) or self.lemmatise(written[-1]) != term[-1]):
            return  # the measure is more than the count: "First response SLA violated tickets"
        shown = f"name counts '{written[at]}': the service's answers, how many, not what customers feel"
        for fact in ("experience", "access", "cross_functional"):
            if term is not None or facts[fact] is None:
                facts[fact] = False
                why[fact] = shown
        if facts["kind"] in (None, "outcome") and _SURVEYED.isdisjoint(self.expand(name)):
            # "replies", "Tickets Replied", "# replies given": answers written are the work done, counted;
            # not the surveys it got back ("NPS responses", "Responses received")
            facts["kind"] = "activity"
            why["kind"] = f"name counts '{written[at]}': the service's answers, effort spent"

    def _completion_of_work(self, words, facts, why) -> None:
        """The completions or the success of a piece of work, what it is named before them, shared,
        counted or timed ("RCA Completion Rate", "Patrol completion rate", "Task Completion Rates", "Unit
        completions", "Clinical Notes Completion Time", "Change Success Rate", "Backup success rate",
        "Search success rate"), are how much or how often the work gets done, the staff's or the
        system's, or the customers' own steps through a flow ("Application completion rate", "Checkout
        completion rate"), not a service customers feel. Not where what is completed is served to customers or is theirs (a
        call, a repair, a complaint, a patient: "Call completion ratio"), is held to a time ("On-window
        completion rate"), is not named ("Completion rate"), or is what something is per ("Contribution
        per legal completion")."""
        at = next((i for i, w in enumerate(words) if w in _WORK_DONE_WELL), None)
        if at is None or facts["experience"] is not None or any(
                (w,) not in self.classes["quantity"] for w in words[at + 1:]):
            return
        before = [w for w in words[:at] if (w,) not in self.classes["quantity"]]
        grams = _grams(before, 3)
        if not before or not all(w.isalpha() for w in before) or not self.classes["per"].isdisjoint(grams):
            return
        # customers' steps through a flow only as the share that gets through ("Application completion
        # time" may be the service's processing)
        flow = self._qualifier(grams, "cart", exclude=()) if not set(words[at + 1:]).isdisjoint(
            _SHARE_WORDS | {"rate", "ratio"}) and "time" not in words[at + 1:] else None
        if flow is None and (self._roles(before) or any(not grams.isdisjoint(self.classes[c]) for c in (
                "serve", "transactional", "customer_matter", "promise", "customer_signal"))
                or not _TIMED_WORK.isdisjoint(before)):
            return
        shown = f"name reads '{' '.join(before)} {words[at]}': " + (
            f"customers' own steps through their {flow}, not a service they feel" if flow
            else f"how {'much' if words[at] == 'completion' else 'often'} the work gets done, not a service customers "
                 "feel")
        for fact in ("experience", "cross_functional"):
            if facts[fact] is None:
                facts[fact] = False
                why[fact] = shown

    def _judged(self, name, words, facts, why) -> None:
        """A judgement written into the name ("% of patients who have good experience",
        "Patients who get better at bathing", "Proportion of good degrees"): read as written,
        since "goods" has the lemma "good" too."""
        written = set(tokens(name))
        good, bad = written & _GOOD_WRITTEN, written & _BAD_WRITTEN
        if bool(good) == bool(bad):
            return
        facts["better"] = "increase" if good else "decrease"
        shown = min(good or bad)
        why["better"] = f"name reads '{shown}', a judgement: {'more' if good else 'less'} is better"
        self._negate(words, (self.lemmatise(shown),), facts, why, f"name reads '{shown}'")

    def _not_about_customers(self, grams, facts, why, words=()):
        """A name with no word about customers, their service or their waits is no
        experience or access measure, and no relationship outcome."""
        if facts["experience"] is not None:
            return
        if not grams.isdisjoint(self.classes["how_well"]) and not grams.isdisjoint(self.classes["received"]):
            return  # "Delivery performance", "Website speed": how well what customers receive works, maybe felt
        reason = _NO_CUSTOMER_WORD
        if not grams.isdisjoint(self.classes["customer_signal"]):
            if not self._signal_names_the_counted(words, grams):
                return
            reason = "name counts customers, its words of service only say which: not what they feel"
        if not grams.isdisjoint(self.classes["customer"]) and not self._counted(grams):
            if not self._customers_only(words):
                return
            reason = "name names customers and no word of what they feel, their service or their wait"
        for fact in ("experience", "access", "cross_functional"):
            if facts[fact] is None:
                facts[fact] = False
                why[fact] = reason

    def _signal_names_the_counted(self, words, grams) -> bool:
        """Does every word about service in a count of customers only say which customers are counted
        ("Annual number of home library service users", "Number of unique service users involved in
        consultation groups"): right before the customers it qualifies, in a name that counts them?
        Then the name counts people, not what they feel ("service users who say ..." is a survey, no count)."""
        if not self._counted(grams):
            return False
        roles = [r for r in self._roles(words) if r[2] == "customer"]
        if not roles:
            return False
        qualifying = {i for r in roles for i in range(r[0] - 1, r[1]) if i >= 0}
        return all(i in qualifying for i, w in enumerate(words) if (w,) in self.classes["customer_signal"]) \
            and not any(len(p) > 1 for p in grams & self.classes["customer_signal"])

    def _stated_loyalty(self, words, facts, why) -> None:
        """'Likelihood to Return', 'Willingness to Refer', 'Intent to renew': what customers say they
        will do next is the relationship, as 'likelihood to recommend' is; staff's ('Employee
        intention to stay') is theirs."""
        if any(kind != "customer" for _, _, kind, _ in self._roles(words)):
            return
        for at in range(len(words) - 2):
            if words[at] in _INTENT and words[at + 1] == "to" and words[at + 2] in _LOYAL_ACTS:
                said = " ".join(words[at:at + 3])
                for fact, value in (("kind", "outcome"), ("experience", True), ("access", False),
                                    ("better", "increase"), ("cross_functional", True), ("demand", False)):
                    if facts[fact] is None:
                        facts[fact] = value
                        why[fact] = f"name reads '{said}': what customers say they will do, the relationship"
                return

    def _customers_only(self, words) -> bool:
        """'Daily New Patients', 'Unique Listeners', 'Donor Acquisition Rate': where no measure is
        read, customers with no word about what they feel, their service or their wait (the
        caller has found none) are whose figure it is, not what it measures."""
        roles = self._roles(words)
        return bool(roles) and all(kind == "customer" for _, _, kind, _ in roles)

    def _heads(self, words, term) -> bool:
        """Is the term the head of the name: not after per, and followed by nothing but its tail?"""
        start = _find(words, term)
        if start > 0 and (words[start - 1],) in self.classes["per"]:
            return False
        following = words[start + len(term):]
        # "Salaries as a percentage of income": what follows is the base it is divided by
        return not following or following[0] in _TAIL or is_number(following[0]) \
            or _base_start(words) == start + len(term)

    def _has(self, grams, condition) -> bool:
        if condition[:1] == ("@",):
            return not grams.isdisjoint(self.classes[condition[1]])
        return condition in grams

    def _matches(self, grams, condition) -> list:
        """The phrases of the name that meet a condition, longest first."""
        found = grams & self.classes[condition[1]] if condition[:1] == ("@",) else grams & {condition}
        return sorted(found, key=lambda p: (-len(p), p))

    def _qualifier(self, grams, name: str, exclude: tuple) -> str | None:
        for phrase in sorted(grams & self.classes[name], key=lambda p: (-len(p), p)):
            if not _inside(phrase, exclude):
                return " ".join(phrase)
        return None

    def _role(self, phrase: tuple) -> str | None:
        """Whose side a role is on: the lexicon's roles, and any other word that names an
        occupation (WordNet's, data/occupations.txt.gz): "per cleaner", "collector turnover"."""
        kind = self.roles.get(phrase)
        if kind is None and len(phrase) == 1 and phrase[0] not in self.known and _is_occupation(phrase[0]):
            return "staff"
        return kind

    def _roles(self, words) -> list[tuple[int, int, str, str]]:
        """(start, end, kind, phrase) of each person role, longest match first, left to right."""
        found, index = [], 0
        while index < len(words):
            for size in range(min(self.role_longest, len(words) - index), 0, -1):
                phrase = tuple(words[index:index + size])
                kind = self._role(phrase)
                shown, first = " ".join(phrase), index
                if kind == "customer" and index and words[index - 1] in _INSIDE:
                    # "internal users", "internal customers": colleagues served, not customers
                    kind, shown, first = "staff", f"{words[index - 1]} {shown}", index - 1
                if kind:
                    found.append((first, index + size, kind, shown))
                    index += size
                    break
            else:
                index += 1
        return found

    def _whose(self, words, grams, term, group, owners, facts, why, basis):
        start = _find(words, term)
        roles = [r for r in self._roles(words) if not (start <= r[0] < start + len(term))]
        before = [r for r in roles if r[1] <= start]
        # after the measure only as its object: "retention of staff", "satisfaction among nurses"
        after = [r for r in roles if r[0] >= start + len(term) and r[0] > 0 and self._object_of(words, r[0], start + len(term))]
        if "rating" in term:
            after = []  # "Rating of specialist": who is rated, by those served, not whose rating it is
        # who answers a survey is whose measure it is: "Patients who reported that their nurses..."
        answering = [r for r in roles if r[1] < len(words) and words[r[1]] in ("who", "that")]
        role = answering[0] if answering else before[-1] if before else (after[0] if after else None)
        named = next((r for r in self._roles(list(term)) if r[2] == "customer"), None)
        if named is not None and not answering and not before:
            # the measure names its customers ("Patient experience with staff introductions",
            # "Customer satisfaction with advisors"): whoever follows is what they judge
            role = (start + named[0], start + named[1], "customer", named[3])
        kind, reason = (role[2], f"'{role[3]}'") if role else (None, None)
        if named is not None and start and words[start - 1] in _INSIDE:
            kind, reason = "staff", f"'{words[start - 1]} {named[3]}'"  # "Internal customer satisfaction"
        if kind is None:
            # no role, but the staff's own trade: "Technical competency areas with a sentiment
            # of at least 2", "Training satisfaction" are the staff's
            # ... but what follows "satisfaction with" is what is judged ("satisfaction with our training")
            judged = next((i for i in range(start + len(term), min(start + len(term) + 2, len(words)))
                           if words[i] == "with"), len(words))
            met = _longest(c for c in grams & self.staff_trade if not _inside(c, term) and _find(words, c) < judged)
            if met is not None and grams.isdisjoint(self.classes["customer"]):
                kind, reason = "staff", f"'{' '.join(met)}'"
        # a people team's plain "customers" are the colleagues it serves ("Customer satisfaction
        # scores" of HR shared services); a public it names (patients, students) stays the public
        plain_customers = kind == "customer" and role[3] in _PLAIN_CUSTOMERS
        people = self._people_owner(owners) if kind is None or plain_customers else None
        if people is not None:
            kind, reason = "staff", f"its goals are owned by '{people}', a people team"
        if kind in ("staff", "partner"):
            whom = "staff's" if kind == "staff" else "a partner's"
            _not_customers(facts, why, f"{basis} of {reason}: {whom}, not customers'")
            return
        if kind is None and term in group.ambiguous and self._leaving_unnamed(words, grams, term, facts, why, basis):
            return
        if kind is None and term in group.ambiguous and self._leaving_from_the_book(words, term, why, basis):
            return
        if kind is None and term in group.ambiguous:
            for fact in ("experience", "cross_functional"):
                if group.facts.get(fact) is not False:  # what is no one's relationship outcome stays not
                    facts[fact] = None
                    why.pop(fact, None)
            after = start + len(term)
            if len(term) == 1 and term[0] in _DONE_HEADS and facts["better"] == "decrease" \
                    and start and (words[start - 1],) in self.classes["serve"] \
                    and (words[start - 1],) not in self.classes["customer"] \
                    and words[after:after + 1] != ["of"] and not any(
                        w in _TIMED | {"month"} and _taken(words, i) and not (i and is_number(words[i - 1]))
                        for i, w in enumerate(words)):
                # "Work Order Closure Rate", "Change Request Closure Ratio": no one's leaving but work
                # served, closed ("Branch closures", "Closure of service" are what closes; "Corrective
                # action closure (days)" the time it takes; a "30-Day" window is no time taken)
                facts["better"] = "increase"
                why["better"] = f"{basis} of no customers: work closed, more is better"
            return
        if kind == "customer" and reason:
            for fact in ("experience", "cross_functional"):
                if fact in why:
                    why[fact] = f"{basis} of {reason}"

    @staticmethod
    def _leaving_from_the_book(words, term, why, basis) -> bool:
        """An attrition or a turnover counted against the customers' book ("Account attrition",
        "Logo turnover", "revenue attrition", "ARR attrition") is customers leaving: only customers
        hold accounts and pay the revenue. Not a turnover of revenue, which is the takings, nor of
        the organisation's own ledgers ("Accounts Receivable Turnover")."""
        book = next((w for i, w in enumerate(words) if (w in _BOOKS or (term == ("attrition",) and w in _PAID_BOOK))
                     and words[i + 1:i + 2] not in (["receivable"], ["payable"])), None)
        if book is None or term not in _UNNAMED_LEAVING | {("attrition",)}:
            return False
        for fact in ("experience", "cross_functional"):
            why[fact] = f"{basis} of '{book}', the customers' book: customers leaving"
        return True

    def _leaving_unnamed(self, words, grams, term, facts, why, basis) -> bool:
        """A turnover no one is named in ("turnover rate", "Turnover by grade", "Inventory turnover",
        "Megastore turnover", "Room turnover time") is the staff's, a stock's, a room's or the takings:
        customers leaving are named when they are meant ("Tenant turnover rate", "Customer turnover"),
        or their book is ("Account turnover", "Logo turnover"). An attrition or a closure with no one
        named stays anyone's ("Attrition": customers' or staff's; "Work order closure rate")."""
        if term not in _UNNAMED_LEAVING or not grams.isdisjoint(self.classes["customer"]) \
                or not _BOOKS.isdisjoint(words):
            return False
        reason = f"{basis}, no one named who leaves: staff's, a stock's or the takings, not customers'"
        for fact in ("experience", "cross_functional"):
            facts[fact] = False
            why[fact] = reason
        return True

    @staticmethod
    def _object_of(words, at, after) -> bool:
        """Is the role at ``at`` what "of" / "among" ... takes, right after it or past a few words
        that qualify it ("satisfaction of our platforms' internal users")?"""
        for back in range(at - 1, max(after, at - 4) - 1, -1):
            if words[back] in _OF:
                # "of our ...", "of the ...": what follows is one noun phrase; without one ("ease of
                # contacting supplier") the role may be the object of another word
                return back == at - 1 or words[back + 1] in _PHRASE_OPENERS
            if words[back] in _BREAK or not words[back].isalpha():
                return False
        return False

    def _desk_figure(self, words, term, facts, why, basis):
        """A contact-centre role heading a service measure ("Agent first response time")
        names whose figure it is: one person's, an activity, not what customers feel."""
        start = _find(words, term)
        role = next((phrase for size in (3, 2, 1) if size <= start
                     for phrase in [tuple(words[:size])] if phrase in self.classes["desk"]), None)
        if role is None:
            return
        reason = f"{basis} of '{' '.join(role)}', one person's figure"
        if facts["kind"] != "cost":
            facts["kind"] = "activity"
            why["kind"] = reason
        _not_customers(facts, why, reason)

    def _possessed_by(self, words, term, facts, why, basis):
        """A person's role right before a service measure no customer is named in is whose figure it
        is: "Reviewer turnaround time", "Editor response rate" are a reviewer's or an editor's work, not
        what customers feel. Not those who give customers the service itself, whose response is the
        service's ("Nurse response time", "median provider response time"); a contact-centre role at
        the start is one person's figure already (_desk_figure)."""
        start = _find(words, term)
        role = next((r for r in self._roles(words[:start]) if r[1] == start), None)
        if role is None or role[2] == "customer" or tuple(role[3].split()) in self.classes["front_line"] \
                or role[3] in _SERVING or any(_inside(m, term) for m in self.classes["manner"]):
            return  # "Staff courtesy", "Find the receptionists helpful": the staff are whom customers judge
        _not_customers(facts, why, f"{basis} of '{role[3]}', whose figure it is: not customers'")

    def _out_of_the_wait(self, words, term, facts, why, basis):
        """What is counted coming out of a wait ("Admissions and other removals from waiting lists",
        "admissions from elective surgery waiting lists") is people served from it, a thing delivered,
        not their wait; a time from it ("Two week wait from urgent GP referral") is still the wait."""
        start = _find(words, term)
        source = next((i for i in range(start - 1, max(-1, start - 4), -1) if words[i] == "from"), None)
        if source is None or not source or any(w in _TIMED or w in _BREAK and w != "and" or not w.isalpha()
                                               or w in ("wait", "waiting") for w in words[:source]):
            return
        shown = f"{basis} after '{' '.join(words[:source])} from': served out of the wait, a thing delivered"
        facts["kind"], facts["better"] = "output", "increase"
        why["kind"] = why["better"] = shown
        for fact in ("experience", "access"):
            facts[fact] = False
            why[fact] = shown

    def _done_by_customers(self, words, term, facts, why, basis):
        """A promise kept by customers themselves ("Percentage of payments made by customers on time",
        "Forms returned by applicants within 10 days") is what they do, as a no-show is, not a service
        given them: no experience of theirs. Customers after the promise ("date specified by customer")
        say whose date it is, not who acts; work done after theirs ("Complaints raised by customers resolved
        within 10 days") is the service's."""
        if not set(term) <= _BARE_PROMISE:
            return  # "resolve within", "deliver within": the term names the service's own act
        start = _find(words, term)
        # the doer right before the promise: "Complaints raised by customers resolved within 10 days" is resolved
        doer = next((r for r in self._roles(words[:start]) if r[2] == "customer" and r[0] and words[r[0] - 1] == "by"
                     and r[1] == start), None)
        if doer is None and start and words[start - 1] in _CUSTOMERS_SEND:
            # "Percentage of returns filed on time": filing, lodging and submitting are the customers' acts
            doer = (start - 1, start, "customer", f"whoever {words[start - 1]}s")
        if doer is None:
            return
        facts["experience"] = False
        why["experience"] = f"{basis}, done by '{doer[3]}': what customers do, not a service they are given"

    def _empty_home_waits(self, name, words, term, facts, why, basis):
        """'Average GN Void Turnaround Time', 'properties being empty and / or waiting to be re-let': a
        wait or a turnaround of an empty home (a void, vacant, waiting to be re-let) is the home's, the
        landlord's lost rent, not a customer's wait ('Average Relet Time (days)' is read so already)."""
        if set(term).isdisjoint(_WAIT_WORDS) or not _BARE_PROMISE.isdisjoint(set(term) - {"time", "day"}) \
                or any(r[2] == "customer" and r[3] not in _PLACES for r in self._roles(words)):
            return  # "Average wait for re-let applicants": the applicants' wait; "... on time": a promise
        written = [t.lower() for t in tokens(name)]
        empty = next((w for w in written if w in _EMPTY_HOME), None) \
            or next(("re-let" for a, b in zip(written, written[1:]) if (a, b) == ("re", "let")), None)
        if empty is None or empty in ("empty", "vacant") and _DWELLINGS.isdisjoint(words):
            return  # "Vacant shifts wait time": empty of staff, no home
        _not_customers(facts, why, f"{basis} of a home '{empty}': the empty home's wait, the landlord's, not a "
                                   "customer's")

    def _connected_to_staff(self, words, reading) -> None:
        """'Average number of seconds it took customers to be connected to an operator', 'Callers
        connected to an advisor': those who ring reaching a person is the wait to reach service (a
        sales team's own connects, 'Connect rate', name no one reached)."""
        at = next((i for i, w in enumerate(words[:-2]) if w == "connect" and words[i + 1] == "to"), None)
        if at is None:
            return
        following = [w for w in words[at + 2:at + 6] if w not in ("a", "an", "the")]
        role = next((r for r in self._roles(following) if r[0] <= 1 and r[2] == "staff"), None)  # "a live agent"
        if role is None:
            return
        facts, why = reading.facts, reading.why
        # "within 60 seconds" is the share kept to a promise; "seconds it took" the time itself
        timed = "within" not in words and (not _TIMED.isdisjoint(words)
                                           or not {"time", "second", "minute", "take", "long"}.isdisjoint(words))
        shown = f"name reads 'connect to {role[3]}': those who ring reaching a person, their wait to reach service"
        for fact, value in (("kind", "outcome"), ("experience", True), ("access", True),
                            ("better", "decrease" if timed else "increase"), ("cross_functional", False),
                            ("demand", False)):
            facts[fact], why[fact] = value, shown
        facts["cheap"] = None
        why.pop("cheap", None)

    def _no_way_to_reach(self, words, reading) -> None:
        """A name with no word a measure of reaching service is written with (hours, channels,
        staffing, waits, an answer, a service level, availability) is no access measure, whatever
        else about it is unknown: rules.md's access list is closed, and its words are few."""
        if reading.facts["access"] is not None or not _grams(words, 3).isdisjoint(self.classes["access_signal"]):
            return
        reading.facts["access"] = False
        reading.why["access"] = "no word of reaching service (hours, channels, staffing, waits, an answer, " \
                                "a service level, availability) in the name"

    def _goods_on_time(self, words, grams, facts, why, basis) -> None:
        """Goods kept on time, or timed on their way, with no one named to receive them ("On-Time
        Delivery (OTD)", "OTIF", "On-time Shipment Rate", "Delivery time") are a supplier's punctuality
        to the business as often as the business's to its customers: whose experience it is stays
        unknown. Named, it is theirs:
        "Orders delivered on time or early", "On-time letter delivery", "customer on-time delivery"."""
        moved = _longest(grams & self.classes["goods_moved"])
        if moved is None or not grams.isdisjoint(self.classes["sent_to_customers"]) \
                or any(r[2] == "customer" for r in self._roles(words)):
            return
        facts["experience"] = None
        why["experience"] = f"{basis} of '{' '.join(moved)}', goods on their way with no one named to receive " \
                            "them: a supplier's delivery or the business's, whose experience it is unknown"

    def _faults_counted(self, grams, words, facts, why, basis) -> None:
        """Faults counted ("Fault Rate", "Number of faults per channel", "Fault rate per access line")
        are the quality of a network or an asset: whether customers met them the name does not say.
        Their repair, their clearing or the time they take is what customers wait for ("Fault
        repair by next working day", "Average time from fault report to fault clear")."""
        if not grams.isdisjoint(self.classes["fault_mended"]) or any(r[2] == "customer" for r in self._roles(words)):
            return
        facts["experience"] = None
        why["experience"] = f"{basis}, faults counted, not their repair or its wait: whether customers met " \
                            "them is unknown"

    @staticmethod
    def _cancelled_with_no_shows(words, facts, why, basis):
        """'No-show and cancellation rates', 'No-Show + Late Cancel Rate': cancellations counted with the
        customers' no-shows are theirs too, appointments they cancel (lost capacity, as a no-show is), not
        a service cancelled on them; a journey cancelled ('Flight cancellations and no-shows') stays."""
        shows = any(a == "no" and b == "show" for a, b in zip(words, words[1:]))
        if not shows or not _SERVICE_LATE.isdisjoint(words) or "cancelled" in words:
            return
        _not_customers(facts, why, f"{basis} with 'no show': the customers' own cancellations, as their no-shows "
                                   "are, not a service cancelled on them")

    def _internal_thing(self, words, grams, term, facts, why, basis):
        """What the measure is of, said to be the organisation's own ("Percent of internal mail
        delivered on time", "time to complete a work order with internal resources"), is a service
        inside it, no customer's, where no customer is named. "Internal sewer flooding" says where
        the flooding is: "internal" qualifies the measure itself."""
        start = _find(words, term)
        inside = next((i for i, w in enumerate(words) if w in _INSIDE and i + 1 < len(words)
                       and i + 1 != start and words[i + 1].isalpha() and not start <= i < start + len(term)), None)
        if inside is None or not grams.isdisjoint(self.classes["customer"]):
            return
        _not_customers(facts, why, f"{basis} of '{words[inside]} {words[inside + 1]}', the organisation's own")

    def _relationship_named(self, words, term) -> bool:
        """Is the measure of the whole relationship though it names what it is "with" ("Overall
        satisfaction with service", "satisfaction with our brand")? How it was asked ("... via annual
        telephone survey") does not make one thing ("drinking water") the relationship."""
        start = _find(words, term) + len(term) + 1
        end = next((i for i in range(start, len(words)) if words[i] in _HOW_ASKED), len(words))
        # in the measure or before it a relationship word qualifies it ("Overall satisfaction with service")
        return any(phrase in self.classes["relationship"]
                   for phrase in _grams(words[:start - 1], 2) | _grams(words[start:end], 2))

    def _answered_in_time(self, words, grams, facts, why, basis) -> None:
        """A promise kept on the first touch ("Calls answered within 30 seconds", "Patients seen on
        time", "Emergency response in 8 minutes") is a service level: how easily customers reach
        service (rules.md's access), not only what they feel. A promise on what is done after
        ("Repairs completed on time") or on what customers write in ("Complaints responded to
        within 10 days", "Forms replied to in 7 days") is not."""
        if not (("within", "timescale") in grams or not grams.isdisjoint(self.classes["promise"])):
            return
        touch = next((w for w in words if w in _REACHED), None) or self._call_handled_in_seconds(words) \
            or self._care_within(words, grams)
        if touch is None or not grams.isdisjoint(self.classes["customer_matter"]) or not _WRITTEN_IN.isdisjoint(words):
            return
        if touch == "arrive" and ("within", "timescale") not in grams:
            return  # "Flight Operations Arriving On Time": a journey's punctuality, no limit to reach service in
        facts["access"] = True
        why["access"] = f"{basis}, '{touch}' within a promise: a service level, how easily customers reach service"

    def _care_within(self, words, grams) -> str | None:
        """'Cancer: treatment started within 62 days of urgent GP referral', 'offered an appointment dated
        within 3 weeks', 'surgery within recommended time': care begun (a treatment, a surgery, an
        appointment) within a limit is the first touch of care, the wait for it kept to; an appointment
        kept 'on time', with no limit, is punctuality ('Scheduled Appointments Met on Time'). Not care
        failed ('Appointments cancelled within 24 hours', 'Missed appointments'), work done on it after
        ('Treatment plans completed within 30 days'), nor staff's ('Staff appointments made within 4 weeks')."""
        if ("within", "timescale") not in grams or not _LATER_ACTS.isdisjoint(words) \
                or any((w,) in self.classes["failed_undo"] or w.startswith("cancel") for w in words) \
                or not grams.isdisjoint(self.staff_trade):
            return None
        at = next((i for i, w in enumerate(words) if w in _CARE_BEGUN), None)
        if at is None or any(r[1] == at and (r[2] == "partner" or r[3] in _COUNTED_STAFF | _COLLECTIVE_STAFF)
                             for r in self._roles(words[:at])):
            return None  # "Staff appointments made within 4 weeks": the staff's own; a nurse's or a GP's are the patients'
        return words[at]

    @staticmethod
    def _call_handled_in_seconds(words) -> str | None:
        """'% life risk and property emergency calls handled within 90 seconds', '% of Calls Handled within
        20 seconds', 'We will pick up webchat enquiries within 90 seconds': a call or a chat handled or
        picked up within seconds or minutes is answered in them, the first touch (only the answer is
        timed so short); post or requests handled within days are not."""
        picked = any(a == "pick" and b == "up" for a, b in zip(words, words[1:]))
        if not (_CALLING | _CHATTING).intersection(words) or ("handle" not in words and not picked):
            return None
        return next(("pick up" if picked else "handle" for i, w in enumerate(words[:-2])
                     if w == "within" and is_number(words[i + 1])
                     and words[i + 2] in ("second", "minute", "sec", "min")), None)

    def _internal_service(self, grams, facts, why, basis, owners=()):
        """A wait or an SLA of a service to staff ("Average age of closed cases for HR total
        rewards", "Interviewer feedback SLA") is no customer's, unless a customer is named."""
        # a supplier's punctuality ("On-time supplier receipts") is the partner's, too
        # "Cases resolved within 5 days" of an HR shared service are the staff's too
        inside = (self._qualifier(grams, "internal", exclude=()) or self._qualifier(grams, "partner", exclude=())
                  or self._people_owner(owners, ("people_department",) if not grams.isdisjoint(
                      self.classes["customer_matter"]) else ("people_department", "back_office")))
        if inside is None or not grams.isdisjoint(self.classes["customer"]):
            return
        _not_customers(facts, why, f"{basis} of '{inside}', a service to staff or a partner's")

    def _staffing_ratio(self, words, facts, why) -> None:
        """A ratio with staff on one side ('nurse-to-patient ratios', 'Manager to customer support rep
        ratio', 'Student Supports Ratios – Counselors') is how many staff there are to whom they serve or
        to other staff: a staffing level, not what customers feel (rules.md's experience list holds no
        staffing). A ratio of customers alone ('Ratio of active depositor to dormant depositor') or of
        things is not one."""
        if "ratio" not in words:
            return
        staff = next((r for r in self._roles(words) if r[2] == "staff"), None)
        if staff is None:
            return
        if facts["experience"] is None:
            facts["experience"] = False
            why["experience"] = f"name reads 'ratio' with '{staff[3]}': a staffing level, not what customers feel"
        # "nurse-to-patient ratios", "Staff-to-Dog Ratio": staff first, to those or what they look after, is
        # how many staff there are for each: the staffing level, a cost by rules.md ("to staff" is per person)
        at = staff[1]
        self._staff_for_the_workforce(words, staff, facts, why)
        end = next((i for i in range(at + 2, min(at + 5, len(words))) if words[i] == "ratio"), None)
        if facts["kind"] not in (None, "outcome") or words[at:at + 1] != ["to"] or end is None:
            return
        served = self._roles(words[at + 1:end])
        if any(r[2] != "customer" for r in served):
            return  # "Manager to customer support rep ratio": staff to staff, a span of control
        facts["kind"] = "cost"
        why["kind"] = f"name reads '{staff[3]} to {' '.join(words[at + 1:end])}' ratio: staff for each, a staffing level"
        if served and facts["better"] != "increase" or served and not facts["access"]:
            # staff for each patient or customer: the staffing of the service they get, more is better for them
            facts["access"], facts["better"] = True, "increase"
            why["access"] = why["better"] = why["kind"] + ", the service's staffing: more is better for them"

    def _staff_for_the_workforce(self, words, staff, facts, why) -> None:
        """'HR Staff-to-Employee Ratio', 'HR staff/FTE ratios', 'Manager to customer support rep ratio':
        staff of one kind to the workforce as a whole (employees, FTEs, staff, reps, agents) is how many
        of them it takes for each worker, the staffing level of an overhead: a cost, less is better. Not
        staff to a role of its own ('Staff to manager ratio', 'Technician to Service Advisor Ratio': a span
        of control), nor volunteers ('Volunteer-to-staff ratio': no pay)."""
        at = staff[1]
        end = next((i for i in range(at + 2, min(at + 6, len(words))) if words[i] == "ratio"), None)
        if end is None or words[at:at + 1] not in (["to"], ["/"]) or staff[3] in ("volunteer", "volunteers"):
            return
        served = self._roles(words[at + 1:end])
        if not served or served[-1][2] != "staff" or served[-1][1] != end - at - 1 \
                or served[-1][3] not in _WORKFORCE:
            return
        facts["better"] = "decrease"
        why["better"] = f"name reads '{staff[3]} {words[at]} {served[-1][3]}' ratio: how many {staff[3]} there are " \
                        "for each worker, the staffing level of an overhead: less is better"

    def _owned_inside(self, grams, owners, facts, why) -> None:
        """A name no measure reads, owned only by teams that serve the organisation itself (a people
        team, a back office: HR, accounts payable, a SOC), with no customer named, is theirs, whatever
        words of service it has ("Tier Zero Resolution" of HR, "Percentage Of Late Payments" of accounts
        payable, "Alert Backlog Age" of a SOC): no customer experience, access or relationship outcome."""
        inside = self._people_owner(owners, ("people_department", "back_office"))
        if inside is None or facts["experience"] is not None or not grams.isdisjoint(self.classes["customer"]):
            return
        for fact in ("experience", "access", "cross_functional"):
            if facts[fact] is None:
                facts[fact] = False
                why[fact] = f"its goals are owned by '{inside}', a team serving the organisation itself, and no " \
                            "customer is named: not customers'"

    def _people_owner(self, owners, teams=("people_department",)) -> str | None:
        """The first owner's name where every department whose goals use the metric is a
        people team (or one of the other ``teams`` classes: a back office). A department the
        goals file declares customer-facing serves customers whatever its name ("Finance", Los
        Angeles' Office of Finance answering taxpayers' calls)."""
        people = [name for name, facing in owners if not facing and self._is_team_of(name, teams)]
        return people[0] if people and len(people) == len(owners) else None

    def is_people_team(self, name: str) -> bool:
        return self._is_team_of(name, ("people_department",))

    def is_front_line_team(self, name: str) -> bool:
        return self._is_team_of(name, ("front_line_team",))

    def _is_team_of(self, name: str, teams) -> bool:
        grams = _grams([self.lemmatise(t) for t in tokens(name)], 3)
        return any(not grams.isdisjoint(self.classes[team]) for team in teams)

    def _people_who(self, words) -> str | None:
        """The role a name counts when it opens with people and a clause on them ("Reps who have
        organized ...", "Number of volunteers who ..."), or None."""
        start = 2 if words[:2] == ["number", "of"] else 0
        roles = [r for r in self._roles(words) if r[0] == start]
        if roles and roles[0][1] < len(words) and words[roles[0][1]] == "who":
            return roles[0][3]
        return None

    def _per_person(self, words, grams, facts, why, plain=None, name=None, term=()):
        """'per / each / by / "/" <person role>' makes any measure an activity. ``plain``:
        how many words come before a bracket; what follows it is a remark ("per adjuster
        (auto)"), not what the role qualifies."""
        per = self.classes["per"]
        time_units = self.classes["time_unit"]
        agents = iter(_by_agents(name)) if name is not None else None
        for index, word in enumerate(words):
            if word == "by" and agents is not None and next(agents, False):
                continue  # "answered by a human operator": who did it, not what it is divided by
            # "Tickets-to-agent ratio": tickets per agent, the ratio's second term is per; so are
            # customers to staff ("Patient-to-Nurse Ratio", "Student-to-Faculty Ratio": patients per
            # nurse, a load on each); staff to staff ("Manager to rep") is a span of control, a
            # staffing level, not one person's effort
            ratio = word == "to" and index > 0 and "ratio" in words[index + 2:index + 5] \
                and not any(tuple(words[i:index]) in self.roles and self.roles[tuple(words[i:index])] != "customer"
                            for i in range(max(0, index - 3), index))
            if (word,) not in per and not ratio:
                continue
            if word == "/" and index and (self._role((words[index - 1],)) or words[index - 1] in _GROUPS):
                continue  # "cross team/crew", "agent/advisor": one or the other, not one per the other
            group = []
            for following in words[index + 1:plain if plain is not None and index < plain else None]:
                if following in _BREAK:
                    break
                group.append(following)
            if word != "by":  # "accounted for by consumer and carer workers": who, not what it is per
                group = self._joined_role(words, index + 1 + len(group), group,
                                          plain if plain is not None and index < plain else None)
            if ratio:
                group = group[:group.index("ratio")] if "ratio" in group else []
            if len(group) >= 2 and ((group[-1],) in time_units and not _PAID_TIME.isdisjoint(group[:-1])
                                    or group[-1] == "unit" and group[-2] in _WORK_HOURS):
                # "per person-hour", "per labour hour", "Stops per paid hour", "rides per online hour",
                # "per Arable Labour Unit": staff time, what a worker is paid or logged on for
                group = ["worker"]
            while group and ((group[-1],) in time_units or is_number(group[-1])):
                group.pop()
            # "per 100 employees", "per 1,000 staff": a rate among the staff (an incidence), not what each does
            among = bool(group) and is_number(group[0]) and group[0] not in ("1", "one")
            while group and is_number(group[0]):
                group.pop(0)
            if not group:
                continue
            # the role heads its words ("per application engineer"); a role that only
            # qualifies the head is no person ("per teller transaction" is per transaction)
            head = next((tuple(group[-size:]) for size in range(min(3, len(group)), 0, -1)
                         if self._role(tuple(group[-size:]))), None)
            if head is None or self._role(head) != "staff":
                continue
            shown = f"{word} {' '.join(group)}"
            if among and facts["kind"] != "cost":  # calls or overtime per 100 agents: still each one's load
                _not_customers(facts, why, f"name reads '{word} {words[index + 1]} {' '.join(group)}', a rate "
                                          "among staff: theirs, not customers'")
                return
            if facts["kind"] == "cost":  # calls per agent: productivity, not demand to serve
                facts["better"] = facts["cheap"] = None
                why.pop("better", None)
                why.pop("cheap", None)
                self._counted_per_head(words, index, term, shown, facts, why)
            elif ratio or not grams.isdisjoint({("caseload",), ("case", "load"), ("workload",)}):
                # "Patient-to-nurse ratio", "caseload per social worker": a load on each person
                facts["better"] = "decrease"
                why["better"] = f"name reads '{shown}', a load on each person: less is better"
            elif facts["better"] is None:  # the business's direction: more done per person
                facts["better"], remark = self._less_if_worse(grams, "increase", words)
                why["better"] = f"name reads '{shown}', a count per person" + (remark or ", and more done is better")
            facts["kind"] = "activity"
            facts["cross_functional"] = facts["demand"] = facts["access"] = False
            why["kind"] = f"name reads '{shown}', a count per person"
            why["cross_functional"] = why["access"] = why["kind"]
            # the measure read inside the denominator ("Closed Cases per Case Advocacy FTE": the advocacy
            # is the team's name) says nothing of what is counted
            inside = bool(term) and _find(words, term) > index
            if facts["experience"] is None or (facts["experience"] and inside):
                facts["experience"] = False
                why["experience"] = why["kind"]
            return

    def _counted_per_head(self, words, at, term, shown, facts, why) -> None:
        """'Members Per Employee (FTE)', 'Number of invoices per finance FTE', 'Number of Teller
        Transactions per Teller FTE': the cost read is the staff a count is divided by (its term
        wholly after the 'per' at ``at``), not what is counted; what each person handles, with no
        demand read before the divisor, is the work done per person: more, unless a word before it
        is bad. Not staff counted per staff ('FTE per provider'; a role only qualifying the thing
        counted, 'teller transactions', is no staff counted), nor demand per person
        ('Tickets per agent', whose way stays unknown)."""
        start = _find(words, term) if term else -1
        if start is None or start <= at:
            return
        counted = words[:at]
        if not counted or any(r[2] == "staff" and r[1] == len(counted) for r in self._roles(counted)):
            return
        facts["better"], remark = self._less_if_worse(_grams(counted, 4), "increase", counted)
        why["better"] = f"name reads '{shown}', a count per person, '{' '.join(term)}' only what it is " \
                        "divided by" + (remark or ", and more done is better")

    def _joined_role(self, words, at, group, end=None) -> list:
        """'per children and family social worker': two words joined by 'and' before a role qualify
        it together; the role heads them all, so the group runs on to it. Not a second thing ('per
        agent and per hour', 'per customer and year')."""
        if at >= len(words) or words[at] != "and" or not group or len(group) > 2:
            return group
        rest = []
        for following in words[at + 1:end]:
            if following in _BREAK:
                break
            rest.append(following)
        if not 2 <= len(rest) <= 4:
            return group
        head = next((r for r in self._roles(rest) if r[1] == len(rest) and r[0] > 0), None)
        if head is None or head[2] != "staff" or any(r[2] == "staff" for r in self._roles(group)):
            return group
        return group + ["and"] + rest


_CONSUMED = {"use", "used", "usage", "consumption", "consume", "consumed"}
_SALE_UNITS = {"transaction", "ticket", "check", "cheque", "basket", "cart", "gift", "donation", "item", "order", "sale",
               "purchase"}
_SALE_SIZES = {"value", "size", "price", "charge", "amount"}
_SCORE_SOURCES = {"from", "by", "in", "for", "across", "at"}  # where a score comes from or is broken down by
_PRICED_BY = {"hourly", "billing", "bill", "labour", "labor", "rental", "storage", "room", "daily", "nightly"}
_ACT_DONE_BADLY = {"late", "slow", "delay", "delayed", "poor", "incorrect", "inaccurate", "incomplete", "inadequate",
                   "wrong", "erroneous", "false", "duplicate"}
_TELLING_ACTS = {"report", "reporting", "announce", "announcement", "announcements", "disclose", "disclosure",
                 "disclosures", "notification", "notifications", "notify"}


# what a customer's use of what the business sells is counted per: one visit, session or membership
# of theirs; not per capita or per patient (a public service's demand: 'Intake per capita',
# 'Number of consultations per patient per annum'), nor per user (tickets per user are demand)
_CUSTOM = {"session", "visit", "subscription", "subscriber", "member", "patron", "guest", "visitor"}


# the money customers hold with a bank or a broker, after them: 'Customer balances', 'client assets'
_HELD_MONEY = {"balance", "balances", "holding", "holdings", "asset", "assets", "equity", "deposit", "deposits",
               "fund", "funds"}
_OWED = {"debit", "owe", "owed", "owing", "receivable", "outstanding", "due", "unpaid", "overdue", "debt"}
# care a service gives, received by those it serves
_CARE_GIVEN = {"care", "service", "services", "treatment", "treatments", "vaccine", "vaccines", "vaccination",
               "immunisation", "immunization", "therapy", "therapies"}
# the workforce as a whole, the second term of a staffing ratio: 'HR staff to employee'
_WORKFORCE = {"employee", "staff", "full time equivalent", "fte", "worker", "rep", "representative", "agent",
              "headcount", "personnel", "workforce"}


def _used_per_custom(words) -> str | None:
    """'Pages per Session', 'Average Screens Per Visit', 'cleared DARTs per customer account',
    'Workouts per Connected Fitness Subscription': the 'per' and the customer's visit, session or
    membership (up to two words qualifying it) that end the name, where something is counted before it."""
    for index, word in enumerate(words[1:-1], 1):
        if word != "per":
            continue
        rest = words[index + 1:]
        if rest == ["customer", "account"] or rest[-1:] and rest[-1] in _CUSTOM and len(rest) <= 3 \
                and all(w.isalpha() for w in rest):
            return " ".join(words[index:])
    return None


def _base_start(words) -> int:
    """Where the base of a share or a money ratio begins: after 'as a % / percentage / proportion /
    share of' ('Scrap as a percentage of total cost'), or after 'to' before money ('Cost-to-Income
    Ratio', 'Wages to revenue', 'ratio of supply chain costs to sales'); the name's length if none."""
    for index, word in enumerate(words):
        if word == "as" and index:
            rest = words[index + 1:index + 4]
            rest = rest[1:] if rest[:1] in (["a"], ["an"]) else rest
            if len(rest) >= 2 and rest[0] in _SHARE_WORDS | {"fraction"} and rest[1] == "of":
                return index
        if word == "to" and index and words[index + 1:index + 2] and (
                words[index + 1] in _RATIO_MONEY or words[index + 1] == "total" and words[index + 2:index + 3]
                and words[index + 2] in _RATIO_MONEY):
            return index
    return len(words)


def _closed_out(words, main) -> bool:
    """'Complaints handling', 'complaint closure', 'Percentage of violent crimes cleared': the
    closing, clearing or handling of a bad thing, heading the name (its last word), or the share of
    them closed, cleared, solved or filled, is the work done on it, undone; where nothing times
    it, costs it or negates it and no qualifier follows it ('Closure of service')."""
    # a count of them handled or closed ("Complaints handled", "Issues Closed") is as much the
    # demand for the work: only the work named ("closure", "handling") or its share is to be more
    if main[-1:] and main[-1] not in _CLOSING and words[:1] not in (["percentage"], ["proportion"], ["%"],
                                                                   ["percent"], ["share"]):
        return False
    return bool(main) and main[-1] in _CLOSED_OUT and len(main) > 1 and _NEGATORS.isdisjoint(words) \
        and _TIMED.isdisjoint(words) and "time" not in words and _SPENT.isdisjoint(words[:-1]) \
        and not any(w in ("no", "non") for w in words)


def _counted_alone(grams, unit) -> bool:
    """A count with no share, rate, time or promise in the name, and no unit to say it is one."""
    return not unit and grams.isdisjoint(_SHARE_OR_TIME) and ("within", "timescale") not in grams


def _written_words(name: str) -> list[str]:
    """The words of a name as written, lower case, before any bracket: where a participle's form matters."""
    return [t.lower() for t in tokens(name.split("(")[0]) if t.isalpha()]


def _participle(word: str) -> bool:
    """Does a word as written look like a participle ("added", "submitted", "linking"),
    not "speed", "need" or "ring"?"""
    return len(word) > 4 and (word.endswith("ed") and not word.endswith("eed") or word.endswith("ing"))


def _staff_cost(facts: dict, why: dict, reason: str) -> None:
    """Staff counted or their hours: capacity spent, a cost, and no customer measure besides."""
    facts["kind"] = "cost"
    why["kind"] = reason
    for fact in ("experience", "access", "cross_functional", "demand"):
        if facts[fact] is None:
            facts[fact] = False
            why[fact] = reason


def _glosses(abbreviation: str, before: list[str], spelled: tuple) -> bool:
    """An abbreviation right after words it is the initials of, none of them the words the
    lexicon spells it with, is their gloss and not more words: "Feed Conversion Ratio (FCR)"
    is a feed ratio, whatever FCR means at a help desk ("Mean Time to Recovery (MTTR)" keeps
    the lexicon's "mean time to restore")."""
    size = len(abbreviation)
    if not 2 <= size <= len(before):
        return False
    glossed = before[-size:]
    return "".join(word[0] for word in glossed) == abbreviation and not set(glossed) & set(spelled)


def _word_list(file: str) -> frozenset[str]:
    """One of the word lists in data/, a word a line, gzipped."""
    import gzip

    with gzip.open(Path(__file__).resolve().parent / "data" / file, "rt", encoding="ascii") as words:
        return frozenset(words.read().split())


@lru_cache(maxsize=1)
def _occupations() -> frozenset[str]:
    """Nouns most of whose senses are people and one of them a worker, by WordNet's hypernyms
    (data/occupations.txt.gz, from scripts/build_occupations.py): read on the first name whose
    role the lexicon does not know."""
    return _word_list("occupations.txt.gz")


def _is_occupation(word: str) -> bool:
    return word.isalpha() and word in _occupations()


@lru_cache(maxsize=1)
def english_words() -> frozenset:
    """The English words simplemma knows (data/english.txt.gz, from scripts/build_lemmas.py):
    read only for a name none of whose words is the lexicon's, about 20 ms once."""
    return _word_list("english.txt.gz")


def _named_result(name: str, words: list, known: frozenset, facts: dict, why: dict) -> bool:
    """A metric's name is the name of a measure: one that no word makes a cost to serve, an
    activity or an output ("Arrival Delay", "Continuity of Water Supply", "Playtime") is, by
    rules.md's own split, an outcome, whatever it measures. Which outcome is not read: a name
    with a word about customers keeps experience unknown, and the report names it. A name of
    opaque abbreviations ("D0", "ARPDAU") or a lone participle ("Closed") names nothing
    readable and stays unknown."""
    head = name.split("(", 1)[0]
    written = [t for t in tokens(head) if t.isalpha()]
    shouted = head.upper() == head and len(written) > 1  # "AVERAGE CLAIM DURATION": not abbreviations
    original = {t.lower(): t for t in re.findall(r"[A-Za-z]+", head)}
    plain = [w for w in written if len(w) > 2 and (shouted or not original.get(w, w).isupper())]
    if not plain or (len(written) == 1 and plain[0].endswith("ed")) \
            or not any((w in known or w in english_words()) and w not in STOP for w in words):
        return False
    facts["kind"] = "outcome"
    why["kind"] = f"name '{name.strip()}' names a result no word makes a cost, an activity or an output"
    return True


@lru_cache(maxsize=1)
def builtin() -> Lexicon:
    return Lexicon(read_data(data_path("lexicon.yaml")))


def team_lexicon_lemmatiser():
    """Lemmas for a team's own words: any word, so simplemma's dictionary is loaded."""
    return full_lemma
