"""Markdown OKR pages read as public handbooks write them, for `goalcheck import`.

Headings or top-level bullets are objectives, the bullets under them key
results, deeper bullets child key results (``parent``). Owners come from
"Owner:" or "DRI:", a leading "[Team]", a trailing "(Team)" or a "Team KR:"
label; links become the goal's plan; "from 40% to 60%", "to 90%", a bound
("under 2 hours", "≤ 10%") and a placeholder ("$X") are read into baseline and
target. Lines that are none of these (an intro, a table) are kept under the
organisation's ``x-source``, each with its line, and the report counts them.
"""

from __future__ import annotations

import re

from . import reading
from .importer import Item, Source, read_amount
from .model import Location

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_CHECKBOX = re.compile(r"^\[([ xX])\]\s+")
_LINK = re.compile(r"!?\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_BRACKETED_LINK = re.compile(r"\s*\(\s*\[([^\]]*)\]\(\s*<?([^)\s>]+)>?\s*\)\s*\)")
_BARE_URL = re.compile(r"(?<![(<\w])https?://[^\s)>\]]+")
_OWNER = re.compile(r"[(\[]?\s*\b(?:owner|owners|dri|owned by|lead)\s*[:=]\s*([^)\]|;,]+?)\s*[)\]]?\s*(?=$|[|;,])",
                    re.IGNORECASE)
_LEADING_TEAM = re.compile(r"^\[([^\]]{1,40})\]\s*[:\-–]?\s*")
_TRAILING_TEAM = re.compile(r"\s*(?:\(([^()]{1,40})\)|\[([^\[\]]{1,40})\])\s*$")
_OBJECTIVE_LABEL = re.compile(r"^(?:objective|obj|okr)\s*\d*(?:\.\d+)*\s*[:.\-–)]\s*|^o\d+(?:\.\d+)*\s*[:.\-–)]\s*",
                              re.IGNORECASE)
_KR_LABEL = re.compile(r"^(?:(?P<team>[A-Z][\w&/ .'-]{0,30}?)\s+)?(?:kr|key\s+result)\s*\d*(?:\.\d+)*\s*[:.\-–)]\s*",
                       re.IGNORECASE)
_NUMBERING = re.compile(r"^\d+(?:\.\d+)*[.)]?\s+(?=\S)")
_EMPHASIS = re.compile(r"(\*\*|__|`)")
_FROM_TO = re.compile(r"\bfrom\s+(?P<base>[$€£¥]?\s*[\d.,]+\s*[kKmMbB]?\s*%?|[xXyY]%?)\s*(?:to|→|->|–)\s*"
                      r"(?P<target>[$€£¥]?\s*[\d.,]+\s*[kKmMbB]?\s*%?|[$€£¥]?[xXyYzZ]{1,3}%?)(?![\w])", re.IGNORECASE)
_TO = re.compile(r"\b(?:to|reach|reaches|achieve|hit)\s+(?P<target>[$€£¥]?\s*\d[\d.,]*\s*[kKmMbB]?\s*%?)(?![\w.,])", re.IGNORECASE)
_RELATIVE = re.compile(r"(?<![\w])(?P<sign>[+-])\s?\d[\d.,]*\s*%")
_PERIOD = re.compile(r"\b(?:FY\s?'?\d{2,4}(?:[-\s]?[QH][1-4])?|[QH][1-4][-\s]?(?:FY\s?'?\d{2,4}|\d{4})|\d{4}[-\s]?[QH][1-4])\b",
                     re.IGNORECASE)

# a link named only this is a pointer, not part of the title ("... beta. [Epic](url)")
_LINK_WORDS = frozenset("epic issue issues link links here doc docs details plan mr pr ticket spec".split())
# page furniture of handbooks: a table of contents, kramdown attribute lines
_FURNITURE_HEADINGS = frozenset(("on this page", "table of contents", "contents", "toc"))
_FURNITURE_LINE = re.compile(r"^\s*(?:\{:.*\}|[-*+]\s+TOC|\[\[_TOC_\]\]|\[TOC\])\s*$")
_FRONT_TITLE = re.compile(r"^title:\s*[\"']?(.*?)[\"']?\s*$")

_DEPARTMENT_CAPS = frozenset("CEO CFO CTO COO CMO CRO CPO CIO CISO IT HR UX QA SRE PM PMM BD CS CX GTM R&D".split())


def _clean(text: str) -> str:
    return " ".join(_EMPHASIS.sub("", text).split())


def _team_in_brackets(text: str) -> bool:
    """A trailing "(Support)" or "(Customer Success)" names a team; "(CSAT)", "(by Q3)",
    "(see below)" do not."""
    words = text.split()
    if not words or len(words) > 4 or re.search(r"[\d%$:=]", text) or not text[0].isupper():
        return False
    if len(words) == 1 and text.isupper():
        return text in _DEPARTMENT_CAPS
    return all(word[0].isupper() or word.lower() in ("and", "of", "&", "the") for word in words)


class _Parsed:
    def __init__(self, title: str, owner: str | None, plans: list[str], done: str | None):
        self.title, self.owner, self.plans, self.done = title, owner, plans, done


def parse_text(raw: str) -> _Parsed:
    """An item's text: its owner, links and check box taken out, the title left."""
    text = raw.strip()
    done = None
    box = _CHECKBOX.match(text)
    if box:
        done = "done" if box[1] in "xX" else "open"
        text = text[box.end():]
    plans: list[str] = []

    def link(match: re.Match) -> str:
        plans.append(match[2])
        return "" if match[1].strip().lower() in _LINK_WORDS else match[1]

    text = _BRACKETED_LINK.sub(lambda match: link(match) and "", text)  # "([epic](url))": a remark
    text = _LINK.sub(link, text)
    plans += _BARE_URL.findall(text)
    text = _BARE_URL.sub("", text)
    text = _clean(text)
    owner = None
    found = _OWNER.search(text)
    if found:
        owner = found[1].strip().strip("*_ ")
        text = (text[:found.start()] + text[found.end():]).strip(" -–|;,")
    lead = _LEADING_TEAM.match(text)
    if lead and owner is None:
        owner, text = lead[1].strip(), text[lead.end():]
    trail = _TRAILING_TEAM.search(text)
    if trail and owner is None and _team_in_brackets((trail[1] or trail[2]).strip()):
        owner, text = (trail[1] or trail[2]).strip(), text[:trail.start()]
    return _Parsed(" ".join(text.split()).strip(" -–:"), owner, plans, done)


def read_numbers(item: Item) -> None:
    """Baseline and target from the title, where it says them plainly."""
    title = item.title
    match = _FROM_TO.search(title)
    if match:
        base, target = read_amount(match["base"]), _target(match["target"])
        if base is not None:
            item.baseline = base
        if target is not None:
            item.target = target
            return
    match = _TO.search(title)
    if match and len(re.findall(r"\d[\d.,]*", title)) == 1:
        target = _target(match["target"])
        if target is not None:
            item.target = target
            return
    bound = reading.title_bound(title)
    if bound is not None and reading.read_target(bound.phrase) is not None:
        item.target = bound.phrase
        return
    placeholder = reading.placeholder_in_title(title)
    if placeholder is not None and reading.read_target(placeholder) is not None:
        item.target = placeholder
        return
    relative = _RELATIVE.search(title)
    if relative:
        item.extra["change"] = " ".join(relative[0].split())


def _target(text: str):
    text = " ".join(text.split())
    amount = read_amount(text)
    if amount is not None:
        return amount
    return text if reading.read_target(text) is not None else None


def read_markdown(text: str, name: str) -> Source:
    """Objectives and key results from a Markdown page."""
    source = Source(name, [])
    lines = text.split("\n")
    heading: Item | None = None  # the heading objective the bullets below serve
    heading_level = 0
    page_title_level = None
    section: str | None = None
    period: str | None = None
    stack: list[tuple[int, Item]] = []  # (indent, item) of the open bullets
    unplaced: dict[str, str] = {}
    in_fence = False
    front = 0  # the lines of a YAML front matter block (--- ... ---)
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() in ("---", "..."):
                front = index + 1
                break
    for number, line in enumerate(lines, start=1):
        where = f"{name}:{number}"
        if number <= front:
            unplaced[where] = line.rstrip()
            title_line = _FRONT_TITLE.match(line.strip())
            if title_line and 1 < number < front and source.title is None:
                source.title = title_line[1]
                match = _PERIOD.search(title_line[1])
                if match and reading.read_period(match[0].replace(" ", "-")) is not None:
                    period = match[0].replace(" ", "-")
            continue
        if _FURNITURE_LINE.match(line):
            unplaced[where] = line.rstrip()
            continue
        if _FENCE.match(line):
            in_fence = not in_fence
            unplaced[where] = line
            continue
        if in_fence:
            unplaced[where] = line
            continue
        if not line.strip():
            continue
        if not line[0].isspace() and not _BULLET.match(line):
            stack = []  # text at the margin ends the list above
        found = _HEADING.match(line)
        if found:
            stack = []
            level, title = len(found[1]), _clean(found[2])
            if page_title_level is None and level == 1 and period is None:
                page_title_level = level
                match = _PERIOD.search(title)
                if match and reading.read_period(match[0].replace(" ", "-")) is not None:
                    period = match[0].replace(" ", "-")
            labelled = _OBJECTIVE_LABEL.match(title)
            if title.lower().strip(" :") in _FURNITURE_HEADINGS:
                heading = None
                unplaced[where] = line.strip()
                continue
            if heading is not None and level > heading_level and not _serves(source, heading):
                # "## Customer Support" over "### Objective 1": a section, not an objective
                source.items.remove(heading)
                section = heading.title
                unplaced[heading.where] = lines[heading.location.line - 1].strip()
            if level == 1 and not labelled:
                if source.title is None:
                    source.title = title
                else:
                    section = title
                heading, heading_level = None, level
                unplaced[where] = line.strip()
                continue
            heading = _objective(source, found[2], number, name, labelled)
            if section:
                heading.extra["section"] = section
            heading_level = level
            continue
        bullet = _BULLET.match(line)
        if bullet:
            indent = len(bullet[1].expandtabs(4))
            while stack and stack[-1][0] >= indent:
                stack.pop()
            body = bullet[2]
            parent = stack[-1][1] if stack else None
            if parent is None:
                if _OBJECTIVE_LABEL.match(_clean(body)) or (heading is None and _has_children(lines, number - 1, indent)):
                    item = _objective(source, body, number, name, _OBJECTIVE_LABEL.match(_clean(body)))
                    if section:
                        item.extra["section"] = section
                else:
                    item = _goal(source, body, number, name, heading, None, period)
            elif parent.kind == "objective":
                item = _goal(source, body, number, name, parent, None, period)
            else:
                item = _goal(source, body, number, name, _objective_of(source, parent), parent, period)
            stack.append((indent, item))
            continue
        if line.lstrip().startswith(("|", "<", "---", "***", "===")):
            unplaced[where] = line.rstrip()  # a table, HTML, a rule: kept as written
            continue
        # a line of text: an owner or a link for the item above, or a description
        owner_line = _OWNER.fullmatch(_clean(line.strip()))
        target = stack[-1][1] if stack else heading
        if target is not None and owner_line:
            if target.owner is None:
                target.owner = owner_line[1].strip()
            else:
                target.extra[f"line {number}"] = line.strip()
            continue
        if stack:
            target = stack[-1][1]
            target.extra[f"line {number}"] = line.strip()
            continue
        if heading is not None and heading.kind == "objective":
            heading.description = f"{heading.description} {_clean(line)}" if heading.description else _clean(line)
            continue
        unplaced[where] = line.strip()
    _inherit_owners(source)
    source.unplaced = unplaced
    if unplaced:
        source.notes.append(f"{len(unplaced)} line{'s' if len(unplaced) != 1 else ''} of the page are no objective or "
                            "key result (kept in strategy.yaml under organization: x-source)")
    return source


def _serves(source: Source, objective: Item) -> bool:
    return any(item.kind == "goal" and item.objective == objective.title for item in source.items)


def _has_children(lines: list[str], index: int, indent: int) -> bool:
    """Whether the bullet at lines[index] has a nested bullet under it."""
    for line in lines[index + 1:]:
        if not line.strip():
            continue
        bullet = _BULLET.match(line)
        if bullet:
            return len(bullet[1].expandtabs(4)) > indent
        if _HEADING.match(line):
            return False
    return False


def _objective(source: Source, raw: str, number: int, name: str, labelled) -> Item:
    parsed = parse_text(raw)
    title = _OBJECTIVE_LABEL.sub("", parsed.title, count=1) if labelled else _NUMBERING.sub("", parsed.title, count=1)
    item = Item("objective", title.strip() or parsed.title, f"{name}:{number}", Location(name, number, 1),
                owner=parsed.owner)
    if parsed.plans:
        item.extra["links"] = "; ".join(parsed.plans)
    if parsed.done:
        item.extra["status"] = parsed.done
    source.items.append(item)
    return item


def _goal(source: Source, raw: str, number: int, name: str, objective: Item | None, parent: Item | None,
          period: str | None) -> Item:
    parsed = parse_text(raw)
    title, owner = parsed.title, parsed.owner
    label = _KR_LABEL.match(title)
    if label:
        if label["team"] and owner is None and label["team"].lower() not in ("the", "a", "our"):
            owner = label["team"].strip()
        title = title[label.end():]
    else:
        title = _NUMBERING.sub("", title, count=1)
    item = Item("goal", title.strip() or parsed.title, f"{name}:{number}", Location(name, number, 1),
                objective=objective.title if objective else None, owner=owner, parent_item=parent, period=period,
                plan=parsed.plans)
    if parsed.done:
        item.extra["status"] = parsed.done
    if raw.strip() != item.title:
        item.extra["text"] = raw.strip()
    read_numbers(item)
    source.items.append(item)
    return item


def _objective_of(source: Source, goal: Item) -> Item | None:
    for item in source.items:
        if item.kind == "objective" and goal.objective is not None and item.title == goal.objective:
            return item
    return None


def _inherit_owners(source: Source) -> None:
    """A key result with no owner of its own is owned by its parent's owner, else its objective's."""
    objectives = {item.title: item for item in source.items if item.kind == "objective"}
    for item in source.items:
        if item.kind != "goal" or item.owner:
            continue
        chain = item.parent_item
        while chain is not None and not chain.owner:
            chain = chain.parent_item
        if chain is not None:
            item.owner = chain.owner
        elif item.objective in objectives and objectives[item.objective].owner:
            item.owner = objectives[item.objective].owner
