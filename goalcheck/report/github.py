"""GitHub Actions workflow commands: an annotation for each finding, then the
whole text report, then a one-line summary.

GitHub shows only the first ten annotations of each kind (error, warning,
notice) per step, so annotations only point at lines: everything they say is
in the report that follows, which lists every finding (no folding), and the
summary is the log's last line. Waived findings get no annotation; the report
lists them, as waived.
"""

from __future__ import annotations

import hashlib

from ..untrusted import safe_text
from . import story, text

KINDS = {"high": "error", "medium": "warning", "low": "notice"}


def escape_data(value: str) -> str:
    """A command's message: %, CR and LF are the characters GitHub decodes."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A command's property value: also ':' and ',', which delimit properties."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(item, prefix: str = "") -> str:
    location = item.finding.location
    properties = ",".join((f"file={escape_property(safe_text(prefix + location.file, 'log'))}",
                           f"line={location.line}",
                           f"col={location.column}",
                           f"title={escape_property(f'{item.rule.code} {item.rule.name}')}"))
    message = escape_data(safe_text(item.message, "log") + "\nFix: " + safe_text(item.fix, "log"))
    return f"::{KINDS[item.severity]} {properties}::{message}"


def summary(result) -> str:
    counts = result.counts
    parts = [f"goalcheck: score {result.score:.1f}/100, grade {result.grade}",
             f"{counts['high']} {story.new(result)}high · {counts['medium']} medium · {counts['low']} low"]
    if counts.get("waived"):
        parts.append(f"{counts['waived']} waived")
    compared = story.comparison_line(result)
    if compared:
        parts.append(compared)
    gate = f"fail-on {result.fail_on}" + (f", fail-under {result.fail_under:g}" if result.fail_under is not None else "")
    parts.append(f"{'passed' if result.passed else 'failed'} ({gate})")
    return safe_text(" · ".join(parts), "log")


def render(result, prefix: str = "", **_options) -> str:
    report = text.render(result, color=False, fold=False)
    # The report quotes goals files, which a pull request can change: a line of
    # theirs starting with "::" must not run as a workflow command. The token
    # that turns commands back on is derived from the report, so no input can
    # contain it, and the same input still gives the same bytes.
    token = "goalcheck-" + hashlib.sha256(report.encode("utf-8")).hexdigest()[:24]
    lines = [annotation(item, prefix) for item in result.active]
    lines += [f"::stop-commands::{token}", report.rstrip("\n"), f"::{token}::", summary(result)]
    return "\n".join(lines) + "\n"
