"""JUnit XML, the test report every CI system reads (GitLab, Jenkins, Azure, CircleCI).

One test suite per area of the catalogue, with the area's score as a
property. In it, one test case per rule and subject: it fails with every
finding of that rule about that subject, or is skipped when they are all
waived. An area without findings holds one passing case, so the report
shows what was checked and not only what failed; an area none of whose rules
ran (--select, --ignore) holds one skipped case and no score.

Valid against Jenkins' junit-10.xsd (tests/schemas/junit-10.xsd), the
strictest schema CI systems read: so no ``file`` or ``line`` on a test case
(the location opens each failure's text) and no ``skipped`` on testsuites.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict

from ..finding import SEVERITIES
from ..untrusted import safe_text
from .story import subject

# characters XML 1.0 cannot carry, even escaped
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


def _plain(value) -> str:
    """A value from the goals files as CI test viewers should show it (untrusted.safe_text)."""
    return safe_text(value, "plain")


def _case(suite: ET.Element, items: list, prefix: str) -> str:
    """One test case for a rule and subject; returns its outcome: "failure" or "skipped"."""
    first = items[0]
    case = ET.SubElement(suite, "testcase", {
        "name": _plain(f"{first.rule.code} {first.rule.name}: {subject(first)}"),
        "classname": f"goalcheck.{first.rule.area}.{first.rule.code}",
    })
    active = [item for item in items if item.waived is None]
    if not active:
        reasons = "; ".join(dict.fromkeys(item.waived for item in items))
        ET.SubElement(case, "skipped", {"message": _plain(f"waived: {reasons}")})
        return "skipped"
    worst = min(active, key=lambda item: SEVERITIES.index(item.severity))
    summary = active[0].message if len(active) == 1 else f"{len(active)} findings: {active[0].message}"
    failure = ET.SubElement(case, "failure", {"message": _plain(summary), "type": worst.severity})
    failure.text = _clean("\n\n".join(
        f"{_plain(f'{prefix}{item.finding.location}')} {item.rule.code} ({item.severity})\n{_plain(item.message)}"
        f"\nFix: {_plain(item.fix)}" + "".join(f"\ninferred: {_plain(fact)}" for fact in item.finding.inferred)
        for item in active))
    return "failure"


def _count(element: ET.Element, outcomes: list[str], skipped: bool = True) -> None:
    element.set("tests", str(len(outcomes)))
    element.set("failures", str(outcomes.count("failure")))
    element.set("errors", "0")
    if skipped:  # junit-10.xsd has skipped on a testsuite, not on testsuites
        element.set("skipped", str(outcomes.count("skipped")))


def render(result, prefix: str = "", **_options) -> str:
    groups: dict[str, dict[tuple, list]] = defaultdict(dict)
    for item in result.findings:
        finding = item.finding
        key = (item.rule.code, finding.subject_kind, finding.subject or "")
        groups[item.rule.area].setdefault(key, []).append(item)
    root = ET.Element("testsuites", {"name": _plain(f"goalcheck: {result.organization}")})
    every: list[str] = []
    for area in result.areas:
        suite = ET.SubElement(root, "testsuite", {"name": f"goalcheck.{area.id}"})
        properties = ET.SubElement(suite, "properties")
        ET.SubElement(properties, "property", {"name": "area", "value": area.name})
        cases = groups.get(area.id, {})
        if not area.ran:
            ET.SubElement(properties, "property", {"name": "ran", "value": "false"})
            case = ET.SubElement(suite, "testcase", {"name": f"{area.name}: not run",
                                                     "classname": f"goalcheck.{area.id}"})
            ET.SubElement(case, "skipped", {"message": "none of this area's rules ran (--select, --ignore)"})
            _count(suite, ["skipped"])
            every.append("skipped")
            continue
        ET.SubElement(properties, "property", {"name": "score", "value": f"{area.score:.1f}"})
        outcomes = [_case(suite, cases[key], prefix) for key in sorted(cases)]
        if not outcomes:
            ET.SubElement(suite, "testcase", {"name": f"{area.name}: no findings",
                                              "classname": f"goalcheck.{area.id}"})
            outcomes = ["passed"]
        _count(suite, outcomes)
        every += outcomes
    _count(root, every, skipped=False)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
