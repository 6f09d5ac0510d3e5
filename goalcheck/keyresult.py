"""A key result's title read as what it asks: a piece of work, or a level to reach.

Real OKRs write many key results as the work itself ("Define marketing guidelines",
"Enhance communication. Implement training. Update the Code of Conduct."), state
a target in words ("Each team commits to a plan"), count things done in the period
("Hire at least 2 AEs", "At least four customers are running ..."), or set a
standard held rather than a change ("at least 95% of the time", "95% of all calls
received are answered"). The hygiene rules (GC601, GC602, GC603) ask for a
measure, a plan or a starting point only where the title leaves one to ask for;
this module reads the title, by its structure and a few closed word classes
(doing verbs, things made, verbs that move a measure). Pure functions of the text.
"""

from __future__ import annotations

import re

from . import lazyre
from . import reading

# a key result that is a piece of work: measured by being done ("Define marketing
# guidelines", "Budgets are set for each team", "We have mapped the user journey",
# "Implemented vendor management process", "Smart search is available to all users by
# default", "Admins can see the progress of permissions syncing")
_WORK_VERBS = (
    "define build launch complete design establish create publish implement introduce ship deliver draft "
    "write update updating identify measure resolve document map migrate run hold host hire train audit "
    "review adopt automate refresh redesign rebuild finalise finalize implemented deploy transition execute "
    "conduct choose select provide resume add enable track start begin communicate dogfood share fix "
    "release research investigate inspect evaluate assess explore prototype collect port refactor integrate "
    "facilitate submit separate retire decommission deprecate sunset replace split merge consolidate "
    "rename archive").split()
# a thing made that a team can be given or hold (not one described by what it does for
# someone: "a plan that works for them")
_ARTEFACT = (r"(?:process|plan|playbook|polic(?:y|ie)|roadmap|framework|owner|budget|dashboard|charter|runbook|"
             r"targets?|forecast|list|guide|checklist|template|bot|tool|checks?)s?\b(?!,?\s+(?:that|which|who)\b)")
_DELIVERABLE = lazyre.compile(
    # the work as a verb first, or as the infinitive a public body's targets are written in
    # ("To develop individual targets for case and cash compliance")
    rf"^\s*(?:to\s+)?(?:{'|'.join(_WORK_VERBS)}|roll out|set up|go live|go fully live|agree on|develop an?|make use of|"
    r"plan for|fall back to|shut down|switch off|turn off)\b(?!\s+(?:is|are|was|were|has|have|will)\b)"
    # a thing put out of service: "Take deprecated (monolith) frontend offline"
    r"|^\s*(?:to\s+)?take\s+(?:[\w()-]+\s+){1,4}(?:offline|down|out of service)\b"
    # a thing made that a team develops: "Develop individual targets", "develop two playbooks"
    rf"|^\s*(?:to\s+)?develop\s+(?:[\w-]+\s+){{0,3}}{_ARTEFACT}"
    # targets or budgets set ("Set hiring targets and budgets for each department"), things tried
    # out ("Test a set of new success efforts"): not "Set a record", "Test coverage at 80%"
    rf"|^\s*(?:to\s+)?set\s+(?:[\w-]+\s+){{0,3}}{_ARTEFACT}"
    # a piece of work done once, with its article: "Do a quarterly business review for all eligible
    # customers" (not "Do more with less", "Do better")
    r"|^\s*do\s+an?\s+[a-z]"
    r"|^\s*(?:to\s+)?test\s+(?:an?|the|our|new|each|every|\d+)\s"
    r"|\b(?:is|are|has been|have been|was|were)\s+(?:\w+\s+){0,2}(?:set|created|completed|in place|documented|"
    r"launched|published|defined|mapped|built|rolled out|developed|delivered|shipped|finali[sz]ed|signed|"
    r"available to (?:all|every)|enabled by default|tracked in|brought on|implemented|automated|released|configured|live)\b"
    r"|\b(?:has|have)\s+(?:documented|mapped|built|launched|published|defined|created|completed|shipped)\b"
    # a thing made or given that a team now has or holds: "Sales, engineering and product have a
    # working process for prioritization", "Sales leadership owns revenue targets and hiring plan"
    rf"|\b(?:has|have)\s+(?:an?\s+)?(?:[\w-]+\s+){{0,4}}{_ARTEFACT}"
    # or that there is one: "there's a plan with low-usage enterprise accounts"
    rf"|\bthere(?:'s|’s|\s+is|\s+are)\s+(?:an?\s+)?(?:[\w-]+\s+){{0,3}}{_ARTEFACT}"
    rf"|^\s*(?:[\w-]+,?\s+){{1,3}}(?:owns|own)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}{_ARTEFACT}"
    # a feature that shows a fact: "The UI indicates whether or not results are precise"
    r"|\b(?:indicates|shows|displays|tells|flags|marks)\s+(?:users\s+|admins\s+)?(?:whether|which|when)\b"
    # the same fact shown, said of who now knows it: "Admins know what percentage of repositories
    # are available for search" (not "Admins know the product well", a degree)
    r"|^\s*(?:admins|users|customers|teammates)\s+(?:know|see|are\s+told)\s+(?:what|whether|which|when|how\s+many)\b"
    r"|^\s*(?:our\s+)?(?:[\w-]+\s+)?(?:handbook|repository|page|docs?)\s+(?:describes|documents)\b|^\s*(?:admins|users|customers|teammates)\s+can\s+[-\w(]|^\s*(?!(?:an?|the|our|their)\s)(?:[\w.-]+\s+){1,2}users\s+can\s+[-\w(]"
    r"|\bup and running\b|\b(?:completed|operational)\.?\s*$"
    # a list of things done: "Demandbase implemented, target accounts identified by territory"
    r"|(?:^|[.,;]\s+)(?:(?!(?:is|are|be|been)\b)[\w-]+\s+){1,6}(?:implemented|established|built|launched|"
    r"available|completed|"
    r"in-market|operational)\b"
    # a version or a thing released as the statement's end: "stable 1.0 version released as open
    # source software" (not "Features released per month", a rate)
    r"|(?:^|[.,;]\s+)(?:(?!(?:is|are|be|been)\b)[\w.-]+\s+){1,6}(?:released|shipped|deployed|delivered)"
    r"(?:\s+(?:as|to|in|on|for|with|under)\b(?![^.;]*\bper\b)[^.;]*)?\s*[.;]?\s*$",
    re.IGNORECASE)
# a state that is true or not at the end of the period, with no degree to measure: a feature
# named by the participle that made it ("Parallelized index creation"; not "Optimized onboarding"
# or "Stabilized search", qualities), a thing documented or agreed ("the decision tree is in the
# handbook and agreed with the leads"), an automation ("accounts ... get flagged to CS
# automatically"), a thing used once ("The health check has been used on my own accounts"), a
# process put in place ("Opportunities are classified, prioritized and serviced in a pipeline
# process"), a thing made the standard ("Make UAST v2 the standard interface"), a fix ("Ensure
# gitbase works when ...")
_DONE_STATE = lazyre.compile(
    r"^\s*(?!(?:optimi|maximi|minimi|stabili|improv|prioriti)[sz]ed\b)[a-z]+i[sz]ed\s+(?!by\b|to\b|from\b)[a-z]"
    r"|\b(?:is|are)\s+(?:now\s+)?(?:in|on)\s+the\s+(?:handbook|wiki|docs?|repo(?:sitory)?)\b"
    r"|\b(?:is|are|has\s+been|have\s+been)\s+(?:[\w-]+\s+){0,2}agreed\s+(?:with|by|on)\b"
    r"|\b(?:is|are|get|gets)\s+(?:[a-z]+ed)\b[^.;]*\bautomatically\s*[.!]?\s*$"
    r"|\b(?:has|have)\s+been\s+used\b"
    # an end state of a thing made: "Mobilizer experiment has produced a clear set of recommendations"
    # (not a level reached: "has delivered a 10% increase")
    r"|\b(?:has|have)\s+(?:produced|delivered|published|written|drafted|created|built|launched|shipped)\s+"
    r"(?:a|an|the)\s+(?!(?:[\w-]+\s+){0,2}(?:[$€£]?\d|(?:faster|quicker|better|higher|lower|more|less|fewer|greater|"
    r"shorter|smoother|stronger|larger|bigger|smaller)\b))"
    r"|\b(?:is|are)\s+[a-z]+ed(?:\s*,\s*[a-z]+ed)*(?:,?\s+and\s+[a-z]+ed)\s+(?:in|through|via|with)\s+"
    rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}{_ARTEFACT}"
    r"|^\s*make\s+(?:[\w.#+/-]+\s+){1,4}the\s+(?:standard|default|official|primary|only)\b"
    # a policy made: "Make information default public", "Make repositories private by default"
    r"|^\s*make\s+(?:[\w.#+/-]+\s+){1,4}(?:default\s+(?:public|private|open|on|off)|(?:public|private|open)\s+by\s+default)\b"
    r"|^\s*ensure\s+(?:that\s+)?(?:[\w.#+/-]+\s+){1,3}works?\b",
    re.IGNORECASE)
# the team as the subject of its work: "We define and start measuring a metric", "We'll publish
# the guide" (the statement read without its "we")
# who will do it, said first: "we", "we will", or a named person who will ("Sarah will facilitate
# ...", "Virginia/Brielle/Nonso will launch ...": Sourcegraph Support's FY23-Q2 plan)
_WE = lazyre.compile(r"^\s*(?:we(?:\s+will|\s+shall|'ll|\s+can)?|(?-i:[A-Z][a-z]*[a-rt-z](?:/[A-Z][a-z]*[a-rt-z])*)\s+will)\s+(?=\w)",
                     re.IGNORECASE)
# someone making a new thing: "ENS ships a mutable naming service", "The data team launches a
# dashboard" (a verb that makes, and the thing with its article: not "Support resolves tickets
# faster", "Support holds a high bar")
_MAKE_VERBS = ("define build launch complete design establish create publish implement introduce ship deliver "
               "draft write release deploy").split()
_SHIPS = lazyre.compile(r"^\s*(?:[\w&.+-]+\s+){1,3}(?:"
                    + "|".join(verb + ("es" if verb.endswith(("sh", "ch")) else "s") for verb in _MAKE_VERBS)
                    + r")\s+an?\s+[a-z]", re.IGNORECASE)
# a thing made, named with no verb: "C# driver", "siva backend for go-borges", "Library for access
# to a collection of git repositories", "New staging cluster with latest stack", "Release of the
# production cluster": at most three words before the thing, none of them a quality ("Faster
# release of features" is an aim), an article or a verb on a thing that exists ("Leverage the
# dashboard", "Use the API"), and what it is for after it (not "Releases per month", a measure)
_MADE = (r"(?:driver|backend|library|libraries|connector|plugin|plug-in|analy[sz]er|cluster|installer|"
         r"integration|api|sdk|cli|bot|tool|dataset|guide|template|checklist|prototype|demo|release|"
         r"version|module|runbook|playbook|dashboard|system|sso|rbac|interop|interoperability|"
         # a piece of work named as a noun: "Handoff of web and core services management responsibilities"
         r"handoff|handover|migration|rollout)s?")
_THING_MADE = lazyre.compile(rf"^\s*(?P<before>(?:[\w.#+/-]+\s+){{0,4}}){_MADE}(?:\s+(?:for|of|in|with|on)\b.*)?\s*$",
                         re.IGNORECASE)
_NOT_BEFORE_MADE = frozenset(
    "better faster quicker cheaper easier simpler higher lower fewer more less greater improved reliable stable "
    "smoother stronger robust consistent seamless great excellent best world-class "
    "smooth fast quick easy simple safe successful efficient effective painless "
    "the a an our their its this that these those "
    "use leverage utilise utilize apply promote maintain keep support improve enhance optimise optimize "
    "stabilise stabilize simplify streamline expand extend scale grow increase reduce".split())


_BRACKETS = lazyre.compile(r"\s*\([^()]*\)")
# what a product is to do, or the support it is to have: "Gitbase to support online updates",
# "Gitbase to expose only reachable objects", "Support for git diff tree" (a capability built:
# not "Churn to fall below 5%", "Customers to love the product", "Support team to handle 20%
# more tickets", a volume, nor "Customer support for enterprise accounts")
_CAPABILITY = lazyre.compile(r"^(?![^.;]*\d)\s*(?:[\w.#+/-]+\s+){1,2}to\s+(?:support|expose|handle|accept|provide|offer|allow|"
                         r"integrate with|work with|run on)\b|^\s*support\s+for\b", re.IGNORECASE)


# a product's capability, said of the product by its name: "Gitbase support for low-level git UDFs",
# "Sourcegraph can index any code independent of code host" (the name no English word: not
# "Customer support for enterprise accounts", "Sales can close deals faster"); or a feature
# supported across named platforms: "Support LSIF-based code intel in targeted languages (Go, ...)"
_NAMED_CAPABILITY = lazyre.compile(r"^\s*(?P<name>[\w.#+-]+)\s+(?:support\s+for|can\s+(?!be\b|have\b)[a-z]+\b)"
                                   r"(?![^.;]*\b(?:faster|quicker|better|more|less|fewer|[a-z]+er\s+than)\b)", re.IGNORECASE)
_ACROSS_PLATFORMS = lazyre.compile(
    r"^\s*support\s+(?:[\w.#+/-]+\s+){1,4}(?:in|on|for|across)\s+(?:the\s+|all\s+|our\s+)?(?:[\w-]+\s+)?"
    r"(?:languages|browsers|platforms|editors|ides|devices|operating\s+systems|code\s+hosts)\b", re.IGNORECASE)


def _product_capability(statement: str) -> bool:
    """Is the statement a capability of a product named by a word that is no English word, or
    a feature supported across named platforms?"""
    if _ACROSS_PLATFORMS.match(statement):
        return True
    found = _NAMED_CAPABILITY.match(statement)
    if found is None:
        return False
    from .metricname import english_words  # read only when a title opens so

    name = found["name"].lower()
    return not any(part in english_words() for part in re.split(r"[-.]", name) if part)


# a new thing, with its indefinite article: "a playbook of specific recommendations"
_A_NEW = lazyre.compile(r"^\s*an?\s+(?=\w)", re.IGNORECASE)


# a thing rebuilt on another, named with no verb: "go-borges-based borges" (the new version of a
# component, built on another: done when it ships)
_REBUILT_ON = lazyre.compile(r"^\s*[\w.]+(?:-[\w.]+)*-based\s+[\w.]+(?:-[\w.]+)*\s*$", re.IGNORECASE)


def _names_thing_made(statement: str) -> bool:
    """A statement that names a thing made and nothing else (its brackets aside)."""
    bare = _A_NEW.sub("", _BRACKETS.sub("", statement), count=1).rstrip(". ")
    made = _THING_MADE.match(bare)
    if made is None:
        return bool(_REBUILT_ON.match(bare))
    return not any(word.lower() in _NOT_BEFORE_MADE for word in made["before"].split())


# a practice kept up, with no level to reach: "Maintain company-wide HubSpot consistency to
# generate actionable reporting", "Keep CRM hygiene", "Keep the runbooks up to date" (the
# discipline is the work, judged by whether it was kept; not "Maintain NPS above 50", "Maintain
# MR to Author ratio", measures held at a level)
_PRACTICE_KEPT = lazyre.compile(
    r"^\s*(?:to\s+)?(?:maintain|keep|uphold|enforce|sustain)\s+(?![^.;]*\d)(?:[\w/&'’-]+\s+){0,4}?"
    r"(?:consistency|hygiene|discipline|cadence|rigou?r|(?:[\w-]+\s+){0,2}up[- ]to[- ]date)\b", re.IGNORECASE)
# the same work in the progressive: "Be providing training to managers", "Be running the pilot"
_BE_DOING = lazyre.compile(r"^\s*(?:be|are|is)\s+([a-z]+?)(?:ing)\b", re.IGNORECASE)
# the work done with others, with what is there, or put in place: "Work with marketing to
# identify key materials", "Look at the OKR pages' history to map out a timeline", "Use data to
# set goals", "Get bonus metrics into Periscope", "Get reliable usage data from both
# environments" (not a number moved: "Get contacts down from 62 to 40")
_WITH_OTHERS = lazyre.compile(rf"^\s*(?:work|partner|collaborate)\s+with\s+(?:[\w&/-]+\s+){{1,4}}?to\s+(?:{'|'.join(_WORK_VERBS)})\b"
                          rf"|^\s*(?:look\s+at|use|study|analy[sz]e)\s+(?:[\w&/'’-]+\s+){{1,8}}?to\s+"
                          rf"(?:{'|'.join(_WORK_VERBS)}|set)\b"
                          r"|^\s*get\s+(?![^.;]*\d)(?![^.;]*\b(?:down|up|back)\b)(?:[\w+&/-]+\s+){1,8}?(?:into|from)\s",
                          re.IGNORECASE)
# an aim verb coordinated with a verb that remakes the thing they share ("Improve and refresh
# TODO Website", "Simplify and redesign the sign-up page"): the remaking is the work, done when it
# ships (not an aim and a measuring, "Improve and track NPS", which stays an aim)
_AIM_AND_REMAKE = lazyre.compile(r"^\s*(?:to\s+)?[a-z]+\s+and\s+(?:refresh|redesign|rebuild|revamp|overhaul|relaunch)\b"
                             r"(?![^.;]*\d)", re.IGNORECASE)
# one statement of a title: sentences and semicolons ("Aim. Deliverable; deliverable.")
_STATEMENT_END = lazyre.compile(r"(?<=[.;])\s+(?=[A-Z0-9(\"'‘“])")
# a remark on how far the work may stretch, not a statement of its own ("Stretch goal for Growth")
_STRETCH = lazyre.compile(r"^\s*\(?stretch\b", re.IGNORECASE)
# a title that says itself its work is not yet defined ("[note: this KR will be left vague until
# the Controller is hired]", "scope to be defined"): not yet a deliverable
_LEFT_OPEN = lazyre.compile(r"\b(?:left|kept|remains?|stays?)\s+(?:vague|open|undefined|unclear)\b"
                        r"|\bto\s+be\s+(?:defined|determined|decided|scoped)\b", re.IGNORECASE)


# who a key result belongs to, written before its text: "Legal: ", "Dir. of Bus Ops: ",
# "CEO KR: ", "Sales (Pipeline Optimization): " (GitLab's and many handbooks' OKR pages)
_OWNER_LABEL = lazyre.compile(r"^\s*[^:]{1,80}?:\s+(?=\S)")


# a target written in words: "All product work has a delivery plan", "Each team commits to
# a plan", "Ensure that no technical issue blocks a deal", "No material adjustments in audit",
# "Make at least one improvement", "self-serve on a majority of requests"
_WORDS_TARGET = lazyre.compile(
    r"(?:^|[.;]\s+)(?:ensure\s+(?:that\s+)?)?(?:all|each|every|any|no|none\s+of)\s+(?!longer\b|more\b|less\b)"
    r"|\bat\s+least\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?!%|percent\b)[a-z]"
    r"|\ba\s+majority\s+of\b", re.IGNORECASE)


# a grade on a published scale, named: "Our platforms hit the “elite” level (as defined by DORA)",
# "Achieve an ‘Outstanding’ rating", "reach the Gold tier": the grade quoted or capitalised before
# the scale's word; not a level with no name ("hit the next level", "a higher level of service")
_GRADE_TARGET = lazyre.compile(
    r"\b(?i:hit|hits|reach|reaches|achieve|achieves|attain|attains|earn|earns|obtain|obtains|retain|retains)\s+"
    r"(?i:the\s+|an?\s+|our\s+)?(?:[\"“‘'][^\"”’']{1,30}[\"”’']|[A-Z][a-z]+)\s+"
    r"(?:level|rating|grade|tier|band|status)\b"
    # a segment or an agreement named by its tier, not a grade reached: "Reach Enterprise tier customers"
    r"(?!\s+(?i:customers?|accounts?|clients?|users?|members?|partners?|agreements?|objectives?)\b)")


def states_target_in_words(title: str) -> bool:
    return bool(_WORDS_TARGET.search(title) or _WORDS_TARGET.search(work_title(title))
                or _GRADE_TARGET.search(title))


# a measure whose number is a plan's, set elsewhere: "% of opportunity value creation target
# achieved", "% of revised Q2 SDR targets", "Achieve SCLAU volume target", "Make the Q2 SCLAU
# forecast" (GitLab's 2018-Q2 OKRs): the share of the plan is the measure and all of it the
# target. Not a target to set ("To develop a unit cost target"), nor one contributed to.
_PLAN_NUMBER = r"(?:plan|targets?|forecast|quota)\b"
_OF_PLAN = lazyre.compile(rf"(?<!\d)(?<!\d\s)%\s+of\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){{0,5}}{_PLAN_NUMBER}"
                          rf"|(?:^|[.;:]\s+)(?:achieve|make|hit|meet)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){{0,4}}{_PLAN_NUMBER}",
                          re.IGNORECASE)


def measured_against_plan(title: str) -> bool:
    """Does the title measure the goal as a share of a plan, a target or a forecast set
    elsewhere, naming no number of its own ("% of revised Q2 SDR targets", "Make the Q2 SCLAU
    forecast")? Its target is the plan's: all of it."""
    return bool(_OF_PLAN.search(title))


# a share of this period's plan to deliver, the plan's number set elsewhere: "Achieve 110% of SAO
# plan", "Generate 12% of opportunity creation target worth of opportunity sourced through field
# events", "120% of plan achieved" (GitLab's 2018-Q2 OKRs): the verb of delivering it first, or the
# share said achieved; not a measure stated as a share of its plan ("Final Q3 hiring is 85%+ of
# the plan"), nor a threshold of what is counted ("70% of salespeople are at 100% of quota")
_SHARE_OF_PLAN = lazyre.compile(
    r"(?:^|[.;:]\s+)(?:achieve|deliver|generate|make|hit|reach|attain|meet|book)\s+\d+(?:\.\d+)?\s?%\s+of\s+"
    rf"(?:the\s+|our\s+)?(?:[\w-]+\s+){{0,5}}?{_PLAN_NUMBER}"
    r"|(?:^|[.;:]\s+)\d+(?:\.\d+)?\s?%\s+of\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,5}?"
    rf"{_PLAN_NUMBER}\s*(?:achieved|attained|met|delivered|reached)\b",
    re.IGNORECASE)


# a share of the team's own plan items this period: "At least 50% of our initiatives should require
# us to work cross team/crew" (the initiatives are this year's, chosen now: a plan, not a running
# measure; not "75% of our new teammates", people, nor "80% of the work they committed to")
_SHARE_OF_OWN_PLAN = lazyre.compile(
    r"\d+(?:\.\d+)?\s?%\s+of\s+(?:our|its|their|the\s+team's|the\s+team’s)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:initiatives|projects|epics|okrs|key\s+results|workstreams)\b", re.IGNORECASE)


def shares_own_plan(title: str) -> bool:
    """Does the title set a share of the team's own initiatives or projects this period ("At
    least 50% of our initiatives should require us to work cross team")? They are chosen in the
    period: the share starts with the plan, not from a level before it."""
    return bool(_SHARE_OF_OWN_PLAN.search(title))


def delivers_share_of_plan(title: str) -> bool:
    """Does the title ask for a share of this period's plan, target or quota, delivered
    ("Achieve 110% of SAO plan", "120% of plan achieved")? The plan is its starting point."""
    return bool(_SHARE_OF_PLAN.search(title))


# a change to make, stated as its size: "Reduce churn by 20%", "Reduce length of stay (LoS) by
# average of 2 days", "10% reduction in avoidable admissions", "Halve the time to first
# response"; the format holds levels (baseline, target), not changes. Not a date ("by 2027",
# "by 31 March"), not a level ("to 20%", "from 62 to 40": a target the field holds). The verb
# and its "by" stay in one clause (no "." or ";" between them), which may name its measure in
# full first, as government statements do: "reduce the percentage of initial opioid
# prescriptions and duration of new opioid prescriptions for federal employees with
# work-related injuries by 30 percent" (up to 200 characters)
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_CHANGE_TARGET = lazyre.compile(
    r"\b(?:reduc|cut|lower|decreas|shorten|increas|grow|rais|improv|lift|boost|expand)\w*\b"
    r"[^.;]{0,200}?\bby\s+(?:an?\s+)?(?:average\s+of\s+)?[$€£¥]?"
    rf"(?!(?:19|20)\d\d\b)(?!\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS}))\d"
    r"|\d(?:[\d,]*\.?\d*)\s*(?:%|percent)\s+(?:reduction|increase|decrease|improvement|growth|drop|fall|rise|cut|uplift)\b"
    r"|\b(?:halve|double|triple)[sd]?\s+(?!down\b)(?:the\s+|our\s+)?[a-z]"
    # a multiple of the level before: "twice as many interactions compared to last year",
    # "three times more", "2x cloud weekly activation rate" (not a frequency: "twice a week")
    r"|\b(?:twice|(?:two|three|four|five|ten|\d+(?:\.\d+)?)\s+times)\s+(?:as\s+(?:many|much)|more)\b"
    r"|^\W*\d+(?:\.\d+)?x\s+(?:the\s+|our\s+)?[a-z]",
    re.IGNORECASE)


def states_change_in_words(title: str) -> bool:
    """Does the title state the size of a change to make ("Reduce churn by 20%", "10%
    reduction in readmissions", "Halve the wait", "twice as many ... as last year")? That
    is a target the format has no field for (it holds levels), so the goal is measurable
    as written."""
    return bool(_CHANGE_TARGET.search(title))


def work_title(title: str) -> str:
    """The title without an owner's label before a colon (at most eight words of it, or of
    each owner where several are listed: "Director of Product, Dev; Director of Product, Ops:")."""
    label = _OWNER_LABEL.match(title)
    if label and max(len(owner.split()) for owner in label.group().rstrip(": ").split(";")) <= 8:
        return title[label.end():]
    return title


def _work(statement: str) -> bool:
    """Is one statement a piece of work: a doing verb first (after "we"), a thing said to be
    done, shipped or named as made, a practice kept up?"""
    unsaid = _WE.sub("", statement, count=1)
    if (_DELIVERABLE.search(statement) or _DONE_STATE.search(statement) or _WITH_OTHERS.search(statement) or _SHIPS.search(statement)
            or (unsaid != statement and (_DELIVERABLE.search(unsaid) or _WITH_OTHERS.search(unsaid)))
            or _names_thing_made(statement) or _CAPABILITY.match(statement) or _AIM_AND_REMAKE.match(statement)
            or _PRACTICE_KEPT.match(statement) or _product_capability(statement)):
        return True
    doing = _BE_DOING.match(statement)
    if doing is None:
        return False
    stem = doing[1].lower()
    return any(verb in _WORK_VERBS for verb in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem))


def is_deliverable(title: str) -> bool:
    """A title that is a piece of work, or an aim followed by the pieces of work that
    deliver it ("Enhance communication across the company. Implement training on writing.
    Update the Code of Conduct."): every statement after the first is one (a stretch
    remark aside). A statement after the first that is not work ("Make substantial
    updates", "Leverage the dashboard") leaves the title an aim to measure."""
    if _LEFT_OPEN.search(title):
        return False
    text = work_title(title)
    if _work(title) or (text != title and _work(text)):  # no owner's label: one reading, not two
        return True
    statements = [part for part in _STATEMENT_END.split(text.strip()) if part.strip()]
    later = [part for part in statements[1:] if not _STRETCH.match(part)]
    return bool(later) and all(_work(work_title(part)) for part in later)


# an objective's description that names its plan: "Our Know Thy Dev program aims to ...", "our
# plan for Q3 is to ...", or work put in place ("we've established a shared KR ...")
_PLAN_NAMED = lazyre.compile(r"\b(?:program|programme|initiative|project|plan|roadmap|campaign|workstream|pilot)s?\b",
                         re.IGNORECASE)


def names_plan(text: str | None) -> bool:
    """Does a description name a plan or the work that delivers it?"""
    return bool(text) and bool(_PLAN_NAMED.search(text) or _NEW_WORK.search(text))


# words that say the goal makes something new this period: its starting point is none
_NEW_WORK = lazyre.compile(
    r"\b(?:launch|publish|introduce|establish|create|build|develop|implement|deploy|ship|pilot|run|host|"
    r"kick(?:ed|s|ing)? off|roll(?:ed|s|ing)? out|set(?:s|ting)? up|put in place|in place)"
    r"(?:e?s|e?d|ing)?\b|\b(?:built|ran|running|shipped|shipping|set up|onboarded)\b"
    # a measure taken for the first time: "Begin measuring adherence to support terms and achieve
    # >50%" (nobody has its level yet)
    r"|\b(?:begin|began|begun|beginning|start|started|starting)\s+(?:measuring|tracking|to\s+(?:measure|track))\b"
    # a capability made available: "enable private projects" (not a share of people enabled, "Enable
    # 30% of customers to self-serve", nor people enabled to do more: "enable support to answer faster")
    r"|\benabl(?:e|es|ed|ing)\s+(?!\d|(?:more|faster|better|all|every|each)\b|(?:[\w-]+\s+){1,2}to\b)[a-z]",
    re.IGNORECASE)
# ... unless the new thing is the means to a level of a measure that exists already
# ("Create sustainable processes to achieve 95% performance for First Response SLA")
_TO_LEVEL = lazyre.compile(r"\bto\s+(?:achieve|reach|hit|get to|improve|increase|reduce|raise|lower|cut|grow|"
                       r"maintain|keep|sustain)\b", re.IGNORECASE)
# a count of things the team does this period ("Hire at least 18 PM roles", "Hire +1 Product
# Designer", "Write at least 2 pieces", "help address 3 incidents", "Identify 5 operational areas
# that can be cut", "10 new logos"): it starts
# from none, whatever was done before
_NUMBER = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
_DONE_COUNT = lazyre.compile(
    r"\b(?:hire|recruit|write|close|sign|win|source|identify|help(?:\s+address)?)\s+(?:at\s+least\s+|an?\s+other\s+|"
    rf"another\s+|an\s+additional\s+|\+\s?)?{_NUMBER}"
    rf"|(?<![\w+])\+\d+\s+(?!%|percent)[a-z]|\b{_NUMBER}\+?\s+(?:new|additional)\b"
    # an increment counted: "an additional 23,500 at-risk housing units", "125,000 additional
    # units" (HUD's APGs), not a share added ("an additional 5% of customers")
    rf"|\ban?\s+additional\s+{_NUMBER}(?!\s*(?:%|percent\b|percentage\b))"
    # things counted in things new this period: "the enrollment of 50,000 students in new charter
    # schools" (Education's APGs), "2,000 users of the new app"
    rf"|\b{_NUMBER}\s+(?!%|percent\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:in|at|of|into|on)\s+(?:the\s+)?new\b",
    re.IGNORECASE)
# a count of things opening a statement of the key result ("At least three customers have ...",
# "4 strategy reviews for ...", "; 25 community members signed up as Heroes"): the things done or
# won in the period, counted from none (a number before a unit or a share is no such count)
_NUMBER_WORDS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
# a time unit after a number ("5 working days", "30 mins"): a duration, not a count of things
_TIME_UNIT = (r"(?:business\s+|working\s+|calendar\s+)?(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|"
              r"weeks?|months?|quarters?|years?|ms)\b")
_COUNT_OPENS = lazyre.compile(
    rf"^\s*(?:at\s+least\s+|a\s+minimum\s+of\s+|\+\s?)?(?P<count>\d[\d,]*|{'|'.join(_NUMBER_WORDS)})\+?\s+"
    rf"(?!%|percent|x\b|times\b|{_TIME_UNIT})[a-z]", re.IGNORECASE)
# events the team holds this period, counted: "Conduct two empathy sessions", "Hold 4 customer
# advisory boards", "Run 3 pilots" (the count is the target: not "hold 30 sessions" beside a score
# to raise, nor a share, "Give 95% of answers within a day"; "Deliver 4,000 SQLs" is a volume whose
# last level says how far it is)
_EVENTS_HELD = lazyre.compile(
    r"\b(?:conduct(?:ed)?|hold|held|host(?:ed)?|run|ran|give|gave|organi[sz]ed?|plan(?:ned)?)\s+(?:at\s+least\s+|\+\s?)?"
    r"(?P<count>\d[\d,]*|" + "|".join(_NUMBER_WORDS) + r")\b(?!\s?%|\s?percent\b)", re.IGNORECASE)
# events the team goes to, counted: "Make a splash at 2-3 strategic conferences", "Speak at 10 confs"
_EVENTS_ATTENDED = lazyre.compile(
    r"\b(?:at|in)\s+(?:at\s+least\s+)?(?P<count>\d[\d,]*|" + "|".join(_NUMBER_WORDS) + r")(?:\s?[-–]\s?\d+)?\s+"
    r"(?:[\w-]+\s+){0,2}(?:conferences?|confs?|events?|meetups?|summits?|trade\s+shows?|fairs?)\b", re.IGNORECASE)
# a change asked in the title: a verb that moves a measure, "from 40", "to 18%", "-> 600s"
_CHANGE = lazyre.compile(
    r"\b(?:improv|increas|rais|grow|grew|boost|expand|doubl|tripl|reduc|lower|cut|decreas|halv|shrink|drop|"
    r"achiev|reach|hit|mov|ramp|scal|accelerat|maximi[sz]|minimi[sz]|lift|driv|get|got)\w*"
    r"|\b(?:from|by)\s+[$€£¥~+-]?\d|(?<!\bup )\bto\s+[$€£¥~+-]?\d|->|→|=>", re.IGNORECASE)
# how often a standard is kept: "at least 95% of the time", "99.5% of stated hours"
_SHARE_OF_TIME = lazyre.compile(r"\d(?:\.\d+)?\s?%\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:time|hours)\b", re.IGNORECASE)
# a standard written as the state of the service: "... are answered", "the wait is ...", "will be"
_STATE = lazyre.compile(r"\b(?:is|are|will\s+be|remains?|stays?)\b", re.IGNORECASE)
# the share of all the cases served that meet the standard: "95% of all calls ... are answered"
_SHARE_OPENS = lazyre.compile(r"^\s*(?:at\s+least\s+)?\d+(?:\.\d+)?\s?%\s+of\b", re.IGNORECASE)
# all of it: where the number stands today does not change what is asked
_ALL = lazyre.compile(r"(?<![\d.])100\s?%")


# a time limit the cases are met within: "processed within 60 days", "within 5-day target", "seen
# within 15 minutes of their appointment time"
# the cases handled in a time ("Private rulings finalised in 28 calendar days", "Electronic
# taxpayer requests finalised in 20 business days": the ATO's service commitments), after a
# participle of handling; not a deadline for one piece of work ("Launch in 2 weeks")
_HANDLED = (r"(?:finali[sz]ed|processed|answered|resolved|completed|decided|issued|paid|registered|closed|"
            r"acknowledged|replied\s+to|responded\s+to|dealt\s+with|handled)")
_WITHIN_LIMIT = lazyre.compile(rf"\bwithin\s+(?:an?\s+|\d+(?:\.\d+)?\s*-?\s*|{'|'.join(_NUMBER_WORDS)}\s+){_TIME_UNIT}"
                               rf"|\b{_HANDLED}\s+in\s+\d+(?:\.\d+)?\s*-?\s*{_TIME_UNIT}",
                           re.IGNORECASE)


# the same, with the limit's number also written as a word ("within two minutes"): read for a
# goal's direction (infer._share_within_limit); GC603's standard_held keeps the figures-only
# reading above, under which "95% review within one hour" (a quality priority's new process,
# chelwest) is still asked for its start
_WITHIN_LIMIT_WORDS = lazyre.compile(
    rf"\bwithin\s+(?:an?\s+|\d+(?:\.\d+)?\s*-?\s*|(?:{'|'.join(_NUMBER_WORDS)})\s+){_TIME_UNIT}"
    rf"|\b{_HANDLED}\s+in\s+(?:\d+(?:\.\d+)?\s*-?\s*|(?:{'|'.join(_NUMBER_WORDS)})\s+){_TIME_UNIT}", re.IGNORECASE)


# a time limit's size: "4 months", "20 business days", "two minutes" (the number and its unit)
_LIMIT_SIZE = lazyre.compile(rf"(?<![\w.])(?P<size>\d+(?:\.\d+)?|{'|'.join(_NUMBER_WORDS)})\s*-?\s*(?P<unit>{_TIME_UNIT})",
                             re.IGNORECASE)


def time_limits(title: str) -> tuple[str, ...]:
    """The time limits a title sets its cases, as written and normalised ("within 4 months",
    "finalised in 20 business days" -> ("4 months",), ("20 business days",)); none where
    the title names no time limit ("Hire 2 engineers")."""
    if not meets_time_limit(title, number_words=True):
        return ()
    return tuple(" ".join(f"{found['size']} {found['unit']}".lower().split()) for found in _LIMIT_SIZE.finditer(title))


def meets_time_limit(title: str, number_words: bool = False) -> bool:
    """Does the title name the cases met within a time limit ("Percentage of applications
    processed within 60 days", "Objections finalised in 56 calendar days"; with
    ``number_words``, also "within two minutes")?"""
    low = title.lower()
    if "within" not in low and "in" not in low.split():
        return False  # both forms need one of the two words: most titles are spared the search
    return bool((_WITHIN_LIMIT_WORDS if number_words else _WITHIN_LIMIT).search(title))


# a clause about how or whether a thing is done, not the doing asked: "regardless of how code
# intelligence is implemented", "whether it is built in-house or bought"
_HOW_OR_WHETHER = lazyre.compile(r"\b(?:how|however|whether|regardless)\b", re.IGNORECASE)
_CLAUSE_START = lazyre.compile(r"[,.;:()]")


def _new_work(title: str) -> bool:
    """Does the title ask for new work this period: a verb of making, outside a clause
    that only says how or whether the thing is made?"""
    for found in _NEW_WORK.finditer(title):
        starts = [cut.end() for cut in _CLAUSE_START.finditer(title, 0, found.start())]
        if not _HOW_OR_WHETHER.search(title, starts[-1] if starts else 0, found.start()):
            return True
    return False


def starts_from_none(title: str) -> bool:
    """Something new this period ("Launch", "Publish 2 articles"), unless it is the means
    to a level of a measure that exists ("Create processes to achieve 95% ..."), or a
    count of things done in it ("Hire at least 2 AEs", "10 new logos")."""
    return bool((_new_work(title) and not _TO_LEVEL.search(title)) or _DONE_COUNT.search(title))


def counts_events_held(title: str, target) -> bool:
    """Does the title count the events held or attended this period ("Conduct two empathy
    sessions", "Make a splash at 2-3 strategic conferences"), the count being the target? They
    start from none."""
    if not isinstance(target, (int, float)) or isinstance(target, bool):
        return False
    for found in [*_EVENTS_HELD.finditer(title), *_EVENTS_ATTENDED.finditer(title)]:
        count = found["count"].lower().replace(",", "")
        if _NUMBER_WORDS.get(count, None if not count.isdigit() else int(count)) == target:
            return True
    return False


# a measure named as the things got or done this period: "ML team hires", "SDRs and AEs hired", "Deals
# closed", "Commitments secured", "Funds raised", "NPS surveys sent to leaders", "PRs merged to our repos",
# "Open Houses organized by ONS", "Action Items Completed" (not a rate, "Deals
# closed per rep", "Leader updates sent per month", nor a level, "Headcount")
_GOT_IN_PERIOD = lazyre.compile(r"\b(?:hires|hired|recruited|signed|won|closed|sourced|secured|raised|sent|performed"
                                r"|merged|conducted|completed|organi[sz]ed|held|hosted)"
                                r"(?:\s+(?:to|with|from|by)\s+(?:(?!(?:per|each|every|a|an)\b)[a-z]+\s*){1,3})?\s*$",
                                re.IGNORECASE)


def names_things_got(metric_name: str | None) -> bool:
    """Does a metric's name count the things hired, signed, won or closed in the period?
    They start from none."""
    return bool(metric_name) and bool(_GOT_IN_PERIOD.search(metric_name)) and not _AVERAGE_OR_SHARE.match(metric_name)


# a figure of the things got, not their count: "Average attendance in Open Houses organized by ONS"
_AVERAGE_OR_SHARE = lazyre.compile(r"\s*(?:%|(?:average|avg|mean|median|percent|percentage|share|rate|ratio|proportion)\b)",
                                   re.IGNORECASE)


# a title whose subject is all of them, with no number of its own: "All components within the
# DST include accessibility guidance", "Every service has a named owner" (the 100 is the "all")
_ALL_OF_THEM = lazyre.compile(r"^\W*(?:all|every)\s+(?!of\s+(?:the\s+)?(?:time|year|quarter)\b)[a-z]", re.IGNORECASE)


# the top of the scale a rating is given on: "Wicked free wifi customer satisfaction rate (out of 5)"
_OUT_OF = lazyre.compile(r"\bout\s+of\s+(?P<top>\d+(?:\.\d+)?)\b", re.IGNORECASE)
# every one of a list the title counts: "fixing 16 of 16 Fulfillment pain points"
_N_OF_N = lazyre.compile(r"(?<![\w.])(?P<part>\d+)\s+(?:out\s+)?of\s+(?P<whole>\d+)\b", re.IGNORECASE)


def asks_for_all(title: str, target) -> bool:
    """A target of 100% that the title says as all of it: "100%" written, or a title about
    all or every one of them that gives no other number; a count of all of a list ("16 of 16
    pain points", 16); or a rating's target at the top of the scale the title gives ("... (out
    of 5)", 5): the best there is, whatever the level today."""
    top = _OUT_OF.search(title) if isinstance(target, (int, float)) and not isinstance(target, bool) else None
    if top is not None and float(top["top"]) == target:
        return True
    if isinstance(target, int) and not isinstance(target, bool) and any(
            int(found["part"]) == int(found["whole"]) == target for found in _N_OF_N.finditer(title)):
        return True
    if target != 100:
        return False
    return bool(_ALL.search(title)) or (bool(_ALL_OF_THEM.match(work_title(title)))
                                        and not any(ch.isdigit() for ch in title))


def opens_with_count(title: str, target) -> bool:
    """Does a statement of the title open with the target as a count of things ("At least
    four customers are running ...", "4 strategy reviews ...")?"""
    if not isinstance(target, (int, float)) or isinstance(target, bool) or target != int(target):
        return False
    for statement in _STATEMENT_END.split(work_title(title)):
        found = _COUNT_OPENS.match(work_title(statement))
        if found is not None:
            count = found["count"].lower().replace(",", "")
            if _NUMBER_WORDS.get(count, None if not count.isdigit() else int(count)) == target:
                return True
    return False


# a count of things done this period, the work first: "Add and retain 5 members", "Elevate 1
# process to the foundation", "Amplify and celebrate 20 announcements", "hiring 2 software
# developers": one or two words (joined by "and") before the count, the count the target and a
# list's length (under 100: "Deliver 4,000 SQLs" is a volume whose last level says how far it is),
# then the things counted (not a unit, a share, a rank, "by", "in": "NPS 50 by Q3", "Tier 1
# accounts"); a title asking a change ("Achieve 7 certifications", "Grow to 500") is no such count
_NOT_WORK_FIRST = frozenset(
    "top over under below above beyond only max maximum min minimum about around approximately nearly almost "
    "up less more fewer exactly tier level phase step stage version round wave grade priority rank "
    "nps csat ces sus".split())
_WORK_COUNT = lazyre.compile(
    rf"^\s*(?P<first>[a-z][\w-]*)(?:\s+and\s+[a-z][\w-]*)?\s+(?:at\s+least\s+|\+\s?)?"
    rf"(?P<count>\d+|{'|'.join(_NUMBER_WORDS)})\s+"
    r"(?!%|percent\b|x\b|times\b|points?\b|pts\b|by\b|in\b|on\b|at\b|per\b|of\b|or\b|to\b|for\b|"
    rf"{_TIME_UNIT})[a-z]", re.IGNORECASE)
# talks given at events this period: "members speak on our initiatives at 10 confs", "present at 3
# meetups" (the count is the target)
_SPOKEN_AT = lazyre.compile(
    r"\b(?:speak|speaks|present|presents|talk|talks|exhibit|exhibits)\b(?:\s+[\w-]+){0,5}?\s+at\s+"
    r"(?:at\s+least\s+)?(?P<count>\d+|" + "|".join(_NUMBER_WORDS) + r")\s+[a-z]", re.IGNORECASE)


# a rate, not a count of things done: "Answer 90 calls per hour", "20 posts a month", "5 p/m"
_RATE = lazyre.compile(r"\bper\b|\b(?:a|an|each|every)\s+(?:hour|day|week|month|quarter|year)\b|"
                   r"/\s?(?:h|hr|hour|d|day|w|wk|week|m|mo|month)\b|\b(?:daily|weekly|monthly|hourly)\b", re.IGNORECASE)


# what may stand before the work in a plan's sentence: a date ("By September 30, 2019,"), a
# linking word ("Additionally,"), and who will do it ("the Department will", "DOL will also",
# "we will"): "Additionally, by September 30, 2019, the Department will disseminate eight
# resources" (Education's APGs) is the work "disseminate eight resources"
_SAID_BY = lazyre.compile(
    r"^\s*(?:(?:additionally|also|then|and|finally|further(?:more)?)\s*,?\s+)?"
    r"(?:by\s+(?:[^,;]{3,30}?,\s*\d{4}|[^,;]{3,40}),\s*)?"
    r"(?:(?:the\s+)?[a-z][\w.'’&-]*(?:\s+[a-z][\w.'’&-]*){0,3}?\s+(?:will|shall)\s+(?:also\s+)?)?",
    re.IGNORECASE)


_ASIDE = lazyre.compile(r",[^,;]{1,60},")


def counts_work_done(title: str, target) -> bool:
    """Does a statement of the title count things done this period, the work first ("Amplify
    and celebrate 20 announcements"), or the talks given at events ("speak ... at 10 confs"),
    the count being the target, in a statement that asks no change of its own? They start
    from none. The aim before it may ask one ("Get open source projects to use GitLab.
    Convert 3 large projects to self-managed GitLab."): the count is still work done."""
    if not isinstance(target, (int, float)) or isinstance(target, bool) or target != int(target) or target >= 100:
        return False
    for statement in _STATEMENT_END.split(work_title(title)):
        statement = work_title(statement)
        if asks_change(statement):
            continue  # "Achieve 7 certifications", "Grow to 500": a level to reach, in this statement
        work = _SAID_BY.sub("", statement, count=1)
        # a pace set off by commas ("eight resources, at least one per quarter, on ...") says how
        # the count is spread, not that the count is a rate
        if _RATE.search(_ASIDE.sub(" ", work)):
            continue
        for found in (_WORK_COUNT.match(work), *_SPOKEN_AT.finditer(statement)):
            if found is None or ("first" in found.groupdict() and found["first"].lower() in _NOT_WORK_FIRST):
                continue
            count = found["count"].lower()
            if _NUMBER_WORDS.get(count, None if not count.isdigit() else int(count)) == target:
                return True
    return False


# a share of a set fixed at the period's start, to finish within it: "complete 97 percent of cases
# that begin the fiscal year 430 days old or older" (SSA's APGs), "clear 90% of the claims pending
# at the start of the year": none of the set is finished when the period starts
_COHORT_CLEARED = lazyre.compile(
    r"\b(?:complet|clear|clos|resolv|decid|process|finish|dispos)\w*\s+(?:at\s+least\s+)?\d+(?:\.\d+)?\s*(?:%|percent)"
    r"\s+of\s+(?:the\s+|all\s+)?[^.;]{0,60}?"
    r"\b(?:(?:that|which|who)\s+(?:begin|began|start|started|enter|entered)\s+the\s+(?:fiscal\s+|financial\s+)?(?:year|quarter|period)"
    r"|(?:pending|open|on\s+hand|outstanding)\s+(?:at|on)\s+the\s+(?:start|beginning|outset)\b)",
    re.IGNORECASE)


def clears_cohort(title: str) -> bool:
    """Does the title ask a share of a set fixed at the period's start to be finished in it?
    Its completion starts from none."""
    return bool(_COHORT_CLEARED.search(title))


def asks_change(title: str) -> bool:
    """Does the title ask a measure to move (a verb that moves it, "from 40", "to 18%", "->")?"""
    return bool(_CHANGE.search(title))


def keeps_share_of_time(title: str) -> bool:
    """Does the title set how often a standard is kept ("at least 95% of the time")?"""
    return bool(_SHARE_OF_TIME.search(title))


def states_standard(title: str, target_text: str | None) -> bool:
    """Is the title a standard written as the state of the service ("is", "are", "will
    be"), with a floor or a ceiling ("the wait is equal to or less than 20 seconds") or as
    the share of the cases that meet it ("95% of all calls received are answered")? Not
    "NPS at least 50" or "50% of revenue from new products": levels to reach."""
    if not _STATE.search(title):
        return False
    target = reading.read_target(target_text) if target_text else None
    return bool(reading.sets_bound(title) or (target is not None and target.bound is not None)
                or _SHARE_OPENS.match(work_title(title)))
